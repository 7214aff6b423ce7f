"""Texts an editor was working on when medarbeider was stopped: offered back at start.

Ctrl+E opens the person's editor on a private scratch file (``fsio.new_scratch_file``); if the
app is stopped while the editor is open (a closed terminal, a crash), the file stays. The next
start finds it (``fsio.find_scratch_texts``) and shows the text, which the person can copy (and
paste into an answer with Ctrl+V), keep for next time, or throw away.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static, TextArea

from medarbeider_tui.fsio import ScratchText, discard_scratch, find_scratch_texts
from medarbeider_tui.i18n import format_datetime
from medarbeider_tui.ui.safe import notice, safe
from medarbeider_tui.ui.screens.base import BaseModal

if TYPE_CHECKING:
    from medarbeider_tui.ui.app import MedarbeiderApp


def offer_scratch_texts(app: MedarbeiderApp) -> None:
    """Show each text a crashed run's editor left behind, one after the other."""
    leftovers = [s for s in find_scratch_texts(app.locations.scratch_dir) if s.text.strip()]

    def next_one(_: object = None) -> None:
        if leftovers:
            app.push_screen(RecoveredText(leftovers.pop(0)), next_one)

    next_one()


class RecoveredText(BaseModal[None]):
    """One leftover text: copy it, keep it for next time, or throw it away."""

    BINDINGS = [Binding("escape", "keep", "ui.recover.keep")]  # a stray Esc loses nothing

    def __init__(self, leftover: ScratchText) -> None:
        super().__init__()
        self.leftover = leftover

    def compose(self) -> ComposeResult:
        written = datetime.fromtimestamp(self.leftover.modified).astimezone()
        with Vertical(classes="dialog confirm recovered"):
            yield Static(safe(self.tr("ui.recover.title")), classes="dialog-title")
            body = self.tr("ui.recover.body", when=format_datetime(written, self.lang))
            yield Static(safe(body))
            yield TextArea(self.leftover.text, read_only=True, soft_wrap=True, id="recovered")
            with Horizontal(classes="buttons"):
                yield Button(self.tr("ui.recover.copy"), id="copy", variant="primary")
                yield Button(self.tr("ui.recover.keep"), id="keep")
                yield Button(self.tr("ui.recover.discard"), id="discard", variant="error")

    def on_mount(self) -> None:
        self.query_one("#copy", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        actions = {"copy": self.action_copy, "keep": self.action_keep}
        actions.get(event.button.id or "", self.action_discard)()

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(self.leftover.text)
        notice(self, self.tr("ui.recover.copied"), timeout=10)

    def action_keep(self) -> None:
        self.dismiss()

    def action_discard(self) -> None:
        if not discard_scratch(self.leftover):
            notice(self, self.tr("ui.recover.changed"), severity="warning", timeout=10)
        self.dismiss()
