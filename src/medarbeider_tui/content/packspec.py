"""The content-pack format, declared once: validation and JSON Schema both come from here.

A pack is a folder with ``pack.yaml`` and one YAML file per exercise. See
``docs/pack-format.md`` for the author's guide; ``medarbeider packs schema`` prints the JSON
Schema derived from these declarations.
"""

from __future__ import annotations

from typing import Any, Literal

from medarbeider_tui.content import model as m
from medarbeider_tui.content.spec import (
    LANGUAGE_PATTERN,
    Bool,
    Field,
    Ident,
    ListOf,
    LocalText,
    MapOf,
    Number,
    Obj,
    Scalar,
    Spec,
    Str,
    Tagged,
    const,
)
from medarbeider_tui.i18n import Translatable as T

FORMAT_VERSION = 2
#: What format 2 added; a format-1 pack that uses one is told to declare ``format: 2``.
FORMAT_2_FIELDS = ("when", "positive", "x_threshold", "y_threshold")
FORMAT_2_KINDS = ("ranking", "number")

#: An exercise file: a relative path inside the pack folder. No segment starts with a dot, so
#: neither '..' nor an absolute path can reach outside (links are checked when loading).
EXERCISE_PATH = r"(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*\.ya?ml"
HIGH_OR_LOW = Str(pattern="high|low", pattern_hint=T("hint.high_or_low"))

TEXT = LocalText(description=T("hint.about.text"))
MARKDOWN = LocalText(description=T("hint.about.markdown"), markdown=True)
OPTIONAL = Field(Bool(description=T("hint.about.optional")), default=False)
PRIVATE = Field(Bool(description=T("hint.about.private")), default=False)


def _id(description: T) -> Field:
    return Field(Ident(description), required=True)


def _build(cls: type, **renames: str) -> Any:
    """A builder that passes checked values to ``cls``, renaming YAML keys where needed."""

    def build(**values: Any) -> Any:
        return cls(**{renames.get(k, k): v for k, v in values.items()})

    return build


# --- scales ------------------------------------------------------------------------------

SCALE = Obj(
    title="Scale",
    description=T("hint.about.scale"),
    fields={
        "min": Field(
            Number(T("hint.about.scale_min"), integer=True, minimum=0, maximum=100), required=True
        ),
        "max": Field(
            Number(T("hint.about.scale_max"), integer=True, minimum=1, maximum=100), required=True
        ),
        "labels": Field(
            MapOf(
                Number(integer=True, minimum=0, maximum=100),
                TEXT,
                description=T("hint.about.labels"),
            ),
            required=True,
        ),
        "not_relevant_label": Field(TEXT),
    },
    build=lambda node, **v: _scale_later(node, **v),
)


def _scale_later(node: Any, **values: Any) -> dict[str, Any]:
    # The scale's id is its key in the ``scales:`` map, known only one level up.
    return {"node": node, **values}


def _scales_spec() -> Spec:
    return MapOf(Ident(T("hint.about.scale_id")), SCALE, description=T("hint.about.scales"))


def build_scales(raw: dict[str, dict[str, Any]] | None) -> dict[str, m.Scale]:
    return {sid: m.Scale(id=sid, **v) for sid, v in (raw or {}).items()}


# --- steps -------------------------------------------------------------------------------


CONDITION = Obj(
    title="Condition",
    description=T("hint.about.when"),
    fields={
        "step": Field(Ident(T("hint.about.when_step"))),
        "score": Field(Ident(T("hint.about.when_score"))),
        "equals": Field(Scalar(T("hint.about.when_equals"))),
        "in": Field(ListOf(Scalar(), T("hint.about.when_in"), min_items=1, max_items=60)),
        "at_least": Field(Number(T("hint.about.when_at_least"))),
        "at_most": Field(Number(T("hint.about.when_at_most"))),
    },
    build=_build(m.Condition, **{"in": "in_"}),
)


def _step_fields(**extra: Field) -> dict[str, Field]:
    return {
        "kind": Field(const("?")),  # replaced per variant below; Tagged checks the value
        "id": _id(T("hint.about.step_id")),
        "title": Field(TEXT),
        "prompt": Field(MARKDOWN),
        "optional": OPTIONAL,
        "private": PRIVATE,
        "when": Field(CONDITION),
        **extra,
    }


def _step(kind: str, cls: type, **extra: Field) -> Obj:
    fields = _step_fields(**extra)
    fields["kind"] = Field(const(kind), required=True)

    def build(kind: str, **values: Any) -> Any:
        return cls(**values)

    return Obj(fields=fields, build=build, title=f"{kind} step")


SCALE_ITEM = Obj(
    title="Scale item",
    fields={
        "id": _id(T("hint.about.item_id")),
        "text": Field(TEXT, required=True),
        "reverse": Field(Bool(description=T("hint.about.reverse")), default=False),
        "source": Field(Str(description=T("hint.about.source"))),
        "follow_up": Field(TEXT),
        "private": PRIVATE,
        "positive": Field(LocalText(description=T("hint.about.positive"))),
    },
    build=_build(m.ScaleItem),
)
OPTION = Obj(
    fields={"id": _id(T("hint.about.option_id")), "label": Field(TEXT, required=True)},
    build=_build(m.Option),
    title="Option",
)
CELL = Obj(
    fields={
        "id": _id(T("hint.about.cell_id")),
        "label": Field(TEXT, required=True),
        "hint": Field(TEXT),
    },
    build=_build(m.Cell),
    title="Cell",
)
SLOT = Obj(
    fields={"id": _id(T("hint.about.slot_id")), "label": Field(TEXT, required=True)},
    build=_build(m.Slot),
    title="Slot",
)
GRID = Obj(
    title="Grid",
    description=T("hint.about.grid"),
    fields={
        "columns": Field(
            ListOf(TEXT, T("hint.about.grid_columns"), min_items=2, max_items=2), required=True
        ),
        "rows": Field(
            ListOf(TEXT, T("hint.about.grid_rows"), min_items=2, max_items=2), required=True
        ),
    },
    build=_build(m.Grid),
)
OPTIONS_FROM = Obj(
    title="Options from",
    description=T("hint.about.options_from"),
    fields={
        "step": Field(Ident(T("hint.about.options_step"))),
        "score": Field(Ident(T("hint.about.options_score"))),
    },
    build=_build(m.OptionsFrom),
)

ACTION = Field(Bool(description=T("hint.about.action")), default=False)
REVIEW_IN_DAYS = Field(Number(T("hint.about.review_in_days"), integer=True, minimum=1, maximum=730))

STEP = Tagged(
    description=T("hint.about.step"),
    variants={
        "info": _step("info", m.InfoStep, body=Field(MARKDOWN)),
        "scale": _step(
            "scale",
            m.ScaleStep,
            scale=Field(Ident(T("hint.about.step_scale")), required=True),
            items=Field(
                ListOf(SCALE_ITEM, T("hint.about.scale_items"), min_items=1, max_items=60),
                required=True,
            ),
            not_relevant=Field(Bool(description=T("hint.about.not_relevant")), default=False),
        ),
        "text": _step(
            "text",
            m.TextStep,
            hint=Field(TEXT),
            multiline=Field(Bool(), default=True),
            about=Field(Ident(T("hint.about.about"))),
            max_length=Field(Number(integer=True, minimum=1, maximum=20_000), default=5000),
            action=ACTION,
            review_in_days=REVIEW_IN_DAYS,
        ),
        "choice": _step(
            "choice",
            m.ChoiceStep,
            multiple=Field(Bool(), default=False),
            options=Field(ListOf(OPTION, min_items=1, max_items=60)),
            options_from=Field(OPTIONS_FROM),
            min_selected=Field(Number(integer=True, minimum=0, maximum=60), default=0),
            max_selected=Field(Number(integer=True, minimum=1, maximum=60)),
        ),
        "list": _step(
            "list",
            m.ListStep,
            hint=Field(TEXT),
            min_items=Field(Number(integer=True, minimum=0, maximum=50), default=0),
            max_items=Field(Number(integer=True, minimum=1, maximum=50), default=20),
            action=ACTION,
            review_in_days=REVIEW_IN_DAYS,
        ),
        "sort": _step(
            "sort",
            m.SortStep,
            items_from=Field(Ident(T("hint.about.items_from")), required=True),
            cells=Field(
                ListOf(CELL, T("hint.about.cells"), min_items=2, max_items=12), required=True
            ),
            grid=Field(GRID),
        ),
        "plan": _step(
            "plan",
            m.PlanStep,
            slots=Field(
                ListOf(SLOT, T("hint.about.slots"), min_items=1, max_items=12), required=True
            ),
            how_prompt=Field(TEXT),
            suggestions_from=Field(Ident(T("hint.about.suggestions_from"))),
            review_date=Field(Bool(description=T("hint.about.review_date")), default=False),
            hint=Field(TEXT),
            action=ACTION,
            review_in_days=REVIEW_IN_DAYS,
        ),
        "ranking": _step(
            "ranking",
            m.RankingStep,
            options=Field(
                ListOf(OPTION, T("hint.about.ranking_options"), min_items=2, max_items=30)
            ),
            options_from=Field(OPTIONS_FROM),
        ),
        "number": _step(
            "number",
            m.NumberStep,
            min=Field(Number(T("hint.about.number_min")), required=True),
            max=Field(Number(T("hint.about.number_max")), required=True),
            step=Field(Number(T("hint.about.number_step"), minimum=0), default=1),
            unit=Field(TEXT),
        ),
        "result": _step(
            "result",
            m.ResultStep,
            show=Field(ListOf(Ident(T("hint.about.score_id")), min_items=1)),
        ),
    },
)

# --- scoring -----------------------------------------------------------------------------

LEVEL = Obj(
    fields={"id": _id(T("hint.about.level_id")), "label": Field(TEXT, required=True)},
    build=_build(m.Level),
    title="Level",
)
QUADRANT = Obj(
    title="Quadrant",
    fields={
        "id": _id(T("hint.about.quadrant_id")),
        "x": Field(HIGH_OR_LOW, required=True),
        "y": Field(HIGH_OR_LOW, required=True),
        "label": Field(TEXT, required=True),
        "description": Field(TEXT),
        "text": Field(MARKDOWN),
        "reflection": Field(ListOf(TEXT), default=[]),
        "support": Field(MARKDOWN),
    },
    build=_build(m.Quadrant),
)


def _score(kind: str, cls: type, **extra: Field) -> Obj:
    fields = {
        "kind": Field(const(kind), required=True),
        "id": _id(T("hint.about.score_id")),
        "label": Field(TEXT),
        **extra,
    }

    def build(kind: str, **values: Any) -> Any:
        if cls is m.RankScore:
            values["order"] = kind
        return cls(**values)

    return Obj(fields=fields, build=build, title=f"{kind} score")


_ITEM_IDS = ListOf(Ident(T("hint.about.item_ref")), T("hint.about.mean_items"), min_items=1)
_RANK_FIELDS = {
    "items": Field(ListOf(Ident(T("hint.about.item_ref")), min_items=1)),
    "scores": Field(ListOf(Ident(T("hint.about.mean_ref")), min_items=1)),
    "count": Field(Number(integer=True, minimum=1, maximum=20), default=2),
}
SCORE = Tagged(
    description=T("hint.about.score"),
    variants={
        "mean": _score(
            "mean",
            m.MeanScore,
            items=Field(_ITEM_IDS, required=True),
            min_answered=Field(Number(integer=True, minimum=1, maximum=60), default=1),
            thresholds=Field(ListOf(Number()), default=[]),
            levels=Field(ListOf(LEVEL), default=[]),
            follow_up=Field(TEXT),
        ),
        "quadrant": _score(
            "quadrant",
            m.QuadrantScore,
            x=Field(Ident(T("hint.about.axis_x")), required=True),
            y=Field(Ident(T("hint.about.axis_y")), required=True),
            threshold=Field(Number(), default=3.0),
            x_threshold=Field(Number(T("hint.about.x_threshold"))),
            y_threshold=Field(Number(T("hint.about.y_threshold"))),
            near=Field(Number(minimum=0), default=0.5),
            quadrants=Field(
                ListOf(QUADRANT, T("hint.about.quadrants"), min_items=4, max_items=4),
                required=True,
            ),
            near_text=Field(TEXT),
            boundary_text=Field(TEXT),
            missing_text=Field(TEXT),
            caveat=Field(MARKDOWN),
            attribution=Field(TEXT),
        ),
        "lowest": _score("lowest", m.RankScore, **_RANK_FIELDS),
        "highest": _score("highest", m.RankScore, **_RANK_FIELDS),
    },
)

# --- exercise and pack files ------------------------------------------------------------

SUMMARY_PART = Obj(
    title="Summary part",
    description=T("hint.about.summary_part"),
    fields={
        "score": Field(Ident(T("hint.about.summary_score"))),
        "count": Field(Ident(T("hint.about.summary_count"))),
        "lowest": Field(ListOf(Ident(T("hint.about.mean_ref")), min_items=2, max_items=20)),
        "label": Field(TEXT),
    },
    build=_build(m.SummaryPart),
)


# --- teaching cards ----------------------------------------------------------------------

CARD_CELL = Obj(
    title="Card cell",
    fields={"label": Field(TEXT, required=True), "text": Field(TEXT)},
    build=_build(m.CardCell),
)
FLOW_STAGE = Obj(
    title="Flow stage",
    description=T("hint.about.flow_stage"),
    fields={
        "label": Field(TEXT),
        "items": Field(ListOf(TEXT, max_items=12), default=[]),
        "scores": Field(
            ListOf(Ident(T("hint.about.mean_ref")), T("hint.about.stage_scores"), max_items=12),
            default=[],
        ),
    },
    build=_build(m.FlowStage),
)
CARD_PART = Obj(
    title="Card part",
    fields={
        "label": Field(TEXT, required=True),
        "relates_to": Field(TEXT),
        "behaviours": Field(ListOf(TEXT, max_items=12), default=[]),
        "step": Field(Ident(T("hint.about.part_step"))),
    },
    build=_build(m.CardPart),
)


def _card(kind: str, cls: type, **extra: Field) -> Obj:
    fields = {
        "kind": Field(const(kind), required=True),
        "id": _id(T("hint.about.card_id")),
        "title": Field(TEXT, required=True),
        "intro": Field(MARKDOWN),
        "source": Field(TEXT),
        **extra,
    }

    def build(kind: str, **values: Any) -> Any:
        return cls(**values)

    return Obj(fields=fields, build=build, title=f"{kind} card")


CARD = Tagged(
    description=T("hint.about.card"),
    variants={
        "matrix": _card(
            "matrix",
            m.MatrixCard,
            score=Field(Ident(T("hint.about.card_score"))),
            sort=Field(Ident(T("hint.about.card_sort"))),
            columns=Field(ListOf(TEXT, T("hint.about.grid_columns"), min_items=2, max_items=2)),
            rows=Field(ListOf(TEXT, T("hint.about.grid_rows"), min_items=2, max_items=2)),
            cells=Field(ListOf(CARD_CELL, T("hint.about.card_cells"), min_items=4, max_items=4)),
            x_axis=Field(TEXT),
            y_axis=Field(TEXT),
        ),
        "flow": _card(
            "flow",
            m.FlowCard,
            stages=Field(
                ListOf(FLOW_STAGE, T("hint.about.flow_stages"), min_items=2, max_items=6),
                required=True,
            ),
        ),
        "parts": _card(
            "parts",
            m.PartsCard,
            centre=Field(TEXT),
            parts=Field(
                ListOf(CARD_PART, T("hint.about.card_parts"), min_items=2, max_items=6),
                required=True,
            ),
        ),
    },
)


def _build_exercise(node: Any, scales: Any, **values: Any) -> m.Exercise:
    return m.Exercise(node=node, scales=build_scales(scales), **values)


EXERCISE = Obj(
    title="medarbeider exercise",
    description=T("hint.about.exercise"),
    fields={
        "id": _id(T("hint.about.exercise_id")),
        "title": Field(TEXT, required=True),
        "description": Field(TEXT, required=True),
        "minutes": Field(
            Number(T("hint.about.minutes"), integer=True, minimum=1, maximum=240),
            required=True,
        ),
        "attribution": Field(TEXT),
        "scales": Field(_scales_spec()),
        "steps": Field(
            ListOf(STEP, T("hint.about.steps"), min_items=1, max_items=200), required=True
        ),
        "scoring": Field(ListOf(SCORE), default=[]),
        "summary": Field(ListOf(SUMMARY_PART, T("hint.about.summary"), min_items=1, max_items=3)),
        "cards": Field(ListOf(CARD, T("hint.about.cards"), max_items=12), default=[]),
    },
    build=_build_exercise,
)


def _build_pack(node: Any, scales: Any, exercises: Any, format: Any, **values: Any) -> m.Pack:
    return m.Pack(
        node=node,
        scales=build_scales(scales),
        exercise_files=exercises,
        format=int(format),
        **values,
    )


PACK = Obj(
    title="medarbeider content pack",
    description=T("hint.about.pack"),
    fields={
        "format": Field(
            Number(
                integer=True,
                minimum=1,
                maximum=FORMAT_VERSION,
                description=T("hint.about.format", version=FORMAT_VERSION),
            ),
            default=1,
        ),
        "id": _id(T("hint.about.pack_id")),
        "version": Field(Str(T("hint.about.version")), required=True),
        "title": Field(TEXT, required=True),
        "description": Field(TEXT, required=True),
        "languages": Field(
            ListOf(
                Str(pattern=LANGUAGE_PATTERN, pattern_hint=T("hint.language_code")),
                T("hint.about.languages"),
                min_items=1,
            ),
            required=True,
        ),
        "attribution": Field(TEXT),
        "about": Field(MARKDOWN),
        "scales": Field(_scales_spec()),
        "exercises": Field(
            ListOf(
                Str(pattern=EXERCISE_PATH, pattern_hint=T("hint.exercise_path")),
                T("hint.about.exercises"),
                min_items=1,
            ),
            required=True,
        ),
    },
    build=_build_pack,
)


SCHEMA_DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_BASE = f"https://medarbeider.invalid/schema/pack-format-{FORMAT_VERSION}"
FileKind = Literal["pack", "exercise"]
FILE_KINDS: tuple[FileKind, ...] = ("pack", "exercise")
#: Keys only pack.yaml has: how the combined schema tells the two kinds of file apart.
_PACK_ONLY = ("exercises", "languages", "version")


def json_schema_for(kind: FileKind) -> dict[str, Any]:
    """The JSON Schema of one kind of file (``pack.yaml`` or an exercise), standing alone.

    An editor given this schema for exactly those files reports errors of the right kind of
    file; see docs/pack-format.md for the modeline and the VS Code setting.
    """
    spec = PACK if kind == "pack" else EXERCISE
    return {"$schema": SCHEMA_DRAFT, "$id": f"{SCHEMA_BASE}/{kind}.json", **spec.json_schema()}


def json_schemas() -> dict[str, Any]:
    """One schema for both kinds of file: ``$defs`` holds each, chosen by what the file has.

    A file with ``exercises``, ``languages`` or ``version`` is checked as ``pack.yaml``,
    anything else as an exercise, so errors come from the right definition (an ``anyOf`` of the
    two made validators report the other file kind's errors).
    """
    return {
        "$schema": SCHEMA_DRAFT,
        "$id": f"{SCHEMA_BASE}.json",
        "title": f"medarbeider content pack (format {FORMAT_VERSION})",
        "description": "pack.yaml and exercise files: '#/$defs/pack' is pack.yaml, "
        "'#/$defs/exercise' an exercise file (or use `medarbeider packs schema --file KIND`).",
        "$defs": {
            kind: (PACK if kind == "pack" else EXERCISE).json_schema() for kind in FILE_KINDS
        },
        "if": {"anyOf": [{"required": [key]} for key in _PACK_ONLY]},
        "then": {"$ref": "#/$defs/pack"},
        "else": {"$ref": "#/$defs/exercise"},
    }
