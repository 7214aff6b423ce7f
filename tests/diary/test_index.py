"""The entry index: a cache that makes listings fast and is never trusted over the files.

Every test compares ``summaries()`` (which uses the index) with a full read of the files
(``entries()``), the truth it must always equal.
"""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from medarbeider_tui.diary import DiaryStore, Entry
from medarbeider_tui.diary import store as store_module
from medarbeider_tui.diary.codec import encode_entry
from medarbeider_tui.diary.ids import NAME_PATTERN
from medarbeider_tui.diary.index import (
    INDEX_FILE_NAME,
    INDEX_VERSION,
    encode_row,
    read_index,
    signature,
)
from medarbeider_tui.paths import Locations

from .helpers import at, make_entry, mode, truth

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX only")


def index_file(locations: Locations) -> Path:
    return locations.entries_dir / INDEX_FILE_NAME


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The names of the entry files the store reads from now on."""
    seen: list[str] = []
    real = store_module.read_entry_file

    def spy(path: Path, expected_id: str) -> Any:
        seen.append(path.name)
        return real(path, expected_id)

    monkeypatch.setattr(store_module, "read_entry_file", spy)
    yield seen


def save_some(store: DiaryStore, count: int = 5) -> list[Entry]:
    return [store.save(make_entry({"n": n}, now=at(n))) for n in range(count)]


# --- the index agrees with the files --------------------------------------------------------


def test_summaries_equal_a_full_read_after_saves_deletes_and_conflict_copies(
    locations: Locations, store: DiaryStore
) -> None:
    saved = save_some(store)
    assert store.summaries() == truth(locations)  # builds the index

    draft = saved[1]
    draft.answers["more"] = 1
    draft.mark_complete(at(59))
    store.save(draft)
    store.delete(saved[3].id)
    other = DiaryStore.open(locations)
    stale = other.load(saved[0].id)
    stale.answers["other window"] = 1
    newer = store.load(saved[0].id)
    newer.answers["this window"] = 1
    store.save(newer)
    copy = other.save(stale)  # a conflict copy: a new id beside the original
    assert copy.id != saved[0].id

    expected = truth(locations)
    assert [s.id for s in expected] == sorted((s.id for s in expected), reverse=True)
    assert store.summaries() == expected
    assert other.summaries() == expected
    assert DiaryStore.open(locations).summaries() == expected
    assert store.latest_for("hall-kvadranten", "aktivt-medarbeiderskap")[1] == next(
        s for s in expected if s.id == draft.id
    )


def test_a_fresh_index_answers_without_reading_any_entry_file(
    store: DiaryStore, locations: Locations, reads: list[str]
) -> None:
    save_some(store, 8)
    store.summaries()
    reads.clear()

    listing = DiaryStore.open(locations).summaries()
    assert reads == []
    assert listing == truth(locations)


def test_saves_and_deletes_keep_the_index_fresh_without_a_rebuild(
    store: DiaryStore, locations: Locations, reads: list[str]
) -> None:
    saved = save_some(store)
    store.summaries()
    before = index_file(locations).stat().st_ino

    store.save(make_entry({"new": 1}, now=at(40)))
    store.save(saved[2])
    store.delete(saved[4].id)
    reads.clear()

    listing = store.summaries()
    assert reads == []
    assert listing == truth(locations)
    assert index_file(locations).stat().st_ino == before  # appended to, not rewritten


def test_ties_and_time_zones_sort_exactly_as_a_full_read(store: DiaryStore) -> None:
    from datetime import UTC, datetime, timedelta, timezone

    moment = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    for offset in (0, 1, 2, -5, 1, 1):
        store.save(make_entry(now=moment.astimezone(timezone(timedelta(hours=offset)))))
    store.save(make_entry(now=moment + timedelta(seconds=1)))
    store.save(make_entry(now=moment - timedelta(hours=1, seconds=-1)))
    assert store.summaries() == [e.summary() for e in store.entries()]
    assert store.summaries() == [e.summary() for e in store.entries()]  # from the index


# --- a damaged index is only a cache: rebuilt, never quarantined ----------------------------

HEADER = b'{"medarbeider_index": %d}\n' % INDEX_VERSION
DAMAGE = {
    "empty": lambda raw: b"",
    "garbage": lambda raw: b"\x00\xff not an index \x00" * 40,
    "not-utf8": lambda raw: HEADER + b'["\xe6\xf8\xe5"]\n',
    "future-version": lambda raw: (
        b'{"medarbeider_index": %d}\n' % (INDEX_VERSION + 1) + raw[len(HEADER) :]
    ),
    "truncated-mid-line": lambda raw: raw[: len(raw) // 2],
    "zeros-after-a-crash": lambda raw: raw + b"\x00" * 512,
    "torn-append": lambda raw: raw + b'["20261127-120000-abcdef",12,3',
    "wrong-shapes": lambda raw: (
        HEADER
        + b'{"id": 1}\n[1,2,3]\n[null]\n["x",1,2,3,4,1.0,"e","p","maybe","c","u",null,"nb"]\n'
        + b'["x",true,2,3,4,1.0,"e","p","draft","c","u",null,"nb"]\n7\n"text"\n[]\n'
    ),
    "header-only": lambda raw: HEADER,
    "tombstones-for-everything": lambda raw: (
        raw + b"".join(b'["%s"]\n' % line[2:24] for line in raw.splitlines()[1:])
    ),
}


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_a_damaged_index_is_rebuilt_from_the_files(
    store: DiaryStore, locations: Locations, kind: str
) -> None:
    save_some(store, 6)
    expected = store.summaries()
    raw = index_file(locations).read_bytes()
    index_file(locations).write_bytes(DAMAGE[kind](raw))

    assert DiaryStore.open(locations).summaries() == expected
    assert store.summaries() == expected

    rebuilt = read_index(locations.entries_dir)
    assert rebuilt is not None and not rebuilt.needs_compacting()
    assert sorted(rebuilt.records) == sorted(s.id for s in expected)
    assert list(locations.quarantine_dir.iterdir()) == []
    assert store.warnings == []


def test_a_deleted_index_is_rebuilt(store: DiaryStore, locations: Locations) -> None:
    save_some(store)
    expected = store.summaries()
    index_file(locations).unlink()
    store.save(make_entry(now=at(1, hour=9)))  # a save does not create a partial index
    assert not index_file(locations).exists()
    assert store.summaries() == truth(locations)
    assert len(truth(locations)) == len(expected) + 1
    assert index_file(locations).is_file()


def test_a_forged_line_for_a_file_that_changed_is_not_believed(
    store: DiaryStore, locations: Locations
) -> None:
    """A line whose file signature no longer matches is ignored, whatever it claims."""
    [entry] = save_some(store, 1)
    store.summaries()
    lie = dataclasses.replace(entry, exercise="forged")
    created = entry.created_at
    key = datetime.fromisoformat(created).timestamp()
    with index_file(locations).open("ab") as handle:  # well formed, checksum right: a lie
        handle.write(
            encode_row(
                [entry.id, 1, 2, 3, 4, key, "forged", "p", "draft", created, created, None, "nb"]
            )
        )
    assert store.summaries() == truth(locations)
    assert store.summaries()[0].exercise == "hall-kvadranten" != lie.exercise


#: One field of a real row replaced, the checksum recomputed: lines a buggy writer could leave.
#: Positions: 0 id, 1-4 signature, 5 sort key, 6 exercise, 7 pack, 8 status, 9 created,
#: 10 updated, 11 completed, 12 language.
BAD_FIELDS = {
    "id-upper-case": (0, "20261127-123808-3F9A1C"),
    "id-a-path": (0, "../../etc/passwd"),
    "inode-negative": (1, -1),
    "inode-text": (1, "2180290"),
    "size-true": (2, True),
    "size-negative": (2, -5),
    "mtime-float": (3, 1.5),
    "ctime-null": (4, None),
    "sort-key-off-by-a-second": (5, "+1"),
    "sort-key-int": (5, "int"),
    "sort-key-nan": (5, float("nan")),
    "exercise-with-space": (6, "hall kvadranten"),
    "exercise-empty": (6, ""),
    "exercise-a-list": (6, ["hall"]),
    "pack-a-path": (7, "../pakke"),
    "pack-upper-case": (7, "Aktivt"),
    "status-unknown": (8, "maybe"),
    "complete-without-completion": (8, "complete"),
    "created-no-offset": (9, "2026-11-27T13:38:08"),
    "created-garbage": (9, "garbage"),
    "updated-month-13": (10, "2026-13-01T13:38:08+01:00"),
    "updated-a-number": (10, 20261127),
    "completed-garbage": (11, "soon"),
    "language-upper-case": (12, "NB"),
    "language-a-word": (12, "norsk"),
    "language-empty": (12, ""),
}


@pytest.mark.parametrize("kind", sorted(BAD_FIELDS))
def test_a_row_with_a_bad_field_is_read_again_from_its_file(
    store: DiaryStore, locations: Locations, kind: str
) -> None:
    """Every field is checked, not only the checksum: the file answers for a row that fails."""
    [_draft, done] = save_some(store, 2)
    done.mark_complete(at(59))
    store.save(done)
    expected = store.summaries()
    header, *lines = index_file(locations).read_bytes().splitlines()
    position, value = BAD_FIELDS[kind]
    damaged = []
    for line in lines:
        row = json.loads(line)[:-1]  # without the checksum
        if row[8] == ("draft" if kind == "complete-without-completion" else "complete"):
            if value == "+1":
                row[5] += 1.0
            elif value == "int":
                row[5] = int(row[5])
            else:
                row[position] = value
        damaged.append(encode_row(row))
    index_file(locations).write_bytes(header + b"\n" + b"".join(damaged))

    assert DiaryStore(locations).summaries() == expected == truth(locations)
    fresh = DiaryStore(locations)
    assert fresh.latest_for("hall-kvadranten", "aktivt-medarbeiderskap")[1] == expected[0]


def test_an_entry_the_index_cannot_hold_is_listed_from_its_file(
    store: DiaryStore, locations: Locations, reads: list[str]
) -> None:
    """A hand-edited language the index would refuse: listed right, read each time, and the
    index is not rewritten for it on every listing."""
    [entry] = save_some(store, 1)
    odd = dataclasses.replace(entry, language="nb-NO", revision=entry.revision + 1)
    (locations.entries_dir / f"{entry.id}.json").write_bytes(encode_entry(odd))
    others = save_some(store, 2)
    assert store.summaries() == truth(locations)
    written = index_file(locations).stat().st_mtime_ns
    reads.clear()

    listing = store.summaries()
    assert reads == [f"{entry.id}.json"]
    assert listing == truth(locations)
    assert {s.id for s in listing} == {entry.id, *(o.id for o in others)}
    assert index_file(locations).stat().st_mtime_ns == written


def test_the_id_rule_is_the_pack_formats() -> None:
    from medarbeider_tui.content.spec import Ident

    assert Ident().pattern == NAME_PATTERN


def test_a_folder_where_the_index_should_be_is_left_alone(
    store: DiaryStore, locations: Locations
) -> None:
    save_some(store)
    index_file(locations).mkdir()
    (index_file(locations) / "keep.txt").write_text("mine", encoding="utf-8")
    assert store.summaries() == truth(locations)
    store.save(make_entry(now=at(1, hour=8)))
    assert store.summaries() == truth(locations)
    assert (index_file(locations) / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert list(locations.quarantine_dir.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_in_place_of_the_index_is_never_followed(
    store: DiaryStore, locations: Locations, tmp_path: Path
) -> None:
    saved = save_some(store)
    outside = tmp_path / "outside.jsonl"
    outside.write_bytes(HEADER)
    os.chmod(outside, 0o644)
    index_file(locations).symlink_to(outside)
    store.save(saved[0])  # appending must not write through the link

    assert store.summaries() == truth(locations)
    assert outside.read_bytes() == HEADER
    assert mode(outside) == 0o644
    assert not index_file(locations).is_symlink()  # replaced by a real index beside it


# --- changes made behind the store's back ---------------------------------------------------


def test_files_deleted_added_or_edited_behind_the_index_are_seen(
    store: DiaryStore, locations: Locations
) -> None:
    saved = save_some(store)
    store.summaries()

    (locations.entries_dir / f"{saved[0].id}.json").unlink()
    added = make_entry({"by": "hand"}, now=at(45))
    added.revision = 1
    (locations.entries_dir / f"{added.id}.json").write_bytes(encode_entry(added))
    edited = dataclasses.replace(saved[1], status="complete", completed_at=saved[1].updated_at)
    (locations.entries_dir / f"{edited.id}.json").write_bytes(encode_entry(edited))

    listing = store.summaries()
    assert listing == truth(locations)
    ids = [s.id for s in listing]
    assert saved[0].id not in ids and added.id in ids
    assert next(s for s in listing if s.id == edited.id).status == "complete"


@posix_only
def test_an_edit_that_keeps_size_and_mtime_is_still_seen(
    store: DiaryStore, locations: Locations
) -> None:
    """Restoring an old copy with ``cp -p`` keeps size and mtime; the change time still moves."""
    [entry] = save_some(store, 1)
    store.summaries()
    path = locations.entries_dir / f"{entry.id}.json"
    old = path.stat()
    changed = dataclasses.replace(entry, exercise="hall-kvadrantex")  # same length
    raw = encode_entry(changed)
    assert len(raw) == old.st_size
    with path.open("r+b") as handle:  # in place: same inode
        handle.write(raw)
    os.utime(path, ns=(old.st_atime_ns, old.st_mtime_ns))

    assert path.stat().st_ino == old.st_ino and path.stat().st_mtime_ns == old.st_mtime_ns
    assert store.summaries()[0].exercise == "hall-kvadrantex"


def test_a_bad_file_added_behind_the_index_is_quarantined_and_the_rest_listed(
    store: DiaryStore, locations: Locations
) -> None:
    saved = save_some(store, 3)
    store.summaries()
    bad = locations.entries_dir / "20261127-000000-0badf0.json"
    bad.write_bytes(b'{"schema_version": 1, "id": "2026')

    assert [s.id for s in store.summaries()] == [e.id for e in reversed(saved)]
    [moved] = locations.quarantine_dir.iterdir()
    assert moved.read_bytes() == b'{"schema_version": 1, "id": "2026'
    assert [w.kind for w in store.warnings] == ["quarantined"]


def test_a_good_file_damaged_in_place_is_quarantined_not_listed_from_the_index(
    store: DiaryStore, locations: Locations
) -> None:
    saved = save_some(store, 3)
    store.summaries()
    path = locations.entries_dir / f"{saved[1].id}.json"
    path.write_bytes(path.read_bytes()[:50])

    assert [s.id for s in store.summaries()] == [saved[2].id, saved[0].id]
    assert [w.kind for w in store.warnings] == ["quarantined"]


# --- the index file itself ------------------------------------------------------------------


@posix_only
def test_the_index_is_private_and_is_not_an_entry(store: DiaryStore, locations: Locations) -> None:
    old_umask = os.umask(0)
    try:
        save_some(store)
        store.summaries()
    finally:
        os.umask(old_umask)
    assert mode(index_file(locations)) == 0o600
    assert len(store.entries()) == 5
    assert store.warnings == []
    os.chmod(index_file(locations), 0o644)
    store.summaries()
    assert mode(index_file(locations)) == 0o600


@pytest.mark.slow
def test_a_long_journal_is_compacted_by_the_next_listing(
    store: DiaryStore, locations: Locations
) -> None:
    saved = save_some(store, 2)
    store.summaries()
    draft = saved[0]
    for n in range(150):
        draft.answers["n"] = n
        draft = store.save(draft)
    grown = read_index(locations.entries_dir)
    assert grown is not None and grown.lines > 150 and grown.needs_compacting()

    assert store.summaries() == truth(locations)
    compact = read_index(locations.entries_dir)
    assert compact is not None and compact.lines == 2 and not compact.needs_compacting()


def test_index_records_match_the_files_signatures(store: DiaryStore, locations: Locations) -> None:
    saved = save_some(store)
    store.summaries()
    store.save(saved[0])
    index = read_index(locations.entries_dir)
    assert index is not None
    for entry_id, record in index.records.items():
        assert record.signature == signature((locations.entries_dir / f"{entry_id}.json").lstat())


# --- two processes --------------------------------------------------------------------------

fork_only = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork (POSIX)"
)


def _save_and_list(locations: Locations, tag: str, count: int, start: Any) -> None:
    store = DiaryStore.open(locations)
    start.wait(60)
    draft = None
    for n in range(count):
        store.save(make_entry({"writer": tag, "n": n}))
        if draft is None or n % 7 == 0:
            draft = store.save(make_entry({"writer": tag, "draft": n}))
        else:
            draft.answers["step"] = n
            draft = store.save(draft)
        if n % 5 == 0:
            store.summaries()
        if n % 11 == 0:
            store.delete(draft.id)
            draft = None
    os._exit(0)


@pytest.mark.slow
@fork_only
def test_two_processes_saving_and_listing_leave_a_correct_index(locations: Locations) -> None:
    store = DiaryStore.open(locations)
    save_some(store, 3)
    store.summaries()
    ctx = multiprocessing.get_context("fork")
    start = ctx.Barrier(2)
    procs = [
        ctx.Process(target=_save_and_list, args=(locations, tag, 40, start)) for tag in ("a", "b")
    ]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(60)
        assert proc.exitcode == 0

    expected = truth(locations)
    index = read_index(locations.entries_dir)
    assert index is not None
    # The columns and the lines appended since answer for every file: no file needs a re-read.
    quick = DiaryStore(locations)._from_columns([f"{s.id}.json" for s in expected])
    assert quick is not None and list(quick) == expected
    assert DiaryStore.open(locations).summaries() == expected
    written = {
        (e.answers["writer"], e.answers["n"])
        for e in store.entries()
        if "writer" in e.answers and "n" in e.answers
    }
    assert written == {(tag, n) for tag in ("a", "b") for n in range(40)}
    assert list(locations.quarantine_dir.iterdir()) == []
