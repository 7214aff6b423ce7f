"""A teaching card on the whole screen: the model a coach shows before (or while) answering.

Opened with `k` on home (the highlighted exercise's cards) and from inside the exercise; with
several cards, ←/→ go from one to the next. The card is drawn from the card model
(``report.cards``) by ``ui.widgets.cards``, in the current language; nothing is answered or
saved here, and Esc goes back exactly where the person was.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from medarbeider_tui.content import model as m
from medarbeider_tui.report.cards import Card
from medarbeider_tui.ui.safe import notice
from medarbeider_tui.ui.screens.base import BaseScreen
from medarbeider_tui.ui.widgets.cards import card_view

#: The key that shows the exercise's cards while answering (free in every answer widget).
CARD_KEY = "ctrl+o"


def open_cards(screen: BaseScreen[Any], exercise: m.Exercise) -> None:
    """Show ``exercise``'s cards, or say calmly that it has none."""
    if not exercise.cards:
        notice(screen, screen.tr("ui.cards.none"), timeout=4)
        return
    screen.app.push_screen(CardScreen(exercise))


class CardScreen(BaseScreen[None]):
    """One card at a time; ←/→ to the others, Esc back."""

    BINDINGS = [
        Binding("escape,q", "close", "key.close"),
        Binding("right,n", "move(1)", "key.next_card"),
        Binding("left,b", "move(-1)", "key.previous_card"),
        Binding("f2", "app.toggle_language", "key.language", show=False),
    ]

    def __init__(self, exercise: m.Exercise, index: int = 0) -> None:
        super().__init__()
        self.exercise = exercise
        self.index = index

    @property
    def cards(self) -> list[Card]:
        return self.medarbeider.service.cards(self.exercise, self.lang)

    def compose(self) -> ComposeResult:
        cards = self.cards
        self.index = max(0, min(self.index, len(cards) - 1))
        with VerticalScroll(id="card"):
            if len(cards) > 1:
                counter = self.tr("ui.cards.counter", n=self.index + 1, total=len(cards))
                yield Static(counter, classes="counter")
            yield card_view(cards[self.index])
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#card", VerticalScroll).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "move":  # shown only when there is another card to go to
            return len(self.exercise.cards) > 1
        return True

    async def action_move(self, step: int) -> None:
        self.index = (self.index + step) % len(self.exercise.cards)
        await self.recompose()
        self.query_one("#card", VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss()
