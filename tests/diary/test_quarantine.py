"""Unreadable files go to quarantine intact; links and folders are reported and left alone."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from medarbeider_tui.diary import DiaryStore, EntryNotFound
from medarbeider_tui.diary.codec import MAX_ENTRY_BYTES, encode_entry
from medarbeider_tui.paths import Locations

from .helpers import golden, make_entry, mode

BAD_ID = "20261127-123808-0badf0"


def _future_entry() -> bytes:
    data = {**golden("v1-draft.json"), "id": BAD_ID, "schema_version": 99}
    return json.dumps(data).encode()


def _wrong_shape() -> bytes:
    data = golden("v1-draft.json")
    data["id"] = BAD_ID
    del data["answers"]
    return json.dumps(data).encode()


BAD_FILES = {
    "empty": b"",
    "truncated": (Path(__file__).parent / "golden" / "v1-draft.json").read_bytes()[:200],
    "not-utf8": b'{"reflection": "\xe6\xf8\xe5 in Latin-1"}',
    "not-json": b"sb1: 4\nsb2: 3\n",
    "a-list": b"[]",
    "wrong-shape": _wrong_shape(),
    "future-version": _future_entry(),
    "huge": b'{"pad": "' + b" " * MAX_ENTRY_BYTES + b'"}',
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_unreadable_files_are_quarantined_and_the_rest_still_load(
    store: DiaryStore, locations: Locations, kind: str
) -> None:
    good = store.save(make_entry())
    bad = locations.entries_dir / f"{BAD_ID}.json"
    content = BAD_FILES[kind]
    bad.write_bytes(content)
    os.chmod(bad, 0o644)

    assert store.entries() == [good]

    assert not bad.exists()
    [moved] = locations.quarantine_dir.iterdir()
    assert moved.name.startswith(f"{BAD_ID}.json.")
    assert moved.read_bytes() == content  # nothing lost
    if os.name == "posix":
        assert mode(moved) == 0o600
        assert mode(locations.quarantine_dir) == 0o700
    [warning] = store.warnings
    assert warning.kind == "quarantined"
    assert warning.path == moved
    assert bad.name in warning.detail.render("nb")


def test_load_of_an_unreadable_file_quarantines_it_with_a_clear_message(
    store: DiaryStore, locations: Locations
) -> None:
    (locations.entries_dir / f"{BAD_ID}.json").write_bytes(b"{")
    with pytest.raises(EntryNotFound, match=r"unreadable \(not valid JSON.*moved to"):
        store.load(BAD_ID)
    assert [w.kind for w in store.warnings] == ["quarantined"]


def test_a_file_whose_id_does_not_match_its_name_is_quarantined(
    store: DiaryStore, locations: Locations
) -> None:
    entry = make_entry()
    (locations.entries_dir / f"{BAD_ID}.json").write_bytes(encode_entry(entry))
    (locations.entries_dir / "notes.json").write_bytes(encode_entry(entry))
    assert store.entries() == []
    assert len(list(locations.quarantine_dir.iterdir())) == 2


def test_quarantine_never_overwrites_an_earlier_quarantined_file(
    store: DiaryStore, locations: Locations
) -> None:
    bad = locations.entries_dir / f"{BAD_ID}.json"
    for content in (b"first", b"second", b"third"):
        bad.write_bytes(content)
        store.entries()
    kept = sorted(p.read_bytes() for p in locations.quarantine_dir.iterdir())
    assert kept == [b"first", b"second", b"third"]


def test_saving_over_an_unreadable_file_quarantines_it_first(
    store: DiaryStore, locations: Locations
) -> None:
    saved = store.save(make_entry({"sb1": 1}))
    path = locations.entries_dir / f"{saved.id}.json"
    path.write_bytes(b'{"half a fi')
    again = store.save(saved)
    assert again.id == saved.id
    assert store.load(saved.id) == again
    [moved] = locations.quarantine_dir.iterdir()
    assert moved.read_bytes() == b'{"half a fi'
    assert [w.kind for w in store.warnings] == ["quarantined"]


@pytest.fixture
def outside_entry(tmp_path: Path) -> Path:
    """A valid entry file outside the data folder, the target of planted links."""
    target = tmp_path / "elsewhere" / f"{BAD_ID}.json"
    target.parent.mkdir()
    entry = make_entry()
    entry.id = BAD_ID
    target.write_bytes(encode_entry(entry))
    os.chmod(target, 0o644)
    return target


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_symlink_is_reported_and_never_followed(
    store: DiaryStore, locations: Locations, outside_entry: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    link = locations.entries_dir / outside_entry.name
    link.symlink_to(outside_entry)
    before = outside_entry.read_bytes(), outside_entry.stat().st_mode
    opened: list[str] = []
    real_open = os.open

    def spy(path: str | os.PathLike[str], flags: int, *args: int, **kwargs: int) -> int:
        opened.append(os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)

    assert store.entries() == []
    with pytest.raises(EntryNotFound, match="symbolic link"):
        store.load(BAD_ID)

    assert str(link) not in opened and str(outside_entry) not in opened
    assert link.is_symlink()
    assert (outside_entry.read_bytes(), outside_entry.stat().st_mode) == before
    assert [(w.kind, w.path) for w in store.warnings] == [("unreadable", link)]
    assert list(locations.quarantine_dir.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_saving_where_a_symlink_sits_writes_a_copy_and_leaves_the_link(
    store: DiaryStore, locations: Locations, outside_entry: Path
) -> None:
    link = locations.entries_dir / outside_entry.name
    link.symlink_to(outside_entry)
    before = outside_entry.read_bytes()
    entry = make_entry({"sb1": 3})
    entry.id = BAD_ID
    entry.revision = 4

    saved = store.save(entry)

    assert saved.id != BAD_ID
    assert store.load(saved.id).answers == {"sb1": 3}
    assert link.is_symlink() and outside_entry.read_bytes() == before
    assert [w.kind for w in store.warnings] == ["unreadable", "conflict"]


def test_a_folder_named_like_an_entry_is_reported_and_left(
    store: DiaryStore, locations: Locations
) -> None:
    folder = locations.entries_dir / f"{BAD_ID}.json"
    folder.mkdir()
    good = store.save(make_entry())
    assert store.entries() == [good]
    assert folder.is_dir()
    assert [(w.kind, w.path) for w in store.warnings] == [("unreadable", folder)]
    with pytest.raises(EntryNotFound, match="not a regular file"):
        store.delete(BAD_ID)
    assert folder.is_dir()


def test_other_files_and_the_lock_are_ignored(store: DiaryStore, locations: Locations) -> None:
    good = store.save(make_entry())
    for name in ("README.txt", ".hidden.json", "x.json.swp"):
        (locations.entries_dir / name).write_text("not an entry", encoding="utf-8")
    assert store.entries() == [good]
    assert store.warnings == []
    assert list(locations.quarantine_dir.iterdir()) == []


def test_a_repeated_problem_is_reported_once(store: DiaryStore, locations: Locations) -> None:
    (locations.entries_dir / f"{BAD_ID}.json").mkdir()
    store.entries()
    store.entries()
    assert len(store.warnings) == 1
