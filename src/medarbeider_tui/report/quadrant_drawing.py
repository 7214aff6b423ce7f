"""The 2×2 model drawn as lines of text: one drawing, in ASCII for plain text or box lines.

The geometry is decided here once: the dividing lines sit exactly at the threshold (a point on
the line is drawn on it), high is up and right, and the person's point is placed by score.
Each piece of the drawing carries a role (grid, label, mine, point, axis) so the full-screen
interface can colour it while plain text and exports use it as it is.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from medarbeider_tui.report.model import QuadrantFigure
from medarbeider_tui.report.trends import QuadrantTrail

Role = Literal["axis", "grid", "label", "mine", "point", "blank", "path", "trail"]
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
    path: str = "."
    """The dots of a trail's path between two placements."""
    older: str = "o"
    """A trail's placements older than the nine numbered before the newest."""


ASCII = Glyphs(("+++", "+++", "+++"), "-", "|", "X", "", "^", "->", False)
BOX = Glyphs(("┌┬┐", "├┼┤", "└┴┘"), "─", "│", "●", "◆ ", "↑", "→", True, "·", "○")


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
    cw = cell_width
    canvas = _grid([(c.x, c.y, c.label, c.mine) for c in figure.cells], cw, glyphs)
    cols = len(canvas[0])
    point = figure.point
    if point is not None:
        row, col = _place(
            point,
            (figure.x.low, figure.x.high),
            (figure.y.low, figure.y.high),
            (figure.threshold_of("x"), figure.threshold_of("y")),
            cw,
        )
        canvas[row][col] = (glyphs.point, "point")
        beside = f" {you}"
        if (
            glyphs.you_beside_point
            and col + len(beside) < cols - 1
            and all(canvas[row][col + 1 + i][1] == "blank" for i in range(len(beside)))
        ):
            for i, char in enumerate(beside):
                canvas[row][col + 1 + i] = (char, "point")
    legend = "" if glyphs.you_beside_point else f"   ({glyphs.point} = {you})"
    return _framed(canvas, figure.x.label, figure.y.label, low, high, cw, glyphs, legend)


def draw_trail(
    trail: QuadrantTrail, cell_width: int, glyphs: Glyphs, *, low: str, high: str
) -> list[list[Segment]] | None:
    """Every placement of a trail on one 2×2, oldest to newest (marks by `trail_marks`), the
    path between them dotted, the newest drawn as the point and its field as the person's.
    None when the model is not known (its pack is gone)."""
    if trail.threshold is None or trail.x_range is None or trail.y_range is None:
        return None
    placed = [p for p in trail.points if p.x is not None and p.y is not None]
    newest = placed[-1].quadrant_id if placed else None
    cw = cell_width
    canvas = _grid(
        [(x, y, label, qid == newest) for qid, (x, y, label) in trail.cells.items()], cw, glyphs
    )
    spots = [
        _off_labels(
            canvas,
            _place((p.x, p.y), trail.x_range, trail.y_range, (trail.threshold,) * 2, cw),  # type: ignore[arg-type]
        )
        for p in placed
    ]
    for (r0, c0), (r1, c1) in itertools.pairwise(spots):
        steps = max(abs(r1 - r0), abs(c1 - c0))
        for n in range(1, steps):
            r = round(r0 + (r1 - r0) * n / steps)
            c = round(c0 + (c1 - c0) * n / steps)
            if canvas[r][c][1] == "blank":
                canvas[r][c] = (glyphs.path, "path")
    marks = trail_marks(len(spots), glyphs)
    for mark, (row, col) in zip(marks, spots, strict=True):
        canvas[row][col] = (mark, "point" if mark == glyphs.point else "trail")
    return _framed(canvas, trail.x_label, trail.y_label, low, high, cw, glyphs, "")


def _off_labels(canvas: list[list[Segment]], spot: tuple[int, int]) -> tuple[int, int]:
    """A trail's mark on a field's name moves one row towards the middle, so every name stays
    whole (the words under the drawing give the exact values)."""
    row, col = spot
    if canvas[row][col][1] in ("label", "mine"):
        row = row + 1 if row < len(canvas) // 2 else row - 1
    return row, col


def trail_marks(count: int, glyphs: Glyphs) -> list[str]:
    """The mark of each of ``count`` placements, oldest first: the newest is the point, the
    nine before it are numbered 1–9, any older ones share the ``older`` mark."""
    if count == 0:
        return []
    numbered = min(count - 1, 9)
    older = count - 1 - numbered
    return [glyphs.older] * older + [str(n) for n in range(1, numbered + 1)] + [glyphs.point]


def _grid(
    cells: Sequence[tuple[str, str, str, bool]], cw: int, glyphs: Glyphs
) -> list[list[Segment]]:
    """The empty 2×2 with its field names: (x side, y side, label, the person's field)."""
    ch = CELL_HEIGHT
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
    for x, y, label, mine in cells:
        col = 2 if x == "low" else cw + 3
        row = 1 if y == "high" else rows - 2
        text = (glyphs.mine_prefix + label if mine else label)[: cw - 2]
        for i, char in enumerate(text):
            canvas[row][col + i] = (char, "mine" if mine else "label")
    return canvas


def _place(
    point: tuple[float, float],
    x_range: tuple[float, float],
    y_range: tuple[float, float],
    thresholds: tuple[float, float],
    cw: int,
) -> tuple[int, int]:
    """Where a point goes on the canvas (row, column), inside the frame; ``thresholds`` are
    the x and the y axis's dividing lines (format 2 may give each axis its own)."""
    ch = CELL_HEIGHT
    rows, cols = 2 * ch + 3, 2 * cw + 3
    x, y = point
    col = 1 + grid_position(x, x_range[0], thresholds[0], x_range[1], cw)
    row = rows - 1 - grid_position(y, y_range[0], thresholds[1], y_range[1], ch + 1)
    return min(max(row, 1), rows - 2), min(max(col, 1), cols - 2)


def _framed(
    canvas: list[list[Segment]],
    x_label: str,
    y_label: str,
    low: str,
    high: str,
    cw: int,
    glyphs: Glyphs,
    legend: str,
) -> list[list[Segment]]:
    """The canvas with the axis names and the low/high labels around it."""
    rows = len(canvas)
    margin = max(len(low), len(high)) + 2
    lines: list[list[Segment]] = [[(" " * margin + f"{y_label} {glyphs.up}", "axis")]]
    for r, canvas_row in enumerate(canvas):
        side = high if r == 1 else low if r == rows - 2 else ""
        lines.append([(f" {side:<{margin - 1}}", "axis"), *_merged(canvas_row)])
    lines.append([(" " * margin + f" {low:<{cw}}{high:>{cw + 1}}", "axis")])
    lines.append([(" " * margin + f" {x_label} {glyphs.right}{legend}", "axis")])
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
