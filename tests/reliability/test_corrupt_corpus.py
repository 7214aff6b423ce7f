"""A corpus of bad diary files: each is quarantined or reported by name, never followed outside
the data folder, never overwritten, and the good entries are still listed.

Every case runs twice: through `DiaryStore` (what the app uses) and through
``medarbeider diary list`` (``cli.main``), each on a fresh data folder, because the first
reader to meet a bad file moves it. A real entry is also cut off at every byte.
"""

from __future__ import annotations

import builtins
import dataclasses
import io
import json
import os
import signal
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from medarbeider_tui.cli import main
from medarbeider_tui.diary import DiaryStore, Entry, EntryNotFound, EntrySummary
from medarbeider_tui.paths import Locations
from tests.diary.helpers import GOLDEN, at, make_entry

#: A real entry as the store writes it (the golden complete entry of the format's tests).
REAL = (GOLDEN / "v1-complete.json").read_bytes()
REAL_ID = json.loads(REAL)["id"]
BAD_ID = "20261127-120000-0badf0"


def _entry_json(**changes: Any) -> bytes:
    data = {**json.loads(REAL), "id": BAD_ID, **changes}
    return json.dumps(data, indent=2).encode("utf-8")


def _without(field: str) -> bytes:
    data = {**json.loads(REAL), "id": BAD_ID}
    del data[field]
    return json.dumps(data).encode("utf-8")


#: Regular files that are not valid entries: each must be moved to quarantine, bytes intact.
BAD_FILES: dict[str, bytes] = {
    "empty": b"",
    "whitespace": b"  \n\t\n",
    "truncated": REAL.replace(REAL_ID.encode(), BAD_ID.encode())[: len(REAL) // 2],
    "not-utf8-latin1": _entry_json().decode("utf-8").encode("latin-1", "replace")
    + "æøå".encode("latin-1"),
    "not-utf8-utf16": _entry_json().decode("utf-8").encode("utf-16"),
    "binary-garbage": bytes(range(256)) * 4,
    "nul-bytes": b"\x00" * 4096,
    "not-json": b"sb1: 4\nsb2: 3\n",
    "json-array": b"[]",
    "json-string": b'"an entry"',
    "json-null": b"null",
    "json-number": b"42",
    "json-empty-object": b"{}",
    "missing-answers": _without("answers"),
    "missing-schema-version": _without("schema_version"),
    "extra-field": _entry_json(mood="good"),
    "wrong-type-revision": _entry_json(revision="14"),
    "wrong-type-answers": _entry_json(answers=["sb1", 4]),
    "wrong-status": _entry_json(status="done"),
    "bad-timestamp": _entry_json(created_at="yesterday"),
    "id-mismatch": _entry_json(id="20261127-120000-aaaaaa"),
    "nan": _entry_json().replace(b'"sb1": 4', b'"sb1": NaN'),
    "deep-nesting": b'{"answers": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "future-schema-version-3": _entry_json(schema_version=3),
    "future-schema-version-99": _entry_json(schema_version=99),
    "schema-version-as-text": _entry_json(schema_version="1"),
    "schema-version-0": _entry_json(schema_version=0),
}


@pytest.fixture
def good(locations: Locations) -> list[EntrySummary]:
    """Three good entries, saved and listed once (so the index exists too)."""
    store = DiaryStore.open(locations)
    for minute in (10, 20, 30):
        done = make_entry({"sb1": minute % 5 + 1}, now=at(minute))
        if minute == 20:
            done.mark_complete(at(25))
        store.save(done)
    listing = store.summaries()
    assert len(listing) == 3
    return listing


def bad_path(locations: Locations) -> Path:
    return locations.entries_dir / f"{BAD_ID}.json"


def list_through_cli(capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    code = main(["diary", "list", "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out, err


def assert_good_still_listed(
    locations: Locations, good: list[EntrySummary], out: str | None = None
) -> None:
    store = DiaryStore.open(locations)
    assert store.summaries() == good
    assert [e.summary() for e in store.entries()] == good
    if out is not None:
        assert [line.split()[-1] for line in out.splitlines() if line.strip()] == [
            s.id for s in good
        ]


def quarantined(locations: Locations) -> list[Path]:
    folder = locations.quarantine_dir
    return sorted(folder.iterdir()) if folder.exists() else []


# --- regular files: quarantined, bytes intact -----------------------------------------------


@pytest.mark.parametrize("via", ["store", "cli"])
@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_a_bad_file_is_quarantined_intact_and_the_rest_listed(
    locations: Locations,
    good: list[EntrySummary],
    capsys: pytest.CaptureFixture[str],
    kind: str,
    via: str,
) -> None:
    content = BAD_FILES[kind]
    bad_path(locations).write_bytes(content)

    if via == "store":
        store = DiaryStore.open(locations)
        assert store.summaries() == good
        [warning] = store.warnings
        assert warning.kind == "quarantined"
        assert warning.detail.render("nb").startswith(f"{BAD_ID}.json: ")
        with pytest.raises(EntryNotFound):
            store.load(BAD_ID)
        out = None
    else:
        out, err = list_through_cli(capsys)
        assert "could not be read and was moved to quarantine" in err
        assert f"{BAD_ID}.json" in err

    [moved] = quarantined(locations)
    assert moved.name.startswith(f"{BAD_ID}.json.")
    assert moved.read_bytes() == content
    assert not os.path.lexists(bad_path(locations))
    assert_good_still_listed(locations, good, out)


def test_a_future_version_is_reported_as_such(
    locations: Locations, good: list[EntrySummary], capsys: pytest.CaptureFixture[str]
) -> None:
    bad_path(locations).write_bytes(BAD_FILES["future-schema-version-99"])
    _, err = list_through_cli(capsys)
    assert "schema_version 99 is newer than this program reads (2)" in err


def test_saving_over_a_bad_file_never_overwrites_it(
    locations: Locations, good: list[EntrySummary]
) -> None:
    content = BAD_FILES["future-schema-version-3"]
    bad_path(locations).write_bytes(content)
    entry = dataclasses.replace(make_entry(), id=BAD_ID, revision=3)

    saved = DiaryStore.open(locations).save(entry)

    [moved] = quarantined(locations)
    assert moved.read_bytes() == content  # moved aside first, then the new version written
    assert DiaryStore.open(locations).load(saved.id).answers == entry.answers


# --- every truncation of a real entry -------------------------------------------------------


@pytest.mark.slow
def test_every_truncation_of_a_real_entry_is_quarantined_intact(
    locations: Locations, good: list[EntrySummary]
) -> None:
    store = DiaryStore.open(locations)
    path = locations.entries_dir / f"{REAL_ID}.json"
    assert REAL.endswith(b"}\n")
    for length in range(len(REAL) - 1):  # the last cut only drops the final newline
        path.write_bytes(REAL[:length])
        assert store.summaries() == good, f"cut at byte {length}"
        [warning] = store.warnings
        assert warning.kind == "quarantined", f"cut at byte {length}"
        assert warning.path.read_bytes() == REAL[:length], f"cut at byte {length}"
        assert not path.exists()
        warning.path.unlink()  # keep quarantine small; the bytes were checked above
        store.warnings.clear()

    path.write_bytes(REAL[:-1])  # complete JSON without its final newline: a valid entry
    os.chmod(path, 0o644)
    assert REAL_ID in [s.id for s in store.summaries()]
    assert [w.kind for w in store.warnings] == (["permissions"] if os.name == "posix" else [])


@pytest.mark.slow
def test_every_truncation_at_once_through_diary_list(
    locations: Locations, good: list[EntrySummary], capsys: pytest.CaptureFixture[str]
) -> None:
    """All cuts side by side (each under its own name), then one ``diary list``."""
    cuts: dict[str, bytes] = {}
    for length in range(len(REAL) - 1):
        name = f"20200101-{length // 10000:06d}-{length % 10000:06x}.json"
        cuts[name] = REAL[:length]
        (locations.entries_dir / name).write_bytes(REAL[:length])

    out, err = list_through_cli(capsys)

    assert err.count("could not be read and was moved to quarantine") == len(cuts)
    moved = {p.name.rsplit(".", 1)[0]: p.read_bytes() for p in quarantined(locations)}
    assert moved == cuts
    assert_good_still_listed(locations, good, out)


# --- folders and links: reported, left alone, never followed --------------------------------


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder outside the data folder, holding things links may point at."""
    folder = tmp_path / "outside"
    folder.mkdir()
    target = folder / "secret.json"
    target.write_bytes(_entry_json())  # even a valid entry must not be read through a link
    os.chmod(target, 0o644)
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo")  # reading this without O_NONBLOCK would hang
    (folder / "dir").mkdir()
    return folder


def snapshot(folder: Path) -> dict[str, tuple[int, int, bytes | None]]:
    """Every thing under ``folder``: mode, mtime and (for regular files) content."""
    found = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        content = path.read_bytes() if stat.S_ISREG(info.st_mode) else None
        found[str(path)] = (info.st_mode, info.st_mtime_ns, content)
    return found


NOT_FILES: dict[str, Callable[[Path, Path], None]] = {
    "folder": lambda where, outside: (where.mkdir(), (where / "keep.txt").write_text("mine")),
    "link-to-a-file-outside": lambda where, outside: where.symlink_to(outside / "secret.json"),
    "link-to-a-fifo-outside": lambda where, outside: where.symlink_to(outside / "fifo"),
    "link-to-a-folder-outside": lambda where, outside: where.symlink_to(outside / "dir"),
    "dangling-link": lambda where, outside: where.symlink_to(outside / "nothing-here.json"),
    "link-to-another-entry": lambda where, outside: where.symlink_to(
        next(p for p in where.parent.glob("2*.json") if p != where)
    ),
}


@pytest.mark.skipif(not hasattr(os, "symlink") or not hasattr(os, "mkfifo"), reason="POSIX")
@pytest.mark.parametrize("via", ["store", "cli"])
@pytest.mark.parametrize("kind", sorted(NOT_FILES))
def test_links_and_folders_are_reported_by_name_and_never_followed(
    locations: Locations,
    good: list[EntrySummary],
    outside: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    via: str,
) -> None:
    where = bad_path(locations)
    NOT_FILES[kind](where, outside)
    before_outside = snapshot(outside)
    before_link = (os.readlink(where) if where.is_symlink() else None, where.lstat().st_mode)
    signal.signal(signal.SIGALRM, _hung)
    signal.alarm(20)
    try:
        opened = _opened_during(via, locations, good, capsys, where)
    finally:
        signal.alarm(0)

    followed = [p for p in opened if p == str(where) or p.startswith(str(outside))]
    assert followed == [], "a link was followed (or a folder entered)"
    assert snapshot(outside) == before_outside  # nothing outside was changed
    now_link = (os.readlink(where) if where.is_symlink() else None, where.lstat().st_mode)
    assert now_link == before_link  # the link or folder itself is left exactly as it was
    assert quarantined(locations) == []


def _opened_during(
    via: str,
    locations: Locations,
    good: list[EntrySummary],
    capsys: pytest.CaptureFixture[str],
    where: Path,
) -> list[str]:
    with pytest.MonkeyPatch.context() as patch:
        seen: list[str] = []
        real_os_open, real_stat = os.open, os.stat

        def os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            seen.append(os.fspath(path))
            return real_os_open(path, flags, *args, **kwargs)

        def stat_(path: Any, *args: Any, follow_symlinks: bool = True, **kwargs: Any) -> Any:
            if follow_symlinks and isinstance(path, str | os.PathLike):
                seen.append(os.fspath(path))
            return real_stat(path, *args, follow_symlinks=follow_symlinks, **kwargs)

        real_io_open = io.open

        def open_(file: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(file, str | os.PathLike):
                seen.append(os.fspath(file))
            return real_io_open(file, *args, **kwargs)

        patch.setattr(os, "open", os_open)
        patch.setattr(os, "stat", stat_)
        patch.setattr(io, "open", open_)
        patch.setattr(builtins, "open", open_)

        if via == "store":
            store = DiaryStore.open(locations)
            assert store.summaries() == good
            assert [e.summary() for e in store.entries()] == good
            with pytest.raises(EntryNotFound):
                store.load(BAD_ID)
            with pytest.raises(EntryNotFound):
                store.delete(BAD_ID)
            copy = store.save(dataclasses.replace(make_entry(), id=BAD_ID, revision=2))
            assert copy.id != BAD_ID  # never written through the link or into the folder
            kinds = [(w.kind, w.path) for w in store.warnings]
            assert ("unreadable", where) in kinds and kinds[-1][0] == "conflict"
            good_now = DiaryStore(locations).summaries()
            assert [s for s in good_now if s.id != copy.id] == good
        else:
            out, err = list_through_cli(capsys)
            assert f"Skipped {where}:" in err
            assert [line.split()[-1] for line in out.splitlines() if line.strip()] == [
                s.id for s in good
            ]
    return seen


def _hung(signum: int, frame: object) -> None:
    raise AssertionError("reading the diary hung (a FIFO was opened through a link?)")


def test_the_real_entry_used_above_is_valid() -> None:
    assert Entry.from_json(json.loads(REAL)).id == REAL_ID
    assert Entry.from_json(json.loads(_entry_json())).id == BAD_ID
