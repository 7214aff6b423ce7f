"""An entry whose pack is gone, opened from the history: its answers and results as saved.

Without the pack there is no result to draw and no question to show each answer under, but the
person's answers are theirs to read: by id, as `medarbeider diary show` and plain mode show them
(`export/saved.py`). Read-only; Esc goes back.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from medarbeider_tui.diary import Entry
from medarbeider_tui.export.saved import saved_answer_lines, saved_result_lines
from medarbeider_tui.i18n import format_date
from medarbeider_tui.service import PackMissing
from medarbeider_tui.ui.safe import safe
from medarbeider_tui.ui.screens.base import BaseScreen


class SavedAnswersScreen(BaseScreen[None]):
    """The answers of one entry by id, with why they are shown that way."""

    BINDINGS = [
        Binding("escape,q", "close", "key.back"),
        Binding("f2", "app.toggle_language", "key.language"),
    ]

    def __init__(self, entry: Entry, title: str) -> None:
        super().__init__()
        self.entry = entry
        self.title_text = title

    def compose(self) -> ComposeResult:
        entry, lang = self.entry, self.lang
        when = format_date(entry.completed_at or entry.updated_at, lang)
        with VerticalScroll(id="saved-answers"):
            yield Static(safe(f"{self.title_text} – {when}"), classes="step-title")
            yield Static(safe(PackMissing(entry.pack.id).render(lang)), classes="caveat")
            yield Static(self.tr("result.your_answers"), classes="section-title")
            for line in saved_answer_lines(entry.answers, lang) or ["–"]:
                yield Static(safe(line), classes="saved-line")
            results = saved_result_lines(entry.results, lang)
            if results:
                yield Static(self.tr("result.title"), classes="section-title")
                for line in results:
                    yield Static(safe(line), classes="saved-line")
        yield Footer()

    def action_close(self) -> None:
        self.dismiss()
