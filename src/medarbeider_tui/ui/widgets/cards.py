"""Teaching cards drawn from the card model (``report.cards``): boxes laid out by the app.

A pack declares what a card says; how it looks is decided here, for the width at hand: a 2×2
matrix with its column and row headings and both axes, a flow of boxes each leading to the
next, and a whole in parts around what they have in common. Every text is pack text: shown
through ``ui.safe``, never as markup.
"""

from __future__ import annotations

from typing import assert_never

from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical
from textual.widgets import Markdown, Static

from medarbeider_tui.report.cards import Card, FlowCard, MatrixCard, PartsCard
from medarbeider_tui.ui.safe import plain, safe


def card_view(card: Card) -> Vertical:
    """The widget that draws ``card`` (one per kind)."""
    match card:
        case MatrixCard():
            return MatrixCardView(card)
        case FlowCard():
            return FlowCardView(card)
        case PartsCard():
            return PartsCardView(card)
        case _:
            assert_never(card)


class _CardView(Vertical):
    """Title and introduction above, the source below; the body is the kind's own."""

    def __init__(self, card: Card) -> None:
        super().__init__(classes="teaching-card")
        self.card = card

    def compose(self) -> ComposeResult:
        card = self.card
        yield Static(safe(card.title), classes="card-title")
        if card.intro is not None:
            text = plain(card.intro.text)
            yield Markdown(text) if card.intro.markdown else Static(safe(text))
        yield from self.body()
        if card.source:
            yield Static(safe(card.source), classes="card-source")

    def body(self) -> ComposeResult:
        raise NotImplementedError


class MatrixCardView(_CardView):
    """The 2×2: the y axis and the row headings at the left, the columns' headings on top, the
    x axis below; each field a box with its name and description."""

    card: MatrixCard

    def body(self) -> ComposeResult:
        card = self.card
        if card.y_axis:
            yield Static(safe(f"↑ {card.y_axis}"), classes="card-axis")
        with Grid(classes="card-matrix"):
            yield Static("", classes="card-corner")
            for heading in card.columns:
                yield Static(safe(heading), classes="card-column")
            for row in (0, 1):
                yield Static(safe(card.rows[row]), classes="card-row")
                for cell in card.cells[2 * row : 2 * row + 2]:
                    with Vertical(classes=f"card-cell card-{cell.position}"):
                        yield Static(safe(cell.label), classes="card-cell-label")
                        if cell.text:
                            yield Static(safe(cell.text), classes="card-cell-text")
        if card.x_axis:
            yield Static(safe(f"{card.x_axis} →"), classes="card-axis card-x-axis")


class FlowCardView(_CardView):
    """Boxes from left to right, each leading to the next (→)."""

    card: FlowCard

    def body(self) -> ComposeResult:
        with Horizontal(classes="card-flow"):
            for number, stage in enumerate(self.card.stages):
                if number:
                    yield Static("→", classes="card-arrow")
                with Vertical(classes="card-stage"):
                    if stage.label:
                        yield Static(safe(stage.label), classes="card-cell-label")
                    for item in stage.items:
                        yield Static(safe(f"• {item}"), classes="card-item")


class PartsCardView(_CardView):
    """What the parts share on top («Hvordan du forholder deg til …»), then each part: whom
    it is about, and its behaviours."""

    card: PartsCard

    def body(self) -> ComposeResult:
        card = self.card
        if card.centre:
            yield Static(safe(card.centre), classes="card-centre")
        with Horizontal(classes="card-parts"):
            for part in card.parts:
                with Vertical(classes="card-part"):
                    yield Static(safe(part.label), classes="card-cell-label")
                    if part.relates_to:
                        yield Static(safe(f"… {part.relates_to}"), classes="card-relates")
                    for behaviour in part.behaviours:
                        yield Static(safe(f"• {behaviour}"), classes="card-item")
