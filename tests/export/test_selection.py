"""Choosing entries (ids, --exercise, --since/--until, --last, --all), one document or --split,
and the language: the entry's own unless --lang says otherwise."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from medarbeider_tui.cli import main
from medarbeider_tui.diary import EntrySummary
from medarbeider_tui.export.selection import (
    NoSuchEntry,
    NothingChosen,
    NothingMatches,
    Selection,
    select,
)
from tests.export.conftest import SaveEntry


def summary(entry_id: str, exercise: str, day: int, status: str = "complete") -> EntrySummary:
    moment = f"2026-11-{day:02d}T23:30:00+01:00"  # late evening: 22:30 UTC, the same local day
    return EntrySummary(
        id=entry_id,
        exercise=exercise,
        pack_id="aktivt-medarbeiderskap",
        status=status,  # type: ignore[arg-type]
        created_at=moment,
        updated_at=moment,
        completed_at=moment if status == "complete" else None,
        language="nb",
    )


DIARY = [
    summary("a", "hall-kvadranten", 1),
    summary("b", "hall-kvadranten", 5),
    summary("c", "lederferdigheter", 6),
    summary("d", "hall-kvadranten", 9),
    summary("e", "hall-kvadranten", 10, status="draft"),
]


def ids(selection: Selection) -> list[str]:
    return [s.id for s in select(DIARY, selection)]


def test_filters_choose_completed_entries_newest_first() -> None:
    assert ids(Selection(everything=True)) == ["d", "c", "b", "a"]
    assert ids(Selection(exercise="hall-kvadranten")) == ["d", "b", "a"]
    assert ids(Selection(exercise="aktivt-medarbeiderskap/lederferdigheter")) == ["c"]
    assert ids(Selection(exercise="hall-kvadranten", last=2)) == ["d", "b"]
    assert ids(Selection(last=1)) == ["d"]
    assert ids(Selection(since=date(2026, 11, 5), until=date(2026, 11, 6))) == ["c", "b"]
    assert ids(Selection(since=date(2026, 11, 9))) == ["d"]  # the day as the entry's clock said


def test_ids_may_name_drafts_and_combine_with_filters() -> None:
    assert ids(Selection(ids=["e", "a"])) == ["e", "a"]
    assert ids(Selection(ids=["a", "c", "a"], exercise="hall-kvadranten")) == ["a"]


def test_a_selection_must_say_what_and_find_something() -> None:
    with pytest.raises(NothingChosen):
        select(DIARY, Selection())
    with pytest.raises(NoSuchEntry):
        select(DIARY, Selection(ids=["zzz"]))
    with pytest.raises(NothingMatches):
        select(DIARY, Selection(exercise="prioritering"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_last_three_hall_entries_and_a_leader_assessment_in_one_document(
    capsys: pytest.CaptureFixture[str], save_entry: SaveEntry, tmp_path: Path
) -> None:
    halls = [save_entry(days=n) for n in range(4)]
    leader = save_entry("lederferdigheter", {"lf1": 4}, days=5)
    target = tmp_path / "mu-samtale.html"
    code, _, err = run(
        capsys, "diary", "export", leader.id, "--exercise", "hall-kvadranten", "--last", "3",
        "--format", "html", "-o", str(target),
    )  # fmt: skip
    assert code == 1  # ids and filters narrow each other: the leader entry is not a Hall one
    assert "No completed entries" in err or "Ingen fullførte" in err

    code, out, _ = run(capsys, "diary", "export", "--exercise", "hall-kvadranten", "--last", "3")
    assert code == 0
    assert halls[0].id not in out
    code, out, _ = run(
        capsys, "diary", "export", *(h.id for h in halls[1:]), leader.id, "--format", "json"
    )
    assert [e["id"] for e in json.loads(out)] == [*(h.id for h in halls[1:]), leader.id]
    code, _, err = run(
        capsys, "diary", "export", *(h.id for h in halls[1:]), leader.id, "--format", "html",
        "-o", str(target),
    )  # fmt: skip
    assert code == 0, err
    page = target.read_text(encoding="utf-8")
    assert page.count("<article") == 4 and page.count('<section class="exercise">') == 2
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_split_writes_one_private_file_per_entry_or_none(
    capsys: pytest.CaptureFixture[str], save_entry: SaveEntry, tmp_path: Path
) -> None:
    entries = [save_entry(days=n) for n in range(3)]
    folder = tmp_path / "mappe"
    code, _, err = run(capsys, "diary", "export", "--all", "--split", str(folder), "--lang", "en")
    assert code == 0, err
    assert "Wrote 3 files" in err
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(f"hall-kvadranten-{e.id}.md" for e in entries)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()} == {0o600}
    for entry in entries:
        text = (folder / f"hall-kvadranten-{entry.id}.md").read_text(encoding="utf-8")
        assert text.startswith("# The Hall quadrant\n")  # --lang en

    mine = folder / names[1]
    mine.write_text("notes of my own", encoding="utf-8")
    for other in (folder / names[0], folder / names[2]):
        other.unlink()
    code, _, err = run(capsys, "diary", "export", "--all", "--split", str(folder), "--lang", "en")
    assert code == 1 and "already exists" in err
    assert sorted(p.name for p in folder.iterdir()) == [names[1]]  # nothing else written
    assert mine.read_text(encoding="utf-8") == "notes of my own"


def test_each_entry_keeps_its_own_language_unless_told(
    capsys: pytest.CaptureFixture[str], save_entry: SaveEntry
) -> None:
    english = save_entry(language="en")
    code, out, _ = run(capsys, "diary", "export", english.id)  # the interface is in bokmål
    assert code == 0 and out.startswith("# The Hall quadrant\n")
    assert "Placement: STUCK" in out and "Your answers" in out
    code, out, _ = run(capsys, "diary", "export", english.id, "--lang", "nb")
    assert out.startswith("# Hall-kvadranten\n") and "Dine svar" in out


def test_without_a_choice_it_says_how_to_choose(
    capsys: pytest.CaptureFixture[str], save_entry: SaveEntry
) -> None:
    save_entry()
    code, out, err = run(capsys, "diary", "export", "--lang", "en")
    assert code == 1 and not out
    assert "Say which entries to export" in err
    for option, value, message in (
        ("--since", "31.02.2026", "“31.02.2026” is not a date"),
        ("--last", "0", "“0” is not a whole number above 0"),
    ):
        with pytest.raises(SystemExit) as done:
            main(["diary", "export", option, value, "--lang", "en"])
        assert done.value.code == 2
        assert message in capsys.readouterr().err
