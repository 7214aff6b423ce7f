"""Things in an order, most important first: the widget behind ranking steps.

| Key | Does |
|---|---|
| ↑ ↓ | move the highlight |
| Shift+↑ / Shift+↓ | move the highlighted thing up or down |

Each row carries its place («1.»), so the order reads without colour. Each move is an answer;
going on from the step accepts the order on screen, moved or not (the exercise screen takes it).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text as RichText
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from medarbeider_tui.ui.localize import LocalizedBindings
from medarbeider_tui.ui.safe import plain


class RankingList(LocalizedBindings, OptionList):
    """An ordered list the person rearranges; posts ``Changed`` with the ids in order."""

    BINDINGS = [
        Binding("shift+up", "move(-1)", "key.rank_up"),
        Binding("shift+down", "move(1)", "key.rank_down"),
    ]

    @dataclass
    class Changed(Message):
        """The order changed."""

        ranking: RankingList
        order: list[str]

        @property
        def control(self) -> RankingList:
            return self.ranking

    def __init__(
        self, labels: dict[str, str], order: list[str] | None = None, *, id: str | None = None
    ) -> None:
        self.labels = labels
        self.order = list(order) if order else list(labels)
        super().__init__(*self._build(), id=id, classes="ranking")

    def on_mount(self) -> None:
        self.highlighted = 0

    def _prompt(self, place: int, item: str) -> RichText:
        text = RichText()
        text.append(f"{place}. ", style="bold")
        text.append(plain(self.labels.get(item, item)))
        return text

    def _build(self) -> list[Option]:
        return [Option(self._prompt(n, item)) for n, item in enumerate(self.order, 1)]

    def action_move(self, by: int) -> None:
        index = self.highlighted
        if index is None or not 0 <= index + by < len(self.order):
            return
        self.order[index], self.order[index + by] = self.order[index + by], self.order[index]
        for n, item in enumerate(self.order):
            self.replace_option_prompt_at_index(n, self._prompt(n + 1, item))
        self.highlighted = index + by
        self.post_message(self.Changed(self, list(self.order)))
