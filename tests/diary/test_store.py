"""The store: saving, loading, listing, deleting, permissions and crash leftovers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from medarbeider_tui.diary import (
    SCHEMA_VERSION,
    DiaryStore,
    EntryDeleted,
    EntryFormatError,
    EntryNotFound,
)
from medarbeider_tui.fsio import STALE_TEMP_SECONDS, temp_name, write_private_file
from medarbeider_tui.i18n import LocalizedError
from medarbeider_tui.paths import Locations

from .helpers import at, make_entry, mode

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def entry_files(locations: Locations) -> list[str]:
    return sorted(p.name for p in locations.entries_dir.iterdir() if p.name != ".lock")


def test_save_then_load_round_trip(store: DiaryStore) -> None:
    entry = make_entry({"sb1": 4, "reflection": "Å be om tydelig prioritering."})
    saved = store.save(entry)
    assert saved.revision == 1
    assert saved.updated_at == entry.updated_at  # the caller owns the timestamps
    assert entry.revision == 0  # the caller's object is left alone
    assert store.load(saved.id) == saved
    saved.answers["sb2"] = 2
    again = store.save(saved)
    assert again.revision == 2
    assert store.load(saved.id) == again
    assert store.warnings == []


def test_saving_what_is_already_on_disk_writes_nothing_and_is_no_conflict(
    store: DiaryStore, locations: Locations
) -> None:
    """A retry after a save that reached the disk but not its caller (a signal's exception
    between the write and the return) must not leave a duplicate conflict copy."""
    first = make_entry()
    saved = store.save(first)
    path = locations.entries_dir / f"{saved.id}.json"
    before = path.stat()
    assert store.save(first) == saved  # revision 0 again: the caller never saw revision 1
    assert store.save(saved) == saved
    assert path.stat().st_ino == before.st_ino
    assert entry_files(locations) == [path.name]
    assert store.warnings == []


def test_the_file_is_indented_json_named_by_id(store: DiaryStore, locations: Locations) -> None:
    saved = store.save(make_entry())
    path = locations.entries_dir / f"{saved.id}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION == 2
    assert data["id"] == saved.id
    assert path.read_text(encoding="utf-8").startswith('{\n  "schema_version": 2,')


@posix_only
def test_folders_are_0700_and_files_0600_whatever_the_umask(locations: Locations) -> None:
    old_umask = os.umask(0)
    try:
        store = DiaryStore.open(locations)
        saved = store.save(make_entry())
    finally:
        os.umask(old_umask)
    for folder in (locations.data_dir, locations.entries_dir, locations.quarantine_dir):
        assert mode(folder) == 0o700
    assert mode(locations.entries_dir / f"{saved.id}.json") == 0o600
    assert mode(locations.entries_dir / ".lock") == 0o600


@posix_only
def test_open_tightens_a_loose_diary_folder_and_says_so(locations: Locations) -> None:
    DiaryStore.open(locations)
    os.chmod(locations.data_dir, 0o755)
    store = DiaryStore.open(locations)
    assert mode(locations.data_dir) == 0o700
    assert [(w.kind, w.path) for w in store.warnings] == [("permissions", locations.data_dir)]


@posix_only
def test_open_leaves_the_mode_of_a_folder_it_did_not_make(locations: Locations) -> None:
    """A folder of this user chosen as the data folder, with no diary in it yet: medarbeider
    makes its own folders private inside it and leaves the folder itself alone."""
    locations.data_dir.mkdir(mode=0o755)
    os.chmod(locations.data_dir, 0o755)
    store = DiaryStore.open(locations)
    assert mode(locations.data_dir) == 0o755
    assert mode(locations.entries_dir) == 0o700
    assert store.warnings == []


@posix_only
def test_a_loose_entry_file_is_tightened_and_reported(
    store: DiaryStore, locations: Locations
) -> None:
    saved = store.save(make_entry())
    path = locations.entries_dir / f"{saved.id}.json"
    os.chmod(path, 0o644)
    assert store.load(saved.id) == saved
    assert mode(path) == 0o600
    assert [(w.kind, w.path) for w in store.warnings] == [("permissions", path)]


@pytest.fixture
def dead_pid() -> Iterator[int]:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    yield proc.pid


def test_open_removes_temp_files_of_dead_writers_only(locations: Locations, dead_pid: int) -> None:
    DiaryStore.open(locations)
    folder = locations.entries_dir
    live = folder / temp_name("20261127-123808-aaaaaa.json")  # this process: alive
    dead = folder / f".20261127-123808-bbbbbb.json.{dead_pid}.0123abcd.tmp"
    stale = folder / f".20261127-123808-cccccc.json.{os.getpid()}.89abcdef.tmp"
    unrelated = folder / ".notes.tmp"
    for path in (live, dead, stale, unrelated):
        path.write_bytes(b"{")
    two_hours_ago = time.time() - 2 * STALE_TEMP_SECONDS
    os.utime(stale, (two_hours_ago, two_hours_ago))

    DiaryStore.open(locations)

    assert live.exists()
    assert unrelated.exists()
    assert not dead.exists()
    assert not stale.exists()


def test_a_failed_write_leaves_no_temp_file(
    store: DiaryStore, locations: Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="No space"):
        write_private_file(locations.entries_dir, "x.json", b"{}")
    assert entry_files(locations) == []


def test_load_of_an_unknown_id(store: DiaryStore) -> None:
    with pytest.raises(EntryNotFound, match="No entry with id"):
        store.load("20261127-123808-abcdef")


@pytest.mark.parametrize(
    "bad_id",
    ["../x", "../../secret", "20261127-123808-abcdef/../../x", "", ".lock", "/etc/passwd"],
)
def test_ids_cannot_leave_the_entries_folder(
    store: DiaryStore, locations: Locations, bad_id: str, tmp_path: Path
) -> None:
    outside = tmp_path / "data" / "x.json"
    outside.write_text("{}", encoding="utf-8")
    with pytest.raises(EntryNotFound, match="not a valid diary entry id"):
        store.load(bad_id)
    with pytest.raises(EntryNotFound, match="not a valid diary entry id"):
        store.delete(bad_id)
    entry = make_entry()
    entry.id = bad_id
    with pytest.raises(EntryFormatError):
        store.save(entry)
    assert outside.read_text(encoding="utf-8") == "{}"
    assert entry_files(locations) == []


def test_entries_are_newest_first_and_summaries_match(store: DiaryStore) -> None:
    older = store.save(make_entry(now=at(10)))
    newest = store.save(make_entry(now=at(50)))
    middle = store.save(make_entry(now=at(30)))
    assert [e.id for e in store.entries()] == [newest.id, middle.id, older.id]
    assert store.summaries() == [e.summary() for e in (newest, middle, older)]


def test_latest_for_gives_the_draft_to_resume_and_the_last_completed(store: DiaryStore) -> None:
    assert store.latest_for("hall-kvadranten", "aktivt-medarbeiderskap") == (None, None)
    old_draft = store.save(make_entry(now=at(10)))
    new_draft = store.save(make_entry(now=at(20)))
    done_early = make_entry(now=at(5))
    done_early.mark_complete(at(40))
    done_early = store.save(done_early)
    done_late = make_entry(now=at(15))
    done_late.mark_complete(at(30))
    store.save(done_late)
    store.save(make_entry(exercise="prioritering", now=at(55)))

    draft, complete = store.latest_for("hall-kvadranten", "aktivt-medarbeiderskap")

    assert draft is not None and draft.id == new_draft.id != old_draft.id
    assert complete is not None and complete.id == done_early.id
    assert store.latest_for("hall-kvadranten", "other-pack") == (None, None)


def test_delete_removes_the_file(store: DiaryStore, locations: Locations) -> None:
    saved = store.save(make_entry())
    store.delete(saved.id)
    assert entry_files(locations) == []
    with pytest.raises(EntryNotFound):
        store.delete(saved.id)


def test_a_stale_copy_does_not_overwrite_a_newer_save(
    locations: Locations, store: DiaryStore
) -> None:
    first = store.save(make_entry({"sb1": 1}))
    window_a = DiaryStore.open(locations)
    window_b = DiaryStore.open(locations)
    a = window_a.load(first.id)
    b = window_b.load(first.id)
    a.answers["sb2"] = 5
    b.answers["sb2"] = 2

    saved_a = window_a.save(a)
    saved_b = window_b.save(b)

    assert saved_a.id == first.id and saved_a.revision == 2
    assert saved_b.id != first.id and saved_b.id[:15] == first.id[:15]
    assert saved_b.revision == 1
    assert store.load(first.id).answers == {"sb1": 1, "sb2": 5}
    assert store.load(saved_b.id).answers == {"sb1": 1, "sb2": 2}
    conflict_path = locations.entries_dir / f"{saved_b.id}.json"
    assert [(w.kind, w.path) for w in window_b.warnings] == [("conflict", conflict_path)]
    assert window_a.warnings == []


def test_a_new_entry_never_replaces_an_existing_file_with_its_id(store: DiaryStore) -> None:
    existing = store.save(make_entry({"sb1": 1}))
    clash = make_entry({"sb1": 5})
    clash.id = existing.id  # same id, never saved: revision 0
    copy = store.save(clash)
    assert copy.id != existing.id
    assert store.load(existing.id).answers == {"sb1": 1}
    assert store.load(copy.id).answers == {"sb1": 5}


def test_a_save_of_an_entry_deleted_elsewhere_does_not_bring_it_back(
    locations: Locations, store: DiaryStore
) -> None:
    """Issue 8, item 7: deleted in another window (or with ``diary delete``) while this one
    still has it open; the next answer must not re-create the file with every earlier answer."""
    saved = store.save(make_entry({"sb1": 4}))
    other_window = DiaryStore.open(locations)
    other_window.delete(saved.id)
    saved.answers["sb2"] = 3

    with pytest.raises(EntryDeleted) as caught:
        store.save(saved)

    assert caught.value.entry_id == saved.id
    assert isinstance(caught.value, LocalizedError)
    assert isinstance(caught.value, OSError)  # what today's front ends catch around a save
    assert "slettet et annet sted" in caught.value.render("nb")
    assert "deleted elsewhere" in caught.value.render("en")
    assert list(locations.entries_dir.glob("*.json")) == []
    assert other_window.summaries() == [] and store.summaries() == []


def test_an_entry_deleted_elsewhere_can_be_kept_as_a_new_one(
    locations: Locations, store: DiaryStore
) -> None:
    saved = store.save(make_entry({"sb1": 4}))
    DiaryStore.open(locations).delete(saved.id)
    saved.answers["sb2"] = 3
    with pytest.raises(EntryDeleted):
        store.save(saved)

    kept = store.save_as_new(saved)

    assert kept.id != saved.id and kept.revision == 1
    assert kept.id[:15] == saved.id[:15]  # same creation time: it sorts where the old one did
    assert kept.answers == {"sb1": 4, "sb2": 3} and kept.created_at == saved.created_at
    assert store.load(kept.id) == kept
    assert [s.id for s in DiaryStore.open(locations).summaries()] == [kept.id]
    kept.answers["sb3"] = 1
    assert store.save(kept).revision == 2  # an ordinary entry from now on
    with pytest.raises(EntryDeleted):
        store.save(saved)  # the old id stays deleted
    assert store.warnings == []


def test_a_never_saved_entry_is_created_as_usual(store: DiaryStore) -> None:
    entry = make_entry()
    assert entry.revision == 0
    assert store.save(entry).revision == 1


def test_a_file_written_in_chunks_is_whole_or_as_it_was(tmp_path: Path) -> None:
    """`write_private_file` takes chunks as they are made (a copied diary's index); if making
    one fails, the file is as it was and no temp file is left."""
    target = tmp_path / "index.jsonl"
    write_private_file(tmp_path, target.name, iter([b"a", b"b", b"c"]))
    assert target.read_bytes() == b"abc" and mode(target) == 0o600

    def failing() -> Iterator[bytes]:
        yield b"x" * 100_000
        raise RuntimeError("a file changed")

    with pytest.raises(RuntimeError):
        write_private_file(tmp_path, target.name, failing())
    assert target.read_bytes() == b"abc"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.jsonl"]
