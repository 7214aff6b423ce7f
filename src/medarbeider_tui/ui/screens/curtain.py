"""The curtain: one key blanks the screen at once, the same key brings it back as it was.

A coach sharing the screen may need to hide it in a moment (a client's answer on screen when
someone walks in). The curtain is a plain screen pushed over whatever is on top (a step, a
dialog, the command palette): nothing below it is drawn, its notifications are hidden, and the
keys of the screens below do nothing while it is up (`MedarbeiderApp.check_action`). Taking it
away pops it: the screen below is shown again exactly as it was, focus, cursor and text typed
included. Nothing is saved or lost by it: the screens below keep their timers and their drafts.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.widgets import Static

from medarbeider_tui.ui.screens.base import BaseScreen

#: The key that lowers and raises the curtain (an F key: it must work inside text fields).
CURTAIN_KEY = "f7"
#: What still works while the curtain is up: raising it, and quitting (which saves first).
UNDER_CURTAIN = frozenset({"curtain", "quit"})


class CurtainScreen(BaseScreen[None]):
    """A calm, empty screen; only a faint line says how to bring the content back."""

    AUTO_FOCUS = None

    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Static(
                self.tr("ui.curtain.hint", shortcut=CURTAIN_KEY.upper()), id="curtain-hint"
            )


def curtain_is_up(screen: object) -> bool:
    return isinstance(screen, CurtainScreen)
