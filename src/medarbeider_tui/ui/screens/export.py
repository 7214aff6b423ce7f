"""Export one or several entries: choose the format, see where the file goes, write it.

Opened with `e` on a result or in the history. The file goes to the person's documents folder
unless they type another path; it is private (0600) and never overwrites anything (the service
writes it whole or not at all, and says what is wrong if it cannot). Afterwards the dialog shows
the path, which `c` copies, and how many private answers were left out.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Checkbox, Input, RadioButton, RadioSet, Static

from medarbeider_tui.export.formats import FORMATS
from medarbeider_tui.export.selection import Selection
from medarbeider_tui.i18n import LocalizedError
from medarbeider_tui.paths import documents_dir
from medarbeider_tui.service import Export, ExportRequest
from medarbeider_tui.ui.safe import safe
from medarbeider_tui.ui.screens.base import BaseModal

#: The formats offered, in order (Markdown and HTML are documents; CSV and JSON are data).
CHOICES = ("markdown", "html", "csv", "json")


def free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name-2``, ``name-3`` … if that is taken: the suggestion never
    points at an existing file (the write would refuse it anyway)."""
    path = folder / name
    stem, suffix = path.stem, path.suffix
    number = 2
    while path.exists() or path.is_symlink():
        path = folder / f"{stem}-{number}{suffix}"
        number += 1
    return path


class ExportScreen(BaseModal[Path | None]):
    """The export dialog; returns the path written, or None."""

    # Compact widgets and classes of its own (app.tcss's .dialog and .hint add margins): the
    # whole dialog, buttons included, fits an 80×24 terminal.
    DEFAULT_CSS = """
    ExportScreen { align: center middle; background: $background 70%; }
    ExportScreen .export-dialog { width: 90%; max-width: 90; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1; }
    ExportScreen .export-title { text-style: bold; color: $primary; }
    ExportScreen #body { height: auto; }
    ExportScreen RadioSet { width: 100%; margin: 1 0 0 0; }
    ExportScreen .export-label { margin: 1 0 0 0; text-style: bold; }
    ExportScreen .export-note { color: $text-muted; text-style: italic; }
    ExportScreen #error:empty, ExportScreen #done:empty { display: none; }
    ExportScreen #done { text-style: bold; color: $success; }
    ExportScreen .buttons { height: auto; margin: 1 0 0 0; align: right middle; }
    ExportScreen Button { margin: 0 0 0 2; }
    """

    BINDINGS = [
        Binding("escape", "close", "key.close"),
        Binding("ctrl+s", "export", "key.export"),
        Binding("c", "copy", "key.copy", show=False),
        Binding("f2", "app.toggle_language", "key.language", show=False),
    ]

    def __init__(self, entry_ids: list[str]) -> None:
        super().__init__()
        self.entry_ids = list(entry_ids)
        self.written: Path | None = None
        self.written_left_out = 0
        self.left_out = 0

    # --- what is shown ---------------------------------------------------------------------

    def _request(self, fmt: str, include_private: bool = False) -> ExportRequest:
        return ExportRequest(Selection(ids=self.entry_ids), fmt, None, include_private)

    def _make(self, request: ExportRequest) -> Export:
        """The export as chosen (the take-home summary makes today's instead)."""
        return self.medarbeider.service.export(request, self.lang)

    def _preview(self, fmt: str) -> Export:
        return self._make(self._request(fmt))

    def _heading(self, first: Export) -> str:
        """«Eksporter: 2 oppføringer (Hall-kvadranten)»."""
        service = self.medarbeider.service
        titles = []
        for summary in service.summaries():
            if summary.id in self.entry_ids:
                titles.append(service.title_of(summary.pack_id, summary.exercise, self.lang))
        what = self.tr("ui.export.what", count=len(self.entry_ids))
        shown = ", ".join(dict.fromkeys(titles))
        return f"{self.tr('ui.export.title')}: {what}" + (f" ({shown})" if shown else "")

    def compose(self) -> ComposeResult:
        try:
            first = self._preview("markdown")
        except LocalizedError as problem:  # e.g. the entries' pack is no longer installed
            with Vertical(classes="export-dialog"):
                yield Static(self.tr("ui.export.title"), classes="export-title")
                yield Static(safe(problem.render(self.lang)), classes="error")
                with Horizontal(classes="buttons"):
                    yield Button(self.tr("key.close"), id="close", variant="primary")
            return
        self.left_out = first.left_out
        path = free_name(documents_dir(), first.files[0].name)
        title = self._heading(first)
        with Vertical(classes="export-dialog"):
            yield Static(safe(title), classes="export-title")
            with Vertical(id="body"):
                with RadioSet(id="format", compact=True):
                    for number, name in enumerate(CHOICES):
                        label = safe(self.tr(f"ui.export.format.{name}"))
                        yield RadioButton(label, value=number == 0, id=name, compact=True)
                if self.left_out:
                    note = self.tr("export.left_out", count=self.left_out)
                    yield Static(note, classes="export-label")
                    yield Checkbox(
                        self.tr("ui.export.include_private"), id="include-private", compact=True
                    )
                yield Static(self.tr("ui.export.where"), classes="export-label")
                yield Input(str(path), id="path")
                yield Static(self.tr("ui.export.private"), classes="export-note")
                yield Static("", id="error", classes="error")
                yield Static("", id="done")
            with Horizontal(classes="buttons"):
                write = self.tr("ui.export.write")
                yield Button(write, id="write", variant="primary", compact=True)
                yield Button(self.tr("ui.export.copy"), id="copy", disabled=True, compact=True)
                yield Button(self.tr("key.close"), id="close", compact=True)

    def save_state(self) -> object:
        """Kept across a language switch: the format and the path (as typed)."""
        if not self.query("#format"):
            return None
        return self.format, self.query_one("#path", Input).value

    def restore_state(self, state: object) -> None:
        if not isinstance(state, tuple) or not self.query("#format"):
            return
        fmt, path = state
        self.query_one(f"#{fmt}", RadioButton).value = True
        self.query_one("#path", Input).value = path
        if self.written is not None:
            self._show_written()

    def on_mount(self) -> None:
        self.query_one("#format" if self.query("#format") else "#close").focus()

    @property
    def format(self) -> str:
        pressed = self.query_one("#format", RadioSet).pressed_button
        return pressed.id if pressed is not None and pressed.id in FORMATS else "markdown"

    @property
    def include_private(self) -> bool:
        found = self.query("#include-private")
        return bool(found) and self.query_one("#include-private", Checkbox).value

    @on(RadioSet.Changed, "#format")
    def _format_changed(self) -> None:
        """The suggested name follows the format (unless the person typed a name of their own)."""
        field = self.query_one("#path", Input)
        current = Path(field.value)
        extensions = {f".{f.extension}" for f in FORMATS.values()}
        if current.suffix in extensions:
            name = f"{current.stem}.{FORMATS[self.format].extension}"
            field.value = str(free_name(current.parent, name))

    # --- acting ----------------------------------------------------------------------------

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "write":
            self.action_export()
        elif event.button.id == "copy":
            self.action_copy()
        else:
            self.action_close()

    @on(Input.Submitted, "#path")
    def _path_submitted(self) -> None:
        self.action_export()

    def action_export(self) -> None:
        """Build the export as chosen and write it; say where, or what went wrong."""
        if self.written is not None:
            return
        error = self.query_one("#error", Static)
        raw = self.query_one("#path", Input).value.strip()
        if not raw:
            error.update(self.tr("ui.export.no_path"))
            return
        target = Path(raw).expanduser()
        service = self.medarbeider.service
        try:
            export = self._make(self._request(self.format, self.include_private))
            path = service.write_export(export, target)
        except LocalizedError as problem:
            error.update(safe(problem.render(self.lang)))
            return
        self.written = path.absolute()
        self.written_left_out = export.left_out
        error.update("")
        self._show_written()
        self.query_one("#copy", Button).focus()
        self.medarbeider.show_notices()

    def _show_written(self) -> None:
        """Where the file went (and what was left out), the copy button ready."""
        done = [self.tr("diary.exported", path=self.written)]
        if self.written_left_out:
            done.append(self.tr("export.left_out", count=self.written_left_out))
        self.query_one("#done", Static).update(safe("\n".join(done)))
        self.query_one("#write", Button).disabled = True
        self.query_one("#copy", Button).disabled = False

    def action_copy(self) -> None:
        """Put the path on the clipboard (the terminal's, through Textual)."""
        if self.written is None:
            return
        self.app.copy_to_clipboard(str(self.written))
        self.notify(self.tr("ui.export.copied"), timeout=3)

    def action_close(self) -> None:
        self.dismiss(self.written)
