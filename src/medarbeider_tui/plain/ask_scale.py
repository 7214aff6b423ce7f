"""A statement of a scale: a number, the not-relevant key (0), or Enter to keep or skip."""

from __future__ import annotations

from typing import Any

from medarbeider_tui.content import model as m
from medarbeider_tui.content.text import render
from medarbeider_tui.plain.asking import Asker
from medarbeider_tui.plain.keys import Repeat
from medarbeider_tui.report.build import scale_answer_text


class ScaleAsker(Asker):
    """«Utsagn 2 av 6: …», then «Svar med et tall fra 1 (Helt uenig) til 5 (Helt enig) …»."""

    @property
    def step(self) -> m.ScaleStep:
        assert isinstance(self.unit.step, m.ScaleStep)
        return self.unit.step

    @property
    def scale(self) -> m.Scale:
        return self.session.scale_of(self.step)

    def introduce(self) -> None:
        """The step, then every value with its label (each prompt repeats the ends)."""
        super().introduce()
        for value in self.scale.values:
            label = render(self.scale.labels.get(value), self.lang)
            self.console.say(f"  {value} {label}".rstrip())
        if self.not_relevant:
            self.console.say(f"  0 {self.not_relevant}")

    @property
    def not_relevant(self) -> str:
        """The not-relevant label, if 0 means «not relevant» here."""
        if not self.step.not_relevant or self.scale.min == 0:
            return ""
        return render(self.scale.not_relevant_label, self.lang) or m.NOT_RELEVANT

    def ask(self) -> None:
        item = self.unit.item
        assert item is not None
        while True:
            number = self.text("plain.item", n=self.unit.item_number, total=len(self.step.items))
            self.console.say(f"{number}: {render(item.text, self.lang)}")
            if item.id in self.asking.answers:
                shown = scale_answer_text(self.scale, self.asking.answers[item.id], self.lang)
                self.console.say(self.text("plain.current", answer=shown))
            try:
                self.answer_line(item.id, self.range_text(), self.parse, self.what)
                return
            except Repeat:
                self.introduce()

    def range_text(self) -> str:
        """«Svar med et tall fra 1 (Helt uenig) til 5 (Helt enig), eller 0 (Ikke relevant).»"""
        scale = self.scale
        low = render(scale.labels.get(scale.min), self.lang)
        high = render(scale.labels.get(scale.max), self.lang)
        text = self.text(
            "plain.scale_range",
            min=f"{scale.min} ({low})" if low else scale.min,
            max=f"{scale.max} ({high})" if high else scale.max,
        )
        if self.not_relevant:
            text = self.text("plain.scale_range_or", range=text, label=self.not_relevant)
        return text + "."

    def parse(self, line: str) -> Any:
        text = line.strip()
        if text == "0" and self.not_relevant:
            return m.NOT_RELEVANT
        if text.isascii() and text.isdecimal() and int(text) in self.scale.values:
            return int(text)
        return None

    def what(self, typed: str) -> str:
        scale = self.scale
        if self.not_relevant:
            return self.text(
                "plain.what.scale_or", min=scale.min, max=scale.max, label=self.not_relevant
            )
        return self.text("plain.what.scale", min=scale.min, max=scale.max)
