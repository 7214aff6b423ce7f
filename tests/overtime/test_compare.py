"""Item 5: two entries of one exercise side by side, with what moved and by how much."""

from __future__ import annotations

from typing import Any

import pytest

from medarbeider_tui.paths import Locations
from medarbeider_tui.service import NotComparable, ReflectionService
from tests.cli.test_cli import run

from .conftest import HALL_EXAMPLE, HALL_LATER, at, complete, rewrite


def test_compare_says_what_moved_older_first(service: ReflectionService) -> None:
    old = complete(service, "hall-kvadranten", HALL_EXAMPLE, at(3))
    new = complete(service, "hall-kvadranten", HALL_LATER, at(6))
    comparison = service.compare(new.id, old.id, "nb")  # asked newest first
    assert (comparison.before.entry_id, comparison.after.entry_id) == (old.id, new.id)
    results = {r.key: r for r in comparison.results}
    assert (results["self_awareness"].before, results["self_awareness"].after) == ("4,0", "4,3")
    assert results["self_awareness"].moved_shown == "+0,3"
    assert (results["hall"].before, results["hall"].after) == ("HANDLINGSLAMMET", "PROAKTIV")
    rows = {row.key: row for step in comparison.answers for row in step.rows}
    assert rows["sb1"].moved == 1.0 and rows["sb1"].changed
    assert not rows["sb2"].changed
    assert len(comparison.moved) == 3 + sum(HALL_EXAMPLE[k] != HALL_LATER[k] for k in HALL_EXAMPLE)


def test_compare_matches_tasks_by_name(service: ReflectionService) -> None:
    def sorted_as(cells: dict[str, str]) -> dict[str, Any]:
        return {
            "oppgaver": list(cells),
            "matrise": [{"item": k, "cell": v} for k, v in cells.items()],
        }

    a = complete(service, "prioritering", sorted_as({"Rapport": "q1", "Møter": "q3"}), at(3))
    b = complete(service, "prioritering", sorted_as({"Møter": "q4", "Plan": "q2"}), at(4))
    comparison = service.compare(a.id, b.id, "en")
    matrix = next(s for s in comparison.answers if s.step_id == "matrise")
    assert [(r.key, r.before, r.after) for r in matrix.rows] == [
        ("Rapport", "Important and urgent", "–"),
        ("Møter", "Urgent, not important", "Neither important nor urgent"),
        ("Plan", "–", "Important, not urgent"),
    ]


def test_entries_of_different_exercises_are_not_compared(service: ReflectionService) -> None:
    a = complete(service, "hall-kvadranten", HALL_EXAMPLE, at(3))
    b = complete(service, "proeve/hall", HALL_EXAMPLE, at(4))
    with pytest.raises(NotComparable):
        service.compare(a.id, b.id, "nb")


def test_another_pack_version_is_compared_where_the_ids_match(
    service: ReflectionService, isolated_environment: Locations
) -> None:
    old = complete(service, "hall-kvadranten", HALL_EXAMPLE, at(3))
    new = complete(service, "hall-kvadranten", HALL_LATER, at(6))
    stored = service.load(old.id)
    answers = {k: v for k, v in stored.answers.items() if k != "sb4"}
    answers["sb-old"] = 2  # a statement the current version no longer has
    results = dict(stored.results)
    mean = dict(results["self_awareness"])
    inputs = {k: v for k, v in mean["inputs"].items() if k != "sb4"}
    inputs["sb-old"] = {"answer": 2, "scored": 2, "reverse": False}
    mean["inputs"] = inputs
    results["self_awareness"] = mean
    rewrite(
        isolated_environment,
        old.id,
        {
            "answers": answers,
            "results": results,
            "pack": {"id": "aktivt-medarbeiderskap", "version": "0.9", "sha256": ""},
        },
    )
    comparison = service.compare(old.id, new.id, "nb")
    assert "ulike versjoner" in comparison.notes[0]
    selv = next(r for r in comparison.results if r.key == "self_awareness")
    assert "5 felles utsagn" in selv.note
    rows = {row.key: row for step in comparison.answers for row in step.rows}
    assert (rows["sb4"].before, rows["sb4"].after) == ("–", "5 Helt enig")


def test_diary_compare_on_the_command_line(service: ReflectionService, capsys: Any) -> None:
    old = complete(service, "hall-kvadranten", HALL_EXAMPLE, at(3))
    new = complete(service, "hall-kvadranten", HALL_LATER, at(6))
    code, out, _ = run(capsys, "diary", "compare", old.id, new.id)
    assert code == 0
    assert "Selvbevissthet: 4,0 → 4,3 (+0,3)" in out
    assert "Plasseringen din akkurat nå: HANDLINGSLAMMET → PROAKTIV" in out
    code, out, _ = run(capsys, "diary", "compare", old.id, new.id, "--lang", "en")
    assert "Self-awareness: 4.0 → 4.3 (+0.3)" in out and "(unchanged)" in out
    code, _, err = run(capsys, "diary", "compare", old.id, "20990101-000000-abcdef")
    assert code == 1 and "20990101-000000-abcdef" in err
    other = complete(service, "proeve/hall", HALL_EXAMPLE, at(7))
    code, _, err = run(capsys, "diary", "compare", old.id, other.id)
    assert code == 1 and "ulike øvelser" in err
