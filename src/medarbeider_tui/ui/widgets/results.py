"""An exercise's results, drawn: the quadrant, profiles as bars, picks, texts and the "why".

The words come from the same functions as the plain mode's (``plain.render``), so both say
exactly the same; this module only decides how it looks.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Collapsible, Markdown, Static

from medarbeider_tui.content import model as m
from medarbeider_tui.content.scoring import Results
from medarbeider_tui.content.text import render
from medarbeider_tui.i18n import format_number, t
from medarbeider_tui.plain.render import (
    axis_range,
    fill,
    label_of,
    mean_line,
    placement_text,
    plain_text,
    why_lines,
)
from medarbeider_tui.ui.widgets.profile import Bar, ProfileBars
from medarbeider_tui.ui.widgets.quadrant import QuadrantChart, QuadrantPicture


class ResultsView(Vertical):
    """The chosen scores of one exercise (default: all), in declaration order."""

    def __init__(
        self,
        exercise: m.Exercise,
        pack: m.Pack,
        results: Results,
        language: str,
        show: list[str] | None = None,
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, classes="results")
        self.exercise = exercise
        self.pack = pack
        self.results = results
        self.language = language
        self.show = show

    def compose(self) -> ComposeResult:
        scores = [
            s
            for s in self.exercise.scoring
            if (self.show is None or s.id in self.show) and s.id in self.results
        ]
        axes = {a for s in scores if isinstance(s, m.QuadrantScore) for a in (s.x, s.y)}
        pending_means: list[m.MeanScore] = []
        for score in scores:
            if isinstance(score, m.MeanScore):
                if score.id not in axes or (
                    self.show is not None
                    and score.id in self.show
                    and not any(isinstance(q, m.QuadrantScore) for q in scores)
                ):
                    pending_means.append(score)
                continue
            if pending_means:
                yield from self._profile(pending_means)
                pending_means = []
            if isinstance(score, m.QuadrantScore):
                yield from self._quadrant(score)
            else:
                yield from self._rank(score)
        if pending_means:
            yield from self._profile(pending_means)

    # --- pieces ----------------------------------------------------------------------------

    def _profile(self, means: list[m.MeanScore]) -> ComposeResult:
        bars = []
        for score in means:
            result = self.results[score.id]
            label = render(score.label, self.language) or score.id
            if result["value"] is None:
                shown = mean_line(score, result, self.language).split(": ", 1)[1]
                bars.append(Bar(label, None, shown))
                continue
            level = next(
                (
                    render(lv.label, self.language)
                    for lv in score.levels
                    if lv.id == result.get("level")
                ),
                "",
            )
            bars.append(
                Bar(label, result["value"], format_number(result["value"], self.language), level)
            )
        low, high = axis_range(self.exercise, self.pack, means[0])
        yield ProfileBars(bars, low, high)

    def _rank(self, score: m.RankScore) -> ComposeResult:
        result = self.results[score.id]
        lines = [f"[b]{render(score.label, self.language) or score.id}[/b]"]
        for pick in result["picks"]:
            label = label_of(self.exercise, pick["id"], self.language)
            lines.append(f"  • {label} ({format_number(pick['value'], self.language)})")
        if not result["picks"]:
            lines.append("  " + t("result.picks_none", self.language))
        yield Static("\n".join(lines), classes="rank", markup=True)

    def _quadrant(self, score: m.QuadrantScore) -> ComposeResult:
        lang = self.language
        result = self.results[score.id]
        x_score, y_score = self.exercise.score(score.x), self.exercise.score(score.y)
        assert isinstance(x_score, m.MeanScore) and isinstance(y_score, m.MeanScore)
        x_name = render(x_score.label, lang) or score.x
        y_name = render(y_score.label, lang) or score.y
        mine = next(((q.x, q.y) for q in score.quadrants if q.id == result["quadrant"]), None)
        picture = QuadrantPicture(
            x_name=x_name,
            y_name=y_name,
            low=t("result.low", lang),
            high=t("result.high", lang),
            you=t("result.point", lang),
            labels={(q.x, q.y): q.label.render(lang) for q in score.quadrants},
            mine=mine,
            x=result["x"]["value"],
            y=result["y"]["value"],
            x_range=axis_range(self.exercise, self.pack, x_score),
            y_range=axis_range(self.exercise, self.pack, y_score),
            threshold=score.threshold,
        )
        yield QuadrantChart(picture)
        yield Static(self._axes_line(score, result, x_score, y_score), classes="axes")
        yield Static(placement_text(score, result, lang), classes="placement")
        for axis, name in (("x", x_name), ("y", y_name)):
            if result[axis]["near"] and score.near_text and result[axis]["level"] != "boundary":
                yield Static(fill(score.near_text, lang, axis=name), classes="near")
        quadrant = next((q for q in score.quadrants if q.id == result["quadrant"]), None)
        if quadrant is not None:
            texts = [render(x, lang) for x in (quadrant.description, quadrant.text) if x]
            if texts:
                yield Markdown("\n\n".join(texts))
            if quadrant.reflection:
                questions = "\n".join(f"- {render(q, lang)}" for q in quadrant.reflection)
                yield Markdown(f"**{t('result.reflection', lang)}**\n\n{questions}")
            if quadrant.support:
                yield Markdown(render(quadrant.support, lang), classes="support")
        with Collapsible(title=t("ui.result.why", lang), collapsed=True):
            lines = [
                line
                for s in (y_score, x_score)
                for line in why_lines(self.exercise, s, self.results, lang)
            ]
            yield Static("\n".join(lines), classes="why", markup=False)
        for text in (score.caveat, score.attribution):
            if text:
                yield Static(plain_text(text, lang), classes="caveat", markup=False)

    def _axes_line(
        self,
        score: m.QuadrantScore,
        result: dict[str, Any],
        x_score: m.MeanScore,
        y_score: m.MeanScore,
    ) -> str:
        parts = []
        for mean_score, axis in ((y_score, "y"), (x_score, "x")):
            line = mean_line(mean_score, self.results[mean_score.id], self.language)
            if result[axis]["near"] and result[axis]["level"] != "boundary":
                line += f" ({t('ui.result.near', self.language)})"
            parts.append(line)
        return "   ·   ".join(parts)
