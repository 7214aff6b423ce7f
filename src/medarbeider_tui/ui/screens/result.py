"""A completed entry: its results drawn as when saved, and the answers behind them."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Collapsible, Footer, Static

from medarbeider_tui.content import model as m
from medarbeider_tui.content.text import render
from medarbeider_tui.diary import Entry
from medarbeider_tui.i18n import format_datetime
from medarbeider_tui.plain.render import answer_lines
from medarbeider_tui.ui.screens.base import BaseScreen
from medarbeider_tui.ui.widgets.results import ResultsView


class ResultScreen(BaseScreen[None]):
    """Read-only: from the end of an exercise, or opened from the history."""

    BINDINGS = [
        Binding("escape,enter,q", "close", "key.close"),
        Binding("h", "app.history", "key.history"),
        Binding("f2", "app.toggle_language", "key.language"),
    ]

    def __init__(
        self, entry: Entry, pack: m.Pack, exercise: m.Exercise, just_finished: bool = False
    ) -> None:
        super().__init__()
        self.entry = entry
        self.pack = pack
        self.exercise = exercise
        self.just_finished = just_finished

    def compose(self) -> ComposeResult:
        lang, entry = self.lang, self.entry
        when = format_datetime(entry.completed_at or entry.updated_at, lang)
        with VerticalScroll(id="result"):
            yield Static(
                f"{self.tr('ui.result.title')}: {render(self.exercise.title, lang)}",
                classes="step-title",
            )
            key = "ui.result.saved" if self.just_finished else "ui.result.readonly"
            yield Static(self.tr(key, date=when), classes="hint")
            if self.exercise.scoring and entry.results:
                yield ResultsView(self.exercise, self.pack, entry.results, lang)
            answers = "\n".join(answer_lines(self.exercise, self.pack, entry.answers, lang))
            with Collapsible(
                title=self.tr("result.your_answers"), collapsed=bool(self.exercise.scoring)
            ):
                yield Static(answers, markup=False, classes="answers")
            if self.exercise.attribution:
                yield Static(render(self.exercise.attribution, lang), classes="caveat")
        yield Footer()

    def action_close(self) -> None:
        self.dismiss()
