"""An exercise's results, drawn: the quadrant, profiles as bars, picks, texts and the "why".

Everything shown comes from the results model (``report.model``), the same one plain mode
and the exports render, so they always say the same; this module only decides how it looks.
Pack and person text reaches the screen as plain text or Markdown, never as markup.
"""

from __future__ import annotations

from typing import assert_never

from rich.text import Text as RichText
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Collapsible, Markdown, Static

from medarbeider_tui.export.text import prose_text
from medarbeider_tui.i18n import t
from medarbeider_tui.report.model import (
    Figure,
    ProfileFigure,
    QuadrantFigure,
    RankFigure,
)
from medarbeider_tui.ui.safe import plain, safe
from medarbeider_tui.ui.widgets.hanging import HangingText
from medarbeider_tui.ui.widgets.profile import Bar, ProfileBars
from medarbeider_tui.ui.widgets.quadrant import QuadrantChart


class ResultsView(Vertical):
    """The figures of one exercise's results, in order."""

    def __init__(self, figures: list[Figure], language: str, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="results")
        self.figures = figures
        self.language = language

    def compose(self) -> ComposeResult:
        for figure in self.figures:
            match figure:
                case ProfileFigure():
                    yield self._profile(figure)
                case QuadrantFigure():
                    yield from self._quadrant(figure)
                case RankFigure():
                    yield self._rank(figure)
                case _:
                    assert_never(figure)

    def _profile(self, figure: ProfileFigure) -> ProfileBars:
        bars = [Bar(mean.label, mean.value, mean.shown, mean.level) for mean in figure.means]
        return ProfileBars(bars, figure.means[0].low, figure.means[0].high)

    def _rank(self, figure: RankFigure) -> Static:
        lines = [f"  • {pick.label} ({pick.shown})" for pick in figure.picks]
        text = RichText(plain(figure.label), style="bold")
        text.append(plain("\n" + "\n".join(lines or ["  " + figure.empty])))
        return Static(text, classes="rank")

    def _quadrant(self, figure: QuadrantFigure) -> ComposeResult:
        lang = self.language
        yield QuadrantChart(figure, lang)
        parts = []
        for mean, near, level in (
            (figure.y, figure.y_near, figure.y_level),
            (figure.x, figure.x_near, figure.x_level),
        ):
            line = mean.line
            if near and level != "boundary":
                line += f" ({t('ui.result.near', lang)})"
            parts.append(line)
        yield Static(safe("   ·   ".join(parts)), classes="axes")
        yield Static(safe(figure.placement), classes="placement")
        for note in figure.near_notes:
            yield Static(safe(note), classes="near")
        if figure.texts:
            yield Markdown(plain("\n\n".join(text.text for text in figure.texts)))
        if figure.reflection:
            questions = "\n".join(f"- {question}" for question in figure.reflection)
            yield Markdown(plain(f"**{t('result.reflection', lang)}**\n\n{questions}"))
        if figure.support:
            yield Markdown(plain(figure.support.text), classes="support")
        with Collapsible(title=t("ui.result.why", lang), collapsed=True):
            why: list[tuple[str, str]] = []
            for group in figure.reasons:
                why.append(("  ", f"{group.label}:"))
                why += [(f"    {r.answer:>16}  ", r.statement) for r in group.reasons]
            yield HangingText(rows=why, classes="why")
        for caveat in figure.notes:
            yield Static(safe(prose_text(caveat)), classes="caveat")
