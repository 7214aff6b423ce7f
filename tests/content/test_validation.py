"""Every validation error a pack author can hit, with the file, line and column it points at.

Each test starts from a small valid pack (``pack.yaml`` + ``ex.yaml``) and breaks one thing.
In exercise files the part under test comes first and the fixed header (id, title, …) last,
so the line numbers in the test's YAML are the line numbers in the file.
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from medarbeider_tui.content.errors import PackProblem
from medarbeider_tui.content.loader import PackResult, discover, load_pack

PACK = """\
id: mini
version: "1"
title: Mini
description: Ei lita pakke.
languages: [nb]
exercises: [ex.yaml]
"""

HEADER = """\
id: ex
title: Øvelse
description: Ei øving.
minutes: 5
"""

BASE = """\
scales:
  s5:
    min: 1
    max: 5
    labels: {1: Lite, 5: Mye}
steps:
  - id: sp
    kind: scale
    scale: s5
    items:
      - {id: a1, text: Første}
      - {id: a2, text: Andre}
  - id: ferdig
    kind: result
scoring:
  - {id: snitt, kind: mean, items: [a1, a2]}
"""

# The start of an exercise with a scale step; ``with_step`` puts the step under test on line 8.
STEPS_HEAD = """\
scales:
  s5: {min: 1, max: 5, labels: {1: Lite, 5: Mye}}
steps:
  - id: sp
    kind: scale
    scale: s5
    items: [{id: a1, text: Første}, {id: a2, text: Andre}]
"""


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def replaced(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"{old!r} must occur exactly once"
    return text.replace(old, new)


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """The 1-based line of the ``nth`` line containing ``needle``."""
    hits = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    assert len(hits) >= nth, f"{needle!r} not found {nth} time(s)"
    return hits[nth - 1]


def write_pack(
    folder: Path,
    exercise: str = BASE,
    pack: str = PACK,
    header: str = HEADER,
    **files: str,
) -> Path:
    """A pack folder: pack.yaml, ex.yaml (``exercise`` + ``header``) and any other files."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.yaml").write_text(pack, encoding="utf-8")
    (folder / "ex.yaml").write_text(dedent(exercise) + header, encoding="utf-8")
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def only_error(result: PackResult) -> PackProblem:
    assert result.pack is None, "a pack with errors must not be usable"
    assert len(result.errors) == 1, [str(p) for p in result.problems]
    return result.errors[0]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "mini"


def check_exercise(folder: Path, exercise: str) -> tuple[Path, PackProblem]:
    """Load a pack whose exercise is ``exercise``; return ex.yaml's path and its one error."""
    result = load_pack(write_pack(folder, exercise))
    problem = only_error(result)
    assert problem.path == folder / "ex.yaml"
    return folder / "ex.yaml", problem


def check_pack(folder: Path, pack: str) -> tuple[Path, PackProblem]:
    result = load_pack(write_pack(folder, pack=pack))
    problem = only_error(result)
    assert problem.path == folder / "pack.yaml"
    return folder / "pack.yaml", problem


# --- the starting point -----------------------------------------------------------------


def test_the_base_pack_is_valid(folder: Path) -> None:
    result = load_pack(write_pack(folder))
    assert result.problems == []
    assert result.pack is not None
    assert [e.id for e in result.pack.exercises] == ["ex"]
    assert result.pack.exercises[0].source_file == folder / "ex.yaml"
    assert result.pack.origin == "path"


def test_load_pack_accepts_the_pack_yaml_path_too(folder: Path) -> None:
    result = load_pack(write_pack(folder) / "pack.yaml")
    assert result.pack is not None
    assert result.pack.folder == folder


def test_a_folder_without_pack_yaml(tmp_path: Path) -> None:
    result = load_pack(tmp_path)
    assert [str(p) for p in result.problems] == [
        f"{tmp_path / 'pack.yaml'}:1:1: no pack.yaml here"
        " — a pack is a folder with a pack.yaml file"
    ]


# --- unknown and missing fields ---------------------------------------------------------


def test_unknown_field_suggests_the_close_one(folder: Path) -> None:
    exercise = replaced(BASE, "    kind: result\n", "    kind: result\n    tilte: Slutt\n")
    path, p = check_exercise(folder, exercise)
    line = line_of(exercise, "tilte")
    assert str(p) == f"{path}:{line}:5: unknown field 'tilte' — did you mean 'title'?"


def test_unknown_top_level_field(folder: Path) -> None:
    path, p = check_exercise(folder, "minutez: 3\n" + BASE)
    assert str(p) == f"{path}:1:1: unknown field 'minutez' — did you mean 'minutes'?"


def test_unknown_field_without_a_close_match_lists_the_allowed_ones(folder: Path) -> None:
    exercise = replaced(BASE, "    kind: result\n", "    kind: result\n    colour: red\n")
    path, p = check_exercise(folder, exercise)
    assert str(p) == (
        f"{path}:{line_of(exercise, 'colour')}:5: unknown field 'colour'"
        " — allowed here: kind, id, title, prompt, optional, private, show"
    )


def test_missing_required_field_points_at_the_mapping(folder: Path) -> None:
    path, p = check_pack(folder, replaced(PACK, "title: Mini\n", ""))
    assert str(p) == (
        f"{path}:1:1: missing required field 'title'"
        " — add 'title:' (text: a string, or a map of language code to string)"
    )


def test_missing_step_id(folder: Path) -> None:
    exercise = replaced(BASE, "  - id: ferdig\n    kind: result\n", "  - kind: result\n")
    path, p = check_exercise(folder, exercise)
    assert str(p) == (
        f"{path}:{line_of(exercise, '- kind: result')}:5: missing required field 'id'"
        " — add 'id:' (the step's stable id; answers are stored under it)"
    )


def test_missing_kind(folder: Path) -> None:
    exercise = replaced(BASE, "  - id: ferdig\n    kind: result\n", "  - id: ferdig\n")
    _, p = check_exercise(folder, exercise)
    assert (p.line, p.column) == (line_of(exercise, "id: ferdig"), 5)
    assert p.message == "missing 'kind:'"
    assert p.hint == "add 'kind:' with one of: info, scale, text, choice, list, sort, plan, result"


def test_problems_are_collected_in_one_pass(folder: Path) -> None:
    exercise = replaced(BASE, "{id: a1, text: Første}", "{id: a1, text: Første, tekst: x}")
    exercise = replaced(exercise, "id: ferdig", "id: Ferdig")
    result = load_pack(write_pack(folder, exercise))
    assert result.pack is None
    assert sorted((p.line, p.column, p.message) for p in result.errors) == [
        (line_of(exercise, "tekst"), 32, "unknown field 'tekst'"),
        (line_of(exercise, "Ferdig"), 9, "'Ferdig' is not allowed here"),
    ]


# --- wrong types ------------------------------------------------------------------------


def test_list_where_text_is_expected(folder: Path) -> None:
    path, p = check_pack(folder, replaced(PACK, "title: Mini", "title: [Mini, Maxi]"))
    assert str(p) == (
        f"{path}:3:8: expected text or a map of languages, found a list"
        " — write the text, or e.g. {nb: ..., en: ...}"
    )


def test_list_where_plain_text_is_expected(folder: Path) -> None:
    path, p = check_pack(folder, replaced(PACK, 'version: "1"', "version: [1]"))
    assert str(p) == f"{path}:2:10: expected text, found a list — write the text here"


@pytest.mark.parametrize(
    ("minutes", "message", "hint"),
    [
        ("five", "expected a whole number, found 'five'", "write a whole number"),
        ('"5"', "expected a whole number, found '5'", "write the number without quotes"),
        ("'5'", "expected a whole number, found '5'", "write the number without quotes"),
        ("2.5", "expected a whole number, found '2.5'", "write a whole number"),
        ("3,5", "expected a whole number, found '3,5'", "use a point as the decimal mark (3.5)"),
        ("0", "0 is below the minimum 1", "use a value of at least 1"),
        ("500", "500 is above the maximum 240", "use a value of at most 240"),
        ("[5]", "expected a whole number, found a list", "write the number without quotes"),
    ],
)
def test_text_where_a_number_is_expected(
    folder: Path, minutes: str, message: str, hint: str
) -> None:
    header = replaced(HEADER, "minutes: 5\n", "")
    result = load_pack(write_pack(folder, f"minutes: {minutes}\n" + BASE, header=header))
    assert str(only_error(result)) == f"{folder / 'ex.yaml'}:1:10: {message} — {hint}"


def test_quoted_number_where_a_number_is_expected(folder: Path) -> None:
    exercise = replaced(BASE, "min: 1", "min: '1'")
    path, p = check_exercise(folder, exercise)
    assert str(p) == (
        f"{path}:3:10: expected a whole number, found '1' — write the number without quotes"
    )


def test_threshold_must_be_a_number(folder: Path) -> None:
    exercise = replaced(BASE, "items: [a1, a2]}", "items: [a1, a2], thresholds: [lav]}")
    _, p = check_exercise(folder, exercise)
    assert (p.line, p.message) == (16, "expected a number, found 'lav'")


def test_a_mapping_where_a_list_is_expected(folder: Path) -> None:
    path, p = check_pack(folder, replaced(PACK, "languages: [nb]", "languages: nb"))
    assert str(p) == (
        f"{path}:5:12: expected a list, found 'nb' — start each item on its own line with '- '"
    )


# --- YAML's guesses are not made --------------------------------------------------------


def test_no_yes_version_and_dates_stay_the_text_written(folder: Path) -> None:
    pack = replaced(PACK, "title: Mini", "title: NO")
    pack = replaced(pack, 'version: "1"', "version: 1.0")
    pack = replaced(pack, "description: Ei lita pakke.", "description: 2025-01-01")
    exercise = replaced(BASE, "text: Andre", "text: yes")
    result = load_pack(write_pack(folder, exercise, pack=pack))
    assert result.problems == []
    assert result.pack is not None
    assert result.pack.title.render("nb") == "NO"
    assert result.pack.title.render("en") == "NO"  # one text for all languages, unmarked
    assert result.pack.version == "1.0"
    assert result.pack.description.render("nb") == "2025-01-01"
    item = result.pack.exercises[0].scale_items()["a2"][1]
    assert item.text.render("nb") == "yes"


@pytest.mark.parametrize("written", ["yes", "on", "no", "off", "1", "y", "'true'", '"false"'])
def test_only_true_or_false_is_a_boolean(folder: Path, written: str) -> None:
    exercise = replaced(BASE, "    kind: result\n", f"    kind: result\n    optional: {written}\n")
    path, p = check_exercise(folder, exercise)
    shown = written.strip("'\"")
    assert str(p) == (
        f"{path}:15:15: expected true or false, found {shown!r}"
        " — write true or false (yes/no/on/off are not accepted)"
    )


@pytest.mark.parametrize(("written", "value"), [("true", True), ("false", False), ("True", True)])
def test_true_and_false_are_booleans(folder: Path, written: str, value: bool) -> None:
    exercise = replaced(BASE, "    kind: result\n", f"    kind: result\n    optional: {written}\n")
    result = load_pack(write_pack(folder, exercise))
    assert result.pack is not None
    assert result.pack.exercises[0].step("ferdig").optional is value


# --- languages --------------------------------------------------------------------------

TWO_LANGUAGES = replaced(PACK, "languages: [nb]", "languages: [nb, en]")


def test_a_missing_translation_is_a_warning_and_shows_the_nb_text_marked(folder: Path) -> None:
    pack = replaced(TWO_LANGUAGES, "title: Mini", "title: {nb: Mini}")
    result = load_pack(write_pack(folder, pack=pack))
    assert result.errors == []
    assert result.pack is not None, "a missing translation must not stop the pack"
    assert [str(p) for p in result.warnings] == [
        f"{folder / 'pack.yaml'}:3:8: warning: missing translation: en"
        " — add 'en:' here; until then readers see 'nb' text, marked"
    ]
    assert result.pack.title.render("nb") == "Mini"
    assert result.pack.title.render("en") == "[nb] Mini"


def test_one_string_serves_every_language_without_a_warning(folder: Path) -> None:
    result = load_pack(write_pack(folder, pack=TWO_LANGUAGES))
    assert result.problems == []
    assert result.pack is not None
    assert result.pack.title.render("en") == "Mini"


def test_both_translations(folder: Path) -> None:
    pack = replaced(TWO_LANGUAGES, "title: Mini", "title: {nb: Liten, en: Small}")
    result = load_pack(write_pack(folder, pack=pack))
    assert result.problems == []
    assert result.pack is not None
    assert (result.pack.title.render("nb"), result.pack.title.render("en")) == ("Liten", "Small")


def test_an_unknown_language_key(folder: Path) -> None:
    pack = replaced(TWO_LANGUAGES, "title: Mini", "title: {nb: Mini, de: Klein, en: Small}")
    path, p = check_pack(folder, pack)
    assert str(p) == (
        f"{path}:3:19: unknown language 'de' in this text — use one of the pack's languages: nb, en"
    )


def test_a_comma_in_a_flow_mapping_gets_the_quoting_hint(folder: Path) -> None:
    pack = replaced(TWO_LANGUAGES, "title: Mini", "title: {nb: Hei, verden, en: Hello}")
    path, p = check_pack(folder, pack)
    assert str(p) == (
        f"{path}:3:18: unknown language 'verden' in this text"
        " — a comma inside { } starts a new entry: put the text in quotes"
    )


def test_a_bad_language_code(folder: Path) -> None:
    path, p = check_pack(folder, replaced(PACK, "languages: [nb]", "languages: [NB]"))
    assert str(p) == f"{path}:5:13: 'NB' is not allowed here — a language code such as nb or en"


# --- ids and kinds ----------------------------------------------------------------------

ID_HINT = (
    "use lower-case letters, digits, '-' or '_' (e.g. 'sb1', 'hall-kvadranten'), "
    "at most 64 characters"
)


@pytest.mark.parametrize("bad", ["A1", "a 1", "-a", "æ1", "a" * 65])
def test_a_bad_id(folder: Path, bad: str) -> None:
    exercise = replaced(BASE, "{id: a1,", f"{{id: '{bad}',")
    path, p = check_exercise(folder, exercise)
    assert str(p) == f"{path}:11:14: {bad!r} is not allowed here — {ID_HINT}"


def test_the_longest_id_is_fine(folder: Path) -> None:
    exercise = replaced(BASE, "{id: a1,", "{id: " + "a" * 64 + ",")
    exercise = replaced(exercise, "items: [a1, a2]", "items: [" + "a" * 64 + ", a2]")
    assert load_pack(write_pack(folder, exercise)).pack is not None


def test_an_unknown_kind_suggests_the_close_one(folder: Path) -> None:
    path, p = check_exercise(folder, replaced(BASE, "kind: result", "kind: resutl"))
    assert str(p) == f"{path}:14:11: unknown kind 'resutl' — did you mean 'result'?"


def test_an_unknown_kind_lists_the_kinds(folder: Path) -> None:
    _, p = check_exercise(folder, replaced(BASE, "kind: result", "kind: banana"))
    assert (p.line, p.column) == (14, 11)
    assert p.hint == "use one of: info, scale, text, choice, list, sort, plan, result"


# --- scales -----------------------------------------------------------------------------


def test_an_unknown_scale(folder: Path) -> None:
    path, p = check_exercise(folder, replaced(BASE, "scale: s5", "scale: s7"))
    assert str(p) == f"{path}:7:5: unknown scale 's7' — define it under 'scales:' (defined: s5)"


def test_a_pack_scale_is_found_from_an_exercise(folder: Path) -> None:
    pack = PACK + "scales:\n  felles: {min: 1, max: 3, labels: {1: Lite, 3: Mye}}\n"
    exercise = replaced(BASE, "scale: s5", "scale: felles")
    result = load_pack(write_pack(folder, exercise, pack=pack))
    assert result.problems == []
    assert result.pack is not None


def test_scale_labels_outside_the_scale(folder: Path) -> None:
    exercise = replaced(BASE, "{1: Lite, 5: Mye}", "{0: Ingen, 1: Lite, 5: Mye, 6: Seks}")
    path, p = check_exercise(folder, exercise)
    assert str(p) == (
        f"{path}:3:5: scale 's5' labels [0, 6], outside 1–5"
        " — remove those labels or widen the scale"
    )


def test_a_scale_needs_labels_at_both_ends(folder: Path) -> None:
    exercise = replaced(BASE, "{1: Lite, 5: Mye}", "{1: Lite, 3: Midt}")
    path, p = check_exercise(folder, exercise)
    assert str(p) == (
        f"{path}:3:5: scale 's5' has no label for 5"
        " — add '5: ...' under labels; people need to know what the ends mean"
    )


@pytest.mark.parametrize(
    ("low", "high", "labels"), [(5, 1, "{1: Lite, 5: Mye}"), (3, 3, "{3: Midt}")]
)
def test_a_scale_runs_upwards(folder: Path, low: int, high: int, labels: str) -> None:
    exercise = replaced(BASE, "min: 1\n    max: 5", f"min: {low}\n    max: {high}")
    exercise = replaced(exercise, "{1: Lite, 5: Mye}", labels)
    path, p = check_exercise(folder, exercise)
    assert str(p) == (
        f"{path}:3:5: scale 's5' runs from {low} to {high} — make 'min' smaller than 'max'"
    )


def test_a_pack_scale_is_checked_too(folder: Path) -> None:
    pack = PACK + "scales:\n  felles: {min: 4, max: 2, labels: {2: Lite, 4: Mye}}\n"
    _, p = check_pack(folder, pack)
    assert (p.line, p.column) == (8, 11)
    assert p.message == "scale 'felles' runs from 4 to 2"


def test_not_relevant_needs_a_label_on_the_scale(folder: Path) -> None:
    exercise = replaced(BASE, "scale: s5", "scale: s5\n    not_relevant: true")
    path, p = check_exercise(folder, exercise)
    assert str(p) == (
        f"{path}:7:5: 'not_relevant: true' but scale 's5' has no 'not_relevant_label'"
        " — add a not_relevant_label to the scale"
    )


def test_a_label_given_twice_under_different_spellings(folder: Path) -> None:
    exercise = replaced(BASE, "{1: Lite, 5: Mye}", "{1: Lite, 5: Mye, 01: Igjen}")
    result = load_pack(write_pack(folder, exercise))
    assert [(p.path.name, p.line) for p in result.errors] == [("ex.yaml", 5)]


# --- mean scores ------------------------------------------------------------------------

MEAN = "  - {id: snitt, kind: mean, items: [a1, a2]}\n"


def with_mean(fields: str) -> str:
    return replaced(BASE, MEAN, "  - {id: snitt, kind: mean, items: [a1, a2], " + fields + "}\n")


LEVELS2 = "levels: [{id: lav, label: Lav}, {id: hoy, label: Høy}]"
LEVELS3 = "levels: [{id: lav, label: Lav}, {id: mid, label: Midt}, {id: hoy, label: Høy}]"


def test_a_valid_mean_with_levels(folder: Path) -> None:
    result = load_pack(write_pack(folder, with_mean(f"thresholds: [2.5, 3.5], {LEVELS3}")))
    assert result.problems == []


@pytest.mark.parametrize("thresholds", ["[1]", "[5]", "[0.5]", "[6]"])
def test_thresholds_must_lie_strictly_inside_the_scale(folder: Path, thresholds: str) -> None:
    path, p = check_exercise(folder, with_mean(f"thresholds: {thresholds}, {LEVELS2}"))
    assert str(p) == (
        f"{path}:16:5: a threshold lies outside the scale's 1–5"
        " — put thresholds strictly inside the scale"
    )


@pytest.mark.parametrize("thresholds", ["[3.5, 2.5]", "[3, 3]"])
def test_thresholds_must_increase(folder: Path, thresholds: str) -> None:
    path, p = check_exercise(folder, with_mean(f"thresholds: {thresholds}, {LEVELS3}"))
    assert str(p) == f"{path}:16:5: thresholds must be increasing"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            "thresholds: [3], levels: [{id: lav, label: Lav}]",
            "1 threshold(s) need 2 levels, found 1",
        ),
        ("thresholds: [3]", "1 threshold(s) need 2 levels, found 0"),
        (f"thresholds: [2, 4], {LEVELS2}", "2 threshold(s) need 3 levels, found 2"),
        (LEVELS2, "0 threshold(s) need 1 levels, found 2"),
    ],
)
def test_levels_go_around_the_thresholds(folder: Path, fields: str, message: str) -> None:
    path, p = check_exercise(folder, with_mean(fields))
    assert str(p) == f"{path}:16:5: {message} — levels go below, between and above the thresholds"


def test_min_answered_larger_than_the_items(folder: Path) -> None:
    path, p = check_exercise(folder, with_mean("min_answered: 3"))
    assert str(p) == (
        f"{path}:16:5: 'min_answered: 3' but the score has only 2 items"
        " — lower min_answered or add items"
    )


def test_a_mean_of_an_unknown_item(folder: Path) -> None:
    exercise = replaced(BASE, "items: [a1, a2]}", "items: [a1, a9]}")
    path, p = check_exercise(folder, exercise)
    assert str(p) == (
        f"{path}:16:5: unknown scale item 'a9' in score 'snitt'"
        " — use the id of an item of a scale step"
    )


def test_a_mean_may_not_mix_scales(folder: Path) -> None:
    exercise = replaced(
        BASE,
        "  - id: ferdig",
        "  - {id: sp3, kind: scale, scale: s3, items: [{id: b1, text: B}]}\n  - id: ferdig",
    )
    exercise = replaced(
        exercise,
        "    labels: {1: Lite, 5: Mye}\n",
        "    labels: {1: Lite, 5: Mye}\n  s3: {min: 1, max: 3, labels: {1: Lite, 3: Mye}}\n",
    )
    exercise = replaced(exercise, "items: [a1, a2]}", "items: [a1, b1]}")
    _, p = check_exercise(folder, exercise)
    assert (p.line, p.message) == (18, "score 'snitt' mixes scales ['s3', 's5']")
    assert p.hint == "a mean needs items on one scale"


# --- quadrant scores --------------------------------------------------------------------

QUADRANT = """\
  - {id: x, kind: mean, items: [a1]}
  - {id: y, kind: mean, items: [a2]}
  - id: q
    kind: quadrant
    x: x
    y: y
    threshold: 3
    quadrants:
      - {id: hh, x: high, y: high, label: HH}
      - {id: lh, x: low, y: high, label: LH}
      - {id: hl, x: high, y: low, label: HL}
      - {id: ll, x: low, y: low, label: LL}
"""


def with_quadrant(old: str = "", new: str = "") -> str:
    scoring = replaced(QUADRANT, old, new) if old else QUADRANT
    return replaced(BASE, MEAN, scoring)


def test_a_valid_quadrant(folder: Path) -> None:
    assert load_pack(write_pack(folder, with_quadrant())).problems == []


@pytest.mark.parametrize("threshold", ["5", "0.5", "1"])
def test_the_quadrant_threshold_lies_inside_the_scale(folder: Path, threshold: str) -> None:
    exercise = with_quadrant("threshold: 3", f"threshold: {threshold}")
    result = load_pack(write_pack(folder, exercise))
    assert result.pack is None
    assert {str(p) for p in result.errors} == {
        f"{folder / 'ex.yaml'}:18:5: the threshold {float(threshold):g} lies outside the scale"
        " 1–5 — put it strictly inside the scale"
    }


def test_the_quadrant_threshold_problem_is_reported_once(folder: Path) -> None:
    only_error(load_pack(write_pack(folder, with_quadrant("threshold: 3", "threshold: 5"))))


def test_the_quadrants_cover_the_four_corners(folder: Path) -> None:
    path, p = check_exercise(folder, with_quadrant("x: low, y: low", "x: high, y: low"))
    assert str(p) == (
        f"{path}:18:5: the four quadrants must cover high/low × high/low once each"
        " — give each quadrant a different pair of x and y levels"
    )


def test_four_quadrants_are_needed(folder: Path) -> None:
    path, p = check_exercise(folder, with_quadrant("      - {id: ll, x: low, y: low, label: LL}\n"))
    assert str(p) == f"{path}:24:7: this list needs at least 4 item(s)"


def test_a_quadrant_level_is_high_or_low(folder: Path) -> None:
    path, p = check_exercise(folder, with_quadrant("x: low, y: low", "x: middle, y: low"))
    assert str(p) == f"{path}:27:21: 'middle' is not allowed here — write high or low"


def test_quadrant_ids_are_unique(folder: Path) -> None:
    path, p = check_exercise(folder, with_quadrant("id: ll,", "id: hh,"))
    assert str(p) == (
        f"{path}:27:9: the quadrant id 'hh' is used twice (first on line 24)"
        " — give each one its own id"
    )


@pytest.mark.parametrize(
    ("axis", "extra"),
    [("nope", ""), ("r", "  - {id: r, kind: lowest, items: [a1]}\n")],
)
def test_an_axis_must_be_a_mean_score(folder: Path, axis: str, extra: str) -> None:
    exercise = with_quadrant("    x: x\n", f"    x: {axis}\n") + extra
    path, p = check_exercise(folder, exercise)
    assert str(p) == (
        f"{path}:18:5: the axis {axis!r} must be a mean score of this exercise"
        " — declare it with kind: mean before using it as an axis"
    )


def test_a_quadrant_before_its_axes_is_refused_or_still_scores(folder: Path) -> None:
    from medarbeider_tui.content.scoring import compute

    axes = "  - {id: x, kind: mean, items: [a1]}\n  - {id: y, kind: mean, items: [a2]}\n"
    exercise = replaced(BASE, MEAN, replaced(QUADRANT, axes, "") + axes)
    result = load_pack(write_pack(folder, exercise))
    if result.pack is None:
        assert any("before" in p.message for p in result.errors)
    else:
        exercise_model = result.pack.exercises[0]
        results = compute(exercise_model, result.pack, {"a1": 5, "a2": 5})
        assert results["q"]["quadrant"] == "hh"


# --- rank scores ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "order"),
    [("items: [a1], scores: [snitt]", "lowest"), ("count: 1", "highest")],
)
def test_a_rank_score_takes_items_or_scores(folder: Path, fields: str, order: str) -> None:
    exercise = BASE + f"  - {{id: r, kind: {order}, {fields}}}\n"
    path, p = check_exercise(folder, exercise)
    assert str(p) == (
        f"{path}:17:5: a {order} score takes either 'items' or 'scores'"
        " — rank scale items, or rank mean scores"
    )


def test_a_rank_of_unknown_items_and_non_mean_scores(folder: Path) -> None:
    exercise = (
        BASE + "  - {id: r, kind: lowest, items: [a9]}\n  - {id: s, kind: lowest, scores: [r]}\n"
    )
    result = load_pack(write_pack(folder, exercise))
    assert sorted((p.line, p.message) for p in result.errors) == [
        (17, "unknown scale item 'a9'"),
        (18, "'r' is not a mean score of this exercise"),
    ]


# --- choice steps -----------------------------------------------------------------------


def with_step(step: str, scoring: str = MEAN) -> str:
    """STEPS_HEAD (7 lines), then ``step`` from line 8, then a result step and ``scoring``."""
    return (
        STEPS_HEAD
        + textwrap.indent(dedent(step), "  ")
        + "  - {id: slutt, kind: result}\nscoring:\n"
        + scoring
    )


def test_with_step_is_valid_with_a_valid_step(folder: Path) -> None:
    exercise = with_step("  - {id: c, kind: choice, options: [{id: o1, label: O}]}\n")
    assert load_pack(write_pack(folder, exercise)).problems == []


@pytest.mark.parametrize(
    "fields",
    ["options: [{id: o1, label: O}], options_from: {step: sp}", "multiple: true"],
)
def test_options_or_options_from_not_both_nor_neither(folder: Path, fields: str) -> None:
    path, p = check_exercise(folder, with_step(f"  - {{id: c, kind: choice, {fields}}}\n"))
    assert str(p) == (
        f"{path}:8:5: a choice step needs either 'options' or 'options_from', not both"
        " — list the options, or take them from an earlier step or score"
    )


def test_duplicate_option_ids(folder: Path) -> None:
    step = """\
      - id: c
        kind: choice
        options:
          - {id: o1, label: Én}
          - {id: o1, label: To}
    """
    path, p = check_exercise(folder, with_step(step))
    assert str(p) == (
        f"{path}:12:9: the option id 'o1' is used twice (first on line 11)"
        " — give each one its own id"
    )


def test_options_from_a_later_step(folder: Path) -> None:
    exercise = replaced(
        BASE, "steps:\n", "steps:\n  - {id: c, kind: choice, options_from: {step: sp}}\n"
    )
    path, p = check_exercise(folder, exercise)
    assert str(p) == f"{path}:7:41: 'step: sp' must name an earlier scale, choice or list step"


@pytest.mark.parametrize("source", ["c", "slutt", "nope"])
def test_options_from_itself_a_non_list_or_an_unknown_step(folder: Path, source: str) -> None:
    step = f"  - {{id: c, kind: choice, options_from: {{step: {source}}}}}\n"
    _, p = check_exercise(folder, with_step(step))
    assert (p.line, p.column) == (8, 41)
    assert p.message == f"'step: {source}' must name an earlier scale, choice or list step"


@pytest.mark.parametrize("source", ["{step: sp, score: snitt}", "{}"])
def test_options_from_takes_step_or_score(folder: Path, source: str) -> None:
    step = f"  - {{id: c, kind: choice, options_from: {source}}}\n"
    path, p = check_exercise(folder, with_step(step))
    assert str(p) == f"{path}:8:41: 'options_from' takes either 'step' or 'score'"


def test_options_from_a_mean_score(folder: Path) -> None:
    step = "  - {id: c, kind: choice, options_from: {score: snitt}}\n"
    path, p = check_exercise(folder, with_step(step))
    assert str(p) == f"{path}:8:41: options can only come from a lowest/highest score"


def test_options_from_an_unknown_score(folder: Path) -> None:
    step = "  - {id: c, kind: choice, options_from: {score: nope}}\n"
    path, p = check_exercise(folder, with_step(step))
    assert str(p) == (
        f"{path}:8:41: 'score' names the score 'nope', which is not defined"
        " — define it under 'scoring:' (defined: snitt)"
    )


def test_max_selected_above_one_needs_multiple(folder: Path) -> None:
    step = "  - {id: c, kind: choice, options: [{id: o1, label: O}], max_selected: 2}\n"
    path, p = check_exercise(folder, with_step(step))
    assert str(p) == f"{path}:8:5: 'max_selected' above 1 needs 'multiple: true'"


def test_min_selected_above_max_selected(folder: Path) -> None:
    step = """\
      - id: c
        kind: choice
        multiple: true
        options: [{id: o1, label: O}]
        min_selected: 3
        max_selected: 2
    """
    path, p = check_exercise(folder, with_step(step))
    assert str(p) == f"{path}:8:5: 'min_selected' is larger than 'max_selected'"


# --- steps that use a score before its items are asked ----------------------------------


@pytest.mark.parametrize(
    ("step", "column"),
    [
        ("{id: t, kind: text, about: snitt}", 5),
        ("{id: r0, kind: result, show: [snitt]}", 5),
        ("{id: c, kind: choice, options_from: {score: lav}}", 41),
        ("{id: pl, kind: plan, suggestions_from: lav, slots: [{id: s1, label: S}]}", 5),
    ],
)
def test_a_score_used_before_its_items_are_asked(folder: Path, step: str, column: int) -> None:
    exercise = replaced(BASE, "steps:\n", f"steps:\n  - {step}\n")
    exercise += "  - {id: lav, kind: lowest, items: [a1, a2]}\n"
    score = "lav" if "lav" in step else "snitt"
    path, p = check_exercise(folder, exercise)
    assert str(p) == (
        f"{path}:7:{column}: the score {score!r} uses a1, a2, asked only at or after this step"
        " — move this step after the questions it depends on"
    )


def test_the_same_steps_after_the_questions_are_fine(folder: Path) -> None:
    steps = """\
      - {id: t, kind: text, about: snitt}
      - {id: c, kind: choice, options_from: {score: lav}}
      - {id: pl, kind: plan, suggestions_from: lav, slots: [{id: s1, label: S}]}
    """
    exercise = with_step(steps, MEAN + "  - {id: lav, kind: lowest, items: [a1, a2]}\n")
    exercise = replaced(
        exercise, "{id: slutt, kind: result}", "{id: slutt, kind: result, show: [snitt]}"
    )
    result = load_pack(write_pack(folder, exercise))
    assert result.problems == []


def test_suggestions_from_must_be_a_rank_score(folder: Path) -> None:
    step = "  - {id: pl, kind: plan, suggestions_from: snitt, slots: [{id: s1, label: S}]}\n"
    path, p = check_exercise(folder, with_step(step))
    assert str(p) == (
        f"{path}:8:5: 'suggestions_from' must name a lowest/highest score"
        " — declare one with kind: lowest or kind: highest"
    )


def test_result_shows_an_unknown_score(folder: Path) -> None:
    path, p = check_exercise(
        folder, replaced(BASE, "kind: result", "kind: result\n    show: [nope]")
    )
    assert str(p) == (
        f"{path}:13:5: 'show' names the score 'nope', which is not defined"
        " — define it under 'scoring:' (defined: snitt)"
    )


# --- sort steps -------------------------------------------------------------------------

SORT = """\
  - id: sorter
    kind: sort
    items_from: liste
    grid: {columns: [Haster, Haster ikke], rows: [Viktig, Ikke viktig]}
    cells:
      - {id: c1, label: Én}
      - {id: c2, label: To}
      - {id: c3, label: Tre}
      - {id: c4, label: Fire}
"""
LIST = "  - {id: liste, kind: list}\n"


def test_a_valid_sort(folder: Path) -> None:
    assert load_pack(write_pack(folder, "steps:\n" + LIST + SORT)).problems == []


@pytest.mark.parametrize(
    "steps",
    [
        "steps:\n" + SORT + LIST,  # the list comes later
        "steps:\n  - {id: liste, kind: text}\n" + SORT,  # not a list step
        "steps:\n" + replaced(SORT, "items_from: liste", "items_from: sorter"),  # itself
        "steps:\n" + replaced(SORT, "items_from: liste", "items_from: nope"),  # unknown
    ],
    ids=["later", "not-a-list", "itself", "unknown"],
)
def test_items_from_must_be_an_earlier_list_step(folder: Path, steps: str) -> None:
    path, p = check_exercise(folder, steps)
    source = "sorter" if "items_from: sorter" in steps else "nope" if "nope" in steps else "liste"
    assert str(p) == (
        f"{path}:{line_of(steps, '- id: sorter')}:5: 'items_from: {source}' must name an "
        "earlier list step — point it at the list step whose entries are sorted"
    )


def test_a_grid_needs_four_cells(folder: Path) -> None:
    steps = "steps:\n" + LIST + replaced(SORT, "      - {id: c4, label: Fire}\n", "")
    path, p = check_exercise(folder, steps)
    assert str(p) == (
        f"{path}:6:11: a grid needs exactly 4 cells, this step has 3"
        " — give four cells, in reading order"
    )


def test_a_grid_needs_two_columns(folder: Path) -> None:
    steps = (
        "steps:\n" + LIST + replaced(SORT, "columns: [Haster, Haster ikke]", "columns: [Haster]")
    )
    path, p = check_exercise(folder, steps)
    assert str(p) == f"{path}:6:21: this list needs at least 2 item(s)"


def test_a_sort_without_a_grid_may_have_any_number_of_cells(folder: Path) -> None:
    sort = replaced(
        SORT, "    grid: {columns: [Haster, Haster ikke], rows: [Viktig, Ikke viktig]}\n", ""
    )
    sort = replaced(sort, "      - {id: c4, label: Fire}\n", "")
    assert load_pack(write_pack(folder, "steps:\n" + LIST + sort)).problems == []


def test_duplicate_cell_ids(folder: Path) -> None:
    steps = "steps:\n" + LIST + replaced(SORT, "id: c4", "id: c1")
    path, p = check_exercise(folder, steps)
    assert str(p) == (
        f"{path}:11:9: the cell id 'c1' is used twice (first on line 8) — give each one its own id"
    )


def test_duplicate_slot_ids(folder: Path) -> None:
    step = """\
      - id: pl
        kind: plan
        slots:
          - {id: s1, label: Første}
          - {id: s1, label: Andre}
    """
    path, p = check_exercise(folder, with_step(step))
    assert str(p) == (
        f"{path}:12:9: the slot id 's1' is used twice (first on line 11) — give each one its own id"
    )


# --- ids across steps, exercises and files ----------------------------------------------


def test_a_step_id_used_twice(folder: Path) -> None:
    path, p = check_exercise(folder, replaced(BASE, "id: ferdig", "id: sp"))
    assert str(p) == (
        f"{path}:13:5: the step or item id 'sp' is used twice (first on line 7)"
        " — give each one its own id"
    )


def test_an_item_id_used_in_two_steps(folder: Path) -> None:
    exercise = replaced(
        BASE,
        "  - id: ferdig",
        "  - {id: sp2, kind: scale, scale: s5, items: [{id: a1, text: Igjen}]}\n  - id: ferdig",
    )
    path, p = check_exercise(folder, exercise)
    assert str(p) == (
        f"{path}:13:47: the step or item id 'a1' is used twice (first on line 11)"
        " — give each one its own id"
    )


def test_an_item_id_equal_to_a_later_step_id(folder: Path) -> None:
    exercise = replaced(BASE, "{id: a2, text: Andre}", "{id: ferdig, text: Andre}")
    exercise = replaced(exercise, "items: [a1, a2]", "items: [a1]")
    _, p = check_exercise(folder, exercise)
    # the item is on line 12, the step 'ferdig' on line 13: the step is the second use
    assert (p.line, p.column) == (13, 5)
    assert p.message == "the step or item id 'ferdig' is used twice (first on line 12)"


def test_an_item_id_equal_to_an_earlier_step_id(folder: Path) -> None:
    exercise = replaced(BASE, "{id: a2, text: Andre}", "{id: sp, text: Andre}")
    exercise = replaced(exercise, "items: [a1, a2]", "items: [a1]")
    path, p = check_exercise(folder, exercise)
    assert str(p) == (
        f"{path}:12:9: the step or item id 'sp' is used twice (first on line 7)"
        " — give each one its own id"
    )


def test_score_ids_are_unique(folder: Path) -> None:
    path, p = check_exercise(folder, BASE + MEAN)
    assert str(p) == (
        f"{path}:17:5: the score id 'snitt' is used twice (first on line 16)"
        " — give each one its own id"
    )


def test_duplicate_exercise_ids_in_a_pack(folder: Path) -> None:
    other = "id: ex\ntitle: To\ndescription: Ei til.\nminutes: 1\nsteps: [{id: i, kind: info}]\n"
    pack = replaced(PACK, "[ex.yaml]", "[ex.yaml, to.yaml]")
    result = load_pack(write_pack(folder, pack=pack, **{"to.yaml": other}))
    p = only_error(result)
    assert str(p) == (
        f"{folder / 'to.yaml'}:1:1: the exercise id 'ex' is also used in {folder / 'ex.yaml'}"
        " — give each exercise its own id"
    )


@pytest.mark.parametrize("relative", ["../x.yaml", "sub/../../x.yaml"])
def test_an_exercise_file_outside_the_pack_folder(folder: Path, relative: str) -> None:
    (folder.parent / "x.yaml").parent.mkdir(parents=True, exist_ok=True)
    (folder.parent / "x.yaml").write_text(HEADER + "steps: [{id: i, kind: info}]\n")
    pack = replaced(PACK, "[ex.yaml]", f"[ex.yaml, {relative}]")
    result = load_pack(write_pack(folder, pack=pack))
    p = only_error(result)
    assert p.path == folder / "pack.yaml"
    assert p.message == f"the exercise file {relative!r} lies outside the pack folder"
    assert p.hint == "keep exercise files inside the pack folder"


def test_an_exercise_file_outside_the_folder_points_at_its_entry(folder: Path) -> None:
    pack = replaced(PACK, "exercises: [ex.yaml]", "exercises:\n  - ex.yaml\n  - ../x.yaml")
    p = only_error(load_pack(write_pack(folder, pack=pack)))
    assert (p.line, p.column) == (8, 5)


def test_an_absolute_exercise_path_is_outside_too(folder: Path) -> None:
    pack = replaced(PACK, "[ex.yaml]", "[ex.yaml, /etc/x.yaml]")
    p = only_error(load_pack(write_pack(folder, pack=pack)))
    assert p.message == "the exercise file '/etc/x.yaml' lies outside the pack folder"


def test_an_exercise_file_in_a_subfolder_is_fine(folder: Path) -> None:
    other = "id: to\ntitle: To\ndescription: Ei til.\nminutes: 1\nsteps: [{id: i, kind: info}]\n"
    pack = replaced(PACK, "[ex.yaml]", "[ex.yaml, ovelser/to.yaml]")
    result = load_pack(write_pack(folder, pack=pack, **{"ovelser/to.yaml": other}))
    assert result.problems == []
    assert result.pack is not None
    assert [e.id for e in result.pack.exercises] == ["ex", "to"]


def test_a_missing_exercise_file(folder: Path) -> None:
    pack = replaced(PACK, "[ex.yaml]", "[ex.yaml, nope.yaml]")
    p = only_error(load_pack(write_pack(folder, pack=pack)))
    # Pointed at the entry in pack.yaml, the line to change.
    assert str(p) == (
        f"{folder / 'pack.yaml'}:6:22: the exercise file 'nope.yaml' does not exist"
        f" — create {folder / 'nope.yaml'} or remove this line"
    )


def test_an_exercise_path_must_be_a_yaml_file(folder: Path) -> None:
    path, p = check_pack(folder, replaced(PACK, "[ex.yaml]", "[ex.yaml, notes.txt]"))
    assert str(p) == (
        f"{path}:6:22: 'notes.txt' is not allowed here"
        " — a relative path to a .yaml file in the pack folder"
    )


def test_a_newer_format_is_refused(folder: Path) -> None:
    path, p = check_pack(folder, PACK + "format: 2\n")
    assert str(p) == f"{path}:7:9: 2 is above the maximum 1 — use a value of at most 1"


def test_problems_in_two_exercise_files_are_all_reported(folder: Path) -> None:
    broken = "id: to\ntitle: To\ndescription: Ei til.\nminutes: 1\nsteps: [{id: i, kind: inf}]\n"
    pack = replaced(PACK, "[ex.yaml]", "[ex.yaml, to.yaml]")
    exercise = replaced(BASE, "kind: result", "kind: resutl")
    result = load_pack(write_pack(folder, exercise, pack=pack, **{"to.yaml": broken}))
    assert result.pack is None
    assert [(p.path.name, p.line, p.column) for p in result.errors] == [
        ("ex.yaml", 14, 11),
        ("to.yaml", 5, 23),
    ]


# --- discover and the catalogue ---------------------------------------------------------


def other_pack(pack_id: str, title: str) -> str:
    return replaced(replaced(PACK, "id: mini", f"id: {pack_id}"), "title: Mini", f"title: {title}")


def test_a_user_pack_overrides_a_builtin_of_the_same_id(tmp_path: Path) -> None:
    builtin = write_pack(tmp_path / "builtin" / "mini", pack=other_pack("mini", "Innebygd"))
    user = write_pack(tmp_path / "user" / "min-kopi", pack=other_pack("mini", "Min egen"))
    write_pack(tmp_path / "builtin" / "annen", pack=other_pack("annen", "Annen"))

    catalog = discover(tmp_path / "builtin", tmp_path / "user")

    assert catalog.notices == [f"{user} overrides the pack 'mini' from {builtin}"]
    assert catalog.skipped == []
    assert sorted(p.id for p in catalog.packs) == ["annen", "mini"]
    mini = catalog.pack("mini")
    assert mini is not None
    assert (mini.title.render("nb"), mini.origin, mini.folder) == ("Min egen", "user", user)
    assert catalog.pack("annen").origin == "builtin"  # type: ignore[union-attr]


def test_an_extra_path_overrides_the_user_pack(tmp_path: Path) -> None:
    write_pack(tmp_path / "user" / "mini")
    extra = write_pack(tmp_path / "elsewhere", pack=other_pack("mini", "Fra sti"))
    catalog = discover(tmp_path / "builtin-missing", tmp_path / "user", [extra])
    assert len(catalog.notices) == 1
    assert [(p.title.render("nb"), p.origin) for p in catalog.packs] == [("Fra sti", "path")]


def test_a_broken_pack_is_skipped_and_the_others_load(tmp_path: Path) -> None:
    write_pack(tmp_path / "builtin" / "mini")
    broken = write_pack(
        tmp_path / "user" / "odelagt",
        replaced(BASE, "kind: result", "kind: resutl"),
        pack=other_pack("odelagt", "Ødelagt"),
    )
    write_pack(tmp_path / "user" / "fin", pack=other_pack("fin", "Fin"))

    catalog = discover(tmp_path / "builtin", tmp_path / "user")

    assert catalog.skipped == [broken]
    assert sorted(p.id for p in catalog.packs) == ["fin", "mini"]
    assert [str(p) for p in catalog.problems] == [
        f"{broken / 'ex.yaml'}:14:11: unknown kind 'resutl' — did you mean 'result'?"
    ]
    assert catalog.notices == []


def test_folders_without_pack_yaml_are_not_packs(tmp_path: Path) -> None:
    write_pack(tmp_path / "user" / "mini")
    (tmp_path / "user" / "notes").mkdir()
    (tmp_path / "user" / "README.txt").write_text("hei")
    catalog = discover(tmp_path / "none", tmp_path / "user")
    assert [p.id for p in catalog.packs] == ["mini"]
    assert catalog.skipped == []
    assert catalog.problems == []


def test_find_exercise_by_name_and_by_pack_and_name(tmp_path: Path) -> None:
    write_pack(tmp_path / "user" / "mini")
    write_pack(tmp_path / "user" / "maxi", pack=other_pack("maxi", "Maxi"))
    catalog = discover(tmp_path / "none", tmp_path / "user")

    ambiguous = catalog.find_exercise("ex")
    assert sorted(pack.id for pack, _ in ambiguous) == ["maxi", "mini"]
    assert all(exercise.id == "ex" for _, exercise in ambiguous)

    [(pack, exercise)] = catalog.find_exercise("maxi/ex")
    assert (pack.id, exercise.id) == ("maxi", "ex")

    assert catalog.find_exercise("nope") == []
    assert catalog.find_exercise("nope/ex") == []
    assert catalog.find_exercise("mini/nope") == []
    assert catalog.pack("nope") is None


# --- the pack's fingerprint -------------------------------------------------------------


def test_the_sha256_names_the_content(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "mini")
    first = load_pack(folder).pack
    assert first is not None
    assert len(first.sha256) == 64
    assert int(first.sha256, 16) >= 0

    again = load_pack(folder).pack
    assert again is not None
    assert again.sha256 == first.sha256, "the same files give the same digest"

    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    moved = load_pack(copy).pack
    assert moved is not None
    assert moved.sha256 == first.sha256, "the digest does not depend on where the pack lies"

    (folder / "NOTES.txt").write_text("not part of the pack")
    unrelated = load_pack(folder).pack
    assert unrelated is not None
    assert unrelated.sha256 == first.sha256, "files the pack does not list are not hashed"

    with (folder / "ex.yaml").open("a", encoding="utf-8") as f:
        f.write("# a comment changes the bytes\n")
    changed = load_pack(folder).pack
    assert changed is not None
    assert changed.sha256 != first.sha256

    (folder / "pack.yaml").write_text(PACK.replace("Mini", "Mini 2"), encoding="utf-8")
    changed_pack = load_pack(folder).pack
    assert changed_pack is not None
    assert changed_pack.sha256 not in {first.sha256, changed.sha256}
