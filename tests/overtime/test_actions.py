"""Item 6: plans become actions, come back when due, are reviewed, and go to a calendar."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path
from typing import Any

import icalendar
import pytest

from medarbeider_tui.diary.actions import ActionStore
from medarbeider_tui.paths import Locations
from medarbeider_tui.service import ReflectionService
from tests.cli.test_cli import run

from .conftest import at, complete

PLAN = {
    **{f"lf{n}": 4 for n in range(1, 15)},
    "plan-utvikling": {
        "utvikling-1": {"what": "Lytte mer aktivt", "how": "Spør; vent", "review": "2026-12-15"},
        "utvikling-2": {"what": "Delegere mer", "how": "", "review": None},
    },
}


def plan(service: ReflectionService, month: int = 11, review: str = "2026-12-15") -> str:
    answers = {**PLAN, "plan-utvikling": {**PLAN["plan-utvikling"]}}
    answers["plan-utvikling"]["utvikling-1"] = {
        **PLAN["plan-utvikling"]["utvikling-1"],
        "review": review,
    }
    return complete(service, "lederferdigheter", answers, at(month)).id


def test_a_plan_becomes_actions_that_come_back_when_due(service: ReflectionService) -> None:
    entry_id = plan(service)
    items = service.actions("nb", today=date(2026, 12, 1))
    assert [(i.action.what, i.action.review, i.label) for i in items] == [
        ("Lytte mer aktivt", "2026-12-15", "Utviklingsområde 1"),
        ("Delegere mer", None, "Utviklingsområde 2"),
    ]
    assert all(i.action.source.entry == entry_id for i in items)
    assert service.actions_due_notice(date(2026, 12, 1)) is None
    notice = service.actions_due_notice(date(2026, 12, 15))
    assert notice is not None and notice.render("nb") == "1 handling å se på igjen"
    assert notice.render("en") == "1 action to look at again"
    opened = service.open_actions_for("aktivt-medarbeiderskap", "lederferdigheter", "en")
    assert [i.label for i in opened] == ["Development area 1", "Development area 2"]
    assert service.sync_actions() == 0  # made once


def test_text_steps_become_actions_with_the_packs_review_interval(
    service: ReflectionService,
) -> None:
    complete(
        service,
        "prioritering",
        {
            "oppgaver": ["A"],
            "matrise": [{"item": "A", "cell": "q4"}],
            "slutte": "Lange møter",
            "begynne": "Planlegge fredag",
        },
        at(3),
    )
    items = service.actions("nb", today=date(2026, 3, 3))
    assert {(i.label, i.action.what, i.action.review) for i in items} == {
        ("Slutte", "Lange møter", "2026-03-31"),
        ("Begynne", "Planlegge fredag", "2026-03-31"),
    }


def test_a_review_is_kept_with_its_history(service: ReflectionService) -> None:
    plan(service)
    first = service.actions("nb")[0]
    service.review_action(
        first.id, "going_on", helped="Fredager", hindered="Travelt", next_review=date(2027, 1, 10)
    )
    service.review_action(first.id, "done", helped="Vane nå")
    action = service.action(first.id, "nb").action
    assert action.state == "done" and action.review is None
    assert [(r.state, r.helped, r.next_review) for r in action.reviews] == [
        ("going_on", "Fredager", "2027-01-10"),
        ("done", "Vane nå", None),
    ]
    assert first.id not in {i.id for i in service.actions("nb")}
    assert first.id in {i.id for i in service.actions("nb", include_closed=True)}


def test_an_action_whose_entry_is_deleted_is_kept_until_the_person_chooses(
    service: ReflectionService,
) -> None:
    entry_id = plan(service)
    service.delete(entry_id)
    items = service.actions("nb")
    assert len(items) == 2 and all(i.orphaned for i in items)
    keep, drop = items
    service.keep_action(keep.id)
    service.let_go_of_action(drop.id)
    [left] = service.actions("nb")
    assert left.id == keep.id and not left.orphaned


def test_actions_are_made_even_if_the_entry_is_deleted_before_any_listing(
    service: ReflectionService, isolated_environment: Locations
) -> None:
    entry_id = plan(service)
    assert not (isolated_environment.data_dir / "actions").exists()
    service.delete(entry_id)
    assert len(service.actions("nb")) == 2


def test_review_dates_as_an_icalendar_file(
    service: ReflectionService, tmp_path: Path, capsys: Any
) -> None:
    plan(service)
    target = tmp_path / "reviews.ics"
    code, _, err = run(capsys, "actions", "export", "--ics", str(target))
    assert code == 0 and "1 dato" in err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    parsed = icalendar.Calendar.from_ical(target.read_bytes())
    [event] = list(parsed.walk("VEVENT"))
    assert event["DTSTART"].dt == date(2026, 12, 15)
    assert str(event["SUMMARY"]) == "Se på igjen: Lytte mer aktivt"
    assert "Spør; vent" in str(event["DESCRIPTION"])
    assert "Lederferdigheter" in str(event["DESCRIPTION"])
    assert all(len(line) <= 75 for line in target.read_bytes().split(b"\r\n"))
    before = target.read_bytes()
    code, _, err = run(capsys, "actions", "export", "--ics", str(target))
    assert code == 1 and target.read_bytes() == before  # never overwritten


def test_hostile_text_stays_one_value_in_the_calendar(service: ReflectionService) -> None:
    from medarbeider_tui.export.ics import CalendarItem, calendar

    text = "Linje én\nEND:VEVENT\r\nBEGIN:VALARM;x,y\\z \x1b[31m" + "ø" * 80
    raw = calendar([CalendarItem("u@x", date(2027, 1, 1), text, text)])
    [event] = list(icalendar.Calendar.from_ical(raw).walk("VEVENT"))
    assert str(event["SUMMARY"]).startswith("Linje én\nEND:VEVENT\nBEGIN:VALARM;x,y\\z [31m")
    raw.decode("utf-8")  # folding never split a character


def test_actions_list_and_review_on_the_command_line(
    service: ReflectionService, capsys: Any
) -> None:
    plan(service, month=10, review="2020-06-01")  # long due, whatever today is
    code, out, _ = run(capsys, "actions", "list", "--due")
    assert code == 0 and "Lytte mer aktivt" in out and "Delegere mer" not in out
    [action_id] = [line.split()[0] for line in out.splitlines() if "(nå)" in line]
    code, out, _ = run(
        capsys,
        "actions",
        "review",
        action_id,
        "--state",
        "going-on",
        "--helped",
        "Rutiner",
        "--next",
        "01.02.2027",
    )
    assert code == 0 and "01.02.2027" in out
    code, out, _ = run(capsys, "actions", "list", "--lang", "en")
    assert "Look at again: 1 Feb 2027" in out
    assert "Last looked at on" in out
    code, _, err = run(capsys, "actions", "review", "20990101-abcdef", "--state", "done")
    assert code == 1 and "20990101-abcdef" in err


def test_an_interactive_review_asks_and_saves(
    service: ReflectionService, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    plan(service)
    action_id = service.actions("nb")[0].id
    monkeypatch.setattr("sys.stdin", io.StringIO("Fredager\nMøter\n1\n"))
    code, out, _ = run(capsys, "actions", "review", action_id)
    assert code == 0 and "Hva hjalp?" in out and "Lagret: ferdig" in out
    assert service.action(action_id, "nb").action.reviews[0].hindered == "Møter"
    other = service.actions("nb")[0].id
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = run(capsys, "actions", "review", other)
    assert code == 1 and "Ingenting er lagret" in err
    assert service.action(other, "nb").action.reviews == ()


def test_diary_delete_says_the_actions_are_kept(service: ReflectionService, capsys: Any) -> None:
    entry_id = plan(service)
    code, out, _ = run(capsys, "diary", "delete", entry_id, "--yes")
    assert code == 0 and "2 handlinger kom fra denne oppføringen" in out


def test_an_unreadable_action_file_is_quarantined_and_said(
    service: ReflectionService, isolated_environment: Locations
) -> None:
    plan(service)
    service.actions("nb")
    store = ActionStore.open(isolated_environment.data_dir, isolated_environment.quarantine_dir)
    victim = sorted(store.folder.glob("2*.json"))[0]
    victim.write_text("{", encoding="utf-8")
    assert len(service.actions("nb")) == 1
    assert [n.key for n in service.take_notices()] == ["warning.quarantined"]


def test_making_the_actions_of_many_entries_writes_the_ledger_once(
    service: ReflectionService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ledger of entries seen was read and rewritten whole for every entry: quadratic in
    a long diary (a first start on 100,000 entries did not finish in ten minutes)."""
    import medarbeider_tui.diary.actions as store_module

    for month in range(1, 6):
        plan(service, month=month)
    written: list[str] = []
    real = store_module.write_private_file

    def counted(folder: Path, name: str, data: bytes) -> Any:
        written.append(name)
        return real(folder, name, data)

    monkeypatch.setattr(store_module, "write_private_file", counted)
    assert service.sync_actions() == 10
    assert written.count(store_module.MADE_FROM_FILE) == 1
    assert len(service.action_store().made_from()) == 5
    assert service.sync_actions() == 0
