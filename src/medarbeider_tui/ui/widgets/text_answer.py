"""A free-text answer: a multi-line area, its hint, and Ctrl+E for the person's own editor.

The editor is found before the terminal is handed over (`ui.editor.find_editor`), and the hint
names it. It opens on a private scratch file inside the data folder (``fsio.new_scratch_file``:
0600, never /tmp), deleted afterwards; if the app is stopped while the editor is open, the next
start finds the file and offers the text back.

Near the answer's length limit the room left is shown; past it, how much is too much. The
text is never cut: what the person wrote stays in the area.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static, TextArea

from medarbeider_tui.fsio import new_scratch_file
from medarbeider_tui.i18n import LocalizedError
from medarbeider_tui.ui.editor import Editor, find_editor
from medarbeider_tui.ui.localize import LocalizedBindings, language_of
from medarbeider_tui.ui.safe import notice, safe
from medarbeider_tui.ui.widgets.room import room_note


@dataclass(frozen=True)
class EditorTexts:
    """What the editor key says, in the person's language (``{editor}``, ``{error}``)."""

    hint: str = "Ctrl+E: {editor}"
    none_hint: str = ""
    none: str = "No text editor found."
    failed: str = "{editor}: {error}"


class TextAnswer(LocalizedBindings, Vertical):
    """Multi-line text with a hint; posts ``Changed`` as the person writes."""

    # priority: TextArea uses Ctrl+E for "end of line" (End does that too)
    BINDINGS = [
        Binding("ctrl+e", "editor", "key.editor", priority=True),
        Binding("ctrl+t", "toggle_private", "key.private", priority=True),
    ]

    @dataclass
    class Changed(Message):
        answer: TextAnswer
        text: str

        @property
        def control(self) -> TextAnswer:
            return self.answer

    @dataclass
    class PrivacyChanged(Message):
        """The person marked the answer private (kept out of exports) or not."""

        answer: TextAnswer
        private: bool

        @property
        def control(self) -> TextAnswer:
            return self.answer

    def __init__(
        self,
        text: str,
        hint: str,
        editor_texts: EditorTexts,
        scratch_dir: Path,
        multiline: bool = True,
        max_length: int | None = None,
        *,
        editor: Editor | None = None,
        private: bool = False,
        private_texts: tuple[str, str, str] = ("", "", ""),
        private_fixed: bool = False,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, classes="text-answer")
        self.initial = text
        self.hint = hint
        self.editor_texts = editor_texts
        self.scratch_dir = scratch_dir
        self.multiline = multiline
        self.max_length = max_length
        self.editor = editor if editor is not None else find_editor()
        self.private = private or private_fixed
        self.private_texts = private_texts
        """What to say when private, when not, and when the pack keeps it private."""
        self.private_fixed = private_fixed

    def compose(self) -> ComposeResult:
        area = TextArea(
            self.initial,
            soft_wrap=True,
            show_line_numbers=False,
            tab_behavior="focus",
            classes="" if self.multiline else "single-line",
        )
        yield area
        yield Static(self._room(self.initial), classes="room", id="room")
        texts = self.editor_texts
        editor_hint = texts.hint.format(editor=self.editor.name) if self.editor else texts.none_hint
        hints = [h for h in (self.hint, editor_hint) if h]
        if hints:
            yield Static(safe("  ·  ".join(hints)), classes="hint")
        yield Static(self._privacy_text(), classes="hint privacy")

    def _privacy_text(self) -> str:
        on, off, fixed = self.private_texts
        return fixed if self.private_fixed else on if self.private else off

    def action_toggle_private(self) -> None:
        """Ctrl+T: keep this answer out of exports, or let it in again."""
        if self.private_fixed:
            return
        self.private = not self.private
        self.query_one(".privacy", Static).update(self._privacy_text())
        self.post_message(self.PrivacyChanged(self, self.private))

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text

    def _room(self, text: str) -> str:
        if self.max_length is None:
            return ""
        return room_note(len(text.strip()), self.max_length, language_of(self))

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        text = event.text_area.text
        self.query_one("#room", Static).update(self._room(text))
        self.post_message(self.Changed(self, text))

    def action_editor(self) -> None:
        """Edit in the editor found, with the terminal handed over while it runs."""
        texts = self.editor_texts
        editor = self.editor
        if editor is None:
            notice(self, texts.none, severity="warning", timeout=10)
            return
        path: Path | None = None
        try:
            path = new_scratch_file(self.scratch_dir, self.text)
            with self.app.suspend():
                subprocess.run([*editor.command, str(path)], check=False)
            edited = path.read_text(encoding="utf-8", errors="replace").rstrip("\n")
            if edited != self.text:
                self.query_one(TextArea).text = edited
        except (OSError, ValueError, SuspendNotSupported) as exc:
            # The answer in the text area is untouched; say why the editor did not open.
            reason = exc.render(language_of(self)) if isinstance(exc, LocalizedError) else exc
            notice(self, texts.failed.format(editor=editor.name, error=reason), severity="error")
        finally:
            if path is not None:
                path.unlink(missing_ok=True)
