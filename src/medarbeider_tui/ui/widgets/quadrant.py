"""The 2×2 model drawn with box lines: axis names, field names, and the person's point.

The drawing itself comes from ``report.quadrant_drawing`` (the same one plain text uses); this
widget only sizes it to the terminal and colours each part. The person's field is marked with
``◆`` and reversed text, the point with ``●``: the picture reads the same with NO_COLOR.
"""

from __future__ import annotations

from medarbeider_tui.i18n import t
from medarbeider_tui.report.model import QuadrantFigure
from medarbeider_tui.report.quadrant_drawing import BOX, Segment, draw_quadrant
from medarbeider_tui.ui.widgets.drawing import SegmentDrawing

#: The narrowest cell tried; when even that does not fit, the placement is said in words only.
MIN_CELL = 12


class QuadrantChart(SegmentDrawing):
    """Draws a `QuadrantFigure`; sized for 80 columns, wider on large terminals."""

    ROLE_PREFIX = "quadrant-chart"
    COMPONENT_CLASSES = {
        "quadrant-chart--grid",
        "quadrant-chart--label",
        "quadrant-chart--mine",
        "quadrant-chart--point",
        "quadrant-chart--axis",
    }

    def __init__(self, figure: QuadrantFigure, language: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.figure = figure
        self.language = language

    def _draw(self, cell_width: int) -> list[list[Segment]]:
        return draw_quadrant(
            self.figure,
            cell_width,
            BOX,
            low=t("result.low", self.language),
            high=t("result.high", self.language),
            you=t("result.point", self.language),
        )

    def lines(self, width: int) -> list[list[Segment]]:
        """The widest drawing (cells of at most 30 columns) that fits ``width`` whole; none
        when even the narrowest would not (the placement is said in words below it)."""
        for cell_width in range(min(30, width // 2), MIN_CELL - 1, -1):
            lines = self._draw(cell_width)
            if max(sum(len(text) for text, _ in line) for line in lines) <= width:
                return lines
        return []
