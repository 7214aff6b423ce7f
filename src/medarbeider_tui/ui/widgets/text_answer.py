"""A free-text answer: a multi-line area, its hint, and Ctrl+E for the person's own editor.

The editor opens on a 0600 temporary file inside the private data folder (never /tmp, where
others might read it), and the file is deleted afterwards whatever happens.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static, TextArea

from medarbeider_tui.fsio import ensure_private_dir
from medarbeider_tui.ui.localize import LocalizedBindings


def editor_command() -> str:
    return os.environ.get("VISUAL") or os.environ.get("EDITOR") or "nano"


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
        editor_hint: str,
        scratch_dir: Path,
        multiline: bool = True,
        editor_failed: str = "{editor}: {error}",
        *,
        private: bool = False,
        private_texts: tuple[str, str, str] = ("", "", ""),
        private_fixed: bool = False,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, classes="text-answer")
        self.initial = text
        self.hint = hint
        self.editor_hint = editor_hint
        self.scratch_dir = scratch_dir
        self.multiline = multiline
        self.editor_failed = editor_failed
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
        hints = [h for h in (self.hint, self.editor_hint) if h]
        if hints:
            yield Static("  ·  ".join(hints), classes="hint")
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

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self, event.text_area.text))

    def action_editor(self) -> None:
        """Edit in $VISUAL/$EDITOR, with the terminal handed over while it runs."""
        ensure_private_dir(self.scratch_dir)
        fd, name = tempfile.mkstemp(suffix=".md", prefix="svar-", dir=self.scratch_dir)
        path = Path(name)
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(self.text + "\n" if self.text else "")  # editors end lines
            command = [*shlex.split(editor_command()), str(path)]
            with self.app.suspend():
                subprocess.run(command, check=False)
            self.query_one(TextArea).text = path.read_text(encoding="utf-8").rstrip("\n")
        except (OSError, ValueError, SuspendNotSupported) as exc:
            # The answer in the text area is untouched; say why the editor did not open.
            self.app.notify(
                self.editor_failed.format(editor=editor_command(), error=exc), severity="error"
            )
        finally:
            path.unlink(missing_ok=True)
