"""Place each entry of a list into a cell, e.g. the four cells of important/urgent.

| Key | Does |
|---|---|
| ↑ ↓ | pick an entry (past the first or last, scroll the step) |
| 1–9 | place it in that cell |
| 0 | take it out again |

The cells are drawn as a 2×2 grid with its column and row headings when the pack gives a
grid, else as a column of boxes. The picked entry is shown reversed and marked ``▶``.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text as RichText
from textual import events
from textual.actions import SkipAction
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from medarbeider_tui.ui.localize import LocalizedBindings
from medarbeider_tui.ui.safe import plain


@dataclass(frozen=True)
class CellSpec:
    id: str
    label: str
    hint: str = ""


class SortGrid(LocalizedBindings, Widget, can_focus=True):
    """Entries and cells; posts ``Changed`` with ``{entry: cell_id}`` after each move."""

    BINDINGS = [
        Binding("up", "move(-1)", "↑", show=False),
        Binding("down", "move(1)", "↓", show=False),
        Binding("0", "place(0)", "key.unplace"),
    ]

    COMPONENT_CLASSES = {"sort-grid--cursor", "sort-grid--heading", "sort-grid--hint"}

    cursor: reactive[int] = reactive(0)
    """Index of the picked entry."""

    @dataclass
    class Changed(Message):
        grid: SortGrid
        placement: dict[str, str]

        @property
        def control(self) -> SortGrid:
            return self.grid

    def __init__(
        self,
        entries: list[str],
        cells: list[CellSpec],
        placement: dict[str, str],
        columns: list[str] | None,
        rows: list[str] | None,
        unsorted_label: str,
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.entries = entries
        self.cells = cells
        self.placement = {k: v for k, v in placement.items() if k in entries}
        self.columns = columns
        self.rows = rows
        self.unsorted_label = unsorted_label

    def action_move(self, step: int) -> None:
        """Pick the entry above or below; past the first or the last, the key scrolls the
        step instead (↑ at the top brings its title and instruction back into view)."""
        moved = self.cursor + step
        if not 0 <= moved < len(self.entries):
            raise SkipAction()
        self.cursor = moved

    def action_place(self, number: int) -> None:
        if not self.entries:
            return
        entry = self.entries[self.cursor]
        if number == 0:
            self.placement.pop(entry, None)
        else:
            self.placement[entry] = self.cells[number - 1].id
            unplaced = [i for i, e in enumerate(self.entries) if e not in self.placement]
            if unplaced:  # move on to the next entry still to place
                self.cursor = min(unplaced, key=lambda i: (i <= self.cursor, i))
        self.refresh(layout=True)
        self.post_message(self.Changed(self, dict(self.placement)))

    def on_key(self, event: events.Key) -> None:
        if event.character and event.character.isascii() and event.character.isdecimal():
            number = int(event.character)
            if 1 <= number <= len(self.cells):
                event.stop()
                self.action_place(number)

    def _entry_line(self, entry: str) -> RichText:
        picked = self.entries and self.entries[self.cursor] == entry
        style = self.get_component_rich_style("sort-grid--cursor") if picked else ""
        return RichText(("▶ " if picked else "  ") + plain(entry), style=style)

    def _cell(self, number: int, cell: CellSpec) -> Group:
        """A cell's name (wrapping, never cut), its entries, then its hint."""
        lines: list[RenderableType] = [RichText(f"{number} {plain(cell.label)}", style="bold")]
        lines += [self._entry_line(e) for e in self.entries if self.placement.get(e) == cell.id]
        if cell.hint:
            lines.append(
                RichText(plain(cell.hint), style=self.get_component_rich_style("sort-grid--hint"))
            )
        return Group(*lines)

    def render(self) -> RenderableType:
        heading = self.get_component_rich_style("sort-grid--heading")
        unplaced = [self._entry_line(e) for e in self.entries if e not in self.placement]
        parts: list[RenderableType] = []
        if unplaced:
            parts.append(
                Panel(
                    Group(*unplaced),
                    title=RichText(f"0 {plain(self.unsorted_label)}", style="bold"),
                    title_align="left",
                    padding=(0, 1),
                )
            )
        # One table with lines: rows of a 2×2 always line up, however full a cell is.
        table = Table(
            box=box.ROUNDED,
            show_lines=True,
            expand=True,
            padding=(0, 1),
            show_header=bool(self.columns and self.rows),
        )
        if self.columns and self.rows and len(self.cells) == 4:
            table.add_column("", width=max(len(r) for r in self.rows), no_wrap=True)
            for column in self.columns:
                table.add_column(RichText(plain(column), style=heading), ratio=1)
            for row in range(2):
                table.add_row(
                    RichText(plain(self.rows[row]), style=heading),
                    self._cell(row * 2 + 1, self.cells[row * 2]),
                    self._cell(row * 2 + 2, self.cells[row * 2 + 1]),
                )
        else:
            table.add_column("", ratio=1)
            for number, cell in enumerate(self.cells, 1):
                table.add_row(self._cell(number, cell))
        parts.append(table)
        return Group(*parts)
