"""A number: the range, the step and the unit are said; «7,5» and «7.5» are both read."""

from __future__ import annotations

from typing import Any

from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import AnswerError, check_number
from medarbeider_tui.content.text import render
from medarbeider_tui.plain.asking import Asker
from medarbeider_tui.plain.keys import Repeat
from medarbeider_tui.report.build import number_text


class NumberAsker(Asker):
    @property
    def step(self) -> m.NumberStep:
        assert isinstance(self.unit.step, m.NumberStep)
        return self.unit.step

    def ask(self) -> None:
        while True:
            current = self.asking.answers.get(self.step.id)
            if current is not None:
                shown = number_text(self.step, current, self.lang)
                self.console.say(self.text("plain.current", answer=shown))
            try:
                self.answer_line(self.step.id, self.range_text(), self.parse, self.what)
                return
            except Repeat:
                self.introduce()

    def number(self, value: float) -> str:
        """«0,5», «40»: as written in the pack, with the language's decimal sign."""
        text = f"{value:g}"
        return text.replace(".", ",") if self.lang == "nb" else text

    def range_text(self) -> str:
        """«Svar med et tall fra 0 til 40 timer, i steg på 0,5.»"""
        step = self.step
        unit = render(step.unit, self.lang)
        text = self.text(
            "plain.number_range",
            min=self.number(step.min),
            max=f"{self.number(step.max)} {unit}".rstrip(),
        )
        if step.step != 1:
            text = self.text("plain.number_step", range=text, step=self.number(step.step))
        return text + "."

    def parse(self, line: str) -> Any:
        try:
            return check_number(self.step, line)
        except AnswerError:
            return None

    def what(self, typed: str) -> str:
        return self.range_text()
