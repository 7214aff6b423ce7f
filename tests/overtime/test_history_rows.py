"""Item 1: each history row says its result in a few words; listings filter and page."""

from __future__ import annotations

from pathlib import Path

import pytest

from medarbeider_tui.content import model as m
from medarbeider_tui.content.loader import load_pack
from medarbeider_tui.paths import Locations
from medarbeider_tui.report.summary import default_summary
from medarbeider_tui.service import ReflectionService
from tests.content.minipack import BASE, replaced, write_pack

from .conftest import HALL_EXAMPLE, HALL_LATER, at, complete


def test_a_hall_row_says_the_field_in_both_languages(service: ReflectionService) -> None:
    complete(service, "hall-kvadranten", HALL_EXAMPLE, at(3))
    complete(service, "hall-kvadranten", HALL_LATER, at(6))
    rows = service.history("nb").page(0, 10)
    assert [r.result.text for r in rows] == ["PROAKTIV", "HANDLINGSLAMMET"]
    assert [r.result.text for r in service.history("en").page(0, 10)] == ["PROACTIVE", "STUCK"]
    assert rows[0].title == "Hall-kvadranten"


def test_declared_summaries_of_the_built_in_pack(service: ReflectionService) -> None:
    drivers = {f"{p}{n}": 3 for p in ("ls", "ks", "id", "tu", "mr", "ja") for n in (1, 2)}
    drivers.update(ls1=1, ls2=2)
    complete(service, "prestasjonsdrivere", drivers, at(3))
    tasks = ["Rapport", "Møter", "E-post"]
    complete(
        service,
        "prioritering",
        {"oppgaver": tasks, "matrise": [{"item": t, "cell": "q1"} for t in tasks]},
        at(4),
    )
    lf = {f"lf{n}": 4 for n in range(1, 15)}
    lf.update(lf4=2, lf5=2, lf6=3)
    complete(service, "lederferdigheter", lf, at(5))
    texts = [row.result.text for row in service.history("nb").page(0, 10)]
    assert texts == [
        "Svakest: Maktdeling 2,3",
        "Oppgaver sortert: 3",
        "Lavest akkurat nå: Lederstøtte",
    ]


def test_the_default_summary_when_a_pack_declares_none(service: ReflectionService) -> None:
    [(_, hall)] = service.find_exercise("proeve/hall")
    assert hall.summary is None
    assert default_summary(hall) == [m.SummaryPart(score="hall")]
    complete(service, "proeve/hall", HALL_EXAMPLE, at(3))
    [row] = service.history("en").page(0, 5)
    assert row.result.text == "STUCK"
    [(_, alt)] = service.find_exercise("proeve/alt")
    assert default_summary(alt) == [m.SummaryPart(score="snitt")]


def test_a_draft_says_how_far_it_got(service: ReflectionService) -> None:
    [(pack, exercise)] = service.find_exercise("hall-kvadranten")
    session = service.start(pack, exercise, "nb")
    session.set_answer("sb1", 4)
    session.set_answer("sb2", 3)
    [row] = service.history("nb").page(0, 5)
    assert row.result.text == "utkast: 2 svar så langt"


def test_filter_by_exercise_and_status_and_page(service: ReflectionService) -> None:
    for month in range(1, 7):
        complete(service, "hall-kvadranten", HALL_EXAMPLE, at(month))
    complete(service, "proeve/hall", HALL_EXAMPLE, at(7))
    [(pack, exercise)] = service.find_exercise("tre-sporsmal")
    service.start(pack, exercise, "nb").set_answer("hvem-er-du", "Meg")
    history = service.history("nb")
    assert history.total == 8
    assert history.status_counts == {"complete": 7, "draft": 1}
    counts = {(c.exercise_id, c.entries) for c in history.exercises}
    assert counts == {("hall-kvadranten", 6), ("hall", 1), ("tre-sporsmal", 1)}

    hall = service.history("nb", exercise=("aktivt-medarbeiderskap", "hall-kvadranten"))
    assert hall.total == 6
    first, second = hall.page(0, 4), hall.page(4, 4)
    assert len(first) == 4 and len(second) == 2
    assert [r.summary.completed_at for r in first + second] == sorted(
        (r.summary.completed_at for r in first + second), reverse=True
    )
    assert service.history("nb", status="draft").total == 1
    assert service.history("nb", exercise="hall", status="complete").total == 1
    page, total = service.summaries_page(5, 10, "nb", exercise="hall-kvadranten")
    assert (len(page), total) == (1, 6)


def test_an_entry_whose_pack_is_gone_still_shows(
    service: ReflectionService, isolated_environment: Locations
) -> None:
    complete(service, "proeve/hall", HALL_EXAMPLE, at(3))
    without = ReflectionService(isolated_environment)  # the test pack not given this time
    [row] = without.history("nb").page(0, 5)
    assert row.title == "hall"
    assert row.result.text == "HANDLINGSLAMMET"
    assert "ikke installert" in row.result.note


def test_an_entry_from_a_pack_changed_beyond_recognition(
    service: ReflectionService, tmp_path: Path, isolated_environment: Locations
) -> None:
    entry = complete(service, "proeve/hall", HALL_EXAMPLE, at(3))
    # The same pack and exercise ids, but nothing left of the scoring it was made with.
    folder = write_pack(
        tmp_path / "changed",
        pack="id: proeve\nversion: '9'\ntitle: P\ndescription: P.\nlanguages: [nb]\n"
        "exercises: [ex.yaml]\n",
        header="id: hall\ntitle: Ny Hall\ndescription: Ny.\nminutes: 5\n"
        "summary:\n  - score: snitt\n",
    )
    assert load_pack(folder).pack is not None
    changed = ReflectionService(isolated_environment, [folder])
    [row] = changed.history("nb").page(0, 5)
    assert row.summary.id == entry.id
    assert row.title == "Ny Hall"
    assert row.result.text == "HANDLINGSLAMMET"
    assert row.result.note == "laget med en annen versjon av pakken"


@pytest.mark.parametrize(
    ("summary", "said"),
    [
        ("summary:\n  - score: nowhere\n", "nowhere"),
        ("summary:\n  - count: sp\n", "count: sp"),
        ("summary:\n  - score: snitt\n    count: sp\n", "exactly one"),
        ("summary:\n  - lowest: [snitt, sp]\n", "sp"),
    ],
)
def test_a_summary_that_names_nothing_is_a_pack_error(
    tmp_path: Path, summary: str, said: str
) -> None:
    result = load_pack(write_pack(tmp_path / "p", BASE + summary))
    assert result.pack is None
    assert any(said in str(p) for p in result.errors), [str(p) for p in result.errors]


def test_review_in_days_without_action_is_a_pack_error(tmp_path: Path) -> None:
    text = replaced(
        BASE,
        "  - id: ferdig\n",
        "  - id: t\n    kind: text\n    review_in_days: 7\n  - id: ferdig\n",
    )
    result = load_pack(write_pack(tmp_path / "p", text))
    assert result.pack is None
    assert any("review_in_days" in str(p) for p in result.errors)
