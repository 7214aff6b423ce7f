"""A yes/no question over the current screen; answers True or False."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from medarbeider_tui.ui.safe import safe
from medarbeider_tui.ui.screens.base import BaseModal


class ConfirmScreen(BaseModal[bool | None]):
    """«Er du sikker?» – j/y or Enter on Ja, n or Esc for Nei.

    The buttons may say what they do (``yes_label``, ``no_label``); Esc answers
    ``escape_answers``: None for a question that must not be decided by a stray Esc.
    """

    BINDINGS = [
        Binding("j,y", "answer(True)", "key.yes"),
        Binding("n", "answer(False)", "key.no"),
        Binding("escape", "escape", "key.no", show=False),
    ]

    def __init__(
        self,
        title: str,
        body: str,
        yes_is_destructive: bool = False,
        *,
        yes_label: str | None = None,
        no_label: str | None = None,
        escape_answers: bool | None = False,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.body = body
        self.destructive = yes_is_destructive
        self.yes_label = yes_label
        self.no_label = no_label
        self.escape_answers = escape_answers

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog confirm"):
            yield Static(safe(self.title_text), classes="dialog-title")
            yield Static(safe(self.body))
            with Horizontal(classes="buttons"):
                yield Button(
                    self.yes_label or self.tr("key.yes"),
                    id="yes",
                    variant="error" if self.destructive else "primary",
                )
                yield Button(self.no_label or self.tr("key.no"), id="no")

    def on_mount(self) -> None:
        for button in self.query("#no" if self.destructive else "#yes").results(Button):
            button.focus()  # (none while the app closes under a question being opened)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

    def action_escape(self) -> None:
        self.dismiss(self.escape_answers)


class QuitQuestion(ConfirmScreen):
    """«Quit without saving?»: Ctrl+Q pressed again while it is asked quits."""
