"""The JSON Schema printed by `medarbeider packs schema`: valid, and true to the example pack."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from medarbeider_tui.content.packspec import (
    FILE_KINDS,
    FORMAT_VERSION,
    json_schema_for,
    json_schemas,
)

EXAMPLE_PACK = Path(__file__).resolve().parents[1] / "packs" / "proeve"
DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"
STEP_KINDS = [
    "info", "scale", "text", "choice", "list", "sort", "plan", "ranking", "number", "result"
]  # fmt: skip
SCORE_KINDS = ["mean", "quadrant", "lowest", "highest"]

# The example pack writes `{nb: Hva tenker du nå?, en: ...}`, which only libyaml reads (see
# test_yamlsafe); read it the way the app does where libyaml is there.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def as_json(path: Path) -> Any:
    """A YAML file as an editor's YAML plugin hands it to JSON Schema (int keys as strings)."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    return json.loads(json.dumps(data))


@pytest.fixture(scope="module")
def schemas() -> dict[str, Any]:
    return json_schemas()


def validator(schemas: dict[str, Any], definition: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        {"$ref": f"#/$defs/{definition}", "$defs": schemas["$defs"]}
    )


def messages(schemas: dict[str, Any], definition: str, instance: Any) -> list[str]:
    return [e.message for e in validator(schemas, definition).iter_errors(instance)]


# --- the schema itself ------------------------------------------------------------------


def test_the_schema_names_its_draft_and_both_file_kinds(schemas: dict[str, Any]) -> None:
    assert schemas["$schema"] == DRAFT_2020_12
    assert str(FORMAT_VERSION) in schemas["$id"]
    assert set(schemas["$defs"]) == {"pack", "exercise"}
    # Chosen by what the file holds, not anyOf (which reported the other kind's errors).
    assert "anyOf" not in schemas
    assert (schemas["then"], schemas["else"]) == (
        {"$ref": "#/$defs/pack"},
        {"$ref": "#/$defs/exercise"},
    )
    json.dumps(schemas)  # plain JSON, printable as is


@pytest.mark.parametrize("kind", FILE_KINDS)
def test_each_kind_of_file_has_a_schema_of_its_own(schemas: dict[str, Any], kind: str) -> None:
    alone = json_schema_for(kind)  # type: ignore[arg-type]
    jsonschema.Draft202012Validator.check_schema(alone)
    assert alone["$schema"] == DRAFT_2020_12
    assert alone["$id"].endswith(f"/{kind}.json")
    assert {k: v for k, v in alone.items() if not k.startswith("$")} == schemas["$defs"][kind]


def test_the_schema_is_valid_draft_2020_12(schemas: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(schemas)


def test_steps_and_scores_are_told_apart_by_kind(schemas: dict[str, Any]) -> None:
    exercise = schemas["$defs"]["exercise"]["properties"]
    for field, kinds in (("steps", STEP_KINDS), ("scoring", SCORE_KINDS)):
        items = exercise[field]["items"]
        assert items["properties"]["kind"] == {"enum": kinds}
        branches = items["allOf"]
        assert [b["if"]["properties"]["kind"] for b in branches] == [{"const": k} for k in kinds]
        assert all(b["then"]["additionalProperties"] is False for b in branches)


def test_every_pattern_is_anchored_as_a_whole(schemas: dict[str, Any]) -> None:
    """Issue 16: '^high|low$' matched 'below'; a JSON Schema pattern is a search."""
    patterns = list(_patterns(schemas))
    assert len(patterns) > 10
    assert [p for p in patterns if not (p.startswith("^(?:") and p.endswith(")$"))] == []


def _patterns(node: Any) -> Any:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern":
                yield value
            else:
                yield from _patterns(value)
    elif isinstance(node, list):
        for value in node:
            yield from _patterns(value)


# --- the example pack -------------------------------------------------------------------


def test_the_example_pack_yaml_validates(schemas: dict[str, Any]) -> None:
    assert messages(schemas, "pack", as_json(EXAMPLE_PACK / "pack.yaml")) == []


@pytest.mark.parametrize("name", ["hall.yaml", "alt.yaml"])
def test_the_example_exercises_validate(schemas: dict[str, Any], name: str) -> None:
    assert messages(schemas, "exercise", as_json(EXAMPLE_PACK / name)) == []


@pytest.mark.parametrize("name", ["pack.yaml", "hall.yaml", "alt.yaml"])
def test_the_top_level_schema_accepts_every_example_file(
    schemas: dict[str, Any], name: str
) -> None:
    jsonschema.Draft202012Validator(schemas).validate(as_json(EXAMPLE_PACK / name))


def test_the_pack_file_is_not_an_exercise(schemas: dict[str, Any]) -> None:
    assert messages(schemas, "exercise", as_json(EXAMPLE_PACK / "pack.yaml")) != []


# --- what the schema refuses, as the validator does -------------------------------------


@pytest.fixture
def hall(schemas: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(as_json(EXAMPLE_PACK / "hall.yaml"))


def test_an_unknown_field_fails(schemas: dict[str, Any], hall: dict[str, Any]) -> None:
    hall["colour"] = "red"
    assert messages(schemas, "exercise", hall) == [
        "Additional properties are not allowed ('colour' was unexpected)"
    ]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schemas).validate(hall)


def test_an_unknown_field_in_a_step_fails(schemas: dict[str, Any], hall: dict[str, Any]) -> None:
    hall["steps"][0]["tilte"] = "Om"
    errors = list(validator(schemas, "exercise").iter_errors(hall))
    assert len(errors) == 1
    assert list(errors[0].absolute_path) == ["steps", 0]


def test_an_unknown_step_kind_fails(schemas: dict[str, Any], hall: dict[str, Any]) -> None:
    hall["steps"][0]["kind"] = "banana"
    assert messages(schemas, "exercise", hall) != []


def test_a_missing_required_field_fails(schemas: dict[str, Any], hall: dict[str, Any]) -> None:
    del hall["minutes"]
    assert messages(schemas, "exercise", hall) == ["'minutes' is a required property"]


@pytest.mark.parametrize(
    ("field", "value"),
    [("minutes", "8"), ("minutes", 2.5), ("title", ["a"]), ("id", "Hall Kvadranten")],
)
def test_wrong_types_fail(
    schemas: dict[str, Any], hall: dict[str, Any], field: str, value: Any
) -> None:
    hall[field] = value
    assert len(messages(schemas, "exercise", hall)) == 1


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("scoring", 2, "quadrants", 0, "x"), "below"),
        (("scoring", 2, "quadrants", 0, "y"), "highest"),
        (("scoring", 2, "quadrants", 0, "x"), "slow"),
    ],
)
def test_a_quadrant_level_must_be_exactly_high_or_low(
    schemas: dict[str, Any], hall: dict[str, Any], where: tuple[Any, ...], value: str
) -> None:
    node = hall
    for step in where[:-1]:
        node = node[step]
    assert node[where[-1]] in ("high", "low"), "the path must lead to a quadrant level"
    node[where[-1]] = value
    assert len(messages(schemas, "exercise", hall)) == 1


@pytest.mark.parametrize("key", ["midt", "-1", "1.5", "3 "])
def test_scale_label_keys_are_whole_numbers(schemas: dict[str, Any], key: str) -> None:
    """Issue 16: label keys were unconstrained in the schema; the app refuses 'midt:'."""
    pack = as_json(EXAMPLE_PACK / "pack.yaml")
    labels = next(iter(pack["scales"].values()))["labels"]
    labels["3"] = "Midt"
    assert messages(schemas, "pack", pack) == []
    labels[key] = "Midt"
    assert len(messages(schemas, "pack", pack)) == 1


@pytest.mark.parametrize("path", ["../x.yaml", "a/../../x.yaml", "/etc/x.yaml", ".x.yaml"])
def test_exercise_paths_stay_inside_the_pack(schemas: dict[str, Any], path: str) -> None:
    pack = as_json(EXAMPLE_PACK / "pack.yaml")
    pack["exercises"].append(path)
    assert len(messages(schemas, "pack", pack)) == 1
    pack["exercises"][-1] = "ovelser/ny-1.yml"
    assert messages(schemas, "pack", pack) == []
