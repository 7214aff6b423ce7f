"""A list, one item per line: each item is saved as it is typed, new items go at the end.

The list says how many it may hold («Punkt 3 av høyst 8»), says so when one place is left and
when it is full, and a line typed after that is refused (never taken as the next answer).
Coming back to a list adds to it; «-» empties it, to write it anew.
"""

from __future__ import annotations

from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import MAX_LIST_ITEM
from medarbeider_tui.i18n import Translatable
from medarbeider_tui.plain.asking import Asker
from medarbeider_tui.plain.console import Keys
from medarbeider_tui.plain.keys import Clear, Quit, Repeat
from medarbeider_tui.plain.signals import Stopped


class ListAsker(Asker):
    @property
    def step(self) -> m.ListStep:
        assert isinstance(self.unit.step, m.ListStep)
        return self.unit.step

    @property
    def entries(self) -> list[str]:
        return list(self.asking.answers.get(self.step.id) or [])

    def introduce(self) -> None:
        super().introduce()
        if self.step.hint:
            self.console.prose(self.session.step_text(self.step, "hint", self.lang))
        fewest = self.step.min_items
        if fewest > 1:
            self.console.say(
                self.text("plain.list_how_between", min=fewest, max=self.step.max_items)
            )
        else:
            self.console.say(self.text("plain.list_how", max=self.step.max_items))

    def ask(self) -> None:
        while True:
            entries = self.entries
            if entries:
                self.console.say(
                    self.text(
                        "plain.list_has", count=len(entries), entries=self.console.join(entries)
                    )
                )
            try:
                self.ask_items()
                return
            except Repeat:
                self.introduce()
            except Quit:
                raise Quit(self.kept()) from None
            except Stopped as stopped:
                stopped.kept = self.kept()
                raise

    def kept(self) -> Translatable | None:
        """What the draft holds of the list, to say so on the way out."""
        count = len(self.entries)
        return Translatable("plain.kept_list", count=count) if count else None

    def ask_items(self) -> None:
        key, limit = self.step.id, self.step.max_items
        first = True
        while True:
            entries = self.entries
            if len(entries) >= limit:
                if self.when_full():
                    return
                continue
            if len(entries) == limit - 1 and limit > 1:
                self.console.say(self.text("plain.list_one_left"))
            position = self.text("plain.list_item", n=len(entries) + 1, max=limit)
            keys = Keys(
                enter="plain.enter.end_list" if entries else self.enter_key(False),
                clear="plain.key.clear_list" if entries else None,
                back=self.can_go_back,
                commands=True,
            )
            if first:
                prompt = self.console.prompt(position + ".", keys)
            else:
                prompt = f"{position} ({self.text('plain.enter.end_list')}): "
            first = False
            try:
                line = self.console.read(prompt, keys)
            except Clear:
                self.console.say(
                    self.text(
                        "plain.list_emptied" if self.asking.clear(key) else "plain.nothing_to_clear"
                    )
                )
                first = True
                continue
            item = line.strip()
            if not item or item == ".":
                fewest = max(self.step.min_items, 1)
                if len(entries) >= fewest or (not entries and self.step.optional):
                    return
                if entries:  # begun, and short of the minimum: say how many more
                    have = len(entries)
                    more = self.text(
                        "plain.list_needs_more", min=fewest, have=have, count=fewest - have
                    )
                    self.console.say(more)
                else:
                    self.console.say(self.text("plain.required"))
                first = True
                continue
            if item in entries:
                self.console.wrong(self.text("plain.what.new_item"), item)
                continue
            if len(item) > MAX_LIST_ITEM:
                self.console.say(
                    self.text("plain.list_too_long", limit=MAX_LIST_ITEM, length=len(item))
                )
                continue
            self.asking.save(key, [*entries, item])

    def when_full(self) -> bool:
        """The list holds all it may: True to go on, False if «-» emptied it."""
        keys = Keys(enter="plain.enter.next", clear="plain.key.clear_list", back=self.can_go_back)
        ask = self.text("plain.list_full", max=self.step.max_items)
        while True:
            try:
                line = self.console.read(self.console.prompt(ask, keys), keys)
            except Clear:
                self.asking.clear(self.step.id)
                self.console.say(self.text("plain.list_emptied"))
                return False
            if not line.strip() or line.strip() == ".":
                return True
            self.console.say(self.text("plain.list_not_added"))
