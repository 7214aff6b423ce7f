"""Pack and person text into widgets: as `Content`, never parsed as markup, controls visible.

Textual's ``Static``, ``OptionList``, ``DataTable`` and ``notify`` read a plain ``str`` as
markup, so a task written as «Budget [/x] draft» would crash the screen and «[@click=…]» would
act. Every text that comes from a pack or a person goes through `safe` instead.
"""

from __future__ import annotations

from textual.content import Content

from medarbeider_tui.safe_text import one_line, terminal_safe


def safe(text: str) -> Content:
    """``text`` as content to show exactly, its controls made visible (``safe_text``)."""
    return Content(terminal_safe(text))


def safe_line(text: str) -> Content:
    """`safe` for one line (a table cell, a title): line breaks become spaces."""
    return Content(one_line(text))
