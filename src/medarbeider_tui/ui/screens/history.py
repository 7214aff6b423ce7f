"""History: every entry by date and exercise; open, resume a draft, or delete."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Footer, Static

from medarbeider_tui.diary import EntryNotFound, EntrySummary
from medarbeider_tui.i18n import LocalizedError, format_datetime
from medarbeider_tui.service import NoSuchDraft, PackMissing
from medarbeider_tui.ui.localize import LocalizedBindings
from medarbeider_tui.ui.safe import cell, notice
from medarbeider_tui.ui.screens.base import BaseScreen


class EntryTable(LocalizedBindings, DataTable[str]):
    """The entries; its own Enter (which the screen's would not reach) is shown as «Åpne»."""

    BINDINGS = [Binding("enter", "select_cursor", "key.open")]


class HistoryScreen(BaseScreen[None]):
    """A table of entries, newest first."""

    BINDINGS = [
        Binding("r", "resume", "key.resume"),
        Binding("d,delete", "delete", "key.delete"),
        Binding("space", "mark", "key.mark"),
        Binding("e", "export", "key.export"),
        Binding("escape", "close", "key.back"),
        Binding("f2", "app.toggle_language", "key.language"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="history"):
            yield Static(self.tr("ui.history.title"), classes="step-title")
            yield Static(self.tr("ui.history.empty"), id="empty", classes="hint")
            yield EntryTable(id="entries", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self._add_columns()

    def on_screen_resume(self) -> None:
        """Shown (also the first time), or back from an entry or a dialog."""
        current = self._current()
        self._fill(current.id if current else None)

    def save_state(self) -> object:
        current = self._current()
        return current.id if current else None

    def restore_state(self, state: object) -> None:
        self._add_columns()
        self._fill(state if isinstance(state, str) else None)

    def _add_columns(self) -> None:
        self.query_one("#entries", DataTable).add_columns(
            self.tr("ui.history.date"), self.tr("ui.history.exercise"), self.tr("ui.history.status")
        )

    def _fill(self, keep: str | None = None) -> None:
        """(Re)list the entries (rows only), the cursor on ``keep`` if it still exists."""
        table = self.query_one("#entries", DataTable)
        table.clear()
        service = self.medarbeider.service
        try:
            self.summaries = {s.id: s for s in service.summaries()}
        except LocalizedError as problem:  # the diary's folder cannot be used: say why
            notice(self, problem.render(self.lang), severity="error", timeout=30)
            self.summaries = {}
        self.medarbeider.show_notices()
        for summary in self.summaries.values():
            title = service.title_of(summary.pack_id, summary.exercise, self.lang)
            table.add_row(
                cell(
                    self._mark(summary.id)
                    + format_datetime(summary.completed_at or summary.updated_at, self.lang)
                ),
                cell(title),
                cell(self.tr(f"diary.status.{summary.status}")),
                key=summary.id,
            )
        self.query_one("#empty").display = not self.summaries
        table.display = bool(self.summaries)
        if keep is not None and keep in self.summaries:
            table.move_cursor(row=table.get_row_index(keep))

    @on(DataTable.RowSelected, "#entries")
    def _row_chosen(self) -> None:
        """Enter on a row (the table takes Enter itself) or a click opens it."""
        self.action_open()

    summaries: dict[str, EntrySummary] = {}

    def _current(self) -> EntrySummary | None:
        table = self.query_one("#entries", DataTable)
        if not self.summaries or table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.summaries.get(key or "")

    def action_open(self) -> None:
        summary = self._current()
        if summary is None:
            return
        if summary.status == "draft":
            self.action_resume()
            return
        service = self.medarbeider.service
        if service.exercise_of(summary.pack_id, summary.exercise) is None:
            missing = PackMissing(summary.pack_id)
            notice(self, missing.render(self.lang), severity="warning")
            return
        try:
            entry = service.load(summary.id)
        except EntryNotFound:
            self.medarbeider.show_notices()
            self._fill()
            return
        except LocalizedError as problem:
            notice(self, problem.render(self.lang), severity="error", timeout=30)
            return
        from medarbeider_tui.ui.screens.result import ResultScreen

        self.app.push_screen(ResultScreen(entry))

    def action_resume(self) -> None:
        summary = self._current()
        if summary is None:
            return
        if summary.status != "draft":
            self.notify(self.tr("ui.not_resumable"))
            return
        try:
            session = self.medarbeider.service.resume(summary.id)
        except NoSuchDraft:
            self.notify(self.tr("ui.not_resumable"))
            self._fill()
            return
        except LocalizedError as problem:
            notice(self, problem.render(self.lang), severity="error", timeout=30)
            return
        from medarbeider_tui.ui.screens.exercise import ExerciseScreen

        self.app.push_screen(ExerciseScreen(session))

    def action_delete(self) -> None:
        summary = self._current()
        if summary is None:
            return
        title = self.medarbeider.service.title_of(summary.pack_id, summary.exercise, self.lang)
        from medarbeider_tui.ui.screens.confirm import ConfirmScreen

        def delete(yes: bool | None) -> None:
            if yes:
                table = self.query_one("#entries", DataTable)
                row = table.cursor_row
                # Already gone is fine: the refreshed table shows what is there.
                try:
                    self.medarbeider.service.delete(summary.id)
                except LocalizedError as problem:  # a read-only folder, say: nothing deleted
                    notice(self, problem.render(self.lang), severity="error", timeout=30)
                    return
                self.notify(self.tr("ui.deleted"))
                self._fill()
                if table.row_count:  # stay where the deleted row was
                    table.move_cursor(row=min(row, table.row_count - 1))

        body = self.tr(
            "ui.delete.body", exercise=title, date=format_datetime(summary.updated_at, self.lang)
        )
        self.app.push_screen(
            ConfirmScreen(self.tr("ui.delete.title"), body, yes_is_destructive=True), delete
        )

    def action_close(self) -> None:
        self.dismiss()

    # --- export: marking rows (space) and exporting them (e) -----------------------------------

    marked: dict[str, None] = {}
    """Entries marked for export, in the order marked (kept across a refresh while they exist)."""

    def _mark(self, entry_id: str) -> str:
        return "✓ " if entry_id in self.marked else ""

    def action_mark(self) -> None:
        summary = self._current()
        if summary is None:
            return
        marked = dict(self.marked)  # the class default stays empty
        if summary.id in marked:
            del marked[summary.id]
        else:
            marked[summary.id] = None
        self.marked = marked
        table = self.query_one("#entries", DataTable)
        row = table.cursor_row
        self._fill(summary.id)
        if row + 1 < table.row_count:
            table.move_cursor(row=row + 1)  # mark the next one with the next space

    def action_export(self) -> None:
        """Export the marked entries, or the highlighted one if none is marked."""
        chosen = [i for i in self.marked if i in self.summaries]
        if not chosen:
            current = self._current()
            chosen = [current.id] if current is not None else []
        if not chosen:
            return
        from medarbeider_tui.ui.screens.export import ExportScreen

        self.app.push_screen(ExportScreen(chosen))
