"""The diary store: entries as private JSON files, one per entry, that are never lost.

Every save is atomic and durable; a save that would overwrite a newer version from another
process writes a conflict copy instead; a file that cannot be read is moved to quarantine, never
overwritten or deleted. The store prints nothing: problems become `StoreWarning` values that the
caller shows in its own words.
"""

from __future__ import annotations

import dataclasses
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from medarbeider_tui.diary.atomic import fsync_dir, sweep_stale_temps, write_private_file
from medarbeider_tui.diary.codec import encode_entry
from medarbeider_tui.diary.entry import Entry, EntryFormatError, EntrySummary
from medarbeider_tui.diary.files import (
    NotRegularFile,
    UnreadableFile,
    quarantine_file,
    read_entry_file,
)
from medarbeider_tui.diary.ids import is_valid_entry_id, parse_timestamp, sibling_entry_id
from medarbeider_tui.diary.locking import FolderLock
from medarbeider_tui.paths import Locations, ensure_private_dir, is_too_open

#: Stable warning kinds; the UI translates by kind. See docs/diary-format.md.
WarningKind = Literal["quarantined", "permissions", "unreadable", "conflict"]

LOCK_FILE_NAME = ".lock"


@dataclass(frozen=True)
class StoreWarning:
    """Something the person should hear about; nothing was lost.

    Kinds:
        quarantined: an unreadable file was moved; ``path`` is where it is now.
        permissions: a folder or file was open to other users and has been made private.
        unreadable: something that is not an entry file (a link, a folder) or could not be
            read or moved was found at ``path`` and left exactly as it was.
        conflict: another process had saved a newer version; ``path`` is the conflict copy
            that holds this process's version.
    """

    kind: WarningKind
    path: Path
    detail: str


class EntryNotFound(LookupError):
    """No readable entry with that id (missing, not a valid id, or just quarantined)."""


class DiaryStore:
    """The entries folder of one data directory. Build it with `DiaryStore.open`."""

    def __init__(self, locations: Locations) -> None:
        self.locations = locations
        self.warnings: list[StoreWarning] = []
        self._entries_dir = locations.entries_dir
        self._lock = FolderLock(locations.entries_dir / LOCK_FILE_NAME)

    @classmethod
    def open(cls, locations: Locations) -> DiaryStore:
        """Create (or tighten) the private folders and clear what crashed writers left."""
        store = cls(locations)
        for folder in (locations.data_dir, locations.entries_dir, locations.quarantine_dir):
            if is_too_open(folder):
                store._warn("permissions", folder, "was open to other users; now private (0700)")
            ensure_private_dir(folder)
        sweep_stale_temps(locations.entries_dir)
        return store

    def save(self, entry: Entry) -> Entry:
        """Write ``entry`` durably and return the saved version: use that one from now on.

        The returned entry has its revision bumped (timestamps are the caller's job). If the
        file on disk is newer than the revision ``entry`` started from, it is not overwritten:
        ``entry`` is saved under a new id as a conflict copy, which is returned, and a
        "conflict" warning is recorded.

        Raises:
            EntryFormatError: ``entry`` holds something that cannot be stored as JSON.
        """
        if not is_valid_entry_id(entry.id):
            raise EntryFormatError(f"id: {entry.id!r} is not a valid diary entry id")
        path = self._entries_dir / f"{entry.id}.json"
        with self._lock:
            on_disk = self._read(path, entry.id)
            if isinstance(on_disk, Entry):
                if entry.revision == 0 or on_disk.revision > entry.revision:
                    return self._save_copy(
                        entry,
                        f"{entry.id} was saved elsewhere meanwhile (revision {on_disk.revision} "
                        f"on disk; this version started from {entry.revision})",
                    )
            elif os.path.lexists(path):
                return self._save_copy(entry, f"{entry.id} could not be replaced: {on_disk}")
            saved = dataclasses.replace(entry, revision=entry.revision + 1)
            write_private_file(self._entries_dir, path.name, encode_entry(saved))
        return saved

    def load(self, entry_id: str) -> Entry:
        """The entry with this id.

        Raises:
            EntryNotFound: no such entry, an invalid id, or the file was unreadable (it is
                then in quarantine and a warning says so).
        """
        found = self._read(self._path_for(entry_id), entry_id)
        if isinstance(found, str):
            raise EntryNotFound(f"diary entry {entry_id}: {found}")
        return found

    def entries(self) -> list[Entry]:
        """All readable entries, newest first; unreadable files are quarantined on the way."""
        found = [
            entry
            for name in self._entry_file_names()
            if isinstance(entry := self._read(self._entries_dir / name, name[:-5]), Entry)
        ]
        found.sort(key=lambda e: (parse_timestamp(e.created_at), e.id), reverse=True)
        return found

    def summaries(self) -> list[EntrySummary]:
        """The listing of all entries, newest first.

        Callers use this rather than `entries` so a metadata index can replace the full read
        later without changing them.
        """
        return [entry.summary() for entry in self.entries()]

    def latest_for(
        self, exercise: str, pack_id: str
    ) -> tuple[EntrySummary | None, EntrySummary | None]:
        """(latest draft, latest complete) of one exercise: what to resume, what was done."""
        mine = [s for s in self.summaries() if s.exercise == exercise and s.pack_id == pack_id]
        drafts = [s for s in mine if s.status == "draft"]
        done = [s for s in mine if s.status == "complete"]
        return (
            max(drafts, key=lambda s: (parse_timestamp(s.updated_at), s.id), default=None),
            max(
                done,
                key=lambda s: (parse_timestamp(s.completed_at or s.updated_at), s.id),
                default=None,
            ),
        )

    def delete(self, entry_id: str) -> None:
        """Remove one entry file for good (the person asked for it).

        Raises:
            EntryNotFound: no entry file with that id.
        """
        path = self._path_for(entry_id)
        with self._lock:
            try:
                info = os.lstat(path)
            except FileNotFoundError:
                raise EntryNotFound(f"diary entry {entry_id}: no such entry") from None
            if not stat.S_ISREG(info.st_mode):
                raise EntryNotFound(f"diary entry {entry_id}: not a regular file; left in place")
            path.unlink()
            fsync_dir(self._entries_dir)

    def _read(self, path: Path, entry_id: str) -> Entry | str:
        """The entry at ``path``, or why there is none (after quarantining or reporting)."""
        try:
            loaded = read_entry_file(path, entry_id)
        except FileNotFoundError:
            return "no such entry"
        except NotRegularFile as exc:
            detail = f"{exc.what} is where a diary entry should be; left in place, not followed"
            self._warn("unreadable", path, detail)
            return detail
        except UnreadableFile as exc:
            return self._quarantine(path, exc)
        except OSError as exc:
            detail = f"could not be read ({exc.strerror}); left in place"
            self._warn("unreadable", path, detail)
            return detail
        if loaded.tightened:
            self._warn("permissions", path, "was readable by other users; now private (0600)")
        return loaded.entry

    def _quarantine(self, path: Path, problem: UnreadableFile) -> str:
        try:
            with self._lock:
                moved = quarantine_file(path, self.locations.quarantine_dir, problem.seen)
        except OSError as exc:
            detail = (
                f"{problem.reason}; could not be moved to quarantine ({exc.strerror}), "
                "left in place"
            )
            self._warn("unreadable", path, detail)
            return detail
        if moved is None:
            return "the file changed while it was being read; try again"
        self._warn("quarantined", moved, f"{path.name}: {problem.reason}")
        return f"unreadable ({problem.reason}); moved to {moved}"

    def _save_copy(self, entry: Entry, reason: str) -> Entry:
        """Save ``entry`` under a fresh id beside the original; called under the lock."""
        copy_id = sibling_entry_id(entry.id)
        while os.path.lexists(self._entries_dir / f"{copy_id}.json"):
            copy_id = sibling_entry_id(entry.id)
        saved = dataclasses.replace(entry, id=copy_id, revision=1)
        write_private_file(self._entries_dir, f"{copy_id}.json", encode_entry(saved))
        self._warn(
            "conflict",
            self._entries_dir / f"{copy_id}.json",
            f"{reason}; this version was saved as {copy_id}",
        )
        return saved

    def _path_for(self, entry_id: str) -> Path:
        """The file of ``entry_id``; only well-formed ids, so no path can leave the folder."""
        if not is_valid_entry_id(entry_id):
            raise EntryNotFound(f"{entry_id!r} is not a valid diary entry id")
        return self._entries_dir / f"{entry_id}.json"

    def _entry_file_names(self) -> list[str]:
        names = os.listdir(self._entries_dir)
        return sorted(n for n in names if n.endswith(".json") and not n.startswith("."))

    def _warn(self, kind: WarningKind, path: Path, detail: str) -> None:
        warning = StoreWarning(kind, path, detail)
        if warning not in self.warnings:
            self.warnings.append(warning)
