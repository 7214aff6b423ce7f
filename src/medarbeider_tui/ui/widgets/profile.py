"""Means as horizontal bars with their values: the profile of drivers, dimensions or groups."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text as RichText
from textual.widget import Widget

from medarbeider_tui.ui.safe import plain


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    shown: str  # the value as the reader writes numbers («3,5»), or why there is none
    level: str = ""


#: The shortest bar still worth drawing beside its label.
MIN_BAR = 10


class ProfileBars(Widget):
    """One bar per mean, scaled from the scale's lowest to its highest value."""

    COMPONENT_CLASSES = {"profile-bars--bar", "profile-bars--rest", "profile-bars--value"}

    def __init__(self, bars: list[Bar], low: int, high: int, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.bars = bars
        self.low = low
        self.high = high

    def _value_text(self, bar: Bar) -> str:
        return plain(bar.shown) + (f"  {plain(bar.level)}" if bar.level else "")

    def _label_width(self, width: int) -> int | None:
        """The label column's width, or None when the labels do not fit beside the bars (they
        then stand on a row of their own above each bar: a label is never cut)."""
        longest = max(len(b.label) for b in self.bars)
        values = max(len(self._value_text(b)) for b in self.bars)
        room = width - values - 2 - MIN_BAR
        return longest if longest <= room else None

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        rows = 1 if self._label_width(width) is not None else 2
        return rows * len(self.bars)

    def render(self) -> RenderableType:
        width = self.size.width or 80
        label_width = self._label_width(width)
        values = max(len(self._value_text(b)) for b in self.bars)
        bar_width = max(MIN_BAR, width - (label_width or -1) - values - 2)
        table = Table.grid(padding=(0, 1))
        if label_width is not None:
            table.add_column(width=label_width, no_wrap=True)
        table.add_column(width=bar_width, no_wrap=True)
        table.add_column(no_wrap=True)
        for bar in self.bars:
            picture = RichText()
            if bar.value is not None:
                share = (bar.value - self.low) / (self.high - self.low)
                filled = round(share * bar_width)
                picture.append(
                    "█" * filled, style=self.get_component_rich_style("profile-bars--bar")
                )
                picture.append(
                    "░" * (bar_width - filled),
                    style=self.get_component_rich_style("profile-bars--rest"),
                )
            value = RichText(
                plain(bar.shown), style=self.get_component_rich_style("profile-bars--value")
            )
            if bar.level:
                value.append(f"  {plain(bar.level)}")
            label = RichText(plain(bar.label))
            if label_width is None:
                table.add_row(label, "")
                table.add_row(picture, value)
            else:
                table.add_row(label, picture, value)
        return table
