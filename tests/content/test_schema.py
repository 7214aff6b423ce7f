"""The JSON Schema printed by `medarbeider packs schema`: valid, and true to the example pack."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from medarbeider_tui.content.packspec import FORMAT_VERSION, json_schemas

EXAMPLE_PACK = Path(__file__).resolve().parents[1] / "packs" / "proeve"
DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"
STEP_KINDS = ["info", "scale", "text", "choice", "list", "sort", "plan", "result"]
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
    assert schemas["anyOf"] == [{"$ref": "#/$defs/pack"}, {"$ref": "#/$defs/exercise"}]
    json.dumps(schemas)  # plain JSON, printable as is


def test_the_schema_is_valid_draft_2020_12(schemas: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(schemas)


def test_steps_and_scores_are_told_apart_by_kind(schemas: dict[str, Any]) -> None:
    exercise = schemas["$defs"]["exercise"]["properties"]
    steps = exercise["steps"]["items"]["oneOf"]
    scores = exercise["scoring"]["items"]["oneOf"]
    assert [v["properties"]["kind"] for v in steps] == [{"const": k} for k in STEP_KINDS]
    assert [v["properties"]["kind"] for v in scores] == [{"const": k} for k in SCORE_KINDS]
    assert all(v["additionalProperties"] is False for v in steps + scores)


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
