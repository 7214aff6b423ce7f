"""A choice among numbered options, one or several; what was chosen is said back in words."""

from __future__ import annotations

from typing import Any

from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import Choice
from medarbeider_tui.content.text import render
from medarbeider_tui.plain.asking import Asker
from medarbeider_tui.plain.keys import Repeat


def pick_numbers(text: str, count: int, many: bool) -> list[int] | None:
    """«1 3», «1,3» → [1, 3] when every number is an option (and one only, unless ``many``)."""
    parts = text.replace(",", " ").split()
    if not parts or (len(parts) > 1 and not many):
        return None
    if not all(p.isascii() and p.isdecimal() for p in parts):
        return None
    numbers = [int(p) for p in parts]
    return numbers if all(1 <= n <= count for n in numbers) else None


class ChoiceAsker(Asker):
    @property
    def step(self) -> m.ChoiceStep:
        assert isinstance(self.unit.step, m.ChoiceStep)
        return self.unit.step

    def introduce(self) -> None:
        super().introduce()
        for number, choice in enumerate(self.choices, 1):
            self.console.say(f"  {number} {render(choice.label, self.lang)}")

    @property
    def choices(self) -> list[Choice]:
        return self.session.options(self.step)

    def named(self, ids: list[str]) -> str:
        """«1 Ta initiativ og 3 Prioritere»: the chosen options by number and name."""
        names = [
            f"{n} {render(c.label, self.lang)}"
            for n, c in enumerate(self.choices, 1)
            if c.id in ids
        ]
        return self.console.join(names)

    def ask(self) -> None:
        if not self.choices:
            self.console.say(self.text("plain.no_list_items"))
            return
        while True:
            current = self.asking.answers.get(self.step.id)
            if current is not None:
                chosen = current if isinstance(current, list) else [current]
                self.console.say(self.text("plain.chosen_now", choices=self.named(chosen)))
            try:
                self.answer_line(self.step.id, self.ask_text(), self.parse, self.what, self.confirm)
                return
            except Repeat:
                self.introduce()

    def ask_text(self) -> str:
        count = len(self.choices)
        if not self.step.multiple:
            return self.text("plain.choose_one", max=count)
        if self.step.max_selected is not None and self.step.max_selected < count:
            return self.text("plain.choose_up_to", max=count, most=self.step.max_selected)
        return self.text("plain.choose_many", max=count)

    def parse(self, line: str) -> Any:
        numbers = pick_numbers(line, len(self.choices), self.step.multiple)
        if numbers is None:
            return None
        ids = list(dict.fromkeys(self.choices[n - 1].id for n in numbers))
        return ids if self.step.multiple else ids[0]

    def what(self, typed: str) -> str:
        count = len(self.choices)
        key = "plain.what.many" if self.step.multiple else "plain.what.one"
        return self.text(key, max=count)

    def confirm(self, value: Any) -> None:
        chosen = value if isinstance(value, list) else [value]
        self.console.say(self.text("plain.chosen", choices=self.named(chosen)))
