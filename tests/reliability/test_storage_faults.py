"""Faults at every write: one clear `DiaryUnavailable`, nothing half-written, and a retry that
works (issue 9, item 4; issue 8, items 2 and 3, the diary's part).

Each system call a save makes to write (``os.open`` of the lock, the temp file, the folder;
``os.fchmod``, ``os.write``, ``os.fsync``, ``os.replace``) is made to fail in turn, once with
each of ENOSPC, EACCES and EROFS and once with the exception a signal handler raises, and
after each:

- the save raised `DiaryUnavailable` with the reason for that error (or the exception itself),
  or it succeeded because only a cache (the index) could not be written;
- the entry's file is whole: the earlier version, or the new one if only the folder sync after
  the rename failed; no temp file is left and nothing went to quarantine;
- saving again once the fault is gone writes the new version without a conflict copy.

A real full disk (a 1 MB tmpfs) is tried too when the tests run as root.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import os
import signal
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from medarbeider_tui.content.loader import load_pack
from medarbeider_tui.diary import DiaryStore, DiaryUnavailable, Entry
from medarbeider_tui.paths import Locations
from medarbeider_tui.service import ExerciseSession
from tests.conftest import TEST_PACK
from tests.diary.helpers import make_entry

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX system calls and signals")

REASONS = {errno.ENOSPC: "no_space", errno.EACCES: "denied", errno.EROFS: "read_only"}
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | getattr(os, "O_DIRECTORY", 0)


class Interrupted(BaseException):
    """What a signal handler raises to stop the program (like ``SystemExit``)."""


class Fault:
    """Make the ``nth`` write-side call of ``os.<name>`` fail; count the calls."""

    def __init__(self, name: str, nth: int, failure: int | str) -> None:
        self.name, self.nth, self.failure = name, nth, failure
        self.calls = 0
        self.real: Callable[..., Any] = getattr(os, name)

    @property
    def hit(self) -> bool:
        return self.calls >= self.nth

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.name == "open" and not (args[1] & WRITE_FLAGS):
            return self.real(*args, **kwargs)  # a read: not a write site
        self.calls += 1
        if self.calls == self.nth:
            if self.failure == "signal":
                signal.raise_signal(signal.SIGUSR1)  # its handler raises Interrupted
            else:
                assert isinstance(self.failure, int)
                raise OSError(self.failure, os.strerror(self.failure))
        return self.real(*args, **kwargs)


@contextlib.contextmanager
def fault(
    monkeypatch: pytest.MonkeyPatch, name: str, nth: int, failure: int | str
) -> Iterator[Fault]:
    injected = Fault(name, nth, failure)

    def interrupt(signum: int, frame: object) -> None:
        raise Interrupted

    old = signal.signal(signal.SIGUSR1, interrupt)
    with monkeypatch.context() as patch:
        patch.setattr(os, name, injected)
        try:
            yield injected
        finally:
            signal.signal(signal.SIGUSR1, old)


def leftovers(locations: Locations) -> list[str]:
    """Anything in the diary's folders that is not an entry, the index (and its columns) or
    the lock."""
    odd = [
        p.name
        for p in locations.entries_dir.iterdir()
        if p.name not in (".lock", "index.jsonl", "index.cols", "index.trend")
        and not p.name.endswith(".json")
    ]
    return odd + [f"quarantine/{p.name}" for p in locations.quarantine_dir.iterdir()]


def on_disk(locations: Locations, entry_id: str) -> Entry:
    return DiaryStore(locations).load(entry_id)


def a_diary(root: Path) -> tuple[DiaryStore, Entry, Entry]:
    """A diary with one entry saved (the index built); and the next version of that entry."""
    locations = Locations(root / "data", root / "config")
    store = DiaryStore.open(locations)
    first = store.save(make_entry({"sb1": 1}))
    store.summaries()
    changed = dataclasses.replace(first, answers={"sb1": 1, "sb2": 5, "note": "x" * 3000})
    return store, first, changed


@pytest.mark.parametrize(
    "failure", [*REASONS, "signal"], ids=["ENOSPC", "EACCES", "EROFS", "signal"]
)
@pytest.mark.parametrize("name", ["open", "fchmod", "write", "fsync", "replace"])
def test_a_fault_at_any_write_leaves_a_whole_entry_and_a_retry_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, failure: int | str
) -> None:
    outcomes = []
    for nth in range(1, 20):
        store, first, changed = a_diary(tmp_path / f"n{nth}")
        locations = store.locations
        with fault(monkeypatch, name, nth, failure) as injected:
            try:
                store.save(changed)
                outcome = "saved"
            except DiaryUnavailable as exc:
                outcome = exc.reason
                assert isinstance(exc, OSError) and exc.errno == failure
                assert "{" not in exc.render("nb")
            except Interrupted:
                outcome = "interrupted"
        if not injected.hit:
            break  # the save makes fewer than nth such calls: every one has been tried
        outcomes.append(outcome)
        expected = (
            REASONS.get(failure, "interrupted") if isinstance(failure, int) else "interrupted"
        )
        assert outcome in (expected, "saved"), (nth, outcome)

        now = on_disk(locations, first.id)
        assert now.answers in (first.answers, changed.answers), nth
        if outcome == "saved":
            assert now.answers == changed.answers
        assert leftovers(locations) == [], nth

        again = store.save(changed)  # the fault is gone: the same save, retried
        assert on_disk(locations, first.id) == again and again.answers == changed.answers
        assert again.revision == 2
        assert [p.name for p in locations.entries_dir.glob("*.json")] == [f"{first.id}.json"]
        assert store.warnings == [] and leftovers(locations) == []
        assert DiaryStore(locations).summaries() == [again.summary()]
    assert outcomes and any(o != "saved" for o in outcomes), outcomes


def test_after_a_failed_folder_sync_more_answers_are_no_conflict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rename happened, the folder sync failed: the new file is there but the save said no.
    The next save, with more answers on top, must replace it, not make a conflict copy."""
    store, first, changed = a_diary(tmp_path)
    with (
        fault(monkeypatch, "fsync", 2, errno.EIO) as injected,  # 1: the file, 2: the folder
        pytest.raises(DiaryUnavailable) as caught,
    ):
        store.save(changed)
    assert injected.hit and caught.value.reason == "failed"
    assert "EIO" in caught.value.render("en")
    assert on_disk(store.locations, first.id).answers == changed.answers  # whole, not durable

    more = dataclasses.replace(changed, answers={**changed.answers, "sb3": 4})
    saved = store.save(more)
    assert saved.id == first.id and saved.revision == 3
    assert on_disk(store.locations, first.id) == saved
    assert store.warnings == []


@pytest.mark.parametrize("code", [errno.EACCES, errno.EROFS, errno.ENOSPC])
@pytest.mark.parametrize("name", ["mkdir", "open", "chmod"])
def test_open_fails_with_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, code: int
) -> None:
    locations = Locations(tmp_path / "data", tmp_path / "config")
    if name == "chmod":
        DiaryStore.open(locations)
        os.chmod(locations.entries_dir, 0o755)  # to be tightened: the chmod fails
    with fault(monkeypatch, name, 1, code) as injected, pytest.raises(DiaryUnavailable) as caught:
        DiaryStore.open(locations)
    assert injected.hit
    assert caught.value.reason == REASONS[code]


def test_delete_and_listing_fail_with_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, first, _ = a_diary(tmp_path)
    with fault(monkeypatch, "open", 1, errno.EROFS), pytest.raises(DiaryUnavailable) as caught:
        store.delete(first.id)  # the lock cannot be opened
    assert caught.value.reason == "read_only"
    assert on_disk(store.locations, first.id) == first

    def denied(path: object) -> list[str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "listdir", denied)
    for listing in (store.summaries, store.entries):
        with pytest.raises(DiaryUnavailable) as caught:
            listing()
        assert caught.value.reason == "denied"


# --- a real full disk ---------------------------------------------------------------------


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "1m") -> Iterator[Path]:
    folder.mkdir()
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)], check=True
    )
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def fill(disk: Path) -> Path:
    """Fill ``disk`` to the last byte with one file; return it."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for block in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * block)
    finally:
        os.close(fd)
    return filler


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="mounting a 1 MB tmpfs needs root; the injected ENOSPC tests cover the same path",
)
def test_a_real_full_disk(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        locations = Locations(disk / "data", tmp_path / "config")
        store = DiaryStore.open(locations)
        first = store.save(make_entry({"sb1": 1}))
        store.summaries()
        filler = fill(disk)
        changed = dataclasses.replace(first, answers={"sb1": 2, "note": "æ" * 20_000})

        with pytest.raises(DiaryUnavailable) as caught:
            store.save(changed)
        assert caught.value.reason == "no_space"
        assert "Disken er full" in caught.value.render("nb")
        assert on_disk(locations, first.id) == first
        assert leftovers(locations) == []
        assert [s.id for s in DiaryStore.open(locations).summaries()] == [first.id]

        filler.unlink()
        again = store.save(changed)
        assert on_disk(locations, first.id) == again and again.revision == 2
        assert store.warnings == []


# --- a signal handler that saves while the program unwinds ------------------------------------


def test_a_signal_during_a_save_loses_no_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pattern the front ends use: the handler raises, and the unwinding saves what is
    pending. Whichever write the signal lands on, the last answer is on disk afterwards, once."""
    pack = load_pack(TEST_PACK).pack
    assert pack is not None
    exercise = pack.exercise("hall")
    for nth in range(1, 12):
        locations = Locations(tmp_path / f"n{nth}" / "data", tmp_path / "config")
        store = DiaryStore.open(locations)
        session = ExerciseSession.start(pack, exercise, store, "nb")
        session.set_answer("sb1", 4)
        with fault(monkeypatch, "fsync", nth, "signal") as injected:
            try:
                session.set_answer("sb2", 2)
            except Interrupted:
                pass
            finally:
                injected.nth = 0  # the handler ran; the unwinding save runs undisturbed
                session.save_pending()
        if injected.calls < nth:
            break
        [path] = locations.entries_dir.glob("*.json")
        saved = DiaryStore(locations).load(path.stem)
        assert saved.answers == {"sb1": 4, "sb2": 2}, nth
        assert leftovers(locations) == [] and store.warnings == []


def test_a_save_from_a_handler_in_the_middle_of_a_save_fails_loudly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A raw handler that saves while the same thread is mid-save: without the refusal, the
    interrupted, older write would land over the handler's newer one, silently."""
    store, first, changed = a_diary(tmp_path)
    newer = dataclasses.replace(changed, answers={**changed.answers, "sb3": 1})
    handler_saw: list[BaseException] = []

    def save_in_handler(signum: int, frame: object) -> None:
        try:
            store.save(newer)
        except RuntimeError as exc:
            handler_saw.append(exc)
            raise

    real_fsync = os.fsync
    calls = [0]

    def fsync_with_a_signal(fd: int) -> None:
        calls[0] += 1
        if calls[0] == 1:
            signal.raise_signal(signal.SIGUSR2)
        real_fsync(fd)

    old = signal.signal(signal.SIGUSR2, save_in_handler)
    try:
        monkeypatch.setattr(os, "fsync", fsync_with_a_signal)
        with pytest.raises(RuntimeError, match="signal handler"):
            store.save(changed)
    finally:
        signal.signal(signal.SIGUSR2, old)
        monkeypatch.setattr(os, "fsync", real_fsync)
    assert len(handler_saw) == 1
    assert on_disk(store.locations, first.id) == first  # nothing half-done, nothing silent
    assert leftovers(store.locations) == []
    assert store.save(newer).answers == newer.answers  # and the store is usable afterwards
    assert store.warnings == []
