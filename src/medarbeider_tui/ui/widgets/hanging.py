"""Lines of text wrapped once, by the widget, each continuing under its own text.

A line such as ``"  - Jeg vet hvilke verdier …"`` or ``"       4 (snudd: 2)  Endringer …"``
wrapped by a plain `Static` goes back to the left edge, leaving a word or two on a row of
their own under the indent; wrapped beforehand as well, it broke twice. Here each line's
prefix (its indent, a bullet, an arrow, an answer column) stays a column of its own and only
the text beside it wraps, to whatever width the widget has.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text as RichText
from textual.widgets import Static

from medarbeider_tui.ui.safe import plain

#: A line's prefix: its indent and, after it, a list mark («-», «•», «→», «1.»).
_PREFIX = re.compile(r"^(\s*(?:[-•→*]\s+|\d+[.)]\s+)?)")


def split_prefix(line: str) -> tuple[str, str]:
    """``line`` as (its prefix, the text that wraps beside it)."""
    found = _PREFIX.match(line)
    prefix = found.group(1) if found else ""
    return prefix, line[len(prefix) :]


def hanging(rows: Iterable[tuple[str, str]]) -> RenderableType:
    """Each (prefix, text) as a row: the text wraps beside its prefix, never under it."""
    parts: list[RenderableType] = []
    for prefix, text in rows:
        if not prefix.strip() and not prefix:
            parts.append(RichText(plain(text)))
            continue
        row = Table.grid(expand=True)
        row.add_column(width=cell_len(prefix), no_wrap=True)
        row.add_column(ratio=1)
        row.add_row(RichText(plain(prefix)), RichText(plain(text)))
        parts.append(row)
    return Group(*parts)


class HangingText(Static):
    """Lines shown with their prefixes kept (`hanging`); ``lines`` are the text as given."""

    def __init__(
        self,
        lines: list[str] | None = None,
        *,
        rows: list[tuple[str, str]] | None = None,
        classes: str | None = None,
        id: str | None = None,
    ) -> None:
        self.rows = rows if rows is not None else [split_prefix(line) for line in lines or []]
        self.lines = [prefix + text for prefix, text in self.rows]
        super().__init__(hanging(self.rows), classes=classes, id=id)
