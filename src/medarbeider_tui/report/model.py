"""The results model: one typed description of what an entry's answers and results say.

Built once, in one language, from an exercise and its answers (``report.build``); the plain
mode, the full-screen interface and every export render from it and decide only how it looks,
so they cannot disagree about which scores are shown, with which labels, or why.

Every string here is already in the reader's language. Pack text keeps its form (`Prose`):
Markdown where the pack format allows it, so a front end can show emphasis or drop it. Person
text (answers) is plain data: front ends must show it through their safe-text path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Level = Literal["high", "low", "boundary"]


@dataclass(frozen=True)
class Prose:
    """A text from the pack, as written; ``markdown`` says whether Markdown is allowed in it."""

    text: str
    markdown: bool = False


@dataclass(frozen=True)
class Mean:
    """One mean score as a person reads it: «Selvbevissthet: 4,0 (Høy)»."""

    score_id: str
    label: str
    value: float | None
    shown: str
    """The value as the reader writes numbers («3,7»), or why there is none."""
    level: str = ""
    """The label of the level the value falls in, if the score declares levels."""
    low: int = 1
    high: int = 5
    """The scale the mean is on (for bars and axes)."""

    @property
    def line(self) -> str:
        """«Label: 3,7 (Level)»: the plain sentence for this mean."""
        level = f" ({self.level})" if self.level else ""
        return f"{self.label}: {self.shown}{level}"


@dataclass(frozen=True)
class Reason:
    """One answer behind a mean: the statement, and the answer as it counted."""

    item_id: str
    statement: str
    answer: str
    """As shown: «4», «2 (snudd: 4)», «ikke besvart»."""


@dataclass(frozen=True)
class ReasonGroup:
    """The answers behind one mean («Hvorfor»)."""

    label: str
    reasons: list[Reason]


@dataclass(frozen=True)
class QuadrantCell:
    """One of the four fields of a 2×2 model."""

    x: Literal["high", "low"]
    y: Literal["high", "low"]
    label: str
    mine: bool
    """The person's field (none when the point is on a line or not placed)."""
    quadrant_id: str = ""


@dataclass(frozen=True)
class QuadrantFigure:
    """A 2×2 model with the person's point, placement and what it means."""

    score_id: str
    title: str
    x: Mean
    y: Mean
    x_level: Level | None
    y_level: Level | None
    x_near: bool
    y_near: bool
    threshold: float
    cells: list[QuadrantCell]
    quadrant_id: str | None
    between: list[str]
    """Ids of the fields the point lies between, when it is on a dividing line."""
    placement: str
    """«Plassering: PROAKTIV», «… mellom X og Y», or why there is no placement."""
    near_notes: list[str]
    texts: list[Prose]
    reflection: list[str]
    support: Prose | None
    reasons: list[ReasonGroup]
    notes: list[Prose]
    """The caveat and attribution, shown with every placement."""
    y_threshold: float | None = None
    """The vertical axis's own split when it differs from ``threshold`` (format 2's
    per-axis thresholds); ``threshold`` is then the horizontal axis's."""

    def threshold_of(self, axis: str) -> float:
        """Where axis ``x`` or ``y`` is split: the dividing line of the drawing."""
        return self.y_threshold if axis == "y" and self.y_threshold is not None else self.threshold

    @property
    def point(self) -> tuple[float, float] | None:
        if self.x.value is None or self.y.value is None:
            return None
        return self.x.value, self.y.value

    @property
    def quadrant_label(self) -> str | None:
        return next((cell.label for cell in self.cells if cell.mine), None)


@dataclass(frozen=True)
class ProfileFigure:
    """Means side by side (drivers, parts, groups): bars in the TUI, lines in plain text."""

    means: list[Mean]


@dataclass(frozen=True)
class Pick:
    """One of the lowest or highest items or scores."""

    id: str
    label: str
    value: float
    shown: str
    follow_up: str = ""
    """A question the pack asks about this pick («Hva ville hjulpet?»)."""


@dataclass(frozen=True)
class RankFigure:
    """The lowest (or highest) items or scores, ties at the edge included."""

    score_id: str
    label: str
    picks: list[Pick]
    empty: str
    """What to say when there is nothing to pick yet."""


Figure = ProfileFigure | QuadrantFigure | RankFigure


@dataclass(frozen=True)
class AnswerDetail:
    """A labelled part of one answer (a plan's «Hvordan» and «Se på igjen»)."""

    label: str
    value: str


@dataclass(frozen=True)
class AnswerRow:
    """One answer, labelled by what it answers: a statement, a cell, a slot, or the question."""

    key: str
    """The answer key (item id or step id) the row belongs to."""
    label: str
    """The statement, cell or slot this row answers; empty for a step's single answer."""
    value: str
    """The answer as shown, or «ikke besvart»."""
    answered: bool = True
    details: list[AnswerDetail] = field(default_factory=list)
    number: int | None = None
    """A scale answer's number (None for «ikke relevant», or for an answer of another kind)."""
    meaning: str = ""
    """What a scale answer's number means («Delvis enig»), or the «ikke relevant» label."""
    private: bool = False
    """The person or the pack keeps this answer out of exports unless asked (``private``)."""


@dataclass(frozen=True)
class SortLayout:
    """How a sort's cells are laid out: the 2×2 grid's headings, and every cell in order."""

    cells: list[str]
    """Every cell's label, in reading order (top-left, top-right, bottom-left, bottom-right)."""
    columns: list[str] = field(default_factory=list)
    rows: list[str] = field(default_factory=list)
    """Column and row headings when the cells are drawn as a 2×2 grid (else empty)."""


@dataclass(frozen=True)
class AnsweredStep:
    """A question and the person's answer to it, in the order asked."""

    step_id: str
    kind: str
    title: str
    question: str
    """What was asked («Hva trenger jeg eventuelt hjelp til?»), without the instructions that
    follow it; empty for a scale (each statement is asked) or a prompt that asks nothing."""
    rows: list[AnswerRow]
    optional: bool = False
    layout: SortLayout | None = None
    """A sort's cells (None for other kinds)."""

    @property
    def asked(self) -> str:
        """The step labelled by what was asked: «Selvledelse fremover: Hva trenger jeg …?».

        Two steps may share a title; the question tells them apart.
        """
        title, question = self.title, self.question
        if not question or question == title:
            return title or question or self.step_id
        if not title:
            return question
        return f"{title} {question}" if title[-1:] in ".?!:" else f"{title}: {question}"


@dataclass(frozen=True)
class Report:
    """An entry as a document: what it is, the answers, and the results."""

    entry_id: str
    exercise_id: str
    title: str
    status: str
    """«fullført» / «utkast»."""
    when: str
    """The completion (or last change) time, as the reader writes dates."""
    language: str
    answers: list[AnsweredStep]
    figures: list[Figure]
    attribution: Prose | None = None
    moment: str = ""
    """The completion (or last change) time as stored: ISO 8601 with its offset."""
    pack_id: str = ""
    private_keys: frozenset[str] = frozenset()
    """Every answer key kept out of exports unless asked: the person's and the pack's."""
