"""A coach's notes on entries: written by the coach, kept apart from the person's answers.

Never inside an entry file (an entry is what the person answered): one private JSON file per
entry that has notes, ``<diary folder>/coach-notes/<entry id>.json``, written atomically under
the folder's own lock (docs/diary-format.md, «Coach notes»). Exports leave them out unless they
are asked for. An unreadable file is moved to quarantine, like an entry.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medarbeider_tui.diary.entry import EntryFormatError
from medarbeider_tui.diary.files import quarantine_file
from medarbeider_tui.diary.ids import is_valid_entry_id, parse_timestamp
from medarbeider_tui.diary.locking import FolderLock
from medarbeider_tui.fsio import (
    ensure_private_dir,
    fsync_dir,
    sweep_stale_temps,
    write_private_file,
)

COACH_NOTES_SCHEMA_VERSION = 1
#: The longest note kept (a text answer may be as long).
MAX_NOTE_LENGTH = 20_000
#: No notes file is anywhere near this: a hundred long notes.
MAX_NOTES_BYTES = 4 * 1024 * 1024
_FIELDS = ("schema_version", "entry", "notes")
_NOTE_FIELDS = ("written_at", "text")


@dataclass(frozen=True)
class CoachNote:
    """One note: when it was written, and what the coach wrote (person text: show it safely)."""

    written_at: str
    text: str


@dataclass(frozen=True)
class NotesProblem:
    """A notes file that could not be read; ``moved_to`` is its place in quarantine."""

    path: Path
    detail: str
    moved_to: Path | None = None


class CoachNoteStore:
    """The coach-notes folder of one profile's diary. Build it with `CoachNoteStore.open`."""

    def __init__(self, folder: Path, quarantine_dir: Path) -> None:
        self.folder = folder
        self._quarantine_dir = quarantine_dir
        self._lock = FolderLock(folder / ".lock")
        self.problems: list[NotesProblem] = []

    @classmethod
    def open(cls, folder: Path, quarantine_dir: Path) -> CoachNoteStore:
        """Create (or tighten) the folder and clear what crashed writers left.

        Raises:
            StorageError: the folder cannot be made or used.
        """
        store = cls(folder, quarantine_dir)
        ensure_private_dir(folder)
        sweep_stale_temps(folder)
        return store

    def notes_of(self, entry_id: str) -> list[CoachNote]:
        """The entry's notes, oldest first (none for an id that is not an entry's)."""
        if not is_valid_entry_id(entry_id):
            return []
        return self._read(self._path(entry_id))

    def add(self, entry_id: str, text: str, written_at: str) -> CoachNote:
        """Keep one more note on ``entry_id``.

        Raises:
            EntryFormatError: ``entry_id`` or the note is not valid (nothing is written).
            OSError: the write failed; the notes kept before are unchanged.
        """
        note = _note({"written_at": written_at, "text": text}, 0)
        if not is_valid_entry_id(entry_id):
            raise EntryFormatError(f"entry: {entry_id!r} is not an entry id")
        with self._lock:
            notes = [*self.notes_of(entry_id), note]
            body = {
                "schema_version": COACH_NOTES_SCHEMA_VERSION,
                "entry": entry_id,
                "notes": [{"written_at": n.written_at, "text": n.text} for n in notes],
            }
            data = json.dumps(body, ensure_ascii=False, indent=2) + "\n"
            write_private_file(
                self.folder, f"{entry_id}.json", data.encode("utf-8", "surrogatepass")
            )
        return note

    def remove(self, entry_id: str) -> int:
        """Delete the entry's notes for good (its entry was deleted); how many there were."""
        if not is_valid_entry_id(entry_id):
            return 0
        with self._lock:
            notes = self.notes_of(entry_id)
            try:
                self._path(entry_id).unlink()
            except FileNotFoundError:
                return 0
            fsync_dir(self.folder)
        return len(notes)

    def _path(self, entry_id: str) -> Path:
        return self.folder / f"{entry_id}.json"

    def _read(self, path: Path) -> list[CoachNote]:
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            return []
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_NOTES_BYTES:
            self.problems.append(NotesProblem(path, "not a regular notes file; left"))
            return []
        try:
            flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
            fd = os.open(path, flags)
            try:
                if os.name == "posix" and os.fstat(fd).st_mode & 0o077:
                    os.fchmod(fd, 0o600)
                raw = os.read(fd, MAX_NOTES_BYTES + 1)
            finally:
                os.close(fd)
            return decode_notes(raw, path.name[: -len(".json")])
        except EntryFormatError as exc:
            with self._lock, contextlib.suppress(OSError):
                moved = quarantine_file(path, self._quarantine_dir, info)
                self.problems.append(NotesProblem(path, str(exc), moved))
                return []
            self.problems.append(NotesProblem(path, str(exc)))
        except OSError as exc:
            self.problems.append(NotesProblem(path, exc.strerror or str(exc)))
        return []


def decode_notes(raw: bytes, entry_id: str) -> list[CoachNote]:
    """The notes a file holds, checked as strictly as an entry.

    Raises:
        EntryFormatError: not UTF-8 JSON, or not shaped as documented.
    """
    try:
        data = json.loads(raw.decode("utf-8", "surrogatepass"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise EntryFormatError("not valid UTF-8 JSON") from None
    obj = _keys(data, _FIELDS, "notes file")
    if obj["schema_version"] != COACH_NOTES_SCHEMA_VERSION:
        raise EntryFormatError(f"schema_version: {obj['schema_version']!r} is not known")
    if obj["entry"] != entry_id:
        raise EntryFormatError("entry: does not match the file name")
    if not isinstance(obj["notes"], list):
        raise EntryFormatError("notes: expected a list")
    return [_note(item, number) for number, item in enumerate(obj["notes"])]


def _note(data: object, number: int) -> CoachNote:
    obj = _keys(data, _NOTE_FIELDS, f"notes[{number}]")
    text, when = obj["text"], obj["written_at"]
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_NOTE_LENGTH:
        raise EntryFormatError(f"notes[{number}].text: expected a text of 1–{MAX_NOTE_LENGTH}")
    try:
        parse_timestamp(when)
    except (TypeError, ValueError):
        raise EntryFormatError(f"notes[{number}].written_at: not an ISO 8601 time") from None
    return CoachNote(when, text)


def _keys(data: object, expected: tuple[str, ...], where: str) -> dict[str, Any]:
    if not isinstance(data, dict) or sorted(data) != sorted(expected):
        raise EntryFormatError(f"{where}: expected exactly the fields {', '.join(expected)}")
    return data
