"""A footer that keeps the keys that matter on screen when the terminal is narrow.

Textual's footer lists the focused widget's keys first and cuts what does not fit at the right
edge; at 80 columns the exercise's «Oversikt» and «Lukk» were cut, at 50 even «Neste». This one
lists the screen's own keys first (moving on, back, the review, closing), then the focused
widget's and the app's, and goes compact (and leaves out the command palette's hint, which
Ctrl+P still opens) when the full line would not fit.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

#: Room each key takes beyond its key and description: full and compact.
_SPACING = {False: 3, True: 2}
#: The command palette's hint («▏^p kommandoer »), at its widest.
_PALETTE = 15


class FittingFooter(Footer):
    """The screen's keys first; compact, without the palette's hint, when space is short."""

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        screen = self.screen
        bindings = screen.active_bindings

        def rank(widget: object) -> int:
            if not isinstance(widget, FooterKey) or widget.has_class("-command-palette"):
                return 3
            active = bindings.get(widget.key)
            node = active.node if active is not None else None
            return 0 if node is screen else 2 if node is self.app else 1

        yield from sorted(widgets, key=rank)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width)

    def bindings_changed(self, screen: Screen[object]) -> None:
        super().bindings_changed(screen)
        self.call_after_refresh(lambda: self._fit(self.size.width))

    def _fit(self, width: int) -> None:
        if not width:
            return
        keys = [
            (binding.key_display or self.app.get_key_display(binding), binding.description)
            for _, binding, _, _ in self.screen.active_bindings.values()
            if binding.show
        ]

        def needed(compact: bool) -> int:
            return sum(len(key) + len(text) + _SPACING[compact] for key, text in keys) - 1

        full = needed(False) + _PALETTE <= width
        palette = full or needed(True) + _PALETTE <= width
        if (self.compact, self.show_command_palette) != (not full, palette):
            self.compact = not full
            self.show_command_palette = palette
            self.refresh(recompose=True)
