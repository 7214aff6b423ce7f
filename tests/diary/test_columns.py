"""The listing's columns (``entries/index.cols``): a cache of the index that is never believed
over the files, migrated from today's index, and the same listing a full read gives."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from medarbeider_tui.diary import DiaryStore
from medarbeider_tui.diary import store as store_module
from medarbeider_tui.diary.codec import encode_entry
from medarbeider_tui.diary.columns import COLUMNS_FILE_NAME, read_columns
from medarbeider_tui.diary.index import INDEX_FILE_NAME, encode_row
from medarbeider_tui.diary.listing import status_by_exercise, statuses_of
from medarbeider_tui.paths import Locations

from .helpers import GOLDEN, at, copied, make_entry, truth


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Names of the entry files the store parses as entries from now on."""
    seen: list[str] = []
    real_read = store_module.read_entry_file
    real_decode = store_module.decode_entry_file

    def spy_read(path: Path, expected_id: str) -> Any:
        seen.append(path.name)
        return real_read(path, expected_id)

    def spy_decode(raw: Any, expected_id: str) -> Any:
        seen.append(f"{expected_id}.json")
        return real_decode(raw, expected_id)

    monkeypatch.setattr(store_module, "read_entry_file", spy_read)
    monkeypatch.setattr(store_module, "decode_entry_file", spy_decode)
    yield seen


@pytest.fixture(autouse=True)
def no_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every listing checks the files (the reuse within seconds is tested on its own)."""
    monkeypatch.setattr(store_module, "MEMO_SECONDS", 0.0)


def fill(store: DiaryStore, count: int = 8) -> list[Any]:
    saved = []
    for n in range(count):
        entry = make_entry({"n": n}, exercise=("hall-kvadranten", "drivkrefter")[n % 2], now=at(n))
        if n % 3:
            entry.mark_complete(at(n, 14))
        saved.append(store.save(entry))
    return saved


def columns_file(locations: Locations) -> Path:
    return locations.entries_dir / COLUMNS_FILE_NAME


def test_the_first_listing_writes_columns_and_the_next_reads_no_file(
    store: DiaryStore, locations: Locations, parsed: list[str]
) -> None:
    fill(store)
    assert store.summaries() == truth(locations)
    assert read_columns(locations.entries_dir) is not None
    expected = truth(locations)
    parsed.clear()
    assert DiaryStore(locations).summaries() == expected
    assert parsed == []


def test_saves_and_deletes_after_the_columns_are_answered_by_the_appended_lines(
    store: DiaryStore, locations: Locations, parsed: list[str]
) -> None:
    saved = fill(store)
    store.summaries()
    written = columns_file(locations).stat().st_mtime_ns
    changed = saved[2]
    changed.answers["more"] = True
    store.save(changed)
    store.delete(saved[5].id)
    store.save(make_entry({"late": 1}, now=at(59)))
    parsed.clear()

    listing = DiaryStore(locations).listing()
    assert parsed == []
    assert list(listing) == truth(locations)
    assert columns_file(locations).stat().st_mtime_ns == written  # nothing rewritten


def test_listing_views_agree_with_a_full_read(store: DiaryStore, locations: Locations) -> None:
    saved = fill(store, 12)
    store.summaries()
    store.save(make_entry({"late": 1}, exercise="tre-sporsmal", now=at(58)))
    store.delete(saved[0].id)
    expected = truth(locations)
    listing = DiaryStore(locations).listing()

    statuses, groups = listing.counts()
    assert statuses == dict(Counter(s.status for s in expected))
    assert groups == dict(Counter((s.pack_id, s.exercise) for s in expected))
    hall = listing.positions(lambda pair: pair[1] == "hall-kvadranten", "complete")
    assert listing.summaries(hall) == [
        s for s in expected if s.exercise == "hall-kvadranten" and s.status == "complete"
    ]
    assert statuses_of(listing) == status_by_exercise(expected)
    assert listing.ids() == {s.id for s in expected}
    assert [listing.entry_id(p) for p in range(len(listing))] == [s.id for s in expected]
    for position, summary in enumerate(expected):  # what `diary list` prints, from columns
        written = datetime.fromisoformat(summary.completed_at or summary.updated_at)
        local = listing.when_local(position)
        assert local == written and local.utcoffset() == written.utcoffset()
    assert list(listing.brief()) == [
        (
            s.id,
            s.status,
            (s.pack_id, s.exercise),
            datetime.fromisoformat(s.completed_at or s.updated_at),
        )
        for s in expected
    ]


def test_times_keep_the_offset_they_were_written_with(store: DiaryStore) -> None:
    summer = datetime(2026, 6, 3, 9, 30, 5, tzinfo=timezone(timedelta(hours=2)))
    entry = make_entry(now=summer)
    entry.mark_complete(datetime(2026, 6, 3, 7, 45, 0, tzinfo=UTC))
    store.save(entry)
    store.summaries()
    local = DiaryStore(store.locations).listing().when_local(0)
    assert local.isoformat() == "2026-06-03T07:45:00+00:00"


def test_damaged_columns_are_not_believed(
    store: DiaryStore, locations: Locations, parsed: list[str]
) -> None:
    fill(store)
    store.summaries()
    raw = bytearray(columns_file(locations).read_bytes())
    raw[len(raw) // 2] ^= 0x01
    columns_file(locations).write_bytes(bytes(raw))
    assert read_columns(locations.entries_dir) is None

    assert store.summaries() == truth(locations)
    assert read_columns(locations.entries_dir) is not None  # rebuilt


def test_columns_of_another_index_are_not_believed(store: DiaryStore, locations: Locations) -> None:
    """An index rewritten by an older medarbeider (no columns of its own): the columns name
    the index they were made from, so they are made again."""
    saved = fill(store)
    store.summaries()
    index = locations.entries_dir / INDEX_FILE_NAME
    fresh = index.with_name("index.new")
    fresh.write_bytes(index.read_bytes())
    fresh.chmod(0o600)
    fresh.replace(index)  # a new inode, same bytes
    (locations.entries_dir / f"{saved[0].id}.json").unlink()

    assert store.summaries() == truth(locations)
    stored = read_columns(locations.entries_dir)
    assert stored is not None and stored.index_inode == index.stat().st_ino


def test_an_index_line_that_does_not_say_what_its_columns_say_is_answered_by_its_file(
    store: DiaryStore, locations: Locations, parsed: list[str]
) -> None:
    """A line replaced in place by another well-formed one of the same length (its checksum
    right, its exercise another): the file answers, and the columns go so that the next
    listing rebuilds them."""
    fill(store, 20)
    store.summaries()
    index = locations.entries_dir / INDEX_FILE_NAME
    header, *lines = index.read_bytes().splitlines(keepends=True)
    row = json.loads(lines[0])[:-1]
    forged = next(
        line
        for a in "abcdefghijklmnopqrstuvwxyz"
        for b in "abcdefghijklmnopqrstuvwxyz"
        if len(line := encode_row([*row[:6], row[6][:-2] + a + b, *row[7:]])) == len(lines[0])
    )
    with index.open("r+b") as handle:  # in place: the columns still name this index
        handle.seek(len(header))
        handle.write(forged)
    parsed.clear()

    listing = DiaryStore(locations).listing()
    assert listing[0].exercise == row[6]  # from the file, not the forged line
    assert parsed == [f"{row[0]}.json"]
    assert not columns_file(locations).exists()
    assert list(DiaryStore(locations).listing()) == truth(locations)
    assert read_columns(locations.entries_dir) is not None


def test_an_index_written_by_main_is_migrated_without_parsing_an_entry(
    locations: Locations, parsed: list[str]
) -> None:
    """``golden/index-v3`` is three entries and the index today's main wrote for them. Copied
    here (new inodes), it is read, the files are recognised by their bytes, and the columns
    are written: no entry file is parsed."""
    DiaryStore.open(locations)
    for path in (GOLDEN / "index-v3").iterdir():
        shutil.copy(path, locations.entries_dir / path.name)
    os.chmod(locations.entries_dir / INDEX_FILE_NAME, 0o600)
    parsed.clear()

    listing = DiaryStore.open(locations).summaries()
    assert parsed == []
    assert listing == truth(locations)
    assert [s.id for s in listing] == [
        "20261127-123808-3f9a1c",
        "20261127-091502-b04e7d",
        "20250101-101010-00aa11",
    ]
    assert read_columns(locations.entries_dir) is not None
    parsed.clear()
    assert DiaryStore.open(locations).summaries() == listing
    assert parsed == []


def test_a_listing_within_seconds_is_reused_until_the_folder_changes(
    store: DiaryStore, locations: Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "MEMO_SECONDS", 60.0)
    saved = fill(store, 3)
    store.listing()  # writes the index and its columns
    again = store.listing()
    assert store.listing() is again  # nothing changed: the same listing
    store.save(make_entry({"new": 1}, now=at(50)))  # a save replaces a file: the folder moves
    after = store.listing()
    assert after is not again and len(after) == len(saved) + 1
    assert list(after) == truth(locations)


def test_an_edit_in_place_is_seen_by_a_listing_that_checks_the_files(
    store: DiaryStore, locations: Locations
) -> None:
    """An edit in place leaves the folder as it was; the files' hash still tells."""
    [entry] = fill(store, 1)
    store.listing()
    path = locations.entries_dir / f"{entry.id}.json"
    edited = dataclasses.replace(entry, language="en", revision=entry.revision + 1)
    with path.open("r+b") as handle:
        handle.write(encode_entry(edited))
        handle.truncate()
    assert store.listing()[0].language == "en"  # MEMO_SECONDS is 0 here


@pytest.mark.parametrize(
    "forge",
    ["status", "group name", "id", "time", "zone"],
)
def test_a_forged_columns_file_with_a_whole_checksum_is_not_believed(
    store: DiaryStore, locations: Locations, forge: str
) -> None:
    """Values the store never writes (a status 7, a group name with a control character, an
    id that is no id, a time that is no time, an offset of a day): refused, listed from the
    index and the files, and written again."""
    from medarbeider_tui.diary.columns import Columns

    fill(store, 4)
    store.summaries()
    stored = read_columns(locations.entries_dir)
    assert stored is not None
    columns: Columns = stored.columns
    if forge == "status":
        columns.statuses[1] = 7
    elif forge == "group name":
        columns.group_names[0] = ("aktivt-medarbeiderskap", "hall\x1b[2J")
    elif forge == "id":
        columns.ids[0:1] = b"X"
    elif forge == "time":
        columns.updated[2] = float("inf")
    else:
        columns.zones[0] = 1440
    columns.offsets.append(stored.body_end)
    raw = columns.encode(stored.index_inode, stored.body_end, stored.tail_crc)
    columns_file(locations).write_bytes(raw)
    assert read_columns(locations.entries_dir) is None

    assert list(DiaryStore(locations).listing()) == truth(locations)
    assert read_columns(locations.entries_dir) is not None


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_a_listing_does_not_keep_the_index_open(store: DiaryStore, locations: Locations) -> None:
    """A diary on a removable disk must stay unmountable while a listing is in use."""
    fill(store, 3)
    store.summaries()
    listing = DiaryStore(locations).listing()
    assert listing[0] == truth(locations)[0]
    held = {os.path.realpath(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")}
    assert str(locations.entries_dir / INDEX_FILE_NAME) not in held


def test_rows_asked_for_after_the_index_was_rewritten_come_from_their_files(
    store: DiaryStore, locations: Locations, parsed: list[str]
) -> None:
    fill(store, 4)
    store.summaries()
    listing = DiaryStore(locations).listing()
    index = locations.entries_dir / INDEX_FILE_NAME
    fresh = index.with_name("index.new")
    fresh.write_bytes(index.read_bytes())
    fresh.chmod(0o600)
    fresh.replace(index)  # rewritten (a new inode): the lines may have moved
    parsed.clear()
    rows = list(listing)
    assert len(parsed) == 4  # from their files
    assert rows == truth(locations)
    assert columns_file(locations).exists()  # nothing was damaged


@pytest.fixture
def full_parses(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """One item per full parse of the index into records (what costs 450 MiB at 100,000)."""
    seen: list[int] = []
    real = store_module.read_index

    def spy(folder: Path) -> Any:
        seen.append(1)
        return real(folder)

    monkeypatch.setattr(store_module, "read_index", spy)
    yield seen


def test_a_copied_diary_is_listed_from_its_columns_without_parsing_the_index(
    store: DiaryStore,
    locations: Locations,
    tmp_path: Path,
    parsed: list[str],
    full_parses: list[int],
) -> None:
    """``cp -a``: every file has a new identity, but its bytes are the ones its index line
    names; the first listing compares them with the lines' fingerprints row by row, writes
    the new identities and the columns, and parses neither the entries nor the whole index."""
    fill(store, 20)
    store.summaries()
    copy = copied(locations, tmp_path)
    parsed.clear()
    full_parses.clear()

    listing = list(DiaryStore(copy).listing())
    assert (parsed, full_parses) == ([], [])
    again = list(DiaryStore(copy).listing())  # from the new columns, every line read
    assert (parsed, full_parses) == ([], [])
    assert listing == again == truth(copy) == truth(locations)
    stored = read_columns(copy.entries_dir)
    assert stored is not None
    assert stored.index_inode == (copy.entries_dir / INDEX_FILE_NAME).stat().st_ino


def test_a_copied_diary_with_a_changed_file_is_read_as_before(
    store: DiaryStore, locations: Locations, tmp_path: Path, parsed: list[str]
) -> None:
    """A copy in which one file's bytes differ from its line (restored from another backup):
    that file is read and checked, the others recognised."""
    saved = fill(store, 6)
    store.summaries()
    copy = copied(locations, tmp_path)
    path = copy.entries_dir / f"{saved[2].id}.json"
    changed = dataclasses.replace(saved[2], exercise="hall-kvadrantex")
    path.write_bytes(encode_entry(changed))
    parsed.clear()

    listing = list(DiaryStore(copy).listing())
    assert parsed == [path.name]
    assert listing == truth(copy)
    assert {s.exercise for s in listing if s.id == saved[2].id} == {"hall-kvadrantex"}
    # The rewrite from the columns stopped at that file: no half-written index left behind.
    assert not [p.name for p in copy.entries_dir.iterdir() if p.name.endswith(".tmp")]


def test_a_copied_diary_keeps_its_trend_columns(
    store: DiaryStore, locations: Locations, tmp_path: Path
) -> None:
    from medarbeider_tui.diary.trend_columns import read_trend_columns

    fill(store, 9)
    store.summaries()
    copy = copied(locations, tmp_path)
    DiaryStore(copy).listing()
    stored = read_columns(copy.entries_dir)
    assert stored is not None
    assert read_trend_columns(copy.entries_dir, stored.crc, len(stored.columns)) is not None


def test_a_copied_diary_with_lines_appended_since_its_columns_is_listed_from_them(
    store: DiaryStore,
    locations: Locations,
    tmp_path: Path,
    parsed: list[str],
    full_parses: list[int],
) -> None:
    """Saves and a delete after the columns were written leave lines appended to the index;
    copied, those lines are given their files' new identities too (a tombstone kept)."""
    saved = fill(store, 10)
    store.summaries()
    store.save(make_entry({"late": 1}, now=at(30)))
    again = store.load(saved[4].id)
    again.answers["changed"] = 2
    store.save(again)
    store.save(store.load(saved[4].id))  # twice: the earlier line is superseded
    store.delete(saved[7].id)
    copy = copied(locations, tmp_path)
    parsed.clear()
    full_parses.clear()

    listing = list(DiaryStore(copy).listing())
    second = list(DiaryStore(copy).listing())
    assert (parsed, full_parses) == ([], [])
    assert listing == second == truth(copy) == truth(locations)
    assert len(listing) == 10


def test_a_copied_diary_whose_appended_entry_changed_is_read_as_before(
    store: DiaryStore, locations: Locations, tmp_path: Path, parsed: list[str]
) -> None:
    fill(store, 5)
    store.summaries()
    late = store.save(make_entry({"late": 1}, now=at(30)))
    copy = copied(locations, tmp_path)
    path = copy.entries_dir / f"{late.id}.json"
    path.write_bytes(encode_entry(dataclasses.replace(late, exercise="hall-kvadrantex")))
    parsed.clear()

    listing = list(DiaryStore(copy).listing())
    assert parsed == [path.name]
    assert listing == truth(copy)
    assert {s.exercise for s in listing if s.id == late.id} == {"hall-kvadrantex"}
