"""Careful reading of entry files, and moving unreadable ones to quarantine.

Reading never follows a symbolic link and never opens anything but a regular file, so a link
planted in the entries folder cannot make the program read (or change) a file elsewhere.
Quarantine moves a file aside under a name that is never reused: nothing is deleted. What
is wrong with a file is a `Translatable` (``store.what.*``, ``store.reason.*``), shown later in
the person's language.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from medarbeider_tui.diary.codec import MAX_ENTRY_BYTES, decode_entry, fingerprint
from medarbeider_tui.diary.entry import Entry, EntryFormatError
from medarbeider_tui.fsio import PRIVATE_FILE_MODE, ensure_private_dir, fsync_dir
from medarbeider_tui.i18n import Shortened, Translatable

_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO named like an entry must not hang us
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class NotRegularFile(Exception):
    """A link, folder or device sits where an entry file should be: report it, leave it."""

    def __init__(self, what: Translatable) -> None:
        super().__init__(str(what))
        self.what = what


class UnreadableFile(Exception):
    """A regular file whose content is not a valid entry: it belongs in quarantine."""

    def __init__(self, reason: Translatable, seen: os.stat_result) -> None:
        super().__init__(str(reason))
        self.reason = reason
        self.seen = seen


@dataclass(frozen=True)
class LoadedFile:
    """An entry read from disk; ``tightened`` says its mode was too open and is now 0600.

    ``seen`` is the file's status as read (after any tightening), for the entry index.
    """

    entry: Entry
    tightened: bool
    seen: os.stat_result
    fingerprint: str
    """The `fingerprint` of the bytes the entry was read from."""


@dataclass(frozen=True)
class RawFile:
    """An entry file's bytes, read carefully but not yet parsed."""

    raw: bytes
    tightened: bool
    seen: os.stat_result

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.raw)


def read_entry_file(path: Path, expected_id: str) -> LoadedFile:
    """Read one entry file without following links.

    Raises:
        FileNotFoundError: nothing is there.
        NotRegularFile: something other than a regular file is there.
        UnreadableFile: the file is there but is not a valid entry named ``expected_id``.
        OSError: the file system failed; the caller reports it and leaves the file alone.
    """
    return decode_entry_file(read_entry_bytes(path), expected_id)


def decode_entry_file(found: RawFile, expected_id: str) -> LoadedFile:
    """The entry in bytes read by `read_entry_bytes`.

    Raises:
        UnreadableFile: the bytes are not a valid entry named ``expected_id``.
    """
    try:
        entry = decode_entry(found.raw)
    except EntryFormatError as exc:
        # Its text is a technical detail (field names, positions); a str, so that equal
        # warnings compare equal.
        problem = Shortened(str(exc)).render("en")
        reason = Translatable("store.reason.not_an_entry", problem=problem)
        raise UnreadableFile(reason, found.seen) from None
    if entry.id != expected_id:
        raise UnreadableFile(Translatable("store.reason.id_mismatch", inside=entry.id), found.seen)
    return LoadedFile(entry, found.tightened, found.seen, found.fingerprint)


def read_entry_bytes(path: Path) -> RawFile:
    """The bytes of one entry file, without following links (made private if they were not).

    Raises:
        FileNotFoundError, NotRegularFile, OSError: as `read_entry_file`.
        UnreadableFile: unreadable (permission denied) or larger than `MAX_ENTRY_BYTES`.
    """
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFile(_describe(info.st_mode))
    try:
        fd = os.open(path, _READ_FLAGS)
    except PermissionError:
        raise UnreadableFile(Translatable("store.reason.denied"), info) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):  # swapped after the lstat above
            raise NotRegularFile(_describe(info.st_mode))
        tightened = _tighten(fd, info)
        if tightened:
            info = os.fstat(fd)  # the change time moved: the index must see the file as it is
        if info.st_size > MAX_ENTRY_BYTES:
            raise UnreadableFile(Translatable("store.reason.too_large"), info)
        raw = _read_at_most(fd, MAX_ENTRY_BYTES + 1)
    finally:
        os.close(fd)
    return RawFile(raw, tightened, info)


def quarantine_file(path: Path, quarantine_dir: Path, seen: os.stat_result) -> Path | None:
    """Move ``path`` into ``quarantine_dir``, unless it changed since it was read as ``seen``.

    Call under the folder lock: the check that the file is still the unreadable one we saw (a
    concurrent save replaces it with a new file) and the move must be one step.

    Returns:
        The new path, or None when the file is gone or was replaced since it was read.
    """
    try:
        now = os.lstat(path)
    except FileNotFoundError:
        return None
    if _identity(now) != _identity(seen):
        return None
    ensure_private_dir(quarantine_dir)
    target = _unused_name(quarantine_dir, path.name)
    os.rename(path, target)
    if os.name == "posix":
        os.chmod(target, PRIVATE_FILE_MODE)  # a regular file we just moved; not a link
    fsync_dir(path.parent)
    fsync_dir(quarantine_dir)
    return target


def _unused_name(folder: Path, name: str) -> Path:
    """``<name>.<UTC time>``, with a counter if that exists: nothing in quarantine is replaced."""
    stamp = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}"
    candidate = folder / f"{name}.{stamp}"
    counter = 1
    while os.path.lexists(candidate):
        counter += 1
        candidate = folder / f"{name}.{stamp}-{counter}"
    return candidate


def _identity(info: os.stat_result) -> tuple[int, int, int, int]:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _tighten(fd: int, info: os.stat_result) -> bool:
    if os.name != "posix" or not info.st_mode & 0o077:
        return False
    os.fchmod(fd, PRIVATE_FILE_MODE)
    return True


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while total < limit:
        chunk = os.read(fd, min(1 << 20, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _describe(mode: int) -> Translatable:
    if stat.S_ISLNK(mode):
        return Translatable("store.what.link")
    if stat.S_ISDIR(mode):
        return Translatable("store.what.folder")
    return Translatable("store.what.special")
