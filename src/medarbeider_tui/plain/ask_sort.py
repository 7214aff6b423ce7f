"""A sort: each entry of an earlier list placed in a cell, one prompt per entry.

Each placement is saved as it is made; «<» goes back one entry (from the first, to the previous
question) and «?» says the cells again, so nothing placed is lost on the way.
"""

from __future__ import annotations

from medarbeider_tui.content import model as m
from medarbeider_tui.content.text import render
from medarbeider_tui.plain.ask_choice import pick_numbers
from medarbeider_tui.plain.asking import Asker
from medarbeider_tui.plain.console import Keys
from medarbeider_tui.plain.keys import Back, Clear, Repeat


class SortAsker(Asker):
    @property
    def step(self) -> m.SortStep:
        assert isinstance(self.unit.step, m.SortStep)
        return self.unit.step

    def introduce(self) -> None:
        super().introduce()
        for number, cell in enumerate(self.step.cells, 1):
            hint = render(cell.hint, self.lang)
            label = render(cell.label, self.lang)
            self.console.say(f"  {number} {label} ({hint})" if hint else f"  {number} {label}")

    def placed(self) -> dict[str, str]:
        return {p["item"]: p["cell"] for p in self.asking.answers.get(self.step.id, [])}

    def cell_name(self, cell_id: str) -> str:
        for number, cell in enumerate(self.step.cells, 1):
            if cell.id == cell_id:
                return f"{number} {render(cell.label, self.lang)}"
        return cell_id

    def ask(self) -> None:
        entries = self.session.sort_entries(self.step)
        if not entries:
            self.console.say(self.text("plain.no_list_items"))
            return
        index = 0
        while index < len(entries):
            try:
                self.ask_entry(entries, index)
                index += 1
            except Repeat:
                self.introduce()
            except Back:
                if index == 0:
                    raise
                index -= 1

    def ask_entry(self, entries: list[str], index: int) -> None:
        """One entry's cell, until it is placed, kept or (optional) skipped."""
        entry = entries[index]
        self.console.say(self.text("plain.sort_entry", item=entry, n=index + 1, total=len(entries)))
        if entry in self.placed():
            self.console.say(self.text("plain.sort_now", cell=self.cell_name(self.placed()[entry])))
        ask = self.text("plain.sort_ask", max=len(self.step.cells))
        while True:
            placed = self.placed()
            keys = Keys(
                enter=self.enter_key(entry in placed),
                clear="plain.key.clear_place" if entry in placed else None,
                back=self.can_go_back or index > 0,
            )
            try:
                line = self.console.read(self.console.prompt(ask, keys), keys)
            except Clear:
                if entry in placed:
                    del placed[entry]
                    self.store(entries, placed)
                    self.console.say(self.text("plain.unplaced"))
                else:
                    self.console.say(self.text("plain.nothing_to_clear"))
                continue
            typed = line.strip()
            if not typed:
                if entry in placed or self.step.optional:
                    return
                self.console.say(self.text("plain.required"))
                continue
            numbers = pick_numbers(typed, len(self.step.cells), many=False)
            if numbers is None:
                self.console.wrong(self.text("plain.what.one", max=len(self.step.cells)), typed)
                continue
            placed[entry] = self.step.cells[numbers[0] - 1].id
            if self.store(entries, placed):
                self.console.say(self.text("plain.placed", cell=self.cell_name(placed[entry])))
                return

    def store(self, entries: list[str], placed: dict[str, str]) -> bool:
        """The placements, in the list's order; none left means no answer."""
        pairs = [{"item": e, "cell": placed[e]} for e in entries if e in placed]
        if not pairs:
            self.asking.clear(self.step.id)
            return True
        return self.asking.save(self.step.id, pairs)
