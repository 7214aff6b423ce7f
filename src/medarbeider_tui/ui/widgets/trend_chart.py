"""One mean over time as a bar per date: the scale's range under the bars, the change beside.

A bar runs from the scale's lowest value to the value («4,0» written after it, and the change
from the date before: «+1,0»); a line «– pakken er endret her –» stands where the pack
changed. A long series shows its last `MAX_BARS` dates as bars and every value as one
sparkline above them. Every value is written as a number, so the chart reads without colour.
"""

from __future__ import annotations

from medarbeider_tui.i18n import t
from medarbeider_tui.report.trends import TrendPoint, TrendSeries, signed
from medarbeider_tui.ui.widgets.drawing import SegmentDrawing

#: Dates drawn as bars; older ones are in the sparkline only.
MAX_BARS = 12
SPARKS = "▁▂▃▄▅▆▇█"
DATE_WIDTH = 12


class TrendChart(SegmentDrawing):
    """Draws a `TrendSeries`."""

    ROLE_PREFIX = "trend-chart"
    COMPONENT_CLASSES = {
        "trend-chart--title",
        "trend-chart--bar",
        "trend-chart--rest",
        "trend-chart--change",
        "trend-chart--note",
    }

    def __init__(self, series: TrendSeries, language: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.series = series
        self.language = language

    def _range(self) -> tuple[float, float]:
        """The scale's range, or (when the pack is gone) the values' own."""
        series = self.series
        if series.low is not None and series.high is not None and series.high > series.low:
            return float(series.low), float(series.high)
        values = [v for v in series.values if v is not None]
        low, high = (min(values), max(values)) if values else (0.0, 1.0)
        return (low, high) if high > low else (low - 1, high + 1)

    def _bar_width(self, width: int) -> int:
        return max(10, min(40, width - DATE_WIDTH - 16))

    def lines(self, width: int) -> list[list[tuple[str, str]]]:
        """The chart as lines of (text, role) segments."""
        series, lang = self.series, self.language
        low, high = self._range()
        bar_width = self._bar_width(width)
        title = series.label
        if series.low is not None:
            title += f" ({series.low}–{series.high})"
        change = series.first_to_last
        heading: list[tuple[str, str]] = [(title, "title")]
        if change is not None and len(series.points) > 1:
            heading.append(
                ("  " + t("trend.first_to_last", lang, change=signed(change, lang)), "change")
            )
        out: list[list[tuple[str, str]]] = [heading]
        shown = series.points[-MAX_BARS:]
        if len(series.points) > MAX_BARS:
            out.append(
                [
                    (
                        t("trend.showing_last", lang, shown=len(shown), count=len(series.points)),
                        "note",
                    )
                ]
            )
            out.append([(" " * DATE_WIDTH + self._sparkline(bar_width + 8, low, high), "bar")])
        commons = False
        for point in shown:
            if point.pack_changed:
                out.append([(" " * DATE_WIDTH + t("trend.pack_changed_here", lang), "note")])
            out.append(self._bar(point, low, high, bar_width))
            commons = commons or point.bridge is not None
        axis_low = f"{series.low}" if series.low is not None else ""
        axis_high = f"{series.high}" if series.high is not None else ""
        out.append(
            [
                (
                    " " * DATE_WIDTH
                    + f"{axis_low:<{bar_width // 2}}{axis_high:>{bar_width - bar_width // 2}}",
                    "note",
                )
            ]
        )
        if commons:
            out.append([("* " + t("trend.common_note", lang), "note")])
        return out

    def _bar(
        self, point: TrendPoint, low: float, high: float, bar_width: int
    ) -> list[tuple[str, str]]:
        line: list[tuple[str, str]] = [(f"{point.date:<{DATE_WIDTH}}", "blank")]
        if point.value is None:
            line.append(("·" * bar_width, "rest"))
        else:
            share = min(max((point.value - low) / (high - low), 0.0), 1.0)
            filled = max(1, round(share * bar_width))
            line += [("█" * filled, "bar"), ("░" * (bar_width - filled), "rest")]
        line.append((f" {point.shown:>4}", "blank"))
        change = point.delta_shown + ("*" if point.bridge is not None else "")
        if point.not_comparable:
            change = "?"
        if change:
            line.append((f"  {change}", "change"))
        return line

    def _sparkline(self, width: int, low: float, high: float) -> str:
        """Every value, oldest to newest, as one line of block characters (sampled to fit)."""
        values = self.series.values
        if len(values) > width:
            step = len(values) / width
            values = [values[int(n * step)] for n in range(width)]
        marks = []
        for value in values:
            if value is None:
                marks.append(" ")
                continue
            share = min(max((value - low) / (high - low), 0.0), 1.0)
            marks.append(SPARKS[round(share * (len(SPARKS) - 1))])
        return "".join(marks)
