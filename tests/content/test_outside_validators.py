"""An outside validator agrees with the app: check-jsonschema, run as authors run it.

The schemas `medarbeider packs schema --file pack|exercise` prints are handed to the real
command-line tool (in a subprocess, reading the YAML itself). It must accept the built-in pack
and the test pack, and refuse every broken sample the app refuses at schema level.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest

from medarbeider_tui.content.loader import load_pack
from medarbeider_tui.content.packspec import json_schema_for, json_schemas
from tests.authoring.newpack import new_pack
from tests.content.minipack import BASE, HEADER, PACK, dedent, replaced, write_pack

ROOT = Path(__file__).resolve().parents[2]
BUILTIN = ROOT / "content" / "aktivt-medarbeiderskap"
TEST_PACK = ROOT / "tests" / "packs" / "proeve"

if find_spec("check_jsonschema") is None:  # pragma: no cover - it is in the test extras
    if os.environ.get("CI") == "true":
        raise RuntimeError("check-jsonschema is missing: pip install -e '.[test]'")
    pytest.skip("check-jsonschema is not installed", allow_module_level=True)

#: What the schema-level checks (spec.py) say; a sample must be refused with one of these.
SCHEMA_LEVEL = {
    "problem.unknown_field",
    "problem.missing_field",
    "problem.not_allowed",
    "problem.unknown_kind",
    "problem.unknown_language",
    "problem.expected_whole_number",
    "problem.expected_text",
    "problem.text_empty",
    "problem.too_few_items",
    "problem.above_maximum",
    "problem.below_minimum",
    "problem.expected_bool",
    "problem.expected_number",
}

QUADRANT = """\
scales:
  s5: {min: 1, max: 5, labels: {1: Lite, 5: Mye}}
steps:
  - {id: sp, kind: scale, scale: s5, items: [{id: a1, text: A}, {id: a2, text: B}]}
scoring:
  - {id: x, kind: mean, items: [a1]}
  - {id: y, kind: mean, items: [a2]}
  - id: q
    kind: quadrant
    x: x
    y: y
    quadrants:
      - {id: hh, x: high, y: high, label: HH}
      - {id: lh, x: low, y: high, label: LH}
      - {id: hl, x: high, y: low, label: HL}
      - {id: ll, x: low, y: low, label: LL}
"""

#: Format 2's kinds and fields, valid (the good sample) and broken at schema level.
FORMAT_2 = """\
scales:
  s5: {min: 1, max: 5, labels: {1: Lite, 5: Mye}}
steps:
  - id: sp
    kind: scale
    scale: s5
    items: [{id: a1, text: A}, {id: a2, text: B, reverse: true, positive: B sagt pent}]
  - {id: rang, kind: ranking, options: [{id: x, label: X}, {id: y, label: Y}]}
  - {id: tall, kind: number, min: 0, max: 10, step: 0.5, unit: timer}
  - {id: mer, kind: text, when: {step: tall, at_least: 5}, title: "Om {tall} og {rang}"}
  - {id: lav, kind: text, when: {step: a1, in: [1, 2]}}
  - {id: valg, kind: choice, when: {score: x, equals: hoy}, options: [{id: o, label: O}]}
scoring:
  - id: x
    kind: mean
    items: [a1]
    thresholds: [3]
    levels: [{id: lav, label: L}, {id: hoy, label: H}]
  - {id: y, kind: mean, items: [a2]}
  - id: q
    kind: quadrant
    x: x
    y: y
    x_threshold: 2.5
    y_threshold: 3.5
    quadrants:
      - {id: hh, x: high, y: high, label: HH}
      - {id: lh, x: low, y: high, label: LH}
      - {id: hl, x: high, y: low, label: HL}
      - {id: ll, x: low, y: low, label: LL}
"""
PACK_2 = "format: 2\n" + PACK

CHOICE_NONE = "  - {id: c, kind: choice, options: [{id: o, label: O}], max_selected: 0}\n"

#: Exercise files the app refuses at schema level: (name, exercise text before the header).
BROKEN_EXERCISES = [
    ("quadrant-below", replaced(QUADRANT, "x: low, y: low", "x: below, y: low")),
    ("quadrant-highest", replaced(QUADRANT, "x: high, y: high", "x: highest, y: high")),
    ("quadrant-slow", replaced(QUADRANT, "x: low, y: high", "x: slow, y: high")),
    ("label-midt", replaced(BASE, "{1: Lite, 5: Mye}", "{1: Lite, midt: Midt, 5: Mye}")),
    ("label-negative", replaced(BASE, "{1: Lite, 5: Mye}", "{-1: Under, 1: Lite, 5: Mye}")),
    ("step-field-tilte", replaced(BASE, "    kind: result\n", "    kind: result\n    tilte: x\n")),
    ("step-kind-banana", replaced(BASE, "kind: result", "kind: banana")),
    ("id-with-capitals", replaced(BASE, "id: ferdig", "id: Ferdig")),
    ("empty-text", replaced(BASE, "text: Andre", "text: ''")),
    ("language-key-NB", replaced(BASE, "text: Andre", "text: {NB: Andre}")),
    ("three-quadrants", replaced(QUADRANT, "      - {id: ll, x: low, y: low, label: LL}\n", "")),
    ("max-selected-0", replaced(BASE, "  - id: ferdig", CHOICE_NONE + "  - id: ferdig")),
    (
        "ranking-one-option",
        replaced(FORMAT_2, "[{id: x, label: X}, {id: y, label: Y}]", "[{id: x, label: X}]"),
    ),
    (
        "ranking-field-option",
        replaced(FORMAT_2, "kind: ranking, options:", "kind: ranking, option:"),
    ),
    ("number-no-max", replaced(FORMAT_2, "max: 10, ", "")),
    ("number-step-negative", replaced(FORMAT_2, "step: 0.5", "step: -1")),
    ("number-min-text", replaced(FORMAT_2, "min: 0,", "min: null,")),
    ("when-field-equal", replaced(FORMAT_2, "equals: hoy", "equal: hoy")),
    ("when-in-empty", replaced(FORMAT_2, "in: [1, 2]", "in: []")),
    ("positive-empty", replaced(FORMAT_2, "positive: B sagt pent", "positive: ''")),
    ("x-threshold-text", replaced(FORMAT_2, "x_threshold: 2.5", "x_threshold: høy")),
]

#: pack.yaml files the app refuses at schema level.
BROKEN_PACKS = [
    ("path-up", replaced(PACK, "[ex.yaml]", "[ex.yaml, ../x.yaml]")),
    ("path-up-inside", replaced(PACK, "[ex.yaml]", "[ex.yaml, a/../../x.yaml]")),
    ("path-absolute", replaced(PACK, "[ex.yaml]", "[ex.yaml, /etc/x.yaml]")),
    ("path-not-yaml", replaced(PACK, "[ex.yaml]", "[ex.yaml, notes.txt]")),
    ("language-NB", replaced(PACK, "languages: [nb]", "languages: [NB]")),
    ("langauges", replaced(PACK, "languages:", "langauges:")),
    ("no-version", replaced(PACK, 'version: "1"\n', "")),
    ("format-3", PACK + "format: 3\n"),
    ("pack-label-midt", PACK + "scales:\n  s: {min: 1, max: 3, labels: {1: A, midt: B, 3: C}}\n"),
]


def check_jsonschema(schema: dict[str, object], files: list[Path], tmp: Path) -> dict[Path, str]:
    """Run the real tool over ``files``; the files it refused, with what it said."""
    schema_file = tmp / f"schema-{len(list(tmp.glob('schema-*')))}.json"
    schema_file.write_text(json.dumps(schema), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema_file)]
        + [str(f) for f in files],
        capture_output=True,
        text=True,
        timeout=120,
    )
    refused: dict[Path, str] = {}
    for line in done.stdout.splitlines():
        name, sep, said = line.strip().partition("::")
        if sep:
            refused.setdefault(Path(name), said)
    assert (done.returncode == 0) == (not refused), done.stdout + done.stderr
    return refused


@pytest.mark.slow
def test_the_builtin_the_test_and_the_new_pack_pass(tmp_path: Path) -> None:
    for pack in (BUILTIN, TEST_PACK, new_pack(tmp_path)):
        result = load_pack(pack)
        assert result.pack is not None and result.problems == []
        exercises = [e.source_file for e in result.pack.exercises if e.source_file]
        assert len(exercises) >= 1
        assert check_jsonschema(json_schema_for("pack"), [pack / "pack.yaml"], tmp_path) == {}
        assert check_jsonschema(json_schema_for("exercise"), exercises, tmp_path) == {}
        both = [pack / "pack.yaml", *exercises]
        assert check_jsonschema(json_schemas(), both, tmp_path) == {}


def _refused_by_the_app(folder: Path) -> None:
    result = load_pack(folder)
    assert result.pack is None
    keys = [p.message.key for p in result.errors]
    assert keys and keys[0] in SCHEMA_LEVEL, [str(p) for p in result.errors]


@pytest.mark.slow
def test_broken_exercises_are_refused_by_both(tmp_path: Path) -> None:
    files = []
    for name, exercise in BROKEN_EXERCISES:
        folder = write_pack(tmp_path / name, exercise)
        _refused_by_the_app(folder)
        files.append(folder / "ex.yaml")
    good = write_pack(tmp_path / "good-quadrant", QUADRANT) / "ex.yaml"
    assert load_pack(good.parent).pack is not None
    good_2 = write_pack(tmp_path / "good-format-2", FORMAT_2, PACK_2) / "ex.yaml"
    loaded = load_pack(good_2.parent)
    assert loaded.pack is not None and not loaded.problems, [str(p) for p in loaded.problems]
    samples = [*files, good, good_2]
    refused = check_jsonschema(json_schema_for("exercise"), samples, tmp_path)
    assert sorted(refused) == sorted(files), "the valid samples pass, every broken one fails"
    combined = check_jsonschema(json_schemas(), samples, tmp_path)
    assert sorted(combined) == sorted(files)


def test_broken_pack_files_are_refused_by_both(tmp_path: Path) -> None:
    files = []
    for name, pack in BROKEN_PACKS:
        folder = write_pack(tmp_path / name, pack=pack)
        _refused_by_the_app(folder)
        files.append(folder / "pack.yaml")
    refused = check_jsonschema(json_schema_for("pack"), files, tmp_path)
    assert sorted(refused) == sorted(files)


@pytest.mark.slow
def test_errors_come_from_the_right_kind_of_file(tmp_path: Path) -> None:
    """With one schema for both kinds, a pack.yaml error is a pack.yaml error (no anyOf)."""
    folder = write_pack(tmp_path / "p", pack=replaced(PACK, "[ex.yaml]", "[../x.yaml]"))
    exercise = tmp_path / "ex-only.yaml"
    exercise.write_text(dedent(replaced(BASE, "id: ferdig", "id: Ferdig")) + HEADER, "utf-8")
    refused = check_jsonschema(json_schemas(), [folder / "pack.yaml", exercise], tmp_path)
    assert refused[folder / "pack.yaml"].startswith("$.exercises[0]")
    assert refused[exercise].startswith("$.steps[1].id")
