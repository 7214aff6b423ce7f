"""Teaching cards: the models of an exercise, described once for every front end to draw.

A pack declares its cards (``cards:`` in an exercise, docs/pack-format.md); `build_cards` turns
them into these values in one language, with everything a card takes from elsewhere filled in
(a quadrant score's fields and axes, a sort step's grid, mean scores' labels, a scale step's
statements). The full-screen interface draws them, `export.cards` says them in words (plain
mode, a screen reader) and writes them as HTML. Nothing here depends on answers: a card is
shown before the first one.

Every string is in the reader's language; pack text is data (show it through the safe-text
path of the front end, or escape it for the format).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, assert_never

from medarbeider_tui.content import model as m
from medarbeider_tui.content.text import render
from medarbeider_tui.i18n import t
from medarbeider_tui.report.model import Prose

#: The four places of a 2×2, in reading order.
POSITIONS: tuple[str, str, str, str] = ("top_left", "top_right", "bottom_left", "bottom_right")


@dataclass(frozen=True)
class MatrixCell:
    """One field of a 2×2 card, in its place: ``column`` 0 is left, ``row`` 0 is the top."""

    label: str
    text: str
    column: Literal[0, 1]
    row: Literal[0, 1]
    quadrant_id: str = ""
    """The quadrant of the score it was taken from (to mark a person's field later), or ''."""

    @property
    def position(self) -> str:
        """``top_left`` … ``bottom_right`` (interface keys ``card.position.*``)."""
        return POSITIONS[2 * self.row + self.column]


@dataclass(frozen=True)
class MatrixCard:
    """A 2×2 model: two column and two row headings, the axes they lie on, four fields."""

    card_id: str
    title: str
    intro: Prose | None
    source: str
    x_axis: str
    """What the columns measure («Omstillingsdyktighet»), or '' when the headings say it."""
    y_axis: str
    columns: tuple[str, str]
    """Left, right («Lav», «Høy»; «Haster», «Haster ikke»)."""
    rows: tuple[str, str]
    """Top, bottom."""
    cells: tuple[MatrixCell, MatrixCell, MatrixCell, MatrixCell]
    """In reading order: top left, top right, bottom left, bottom right."""
    kind: Literal["matrix"] = "matrix"


@dataclass(frozen=True)
class FlowStage:
    """One box of a flow: its heading ('' if none) and the things in it."""

    label: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class FlowCard:
    """Boxes, each leading to the next: the drivers, the effort, the results."""

    card_id: str
    title: str
    intro: Prose | None
    source: str
    stages: tuple[FlowStage, ...]
    kind: Literal["flow"] = "flow"


@dataclass(frozen=True)
class CardPart:
    """One part of a whole: its name, whom it is about ('' if not said), its behaviours."""

    label: str
    relates_to: str
    behaviours: tuple[str, ...]


@dataclass(frozen=True)
class PartsCard:
    """A whole in a few parts («Hvordan du forholder deg til …»: yourself, your manager, …)."""

    card_id: str
    title: str
    intro: Prose | None
    source: str
    centre: str
    parts: tuple[CardPart, ...]
    kind: Literal["parts"] = "parts"


Card = MatrixCard | FlowCard | PartsCard


def build_cards(exercise: m.Exercise, language: str) -> list[Card]:
    """Every card of ``exercise``, in the order the pack offers them, in ``language``."""
    return [build_card(exercise, card, language) for card in exercise.cards]


def build_card(exercise: m.Exercise, card: m.AnyCard, language: str) -> Card:
    """One card of a validated exercise, everything it refers to filled in."""
    title = render(card.title, language)
    intro = Prose(render(card.intro, language), markdown=True) if card.intro else None
    source = render(card.source, language)
    match card:
        case m.MatrixCard():
            return _matrix(exercise, card, language, title, intro, source)
        case m.FlowCard():
            stages = tuple(
                FlowStage(render(stage.label, language), _stage_items(exercise, stage, language))
                for stage in card.stages
            )
            return FlowCard(card.id, title, intro, source, stages)
        case m.PartsCard():
            parts = tuple(
                CardPart(
                    render(part.label, language),
                    render(part.relates_to, language),
                    _behaviours(exercise, part, language),
                )
                for part in card.parts
            )
            return PartsCard(card.id, title, intro, source, render(card.centre, language), parts)
        case _:
            assert_never(card)


def _matrix(
    exercise: m.Exercise,
    card: m.MatrixCard,
    language: str,
    title: str,
    intro: Prose | None,
    source: str,
) -> MatrixCard:
    x_axis, y_axis = render(card.x_axis, language), render(card.y_axis, language)
    if card.score is not None:
        score = exercise.score(card.score)
        assert isinstance(score, m.QuadrantScore)  # validated (content.semantic)
        low, high = t("result.low", language), t("result.high", language)
        columns, rows = (low, high), (high, low)
        by_corner: dict[tuple[str, str], m.Quadrant] = {(q.x, q.y): q for q in score.quadrants}
        corners = (("low", "high"), ("high", "high"), ("low", "low"), ("high", "low"))
        fields = [(q.label, q.description, q.id) for q in (by_corner[c] for c in corners)]
        x_axis = x_axis or render(exercise.score(score.x).label, language) or score.x
        y_axis = y_axis or render(exercise.score(score.y).label, language) or score.y
    elif card.sort is not None:
        step = exercise.step(card.sort)
        assert isinstance(step, m.SortStep) and step.grid is not None
        columns = (render(step.grid.columns[0], language), render(step.grid.columns[1], language))
        rows = (render(step.grid.rows[0], language), render(step.grid.rows[1], language))
        fields = [(cell.label, cell.hint, "") for cell in step.cells]
    else:
        assert card.cells is not None and card.columns is not None and card.rows is not None
        columns = (render(card.columns[0], language), render(card.columns[1], language))
        rows = (render(card.rows[0], language), render(card.rows[1], language))
        fields = [(cell.label, cell.text, "") for cell in card.cells]
    first, second, third, fourth = (
        MatrixCell(
            render(label, language),
            render(text, language),
            column=0 if number % 2 == 0 else 1,
            row=0 if number < 2 else 1,
            quadrant_id=quadrant_id,
        )
        for number, (label, text, quadrant_id) in enumerate(fields)
    )
    cells = (first, second, third, fourth)
    return MatrixCard(card.id, title, intro, source, x_axis, y_axis, columns, rows, cells)


def _stage_items(exercise: m.Exercise, stage: m.FlowStage, language: str) -> tuple[str, ...]:
    if stage.scores:
        return tuple(render(exercise.score(sid).label, language) or sid for sid in stage.scores)
    return tuple(render(item, language) for item in stage.items)


def _behaviours(exercise: m.Exercise, part: m.CardPart, language: str) -> tuple[str, ...]:
    if part.step is not None:
        step = exercise.step(part.step)
        assert isinstance(step, m.ScaleStep)
        return tuple(render(item.text, language) for item in step.items)
    return tuple(render(text, language) for text in part.behaviours)
