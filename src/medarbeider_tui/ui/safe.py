"""Pack and person text into widgets: as `Content`, never parsed as markup, controls visible.

Textual's ``Static``, ``OptionList``, ``DataTable`` and ``notify`` read a plain ``str`` as
markup, so a task written as «Budget [/x] draft» would crash the screen and «[@click=…]» would
act. Every text that comes from a pack or a person goes through `safe` (or `plain`, for
``Markdown`` and Rich ``Text``) instead.

`ControlFilter` is the net under all of it: the app runs every painted line through it, so a
control character that reaches a widget some other way (a pasted escape sequence in a text
field, an answer typed in plain mode and opened here) is never written to the terminal.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from rich.segment import Segment
from rich.text import Text as RichText
from textual.content import Content
from textual.filter import LineFilter

from medarbeider_tui.safe_text import one_line, terminal_safe

if TYPE_CHECKING:
    from textual.app import App
    from textual.color import Color
    from textual.notifications import SeverityLevel
    from textual.widget import Widget


def safe(text: str) -> Content:
    """``text`` as content to show exactly, its controls made visible (``safe_text``)."""
    return Content(terminal_safe(text))


def safe_line(text: str) -> Content:
    """`safe` for one line (a table cell, a title): line breaks become spaces."""
    return Content(one_line(text))


def cell(text: str) -> RichText:
    """`safe_line` for a ``DataTable`` cell (which measures Rich text, and reads a ``str`` as
    markup)."""
    return RichText(one_line(text))


def plain(text: str) -> str:
    """``text`` with its controls made visible, as a ``str``: for Rich ``Text`` and ``Markdown``,
    which never read markup from it but would pass a control character on."""
    return terminal_safe(text)


def notice(
    node: Widget | App[Any],
    text: str,
    *,
    severity: SeverityLevel = "information",
    timeout: float | None = None,
) -> None:
    """A notification with ``text`` shown exactly (it may hold pack text, paths, names)."""
    node.notify(terminal_safe(text), severity=severity, timeout=timeout, markup=False)


#: What never reaches the terminal: C0 controls (tab and newline too: a painted line has
#: none), DEL, C1 controls, direction controls, line and paragraph separators, and lone
#: surrogates (which cannot even be encoded).
_CONTROLS = "\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
_SURROGATES = "\ud800-\udfff"
_CONTROL = re.compile(f"[{_CONTROLS}]")
_SURROGATE = re.compile(f"[{_SURROGATES}]")
_UNPAINTABLE = re.compile(f"[{_CONTROLS}{_SURROGATES}]")


def strip_controls(text: str) -> str:
    """``text`` as it may be painted: controls removed (they take no cell, so the line keeps
    its width) and lone surrogates shown as «�» (one cell, as they were counted)."""
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))


class ControlFilter(LineFilter):
    """Removes every control character from painted lines (see `strip_controls`)."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        if all(_clean(segment.text) for segment in segments):
            return segments
        return [
            segment
            if _clean(segment.text)
            else Segment(strip_controls(segment.text), segment.style, segment.control)
            for segment in segments
        ]


def _clean(text: str) -> bool:
    return _UNPAINTABLE.search(text) is None
