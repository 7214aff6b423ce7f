"""History: every entry by date, exercise and result; open, resume, delete, mark, compare.

A diary of 100,000 entries is never put in the table at once (Textual's ``DataTable`` costs
about 0.15 ms a row): the table holds one window of `WINDOW` rows of the filtered listing
(`service.History`, which dresses a row only when it is shown), and moving past either end
of the window moves the window. Filters (exercise with ``x``, status with ``s``) work on the
listing already read: the diary is not listed again.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text as RichText
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widgets import DataTable, Footer, Static
from textual.widgets.data_table import RowKey

from medarbeider_tui.diary import EntryNotFound, EntrySummary
from medarbeider_tui.i18n import LocalizedError, format_datetime
from medarbeider_tui.safe_text import one_line
from medarbeider_tui.service import History, HistoryRow, NoSuchDraft
from medarbeider_tui.service.history import StatusFilter
from medarbeider_tui.ui.localize import LocalizedBindings
from medarbeider_tui.ui.safe import notice, safe_line
from medarbeider_tui.ui.screens.base import BaseScreen

#: Rows in the table at a time.
WINDOW = 100
#: The date column: «✓ 28.11.2026 09:15» over «fullført».
DATE_WIDTH = 18
STATUSES: tuple[StatusFilter | None, ...] = (None, "complete", "draft")


def fit(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells, cut with «…»."""
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def grouped(number: int, language: str) -> str:
    """«10 000» in bokmål (a no-break space), "10,000" in English."""
    return f"{number:,}".replace(",", "\u00a0" if language == "nb" else ",")


class EntryTable(LocalizedBindings, DataTable[object]):
    """The entries of one window; moving past its ends asks the screen for the next."""

    BINDINGS = [Binding("enter", "select_cursor", "key.open")]

    _rendered_size: tuple[int, int] = (0, 0)
    """The size the visible cells were last rendered at."""

    def render_lines(self, crop: Region) -> list[Strip]:
        self._rendered_size = (self.size.width, self.size.height)
        return super().render_lines(crop)

    def _on_resize(self, event: events.Resize) -> None:
        """Textual's table renders every visible cell again after any resize; the one that
        follows the first layout is of the size the first frame was just painted at (a
        third of the cells' cost of the first paint, for nothing)."""
        if (event.size.width, event.size.height) == self._rendered_size:
            event.prevent_default()  # DataTable's own handler (it drops the caches) is not run

    def _screen(self) -> HistoryScreen | None:
        screen = self.screen
        return screen if isinstance(screen, HistoryScreen) else None

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        """The table's scrollable size. Every column here has its width and every row its
        height (two lines), so nothing needs measuring: Textual's own measures each new
        cell (for columns and rows sized to their content), a tenth of the first paint."""
        if any(column.auto_width for column in self.columns.values()) or any(
            row.auto_height for row in self.rows.values()
        ):
            super()._update_dimensions(new_rows)
            return
        width = sum(column.get_render_width(self) for column in self.columns.values())
        header = self.header_height if self.show_header else 0
        self.virtual_size = Size(width, self._total_row_height + header)

    def action_cursor_down(self) -> None:
        screen = self._screen()
        if screen and self.cursor_row >= self.row_count - 1 and screen.shift(1):
            return
        super().action_cursor_down()

    def action_cursor_up(self) -> None:
        screen = self._screen()
        if screen and self.cursor_row <= 0 and screen.shift(-1):
            return
        super().action_cursor_up()

    def action_page_down(self) -> None:
        screen = self._screen()
        if screen and self.cursor_row >= self.row_count - 1 and screen.shift(1):
            return
        super().action_page_down()

    def action_page_up(self) -> None:
        screen = self._screen()
        if screen and self.cursor_row <= 0 and screen.shift(-1):
            return
        super().action_page_up()

    def action_scroll_top(self) -> None:
        screen = self._screen()
        if screen:
            screen.jump(0)
        else:
            super().action_scroll_top()

    def action_scroll_bottom(self) -> None:
        screen = self._screen()
        if screen:
            screen.jump(-1)
        else:
            super().action_scroll_bottom()


class HistoryScreen(BaseScreen[None]):
    """A table of entries, newest first, each with its result in a few words."""

    BINDINGS = [
        Binding("r", "resume", "key.resume", show=False),
        Binding("space", "mark", "key.mark"),
        Binding("e", "export", "key.export"),
        Binding("c", "compare", "key.compare"),
        Binding("t", "trend", "key.trend"),
        Binding("d,delete", "delete", "key.delete"),
        Binding("x", "filter_exercise", "key.filter_exercise", show=False),
        Binding("s", "filter_status", "key.filter_status", show=False),
        Binding("escape", "close", "key.back"),
        Binding("f2", "app.toggle_language", "key.language", show=False),
    ]

    history: History | None = None
    """The filtered listing (None until read, or when the diary could not be read)."""
    window_start: int = 0
    _columns_width: int = 0
    """The story column's width when the columns were last made."""
    """Where the table's window starts in the filtered listing."""
    _exercise_choice: int = 0
    """0: every exercise; n: the n-th of ``history.exercises``."""
    _status_choice: int = 0

    def compose(self) -> ComposeResult:
        with Vertical(id="history"):
            yield Static(self.tr("ui.history.title"), classes="step-title")
            yield Static("", id="history-filter", classes="hint")
            yield Static(self.tr("ui.history.empty"), id="empty", classes="hint")
            yield EntryTable(id="entries", cursor_type="row", zebra_stripes=True)
            yield Static("", id="row-note", classes="hint")
        # Every key of a row in the footer at 80 columns; Ctrl+P still opens the palette.
        yield Footer(
            compact=True, show_command_palette=False
        )  # every row key and F7 fit 80 columns

    def on_mount(self) -> None:
        self._add_columns()

    def on_screen_resume(self) -> None:
        """Shown (also the first time), or back from an entry or a dialog: list again."""
        current = self._current()
        self._read()
        self._fill(current.id if current else None)

    def on_resize(self) -> None:
        """A new width: the story column is made again (not when only the height moved, as
        at the first layout: 100 rows filled twice cost a tenth of the first paint)."""
        if self.history is not None and self._story_width() != self._columns_width:
            current = self._current()
            self._add_columns()
            self._fill(current.id if current else None)

    def save_state(self) -> object:
        current = self._current()
        return current.id if current else None

    def restore_state(self, state: object) -> None:
        """After a language switch: the titles and words are made again in the new language."""
        self._read()
        self._add_columns()
        self._fill(state if isinstance(state, str) else None)

    # --- the listing and the window ------------------------------------------------------

    def _read(self) -> None:
        """List the diary once, under the chosen filters."""
        service = self.medarbeider.service
        try:
            every = service.history(self.lang)
        except LocalizedError as problem:  # the diary's folder cannot be used: say why
            notice(self, problem.render(self.lang), severity="error", timeout=30)
            self.history = None
        else:
            self.history = self._with_filters(every)
        self.medarbeider.show_notices()

    def _with_filters(self, every: History) -> History:
        exercise = None
        if 0 < self._exercise_choice <= len(every.exercises):
            chosen = every.exercises[self._exercise_choice - 1]
            exercise = (chosen.pack_id, chosen.exercise_id)
        else:
            self._exercise_choice = 0
        return every.filtered(exercise, STATUSES[self._status_choice])

    def _story_width(self) -> int:
        """The exercise-and-result column's width: what the date column leaves (80 columns
        and up; at 80 it holds every built-in title and result whole)."""
        width = max(self.size.width or 80, 60)
        return max(width - 4 - 4 - DATE_WIDTH, 20)  # the screen's padding, the cells' spaces

    def _add_columns(self) -> None:
        table = self.query_one("#entries", DataTable)
        table.clear(columns=True)
        table.add_column(self.tr("ui.history.date"), width=DATE_WIDTH, key="date")
        self._columns_width = self._story_width()
        table.add_column(self.tr("ui.history.story"), width=self._columns_width, key="story")

    def _row_cells(self, row: HistoryRow) -> list[RichText]:
        """Two lines a row: the date over the status, the exercise over its result."""
        width = self._story_width()
        words = row.result.text
        if row.result.note:
            words = f"{words} *" if words else "*"
        draft = row.summary.status == "draft"
        when = RichText(one_line(self._mark(row.entry_id) + row.when))
        when.append("\n" + self.tr(f"diary.status.{row.summary.status}"), style="italic")
        story = RichText(fit(one_line(row.title), width), style="bold")
        story.append("\n" + fit(one_line(words), width), style="italic" if draft else "")
        return [when, story]

    def _fill(self, keep: str | None = None, *, row: int | None = None) -> None:
        """Show the window holding ``keep`` (or the window at ``window_start``), cursor on it."""
        table = self.query_one("#entries", DataTable)
        history = self.history
        table.clear()
        total = history.total if history else 0
        if history is not None and keep is not None:
            where = history.index_of(keep)
            if where is not None:
                self.window_start = where - where % WINDOW
                row = where - self.window_start
        self.window_start = max(0, min(self.window_start, max(total - 1, 0) // WINDOW * WINDOW))
        rows = history.page(self.window_start, WINDOW) if history else []
        for found in rows:
            table.add_row(*self._row_cells(found), key=found.entry_id, height=2)
        self.query_one("#empty").display = not rows
        table.display = bool(rows)
        if rows:
            table.move_cursor(row=min(row or 0, len(rows) - 1))
        self._show_filter()
        self._show_note()

    def shift(self, direction: int) -> bool:
        """Move the window one step (the cursor past an end of it); False at the listing's end."""
        history = self.history
        if history is None:
            return False
        start = self.window_start + direction * WINDOW
        if start < 0 or start >= history.total:
            return False
        self.window_start = start
        self._fill(row=0 if direction > 0 else WINDOW - 1)
        return True

    def jump(self, where: int) -> None:
        """To the first (0) or the last (-1) entry of the listing."""
        history = self.history
        if history is None or not history.total:
            return
        last = history.total - 1
        index = 0 if where == 0 else last
        self.window_start = index - index % WINDOW
        self._fill(row=index - self.window_start)

    def _show_filter(self) -> None:
        history = self.history
        lang = self.lang
        if history is None:
            self.query_one("#history-filter", Static).update("")
            return
        exercise = self.tr("ui.history.all")
        if self._exercise_choice:
            chosen = history.exercises[self._exercise_choice - 1]
            exercise = chosen.title
        status = STATUSES[self._status_choice]
        status_text = self.tr(f"diary.status.{status}") if status else self.tr("ui.history.all")
        shown = ""
        if history.total:
            last = min(self.window_start + WINDOW, history.total)
            shown = self.tr(
                "ui.history.showing",
                first=grouped(self.window_start + 1, lang),
                last=grouped(last, lang),
                total=grouped(history.total, lang),
            )
        values = {"status": status_text, "shown": shown}
        bare = self.tr("ui.history.filters", exercise="", **values)
        room = max(self.size.width or 80, 60) - 4 - len(bare)
        line = self.tr("ui.history.filters", exercise=fit(exercise, max(room, 12)), **values)
        self.query_one("#history-filter", Static).update(safe_line(line))

    def _show_note(self) -> None:
        """Under the table: why the highlighted row says less than usual (pack gone …)."""
        current = self._current_row()
        note = current.result.note if current else ""
        self.query_one("#row-note", Static).update(safe_line(f"* {note}" if note else ""))

    @on(DataTable.RowHighlighted, "#entries")
    def _row_highlighted(self) -> None:
        self._show_note()

    @on(DataTable.RowSelected, "#entries")
    def _row_chosen(self) -> None:
        """Enter on a row (the table takes Enter itself) or a click opens it."""
        self.action_open()

    def _listed(self, entry_ids: Iterable[str]) -> list[str]:
        """Those of ``entry_ids`` that pass the filters, in the order given."""
        history = self.history
        return [i for i in entry_ids if history.has(i)] if history else []

    def _current_row(self) -> HistoryRow | None:
        table = self.query_one("#entries", DataTable)
        if self.history is None or table.row_count == 0:
            return None
        index = self.window_start + table.cursor_row
        if not 0 <= index < self.history.total:
            return None
        return self.history.row(self.history.summaries[index])

    def _current(self) -> EntrySummary | None:
        found = self._current_row()
        return found.summary if found else None

    # --- filters ---------------------------------------------------------------------------

    def action_filter_exercise(self) -> None:
        """x: every exercise, then each exercise in the diary in turn."""
        if self.history is None:
            return
        self._exercise_choice = (self._exercise_choice + 1) % (len(self.history.exercises) + 1)
        self._refilter()

    def action_filter_status(self) -> None:
        """s: every status, complete, drafts."""
        if self.history is None:
            return
        self._status_choice = (self._status_choice + 1) % len(STATUSES)
        self._refilter()

    def _refilter(self) -> None:
        assert self.history is not None
        current = self._current()
        self.history = self._with_filters(self.history)
        self.window_start = 0
        self._fill(current.id if current else None)

    # --- what a row does -------------------------------------------------------------------

    def action_open(self) -> None:
        summary = self._current()
        if summary is None:
            return
        service = self.medarbeider.service
        pack_gone = service.exercise_of(summary.pack_id, summary.exercise) is None
        if summary.status == "draft" and not pack_gone:
            self.action_resume()
            return
        try:
            entry = service.load(summary.id)
        except EntryNotFound:
            self.medarbeider.show_notices()
            self._read()
            self._fill()
            return
        except LocalizedError as problem:
            notice(self, problem.render(self.lang), severity="error", timeout=30)
            return
        if pack_gone:  # no result to draw, no draft to go on with: the answers are still theirs
            from medarbeider_tui.ui.screens.saved_answers import SavedAnswersScreen

            title = service.title_of(summary.pack_id, summary.exercise, self.lang)
            self.app.push_screen(SavedAnswersScreen(entry, title))
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
            self._read()
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
                self._read()
                self._fill(row=row)  # stay where the deleted row was

        body = self.tr(
            "ui.delete.body", exercise=title, date=format_datetime(summary.updated_at, self.lang)
        )
        self.app.push_screen(
            ConfirmScreen(self.tr("ui.delete.title"), body, yes_is_destructive=True), delete
        )

    def action_close(self) -> None:
        self.dismiss()

    def action_trend(self) -> None:
        """t: the trend of the highlighted row's exercise (or the filtered one)."""
        summary = self._current()
        if summary is None:
            return
        from medarbeider_tui.ui.screens.trend import TrendScreen

        self.app.push_screen(TrendScreen(summary.pack_id, summary.exercise))

    def action_compare(self) -> None:
        """c: the two marked entries side by side (or the highlighted one and the one of the
        same exercise before it)."""
        history = self.history
        if history is None:
            return
        chosen = self._listed(self.marked)
        if len(chosen) != 2:
            current = self._current()
            if current is None or chosen:
                self.notify(self.tr("ui.compare.mark_two"))
                return
            earlier = next(
                (
                    s
                    for s in history.summaries[(history.index_of(current.id) or 0) + 1 :]
                    if (s.pack_id, s.exercise) == (current.pack_id, current.exercise)
                    and s.status == "complete"
                ),
                None,
            )
            if earlier is None or current.status != "complete":
                self.notify(self.tr("ui.compare.mark_two"))
                return
            chosen = [earlier.id, current.id]
        from medarbeider_tui.ui.screens.compare import CompareScreen

        self.app.push_screen(CompareScreen(chosen[0], chosen[1]))

    # --- export: marking rows (space) and exporting them (e) -----------------------------------

    marked: dict[str, None] = {}
    """Entries marked for export or comparison, in the order marked."""

    def _mark(self, entry_id: str) -> str:
        return "✓ " if entry_id in self.marked else ""

    def action_mark(self) -> None:
        current = self._current_row()
        if current is None:
            return
        marked = dict(self.marked)  # the class default stays empty
        if current.entry_id in marked:
            del marked[current.entry_id]
        else:
            marked[current.entry_id] = None
        self.marked = marked
        table = self.query_one("#entries", DataTable)
        row = table.cursor_row
        table.update_cell(current.entry_id, "date", self._row_cells(current)[0])
        if row + 1 < table.row_count:
            table.move_cursor(row=row + 1)  # mark the next one with the next space
        else:
            self.shift(1)

    def action_export(self) -> None:
        """Export the marked entries, or the highlighted one if none is marked."""
        chosen = self._listed(self.marked)
        if not chosen:
            current = self._current()
            chosen = [current.id] if current is not None else []
        if not chosen:
            return
        from medarbeider_tui.ui.screens.export import ExportScreen

        self.app.push_screen(ExportScreen(chosen))
