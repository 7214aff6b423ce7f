"""A widget that shows a drawing: lines of (text, role) segments, as ``report`` draws them.

The drawing is made for the widget's width (`lines`); each segment is coloured by its role's
component class (``<prefix>--<role>``, e.g. ``quadrant-chart--point``), and text from a pack
goes through the one safe path. The quadrant, the trail and the trend bars differ only in
what they draw.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import RenderableType
from rich.text import Text as RichText
from textual.widget import Widget

from medarbeider_tui.ui.safe import plain


class SegmentDrawing(Widget):
    """Base of the drawn charts: subclasses give `lines` and their component classes."""

    ROLE_PREFIX = ""
    """The component classes' prefix, e.g. ``quadrant-chart``."""

    def lines(self, width: int) -> Sequence[Sequence[tuple[str, str]]]:
        """The drawing for ``width`` columns."""
        raise NotImplementedError

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        return len(self.lines(width))

    def render(self) -> RenderableType:
        out = RichText()
        for number, line in enumerate(self.lines(self.size.width or 80)):
            if number:
                out.append("\n")
            for text, role in line:
                if role == "blank":
                    out.append(plain(text))
                else:
                    style = self.get_component_rich_style(f"{self.ROLE_PREFIX}--{role}")
                    out.append(plain(text), style=style)
        return out
