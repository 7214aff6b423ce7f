"""The Hall quadrant trail: every placement on one 2×2, oldest to newest, the path between.

The drawing is ``report.quadrant_drawing.draw_trail`` (older placements numbered 1, 2, …, the
path dotted, the newest the point ``●`` and its field marked ``◆``); this widget sizes and
colours it, and says under it which number is which date («1 mars 2026 · 2 juni 2026 · ●
september 2026»), so the picture reads without colour. When the model is not known (its pack
is gone), only the words are shown.
"""

from __future__ import annotations

from medarbeider_tui.i18n import t
from medarbeider_tui.report.quadrant_drawing import BOX, Segment, draw_trail, trail_marks
from medarbeider_tui.report.trends import QuadrantTrail
from medarbeider_tui.ui.widgets.drawing import SegmentDrawing


class TrailChart(SegmentDrawing):
    """Draws a `QuadrantTrail`; sized for 80 columns, wider on large terminals."""

    ROLE_PREFIX = "trail-chart"
    COMPONENT_CLASSES = {
        "trail-chart--grid",
        "trail-chart--label",
        "trail-chart--mine",
        "trail-chart--point",
        "trail-chart--axis",
        "trail-chart--path",
        "trail-chart--trail",
    }

    def __init__(self, trail: QuadrantTrail, language: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.trail = trail
        self.language = language
        self._drawn: tuple[tuple[int, str], list[list[Segment]]] | None = None

    def _cell_width(self, width: int) -> int:
        return max(16, min(30, (width - 8) // 2))

    def _key_lines(self, width: int) -> list[str]:
        """Which mark is which placement («1 mars 2026 · 2 juni 2026 · ● september 2026
        (nyest)»), wrapped to ``width``; older placements under one «○» are counted."""
        placed = [p for p in self.trail.points if p.x is not None and p.y is not None]
        marks = trail_marks(len(placed), BOX)
        parts = []
        older = marks.count(BOX.older)
        if older:
            parts.append(f"{BOX.older} " + t("trail.older", self.language, count=older))
        for mark, point in zip(marks, placed, strict=True):
            if mark == BOX.point:
                parts.append(f"{mark} " + t("trail.newest", self.language, when=point.label))
            elif mark != BOX.older:
                parts.append(f"{mark} {point.label}")
        lines: list[str] = []
        for part in parts:
            if lines and len(lines[-1]) + 3 + len(part) <= width - 2:
                lines[-1] += " · " + part
            else:
                lines.append(part)
        return lines

    def lines(self, width: int) -> list[list[Segment]]:
        """The drawing, made once per width (layout asks for it too, and a trail of thousands
        of placements is not drawn four times)."""
        key = (width, self.language)
        if self._drawn is None or self._drawn[0] != key:
            self._drawn = (key, self._draw(width))
        return self._drawn[1]

    def _draw(self, width: int) -> list[list[Segment]]:
        drawing = draw_trail(
            self.trail,
            self._cell_width(width),
            BOX,
            low=t("result.low", self.language),
            high=t("result.high", self.language),
        )
        lines: list[list[Segment]] = [list(line) for line in drawing or []]
        lines += [[("  " + key, "axis")] for key in self._key_lines(width)]
        return lines
