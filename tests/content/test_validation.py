"""Every validation error a pack author can hit, with the file, line and column it points at.

Each case starts from the small valid pack of ``minipack`` and breaks one thing; the tables say
where the one error must point and what it says in English (``str()`` of a problem; every key
is checked in both languages in test_validation_text). The exercise part under test comes
first in ``ex.yaml``, so the line numbers in a case's YAML are the line numbers in the file.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from medarbeider_tui.content.errors import PackProblem
from medarbeider_tui.content.loader import load_pack
from medarbeider_tui.i18n import Translatable as T
from tests.content.minipack import (
    BASE,
    HEADER,
    PACK,
    dedent,
    line_of,
    only_error,
    replaced,
    write_pack,
)

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

MEAN = "  - {id: snitt, kind: mean, items: [a1, a2]}\n"
LEVELS2 = "levels: [{id: lav, label: Lav}, {id: hoy, label: Høy}]"
LEVELS3 = "levels: [{id: lav, label: Lav}, {id: mid, label: Midt}, {id: hoy, label: Høy}]"
KINDS = "info, scale, text, choice, list, sort, plan, ranking, number, result"
ID_HINT = T("hint.ident")

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


def with_mean(fields: str) -> str:
    return replaced(BASE, MEAN, "  - {id: snitt, kind: mean, items: [a1, a2], " + fields + "}\n")


def with_quadrant(old: str = "", new: str = "") -> str:
    scoring = replaced(QUADRANT, old, new) if old else QUADRANT
    return replaced(BASE, MEAN, scoring)


def with_step(step: str, scoring: str = MEAN) -> str:
    """STEPS_HEAD (7 lines), then ``step`` from line 8, then a result step and ``scoring``."""
    return (
        STEPS_HEAD
        + textwrap.indent(dedent(step), "  ")
        + "  - {id: slutt, kind: result}\nscoring:\n"
        + scoring
    )


def assert_problem(p: PackProblem, where: tuple[int, int], message: T, hint: T | None) -> None:
    assert ((p.line, p.column), p.message, p.hint) == (where, message, hint), str(p)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "mini"


# --- the starting point -----------------------------------------------------------------


def test_the_base_pack_is_valid(folder: Path) -> None:
    result = load_pack(write_pack(folder))
    assert result.problems == []
    assert result.pack is not None
    assert [e.id for e in result.pack.exercises] == ["ex"]
    assert result.pack.exercises[0].source_file == folder / "ex.yaml"
    assert result.pack.origin == "path"
    assert result.folder == folder


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


# --- one broken thing: where the one error points and what it says (in English) ----------

TILTE = replaced(BASE, "    kind: result\n", "    kind: result\n    tilte: Slutt\n")
COLOUR = replaced(BASE, "    kind: result\n", "    kind: result\n    colour: red\n")
NO_STEP_ID = replaced(BASE, "  - id: ferdig\n    kind: result\n", "  - kind: result\n")
NO_KIND = replaced(BASE, "  - id: ferdig\n    kind: result\n", "  - id: ferdig\n")
TWO_SCALES = replaced(
    replaced(
        replaced(
            BASE,
            "  - id: ferdig",
            "  - {id: sp3, kind: scale, scale: s3, items: [{id: b1, text: B}]}\n  - id: ferdig",
        ),
        "    labels: {1: Lite, 5: Mye}\n",
        "    labels: {1: Lite, 5: Mye}\n  s3: {min: 1, max: 3, labels: {1: Lite, 3: Mye}}\n",
    ),
    "items: [a1, a2]}",
    "items: [a1, b1]}",
)
OPTIONS_FROM_LATER = replaced(
    BASE, "steps:\n", "steps:\n  - {id: c, kind: choice, options_from: {step: sp}}\n"
)
ITEM_AGAIN = replaced(
    BASE,
    "  - id: ferdig",
    "  - {id: sp2, kind: scale, scale: s5, items: [{id: a1, text: Igjen}]}\n  - id: ferdig",
)
MIN_ABOVE_MAX = """\
  - id: c
    kind: choice
    multiple: true
    options: [{id: o1, label: O}]
    min_selected: 3
    max_selected: 2
"""
TWO_OPTIONS = "  - id: c\n    kind: choice\n    options:\n" + (
    "      - {id: o1, label: Én}\n      - {id: o1, label: To}\n"
)
TWO_SLOTS = "  - id: pl\n    kind: plan\n    slots:\n" + (
    "      - {id: s1, label: Første}\n      - {id: s1, label: Andre}\n"
)
ONE_COLUMN = replaced(SORT, "columns: [Haster, Haster ikke]", "columns: [Haster]")
ITEM_IS_LATER_STEP = replaced(
    replaced(BASE, "{id: a2, text: Andre}", "{id: ferdig, text: Andre}"), "[a1, a2]", "[a1]"
)
ITEM_IS_EARLIER_STEP = replaced(
    replaced(BASE, "{id: a2, text: Andre}", "{id: sp, text: Andre}"), "[a1, a2]", "[a1]"
)
TOO_EARLY = "  - {id: lav, kind: lowest, items: [a1, a2]}\n"
PLAN_FROM_MEAN = "  - {id: pl, kind: plan, suggestions_from: snitt, slots: [{id: s1, label: S}]}\n"
ASKED_LATER = (
    "uses a1, a2, asked only at or after this step"
    " — move this step after the questions it depends on"
)
TWICE = "is used twice (first on line"


def early(step: str) -> str:
    """``step`` before the scale step whose answers its score needs."""
    return replaced(BASE, "steps:\n", f"steps:\n  - {step}\n") + TOO_EARLY


def choice(fields: str) -> str:
    return with_step(f"  - {{id: c, kind: choice, {fields}}}\n")


#: (exercise, where: (line, col) or the text the error points at, what it says)
EXERCISE_CASES = [
    # unknown and missing fields
    (TILTE, "tilte", "unknown field 'tilte' — did you mean 'title'?"),
    ("minutez: 3\n" + BASE, (1, 1), "unknown field 'minutez' — did you mean 'minutes'?"),
    (
        COLOUR,
        "colour",
        "unknown field 'colour' — allowed here: kind, id, title, prompt, optional, private, "
        "when, show",
    ),
    (
        NO_STEP_ID,
        "kind: result",
        "missing required field 'id'"
        " — add 'id:' (the step's stable id; answers are stored under it)",
    ),
    (NO_KIND, "id: ferdig", f"missing 'kind:' — add 'kind:' with one of: {KINDS}"),
    # wrong types
    (
        replaced(BASE, "min: 1", "min: '1'"),
        (3, 10),
        "expected a whole number, found '1' — write the number without quotes",
    ),
    (
        replaced(BASE, "items: [a1, a2]}", "items: [a1, a2], thresholds: [lav]}"),
        "lav]",
        "expected a number, found 'lav' — write a number",
    ),
    # ids and kinds
    (
        replaced(BASE, "result", "resutl"),
        (14, 11),
        "unknown kind 'resutl' — did you mean 'result'?",
    ),
    (replaced(BASE, "result", "banana"), (14, 11), f"unknown kind 'banana' — use one of: {KINDS}"),
    # scales
    (
        replaced(BASE, "scale: s5", "scale: s7"),
        (7, 5),
        "unknown scale 's7' — define it under 'scales:' (defined: s5)",
    ),
    (
        replaced(BASE, "{1: Lite, 5: Mye}", "{0: Ingen, 1: Lite, 5: Mye, 6: Seks}"),
        (3, 5),
        "scale 's5' labels 0, 6, outside 1–5 — remove those labels or widen the scale",
    ),
    (
        replaced(BASE, "{1: Lite, 5: Mye}", "{1: Lite, 3: Midt}"),
        (3, 5),
        "scale 's5' has no label for 5"
        " — add '5: ...' under labels; people need to know what the ends mean",
    ),
    (
        replaced(BASE, "{1: Lite, 5: Mye}", "{1: Lite, midt: Midt, 5: Mye}"),
        "midt",
        "expected a whole number, found 'midt' — write a whole number",
    ),
    (
        replaced(BASE, "{1: Lite, 5: Mye}", "{1: Lite, 5: Mye, 01: Igjen}"),
        "01",
        "'01' means the same as the key on line 5 — keep only one of them",
    ),
    (
        replaced(BASE, "scale: s5", "scale: s5\n    not_relevant: true"),
        (7, 5),
        "'not_relevant: true' but scale 's5' has no 'not_relevant_label'"
        " — add a not_relevant_label to the scale",
    ),
    # mean scores
    (
        with_mean("min_answered: 3"),
        (16, 5),
        "'min_answered: 3' but the score has only 2 items — lower min_answered or add items",
    ),
    (
        replaced(BASE, "items: [a1, a2]}", "items: [a1, a9]}"),
        (16, 5),
        "unknown scale item 'a9' in score 'snitt' — use the id of an item of a scale step",
    ),
    (TWO_SCALES, (18, 5), "score 'snitt' mixes scales s3, s5 — a mean needs items on one scale"),
    *(
        (
            with_mean(f"thresholds: {thresholds}, {LEVELS2}"),
            (16, 5),
            "a threshold lies outside the scale's 1–5 — put thresholds strictly inside the scale",
        )
        for thresholds in ["[1]", "[5]", "[0.5]", "[6]"]
    ),
    *(
        (
            with_mean(f"thresholds: {thresholds}, {LEVELS3}"),
            (16, 5),
            "thresholds must be increasing — write them from lowest to highest, each once",
        )
        for thresholds in ["[3.5, 2.5]", "[3, 3]"]
    ),
    *(
        (
            with_mean(fields),
            (16, 5),
            f"{expected} — levels go below, between and above the thresholds",
        )
        for fields, expected in [
            (
                "thresholds: [3], levels: [{id: l, label: L}]",
                "expected 2 levels for 1 threshold, found 1",
            ),
            ("thresholds: [3]", "expected 2 levels for 1 threshold, found 0"),
            (f"thresholds: [2, 4], {LEVELS2}", "expected 3 levels for 2 thresholds, found 2"),
            (LEVELS2, "expected 1 level for 0 thresholds, found 2"),
        ]
    ),
    # quadrant scores
    (
        with_quadrant("x: low, y: low", "x: high, y: low"),
        (18, 5),
        "the four quadrants must cover high/low × high/low once each"
        " — give each quadrant a different pair of x and y levels",
    ),
    (
        with_quadrant("      - {id: ll, x: low, y: low, label: LL}\n"),
        (24, 7),
        "this list needs at least 4 items",
    ),
    *(
        (
            with_quadrant("x: low, y: low", f"x: {level}, y: low"),
            (27, 21),
            f"'{level}' is not allowed here — write high or low",
        )
        for level in ["middle", "below", "highest"]
    ),
    (
        with_quadrant("id: ll,", "id: hh,"),
        (27, 9),
        f"the quadrant id 'hh' {TWICE} 24) — give each one its own id",
    ),
    *(
        (
            with_quadrant("    x: x\n", f"    x: {axis}\n") + extra,
            (18, 5),
            f"the axis '{axis}' must be a mean score of this exercise"
            " — declare it with kind: mean before using it as an axis",
        )
        for axis, extra in [("nope", ""), ("r", "  - {id: r, kind: lowest, items: [a1]}\n")]
    ),
    # rank scores
    *(
        (
            BASE + f"  - {{id: r, kind: {order}, {fields}}}\n",
            (17, 5),
            f"a {order} score takes either 'items' or 'scores'"
            " — rank scale items, or rank mean scores",
        )
        for fields, order in [("items: [a1], scores: [snitt]", "lowest"), ("count: 1", "highest")]
    ),
    # choice steps
    *(
        (
            choice(fields),
            (8, 5),
            "a choice step needs either 'options' or 'options_from', not both"
            " — list the options, or take them from an earlier step or score",
        )
        for fields in ["options: [{id: o1, label: O}], options_from: {step: sp}", "multiple: true"]
    ),
    (with_step(TWO_OPTIONS), (12, 9), f"the option id 'o1' {TWICE} 11) — give each one its own id"),
    (OPTIONS_FROM_LATER, (7, 41), "'step: sp' must name an earlier scale, choice or list step"),
    *(
        (
            choice(f"options_from: {{step: {source}}}"),
            (8, 41),
            f"'step: {source}' must name an earlier scale, choice or list step",
        )
        for source in ["c", "slutt", "nope"]
    ),
    *(
        (
            choice(f"options_from: {source}"),
            (8, 41),
            "'options_from' takes either 'step' or 'score'",
        )
        for source in ["{step: sp, score: snitt}", "{}"]
    ),
    (
        choice("options_from: {score: snitt}"),
        (8, 41),
        "options can only come from a lowest/highest score"
        " — declare one with kind: lowest or kind: highest",
    ),
    (
        choice("options_from: {score: nope}"),
        (8, 41),
        "'score' names the score 'nope', which is not defined"
        " — define it under 'scoring:' (defined: snitt)",
    ),
    (
        choice("options: [{id: o1, label: O}], max_selected: 2"),
        (8, 5),
        "'max_selected' above 1 needs 'multiple: true'"
        " — add 'multiple: true', or remove max_selected",
    ),
    (
        with_step(MIN_ABOVE_MAX),
        (8, 5),
        "'min_selected' is larger than 'max_selected' — lower min_selected or raise max_selected",
    ),
    # steps that use a score before its items are asked
    (early("{id: t, kind: text, about: snitt}"), (7, 5), f"the score 'snitt' {ASKED_LATER}"),
    (early("{id: r0, kind: result, show: [snitt]}"), (7, 5), f"the score 'snitt' {ASKED_LATER}"),
    (
        early("{id: c, kind: choice, options_from: {score: lav}}"),
        (7, 41),
        f"the score 'lav' {ASKED_LATER}",
    ),
    (
        early("{id: pl, kind: plan, suggestions_from: lav, slots: [{id: s1, label: S}]}"),
        (7, 5),
        f"the score 'lav' {ASKED_LATER}",
    ),
    (
        with_step(PLAN_FROM_MEAN),
        (8, 5),
        "'suggestions_from' must name a lowest/highest score"
        " — declare one with kind: lowest or kind: highest",
    ),
    (
        replaced(BASE, "kind: result", "kind: result\n    show: [nope]"),
        (13, 5),
        "'show' names the score 'nope', which is not defined"
        " — define it under 'scoring:' (defined: snitt)",
    ),
    # sort and plan steps
    *(
        (
            steps,
            "id: sorter",
            f"'items_from: {source}' must name an earlier list step"
            " — point it at the list step whose entries are sorted",
        )
        for steps, source in [
            ("steps:\n" + SORT + LIST, "liste"),  # the list comes later
            ("steps:\n  - {id: liste, kind: text}\n" + SORT, "liste"),  # not a list step
            ("steps:\n" + replaced(SORT, "items_from: liste", "items_from: sorter"), "sorter"),
            ("steps:\n" + replaced(SORT, "items_from: liste", "items_from: nope"), "nope"),
        ]
    ),
    (
        "steps:\n" + LIST + replaced(SORT, "      - {id: c4, label: Fire}\n", ""),
        (6, 11),
        "a grid needs exactly 4 cells, this step has 3 — give four cells, in reading order",
    ),
    ("steps:\n" + LIST + ONE_COLUMN, (6, 21), "this list needs at least 2 items"),
    (
        "steps:\n" + LIST + replaced(SORT, "id: c4", "id: c1"),
        (11, 9),
        f"the cell id 'c1' {TWICE} 8) — give each one its own id",
    ),
    (with_step(TWO_SLOTS), (12, 9), f"the slot id 's1' {TWICE} 11) — give each one its own id"),
    # ids across steps and scores
    (
        replaced(BASE, "id: ferdig", "id: sp"),
        (13, 5),
        f"the step or item id 'sp' {TWICE} 7) — give each one its own id",
    ),
    (ITEM_AGAIN, (13, 47), f"the step or item id 'a1' {TWICE} 11) — give each one its own id"),
    # the item is on line 12, the step 'ferdig' on line 13: the step is the second use
    (
        ITEM_IS_LATER_STEP,
        (13, 5),
        f"the step or item id 'ferdig' {TWICE} 12) — give each one its own id",
    ),
    (
        ITEM_IS_EARLIER_STEP,
        (12, 9),
        f"the step or item id 'sp' {TWICE} 7) — give each one its own id",
    ),
    (BASE + MEAN, (17, 5), f"the score id 'snitt' {TWICE} 16) — give each one its own id"),
]


def located(text: str, where: tuple[int, int] | str) -> tuple[int, int]:
    """``where`` as (line, column): a needle stands for where it first occurs."""
    if isinstance(where, tuple):
        return where
    line = line_of(text, where)
    return line, text.splitlines()[line - 1].index(where) + 1


def case_ids(cases: list[tuple[str, object, str]]) -> list[str]:
    """Test ids from what each case says: «07-unknown-kind-banana»."""
    return [
        f"{n:02d}-" + re.sub(r"\W+", "-", said.split(" — ")[0]).strip("-")[:48]
        for n, (*_, said) in enumerate(cases)
    ]


@pytest.mark.parametrize(
    ("exercise", "where", "said"), EXERCISE_CASES, ids=case_ids(EXERCISE_CASES)
)
def test_one_error_in_an_exercise(
    folder: Path, exercise: str, where: tuple[int, int] | str, said: str
) -> None:
    p = only_error(load_pack(write_pack(folder, exercise)))
    line, column = located(exercise, where)
    assert str(p) == f"{folder / 'ex.yaml'}:{line}:{column}: {said}"


TWO_LANGUAGES = replaced(PACK, "languages: [nb]", "languages: [nb, en]")
PATH_HINT = "a relative path to a .yaml file inside the pack folder (no '..', not from '/')"

#: (pack.yaml, (line, col), what it says)
PACK_CASES = [
    (
        replaced(PACK, "title: Mini\n", ""),
        (1, 1),
        "missing required field 'title'"
        " — add 'title:' (text: a string, or a map of language code to string)",
    ),
    (
        replaced(PACK, "title: Mini", "title: [Mini, Maxi]"),
        (3, 8),
        "expected text or a map of languages, found a list"
        " — write the text, or e.g. {nb: ..., en: ...}",
    ),
    (
        replaced(PACK, 'version: "1"', "version: [1]"),
        (2, 10),
        "expected text, found a list — write the text here",
    ),
    (
        replaced(PACK, "languages: [nb]", "languages: nb"),
        (5, 12),
        "expected a list, found 'nb' — start each item on its own line with '- '",
    ),
    (
        replaced(TWO_LANGUAGES, "title: Mini", "title: {nb: Mini, de: Klein, en: Small}"),
        (3, 19),
        "unknown language 'de' in this text — use one of the pack's languages: nb, en",
    ),
    (
        replaced(TWO_LANGUAGES, "title: Mini", "title: {nb: Hei, verden, en: Hello}"),
        (3, 18),
        "unknown language 'verden' in this text"
        " — a comma inside { } starts a new entry: put the text in quotes",
    ),
    (
        replaced(PACK, "languages: [nb]", "languages: [NB]"),
        (5, 13),
        "'NB' is not allowed here — a language code such as nb or en",
    ),
    (
        PACK + "scales:\n  felles: {min: 4, max: 2, labels: {2: Lite, 4: Mye}}\n",
        (8, 11),
        "scale 'felles' runs from 4 to 2 — make 'min' smaller than 'max'",
    ),
    *(
        (
            replaced(PACK, "[ex.yaml]", f"[ex.yaml, {path}]"),
            (6, 22),
            f"{path!r} is not allowed here — {PATH_HINT}",
        )
        for path in ["notes.txt", "../x.yaml", "sub/../../x.yaml", "/etc/x.yaml", ".x.yaml"]
    ),
    (
        replaced(PACK, "exercises: [ex.yaml]", "exercises:\n  - ex.yaml\n  - ../x.yaml"),
        (8, 5),
        f"'../x.yaml' is not allowed here — {PATH_HINT}",
    ),
    (PACK + "format: 3\n", (7, 9), "3 is above the maximum 2 — use a value of at most 2"),
]


@pytest.mark.parametrize(("pack", "where", "said"), PACK_CASES, ids=case_ids(PACK_CASES))
def test_one_error_in_pack_yaml(folder: Path, pack: str, where: tuple[int, int], said: str) -> None:
    p = only_error(load_pack(write_pack(folder, pack=pack)))
    assert str(p) == f"{folder / 'pack.yaml'}:{where[0]}:{where[1]}: {said}"


# --- how a problem reads ----------------------------------------------------------------


def test_a_problem_reads_file_line_col_what_and_fix(folder: Path) -> None:
    p = only_error(load_pack(write_pack(folder, TILTE)))
    where = f"{folder / 'ex.yaml'}:{line_of(TILTE, 'tilte')}:5"
    assert str(p) == f"{where}: unknown field 'tilte' — did you mean 'title'?"
    assert p.render("en") == str(p)
    assert p.render("nb") == f"{where}: ukjent felt 'tilte' — mente du 'title'?"


def test_a_problem_without_a_fix_has_no_dash(folder: Path) -> None:
    p = only_error(load_pack(write_pack(folder, OPTIONS_FROM_LATER)))
    assert str(p) == (
        f"{folder / 'ex.yaml'}:7:41: 'step: sp' must name an earlier scale, choice or list step"
    )


def test_plurals_in_problems(folder: Path) -> None:
    p = only_error(load_pack(write_pack(folder, with_mean("thresholds: [3]"))))
    assert p.message.render("en") == "expected 2 levels for 1 threshold, found 0"
    assert p.message.render("nb") == "forventet 2 nivåer for 1 terskel, fant 0"
    one = only_error(load_pack(write_pack(folder, with_mean(LEVELS2))))
    assert one.message.render("en") == "expected 1 level for 0 thresholds, found 2"


@pytest.mark.parametrize(
    ("minutes", "message", "hint"),
    [
        ("five", T("problem.found.value", value="five"), T("hint.write_whole_number")),
        ('"5"', T("problem.found.value", value="5"), T("hint.no_quotes")),
        ("'5'", T("problem.found.value", value="5"), T("hint.no_quotes")),
        ("2.5", T("problem.found.value", value="2.5"), T("hint.write_whole_number")),
        ("3,5", T("problem.found.value", value="3,5"), T("hint.decimal_point")),
        ("[5]", T("problem.found.list"), T("hint.write_whole_number")),
        ("0", None, T("hint.at_least", minimum="1")),
        ("500", None, T("hint.at_most", maximum="240")),
    ],
)
def test_text_where_a_number_is_expected(
    folder: Path, minutes: str, message: T | None, hint: T
) -> None:
    header = replaced(HEADER, "minutes: 5\n", "")
    p = only_error(load_pack(write_pack(folder, f"minutes: {minutes}\n" + BASE, header=header)))
    expected = (
        T("problem.expected_whole_number", found=message)
        if message is not None
        else T("problem.below_minimum", value="0", minimum="1")
        if minutes == "0"
        else T("problem.above_maximum", value="500", maximum="240")
    )
    assert_problem(p, (1, 10), expected, hint)


@pytest.mark.parametrize("written", ["yes", "on", "no", "off", "1", "y", "'true'", '"false"'])
def test_only_true_or_false_is_a_boolean(folder: Path, written: str) -> None:
    exercise = replaced(BASE, "    kind: result\n", f"    kind: result\n    optional: {written}\n")
    p = only_error(load_pack(write_pack(folder, exercise)))
    found = T("problem.found.value", value=written.strip("'\""))
    assert_problem(p, (15, 15), T("problem.expected_bool", found=found), T("hint.true_or_false"))


@pytest.mark.parametrize(("written", "value"), [("true", True), ("false", False), ("True", True)])
def test_true_and_false_are_booleans(folder: Path, written: str, value: bool) -> None:
    exercise = replaced(BASE, "    kind: result\n", f"    kind: result\n    optional: {written}\n")
    result = load_pack(write_pack(folder, exercise))
    assert result.pack is not None
    assert result.pack.exercises[0].step("ferdig").optional is value


@pytest.mark.parametrize("bad", ["A1", "a 1", "-a", "æ1", "a" * 65])
def test_a_bad_id(folder: Path, bad: str) -> None:
    p = only_error(load_pack(write_pack(folder, replaced(BASE, "{id: a1,", f"{{id: '{bad}',"))))
    assert_problem(p, (11, 14), T("problem.not_allowed", value=bad), ID_HINT)


def test_the_longest_id_is_fine(folder: Path) -> None:
    exercise = replaced(BASE, "{id: a1,", "{id: " + "a" * 64 + ",")
    exercise = replaced(exercise, "items: [a1, a2]", "items: [" + "a" * 64 + ", a2]")
    assert load_pack(write_pack(folder, exercise)).pack is not None


# --- several problems: all of them, the root cause first, no echoes ---------------------


def test_problems_are_collected_in_one_pass(folder: Path) -> None:
    exercise = replaced(BASE, "{id: a1, text: Første}", "{id: a1, text: Første, tekst: x}")
    exercise = replaced(exercise, "id: ferdig", "id: Ferdig")
    result = load_pack(write_pack(folder, exercise))
    assert result.pack is None
    assert [(p.line, p.column, p.message) for p in result.errors] == [
        (line_of(exercise, "tekst"), 32, T("problem.unknown_field", name="tekst")),
        (line_of(exercise, "Ferdig"), 9, T("problem.not_allowed", value="Ferdig")),
    ]


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


def test_a_misspelt_languages_key_is_one_error_not_one_per_text(folder: Path) -> None:
    """Issue 16: «langauges» gave eight «unknown language 'en'» before the real error."""
    pack = replaced(TWO_LANGUAGES, "languages:", "langauges:")
    pack = replaced(pack, "title: Mini", "title: {nb: Mini, en: Mini}")
    pack = replaced(pack, "description: Ei lita pakke.", "description: {nb: Lita, en: Small}")
    result = load_pack(write_pack(folder, pack=pack))
    assert [str(p) for p in result.problems] == [
        f"{folder / 'pack.yaml'}:5:1: unknown field 'langauges' — did you mean 'languages'?"
    ]


def test_a_misspelt_required_field_is_not_also_reported_missing(folder: Path) -> None:
    exercise = "tilte: Øvelse\n" + BASE
    header = replaced(HEADER, "title: Øvelse\n", "")
    p = only_error(load_pack(write_pack(folder, exercise, header=header)))
    assert_problem(
        p,
        (1, 1),
        T("problem.unknown_field", name="tilte"),
        T("hint.did_you_mean", suggestion="title"),
    )


def test_a_missing_field_without_a_misspelling_is_still_reported(folder: Path) -> None:
    header = replaced(HEADER, "title: Øvelse\n", "")
    result = load_pack(write_pack(folder, "colour: red\n" + BASE, header=header))
    assert [p.message for p in result.errors] == [
        T("problem.unknown_field", name="colour"),
        T("problem.missing_field", name="title"),
    ]


def test_an_invalid_languages_list_holds_back_the_language_checks(folder: Path) -> None:
    pack = replaced(TWO_LANGUAGES, "languages: [nb, en]", "languages: [nb, EN]")
    pack = replaced(pack, "title: Mini", "title: {nb: Mini, en: Mini}")
    p = only_error(load_pack(write_pack(folder, pack=pack)))
    assert p.message == T("problem.not_allowed", value="EN")


def test_a_tab_in_the_indentation_is_called_a_tab(folder: Path) -> None:
    """Issue 16: it was «found character that cannot start any token»."""
    pack = replaced(PACK, "title: Mini\n", "title:\n\tnb: Mini\n")
    p = only_error(load_pack(write_pack(folder, pack=pack)))
    assert (p.line, p.column) == (4, 1)
    assert "tab" in str(p)
    assert str(p).endswith("replace the tab with spaces (set your editor to insert spaces for Tab)")
    assert "tab" in p.render("nb")


# --- languages --------------------------------------------------------------------------


def test_a_missing_translation_is_a_warning_and_shows_the_nb_text_marked(folder: Path) -> None:
    pack = replaced(TWO_LANGUAGES, "title: Mini", "title: {nb: Mini}")
    result = load_pack(write_pack(folder, pack=pack))
    assert result.errors == []
    assert result.pack is not None, "a missing translation must not stop the pack"
    [warning] = result.warnings
    assert str(warning) == (
        f"{folder / 'pack.yaml'}:3:8: warning: missing translation: en"
        " — add 'en:' here; until then readers see 'nb' text, marked"
    )
    assert warning.render("nb").startswith(
        f"{folder / 'pack.yaml'}:3:8: advarsel: oversettelse mangler: en"
    )
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


# --- valid variations -------------------------------------------------------------------


@pytest.mark.parametrize(
    "exercise",
    [
        pytest.param(with_mean(f"thresholds: [2.5, 3.5], {LEVELS3}"), id="mean-with-levels"),
        pytest.param(with_quadrant(), id="quadrant"),
        pytest.param(
            with_step("  - {id: c, kind: choice, options: [{id: o1, label: O}]}\n"), id="choice"
        ),
        pytest.param("steps:\n" + LIST + SORT, id="sort"),
        pytest.param(
            "steps:\n"
            + LIST
            + replaced(
                replaced(
                    SORT,
                    "    grid: {columns: [Haster, Haster ikke], rows: [Viktig, Ikke viktig]}\n",
                    "",
                ),
                "      - {id: c4, label: Fire}\n",
                "",
            ),
            id="sort-without-grid-any-cells",
        ),
        pytest.param(
            replaced(
                with_step(
                    """\
                    - {id: t, kind: text, about: snitt}
                    - {id: c, kind: choice, options_from: {score: lav}}
                    - {id: pl, kind: plan, suggestions_from: lav, slots: [{id: s1, label: S}]}
                    """,
                    MEAN + "  - {id: lav, kind: lowest, items: [a1, a2]}\n",
                ),
                "{id: slutt, kind: result}",
                "{id: slutt, kind: result, show: [snitt]}",
            ),
            id="scores-used-after-their-questions",
        ),
    ],
)
def test_valid_variations(folder: Path, exercise: str) -> None:
    result = load_pack(write_pack(folder, exercise))
    assert result.problems == [], [str(p) for p in result.problems]
    assert result.pack is not None


def test_a_pack_scale_is_found_from_an_exercise(folder: Path) -> None:
    pack = PACK + "scales:\n  felles: {min: 1, max: 3, labels: {1: Lite, 3: Mye}}\n"
    exercise = replaced(BASE, "scale: s5", "scale: felles")
    result = load_pack(write_pack(folder, exercise, pack=pack))
    assert result.problems == []
    assert result.pack is not None


@pytest.mark.parametrize("threshold", ["5", "0.5", "1"])
def test_the_quadrant_threshold_lies_inside_the_scale_and_is_said_once(
    folder: Path, threshold: str
) -> None:
    p = only_error(
        load_pack(write_pack(folder, with_quadrant("threshold: 3", f"threshold: {threshold}")))
    )
    assert_problem(
        p,
        (18, 5),
        T("problem.quadrant.threshold_outside", threshold=f"{float(threshold):g}", min=1, max=5),
        T("hint.quadrant.threshold_outside"),
    )


def test_a_quadrant_before_its_axes_is_refused_or_still_scores(folder: Path) -> None:
    from medarbeider_tui.content.scoring import compute

    axes = "  - {id: x, kind: mean, items: [a1]}\n  - {id: y, kind: mean, items: [a2]}\n"
    exercise = replaced(BASE, MEAN, replaced(QUADRANT, axes, "") + axes)
    result = load_pack(write_pack(folder, exercise))
    if result.pack is None:
        assert [p.message.key for p in result.errors] == ["problem.score.before_its_scores"]
    else:
        exercise_model = result.pack.exercises[0]
        results = compute(exercise_model, result.pack, {"a1": 5, "a2": 5})
        assert results["q"]["quadrant"] == "hh"


def test_a_rank_of_unknown_items_and_non_mean_scores(folder: Path) -> None:
    exercise = (
        BASE + "  - {id: r, kind: lowest, items: [a9]}\n  - {id: s, kind: lowest, scores: [r]}\n"
    )
    result = load_pack(write_pack(folder, exercise))
    assert [(p.line, p.message, p.hint) for p in result.errors] == [
        (17, T("problem.rank.unknown_item", item="a9"), T("hint.item_ref")),
        (18, T("problem.rank.not_a_mean", score="r"), T("hint.rank.mean")),
    ]


# --- files of a pack --------------------------------------------------------------------


def test_duplicate_exercise_ids_in_a_pack(folder: Path) -> None:
    other = "id: ex\ntitle: To\ndescription: Ei til.\nminutes: 1\nsteps: [{id: i, kind: info}]\n"
    pack = replaced(PACK, "[ex.yaml]", "[ex.yaml, to.yaml]")
    p = only_error(load_pack(write_pack(folder, pack=pack, **{"to.yaml": other})))
    assert str(p) == (
        f"{folder / 'to.yaml'}:1:1: the exercise id 'ex' is also used in {folder / 'ex.yaml'}"
        " — give each exercise its own id"
    )


def test_a_link_out_of_the_pack_folder_is_refused(folder: Path) -> None:
    (folder.parent / "x.yaml").parent.mkdir(parents=True, exist_ok=True)
    (folder.parent / "x.yaml").write_text(HEADER + "steps: [{id: i, kind: info}]\n")
    pack = replaced(PACK, "[ex.yaml]", "[ex.yaml, inne.yaml]")
    write_pack(folder, pack=pack)
    (folder / "inne.yaml").symlink_to(folder.parent / "x.yaml")
    p = only_error(load_pack(folder))
    assert p.path == folder / "pack.yaml"
    assert_problem(p, (6, 22), T("problem.pack.outside", file="inne.yaml"), T("hint.pack.outside"))


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


def test_an_exercise_file_names_its_pack(folder: Path) -> None:
    """Issue 16: `packs validate path/to/exercise.yaml` said «…/exercise.yaml/pack.yaml:1:1»."""
    write_pack(folder, replaced(BASE, "kind: result", "kind: resutl"))
    result = load_pack(folder / "ex.yaml")
    assert result.folder == folder
    assert [(p.path, p.line, p.column) for p in result.problems] == [(folder / "ex.yaml", 14, 11)]


def test_a_file_the_pack_does_not_list_is_a_warning(folder: Path) -> None:
    write_pack(folder, **{"utkast/ny.yaml": "id: ny\n"})
    result = load_pack(folder / "utkast" / "ny.yaml")
    assert result.pack is not None
    assert [(p.path, p.severity, p.message.key) for p in result.problems] == [
        (folder / "utkast" / "ny.yaml", "warning", "problem.pack.file_not_listed")
    ]


def test_a_file_outside_any_pack_says_what_to_pass(tmp_path: Path) -> None:
    loose = tmp_path / "loose.yaml"
    loose.write_text("id: x\n", encoding="utf-8")
    [p] = load_pack(loose).problems
    assert (p.path, p.line, p.column) == (loose, 1, 1)
    assert str(p) == (
        f"{loose}:1:1: this file belongs to no pack: no pack.yaml in its folder or the folders"
        " above — pass the folder that holds the pack's pack.yaml"
    )
