"""Scoring as declared: the Hall rule of docs/scoring.md case by case, levels, and rank picks."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medarbeider_tui.content import model as m
from medarbeider_tui.content.loader import load_pack
from medarbeider_tui.content.scoring import axis_level, compute

EXAMPLE_PACK = Path(__file__).resolve().parents[1] / "packs" / "proeve"

SB = [f"sb{i}" for i in range(1, 7)]  # self-awareness, the y axis; sb6 reverse-keyed
OD = [f"od{i}" for i in range(1, 7)]  # adaptability, the x axis; od6 reverse-keyed
ALL_FOUR = ["handlingslammet", "proaktiv", "brikke", "reaktiv"]  # declaration order


@pytest.fixture(scope="module")
def pack() -> m.Pack:
    result = load_pack(EXAMPLE_PACK)
    assert result.pack is not None, [str(p) for p in result.problems]
    return result.pack


def hall(pack: m.Pack, sb: list[Any], od: list[Any]) -> dict[str, Any]:
    """Score the Hall exercise; ``None`` in ``sb``/``od`` leaves that item unanswered."""
    answers = {
        item: value
        for items, values in ((SB, sb), (OD, od))
        for item, value in zip(items, values, strict=True)
        if value is not None
    }
    return compute(pack.exercise("hall"), pack, answers)


# --- docs/scoring.md, unit-test cases ----------------------------------------------------


def test_all_threes_is_on_the_line_on_both_axes(pack: m.Pack) -> None:
    results = hall(pack, [3] * 6, [3] * 6)
    q = results["hall"]
    assert (q["x"]["value"], q["y"]["value"]) == (3.0, 3.0)
    assert (q["x"]["level"], q["y"]["level"]) == ("boundary", "boundary")
    assert q["quadrant"] is None
    assert q["between"] == ALL_FOUR
    assert q["x"]["near"] and q["y"]["near"]


def test_all_fives_with_reverse_items_answered_one_is_proaktiv(pack: m.Pack) -> None:
    results = hall(pack, [5, 5, 5, 5, 5, 1], [5, 5, 5, 5, 5, 1])
    q = results["hall"]
    assert (q["x"]["value"], q["y"]["value"]) == (5.0, 5.0)
    assert (q["x"]["level"], q["y"]["level"]) == ("high", "high")
    assert q["quadrant"] == "proaktiv"
    assert q["between"] == []
    assert not q["x"]["near"] and not q["y"]["near"]


def test_low_self_awareness_and_high_adaptability_is_reaktiv(pack: m.Pack) -> None:
    results = hall(pack, [1, 1, 1, 1, 1, 5], [5, 5, 5, 5, 5, 1])
    assert results["self_awareness"]["value"] == 1.0
    assert results["adaptability"]["value"] == 5.0
    q = results["hall"]
    assert (q["x"]["level"], q["y"]["level"]) == ("high", "low")
    assert q["quadrant"] == "reaktiv"


def test_all_fives_without_reversing_would_not_be_proaktiv(pack: m.Pack) -> None:
    # sb6/od6 answered 5 score 1: the reverse keying is applied
    results = hall(pack, [5] * 6, [5] * 6)
    assert results["self_awareness"]["value"] == pytest.approx(26 / 6)
    assert results["self_awareness"]["inputs"]["sb6"] == {
        "answer": 5,
        "scored": 1,
        "reverse": True,
    }


def test_four_answered_items_give_no_value_and_no_quadrant(pack: m.Pack) -> None:
    results = hall(pack, [4, 4, 4, 4, None, None], [4] * 6)
    sa = results["self_awareness"]
    assert (sa["value"], sa["answered"], sa["min_answered"]) == (None, 4, 5)
    q = results["hall"]
    assert q["y"] == {"score": "self_awareness", "value": None, "level": None, "near": False}
    assert q["x"]["level"] == "high"
    assert q["quadrant"] is None
    assert q["between"] == []


def test_five_answered_items_are_enough(pack: m.Pack) -> None:
    results = hall(pack, [4, 4, 4, 4, 4, None], [4, 4, 4, 4, 4, None])
    assert results["self_awareness"]["answered"] == 5
    assert results["self_awareness"]["value"] == 4.0
    assert results["hall"]["quadrant"] == "proaktiv"


# --- docs/scoring.md, worked example -----------------------------------------------------


def test_the_worked_example_is_handlingslammet(pack: m.Pack) -> None:
    results = hall(pack, [4, 4, 3, 5, 4, 2], [2, 3, 2, 3, 2, 4])
    sa, ad = results["self_awareness"], results["adaptability"]
    assert sa["value"] == 4.0  # 24/6, sb6 = 2 reversed to 4
    assert sa["inputs"]["sb6"] == {"answer": 2, "scored": 4, "reverse": True}
    assert ad["value"] == float(Fraction(14, 6))  # od6 = 4 reversed to 2
    q = results["hall"]
    assert (q["x"]["level"], q["y"]["level"]) == ("low", "high")
    assert q["x"]["near"] is False  # 2.33 < 2.5
    assert q["y"]["near"] is False
    assert q["quadrant"] == "handlingslammet"
    assert (q["threshold"], q["near_band"]) == (3.0, 0.5)


def test_the_variant_with_od2_four_is_exactly_on_the_near_line(pack: m.Pack) -> None:
    results = hall(pack, [4, 4, 3, 5, 4, 2], [2, 4, 2, 3, 2, 4])
    assert results["adaptability"]["value"] == 2.5  # 15/6, exactly
    q = results["hall"]
    assert q["x"]["level"] == "low"
    assert q["x"]["near"] is True
    assert q["quadrant"] == "handlingslammet"


# --- on the line, and not relevant -------------------------------------------------------


def test_self_awareness_on_the_line_and_adaptability_high(pack: m.Pack) -> None:
    q = hall(pack, [3] * 6, [5, 5, 5, 5, 5, 1])["hall"]
    assert (q["x"]["level"], q["y"]["level"]) == ("high", "boundary")
    assert q["quadrant"] is None
    assert q["between"] == ["proaktiv", "reaktiv"]


def test_adaptability_on_the_line_and_self_awareness_low(pack: m.Pack) -> None:
    q = hall(pack, [1, 1, 1, 1, 1, 5], [3] * 6)["hall"]
    assert (q["x"]["level"], q["y"]["level"]) == ("boundary", "low")
    assert q["between"] == ["brikke", "reaktiv"]


def test_not_relevant_answers_do_not_count_as_answered(pack: m.Pack) -> None:
    nr = m.NOT_RELEVANT
    results = hall(pack, [4] * 6, [nr, nr, 4, 4, 4, 2])
    assert results["adaptability"]["answered"] == 4
    assert results["adaptability"]["value"] is None
    assert results["adaptability"]["inputs"]["od1"] == {
        "answer": nr,
        "scored": None,
        "reverse": False,
    }
    assert results["hall"]["quadrant"] is None

    results = hall(pack, [4] * 6, [nr, 5, 5, 5, 5, 1])
    assert results["adaptability"]["answered"] == 5
    assert results["adaptability"]["value"] == 5.0
    assert results["hall"]["quadrant"] == "proaktiv"


def test_no_answers_at_all(pack: m.Pack) -> None:
    results = compute(pack.exercise("hall"), pack, {})
    assert results["self_awareness"]["value"] is None
    assert results["hall"]["quadrant"] is None
    assert results["hall"]["between"] == []


@pytest.mark.parametrize(
    ("mean", "level"),
    [(Fraction(3), "boundary"), (Fraction(301, 100), "high"), (Fraction(299, 100), "low")],
)
def test_axis_level(mean: Fraction, level: str) -> None:
    assert axis_level(mean, 3.0) == level


def test_axis_level_is_exact_for_decimal_thresholds() -> None:
    # 11/5 is 2.2 exactly; a float comparison would depend on rounding.
    assert axis_level(Fraction(11, 5), 2.2) == "boundary"
    assert axis_level(Fraction(3, 10), 0.3) == "boundary"  # while 0.1 * 3 > 0.3 in floats


# --- mean levels ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "value", "level"),
    [
        ({"f1": 1, "f2": 1, "f3": 1}, 1.0, "lav"),
        ({"f1": 2, "f2": 2, "f3": 4}, pytest.approx(8 / 3), "middels"),
        ({"f1": 2, "f2": 3}, 2.5, "middels"),  # exactly on 2.5: the upper level
        ({"f1": 3, "f2": 4}, 3.5, "hoy"),  # exactly on 3.5: the upper level
        ({"f1": 2, "f2": 3, "f3": 2}, pytest.approx(7 / 3), "lav"),
        ({"f1": 5}, None, None),  # min_answered is 2
    ],
)
def test_mean_levels_with_thresholds(
    pack: m.Pack, answers: dict[str, int], value: Any, level: str | None
) -> None:
    result = compute(pack.exercise("alt"), pack, answers)["snitt"]
    assert result["value"] == value
    assert result["level"] == level


# --- rank scores ------------------------------------------------------------------------


def picks(result: dict[str, Any]) -> list[tuple[str, float]]:
    return [(p["id"], p["value"]) for p in result["picks"]]


@pytest.mark.parametrize(
    ("answers", "lowest", "highest"),
    [
        ({"f1": 4, "f2": 1, "f3": 2}, [("f2", 1.0), ("f3", 2.0)], [("f1", 4.0)]),
        # a tie at the edge takes both, in declaration order
        (
            {"f1": 1, "f2": 3, "f3": 3},
            [("f1", 1.0), ("f2", 3.0), ("f3", 3.0)],
            [("f2", 3.0), ("f3", 3.0)],
        ),
        (
            {"f1": 2, "f2": 2, "f3": 2},
            [("f1", 2.0), ("f2", 2.0), ("f3", 2.0)],
            [("f1", 2.0), ("f2", 2.0), ("f3", 2.0)],
        ),
        # declaration order among equals, even when a later item is declared first
        ({"f3": 1, "f1": 1, "f2": 5}, [("f1", 1.0), ("f3", 1.0)], [("f2", 5.0)]),
        # unanswered items are not candidates
        ({"f2": 4}, [("f2", 4.0)], [("f2", 4.0)]),
        ({}, [], []),
    ],
)
def test_rank_lowest_and_highest(
    pack: m.Pack, answers: dict[str, int], lowest: list[Any], highest: list[Any]
) -> None:
    results = compute(pack.exercise("alt"), pack, answers)
    assert picks(results["lavest"]) == lowest
    assert picks(results["hoyest"]) == highest
    assert {k: results["lavest"][k] for k in ("kind", "order", "count", "of")} == {
        "kind": "rank",
        "order": "lowest",
        "count": 2,
        "of": "items",
    }


SCORING_PACK = """\
id: regning
version: "1"
title: Regning
description: Poeng.
languages: [nb]
exercises: [ex.yaml]
"""

SCORING_EXERCISE = """\
id: ex
title: Øvelse
description: Poeng.
minutes: 1
scales:
  s5: {min: 1, max: 5, labels: {1: Lite, 5: Mye}}
steps:
  - id: sp
    kind: scale
    scale: s5
    items:
      - {id: a, text: A}
      - {id: b, text: B}
      - {id: c, text: C}
      - {id: d, text: D, reverse: true}
scoring:
  - {id: ma, kind: mean, items: [a]}
  - {id: mb, kind: mean, items: [b]}
  - {id: mc, kind: mean, items: [c, d]}
  - {id: lav, kind: lowest, items: [a, b, c, d], count: 1}
  - {id: best, kind: highest, scores: [ma, mb, mc], count: 1}
  - {id: verst, kind: lowest, scores: [ma, mb, mc], count: 2}
  - id: q
    kind: quadrant
    x: ma
    y: mb
    threshold: 1.1
    near: 0.1
    quadrants:
      - {id: hh, x: high, y: high, label: HH}
      - {id: lh, x: low, y: high, label: LH}
      - {id: hl, x: high, y: low, label: HL}
      - {id: ll, x: low, y: low, label: LL}
"""


@pytest.fixture(scope="module")
def scoring_pack(tmp_path_factory: pytest.TempPathFactory) -> m.Pack:
    folder = tmp_path_factory.mktemp("regning")
    (folder / "pack.yaml").write_text(SCORING_PACK, encoding="utf-8")
    (folder / "ex.yaml").write_text(SCORING_EXERCISE, encoding="utf-8")
    result = load_pack(folder)
    assert result.pack is not None, [str(p) for p in result.problems]
    return result.pack


def score_small(pack: m.Pack, answers: dict[str, Any]) -> dict[str, Any]:
    return compute(pack.exercise("ex"), pack, answers)


def test_rank_uses_the_reversed_value(scoring_pack: m.Pack) -> None:
    # d is reverse-keyed: answered 5 it scores 1, the lowest
    results = score_small(scoring_pack, {"a": 2, "b": 3, "c": 4, "d": 5})
    assert picks(results["lav"]) == [("d", 1.0)]


def test_rank_over_scores(scoring_pack: m.Pack) -> None:
    results = score_small(scoring_pack, {"a": 2, "b": 4, "c": 5, "d": 2})  # mc = (5 + 4) / 2
    assert results["mc"]["value"] == 4.5
    assert picks(results["best"]) == [("mc", 4.5)]
    assert picks(results["verst"]) == [("ma", 2.0), ("mb", 4.0)]
    assert results["best"]["of"] == "scores"


def test_rank_over_scores_with_ties_and_missing_means(scoring_pack: m.Pack) -> None:
    results = score_small(scoring_pack, {"a": 3, "b": 3})  # mc has no answers
    assert results["mc"]["value"] is None
    assert picks(results["best"]) == [("ma", 3.0), ("mb", 3.0)]
    assert picks(results["verst"]) == [("ma", 3.0), ("mb", 3.0)]


def test_the_near_band_is_exact(scoring_pack: m.Pack) -> None:
    # 1.1 - 1.0 is 0.10000000000000009 in floats; exactly it is the band's edge, 0.1.
    q = score_small(scoring_pack, {"a": 1, "b": 1})["q"]
    assert (q["x"]["level"], q["y"]["level"]) == ("low", "low")
    assert q["x"]["near"] is True
    assert q["quadrant"] == "ll"
    q = score_small(scoring_pack, {"a": 2, "b": 1})["q"]
    assert q["x"]["near"] is False
    assert q["quadrant"] == "hl"


def test_results_come_in_declaration_order(scoring_pack: m.Pack) -> None:
    results = score_small(scoring_pack, {})
    assert list(results) == ["ma", "mb", "mc", "lav", "best", "verst", "q"]


# --- a property: the quadrant always agrees with the axis levels ------------------------

ANSWER = st.one_of(st.none(), st.integers(min_value=1, max_value=5))
OD_ANSWER = st.one_of(ANSWER, st.just(m.NOT_RELEVANT))  # od items offer «ikke relevant»
CORNERS = {
    ("high", "high"): "proaktiv",
    ("high", "low"): "reaktiv",
    ("low", "high"): "handlingslammet",
    ("low", "low"): "brikke",
}


def expected_mean(values: list[Any]) -> Fraction | None:
    scored = [
        6 - v if i == 5 else v for i, v in enumerate(values) if isinstance(v, int)
    ]  # item 6 is reverse-keyed on both axes
    return Fraction(sum(scored), len(scored)) if len(scored) >= 5 else None


@pytest.mark.slow
@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(sb=st.lists(ANSWER, min_size=6, max_size=6), od=st.lists(OD_ANSWER, min_size=6, max_size=6))
def test_the_quadrant_is_consistent_with_the_axis_levels(
    pack: m.Pack, sb: list[Any], od: list[Any]
) -> None:
    q = hall(pack, sb, od)["hall"]
    x, y = q["x"], q["y"]
    for axis, values in ((x, od), (y, sb)):
        mean = expected_mean(values)
        if mean is None:
            assert (axis["value"], axis["level"], axis["near"]) == (None, None, False)
            continue
        assert axis["value"] == float(mean)
        assert axis["level"] == ("high" if mean > 3 else "low" if mean < 3 else "boundary")
        assert axis["near"] is (abs(mean - 3) <= Fraction(1, 2))

    levels = (x["level"], y["level"])
    if None in levels:
        assert q["quadrant"] is None
        assert q["between"] == []
    elif "boundary" in levels:
        assert q["quadrant"] is None
        assert len(q["between"]) == (4 if levels == ("boundary", "boundary") else 2)
        for quadrant_id in q["between"]:
            corner = next(k for k, v in CORNERS.items() if v == quadrant_id)
            assert all(lv in (c, "boundary") for lv, c in zip(levels, corner, strict=True))
    else:
        assert q["quadrant"] == CORNERS[levels]
        assert q["between"] == []


DEMAND_CONTROL = """\
scales:
  s5: {min: 1, max: 5, labels: {1: Lite, 5: Mye}}
steps:
  - id: sp
    kind: scale
    scale: s5
    items: [{id: k1, text: K}, {id: k2, text: K}, {id: k3, text: K}, {id: k4, text: K},
            {id: k5, text: K}, {id: d1, text: D}]
scoring:
  - id: kontroll
    kind: mean
    items: [k1, k2, k3, k4, k5]
    thresholds: [3.0, 4.0]
    levels: [{id: lite, label: L}, {id: noe, label: Noe kontroll}, {id: mye, label: M}]
  - {id: krav, kind: mean, items: [d1]}
  - id: modell
    kind: quadrant
    x: krav
    y: kontroll
    threshold: 4.0
    quadrants:
      - {id: aktiv, x: high, y: high, label: A}
      - {id: avslappet, x: low, y: high, label: B}
      - {id: belastet, x: high, y: low, label: C}
      - {id: passiv, x: low, y: low, label: D}
"""


def test_a_quadrant_splits_at_its_own_threshold_not_at_the_means_levels(tmp_path: Path) -> None:
    """docs/pack-format.md: «Kontroll: 3,8 (Noe kontroll)» beside the low-control quadrant."""
    from tests.content.minipack import write_pack

    result = load_pack(write_pack(tmp_path / "dc", DEMAND_CONTROL))
    assert result.pack is not None, [str(p) for p in result.problems]
    exercise = result.pack.exercises[0]
    answers = {"k1": 4, "k2": 4, "k3": 4, "k4": 4, "k5": 3, "d1": 5}
    results = compute(exercise, result.pack, answers)
    assert (results["kontroll"]["value"], results["kontroll"]["level"]) == (3.8, "noe")
    assert results["modell"]["y"]["level"] == "low"
    assert results["modell"]["quadrant"] == "belastet"
