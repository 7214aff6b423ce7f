"""An exercise over time: the 2×2 trail and a chart for every mean, from the service's trend.

The trend is computed below (`ReflectionService.trend`, from the diary index); this screen
only draws it: the trail of each 2×2 (with its words, for a screen reader), then each mean's
bars per date. One entry says there is nothing to compare yet.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from medarbeider_tui.i18n import LocalizedError, t
from medarbeider_tui.report.trends import Trend
from medarbeider_tui.ui.safe import notice, safe
from medarbeider_tui.ui.screens.base import BaseScreen
from medarbeider_tui.ui.widgets.trail import TrailChart
from medarbeider_tui.ui.widgets.trend_chart import MAX_BARS, TrendChart

#: Placements said in words under a trail (as many as a chart draws bars): a trail of 8,576
#: placements in words is a page of text that takes Textual seconds to wrap, and is no help.
WORDS_SHOWN = MAX_BARS


class TrendScreen(BaseScreen[None]):
    """Read-only; Esc goes back."""

    BINDINGS = [
        Binding("escape,q", "close", "key.back"),
        Binding("f2", "app.toggle_language", "key.language"),
    ]

    def __init__(self, pack_id: str, exercise_id: str) -> None:
        super().__init__()
        self.pack_id = pack_id
        self.exercise_id = exercise_id

    def _trend(self) -> Trend | None:
        try:
            return self.medarbeider.service.trend(self.pack_id, self.exercise_id, self.lang)
        except LocalizedError as problem:
            notice(self, problem.render(self.lang), severity="error", timeout=30)
            return None

    def compose(self) -> ComposeResult:
        trend = self._trend()
        lang = self.lang
        with VerticalScroll(id="trend"):
            if trend is None:
                yield Static(self.tr("ui.trend.title"), classes="step-title")
            else:
                heading = t("trend.heading", lang, title=trend.title, count=trend.entries)
                yield Static(safe(heading), classes="step-title")
                for note in trend.notes:
                    yield Static(safe(note), classes="caveat")
                if trend.nothing_to_compare:
                    yield Static(safe(trend.nothing_to_compare), classes="hint", id="nothing")
                if trend.entries:
                    for trail in trend.trails:
                        if not trail.points:
                            continue
                        heading = self.tr("ui.trend.trail", legend=trail.legend(lang))
                        yield Static(safe(heading), classes="axes")
                        yield TrailChart(trail, lang)
                        if len(trail.points) > WORDS_SHOWN:
                            shown = {"shown": WORDS_SHOWN, "count": len(trail.points)}
                            yield Static(self.tr("ui.trend.words_last", **shown), classes="hint")
                        words = trail.words(lang, last=WORDS_SHOWN)
                        yield Static(safe(words), classes="trail-words")
                    for series in trend.series:
                        yield TrendChart(series, lang)
        yield Footer()

    def action_close(self) -> None:
        self.dismiss()
