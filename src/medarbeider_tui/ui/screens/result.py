"""A completed entry: its results drawn as when saved, and the answers behind them."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Collapsible, Footer, Static

from medarbeider_tui.diary import Entry
from medarbeider_tui.export.text import SELF_WRAPPING, answer_lines, prose_text
from medarbeider_tui.report.model import Report
from medarbeider_tui.ui.safe import safe
from medarbeider_tui.ui.screens.base import BaseScreen
from medarbeider_tui.ui.widgets.hanging import HangingText
from medarbeider_tui.ui.widgets.results import ResultsView


class ResultScreen(BaseScreen[None]):
    """Read-only: from the end of an exercise, or opened from the history."""

    BINDINGS = [
        # Enter is not «close»: it opens the section in focus (Tab reaches «Dine svar», «Hvorfor»)
        Binding("escape,q", "close", "key.close"),
        Binding("h", "history", "key.history"),
        Binding("e", "export", "key.export"),
        Binding("t", "take_home", "key.take_home"),
        Binding("f2", "app.toggle_language", "key.language"),
    ]

    def __init__(self, entry: Entry, just_finished: bool = False) -> None:
        """``entry``'s pack must be installed (`ReflectionService.report` would say if not)."""
        super().__init__()
        self.entry = entry
        self.just_finished = just_finished

    @property
    def report(self) -> Report:
        """The entry as a document in the current language (rebuilt when it changes)."""
        return self.medarbeider.service.report(self.entry, self.lang)

    def compose(self) -> ComposeResult:
        report = self.report
        with VerticalScroll(id="result"):
            title = f"{self.tr('ui.result.title')}: {report.title}"
            yield Static(safe(title), classes="step-title")
            key = "ui.result.saved" if self.just_finished else "ui.result.readonly"
            yield Static(safe(self.tr(key, date=report.when)), classes="hint")
            yield Static(self.tr("ui.result.sections"), classes="hint")
            if report.figures:
                yield ResultsView(report.figures, report.language)
            answers = answer_lines(report.answers, report.language, SELF_WRAPPING)
            with Collapsible(title=self.tr("result.your_answers"), collapsed=bool(report.figures)):
                yield HangingText(answers, classes="answers")
            if report.attribution:
                yield Static(safe(prose_text(report.attribution)), classes="caveat")
        yield Footer()

    def action_close(self) -> None:
        self.dismiss()

    def action_history(self) -> None:
        """The history; from a result just finished, instead of it (Esc there goes home,
        not back to this result)."""
        from medarbeider_tui.ui.screens.history import HistoryScreen

        if self.just_finished:
            self.app.switch_screen(HistoryScreen())
        else:
            self.medarbeider.action_history()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "take_home":  # at the end of a session, not on an old entry
            return self.just_finished
        return True

    def action_take_home(self) -> None:
        from medarbeider_tui.ui.screens.take_home import TakeHomeScreen

        self.app.push_screen(TakeHomeScreen())

    def action_export(self) -> None:
        from medarbeider_tui.ui.screens.export import ExportScreen

        self.app.push_screen(ExportScreen([self.entry.id]))
