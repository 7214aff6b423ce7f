"""Pack format 2 in the domain: conditions, placeholders, ranking and number steps, per-axis
thresholds, positive labels, the 0-based scale with «not relevant», and format 1 unchanged.

Each part: what validation refuses (with the line and a «did you mean»), what an answer is,
what the answers file accepts, and how the session keeps and prunes answers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import AnswerError, check_answer, check_answers
from medarbeider_tui.content.conditions import hidden_steps
from medarbeider_tui.content.loader import load_pack
from medarbeider_tui.content.scoring import compute
from medarbeider_tui.paths import Locations
from medarbeider_tui.report.build import build_answers, build_figures
from medarbeider_tui.service import ReflectionService
from tests.content.minipack import BASE, PACK, dedent, line_of, replaced, write_pack

PACK_2 = "format: 2\n" + PACK

#: Steps after BASE's scale step (a1, a2 on 1–5), before the result step.
STEPS = """\
scales:
  s5:
    min: 1
    max: 5
    labels: {1: Lite, 5: Mye}
  s7: {min: 1, max: 7, labels: {1: Lite, 7: Mye}}
steps:
  - id: sp
    kind: scale
    scale: s5
    items:
      - {id: a1, text: Første}
      - {id: a2, text: Andre, reverse: true, positive: Andre sagt pent}
  - id: valg
    kind: choice
    options: [{id: ja, label: Ja}, {id: nei, label: Nei}]
  - id: hvorfor
    kind: text
    when: {step: valg, equals: ja}
    title: "Hvorfor «{valg}»?"
    prompt: "Du svarte {a1} og valgte {valg}."
  - id: lav
    kind: text
    optional: true
    when: {score: snitt, at_most: 2}
  - id: timer
    kind: number
    min: 0
    max: 10
    step: 0.5
    unit: timer
  - id: liste
    kind: list
  - id: rangert
    kind: ranking
    options_from: {step: liste}
  - id: fast
    kind: ranking
    options: [{id: x, label: X}, {id: y, label: Y}, {id: z, label: Z}]
  - id: ferdig
    kind: result
scoring:
  - {id: snitt, kind: mean, items: [a1, a2]}
  - {id: topp, kind: highest, items: [a1, a2], count: 1}
"""


def pack_with(tmp_path: Path, exercise: str = STEPS, pack: str = PACK_2) -> Any:
    result = load_pack(write_pack(tmp_path / "p", exercise, pack))
    return result


def loaded(tmp_path: Path, exercise: str = STEPS) -> tuple[m.Pack, m.Exercise]:
    result = pack_with(tmp_path, exercise)
    assert result.pack is not None, [str(p) for p in result.problems]
    assert not result.problems, [str(p) for p in result.problems]
    return result.pack, result.pack.exercises[0]


def errors(tmp_path: Path, exercise: str, pack: str = PACK_2) -> list[str]:
    result = pack_with(tmp_path, exercise, pack)
    assert result.pack is None
    return [p.render("en") for p in result.errors]


ANSWERS = {
    "a1": 4,
    "a2": 2,
    "valg": "ja",
    "hvorfor": "Fordi",
    "timer": "7,5",
    "liste": ["A", "B", "C"],
    "rangert": ["C", "A", "B"],
    "fast": ["z", "x", "y"],
}


# --- the format ------------------------------------------------------------------------


def test_the_format_2_sample_is_valid(tmp_path: Path) -> None:
    pack, exercise = loaded(tmp_path)
    assert pack.format == 2
    assert [s.kind for s in exercise.steps].count("ranking") == 2


def test_format_1_refuses_what_format_2_added_and_says_how(tmp_path: Path) -> None:
    found = errors(tmp_path, STEPS, PACK)
    text = "\n".join(found)
    for what in ("when", "positive", "kind: number", "kind: ranking"):
        assert f"'{what}' exists from pack format 2" in text, text
    assert all("format: 2" in line for line in found)


def test_format_1_braces_stay_text(tmp_path: Path) -> None:
    exercise = replaced(
        BASE, "  - id: ferdig\n", "  - {id: t, kind: text, title: 'Om {a1}'}\n  - id: ferdig\n"
    )
    result = load_pack(write_pack(tmp_path / "p", exercise))
    assert result.pack is not None and result.pack.format == 1
    ex = result.pack.exercises[0]
    [report] = [s for s in build_answers(ex, result.pack, {"a1": 4}, "nb") if s.step_id == "t"]
    assert report.title == "Om {a1}"


def test_a_newer_format_is_refused(tmp_path: Path) -> None:
    found = errors(tmp_path, BASE, "format: 3\n" + PACK)
    assert any("format" in line and "3" in line for line in found), found


# --- conditions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "says"),
    [
        ("{step: valgg, equals: ja}", "did you mean 'valg'"),
        ("{step: valg, equals: jaa}", "did you mean 'ja'"),
        ("{step: valg, equals: ja, in: [nei]}", "exactly one of"),
        ("{step: valg, score: snitt, equals: ja}", "either 'step' or 'score'"),
        ("{step: valg, at_least: 2}", "does not give a number"),
        ("{step: timer, equals: 2}", "asked only after this step"),
        ("{score: snit, at_least: 2}", "did you mean 'snitt'"),
        ("{step: a1, equals: 9}", "can never be the answer"),
    ],
)
def test_a_condition_that_cannot_hold_is_refused(tmp_path: Path, when: str, says: str) -> None:
    exercise = replaced(STEPS, "when: {step: valg, equals: ja}", f"when: {when}")
    found = errors(tmp_path, exercise)
    line = line_of(dedent(exercise), f"when: {when}")
    assert any(says in text and f"ex.yaml:{line}:" in text for text in found), found


def test_hidden_steps_follow_their_conditions(tmp_path: Path) -> None:
    pack, exercise = loaded(tmp_path)

    def hidden(answers: dict[str, Any]) -> set[str]:
        return hidden_steps(exercise, answers, compute(exercise, pack, answers))

    assert hidden({}) == {"hvorfor", "lav"}  # unanswered: a condition does not hold
    assert hidden({"valg": "ja", "a1": 1, "a2": 5}) == set()  # mean (1 + 1) / 2 = 1 ≤ 2
    assert hidden({"valg": "nei", "a1": 5, "a2": 1}) == {"hvorfor", "lav"}


def test_an_answers_file_answering_a_hidden_question_is_told(tmp_path: Path) -> None:
    pack, exercise = loaded(tmp_path)
    checked = check_answers(exercise, pack, {**ANSWERS, "valg": "nei"})
    assert [(p.key, p.messages[0].key) for p in checked.problems] == [("hvorfor", "answer.hidden")]
    assert "hvorfor" not in checked.answers


def test_a_hidden_question_is_not_missing(tmp_path: Path) -> None:
    pack, exercise = loaded(tmp_path)
    answers = {k: v for k, v in ANSWERS.items() if k != "hvorfor"} | {"valg": "nei"}
    assert check_answers(exercise, pack, answers).ok


def test_a_refused_source_holds_back_the_hidden_answer(tmp_path: Path) -> None:
    pack, exercise = loaded(tmp_path)
    checked = check_answers(exercise, pack, {**ANSWERS, "valg": "kanskje"})
    keys = [(p.key, p.messages[0].key) for p in checked.problems]
    assert keys == [("valg", "answer.choice.one_of"), ("hvorfor", "answer.held_back")]


def test_the_session_drops_answers_a_change_hides(
    tmp_path: Path, isolated_environment: Locations
) -> None:
    pack, _ = loaded(tmp_path)
    service = ReflectionService(isolated_environment, [pack.folder])
    [(p, ex)] = service.find_exercise("ex")
    session = service.start(p, ex, "nb")
    session.set_answer("valg", "ja")
    session.set_answer("hvorfor", "Fordi")
    assert [s.id for s in session.missing_required()][:2] == ["sp", "timer"]
    session.set_answer("valg", "nei")
    assert "hvorfor" not in session.answers
    assert "hvorfor" not in [s.id for s in session.missing_required()]


# --- placeholders ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "says"),
    [
        ("Om {valgg}", "placeholder {valgg} names no answer or score — did you mean 'valg'"),
        ("Om {timer}", "placeholder {timer} names something asked only later"),
        ("Om {snitt}", None),
        ("Om {{valg}}", None),
    ],
)
def test_placeholders_are_checked(tmp_path: Path, title: str, says: str | None) -> None:
    exercise = replaced(STEPS, 'title: "Hvorfor «{valg}»?"', f'title: "{title}"')
    result = pack_with(tmp_path, exercise)
    if says is None:
        assert result.pack is not None, [str(p) for p in result.problems]
        return
    found = [p.render("en") for p in result.errors]
    line = line_of(dedent(exercise), f'title: "{title}"')
    assert any(says in text and f"ex.yaml:{line}:" in text for text in found), found


def test_placeholders_are_filled_in_review_as_person_data(tmp_path: Path) -> None:
    pack, exercise = loaded(tmp_path)
    answers = check_answers(exercise, pack, ANSWERS).answers
    rows = {s.step_id: s for s in build_answers(exercise, pack, answers, "nb")}
    assert rows["hvorfor"].title == "Hvorfor «Ja»?"
    # An answer with Markdown marks stays text in a Markdown field (escaped, read as written).
    from medarbeider_tui.report.placeholders import Filler

    marked = {**answers, "liste": ["**fet** [lenke](x)", "B", "C"]}
    filler = Filler(exercise, pack, marked, compute(exercise, pack, marked), "nb")
    prompt = m.Text({"nb": "Liste: {liste}"})
    assert filler.text(prompt, markdown=True) == r"Liste: \*\*fet\*\* \[lenke\](x), B, C"
    from medarbeider_tui.report.prose import markdown_to_plain

    assert (
        markdown_to_plain(filler.text(prompt, markdown=True)) == "Liste: **fet** [lenke](x), B, C"
    )
    # A control character in an answer is shown, never acted on.
    escape = {**answers, "hvorfor": "a\x1b[31mb"}
    filler = Filler(exercise, pack, escape, compute(exercise, pack, escape), "nb")
    assert "\x1b" not in filler.text(m.Text({"nb": "{hvorfor}"}))
    assert filler.text(m.Text({"nb": "{lav}"})) == "(ikke besvart)"


# --- ranking and number ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "key"),
    [
        (["z", "x"], "answer.ranking.missing"),
        (["z", "x", "x"], "answer.ranking.twice"),
        (["z", "x", "w"], "answer.ranking.unknown"),
        ("z x y", "answer.ranking.expected"),
    ],
)
def test_a_ranking_places_everything_once(tmp_path: Path, value: Any, key: str) -> None:
    pack, exercise = loaded(tmp_path)
    with pytest.raises(AnswerError) as refused:
        check_answer(exercise, pack, "fast", value, {}, {})
    assert refused.value.message.key == key
    assert check_answer(exercise, pack, "fast", ["y", "z", "x"], {}, {}) == ["y", "z", "x"]


@pytest.mark.parametrize(
    ("value", "stored"),
    [("7,5", 7.5), ("7.5", 7.5), (3, 3), ("0", 0), (10, 10), ("10.0", 10)],
)
def test_a_number_in_range_and_step(tmp_path: Path, value: Any, stored: float) -> None:
    pack, exercise = loaded(tmp_path)
    got = check_answer(exercise, pack, "timer", value, {}, {})
    assert got == stored  # stored as a float: the step of 0.5 allows halves


@pytest.mark.parametrize("value", ["7,25", "-1", "10,5", "ti", True, "٣"])
def test_a_number_out_of_range_or_step_is_refused(tmp_path: Path, value: Any) -> None:
    pack, exercise = loaded(tmp_path)
    with pytest.raises(AnswerError):
        check_answer(exercise, pack, "timer", value, {}, {})


def test_a_whole_number_step_stores_an_int(tmp_path: Path) -> None:
    exercise = replaced(STEPS, "    step: 0.5\n", "")
    pack, ex = loaded(tmp_path, exercise)
    assert check_answer(ex, pack, "timer", "4", {}, {}) == 4
    assert isinstance(check_answer(ex, pack, "timer", "4", {}, {}), int)


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ("    min: 0\n    max: 10\n", "    min: 10\n    max: 0\n", "must be less than 'max'"),
        ("    step: 0.5\n", "    step: 3\n", "does not lead from 'min' to 'max'"),
    ],
)
def test_a_number_step_that_cannot_be_answered_is_refused(
    tmp_path: Path, old: str, new: str, says: str
) -> None:
    assert any(says in e for e in errors(tmp_path, replaced(STEPS, old, new)))


def test_a_ranking_from_a_list_is_dropped_when_the_list_changes(
    tmp_path: Path, isolated_environment: Locations
) -> None:
    pack, _ = loaded(tmp_path)
    service = ReflectionService(isolated_environment, [pack.folder])
    [(p, ex)] = service.find_exercise("ex")
    session = service.start(p, ex, "nb")
    session.set_answer("liste", ["A", "B"])
    session.set_answer("rangert", ["B", "A"])
    session.set_answer("liste", ["B", "A"])  # the same entries: the order is kept
    assert session.answers["rangert"] == ["B", "A"]
    session.set_answer("liste", ["A", "B", "C"])
    assert "rangert" not in session.answers


def test_ranking_and_number_rows_in_review(tmp_path: Path) -> None:
    pack, exercise = loaded(tmp_path)
    answers = check_answers(exercise, pack, ANSWERS).answers
    rows = {s.step_id: s.rows for s in build_answers(exercise, pack, answers, "nb")}
    assert [(r.label, r.value) for r in rows["fast"]] == [("1", "Z"), ("2", "X"), ("3", "Y")]
    assert [r.value for r in rows["timer"]] == ["7,5 timer"]
    assert [r.value for r in build_answers(exercise, pack, answers, "en")[3].rows] == ["7.5 timer"]


# --- 2×2 axes, positive labels, 0-based scales ------------------------------------------

QUADRANT = """\
  - {id: x, kind: mean, items: [a1]}
  - {id: y, kind: mean, items: [b1]}
  - id: q
    kind: quadrant
    x: x
    y: y
    THRESHOLDS
    quadrants:
      - {id: hh, x: high, y: high, label: HH}
      - {id: lh, x: low, y: high, label: LH}
      - {id: hl, x: high, y: low, label: HL}
      - {id: ll, x: low, y: low, label: LL}
"""
TWO_SCALES = (
    replaced(
        BASE,
        "  - id: ferdig\n",
        "  - {id: sp7, kind: scale, scale: s7, items: [{id: b1, text: B}]}\n  - id: ferdig\n",
    )
    .replace(
        "    labels: {1: Lite, 5: Mye}\n",
        "    labels: {1: Lite, 5: Mye}\n  s7: {min: 1, max: 7, labels: {1: Lite, 7: Mye}}\n",
    )
    .replace("  - {id: snitt, kind: mean, items: [a1, a2]}\n", "")
)


def test_axes_on_different_scales_need_their_own_thresholds(tmp_path: Path) -> None:
    exercise = TWO_SCALES + QUADRANT.replace("THRESHOLDS", "threshold: 3")
    assert any(
        "different scales (1–5 and 1–7)" in e and "x_threshold" in e
        for e in errors(tmp_path, exercise)
    )


def test_per_axis_thresholds_split_each_axis(tmp_path: Path) -> None:
    exercise = TWO_SCALES + QUADRANT.replace("THRESHOLDS", "x_threshold: 3\n    y_threshold: 4")
    pack, ex = loaded(tmp_path, exercise)
    results = compute(ex, pack, {"a1": 4, "b1": 3})
    # x: 4 > 3, high; y: 3 < 4, low (one shared threshold of 3 would put y on the line).
    assert results["q"]["quadrant"] == "hl"
    [figure] = [f for f in build_figures(ex, pack, results, "nb") if hasattr(f, "threshold_of")]
    assert (figure.threshold_of("x"), figure.threshold_of("y")) == (3, 4)


def test_a_threshold_outside_its_own_axis_is_refused(tmp_path: Path) -> None:
    inside = TWO_SCALES + QUADRANT.replace("THRESHOLDS", "x_threshold: 3\n    y_threshold: 6")
    loaded(tmp_path / "inside", inside)  # 6 is inside 1–7
    outside = TWO_SCALES + QUADRANT.replace("THRESHOLDS", "x_threshold: 6\n    y_threshold: 4")
    found = errors(tmp_path / "outside", outside)
    assert any("threshold 6 lies outside the scale 1–5" in e for e in found), found


def test_a_reverse_keyed_strength_is_said_the_positive_way(tmp_path: Path) -> None:
    pack, exercise = loaded(tmp_path)
    results = compute(exercise, pack, {"a1": 2, "a2": 1})  # a2 scored 5: the strength
    [rank] = [f for f in build_figures(exercise, pack, results, "nb") if hasattr(f, "picks")]
    assert [p.label for p in rank.picks] == ["Andre sagt pent"]


def test_positive_without_reverse_is_refused(tmp_path: Path) -> None:
    exercise = replaced(STEPS, "text: Andre, reverse: true,", "text: Andre,")
    assert any("is not reverse-keyed" in e for e in errors(tmp_path, exercise))


def test_not_relevant_on_a_scale_from_0_is_refused(tmp_path: Path) -> None:
    exercise = replaced(
        BASE,
        "    min: 1\n    max: 5\n    labels: {1: Lite, 5: Mye}\n",
        "    min: 0\n    max: 10\n    labels: {0: Lite, 10: Mye}\n"
        "    not_relevant_label: Ikke relevant\n",
    )
    exercise = replaced(exercise, "    scale: s5\n", "    scale: s5\n    not_relevant: true\n")
    found = errors(tmp_path, exercise)
    assert any("starts at 0" in e and "start the scale at 1" in e for e in found), found
