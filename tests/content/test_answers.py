"""check_answer: what each step kind accepts, how it is normalised, and what is refused."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import (
    MAX_SHOWN,
    AnswerError,
    answer_keys,
    check_answer,
    check_answers,
    is_answered,
    options_for,
)
from medarbeider_tui.content.loader import load_pack
from medarbeider_tui.content.scoring import compute
from medarbeider_tui.i18n import LocalizedError, Translatable

EXAMPLE_PACK = Path(__file__).resolve().parents[1] / "packs" / "proeve"

SMALL_PACK = """\
id: svar
version: "1"
title: Svar
description: Små spørsmål.
languages: [nb]
exercises: [ex.yaml]
"""

SMALL_EXERCISE = """\
id: ex
title: Øvelse
description: Små spørsmål.
minutes: 1
scales:
  s5: {min: 1, max: 5, labels: {1: Lite, 5: Mye}}
steps:
  - {id: sp, kind: scale, scale: s5, items: [{id: a, text: A}, {id: b, text: B}]}
  - {id: linje, kind: text, multiline: false, max_length: 10}
  - id: flere
    kind: choice
    multiple: true
    min_selected: 2
    max_selected: 3
    options:
      - {id: o1, label: En}
      - {id: o2, label: To}
      - {id: o3, label: Tre}
      - {id: o4, label: Fire}
  - {id: liste, kind: list, max_items: 3}
  - {id: fra_liste, kind: choice, options_from: {step: liste}}
  - {id: fra_score, kind: choice, options_from: {score: lavest}}
  - {id: plan, kind: plan, slots: [{id: s1, label: Første}]}
scoring:
  - {id: lavest, kind: lowest, items: [a, b], count: 1}
"""


@pytest.fixture(scope="module")
def proeve() -> m.Pack:
    result = load_pack(EXAMPLE_PACK)
    assert result.pack is not None, [str(p) for p in result.problems]
    return result.pack


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> m.Pack:
    folder = tmp_path_factory.mktemp("svar")
    (folder / "pack.yaml").write_text(SMALL_PACK, encoding="utf-8")
    (folder / "ex.yaml").write_text(SMALL_EXERCISE, encoding="utf-8")
    result = load_pack(folder)
    assert result.pack is not None, [str(p) for p in result.problems]
    return result.pack


def check(pack: m.Pack, exercise_id: str, key: str, value: Any, answers: Any = None) -> Any:
    """check_answer with the results computed from the earlier ``answers``, as callers do."""
    answers = dict(answers or {})
    exercise = pack.exercise(exercise_id)
    before = dict(answers)
    result = check_answer(exercise, pack, key, value, answers, compute(exercise, pack, answers))
    assert answers == before, "check_answer must not change the answers it is given"
    return result


def refused(pack: m.Pack, exercise_id: str, key: str, value: Any, answers: Any = None) -> str:
    with pytest.raises(AnswerError) as info:
        check(pack, exercise_id, key, value, answers)
    return str(info.value)


# --- keys -------------------------------------------------------------------------------


def test_answer_keys_are_items_and_answerable_steps(proeve: m.Pack, small: m.Pack) -> None:
    sb = [f"sb{i}" for i in range(1, 7)]
    od = [f"od{i}" for i in range(1, 7)]
    assert list(answer_keys(proeve.exercise("hall"))) == [*sb, *od, "notat"]
    assert list(answer_keys(small.exercise("ex"))) == [
        "a",
        "b",
        "linje",
        "flere",
        "liste",
        "fra_liste",
        "fra_score",
        "plan",
    ]


@pytest.mark.parametrize("key", ["zz", "intro", "resultat", "selvbevissthet"])
def test_an_unknown_key_is_refused(proeve: m.Pack, key: str) -> None:
    message = refused(proeve, "hall", key, 3)
    assert message.startswith(f"unknown question id {key!r}; known ids: sb1, sb2,")
    assert message.endswith("od6, notat")


# --- scale ------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "stored"), [(1, 1), (5, 5), ("4", 4), (" 3 ", 3)])
def test_a_scale_answer_is_a_whole_number_on_the_scale(
    proeve: m.Pack, value: Any, stored: int
) -> None:
    result = check(proeve, "hall", "sb1", value)
    assert result == stored
    assert type(result) is int


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (0, "0"),
        (6, "6"),
        (-1, "-1"),
        ("6", "6"),  # digits are read as a number first
        ("", "''"),
        ("fire", "'fire'"),
        (4.0, "4.0"),
        (3.5, "3.5"),
        (True, "True"),
        (False, "False"),
        (None, "None"),
        ([4], "[4]"),
    ],
)
def test_a_scale_answer_off_the_scale_is_refused(proeve: m.Pack, value: Any, shown: str) -> None:
    assert refused(proeve, "hall", "sb1", value) == (
        f"expected a whole number from 1 to 5, got {shown}"
    )


def test_not_relevant_only_where_the_step_offers_it(proeve: m.Pack) -> None:
    assert check(proeve, "hall", "od1", m.NOT_RELEVANT) == m.NOT_RELEVANT
    assert refused(proeve, "hall", "sb1", m.NOT_RELEVANT) == (
        "expected a whole number from 1 to 5, got 'not_relevant'"
    )
    assert refused(proeve, "hall", "od1", 9) == (
        "expected a whole number from 1 to 5 or 'not_relevant', got 9"
    )


def test_a_superscript_digit_is_refused_as_an_answer_error(proeve: m.Pack) -> None:
    assert refused(proeve, "hall", "sb1", "²") == "expected a whole number from 1 to 5, got '²'"


# --- text -------------------------------------------------------------------------------


def test_text_is_stripped(proeve: m.Pack) -> None:
    assert check(proeve, "hall", "notat", "  Jeg tenker.\n") == "Jeg tenker."
    assert check(proeve, "hall", "notat", "Første linje\nAndre linje") == (
        "Første linje\nAndre linje"
    )


@pytest.mark.parametrize("value", ["", "   \n ", None, 5, ["tekst"]])
def test_text_must_be_some_text(proeve: m.Pack, value: Any) -> None:
    assert refused(proeve, "hall", "notat", value) == f"expected text, got {value!r}"


def test_text_over_the_length_limit(proeve: m.Pack, small: m.Pack) -> None:
    assert check(proeve, "hall", "notat", "x" * 5000) == "x" * 5000
    assert refused(proeve, "hall", "notat", "x" * 5001) == (
        "the text is 5001 characters, over the limit of 5000"
    )
    assert check(small, "ex", "linje", "  0123456789  ") == "0123456789"
    assert refused(small, "ex", "linje", "0123456789a") == (
        "the text is 11 characters, over the limit of 10"
    )


def test_a_single_line_text_refuses_a_newline(small: m.Pack) -> None:
    assert refused(small, "ex", "linje", "to\nlinjer") == "expected a single line"
    assert check(small, "ex", "linje", "en linje\n") == "en linje"


# --- choice -----------------------------------------------------------------------------


def test_a_single_choice(proeve: m.Pack) -> None:
    assert check(proeve, "alt", "retning", "mer") == "mer"
    assert refused(proeve, "alt", "retning", "nope") == (
        "expected one of ['mer', 'mindre'], got 'nope'"
    )
    assert refused(proeve, "alt", "retning", ["mer"]) == (
        "expected one of ['mer', 'mindre'], got ['mer']"
    )


def test_a_multiple_choice_from_a_scale_steps_items(proeve: m.Pack) -> None:
    exercise = proeve.exercise("alt")
    step = exercise.step("styrker")
    assert isinstance(step, m.ChoiceStep)
    options = options_for(step, exercise, {}, {})
    assert [(o.id, o.label.render("en")) for o in options] == [
        ("f1", "I listen"),
        ("f2", "I delegate"),
        ("f3", "I coach"),
    ]
    assert check(proeve, "alt", "styrker", ["f3", "f1"]) == ["f3", "f1"]
    assert check(proeve, "alt", "styrker", "f2") == ["f2"]
    assert check(proeve, "alt", "styrker", ["f1", "f1", "f2"]) == ["f1", "f2"]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (["f9"], "expected a list of options from ['f1', 'f2', 'f3'], got ['f9']"),
        (["f1", "f9"], "expected a list of options from ['f1', 'f2', 'f3'], got ['f1', 'f9']"),
        ({"f1": True}, "expected a list of options from ['f1', 'f2', 'f3'], got {'f1': True}"),
        ([], "choose at least 1"),
    ],
)
def test_a_multiple_choice_refuses(proeve: m.Pack, value: Any, message: str) -> None:
    assert refused(proeve, "alt", "styrker", value) == message


def test_min_and_max_selected(small: m.Pack) -> None:
    assert refused(small, "ex", "flere", ["o1"]) == "choose at least 2"
    assert refused(small, "ex", "flere", ["o1", "o1"]) == "choose at least 2"
    assert check(small, "ex", "flere", ["o1", "o2"]) == ["o1", "o2"]
    assert check(small, "ex", "flere", ["o4", "o2", "o3"]) == ["o4", "o2", "o3"]
    assert refused(small, "ex", "flere", ["o1", "o2", "o3", "o4"]) == "choose at most 3"


def test_options_from_a_list_steps_entries(small: m.Pack) -> None:
    answers = {"liste": ["E-post", "Møter"]}
    assert check(small, "ex", "fra_liste", "Møter", answers) == "Møter"
    assert refused(small, "ex", "fra_liste", "Lunsj", answers) == (
        "expected one of ['E-post', 'Møter'], got 'Lunsj'"
    )
    # With no entries yet, the root cause is named, not «expected one of [], got 'Møter'».
    assert refused(small, "ex", "fra_liste", "Møter", {}) == (
        "there is nothing to choose from yet: the options come from 'liste', which has no answer"
    )


def test_options_from_a_rank_score(small: m.Pack) -> None:
    answers = {"a": 4, "b": 2}
    assert check(small, "ex", "fra_score", "b", answers) == "b"
    assert refused(small, "ex", "fra_score", "a", answers) == "expected one of ['b'], got 'a'"


# --- list -------------------------------------------------------------------------------


def test_a_list_is_stripped_and_empty_entries_dropped(proeve: m.Pack) -> None:
    assert check(proeve, "alt", "oppgaver", ["  E-post ", "", "   ", "Rapport"]) == [
        "E-post",
        "Rapport",
    ]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (["E-post", "E-post"], "'E-post' is listed twice; make each entry distinct"),
        ([" E-post", "E-post "], "'E-post' is listed twice; make each entry distinct"),
        ([f"t{i}" for i in range(9)], "expected 1 to 8 entries, got 9"),
        ([], "expected 1 to 8 entries, got 0"),
        (["", "  "], "expected 1 to 8 entries, got 0"),
        (["to\nlinjer"], "each entry is one line of at most 200 characters"),
        (["x" * 201], "each entry is one line of at most 200 characters"),
        ("E-post", "expected a list of short texts, got 'E-post'"),
        (["E-post", 5], "expected a list of short texts, got ['E-post', 5]"),
    ],
)
def test_a_list_refuses(proeve: m.Pack, value: Any, message: str) -> None:
    assert refused(proeve, "alt", "oppgaver", value) == message


def test_a_list_of_exactly_the_maximum(proeve: m.Pack, small: m.Pack) -> None:
    eight = [f"t{i}" for i in range(8)]
    assert check(proeve, "alt", "oppgaver", eight) == eight
    assert refused(small, "ex", "liste", ["a", "b", "c", "d"]) == ("expected 1 to 3 entries, got 4")


# --- sort -------------------------------------------------------------------------------

LISTED = {"oppgaver": ["E-post", "Rapport", "Møter"]}


def test_a_sort_in_dict_form_is_normalised_to_the_list_form(proeve: m.Pack) -> None:
    value = {"E-post": "q3", "Rapport": "q2"}
    assert check(proeve, "alt", "matrise", value, LISTED) == [
        {"item": "E-post", "cell": "q3"},
        {"item": "Rapport", "cell": "q2"},
    ]


def test_a_sort_in_list_form(proeve: m.Pack) -> None:
    value = [{"item": "Møter", "cell": "q4"}]
    assert check(proeve, "alt", "matrise", value, LISTED) == value


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"Lunsj": "q1"}, f"'Lunsj' is not one of the listed entries {LISTED['oppgaver']}"),
        ({"E-post": "q9"}, "unknown cell 'q9'; cells are ['q1', 'q2', 'q3', 'q4']"),
        (
            [{"item": "E-post", "cell": "q1"}, {"item": "E-post", "cell": "q2"}],
            "'E-post' is placed twice",
        ),
        ({}, "place at least one entry"),
        ([], "place at least one entry"),
        ([{"item": "E-post"}], "expected {item: ..., cell: ...}, got {'item': 'E-post'}"),
        (["E-post"], "expected {item: ..., cell: ...}, got 'E-post'"),
        ("E-post", "expected a list of {item: ..., cell: ...} pairs, or entry: cell"),
    ],
)
def test_a_sort_refuses(proeve: m.Pack, value: Any, message: str) -> None:
    assert refused(proeve, "alt", "matrise", value, LISTED) == message


def test_a_sort_before_the_list_has_nothing_to_place(proeve: m.Pack) -> None:
    assert refused(proeve, "alt", "matrise", {"E-post": "q1"}) == (
        "there is nothing to sort yet: 'oppgaver' has no entries"
    )


# --- plan -------------------------------------------------------------------------------


SLOT_KEYS = "expected what, how and an optional review"
NOT_A_DATE = "review must be a date YYYY-MM-DD, got "


@pytest.mark.parametrize("review", [date(2026, 3, 1), "2026-03-01"])
def test_a_plan_with_a_review_date(proeve: m.Pack, review: Any) -> None:
    value = {"u1": {"what": "  Lære å delegere ", "how": " Ett kurs ", "review": review}}
    assert check(proeve, "alt", "utvikling", value) == {
        "u1": {"what": "Lære å delegere", "how": "Ett kurs", "review": "2026-03-01"}
    }


def test_a_plan_without_how_or_review(proeve: m.Pack) -> None:
    value = {"u1": {"what": "Lytte"}, "u2": {"what": "Coache", "how": ""}}
    assert check(proeve, "alt", "utvikling", value) == {
        "u1": {"what": "Lytte", "how": "", "review": None},
        "u2": {"what": "Coache", "how": "", "review": None},
    }


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"u9": {"what": "x"}}, "unknown slot 'u9'; slots are ['u1', 'u2']"),
        ({}, "expected a mapping of slots ['u1', 'u2'] to {what, how, review}"),
        (["x"], "expected a mapping of slots ['u1', 'u2'] to {what, how, review}"),
        ({"u1": "x"}, f"slot 'u1': {SLOT_KEYS}"),
        ({"u1": {"what": "x", "when": "nå"}}, f"slot 'u1': {SLOT_KEYS}"),
        ({"u1": {"how": "x"}}, "slot 'u1': 'what' must be a short text"),
        ({"u1": {"what": "  "}}, "slot 'u1': 'what' must be a short text"),
        ({"u1": {"what": "x" * 2001}}, "slot 'u1': texts are at most 2000 characters"),
        ({"u1": {"what": "x", "how": "y" * 2001}}, "slot 'u1': texts are at most 2000 characters"),
        ({"u1": {"what": "x", "review": "2026-02-30"}}, f"slot 'u1': {NOT_A_DATE}'2026-02-30'"),
        ({"u1": {"what": "x", "review": "neste uke"}}, f"slot 'u1': {NOT_A_DATE}'neste uke'"),
    ],
)
def test_a_plan_refuses(proeve: m.Pack, value: Any, message: str) -> None:
    assert refused(proeve, "alt", "utvikling", value) == message


def test_a_review_date_where_the_plan_takes_none(small: m.Pack) -> None:
    assert check(small, "ex", "plan", {"s1": {"what": "Gjøre"}}) == {
        "s1": {"what": "Gjøre", "how": "", "review": None}
    }
    for review in (date(2026, 3, 1), "2026-03-01"):
        message = refused(small, "ex", "plan", {"s1": {"what": "Gjøre", "review": review}})
        assert message == "slot 's1': this plan takes no review date"


# --- is_answered ------------------------------------------------------------------------


def test_is_answered(proeve: m.Pack) -> None:
    hall = proeve.exercise("hall")
    scale_step = hall.step("selvbevissthet")
    all_six = {f"sb{i}": 3 for i in range(1, 7)}
    assert is_answered(scale_step, all_six)
    assert not is_answered(scale_step, {k: v for k, v in all_six.items() if k != "sb6"})
    assert not is_answered(scale_step, {})

    od_step = hall.step("omstilling")
    assert is_answered(od_step, {f"od{i}": m.NOT_RELEVANT for i in range(1, 7)})

    assert is_answered(hall.step("intro"), {})
    assert is_answered(hall.step("resultat"), {})
    assert not is_answered(hall.step("notat"), all_six)
    assert is_answered(hall.step("notat"), {"notat": "Hei"})


def test_messages_name_no_internal_types(proeve: m.Pack) -> None:
    # what a person sees: no class names, no tracebacks
    message = refused(proeve, "hall", "sb1", "fire")
    assert not re.search(r"<class|Error|Traceback", message)


# --- in the person's language ------------------------------------------------------------


def test_an_answer_error_is_localized(proeve: m.Pack) -> None:
    with pytest.raises(AnswerError) as info:
        check(proeve, "hall", "sb1", 9)
    error = info.value
    assert isinstance(error, LocalizedError)
    assert isinstance(error, ValueError), "callers that catch ValueError still do"
    assert error.message == Translatable("answer.scale.range", min=1, max=5, value="9")
    assert error.render("nb") == "forventet et heltall fra 1 til 5, fikk 9"
    assert str(error) == error.render("en") == "expected a whole number from 1 to 5, got 9"


def test_a_long_value_is_cut_short_in_the_message(proeve: m.Pack) -> None:
    message = refused(proeve, "hall", "sb1", "x" * 10_000)
    shown = message.removeprefix("expected a whole number from 1 to 5, got ")
    assert len(shown) == MAX_SHOWN == 60
    assert shown == "'" + "x" * 58 + "…"
    many = refused(proeve, "alt", "oppgaver", ["E-post", *range(1000)])
    assert len(many) < 120, many


# --- a plan reports every problem in it ----------------------------------------------------


def test_a_plan_reports_every_problem_not_just_the_first(proeve: m.Pack) -> None:
    value = {
        "u1": {"what": " ", "review": "snart"},
        "u2": {"what": "Coache", "how": "y" * 2001},
        "u9": {"what": "x"},
    }
    with pytest.raises(AnswerError) as info:
        check(proeve, "alt", "utvikling", value)
    assert [message.key for message in info.value.messages] == [
        "answer.plan.what",
        "answer.plan.review_date",
        "answer.plan.too_long",
        "answer.plan.unknown_slot",
    ]
    assert str(info.value) == (
        "slot 'u1': 'what' must be a short text; "
        "slot 'u1': review must be a date YYYY-MM-DD, got 'snart'; "
        "slot 'u2': texts are at most 2000 characters; "
        "unknown slot 'u9'; slots are ['u1', 'u2']"
    )
    assert info.value.render("nb").startswith("plass 'u1': 'what' må være en kort tekst; ")


# --- a sort places every entry (unless the step is optional) -----------------------------


def test_a_sort_is_answered_only_when_every_entry_is_placed(proeve: m.Pack) -> None:
    step = proeve.exercise("alt").step("matrise")
    partly = {**LISTED, "matrise": [{"item": "E-post", "cell": "q1"}]}
    assert check(proeve, "alt", "matrise", {"E-post": "q1"}, LISTED) == partly["matrise"]
    assert not is_answered(step, partly), "two entries are not placed yet"
    placed = [{"item": e, "cell": "q1"} for e in LISTED["oppgaver"]]
    assert is_answered(step, {**LISTED, "matrise": placed})


# --- a whole answers file ----------------------------------------------------------------

ALL_OF_ALT = {
    "f1": 4,
    "f2": 2,
    "f3": 3,
    "oppgaver": ["E-post", "Rapport"],
    "matrise": {"E-post": "q1", "Rapport": "q2"},
    "retning": "mer",
}


def file_check(pack: m.Pack, given: dict[str, Any]) -> list[str]:
    return [str(p) for p in check_answers(pack.exercise("alt"), pack, given).problems]


def test_a_complete_answers_file_passes(proeve: m.Pack) -> None:
    result = check_answers(proeve.exercise("alt"), proeve, ALL_OF_ALT)
    assert result.ok, [str(p) for p in result.problems]
    assert result.answers["matrise"] == [
        {"item": "E-post", "cell": "q1"},
        {"item": "Rapport", "cell": "q2"},
    ]


def test_an_answers_file_with_a_sort_placing_only_some_entries_says_so(proeve: m.Pack) -> None:
    """Issue 16: a partial sort was accepted from an answers file without a word."""
    given = {**ALL_OF_ALT, "matrise": {"E-post": "q1"}}
    assert file_check(proeve, given) == [
        "matrise: every entry must be placed; 1 is not placed yet: ['Rapport']"
    ]


def test_an_optional_sort_may_place_some_entries(proeve: m.Pack, tmp_path: Path) -> None:
    folder = tmp_path / "valgfri"
    folder.mkdir()
    for name in ("pack.yaml", "hall.yaml"):
        (folder / name).write_bytes((EXAMPLE_PACK / name).read_bytes())
    alt = (EXAMPLE_PACK / "alt.yaml").read_text(encoding="utf-8")
    alt = alt.replace(
        "    items_from: oppgaver\n", "    items_from: oppgaver\n    optional: true\n"
    )
    (folder / "alt.yaml").write_text(alt, encoding="utf-8")
    pack = load_pack(folder).pack
    assert pack is not None
    assert file_check(pack, {**ALL_OF_ALT, "matrise": {"E-post": "q1"}}) == []


def test_an_answers_file_reports_the_root_cause_and_holds_back_its_echoes(
    small: m.Pack,
) -> None:
    """Issue 16: a refused list gave «expected one of [], got 'Grundig'» for its choice too."""
    given = {"a": 3, "b": 9, "liste": "Grundig", "fra_liste": "Grundig", "fra_score": "a"}
    problems = check_answers(small.exercise("ex"), small, given).problems
    assert [str(p) for p in problems] == [
        "b: expected a whole number from 1 to 5, got 9",
        "linje: required, but not in the file",
        "flere: required, but not in the file",
        "liste: expected a list of short texts, got 'Grundig'",
        "fra_liste: not checked: it builds on 'liste', which has a problem above",
        "fra_score: not checked: it builds on 'b', which has a problem above",
        "plan: required, but not in the file",
    ]
    assert problems[4].render("nb") == (
        "fra_liste: ikke sjekket: bygger på 'liste', som har en feil over"
    )


def test_an_answers_file_names_unknown_ids_and_missing_items(proeve: m.Pack) -> None:
    given = {key: value for key, value in ALL_OF_ALT.items() if key != "f2"}
    assert file_check(proeve, {**given, "zz": 1}) == [
        "zz: unknown question id 'zz'; known ids: f1, f2, f3, oppgaver, matrise, styrker,"
        " retning, utvikling",
        "f2: required, but not in the file",
    ]
