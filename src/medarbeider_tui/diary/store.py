"""The diary store: entries as private JSON files, one per entry, that are never lost.

Every save is atomic and durable; a save that would overwrite a newer version from another
process writes a conflict copy instead; a save of an entry deleted elsewhere raises
`EntryDeleted` instead of bringing it back; a file that cannot be read is moved to quarantine,
never overwritten or deleted. The store prints nothing: problems become `StoreWarning` values
that the caller shows in its own words, and a data folder that cannot be used (read-only, full,
someone else's, a file) raises `DiaryUnavailable`, with nothing half-written.

Signals: a save is safe to make from a signal's handling as long as that handling runs between
the program's own steps, not in the middle of one of its saves; see `DiaryStore.save`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import os
import stat
import threading
import time
import zlib
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from medarbeider_tui.diary.codec import encode_entry, fingerprint
from medarbeider_tui.diary.columns import (
    COLUMNS_FILE_NAME,
    TAIL_BYTES,
    Columns,
    Listing,
    StoredColumns,
    file_hash,
    read_columns,
)
from medarbeider_tui.diary.copied import MAX_APPENDED_BYTES, rewrite_copied_index
from medarbeider_tui.diary.entry import Entry, EntryFormatError, EntrySummary
from medarbeider_tui.diary.files import (
    LoadedFile,
    NotRegularFile,
    RawFile,
    UnreadableFile,
    decode_entry_file,
    quarantine_file,
    read_entry_bytes,
    read_entry_file,
)
from medarbeider_tui.diary.ids import is_valid_entry_id, parse_timestamp, sibling_entry_id
from medarbeider_tui.diary.index import (
    INDEX_FILE_NAME,
    IndexRecord,
    Signature,
    append_to_index,
    parse_lines,
    parse_record_lines,
    read_flags,
    read_index,
    signature,
    tombstone_line,
    write_index,
)
from medarbeider_tui.diary.index_access import FolderStat, latest_by_id, open_index, row_matches
from medarbeider_tui.diary.locking import FolderLock
from medarbeider_tui.diary.trend_columns import (
    TrendColumns,
    build_trend_columns,
    read_trend_columns,
    write_trend_columns,
)
from medarbeider_tui.fsio import (
    StorageError,
    ensure_chosen_folder,
    ensure_private_dir,
    fsync_dir,
    sweep_stale_temps,
    write_private_file,
)
from medarbeider_tui.i18n import LocalizedError, Shortened, Translatable
from medarbeider_tui.paths import Locations

#: Stable warning kinds; the UI translates by kind. See docs/diary-format.md.
WarningKind = Literal["quarantined", "permissions", "unreadable", "conflict"]

LOCK_FILE_NAME = ".lock"
#: How long a listing checked against every file may be reused while nothing changed (s).
MEMO_SECONDS = 10.0
_READ_FLAGS = read_flags()
#: Index lines are read in spans of about this many bytes (a page of the history, a trend).
SPAN_BYTES = 256 * 1024


@dataclass(frozen=True)
class StoreWarning:
    """Something the person should hear about; nothing was lost. ``detail`` says what in the
    person's language (keys ``store.detail.*``), once rendered.

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
    detail: Translatable


class EntryNotFound(LocalizedError, LookupError):
    """No readable entry with that id: none, not a valid id (``valid_id=False``), or not
    readable (``why`` says what is there instead, e.g. that it was just moved to quarantine).
    """

    def __init__(
        self, entry_id: str, why: Translatable | None = None, *, valid_id: bool = True
    ) -> None:
        shown = Shortened(entry_id, 60)  # an id is typed by a person: it may be anything
        if not valid_id:
            LocalizedError.__init__(self, "diary.not_found.invalid_id", id=shown)
        elif why is None:
            LocalizedError.__init__(self, "diary.not_found", id=shown)
        else:
            LocalizedError.__init__(self, "diary.not_found.unreadable", id=shown, why=why)
        self.entry_id = entry_id
        self.why = why


class DiaryUnavailable(StorageError):
    """The diary's folder cannot be used: read-only, full, someone else's, shared with others,
    a file, or not creatable. ``reason`` says which (see `StorageError`); the message says what
    to do. Nothing is half-written: an entry's file is the version before the failed save, or
    (if only the final folder sync failed) the new version, whole.
    """


class EntryDeleted(LocalizedError, FileNotFoundError):
    """The entry was saved before, but its file is gone: deleted elsewhere (another window,
    ``diary delete``). It is not brought back silently; `DiaryStore.save_as_new` keeps the
    answers as a new entry if the person wants them.

    A `FileNotFoundError` too (the file is gone), so a front end that only catches `OSError`
    around a save reports it instead of crashing.
    """

    def __init__(self, entry_id: str) -> None:
        LocalizedError.__init__(self, "diary.entry_deleted", id=entry_id)
        self.entry_id = entry_id
        self.errno = errno.ENOENT


class DiaryStore:
    """The entries folder of one data directory. Build it with `DiaryStore.open`."""

    def __init__(self, locations: Locations) -> None:
        self.locations = locations
        self.warnings: list[StoreWarning] = []
        self._entries_dir = locations.entries_dir
        self._lock = FolderLock(locations.entries_dir / LOCK_FILE_NAME)
        #: Versions whose write raised after it may have reached the disk (only the folder
        #: sync failed, or a signal's exception arrived): a retry that finds one of these on
        #: disk is not a conflict with another window, it is this store's own earlier attempt.
        self._unconfirmed: dict[str, Entry] = {}
        self._writing = threading.local()
        self._memo: tuple[tuple[object, ...], float, Listing] | None = None

    @classmethod
    def open(cls, locations: Locations) -> DiaryStore:
        """Check the data folder, create (or tighten) the diary's own folders, and clear what
        crashed writers left.

        The data folder is used only if it is a folder of this user that nobody else can
        write to; it is never chmodded unless it already holds this diary. The lock file is
        created here, so a read-only folder is found now, not at the first save.

        Raises:
            DiaryUnavailable: the folder cannot be used; nothing was changed in it.
        """
        store = cls(locations)
        with _unavailable(locations.data_dir):
            if ensure_chosen_folder(locations.data_dir, home=locations.home, own_marker="entries"):
                store._warn("permissions", locations.data_dir, _TIGHTENED_FOLDER)
            own = [locations.entries_dir, locations.quarantine_dir]
            if locations.profile is not None:  # a named profile: its own folder, private too
                own = [locations.profiles_dir, locations.diary_dir, *own]
            for folder in own:
                if ensure_private_dir(folder):
                    store._warn("permissions", folder, _TIGHTENED_FOLDER)
            store._lock.check()
            sweep_stale_temps(locations.entries_dir)
        return store

    def save(self, entry: Entry) -> Entry:
        """Write ``entry`` durably and return the saved version: use that one from now on.

        The returned entry has its revision bumped (timestamps are the caller's job). If the
        file on disk is newer than the revision ``entry`` started from, it is not overwritten:
        ``entry`` is saved under a new id as a conflict copy, which is returned, and a
        "conflict" warning is recorded. A save that finds on disk exactly what it would write
        (a retry after an interrupted save) returns that version without writing.

        Signals: the store's own lock is re-entrant and every write is whole or absent, so a
        save interrupted by an exception (a signal handler's ``SystemExit``) leaves the earlier
        version or the new one, never a mix, and saving again then is not taken for a conflict.
        Do not save from inside a raw ``signal.signal`` handler while this thread may be in the
        middle of a save (that raises ``RuntimeError`` rather than risk an older write landing
        over the handler's): run the handling on the event loop (``loop.add_signal_handler``)
        or raise from the handler and save while unwinding. A save on another thread only
        makes a handler's save wait for it.

        Raises:
            EntryFormatError: ``entry`` holds something that cannot be stored as JSON.
            EntryDeleted: ``entry`` was saved before and its file has been deleted since.
            DiaryUnavailable: the write failed (a full disk, a read-only or unwritable folder);
                the file holds the earlier version, and saving again later may succeed.
        """
        if not is_valid_entry_id(entry.id):
            raise EntryFormatError(f"id: {entry.id!r} is not a valid diary entry id")
        path = self._entries_dir / f"{entry.id}.json"
        with self._one_write(), _unavailable(self._entries_dir), self._lock:
            on_disk = self._read(path, entry.id)
            base = entry.revision
            if isinstance(on_disk, Entry):
                if _same_content(on_disk, entry):
                    return on_disk  # already there: an earlier attempt reached the disk
                if self._unconfirmed.get(entry.id) == on_disk:
                    base = on_disk.revision
                elif entry.revision == 0 or on_disk.revision > entry.revision:
                    return self._save_copy(
                        entry,
                        Translatable(
                            "store.detail.saved_elsewhere",
                            id=entry.id,
                            on_disk=on_disk.revision,
                            started_from=entry.revision,
                        ),
                    )
            elif on_disk is None and entry.revision > 0:
                raise EntryDeleted(entry.id)
            elif os.path.lexists(path):  # a link, a folder, a file left in place
                why = Translatable("store.detail.not_replaced", id=entry.id, why=on_disk)
                return self._save_copy(entry, why)
            saved = dataclasses.replace(entry, revision=base + 1)
            self._write(saved)
        return saved

    def save_as_new(self, entry: Entry) -> Entry:
        """Save ``entry``'s answers as a new entry (a new id beside the old one, revision 1):
        what to offer after `EntryDeleted`, when the person wants to keep them.

        Raises:
            EntryFormatError: ``entry`` holds something that cannot be stored as JSON.
            DiaryUnavailable: the write failed.
        """
        with self._one_write(), _unavailable(self._entries_dir), self._lock:
            saved = dataclasses.replace(entry, id=self._unused_sibling_id(entry.id), revision=1)
            self._write(saved)
        return saved

    def load(self, entry_id: str) -> Entry:
        """The entry with this id.

        Raises:
            EntryNotFound: no such entry, an invalid id, or the file was unreadable (it is
                then in quarantine and a warning says so).
        """
        with _unavailable(self._entries_dir):
            found = self._read(self._path_for(entry_id), entry_id)
        if not isinstance(found, Entry):
            raise EntryNotFound(entry_id, found)
        return found

    def entries(self) -> list[Entry]:
        """All readable entries, newest first; unreadable files are quarantined on the way."""
        with _unavailable(self._entries_dir):
            found = [
                entry
                for name in self._entry_file_names()
                if isinstance(entry := self._read(self._entries_dir / name, name[:-5]), Entry)
            ]
        found.sort(key=lambda e: (parse_timestamp(e.created_at), e.id), reverse=True)
        return found

    def summaries(self) -> list[EntrySummary]:
        """The listing of all entries, newest first, without reading every file (see `listing`)."""
        return list(self.listing())

    def listing(self) -> Listing:
        """Every entry, newest first, as compact columns; summaries are made when asked for.

        The files are the truth: the index (``entries/index.jsonl`` and its columns, see
        `medarbeider_tui.diary.index` and `medarbeider_tui.diary.columns`) answers only while
        every entry file is exactly the one it was read from. A listing stats every file and
        compares the sum of their `file_hash` values with the columns' (one number, not a row
        per file); when they differ, new, changed or unindexed files are read (and quarantined
        if unreadable, as in `entries`) and the index is rewritten.

        Within `MEMO_SECONDS` of such a check the listing is reused as long as neither the
        folder (a file added, removed or replaced, as every save does) nor the index changed:
        the history opened from home does not stat 100,000 files a second time.
        """
        with _unavailable(self._entries_dir):
            key = self._memo_key()
            memo = self._memo
            if memo is not None and memo[0] == key and time.monotonic() - memo[1] < MEMO_SECONDS:
                return memo[2]
            began = time.monotonic()
            names = self._entry_file_names()
            found = self._from_columns(names)
            if found is None and self._copied(names):
                found = self._from_columns(self._entry_file_names())
            if found is None:
                with self._lock:
                    found = Listing.of(_newest_first(self._refresh_index(rewrite=True)))
            self._memo = (key, began, found)
            return found

    def latest_for(
        self, exercise: str, pack_id: str
    ) -> tuple[EntrySummary | None, EntrySummary | None]:
        """(latest draft, latest complete) of one exercise: what to resume, what was done."""
        found = self.listing()
        mine = found.positions(lambda pair: pair == (pack_id, exercise), None)
        drafts = [p for p in mine if found.status(p) == "draft"]
        done = [p for p in mine if found.status(p) == "complete"]
        draft = max(drafts, key=lambda p: (found.updated(p), found.entry_id(p)), default=None)
        last = max(done, key=lambda p: (found.when(p), found.entry_id(p)), default=None)
        return (
            None if draft is None else found[draft],
            None if last is None else found[last],
        )

    def _memo_key(self) -> tuple[object, ...]:
        """What changes when a file in the folder is added, removed or replaced, or the index
        or its columns are written."""
        parts: list[object] = []
        for path in (
            self._entries_dir,
            self._entries_dir / INDEX_FILE_NAME,
            self._entries_dir / COLUMNS_FILE_NAME,
        ):
            try:
                parts.append(signature(os.lstat(path)))
            except FileNotFoundError:
                parts.append(None)
        return tuple(parts)

    def _from_columns(self, names: list[str]) -> Listing | None:
        """The listing from the index's columns, if every file is still the one they name."""
        folder = self._entries_dir
        if not hasattr(os, "pread"):  # pragma: no cover - Windows: the index alone answers
            return None
        stored = read_columns(folder)
        if stored is None:
            return None
        try:
            fd = open_index(folder / INDEX_FILE_NAME)
        except OSError:
            return None
        try:
            return self._check_columns(names, stored, fd)
        finally:
            os.close(fd)

    def _check_columns(self, names: list[str], stored: StoredColumns, fd: int) -> Listing | None:
        """`_from_columns` with the index open as ``fd``."""
        columns = stored.columns
        info = os.fstat(fd)
        tail_size = min(TAIL_BYTES, stored.body_end)
        appended = info.st_size - stored.body_end
        if (
            not stat.S_ISREG(info.st_mode)
            or info.st_ino != stored.index_inode
            or appended < 0
            or appended > MAX_APPENDED_BYTES
            or zlib.crc32(os.pread(fd, tail_size, stored.body_end - tail_size)) != stored.tail_crc
        ):
            return None
        parsed = parse_lines(os.pread(fd, appended, stored.body_end)) if appended else ([], False)
        if parsed is None or parsed[1]:
            return None
        latest = latest_by_id(parsed[0])
        expected = sum(columns.hashes)
        count = len(columns)
        replaced: set[int] = set()
        for entry_id, record in latest.items():
            row = columns.find(entry_id)
            if row is not None:
                expected -= columns.hashes[row]
                count -= 1
                replaced.add(row)
            if record is not None:
                expected += file_hash(entry_id, record.signature)
                count += 1
        if len(columns) + len(parsed[0]) > 2 * count + 64:
            return None  # grown well past its entries: the full listing compacts it
        if count != len(names) or self._folder_hash(names) != expected % (1 << 64):
            return None
        extra = sorted(
            (r for r in latest.values() if r is not None),
            key=lambda r: (r.sort_key, r.summary.id),
            reverse=True,
        )
        order = _merged_order(columns, replaced, extra) if (replaced or extra) else None
        body_end, inode = stored.body_end, stored.index_inode
        return Listing(
            columns,
            lambda rows: self._read_rows(inode, columns, body_end, rows),
            [r.summary for r in extra],
            order,
            lambda: self._trend_columns(stored),
        )

    def _trend_columns(self, stored: StoredColumns) -> TrendColumns:
        """The trend columns of ``stored``: from ``index.trend`` if it was made with them, else
        made from their rows' index lines (once: a diary whose columns an earlier version
        wrote, or whose trend file is damaged) and written for the next trend."""
        folder, rows = self._entries_dir, len(stored.columns)
        found = read_trend_columns(folder, stored.crc, rows)
        if found is None:
            every = list(range(rows))
            found = build_trend_columns(
                self._read_rows(stored.index_inode, stored.columns, stored.body_end, every)
            )
            with contextlib.suppress(OSError), self._lock:
                write_trend_columns(folder, found, stored.crc)
        return found

    def _copied(self, names: list[str]) -> bool:
        """A diary copied or restored whole, recognised and its index written again with the
        new identities (`diary/copied.py`); False if anything else changed."""
        with self._lock:
            if not rewrite_copied_index(self._entries_dir, names, self._same_bytes):
                return False
            self._memo = None
        return True

    def _same_bytes(self, record: IndexRecord) -> Signature | None:
        """The identity of the entry file of ``record`` now, if it holds the bytes the record
        was read from (made private, and reported, if it was not: as `_recognise` does)."""
        path = self._entries_dir / f"{record.summary.id}.json"
        try:
            raw = read_entry_bytes(path)
        except (OSError, NotRegularFile, UnreadableFile):
            return None
        if raw.tightened:
            self._warn("permissions", path, _TIGHTENED_FILE)
        return signature(raw.seen) if raw.fingerprint == record.fingerprint else None

    def _folder_hash(self, names: list[str]) -> int | None:
        """The sum of every entry file's `file_hash`; None if one is not a regular file."""
        total = 0
        with FolderStat(self._entries_dir) as folder:
            for name in names:
                try:
                    info = folder.lstat(name)
                except OSError:
                    return None
                if not stat.S_ISREG(info.st_mode):
                    return None
                total += file_hash(
                    name[:-5], (info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
                )
        return total % (1 << 64)

    def _read_rows(
        self, inode: int, columns: Columns, body_end: int, rows: list[int]
    ) -> list[EntrySummary]:
        """The summaries of body rows ``rows``, each line checked against its columns; a line
        that does not fit is answered from its file and the columns are dropped (rebuilt by
        the next listing). Neighbouring rows are read with one system call, and all the lines
        are parsed as one JSON document.

        The index is opened for each call, not held open (a diary on a removable disk must
        stay unmountable); if it is no longer the file ``inode`` the columns were made from
        (rewritten meanwhile), the rows are answered by their files."""
        try:
            fd = open_index(self._entries_dir / INDEX_FILE_NAME)
        except OSError:
            fd = -1
        try:
            if fd < 0 or os.fstat(fd).st_ino != inode:
                return [self._summary_from_file(columns, row, damaged=False) for row in rows]
            return self._read_lines(fd, columns, body_end, rows)
        finally:
            if fd >= 0:
                os.close(fd)

    def _read_lines(
        self, fd: int, columns: Columns, body_end: int, rows: list[int]
    ) -> list[EntrySummary]:
        offsets = columns.offsets
        ends = [offsets[r + 1] if r + 1 < len(offsets) else body_end for r in rows]
        lines: list[bytes] = []
        span_start = span_end = -1
        chunk = b""
        for row, end in zip(rows, ends, strict=True):
            start = offsets[row]
            if not span_start <= start < end <= span_end:
                span_start, span_end = start, min(start + SPAN_BYTES, body_end)
                span_end = max(span_end, end)
                try:
                    chunk = os.pread(fd, span_end - span_start, span_start)
                except OSError:
                    chunk = b""
            lines.append(chunk[start - span_start : end - span_start - 1])
        found: list[EntrySummary] = []
        for row, record in zip(rows, parse_record_lines(lines), strict=True):
            if record is None or not row_matches(record, columns, row):
                found.append(self._summary_from_file(columns, row))
            else:
                found.append(record.summary)
        return found

    def _summary_from_file(
        self, columns: Columns, row: int, *, damaged: bool = True
    ) -> EntrySummary:
        """An entry whose index line could not be used: from its file. If the line was
        ``damaged``, the columns go, and the line is superseded by a tombstone so that the next
        listing reads the file, not the line."""
        entry_id = columns.entry_id(row)
        if damaged:
            with contextlib.suppress(OSError), self._lock:
                os.unlink(self._entries_dir / COLUMNS_FILE_NAME)
                append_to_index(self._entries_dir, tombstone_line(entry_id))
            self._memo = None
        found = self._read(self._entries_dir / f"{entry_id}.json", entry_id)
        if isinstance(found, Entry):
            return found.summary()
        return columns.bare_summary(row)  # gone meanwhile: what the columns knew

    def delete(self, entry_id: str) -> None:
        """Remove one entry file for good (the person asked for it).

        Raises:
            EntryNotFound: no entry file with that id.
        """
        path = self._path_for(entry_id)
        with self._one_write(), _unavailable(self._entries_dir), self._lock:
            try:
                info = os.lstat(path)
            except FileNotFoundError:
                raise EntryNotFound(entry_id) from None
            if not stat.S_ISREG(info.st_mode):
                raise EntryNotFound(entry_id, Translatable("store.detail.not_regular"))
            path.unlink()
            fsync_dir(self._entries_dir)
            self._index_append(tombstone_line(entry_id))

    @contextlib.contextmanager
    def _one_write(self) -> Iterator[None]:
        """Refuse a write that starts while this thread is in the middle of another: only a
        signal handler can do that, and letting it through could let the interrupted (older)
        write land over the handler's (newer) one. A loud error instead of a lost answer."""
        if getattr(self._writing, "busy", False):
            raise RuntimeError(
                "DiaryStore written to from a signal handler in the middle of a write on the "
                "same thread; raise from the handler and save while unwinding instead"
            )
        self._writing.busy = True
        try:
            yield
        finally:
            self._writing.busy = False

    def _refresh_index(self, *, rewrite: bool = False) -> list[IndexRecord]:
        """Bring the index in line with the files (under the lock) and return its records;
        ``rewrite`` writes it (and its columns) even if its lines were all still right, when
        its columns are missing or were made from another index (an upgrade, a damaged file)."""
        cached = read_index(self._entries_dir)
        known = cached.records if cached is not None else {}
        records: dict[str, IndexRecord] = {}
        for name in self._entry_file_names():
            entry_id = name[:-5]
            path = self._entries_dir / name
            record = known.get(entry_id)
            if record is not None:
                try:
                    info = os.lstat(path)
                except FileNotFoundError:
                    continue
                if stat.S_ISREG(info.st_mode) and signature(info) == record.signature:
                    records[entry_id] = record
                    continue
                found = self._recognise(path, entry_id, record)
            else:
                found = self._read_file(path, entry_id)
            if isinstance(found, IndexRecord):
                records[entry_id] = found
            elif isinstance(found, LoadedFile):
                records[entry_id] = IndexRecord.of(
                    found.entry.summary(), found.seen, found.fingerprint
                )
        indexable = {key: r for key, r in records.items() if r.is_indexable()}
        if (
            cached is None
            or cached.needs_compacting()
            or indexable != cached.records
            or (rewrite and not self._columns_current())
        ):
            # Only a cache: this listing is right either way, and the next one tries again.
            with contextlib.suppress(OSError):
                write_index(self._entries_dir, indexable.values())
        return list(records.values())

    def _columns_current(self) -> bool:
        """Whether the columns file is whole and made from the index that is there now."""
        stored = read_columns(self._entries_dir)
        try:
            info = os.lstat(self._entries_dir / INDEX_FILE_NAME)
        except OSError:
            return False
        return (
            stored is not None
            and stored.index_inode == info.st_ino
            and stored.body_end <= info.st_size
        )

    def _recognise(
        self, path: Path, entry_id: str, record: IndexRecord
    ) -> IndexRecord | LoadedFile | Translatable | None:
        """A file whose identity changed: if its bytes are the ones ``record`` was made from
        (a copy, a restore, a sync), the record with the file's new identity; else the file
        read as usual (and quarantined if it is unreadable)."""
        try:
            raw = read_entry_bytes(path)
        except (OSError, NotRegularFile, UnreadableFile):
            return self._read_file(path, entry_id)  # reports it as a first read would
        if raw.fingerprint == record.fingerprint:
            if raw.tightened:
                self._warn("permissions", path, _TIGHTENED_FILE)
            return record._replace(signature=signature(raw.seen))
        return self._decode(path, entry_id, raw)

    def _decode(self, path: Path, entry_id: str, raw: RawFile) -> LoadedFile | Translatable:
        try:
            loaded = decode_entry_file(raw, entry_id)
        except UnreadableFile as exc:
            return self._quarantine(path, exc)
        if loaded.tightened:
            self._warn("permissions", path, _TIGHTENED_FILE)
        return loaded

    def _index_saved(self, saved: Entry, raw: bytes) -> None:
        """Tell the index about a file just written (called under the lock)."""
        try:
            info = os.lstat(self._entries_dir / f"{saved.id}.json")
        except OSError:
            return  # removed already by someone else; the next listing sees that
        record = IndexRecord.of(saved.summary(), info, fingerprint(raw))
        if record.is_indexable():
            self._index_append(record.line())

    def _index_append(self, line: bytes) -> None:
        # The entry itself is safe; the next listing finds the line missing and reads the file.
        with contextlib.suppress(OSError):
            append_to_index(self._entries_dir, line)

    def _read(self, path: Path, entry_id: str) -> Entry | Translatable | None:
        """The entry at ``path``; None if nothing is there; else why there is no entry (after
        quarantining or reporting what is there)."""
        found = self._read_file(path, entry_id)
        return found.entry if isinstance(found, LoadedFile) else found

    def _read_file(self, path: Path, entry_id: str) -> LoadedFile | Translatable | None:
        """The file at ``path`` read as an entry, or None, or why there is none (see `_read`)."""
        try:
            loaded = read_entry_file(path, entry_id)
        except FileNotFoundError:
            return None
        except NotRegularFile as exc:
            detail = Translatable("store.detail.not_a_file", what=exc.what)
            self._warn("unreadable", path, detail)
            return detail
        except UnreadableFile as exc:
            return self._quarantine(path, exc)
        except OSError as exc:
            detail = Translatable("store.detail.read_failed", code=_error_code(exc))
            self._warn("unreadable", path, detail)
            return detail
        if loaded.tightened:
            self._warn("permissions", path, _TIGHTENED_FILE)
        return loaded

    def _quarantine(self, path: Path, problem: UnreadableFile) -> Translatable:
        try:
            with self._lock:
                moved = quarantine_file(path, self.locations.quarantine_dir, problem.seen)
        except OSError as exc:
            detail = Translatable(
                "store.detail.not_moved", reason=problem.reason, code=_error_code(exc)
            )
            self._warn("unreadable", path, detail)
            return detail
        if moved is None:
            return Translatable("store.detail.changed_while_read")
        self._warn(
            "quarantined",
            moved,
            Translatable("store.detail.file", name=path.name, reason=problem.reason),
        )
        return Translatable("store.detail.moved", reason=problem.reason, path=moved)

    def _save_copy(self, entry: Entry, reason: Translatable) -> Entry:
        """Save ``entry`` under a fresh id beside the original; called under the lock."""
        saved = dataclasses.replace(entry, id=self._unused_sibling_id(entry.id), revision=1)
        self._write(saved)
        self._warn(
            "conflict",
            self._entries_dir / f"{saved.id}.json",
            Translatable("store.detail.saved_as_copy", why=reason, copy=saved.id),
        )
        return saved

    def _unused_sibling_id(self, entry_id: str) -> str:
        """A new id with ``entry_id``'s creation time that no file uses; under the lock."""
        new_id = sibling_entry_id(entry_id)
        while os.path.lexists(self._entries_dir / f"{new_id}.json"):
            new_id = sibling_entry_id(entry_id)
        return new_id

    def _write(self, saved: Entry) -> None:
        """Write ``saved`` to its file and tell the index; called under the lock."""
        raw = encode_entry(saved)
        try:
            write_private_file(self._entries_dir, f"{saved.id}.json", raw)
        except BaseException:
            self._unconfirmed[saved.id] = saved  # it may be on disk: see __init__
            raise
        self._unconfirmed.pop(saved.id, None)
        self._index_saved(saved, raw)

    def _path_for(self, entry_id: str) -> Path:
        """The file of ``entry_id``; only well-formed ids, so no path can leave the folder."""
        if not is_valid_entry_id(entry_id):
            raise EntryNotFound(entry_id, valid_id=False)
        return self._entries_dir / f"{entry_id}.json"

    def _entry_file_names(self) -> list[str]:
        """Entry file names, unsorted: every caller orders entries by their creation time."""
        names = os.listdir(self._entries_dir)
        return [n for n in names if n.endswith(".json") and not n.startswith(".")]

    def _warn(self, kind: WarningKind, path: Path, detail: Translatable) -> None:
        warning = StoreWarning(kind, path, detail)
        if warning not in self.warnings:
            self.warnings.append(warning)


_TIGHTENED_FOLDER = Translatable("store.detail.tightened", mode="0700")
_TIGHTENED_FILE = Translatable("store.detail.tightened", mode="0600")


def _error_code(exc: OSError) -> str:
    """The system's name for an error (``EACCES``), the same in every language."""
    if exc.errno is None:
        return type(exc).__name__
    return errno.errorcode.get(exc.errno, str(exc.errno))


@contextlib.contextmanager
def _unavailable(folder: Path) -> Iterator[None]:
    """Turn a system error met while using ``folder`` into `DiaryUnavailable`."""
    try:
        yield
    except EntryDeleted:
        raise
    except StorageError as exc:
        raise DiaryUnavailable.like(exc) from exc
    except OSError as exc:
        raise DiaryUnavailable.from_os_error(exc, folder) from exc


def _same_content(a: Entry, b: Entry) -> bool:
    """Equal in everything but the revision: saving one over the other would change nothing."""
    return dataclasses.replace(a, revision=0) == dataclasses.replace(b, revision=0)


def _merged_order(columns: Columns, replaced: set[int], extra: list[IndexRecord]) -> array[int]:
    """Positions newest first: the body rows not ``replaced``, with ``extra`` (newest first)
    merged in as ``-1 - k``."""
    kept = array("i", (r for r in range(len(columns)) if r not in replaced))
    for k in range(len(extra) - 1, -1, -1):
        key = (extra[k].sort_key, extra[k].summary.id)
        low, high = 0, len(kept)
        while low < high:  # the first position that is older than ``key``
            middle = (low + high) // 2
            row = kept[middle]
            if row < 0:
                other = (extra[-1 - row].sort_key, extra[-1 - row].summary.id)
            else:
                other = (columns.keys[row], columns.entry_id(row))
            if other > key:
                low = middle + 1
            else:
                high = middle
        kept.insert(low, -1 - k)
    return kept


def _newest_first(records: list[IndexRecord]) -> list[EntrySummary]:
    """The order of `DiaryStore.entries`: creation time, then id, newest first."""
    records.sort(key=lambda r: (r.sort_key, r.summary.id), reverse=True)
    return [r.summary for r in records]
