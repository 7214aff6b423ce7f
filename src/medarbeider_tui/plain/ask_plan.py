"""A plan: for each slot what (own words or a suggestion's number), how, and a review date.

Each part is saved as it is given. «<» goes back one prompt (date → how → what → the previous
slot's what), «?» says the plan again; neither is ever taken as an answer. A wrong number or
date asks that prompt again and nothing else.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import Choice
from medarbeider_tui.content.review_dates import DateProblem, example, read_review_date
from medarbeider_tui.content.text import render
from medarbeider_tui.i18n import format_date
from medarbeider_tui.plain.ask_choice import pick_numbers
from medarbeider_tui.plain.asking import Asker
from medarbeider_tui.plain.console import Keys
from medarbeider_tui.plain.keys import Back, Clear, Repeat

WHAT, HOW, REVIEW = range(3)


class PlanAsker(Asker):
    today: date | None = None
    """Fixed in tests; otherwise the day the prompt is answered."""

    @property
    def step(self) -> m.PlanStep:
        assert isinstance(self.unit.step, m.PlanStep)
        return self.unit.step

    @property
    def suggestions(self) -> list[Choice]:
        return self.session.suggestions(self.step)

    def introduce(self) -> None:
        super().introduce()
        if self.step.hint:
            self.console.prose(self.session.step_text(self.step, "hint", self.lang))
        if self.suggestions:
            self.console.say(self.text("plain.suggested"))
            for number, choice in enumerate(self.suggestions, 1):
                self.console.say(f"  {number} {render(choice.label, self.lang)}")

    def plan(self) -> dict[str, dict[str, Any]]:
        return copy.deepcopy(self.asking.answers.get(self.step.id) or {})

    def ask(self) -> None:
        prompts = 3 * len(self.step.slots)
        part = 0
        while True:
            while part < prompts:
                try:
                    part = self.ask_part(part)
                except Repeat:
                    self.introduce()
                except Back:
                    if part == 0:
                        raise
                    part = part - 3 if part % 3 == WHAT else part - 1
            if self.step.id in self.asking.answers or self.step.optional:
                return
            self.console.say(self.text("plain.required"))
            part = 0

    def ask_part(self, part: int) -> int:
        """Ask one prompt of the plan until it is answered; the prompt to ask next."""
        number, which = divmod(part, 3)
        slot = self.step.slots[number]
        where = {
            "slot": render(slot.label, self.lang),
            "n": number + 1,
            "total": len(self.step.slots),
        }
        if which == WHAT:
            return part + self.ask_what(slot, where)
        if which == HOW:
            self.ask_how(slot, where)
            return part + (1 if self.step.review_date else 2)
        self.ask_review(slot, where)
        return part + 1

    def save_slot(self, slot: m.Slot, **fields: Any) -> bool:
        plan = self.plan()
        plan[slot.id] = {"what": "", "how": "", "review": None, **plan.get(slot.id, {}), **fields}
        return self.asking.save(self.step.id, plan)

    def ask_what(self, slot: m.Slot, where: dict[str, Any]) -> int:
        """What this slot is about: 1 to go on to how, 3 to skip the slot."""
        self.console.say(self.text("plain.plan_slot", **where))
        current = self.plan().get(slot.id)
        if current:
            self.console.say(self.text("plain.current", answer=current["what"]))
        suggestions = self.suggestions
        if suggestions:
            ask = self.text("plain.plan_what_pick", max=len(suggestions))
        else:
            ask = self.text("plain.plan_what_free")
        while True:
            current = self.plan().get(slot.id)
            keys = Keys(
                enter="plain.enter.keep" if current else "plain.enter.skip",
                clear="plain.key.clear" if current else None,
                back=self.can_go_back or where["n"] > 1,
            )
            try:
                line = self.console.read(self.console.prompt(ask, keys), keys)
            except Clear:
                self.clear_slot(slot)
                continue
            what = line.strip()
            if not what:
                return 1 if current else 3
            if suggestions and what.isascii() and what.isdecimal():
                picked = pick_numbers(what, len(suggestions), many=False)
                if picked is None:
                    self.console.wrong(self.text("plain.what.one", max=len(suggestions)), what)
                    continue
                what = render(suggestions[picked[0] - 1].label, self.lang)
            if self.save_slot(slot, what=what):
                return 1

    def clear_slot(self, slot: m.Slot) -> None:
        plan = self.plan()
        if plan.pop(slot.id, None) is None:
            self.cleared(False)
        elif plan:
            self.asking.save(self.step.id, plan)
            self.cleared(True)
        else:
            self.cleared(self.asking.clear(self.step.id))

    def ask_how(self, slot: m.Slot, where: dict[str, Any]) -> None:
        """How the slot will be done (may be left empty)."""
        if self.step.how_prompt:
            self.console.prose(self.step.how_prompt)
        how = self.plan()[slot.id]["how"]
        if how:
            self.console.say(self.text("plain.current", answer=how))
        ask = self.text("plain.plan_how_ask", **where)
        while True:
            how = self.plan()[slot.id]["how"]
            keys = Keys(
                enter="plain.enter.keep" if how else "plain.enter.leave_empty",
                clear="plain.key.clear" if how else None,
            )
            try:
                line = self.console.read(self.console.prompt(ask, keys), keys)
            except Clear:
                if how:
                    self.save_slot(slot, how="")
                self.cleared(bool(how))
                continue
            if not line.strip() or self.save_slot(slot, how=line.strip()):
                return

    def ask_review(self, slot: m.Slot, where: dict[str, Any]) -> None:
        """The review date (may be left out)."""
        today = self.today or date.today()
        review = self.plan()[slot.id]["review"]
        if review:
            self.console.say(self.text("plain.current", answer=format_date(review, self.lang)))
        shown = example(today).strftime("%d.%m.%Y")  # as it is typed, in either language
        ask = self.text("plain.plan_date_ask", example=shown, **where)
        while True:
            review = self.plan()[slot.id]["review"]
            keys = Keys(
                enter="plain.enter.keep" if review else "plain.enter.no_date",
                clear="plain.key.clear_date" if review else None,
            )
            try:
                line = self.console.read(self.console.prompt(ask, keys), keys)
            except Clear:
                if review:
                    self.save_slot(slot, review=None)
                self.cleared(bool(review))
                continue
            typed = line.strip()
            if not typed:
                return
            found = read_review_date(typed, today)
            if isinstance(found, DateProblem):
                last = format_date(found.last, self.lang) if found.last else ""
                self.console.wrong(self.text(found.key, example=shown, last=last), typed)
                continue
            if self.save_slot(slot, review=found.isoformat()):
                self.console.say(self.text("plain.date_set", date=format_date(found, self.lang)))
                return
