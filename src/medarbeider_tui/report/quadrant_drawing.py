"""The 2×2 model drawn as lines of text: one drawing, in ASCII for plain text or box lines.

The geometry is decided here once: the dividing lines sit exactly at the threshold (a point on
the line is drawn on it), high is up and right, and the person's point is placed by score.
Each piece of the drawing carries a role (grid, label, mine, point, axis) so the full-screen
interface can colour it while plain text and exports use it as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from medarbeider_tui.report.model import QuadrantFigure

Role = Literal["axis", "grid", "label", "mine", "point", "blank"]
Segment = tuple[str, Role]

CELL_HEIGHT = 3


@dataclass(frozen=True)
class Glyphs:
    """The characters a drawing is made of."""

    corners: tuple[str, str, str]
    """Top, middle and bottom row corners, each left–centre–right."""
    horizontal: str
    vertical: str
    point: str
    mine_prefix: str
    up: str
    right: str
    you_beside_point: bool
    """Write «Du» beside the point (box lines), or explain the mark below (ASCII)."""


ASCII = Glyphs(("+++", "+++", "+++"), "-", "|", "X", "", "^", "->", False)
BOX = Glyphs(("┌┬┐", "├┼┤", "└┴┘"), "─", "│", "●", "◆ ", "↑", "→", True)


def grid_position(value: float, low: float, threshold: float, high: float, span: int) -> int:
    """Map a value to 0..2*span, with the threshold exactly on ``span`` (the dividing line)."""
    if value <= threshold:
        return round((value - low) / (threshold - low) * span)
    return span + round((value - threshold) / (high - threshold) * span)


def draw_quadrant(
    figure: QuadrantFigure,
    cell_width: int,
    glyphs: Glyphs,
    *,
    low: str,
    high: str,
    you: str,
) -> list[list[Segment]]:
    """The drawing as lines of segments: the y axis name, the grid with its side labels, the
    low/high labels under it and the x axis name (with what the point's mark means, in ASCII)."""
    cw, ch = cell_width, CELL_HEIGHT
    rows, cols = 2 * ch + 3, 2 * cw + 3
    canvas: list[list[Segment]] = [[(" ", "blank") for _ in range(cols)] for _ in range(rows)]
    for r in range(rows):
        row_kind = 0 if r == 0 else 1 if r == ch + 1 else 2 if r == rows - 1 else None
        for c in range(cols):
            col_kind = 0 if c == 0 else 1 if c == cw + 1 else 2 if c == cols - 1 else None
            if row_kind is not None and col_kind is not None:
                canvas[r][c] = (glyphs.corners[row_kind][col_kind], "grid")
            elif row_kind is not None:
                canvas[r][c] = (glyphs.horizontal, "grid")
            elif col_kind is not None:
                canvas[r][c] = (glyphs.vertical, "grid")
    for cell in figure.cells:
        col = 2 if cell.x == "low" else cw + 3
        row = 1 if cell.y == "high" else rows - 2
        text = (glyphs.mine_prefix + cell.label if cell.mine else cell.label)[: cw - 2]
        for i, char in enumerate(text):
            canvas[row][col + i] = (char, "mine" if cell.mine else "label")
    point = figure.point
    if point is not None:
        x, y = point
        col = 1 + grid_position(x, figure.x.low, figure.threshold_of("x"), figure.x.high, cw)
        row = (
            rows
            - 1
            - grid_position(y, figure.y.low, figure.threshold_of("y"), figure.y.high, ch + 1)
        )
        row, col = min(max(row, 1), rows - 2), min(max(col, 1), cols - 2)
        canvas[row][col] = (glyphs.point, "point")
        beside = f" {you}"
        if (
            glyphs.you_beside_point
            and col + len(beside) < cols - 1
            and all(canvas[row][col + 1 + i][1] == "blank" for i in range(len(beside)))
        ):
            for i, char in enumerate(beside):
                canvas[row][col + 1 + i] = (char, "point")
    margin = max(len(low), len(high)) + 2
    lines: list[list[Segment]] = [[(" " * margin + f"{figure.y.label} {glyphs.up}", "axis")]]
    for r, canvas_row in enumerate(canvas):
        side = high if r == 1 else low if r == rows - 2 else ""
        lines.append([(f" {side:<{margin - 1}}", "axis"), *_merged(canvas_row)])
    lines.append([(" " * margin + f" {low:<{cw}}{high:>{cw + 1}}", "axis")])
    legend = "" if glyphs.you_beside_point else f"   ({glyphs.point} = {you})"
    lines.append([(" " * margin + f" {figure.x.label} {glyphs.right}{legend}", "axis")])
    return lines


def drawing_as_text(lines: list[list[Segment]]) -> list[str]:
    """The drawing as plain lines (trailing spaces removed)."""
    return ["".join(text for text, _ in line).rstrip() for line in lines]


def _merged(row: list[Segment]) -> list[Segment]:
    """Neighbouring characters of one role as one segment (fewer spans to style)."""
    merged: list[Segment] = []
    for text, role in row:
        if merged and merged[-1][1] == role:
            merged[-1] = (merged[-1][0] + text, role)
        else:
            merged.append((text, role))
    return merged
