"""The built-in pack «aktivt-medarbeiderskap»: it loads cleanly, is complete in nb and en, and
scores as docs/scoring.md says (the worked example, every quadrant, the line, too few answers).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml

from medarbeider_tui.content import model as m
from medarbeider_tui.content.loader import load_pack
from medarbeider_tui.content.scoring import compute
from medarbeider_tui.content.text import Text

PACK_DIR = Path(__file__).parents[2] / "content" / "aktivt-medarbeiderskap"

EXERCISE_IDS = [
    "hall-kvadranten",
    "tre-sporsmal",
    "prestasjonsdrivere",
    "medarbeiderskap",
    "selvledelse",
    "prioritering",
    "lederferdigheter",
]

#: Item ids are stable: answers are stored under them. Changing one is a breaking change.
ITEM_IDS = {
    "hall-kvadranten": [f"sb{i}" for i in range(1, 7)] + [f"od{i}" for i in range(1, 7)],
    "tre-sporsmal": [],
    "prestasjonsdrivere": [
        *("ls1", "ls2", "ks1", "ks2", "id1", "id2"),
        *("tu1", "tu2", "mr1", "mr2", "ja1", "ja2"),
    ],
    "medarbeiderskap": ["sl1", "sl2", "sl3", "ml1", "ml2", "ml3", "mdl1", "mdl2", "mdl3"],
    "selvledelse": [],
    "prioritering": [],
    "lederferdigheter": [f"lf{i}" for i in range(1, 15)],
}

DRIVERS = [
    "lederstotte",
    "kollegastotte",
    "identitet",
    "talentutnyttelse",
    "mal-og-resultatfokus",
    "jobbautonomi",
]
DRIVER_ITEMS = {
    "lederstotte": ["ls1", "ls2"],
    "kollegastotte": ["ks1", "ks2"],
    "identitet": ["id1", "id2"],
    "talentutnyttelse": ["tu1", "tu2"],
    "mal-og-resultatfokus": ["mr1", "mr2"],
    "jobbautonomi": ["ja1", "ja2"],
}


@pytest.fixture(scope="module")
def pack() -> m.Pack:
    result = load_pack(PACK_DIR)
    assert result.pack is not None, "\n".join(map(str, result.problems))
    return result.pack


def exercise(pack: m.Pack, exercise_id: str) -> m.Exercise:
    return pack.exercise(exercise_id)


# --- loading -----------------------------------------------------------------------------


def test_pack_loads_with_no_errors_and_no_warnings() -> None:
    result = load_pack(PACK_DIR)
    assert [str(p) for p in result.problems] == []
    assert result.pack is not None


@pytest.mark.parametrize("path", sorted(PACK_DIR.rglob("*.yaml")), ids=lambda p: p.name)
def test_files_read_the_same_with_and_without_libyaml(path: Path) -> None:
    """Pure-Python PyYAML ends a plain scalar at '?' inside { }; quote such texts."""
    if not hasattr(yaml, "CSafeLoader"):
        pytest.skip("libyaml is not compiled in")
    text = path.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=yaml.SafeLoader) == yaml.load(text, Loader=yaml.CSafeLoader)


def test_pack_identity(pack: m.Pack) -> None:
    assert pack.id == "aktivt-medarbeiderskap"
    assert pack.languages == ["nb", "en"]


def test_exactly_the_seven_exercises_in_order(pack: m.Pack) -> None:
    assert [e.id for e in pack.exercises] == EXERCISE_IDS


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_item_ids_are_stable(pack: m.Pack, exercise_id: str) -> None:
    assert list(exercise(pack, exercise_id).scale_items()) == ITEM_IDS[exercise_id]


def test_item_ids_are_unique_across_the_pack(pack: m.Pack) -> None:
    ids = [i for e in pack.exercises for i in e.scale_items()]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_every_exercise_credits_its_source(pack: m.Pack, exercise_id: str) -> None:
    attribution = exercise(pack, exercise_id).attribution
    assert attribution is not None and attribution.get("nb") and attribution.get("en")


# --- nb/en parity ------------------------------------------------------------------------


def walk_texts(thing: Any, path: str = "") -> Iterator[tuple[str, Text]]:
    """Every Text inside a pack model object, with a readable path to it."""
    if isinstance(thing, Text):
        yield path, thing
    elif dataclasses.is_dataclass(thing) and not isinstance(thing, type):
        for f in dataclasses.fields(thing):
            if f.name != "node":
                name = getattr(thing, "id", "")
                yield from walk_texts(getattr(thing, f.name), f"{path}/{name}.{f.name}")
    elif isinstance(thing, list | tuple):
        for n, element in enumerate(thing):
            yield from walk_texts(element, f"{path}[{n}]")
    elif isinstance(thing, dict):
        for key, value in thing.items():
            yield from walk_texts(value, f"{path}[{key}]")


def test_every_text_has_nb_and_en(pack: m.Pack) -> None:
    texts = list(walk_texts(pack))
    paths = "\n".join(path for path, _ in texts)
    # The walk really reaches every corner: items, options, cells, slots, quadrants, scales.
    for corner in ("/sb6.text", "/bevisst-forhold.label", "/q4.hint", "/styrke-2.label"):
        assert corner in paths
    for corner in ("/brikke.support", "/brikke.reflection[1]", "/hall.caveat", "labels[5]"):
        assert corner in paths
    missing = [
        path
        for path, text in texts
        if not text.single and not (text.get("nb", "").strip() and text.get("en", "").strip())
    ]
    assert missing == []


def test_about_holds_disclaimer_and_sources(pack: m.Pack) -> None:
    assert pack.about is not None
    nb, en = (" ".join(pack.about[lang].split()) for lang in ("nb", "en"))
    assert "ikke et vitenskapelig validert" in nb and "not a scientifically validated" in en
    assert "Forskningen viser sammenhenger" in nb and "Research shows associations" in en
    for source in ("Hall", "Kuvaas", "Amundsen", "Gerstner", "1997", "2019"):
        assert source in nb and source in en
    assert "faktisk turnover" in nb and "actual turnover" in en


# --- nothing asks for health details ------------------------------------------------------

FORBIDDEN = re.compile(
    r"diagnos|sykmeld|fraværsdag|medisin|medikament|legemiddel|egenmeld|"
    r"medication|medicine|sick note|sick-leave days|absence days|days of absence",
    re.IGNORECASE,
)


def asking_texts(pack: m.Pack) -> Iterator[tuple[str, Text]]:
    """What the exercises show while asking: titles, prompts, cards, items, options, cells."""
    for ex in pack.exercises:
        yield f"{ex.id}.title", ex.title
        yield f"{ex.id}.description", ex.description
        for step in ex.steps:
            where = f"{ex.id}/{step.id}"
            for name in ("title", "prompt", "body", "hint", "how_prompt"):
                text = getattr(step, name, None)
                if text is not None:
                    yield f"{where}.{name}", text
            for part in ("items", "options", "cells", "slots"):
                for element in getattr(step, part, None) or []:
                    for name in ("text", "label", "hint", "follow_up"):
                        text = getattr(element, name, None)
                        if text is not None:
                            yield f"{where}/{element.id}.{name}", text
        for score in ex.scoring:
            for name in ("label", "follow_up"):
                text = getattr(score, name, None)
                if text is not None:
                    yield f"{ex.id}/{score.id}.{name}", text


def test_no_prompt_asks_for_diagnoses_sick_leave_or_medication(pack: m.Pack) -> None:
    texts = list(asking_texts(pack))
    assert len(texts) > 100
    hits = [
        (where, value)
        for where, text in texts
        for value in text.values()
        if FORBIDDEN.search(value)
    ]
    assert hits == []


def test_the_scan_would_catch_a_forbidden_word() -> None:
    assert FORBIDDEN.search("Hvor mange fraværsdager har du hatt?")
    assert FORBIDDEN.search("Hvilken diagnose har du?")
    assert FORBIDDEN.search("Which medication do you take?")


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_free_text_about_work_people_carries_the_privacy_hint(
    pack: m.Pack, exercise_id: str
) -> None:
    """Reflections that touch the manager, colleagues or well-being always carry the hint."""
    touchy = re.compile(r"leder|kolleg|trivsel|arbeidsplass|plassering", re.IGNORECASE)
    for step in exercise(pack, exercise_id).steps:
        free_text = isinstance(step, m.TextStep | m.ListStep | m.PlanStep)
        if free_text and step.prompt and touchy.search(step.prompt["nb"]):
            hint = getattr(step, "hint", None)
            assert hint is not None, step.id
            assert "helseopplysninger" in hint["nb"], step.id
            assert "health details" in hint["en"], step.id


# --- hall-kvadranten: docs/scoring.md ------------------------------------------------------


def hall_answers(sb: Sequence[int | None], od: Sequence[int | None]) -> dict[str, int]:
    answers = {f"sb{i}": v for i, v in enumerate(sb, 1) if v is not None}
    answers.update({f"od{i}": v for i, v in enumerate(od, 1) if v is not None})
    return answers


def hall(pack: m.Pack, sb: Sequence[int | None], od: Sequence[int | None]) -> dict[str, Any]:
    return compute(exercise(pack, "hall-kvadranten"), pack, hall_answers(sb, od))


def test_hall_layout_a_and_declared_rule(pack: m.Pack) -> None:
    score = exercise(pack, "hall-kvadranten").score("hall")
    assert isinstance(score, m.QuadrantScore)
    assert (score.x, score.y) == ("adaptability", "self_awareness")
    assert (score.threshold, score.near) == (3.0, 0.5)
    corners = {q.id: (q.x, q.y) for q in score.quadrants}
    assert corners == {
        "proaktiv": ("high", "high"),
        "reaktiv": ("high", "low"),
        "handlingslammet": ("low", "high"),
        "brikke": ("low", "low"),
    }
    support = {q.id for q in score.quadrants if q.support is not None}
    assert support == {"brikke"}
    for axis in ("self_awareness", "adaptability"):
        mean = exercise(pack, "hall-kvadranten").score(axis)
        assert isinstance(mean, m.MeanScore) and mean.min_answered == 5
    assert score.near_text is not None and all("{axis}" in v for v in score.near_text.values())
    assert score.boundary_text is not None
    assert all("{quadrants}" in v for v in score.boundary_text.values())


def test_hall_reverse_items(pack: m.Pack) -> None:
    items = exercise(pack, "hall-kvadranten").scale_items()
    assert sorted(i for i, (_, item) in items.items() if item.reverse) == ["od6", "sb6"]


def test_worked_example_is_handlingslammet(pack: m.Pack) -> None:
    results = hall(pack, [4, 4, 3, 5, 4, 2], [2, 3, 2, 3, 2, 4])
    assert results["self_awareness"]["value"] == 4.0
    assert results["adaptability"]["value"] == pytest.approx(14 / 6)
    assert Fraction(results["adaptability"]["value"]).limit_denominator(6) == Fraction(14, 6)
    placed = results["hall"]
    assert placed["quadrant"] == "handlingslammet"
    assert placed["between"] == []
    assert placed["y"]["level"] == "high" and placed["x"]["level"] == "low"
    assert placed["x"]["near"] is False and placed["y"]["near"] is False


def test_worked_example_shows_decimal_commas_in_nb(pack: m.Pack) -> None:
    from medarbeider_tui.export.text import result_lines
    from medarbeider_tui.report.build import build_figures

    ex = exercise(pack, "hall-kvadranten")
    results = hall(pack, [4, 4, 3, 5, 4, 2], [2, 3, 2, 3, 2, 4])
    text = "\n".join(result_lines(build_figures(ex, pack, results, "nb", ["hall"]), "nb"))
    assert "Selvbevissthet: 4,0" in text
    assert "Omstillingsdyktighet: 2,3" in text
    assert "HANDLINGSLAMMET" in text


def test_worked_example_variant_is_near_the_line(pack: m.Pack) -> None:
    results = hall(pack, [4, 4, 3, 5, 4, 2], [2, 4, 2, 3, 2, 4])
    placed = results["hall"]
    assert results["adaptability"]["value"] == 2.5
    assert placed["x"]["level"] == "low" and placed["x"]["near"] is True
    assert placed["y"]["near"] is False
    assert placed["quadrant"] == "handlingslammet"


@pytest.mark.parametrize(
    ("sb", "od", "quadrant"),
    [
        ([5, 5, 5, 5, 5, 1], [5, 5, 5, 5, 5, 1], "proaktiv"),
        ([1, 1, 1, 1, 1, 5], [5, 5, 5, 5, 5, 1], "reaktiv"),
        ([5, 5, 5, 5, 5, 1], [1, 1, 1, 1, 1, 5], "handlingslammet"),
        ([1, 1, 1, 1, 1, 5], [1, 1, 1, 1, 1, 5], "brikke"),
    ],
)
def test_each_quadrant_is_reachable(
    pack: m.Pack, sb: list[int], od: list[int], quadrant: str
) -> None:
    assert hall(pack, sb, od)["hall"]["quadrant"] == quadrant


def test_all_threes_is_on_the_line_between_all_four(pack: m.Pack) -> None:
    placed = hall(pack, [3] * 6, [3] * 6)["hall"]
    assert placed["quadrant"] is None
    assert set(placed["between"]) == {"proaktiv", "reaktiv", "handlingslammet", "brikke"}
    assert placed["x"]["level"] == placed["y"]["level"] == "boundary"


def test_adaptability_on_the_line_with_high_self_awareness(pack: m.Pack) -> None:
    placed = hall(pack, [5, 5, 5, 5, 5, 1], [3] * 6)["hall"]
    assert placed["quadrant"] is None
    assert set(placed["between"]) == {"handlingslammet", "proaktiv"}


def test_self_awareness_on_the_line_with_high_adaptability(pack: m.Pack) -> None:
    placed = hall(pack, [3] * 6, [5, 5, 5, 5, 5, 1])["hall"]
    assert placed["quadrant"] is None
    assert set(placed["between"]) == {"proaktiv", "reaktiv"}


def test_four_answers_on_an_axis_give_no_value_and_no_quadrant(pack: m.Pack) -> None:
    results = hall(pack, [4, 4, None, 5, None, 2], [2, 3, 2, 3, 2, 4])
    assert results["self_awareness"]["value"] is None
    assert results["self_awareness"]["answered"] == 4
    assert results["adaptability"]["value"] == pytest.approx(14 / 6)
    assert results["hall"]["quadrant"] is None
    assert results["hall"]["between"] == []


def test_five_answers_on_an_axis_are_enough(pack: m.Pack) -> None:
    results = hall(pack, [4, 4, 3, 5, None, 2], [2, 3, 2, 3, 2, 4])
    assert results["self_awareness"]["value"] == 4.0
    assert results["hall"]["quadrant"] == "handlingslammet"


# --- prestasjonsdrivere -----------------------------------------------------------------


def driver_answers(values: dict[str, tuple[int, int] | None]) -> dict[str, int]:
    answers: dict[str, int] = {}
    for driver, pair in values.items():
        if pair is not None:
            answers.update(dict(zip(DRIVER_ITEMS[driver], pair, strict=True)))
    return answers


def test_drivers_each_have_a_mean_with_a_follow_up(pack: m.Pack) -> None:
    ex = exercise(pack, "prestasjonsdrivere")
    for driver in DRIVERS:
        score = ex.score(driver)
        assert isinstance(score, m.MeanScore)
        assert score.items == DRIVER_ITEMS[driver]
        assert score.follow_up is not None
    lowest = ex.score("lavest-driver")
    assert isinstance(lowest, m.RankScore)
    assert (lowest.order, lowest.count, lowest.scores) == ("lowest", 1, DRIVERS)
    reflection = ex.step("refleksjon")
    assert isinstance(reflection, m.TextStep) and reflection.about == "lavest-driver"


def test_lowest_driver_is_picked(pack: m.Pack) -> None:
    answers = driver_answers(
        {
            "lederstotte": (4, 4),
            "kollegastotte": (5, 4),
            "identitet": (4, 3),
            "talentutnyttelse": (4, 5),
            "mal-og-resultatfokus": (3, 4),
            "jobbautonomi": (2, 2),
        }
    )
    results = compute(exercise(pack, "prestasjonsdrivere"), pack, answers)
    assert [p["id"] for p in results["lavest-driver"]["picks"]] == ["jobbautonomi"]
    assert results["jobbautonomi"]["value"] == 2.0


def test_lowest_driver_tie_includes_both(pack: m.Pack) -> None:
    answers = driver_answers(
        {
            "lederstotte": (4, 4),
            "kollegastotte": (5, 4),
            "identitet": (2, 3),
            "talentutnyttelse": (4, 5),
            "mal-og-resultatfokus": (3, 4),
            "jobbautonomi": (3, 2),
        }
    )
    results = compute(exercise(pack, "prestasjonsdrivere"), pack, answers)
    assert [p["id"] for p in results["lavest-driver"]["picks"]] == ["identitet", "jobbautonomi"]


def test_a_skipped_driver_is_left_out_not_counted_as_lowest(pack: m.Pack) -> None:
    answers = driver_answers(
        {
            "lederstotte": None,  # no manager: both skipped
            "kollegastotte": (5, 4),
            "identitet": (4, 4),
            "talentutnyttelse": (4, 5),
            "mal-og-resultatfokus": None,
            "jobbautonomi": (4, 4),
        }
    )
    answers["mr1"] = 3  # only one of the two goal items answered
    results = compute(exercise(pack, "prestasjonsdrivere"), pack, answers)
    assert results["lederstotte"]["value"] is None
    assert results["mal-og-resultatfokus"]["value"] == 3.0  # one of two answers is enough
    assert [p["id"] for p in results["lavest-driver"]["picks"]] == ["mal-og-resultatfokus"]


# --- medarbeiderskap -----------------------------------------------------------------------


def test_medarbeiderskap_dimensions_and_lowest(pack: m.Pack) -> None:
    ex = exercise(pack, "medarbeiderskap")
    answers = {"sl1": 4, "sl2": 4, "sl3": 5, "ml1": 2, "ml2": 4, "ml3": 3}
    answers |= {"mdl1": 4, "mdl2": 3, "mdl3": 5}
    results = compute(ex, pack, answers)
    assert results["selvledelse"]["value"] == pytest.approx(13 / 3)
    assert results["med-ledelse"]["value"] == 3.0
    assert results["medarbeiderledelse"]["value"] == 4.0
    assert [p["id"] for p in results["lavest-del"]["picks"]] == ["med-ledelse"]


# --- lederferdigheter --------------------------------------------------------------------


def leader_answers(values: list[int]) -> dict[str, int]:
    return {f"lf{i}": v for i, v in enumerate(values, 1)}


def test_leader_groups_and_no_total_score(pack: m.Pack) -> None:
    ex = exercise(pack, "lederferdigheter")
    groups = {s.id: s.items for s in ex.scoring if isinstance(s, m.MeanScore)}
    assert groups == {
        "relasjonelle": ["lf1", "lf2", "lf3"],
        "maktdeling": ["lf4", "lf5", "lf6"],
        "motivasjonsstotte": ["lf7", "lf8", "lf9", "lf10"],
        "utviklingsstotte": ["lf11", "lf12", "lf13", "lf14"],
    }
    plans = [s for s in ex.steps if isinstance(s, m.PlanStep)]
    assert [(p.suggestions_from, [s.id for s in p.slots]) for p in plans] == [
        ("utviklingsomrader", ["utvikling-1", "utvikling-2"]),
        ("styrker", ["styrke-1", "styrke-2"]),
    ]
    assert plans[0].review_date is True


def test_leader_lowest_and_highest_picks(pack: m.Pack) -> None:
    #                        1  2  3  4  5  6  7  8  9 10 11 12 13 14
    answers = leader_answers([4, 3, 5, 2, 4, 3, 4, 1, 4, 3, 5, 4, 3, 4])
    results = compute(exercise(pack, "lederferdigheter"), pack, answers)
    assert [p["id"] for p in results["utviklingsomrader"]["picks"]] == ["lf8", "lf4"]
    assert [p["id"] for p in results["styrker"]["picks"]] == ["lf3", "lf11"]
    assert results["relasjonelle"]["value"] == 4.0
    assert results["motivasjonsstotte"]["value"] == 3.0


def test_leader_ties_at_the_edge_are_all_offered(pack: m.Pack) -> None:
    answers = leader_answers([4, 3, 5, 2, 4, 3, 4, 2, 4, 3, 5, 4, 3, 5])
    results = compute(exercise(pack, "lederferdigheter"), pack, answers)
    assert [p["id"] for p in results["utviklingsomrader"]["picks"]] == ["lf4", "lf8"]
    assert [p["id"] for p in results["styrker"]["picks"]] == ["lf3", "lf11", "lf14"]
