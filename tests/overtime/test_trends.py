"""Items 3 and 4: trends of every mean over time, pack changes, and the quadrant trail."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medarbeider_tui.paths import Locations
from medarbeider_tui.service import ReflectionService
from tests.cli.test_cli import run
from tests.conftest import TEST_PACK

from .conftest import HALL_EXAMPLE, HALL_LATER, at, complete, rewrite

HALL = ("aktivt-medarbeiderskap", "hall-kvadranten")
SB = [f"sb{n}" for n in range(1, 7)]
OD = [f"od{n}" for n in range(1, 7)]


def test_three_hall_entries_give_two_axes_and_a_trail(service: ReflectionService) -> None:
    complete(service, "hall-kvadranten", HALL_EXAMPLE, at(3))
    complete(service, "hall-kvadranten", HALL_LATER, at(6))
    complete(service, "hall-kvadranten", {**HALL_LATER, "od1": 5}, at(9))
    trend = service.trend(*HALL, "nb")
    assert trend.entries == 3 and not trend.nothing_to_compare
    assert [s.label for s in trend.series] == ["Selvbevissthet", "Omstillingsdyktighet"]
    selv = trend.series[0]
    assert [p.shown for p in selv.points] == ["4,0", "4,3", "4,3"]
    assert [p.delta_shown for p in selv.points] == ["", "+0,3", "±0,0"]
    assert (selv.low, selv.high) == (1, 5)
    [trail] = trend.trails
    assert trail.words("nb") == (
        "mars 2026: HANDLINGSLAMMET (4,0 / 2,3) → juni 2026: PROAKTIV (4,3 / 3,7) "
        "→ september 2026: PROAKTIV (4,3 / 3,8)"
    )
    assert [p.newest for p in trail.points] == [False, False, True]
    assert trail.threshold == 3.0 and trail.cells["proaktiv"] == ("high", "high", "PROAKTIV")
    english = service.trend(*HALL, "en")
    assert english.trails[0].words("en").startswith("March 2026: STUCK (4.0 / 2.3) → June 2026")


def test_one_entry_has_nothing_to_compare_yet(service: ReflectionService) -> None:
    complete(service, "hall-kvadranten", HALL_EXAMPLE, at(3))
    trend = service.trend(*HALL, "nb")
    assert "ingenting å sammenligne" in trend.nothing_to_compare
    assert "nothing to compare" in service.trend(*HALL, "en").nothing_to_compare


def test_since_leaves_out_older_entries(service: ReflectionService) -> None:
    for month in (1, 4, 8):
        complete(service, "hall-kvadranten", HALL_EXAMPLE, at(month))
    assert service.trend(*HALL, "nb", since=date(2026, 4, 3)).entries == 2


def test_a_pack_change_is_marked_and_changed_statements_compared_on_common_ones(
    service: ReflectionService, isolated_environment: Locations
) -> None:
    old = complete(service, "hall-kvadranten", HALL_EXAMPLE, at(3))
    new = complete(service, "hall-kvadranten", HALL_LATER, at(6))
    # The older entry was made with version 0.9, whose self-awareness had only sb1-sb3.
    results = dict(service.load(old.id).results)
    mean = dict(results["self_awareness"])
    mean["inputs"] = {k: v for k, v in mean["inputs"].items() if k in ("sb1", "sb2", "sb3")}
    mean["value"] = float(Fraction(4 + 4 + 3, 3))
    results["self_awareness"] = mean
    pack = {"id": HALL[0], "version": "0.9", "sha256": ""}
    rewrite(isolated_environment, old.id, {"results": results, "pack": pack})

    trend = service.trend(*HALL, "nb")
    assert [c.before for c in trend.pack_changes] == ["0.9"]
    selv, omst = trend.series
    assert selv.points[1].pack_changed and selv.points[1].bridge is not None
    assert selv.points[1].bridge.common == 3
    # On sb1-sb3 alone: 11/3 before, (5+4+4)/3 after.
    assert selv.points[1].delta is not None
    assert abs(selv.points[1].delta - (13 - 11) / 3) < 1e-9
    assert selv.first_to_last is None  # not the same statements from first to last
    assert omst.points[1].bridge is None  # adaptability kept its statements
    assert new.id == selv.points[1].entry_id


def test_an_entry_whose_pack_is_gone_still_has_a_trend(
    service: ReflectionService, isolated_environment: Locations
) -> None:
    complete(service, "proeve/hall", HALL_EXAMPLE, at(3))
    complete(service, "proeve/hall", HALL_LATER, at(5))
    without = ReflectionService(isolated_environment)
    target = without.trend_target("hall")
    trend = without.trend(*target, "nb")
    assert [s.label for s in trend.series] == ["self_awareness", "adaptability"]
    assert "ikke installert" in trend.notes[0]
    assert trend.trails[0].words("nb").startswith("mars 2026: HANDLINGSLAMMET (4,0 / 2,3)")


ANSWER = st.integers(min_value=1, max_value=5)


@pytest.mark.slow
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    entries=st.lists(
        st.tuples(st.integers(0, 400), st.lists(ANSWER | st.none(), min_size=12, max_size=12)),
        min_size=0,
        max_size=8,
    )
)
def test_a_trend_equals_a_direct_computation(
    isolated_environment: Locations, entries: list[tuple[int, list[int | None]]]
) -> None:
    """Random sets of entries: each series is every entry's own mean, oldest first."""
    import shutil

    shutil.rmtree(isolated_environment.data_dir, ignore_errors=True)
    service = ReflectionService(isolated_environment, [TEST_PACK])
    expected = []
    for n, (day, values) in enumerate(entries):
        answers = {k: v for k, v in zip(SB + OD, values, strict=True) if v is not None}
        when = at(1) + timedelta(days=day, minutes=n)
        entry = complete(service, "hall-kvadranten", answers, when)
        expected.append((when, entry.id, _mean(answers, "self"), _mean(answers, "adapt")))
    trend = service.trend(*HALL, "nb")
    assert trend.entries == len(entries)
    if not entries:
        return
    expected.sort()
    got = {s.score_id: [p.value for p in s.points] for s in trend.series}
    assert [p.entry_id for p in trend.series[0].points] == [e[1] for e in expected]
    assert got["self_awareness"] == [e[2] for e in expected]
    assert got["adaptability"] == [e[3] for e in expected]
    for series in trend.series:
        valued = [p for p in series.points if p.value is not None]
        for before, after in itertools.pairwise(valued):
            assert after.delta is not None and before.value is not None and after.value is not None
            assert abs(after.delta - (after.value - before.value)) < 1e-9


def _mean(answers: dict[str, Any], which: str) -> float | None:
    items = SB if which == "self" else OD
    scored = [6 - answers[k] if k in ("sb6", "od6") else answers[k] for k in items if k in answers]
    return float(Fraction(sum(scored), len(scored))) if len(scored) >= 5 else None


def test_diary_trend_prints_a_table_and_the_trail(capsys: Any, service: ReflectionService) -> None:
    complete(service, "hall-kvadranten", HALL_EXAMPLE, at(3))
    complete(service, "hall-kvadranten", HALL_LATER, at(6))
    code, out, _ = run(capsys, "diary", "trend", "hall-kvadranten")
    assert code == 0
    assert "Hall-kvadranten: 2 fullførte oppføringer" in out
    assert "  03.03.2026    4,0" in out
    assert "  03.06.2026    4,3   +0,3" in out
    assert "mars 2026: HANDLINGSLAMMET (4,0 / 2,3) → juni 2026: PROAKTIV (4,3 / 3,7)" in out
    code, out, _ = run(
        capsys, "diary", "trend", "hall-kvadranten", "--lang", "en", "--since", "2026-05-01"
    )
    assert code == 0 and "nothing to compare" in out
    code, _, err = run(capsys, "diary", "trend", "nowhere")
    assert code == 1 and "nowhere" in err
    code, _, err = run(capsys, "diary", "trend", "hall-kvadranten", "--since", "31.02.2026")
    assert code == 2 and "31.02.2026" in err
