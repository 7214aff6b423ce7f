"""A yes/no question over the current screen; answers True or False."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from medarbeider_tui.ui.screens.base import BaseModal


class ConfirmScreen(BaseModal[bool]):
    """«Er du sikker?» – j/y or Enter on Ja, n or Esc for Nei."""

    BINDINGS = [
        Binding("j,y", "answer(True)", "key.yes"),
        Binding("n,escape", "answer(False)", "key.no"),
    ]

    def __init__(self, title: str, body: str, yes_is_destructive: bool = False) -> None:
        super().__init__()
        self.title_text = title
        self.body = body
        self.destructive = yes_is_destructive

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog confirm"):
            yield Static(self.title_text, classes="dialog-title")
            yield Static(self.body)
            with Horizontal(classes="buttons"):
                yield Button(
                    self.tr("key.yes"), id="yes", variant="error" if self.destructive else "primary"
                )
                yield Button(self.tr("key.no"), id="no")

    def on_mount(self) -> None:
        self.query_one("#no" if self.destructive else "#yes", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
