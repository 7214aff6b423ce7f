"""The content-pack format, declared once: validation and JSON Schema both come from here.

A pack is a folder with ``pack.yaml`` and one YAML file per exercise. See
``docs/pack-format.md`` for the author's guide; ``medarbeider packs schema`` prints the JSON
Schema derived from these declarations.
"""

from __future__ import annotations

from typing import Any

from medarbeider_tui.content import model as m
from medarbeider_tui.content.spec import (
    Bool,
    Field,
    Ident,
    ListOf,
    LocalText,
    MapOf,
    Number,
    Obj,
    Spec,
    Str,
    Tagged,
    const,
)

FORMAT_VERSION = 1

TEXT = LocalText(description="text: a string, or a map of language code to string")
MARKDOWN = LocalText(
    description="Markdown text: a string or a map of language to string", markdown=True
)
OPTIONAL = Field(Bool(description="may the person leave this unanswered?"), default=False)
PRIVATE = Field(
    Bool(description="keep the answers out of exports unless the person asks"), default=False
)


def _id(description: str) -> Field:
    return Field(Ident(description), required=True)


def _build(cls: type, **renames: str) -> Any:
    """A builder that passes checked values to ``cls``, renaming YAML keys where needed."""

    def build(**values: Any) -> Any:
        return cls(**{renames.get(k, k): v for k, v in values.items()})

    return build


# --- scales ------------------------------------------------------------------------------

SCALE = Obj(
    title="Scale",
    description="a labelled answer scale, e.g. 1 Helt uenig … 5 Helt enig",
    fields={
        "min": Field(Number(integer=True, minimum=0, maximum=100), required=True),
        "max": Field(Number(integer=True, minimum=1, maximum=100), required=True),
        "labels": Field(
            MapOf(
                Number(integer=True, minimum=0, maximum=100),
                TEXT,
                description="a label for each value, at least the ends",
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
    return MapOf(Ident("scale id"), SCALE, description="named answer scales, by id")


def build_scales(raw: dict[str, dict[str, Any]] | None) -> dict[str, m.Scale]:
    return {sid: m.Scale(id=sid, **v) for sid, v in (raw or {}).items()}


# --- steps -------------------------------------------------------------------------------


def _step_fields(**extra: Field) -> dict[str, Field]:
    return {
        "kind": Field(const("?")),  # replaced per variant below; Tagged checks the value
        "id": _id("the step's stable id; answers are stored under it"),
        "title": Field(TEXT),
        "prompt": Field(MARKDOWN),
        "optional": OPTIONAL,
        "private": PRIVATE,
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
        "id": _id("the item's stable id; never reuse an id for different wording"),
        "text": Field(TEXT, required=True),
        "reverse": Field(
            Bool(description="reverse-keyed: scored as min+max−answer"), default=False
        ),
        "source": Field(
            Str(description="where the wording comes from: deck, deck-corrected, draft, slide-only")
        ),
        "follow_up": Field(TEXT),
        "private": PRIVATE,
    },
    build=_build(m.ScaleItem),
)
OPTION = Obj(
    fields={"id": _id("option id"), "label": Field(TEXT, required=True)},
    build=_build(m.Option),
    title="Option",
)
CELL = Obj(
    fields={"id": _id("cell id"), "label": Field(TEXT, required=True), "hint": Field(TEXT)},
    build=_build(m.Cell),
    title="Cell",
)
SLOT = Obj(
    fields={"id": _id("slot id"), "label": Field(TEXT, required=True)},
    build=_build(m.Slot),
    title="Slot",
)
GRID = Obj(
    title="Grid",
    description="draw the cells as a 2×2 grid: two column and two row headings",
    fields={
        "columns": Field(ListOf(TEXT, min_items=2, max_items=2), required=True),
        "rows": Field(ListOf(TEXT, min_items=2, max_items=2), required=True),
    },
    build=_build(m.Grid),
)
OPTIONS_FROM = Obj(
    title="Options from",
    description="take the options from a step (its items, options or entries) or a rank score",
    fields={
        "step": Field(Ident("a scale, choice or list step")),
        "score": Field(Ident("a lowest/highest score")),
    },
    build=_build(m.OptionsFrom),
)

STEP = Tagged(
    description="one screen of an exercise",
    variants={
        "info": _step("info", m.InfoStep, body=Field(MARKDOWN)),
        "scale": _step(
            "scale",
            m.ScaleStep,
            scale=Field(Ident("a scale id from this exercise or the pack"), required=True),
            items=Field(ListOf(SCALE_ITEM, min_items=1, max_items=60), required=True),
            not_relevant=Field(Bool(description="offer «ikke relevant»"), default=False),
        ),
        "text": _step(
            "text",
            m.TextStep,
            hint=Field(TEXT),
            multiline=Field(Bool(), default=True),
            about=Field(Ident("show this score's result (and follow-ups) above the prompt")),
            max_length=Field(Number(integer=True, minimum=1, maximum=20_000), default=5000),
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
        ),
        "sort": _step(
            "sort",
            m.SortStep,
            items_from=Field(Ident("the list step whose entries are sorted"), required=True),
            cells=Field(ListOf(CELL, min_items=2, max_items=12), required=True),
            grid=Field(GRID),
        ),
        "plan": _step(
            "plan",
            m.PlanStep,
            slots=Field(ListOf(SLOT, min_items=1, max_items=12), required=True),
            how_prompt=Field(TEXT),
            suggestions_from=Field(Ident("a lowest/highest score whose picks are offered")),
            review_date=Field(Bool(description="ask for an optional review date"), default=False),
            hint=Field(TEXT),
        ),
        "result": _step(
            "result",
            m.ResultStep,
            show=Field(ListOf(Ident("score id"), min_items=1)),
        ),
    },
)

# --- scoring -----------------------------------------------------------------------------

LEVEL = Obj(
    fields={"id": _id("level id"), "label": Field(TEXT, required=True)},
    build=_build(m.Level),
    title="Level",
)
QUADRANT = Obj(
    title="Quadrant",
    fields={
        "id": _id("quadrant id"),
        "x": Field(Str(pattern="high|low", pattern_hint="write high or low"), required=True),
        "y": Field(Str(pattern="high|low", pattern_hint="write high or low"), required=True),
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
        "id": _id("score id"),
        "label": Field(TEXT),
        **extra,
    }

    def build(kind: str, **values: Any) -> Any:
        if cls is m.RankScore:
            values["order"] = kind
        return cls(**values)

    return Obj(fields=fields, build=build, title=f"{kind} score")


_ITEM_IDS = ListOf(Ident("item id"), min_items=1)
_RANK_FIELDS = {
    "items": Field(ListOf(Ident("scale item id"), min_items=1)),
    "scores": Field(ListOf(Ident("mean score id"), min_items=1)),
    "count": Field(Number(integer=True, minimum=1, maximum=20), default=2),
}
SCORE = Tagged(
    description="a computed result, declared (no code)",
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
            x=Field(Ident("mean score on the horizontal axis"), required=True),
            y=Field(Ident("mean score on the vertical axis"), required=True),
            threshold=Field(Number(), default=3.0),
            near=Field(Number(minimum=0), default=0.5),
            quadrants=Field(ListOf(QUADRANT, min_items=4, max_items=4), required=True),
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


def _build_exercise(node: Any, scales: Any, **values: Any) -> m.Exercise:
    return m.Exercise(node=node, scales=build_scales(scales), **values)


EXERCISE = Obj(
    title="medarbeider exercise",
    description="one exercise of a content pack: ordered steps and declared scoring",
    fields={
        "id": _id("the exercise's stable id, e.g. hall-kvadranten"),
        "title": Field(TEXT, required=True),
        "description": Field(TEXT, required=True),
        "minutes": Field(
            Number(integer=True, minimum=1, maximum=240, description="estimated minutes"),
            required=True,
        ),
        "attribution": Field(TEXT),
        "scales": Field(_scales_spec()),
        "steps": Field(ListOf(STEP, min_items=1, max_items=200), required=True),
        "scoring": Field(ListOf(SCORE), default=[]),
    },
    build=_build_exercise,
)


def _build_pack(node: Any, scales: Any, exercises: Any, format: Any, **values: Any) -> m.Pack:
    return m.Pack(node=node, scales=build_scales(scales), exercise_files=exercises, **values)


PACK = Obj(
    title="medarbeider content pack",
    description="pack.yaml: what the pack is, its languages, shared scales and exercise files",
    fields={
        "format": Field(
            Number(
                integer=True,
                minimum=1,
                maximum=FORMAT_VERSION,
                description=f"pack format version ({FORMAT_VERSION})",
            ),
            default=FORMAT_VERSION,
        ),
        "id": _id("the pack's stable id"),
        "version": Field(Str(description="the pack's own version, e.g. 1.0.0"), required=True),
        "title": Field(TEXT, required=True),
        "description": Field(TEXT, required=True),
        "languages": Field(
            ListOf(
                Str(pattern="[a-z]{2,3}", pattern_hint="a language code such as nb or en"),
                min_items=1,
            ),
            required=True,
        ),
        "attribution": Field(TEXT),
        "about": Field(MARKDOWN),
        "scales": Field(_scales_spec()),
        "exercises": Field(
            ListOf(
                Str(
                    pattern=r"[A-Za-z0-9_./-]+\.ya?ml",
                    pattern_hint="a relative path to a .yaml file in the pack folder",
                ),
                min_items=1,
                description="exercise files, in the order they are offered",
            ),
            required=True,
        ),
    },
    build=_build_pack,
)


def json_schemas() -> dict[str, Any]:
    """JSON Schemas for ``pack.yaml`` and for exercise files, under ``$defs``."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://medarbeider.invalid/schema/pack-format-1.json",
        "title": "medarbeider content pack (format 1)",
        "description": "Use '#/$defs/pack' for pack.yaml and '#/$defs/exercise' for exercise "
        "files.",
        "$defs": {"pack": PACK.json_schema(), "exercise": EXERCISE.json_schema()},
        "anyOf": [{"$ref": "#/$defs/pack"}, {"$ref": "#/$defs/exercise"}],
    }
