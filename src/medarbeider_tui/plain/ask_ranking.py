"""A ranking: the things are numbered, and one line gives their order, most important first
(«3 1 2»); the order is said back in words."""

from __future__ import annotations

from typing import Any

from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import Choice
from medarbeider_tui.content.text import render
from medarbeider_tui.plain.asking import Asker
from medarbeider_tui.plain.keys import Repeat


def order_numbers(text: str, count: int) -> list[int] | None:
    """«3 1 2», «3,1,2» → [3, 1, 2] when it names every number from 1 to ``count`` once."""
    parts = text.replace(",", " ").split()
    if not all(p.isascii() and p.isdecimal() for p in parts):
        return None
    numbers = [int(p) for p in parts]
    return numbers if sorted(numbers) == list(range(1, count + 1)) else None


class RankingAsker(Asker):
    @property
    def step(self) -> m.RankingStep:
        assert isinstance(self.unit.step, m.RankingStep)
        return self.unit.step

    @property
    def choices(self) -> list[Choice]:
        return self.session.options(self.step)

    def introduce(self) -> None:
        super().introduce()
        for number, choice in enumerate(self.choices, 1):
            self.console.say(f"  {number} {render(choice.label, self.lang)}")

    def named(self, ids: list[str]) -> str:
        """«1. Rapport, 2. E-post»: the order in words."""
        labels = {c.id: render(c.label, self.lang) for c in self.choices}
        return ", ".join(f"{n}. {labels.get(i, i)}" for n, i in enumerate(ids, 1))

    def ask(self) -> None:
        if not self.choices:
            self.console.say(self.text("plain.no_list_items"))
            return
        while True:
            current = self.asking.answers.get(self.step.id)
            if current is not None:
                self.console.say(self.text("plain.ranked_now", order=self.named(current)))
            try:
                ask = self.text("plain.rank", max=len(self.choices))
                self.answer_line(self.step.id, ask, self.parse, self.what, self.confirm)
                return
            except Repeat:
                self.introduce()

    def parse(self, line: str) -> Any:
        numbers = order_numbers(line, len(self.choices))
        return None if numbers is None else [self.choices[n - 1].id for n in numbers]

    def what(self, typed: str) -> str:
        return self.text("plain.what.rank", max=len(self.choices))

    def confirm(self, value: Any) -> None:
        self.console.say(self.text("plain.ranked", order=self.named(value)))
