"""The 2×2 model drawn: axis names, quadrant names, and the person's point placed by score.

The person's quadrant is marked with ``◆`` and reversed text, the point with ``●``: the
picture reads the same with NO_COLOR. The dividing lines sit exactly at the threshold, so a
point on the line is drawn on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import RenderableType
from rich.text import Text as RichText
from textual.widget import Widget

from medarbeider_tui.plain.render import grid_position


@dataclass(frozen=True)
class QuadrantPicture:
    """Everything the chart shows, already in the reader's language."""

    x_name: str
    y_name: str
    low: str
    high: str
    you: str
    labels: dict[tuple[str, str], str]  # (x level, y level) -> name
    mine: tuple[str, str] | None
    x: float | None
    y: float | None
    x_range: tuple[int, int]
    y_range: tuple[int, int]
    threshold: float


class QuadrantChart(Widget):
    """Draws a ``QuadrantPicture``; sized for 80 columns, wider on large terminals."""

    COMPONENT_CLASSES = {
        "quadrant-chart--grid",
        "quadrant-chart--label",
        "quadrant-chart--mine",
        "quadrant-chart--point",
        "quadrant-chart--axis",
    }

    def __init__(self, picture: QuadrantPicture, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.picture = picture

    CELL_HEIGHT = 3

    def _cell_width(self, width: int) -> int:
        return max(16, min(30, (width - 8) // 2))

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        return 2 * self.CELL_HEIGHT + 3 + 3

    def render(self) -> RenderableType:
        p = self.picture
        cw, ch = self._cell_width(self.size.width or 80), self.CELL_HEIGHT
        style = self.get_component_rich_style
        grid, label_style, mine_style = (
            style("quadrant-chart--grid"),
            style("quadrant-chart--label"),
            style("quadrant-chart--mine"),
        )
        margin = max(len(p.low), len(p.high)) + 2
        rows = 2 * ch + 3
        canvas = [[(" ", grid) for _ in range(2 * cw + 3)] for _ in range(rows)]
        for r in range(rows):
            for c in range(2 * cw + 3):
                top, mid, bottom = r == 0, r == ch + 1, r == rows - 1
                left, centre, right = c == 0, c == cw + 1, c == 2 * cw + 2
                horizontal, vertical = top or mid or bottom, left or centre or right
                if horizontal and vertical:
                    char = _corner(top, mid, bottom, left, centre, right)
                elif horizontal:
                    char = "─"
                elif vertical:
                    char = "│"
                else:
                    continue
                canvas[r][c] = (char, grid)
        for (x_level, y_level), name in p.labels.items():
            col = 2 if x_level == "low" else cw + 3
            row = 1 if y_level == "high" else rows - 2
            is_mine = p.mine == (x_level, y_level)
            text = (f"◆ {name}" if is_mine else name)[: cw - 2]
            for i, char in enumerate(text):
                canvas[row][col + i] = (char, mine_style if is_mine else label_style)
        if p.x is not None and p.y is not None:
            col = 1 + grid_position(p.x, p.x_range[0], p.threshold, p.x_range[1], cw)
            row = rows - 1 - grid_position(p.y, p.y_range[0], p.threshold, p.y_range[1], ch + 1)
            row, col = min(max(row, 1), rows - 2), min(max(col, 1), 2 * cw + 1)
            canvas[row][col] = ("●", style("quadrant-chart--point"))
            you = f" {p.you}"
            if col + len(you) < 2 * cw + 2 and all(
                canvas[row][col + 1 + i][0] == " " for i in range(len(you))
            ):
                for i, char in enumerate(you):
                    canvas[row][col + 1 + i] = (char, style("quadrant-chart--point"))
        axis = style("quadrant-chart--axis")
        out = RichText()
        out.append(" " * margin + f"{p.y_name} ↑\n", style=axis)
        for r, line in enumerate(canvas):
            side = p.high if r == 1 else p.low if r == rows - 2 else ""
            out.append(f" {side:<{margin - 1}}", style=axis)
            for char, char_style in line:
                out.append(char, style=char_style)
            out.append("\n")
        out.append(" " * margin + f" {p.low:<{cw}}{p.high:>{cw + 1}}\n", style=axis)
        out.append(" " * margin + f" {p.x_name} →", style=axis)
        return out


def _corner(top: bool, mid: bool, bottom: bool, left: bool, centre: bool, right: bool) -> str:
    row = 0 if top else 1 if mid else 2
    col = 0 if left else 1 if centre else 2
    return ("┌┬┐", "├┼┤", "└┴┘")[row][col]
