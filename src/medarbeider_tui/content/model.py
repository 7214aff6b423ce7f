"""The content model: packs, exercises, steps and scoring rules, as frozen dataclasses.

These are built by ``packspec`` from validated YAML and read by everything else (the plain
runner, the TUI, scoring). Each keeps the YAML node it came from (``node``, excluded from
equality) so that cross-reference checks can still point at a line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from medarbeider_tui.content.text import Text

NOT_RELEVANT = "not_relevant"


# --- scales ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scale:
    """A labelled answer scale, e.g. 1 «Helt uenig» … 5 «Helt enig»."""

    id: str
    min: int
    max: int
    labels: dict[int, Text]
    not_relevant_label: Text | None = None
    node: Any = field(default=None, compare=False, repr=False)

    def reverse(self, value: int) -> int:
        """The value on a reverse-keyed item: 1↔5, 2↔4 on a 1–5 scale."""
        return self.min + self.max - value

    @property
    def values(self) -> range:
        return range(self.min, self.max + 1)


# --- steps -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScaleItem:
    """One statement of a scale step, answered on the step's scale."""

    id: str
    text: Text
    reverse: bool = False
    source: str | None = None
    follow_up: Text | None = None
    node: Any = field(default=None, compare=False, repr=False)
    private: bool = False
    """Kept out of exports unless the person asks (``private: true`` in the pack)."""
    positive: Text | None = None
    """A reverse-keyed item said the positive way, shown where it is picked as a strength
    (a ``highest`` score): «Jeg har verktøyene jeg trenger» for «Jeg mangler verktøyene»."""

    def text_as_pick(self, order: str) -> Text:
        """The item's text as a pick of a lowest/highest score (its positive form as a
        strength)."""
        return self.positive if order == "highest" and self.positive is not None else self.text


@dataclass(frozen=True)
class Option:
    """One option of a choice step."""

    id: str
    label: Text
    node: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Cell:
    """A cell of a sort step's grid that items are sorted into."""

    id: str
    label: Text
    hint: Text | None = None
    node: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Slot:
    """One action to plan in a plan step."""

    id: str
    label: Text
    node: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Grid:
    """How a 2×2 sort is drawn: column and row headings, cells in reading order."""

    columns: list[Text]
    rows: list[Text]
    node: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class OptionsFrom:
    """Options taken from elsewhere: a step's items or entries, or a score's picks."""

    step: str | None = None
    score: str | None = None
    node: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Condition:
    """When a step is shown: one earlier answer (``step``) or score (``score``) compared with
    exactly one of ``equals``, ``in``, ``at_least``, ``at_most`` (declared, never evaluated
    as code; docs/authoring.md, «Conditions»)."""

    step: str | None = None
    score: str | None = None
    equals: str | float | None = None
    in_: list[str | float] | None = None
    at_least: float | None = None
    at_most: float | None = None
    node: Any = field(default=None, compare=False, repr=False)

    @property
    def source(self) -> str:
        return self.step if self.step is not None else self.score or ""

    @property
    def comparisons(self) -> list[str]:
        """The comparisons written (exactly one is valid), by their YAML names."""
        given = {
            "equals": self.equals,
            "in": self.in_,
            "at_least": self.at_least,
            "at_most": self.at_most,
        }
        return [name for name, value in given.items() if value is not None]


@dataclass(frozen=True)
class Step:
    """Fields every step has."""

    id: str
    title: Text | None
    prompt: Text | None
    optional: bool
    node: Any = field(default=None, compare=False, repr=False)
    private: bool = False
    """The answers to this step (all its statements) are kept out of exports unless asked."""
    when: Condition | None = None
    """Shown only when this holds; otherwise never asked, listed or kept (format 2)."""

    kind: str = field(default="", init=False)


@dataclass(frozen=True)
class InfoStep(Step):
    """Text to read; nothing is answered."""

    body: Text | None = None
    kind: str = field(default="info", init=False)


@dataclass(frozen=True)
class ScaleStep(Step):
    """Statements each answered on one scale."""

    scale: str = ""
    items: list[ScaleItem] = field(default_factory=list)
    not_relevant: bool = False
    kind: str = field(default="scale", init=False)


@dataclass(frozen=True)
class TextStep(Step):
    """A free text the person writes (one line, or several with ``multiline``)."""

    hint: Text | None = None
    multiline: bool = True
    about: str | None = None
    max_length: int = 5000
    action: bool = False
    """The answer is something the person plans to do: it becomes an action to follow up."""
    review_in_days: int | None = None
    """Actions from this step come up for review this many days after completion."""
    kind: str = field(default="text", init=False)


@dataclass(frozen=True)
class ChoiceStep(Step):
    """Pick one option (or several, ``multiple``), from the pack or from earlier answers."""

    multiple: bool = False
    options: list[Option] | None = None
    options_from: OptionsFrom | None = None
    min_selected: int = 0
    max_selected: int | None = None
    kind: str = field(default="choice", init=False)


@dataclass(frozen=True)
class ListStep(Step):
    """A list of short texts the person writes, between ``min_items`` and ``max_items``."""

    hint: Text | None = None
    min_items: int = 0
    max_items: int = 20
    action: bool = False
    """Each entry of the list is an action to follow up."""
    review_in_days: int | None = None
    kind: str = field(default="list", init=False)


@dataclass(frozen=True)
class SortStep(Step):
    """Earlier items sorted into the cells of a grid."""

    items_from: str = ""
    cells: list[Cell] = field(default_factory=list)
    grid: Grid | None = None
    kind: str = field(default="sort", init=False)


@dataclass(frozen=True)
class PlanStep(Step):
    """Actions the person plans (what, how, when), one per slot."""

    slots: list[Slot] = field(default_factory=list)
    how_prompt: Text | None = None
    suggestions_from: str | None = None
    review_date: bool = False
    hint: Text | None = None
    action: bool = False
    """Each filled slot is an action to follow up (with the slot's review date, if any)."""
    review_in_days: int | None = None
    """For slots without a review date of their own."""
    kind: str = field(default="plan", init=False)


@dataclass(frozen=True)
class RankingStep(Step):
    """Order a list, most important first: every option once (options as a choice has)."""

    options: list[Option] | None = None
    options_from: OptionsFrom | None = None
    kind: str = field(default="ranking", init=False)


@dataclass(frozen=True)
class NumberStep(Step):
    """A number between ``min`` and ``max`` in steps of ``step`` (from ``min``), with a unit."""

    min: float = 0
    max: float = 10
    step: float = 1
    unit: Text | None = None
    kind: str = field(default="number", init=False)

    @property
    def whole(self) -> bool:
        """Whether every allowed value is a whole number (stored as an int)."""
        return all(float(v).is_integer() for v in (self.min, self.step))


@dataclass(frozen=True)
class ResultStep(Step):
    """The results page: which scores it shows."""

    show: list[str] | None = None
    kind: str = field(default="result", init=False)


AnyStep = (
    InfoStep
    | ScaleStep
    | TextStep
    | ChoiceStep
    | ListStep
    | SortStep
    | PlanStep
    | RankingStep
    | NumberStep
    | ResultStep
)
#: Steps whose options are a list of ``{id, label}`` or come from elsewhere.
OptionStep = ChoiceStep | RankingStep
#: The steps whose answers can become actions (``action: true``).
ActionStep = TextStep | ListStep | PlanStep

# --- scoring -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Level:
    """A named level of a score (low, middle, high) with the label a person reads."""

    id: str
    label: Text
    node: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Score:
    """What a pack computes from the answers; the kinds below say how."""

    id: str
    label: Text | None
    node: Any = field(default=None, compare=False, repr=False)
    kind: str = field(default="", init=False)


@dataclass(frozen=True)
class MeanScore(Score):
    """Mean of answered items (reverse keyed where marked), if enough were answered."""

    items: list[str] = field(default_factory=list)
    min_answered: int = 1
    thresholds: list[float] = field(default_factory=list)
    levels: list[Level] = field(default_factory=list)
    follow_up: Text | None = None
    kind: str = field(default="mean", init=False)


@dataclass(frozen=True)
class Quadrant:
    """One quadrant of a 2×2 score: where high or low on each axis lands."""

    id: str
    x: Literal["high", "low"]
    y: Literal["high", "low"]
    label: Text
    description: Text | None = None
    text: Text | None = None
    reflection: list[Text] = field(default_factory=list)
    support: Text | None = None
    node: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class QuadrantScore(Score):
    """A 2×2 model over two mean scores, split at a threshold (docs/scoring.md)."""

    x: str = ""
    y: str = ""
    threshold: float = 3.0
    near: float = 0.5
    x_threshold: float | None = None
    """The horizontal axis's own split (format 2), e.g. for axes on different scales."""
    y_threshold: float | None = None
    quadrants: list[Quadrant] = field(default_factory=list)
    near_text: Text | None = None
    boundary_text: Text | None = None
    missing_text: Text | None = None
    caveat: Text | None = None
    attribution: Text | None = None
    kind: str = field(default="quadrant", init=False)

    def threshold_of(self, axis: str) -> float:
        """Where axis ``x`` or ``y`` splits into low and high: its own threshold, else the
        shared one."""
        own = self.x_threshold if axis == "x" else self.y_threshold
        return self.threshold if own is None else own


@dataclass(frozen=True)
class RankScore(Score):
    """The lowest or highest ``count`` items or scores, ties at the edge included."""

    order: Literal["lowest", "highest"] = "lowest"
    items: list[str] | None = None
    scores: list[str] | None = None
    count: int = 2
    kind: str = field(default="rank", init=False)


AnyScore = MeanScore | QuadrantScore | RankScore

# --- teaching cards ----------------------------------------------------------------------


@dataclass(frozen=True)
class CardCell:
    """One field of a 2×2 card: its name and what it means."""

    label: Text
    text: Text | None = None
    node: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class FlowStage:
    """One box (or column of boxes) of a flow card: a heading, the things in it, or both.

    ``scores`` takes the things from mean scores of the exercise (their labels)."""

    label: Text | None = None
    items: list[Text] = field(default_factory=list)
    scores: list[str] = field(default_factory=list)
    node: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class CardPart:
    """One part of a parts card: its name, whom it is about, and what one does in it.

    ``step`` takes the behaviours from a scale step of the exercise (its statements)."""

    label: Text
    relates_to: Text | None = None
    behaviours: list[Text] = field(default_factory=list)
    step: str | None = None
    node: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Card:
    """A model of the exercise that a coach can show before (or while) answering; the app
    draws it from these fields (docs/pack-format.md, «Teaching cards»)."""

    id: str
    title: Text
    intro: Text | None = None
    source: Text | None = None
    node: Any = field(default=None, compare=False, repr=False)
    kind: str = field(default="", init=False)


@dataclass(frozen=True)
class MatrixCard(Card):
    """A 2×2 model: its fields from a quadrant score, from a sort step's grid, or declared."""

    score: str | None = None
    sort: str | None = None
    columns: list[Text] | None = None
    rows: list[Text] | None = None
    cells: list[CardCell] | None = None
    x_axis: Text | None = None
    y_axis: Text | None = None
    kind: str = field(default="matrix", init=False)


@dataclass(frozen=True)
class FlowCard(Card):
    """Boxes leading to one another (drivers → effort → results)."""

    stages: list[FlowStage] = field(default_factory=list)
    kind: str = field(default="flow", init=False)


@dataclass(frozen=True)
class PartsCard(Card):
    """A whole in a few parts, each with its behaviours (the three parts of employeeship)."""

    centre: Text | None = None
    parts: list[CardPart] = field(default_factory=list)
    kind: str = field(default="parts", init=False)


AnyCard = MatrixCard | FlowCard | PartsCard

# --- exercises and packs -----------------------------------------------------------------


@dataclass(frozen=True)
class SummaryPart:
    """One part of an entry's result in a few words (a history row): exactly one of

    - ``score``: a quadrant's field, a mean's value, or a lowest/highest score's first pick;
    - ``count``: how many things a list, sort, plan or multiple-choice answer holds;
    - ``lowest``: the lowest of these mean scores, with its value.
    """

    score: str | None = None
    count: str | None = None
    lowest: list[str] | None = None
    label: Text | None = None
    node: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Exercise:
    """One exercise of a pack: its steps, scores and result as the pack states them."""

    id: str
    title: Text
    description: Text
    minutes: int
    steps: list[AnyStep]
    scoring: list[AnyScore] = field(default_factory=list)
    scales: dict[str, Scale] = field(default_factory=dict)
    attribution: Text | None = None
    summary: list[SummaryPart] | None = None
    """What a history row says of an entry's result; None: the default (docs/pack-format.md)."""
    cards: list[AnyCard] = field(default_factory=list)
    """The exercise's teaching cards, in the order they are offered."""
    source_file: Path | None = field(default=None, compare=False)
    node: Any = field(default=None, compare=False, repr=False)

    def step(self, step_id: str) -> AnyStep:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def card(self, card_id: str) -> AnyCard:
        for card in self.cards:
            if card.id == card_id:
                return card
        raise KeyError(card_id)

    def score(self, score_id: str) -> AnyScore:
        for score in self.scoring:
            if score.id == score_id:
                return score
        raise KeyError(score_id)

    def private_keys(self) -> frozenset[str]:
        """Answer keys the pack marks private: private steps (every statement of a private
        scale) and private statements."""
        keys = set()
        for step in self.steps:
            if step.private:
                keys.add(step.id)
            if isinstance(step, ScaleStep):
                keys.update(item.id for item in step.items if item.private or step.private)
        return frozenset(keys)

    def action_steps(self) -> list[ActionStep]:
        """The steps whose answers become actions, in order."""
        return [
            step
            for step in self.steps
            if isinstance(step, TextStep | ListStep | PlanStep) and step.action
        ]

    def scale_items(self) -> dict[str, tuple[ScaleStep, ScaleItem]]:
        """Every scale item by id, with the step that asks it."""
        return {
            item.id: (step, item)
            for step in self.steps
            if isinstance(step, ScaleStep)
            for item in step.items
        }


@dataclass(frozen=True)
class Pack:
    """A validated content pack: its exercises, scales and where it came from."""

    id: str
    version: str
    title: Text
    description: Text
    languages: list[str]
    attribution: Text | None
    about: Text | None
    scales: dict[str, Scale]
    exercise_files: list[str]
    exercises: list[Exercise] = field(default_factory=list)
    format: int = 1
    """The pack format the pack is written in (``format:``; 1 when left out)."""
    folder: Path | None = field(default=None, compare=False)
    sha256: str = ""
    origin: Literal["builtin", "user", "path"] = "builtin"
    node: Any = field(default=None, compare=False, repr=False)

    def exercise(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)

    def scale_for(self, exercise: Exercise, scale_id: str) -> Scale:
        """An exercise's own scale of that id, else the pack's."""
        return exercise.scales.get(scale_id) or self.scales[scale_id]
