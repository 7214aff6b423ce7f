"""Item 1, the proof: with entries in two profiles (and the default one), every command and
service call that reads the diary, run for each profile, shows that profile's entries only.

Listing (diary list, show, the history, home's statuses, «last time»), exports (every format,
--all, --today, --split), trends and compare, actions (list, review, keep, export --ics) and
coach notes.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from medarbeider_tui.diary import EntryNotFound
from medarbeider_tui.diary.export_defaults import ExportDefaults
from medarbeider_tui.export.selection import Selection
from medarbeider_tui.service import ExportRequest, ReflectionService
from tests.cli.test_cli import run

from .conftest import PLAN, complete

#: A second Hall entry: PROAKTIV.
HALL_LATER = {
    **{f"sb{n}": v for n, v in zip(range(1, 7), (5, 4, 4, 5, 4, 2), strict=True)},
    **{f"od{n}": v for n, v in zip(range(1, 7), (4, 4, 3, 4, 3, 2), strict=True)},
}
PROFILES = ("Kari", "Ola Nordmann", None)  # None: the default profile


@pytest.fixture
def diaries(service: ReflectionService) -> dict[str | None, list[str]]:
    """Each profile's entry ids: two Hall entries, a plan with actions, a coach note."""
    service.profiles.create("Kari")
    service.profiles.create("Ola Nordmann")
    made: dict[str | None, list[str]] = {}
    now = datetime.now().astimezone()
    for number, name in enumerate(PROFILES):
        own = service.for_profile(name)
        first = complete(own, when=now - timedelta(days=30 + number))
        second = complete(own, answers=HALL_LATER, when=now - timedelta(minutes=number + 1))
        plan = complete(own, "lederferdigheter", PLAN, when=now - timedelta(days=2))
        own.add_coach_note(first.id, f"Notat om {name}")
        made[name] = [first.id, second.id, plan.id]
    return made


def others(diaries: dict[str | None, list[str]], name: str | None) -> set[str]:
    return {i for other, ids in diaries.items() if other != name for i in ids}


def profile_args(name: str | None) -> list[str]:
    return [] if name is None else ["--profile", name]


@pytest.mark.slow
@pytest.mark.parametrize("name", PROFILES, ids=["Kari", "Ola", "default"])
def test_every_command_sees_one_profile_only(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    service: ReflectionService,
    diaries: dict[str | None, list[str]],
    name: str | None,
) -> None:
    own, foreign = diaries[name], others(diaries, name)
    first, second, _ = own
    who = profile_args(name)

    def output(*argv: str, code: int = 0) -> str:
        got, out, err = run(capsys, *argv, *who, "--lang", "en")
        assert got == code, (argv, out, err)
        return out + err

    def only_own(text: str) -> None:
        assert all(i not in text for i in foreign), text
        assert all(other is None or other not in text for other in PROFILES if other != name)

    listing = output("diary", "list")
    assert all(i in listing for i in own)
    only_own(listing)
    only_own(output("diary", "show", first))
    for other_id in foreign:
        output("diary", "show", other_id, code=1)
        output("notes", "show", other_id, code=1)
        output("notes", "add", other_id, "Feil sted", code=1)
        output("diary", "compare", first, other_id, code=1)
    only_own(output("diary", "compare", first, second))
    trend = output("diary", "trend", "hall-kvadranten")
    assert "The Hall quadrant: 2 completed entries" in trend
    only_own(trend)
    for fmt in ("markdown", "html", "csv", "json"):
        exported = output("diary", "export", "--all", "--format", fmt, "--include-coach-notes")
        only_own(exported)
        assert all(i in exported for i in own) or fmt != "json"
    data = json.loads(output("diary", "export", "--all", "--format", "json").split("\n]")[0] + "]")
    assert sorted(e["id"] for e in data) == sorted(own)
    today = output("diary", "export", "--today", "--format", "json")
    assert second in today and first not in today
    only_own(today)
    split = tmp_path / f"split-{name}"
    output("diary", "export", "--all", "--split", str(split))
    files = sorted(p.name for p in split.iterdir())
    assert len(files) == 3 and all(any(i in f for i in own) for f in files), files
    actions = output("actions", "list", "--all")
    assert "Lytte mer aktivt" in actions
    only_own(actions)
    ids = [line.split()[0] for line in actions.splitlines() if line[:8].isdigit()]
    assert len(ids) == 2, actions
    for other in PROFILES:
        if other == name:
            continue
        for item in service.for_profile(other).actions("nb"):
            assert item.id not in ids
            output("actions", "review", item.id, "--state", "done", code=1)
            output("actions", "keep", item.id, code=1)
            output("actions", "drop", item.id, code=1)
    output("actions", "review", ids[0], "--state", "going-on", "--next", "2027-01-10")
    calendar = tmp_path / f"{name}.ics"
    output("actions", "export", "--ics", str(calendar))
    ics = calendar.read_text(encoding="utf-8")
    assert ics.count("BEGIN:VEVENT") == 1  # the one action with a review date: its own
    only_own(ics)
    notes = output("notes", "show", first)
    assert f"Notat om {name}" in notes
    only_own(notes)


def test_every_service_reading_sees_one_profile_only(
    service: ReflectionService, diaries: dict[str | None, list[str]]
) -> None:
    for name in PROFILES:
        own = service.for_profile(name)
        ids, foreign = set(diaries[name]), others(diaries, name)
        assert {s.id for s in own.summaries()} == ids
        assert {r.entry_id for r in own.history("nb").page(0, 100)} == ids
        statuses = own.statuses()
        hall = statuses[("aktivt-medarbeiderskap", "hall-kvadranten")]
        assert hall.done is not None and hall.done.id == diaries[name][1]
        [(pack, exercise)] = own.find_exercise("hall-kvadranten")
        last = own.last_time(pack, exercise, "nb", excluding=diaries[name][1])
        assert last is not None and last.entry_id == diaries[name][0]
        trend = own.trend("aktivt-medarbeiderskap", "hall-kvadranten", "nb")
        assert trend.entries == 2
        assert {a.action.source.entry for a in own.actions("nb", include_closed=True)} == {
            diaries[name][2]
        }
        exported = own.export(ExportRequest(Selection(everything=True), "json"), "nb")
        assert {e["id"] for e in json.loads(exported.files[0].data)} == ids
        for other_id in foreign:
            with pytest.raises(EntryNotFound):
                own.load(other_id)
            assert own.coach_notes(other_id) == []
        calendar, count = own.review_calendar("nb")
        assert count == 1 and all(i.encode() not in calendar for i in foreign)


def test_each_profile_keeps_its_own_export_defaults(
    service: ReflectionService, tmp_path: Path
) -> None:
    service.profiles.create("Kari")
    kari, default = service.for_profile("Kari"), service
    kari.remember_export_defaults(ExportDefaults("html", tmp_path / "kari", True, True))
    assert kari.export_defaults() == ExportDefaults("html", tmp_path / "kari", True, True)
    assert default.export_defaults() == ExportDefaults()
    assert kari.locations.export_defaults_file.parent == kari.locations.diary_dir
