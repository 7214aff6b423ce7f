"""Bad input (issue 11): entries whose pack is gone or changed beyond recognition still show in
the history and in trends as far as their data allows, with a note saying why."""

from __future__ import annotations

from pathlib import Path

from medarbeider_tui.content.loader import load_pack
from medarbeider_tui.paths import Locations
from medarbeider_tui.service import ReflectionService
from tests.content.minipack import write_pack

from .conftest import HALL_EXAMPLE, HALL_LATER, at, complete, rewrite

CHANGED_PACK = (
    "id: proeve\nversion: '9'\ntitle: P\ndescription: P.\nlanguages: [nb]\nexercises: [ex.yaml]\n"
)
CHANGED_HEADER = "id: hall\ntitle: Ny Hall\ndescription: Ny.\nminutes: 5\n"


def changed_pack(tmp_path: Path) -> Path:
    """The test pack's ids (``proeve``/``hall``), but nothing left of Hall's statements and
    scoring: one scale step and one mean, ``snitt``."""
    folder = write_pack(tmp_path / "changed", pack=CHANGED_PACK, header=CHANGED_HEADER)
    assert load_pack(folder).pack is not None
    return folder


def test_a_trend_over_a_pack_changed_beyond_recognition_keeps_the_old_means_and_says_so(
    service: ReflectionService, tmp_path: Path, isolated_environment: Locations
) -> None:
    complete(service, "proeve/hall", HALL_EXAMPLE, at(3))
    complete(service, "proeve/hall", HALL_LATER, at(5))
    changed = ReflectionService(isolated_environment, [changed_pack(tmp_path)])

    trend = changed.trend(*changed.trend_target("proeve/hall"), "nb")
    assert trend.title == "Ny Hall"
    by_id = {s.score_id: s for s in trend.series}
    # The entries' own means, by their ids, as far as the entries hold them:
    assert [p.value for p in by_id["self_awareness"].points] == [4.0, 13 / 3]
    assert by_id["adaptability"].points[0].value is not None
    # The installed pack's mean, which no entry has, is not drawn as an empty series.
    assert "snitt" not in by_id
    assert trend.trails and trend.trails[0].words("nb").startswith("mars 2026: HANDLINGSLAMMET")
    assert any("annen versjon" in note for note in trend.notes), trend.notes


def test_the_history_of_a_changed_pack_counts_and_filters_every_entry(
    service: ReflectionService, tmp_path: Path, isolated_environment: Locations
) -> None:
    complete(service, "proeve/hall", HALL_EXAMPLE, at(3))
    complete(service, "proeve/hall", HALL_LATER, at(5))
    changed = ReflectionService(isolated_environment, [changed_pack(tmp_path)])
    history = changed.history("nb", exercise=("proeve", "hall"), status="complete")
    assert history.total == 2
    rows = history.page(0, 10)
    assert [r.result.text for r in rows] == ["PROAKTIV", "HANDLINGSLAMMET"]
    assert {r.result.note for r in rows} == {"laget med en annen versjon av pakken"}


def test_an_entry_whose_results_are_unreadable_still_shows_with_a_note(
    service: ReflectionService, isolated_environment: Locations
) -> None:
    """Results replaced by hand with something that is no score at all: the row is there,
    says it has no results to show, and the trend counts what it can."""
    entry = complete(service, "proeve/hall", HALL_EXAMPLE, at(3))
    complete(service, "proeve/hall", HALL_LATER, at(5))
    rewrite(isolated_environment, entry.id, {"results": {"self_awareness": "fire"}})
    again = ReflectionService(isolated_environment)
    rows = again.history("nb").page(0, 5)
    assert [r.entry_id for r in rows][1] == entry.id
    assert rows[1].title == "hall"
    assert rows[1].result.note
    trend = again.trend(*again.trend_target("hall"), "nb")
    assert trend.entries == 2
    assert [p.value for p in trend.series[0].points][1] is not None


def test_a_trend_of_one_entry_of_a_gone_pack_says_there_is_nothing_to_compare(
    service: ReflectionService, isolated_environment: Locations
) -> None:
    complete(service, "proeve/hall", HALL_EXAMPLE, at(3))
    without = ReflectionService(isolated_environment)
    trend = without.trend(*without.trend_target("hall"), "nb")
    assert trend.entries == 1
    assert trend.nothing_to_compare
    assert any("ikke installert" in note for note in trend.notes)
