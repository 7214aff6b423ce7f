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


class ProfileBars(Widget):
    """One bar per mean, scaled from the scale's lowest to its highest value."""

    COMPONENT_CLASSES = {"profile-bars--bar", "profile-bars--rest", "profile-bars--value"}

    def __init__(self, bars: list[Bar], low: int, high: int, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.bars = bars
        self.low = low
        self.high = high

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        return len(self.bars)

    def render(self) -> RenderableType:
        width = self.size.width or 80
        label_width = min(max(len(b.label) for b in self.bars), width // 3)
        bar_width = max(10, width - label_width - 24)
        table = Table.grid(padding=(0, 1))
        table.add_column(width=label_width, no_wrap=True, overflow="ellipsis")
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
            table.add_row(RichText(plain(bar.label)), picture, value)
        return table
