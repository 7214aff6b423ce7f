"""A diary copied or restored whole (``cp -a``, a backup, a sync tool): recognised from its
columns and its files' bytes, without parsing the index or an entry whole.

New inodes and change times leave nothing cheaper to trust than the bytes (size and
modification time alone would miss an edit restored with ``cp -p``), so every file whose
identity changed is read once and compared with its index line's fingerprint; the index, its
columns and trend columns are then written again with the new identities, line by line from
the old lines, a batch at a time. Used by `DiaryStore` before a full listing.
"""

from __future__ import annotations

import contextlib
import os
import stat
import zlib
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from medarbeider_tui.diary.columns import (
    COLUMNS_FILE_NAME,
    TAIL_BYTES,
    Columns,
    StoredColumns,
    file_hash,
    read_columns,
    write_columns,
)
from medarbeider_tui.diary.index import (
    INDEX_FILE_NAME,
    IndexRecord,
    Signature,
    index_header,
    parse_lines,
    parse_record_lines,
    signature,
    with_signature,
    write_index_lines,
)
from medarbeider_tui.diary.index_access import FolderStat, latest_by_id, open_index, row_matches
from medarbeider_tui.diary.trend_columns import (
    TREND_FILE_NAME,
    read_trend_columns,
    write_trend_columns,
)

#: Lines appended since the columns were written beyond this are read by a full listing
#: (which compacts the index).
MAX_APPENDED_BYTES = 4 * 1024 * 1024


def rewrite_copied_index(
    folder: Path, names: list[str], same_bytes: Callable[[IndexRecord], Signature | None]
) -> bool:
    """A diary copied or restored whole (``cp -a``, a backup, a sync tool: new inodes and
    times, the same bytes): if every file is the one its row (or its line appended since)
    names, by its bytes where its identity changed, the index is written again with the
    new identities, its columns and trend columns with it, line by line from the old
    lines, a batch at a time (neither the index nor an entry is parsed whole, and the new
    index is written as it is made: 100,000 entries in a few megabytes). False if anything
    else changed (found while writing, the columns are gone and the old index is left as
    it was): the full listing then reads what it must. The caller holds the diary's lock."""
    stored = read_columns(folder)
    if stored is None or not hasattr(os, "pread"):
        return False
    try:
        fd = open_index(folder / INDEX_FILE_NAME)
    except OSError:
        return False
    try:
        plan = _copy_plan(folder, fd, stored, names)
        if plan is None:
            return False
        trend = read_trend_columns(folder, stored.crc, len(stored.columns))
        body = _NewBody()
        for name in (COLUMNS_FILE_NAME, TREND_FILE_NAME):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(folder / name)
        chunks = _copied_chunks(fd, stored, plan, body, same_bytes)
        write_index_lines(folder, chunks)
    except (_NotACopy, OSError):
        return False
    finally:
        os.close(fd)
    stored.columns.hashes, stored.columns.offsets = body.hashes, body.offsets
    with contextlib.suppress(OSError):
        inode = os.lstat(folder / INDEX_FILE_NAME).st_ino
        crc = write_columns(folder, stored.columns, inode, body.end, body.tail)
        if trend is not None:
            write_trend_columns(folder, trend, crc)
    return True


def _copy_plan(folder: Path, fd: int, stored: StoredColumns, names: list[str]) -> _CopyPlan | None:
    """What `_copied` needs before it writes: None unless the index is the one the
    columns were made from (its inode may differ) with whole lines appended, and the files
    are exactly its entries."""
    columns = stored.columns
    info = os.fstat(fd)
    header = index_header()
    tail = min(TAIL_BYTES, stored.body_end)
    appended = info.st_size - stored.body_end
    if (
        not stat.S_ISREG(info.st_mode)
        or not 0 <= appended <= MAX_APPENDED_BYTES
        or (len(columns) and columns.offsets[0] != len(header))
        or os.pread(fd, len(header), 0) != header
        or zlib.crc32(os.pread(fd, tail, stored.body_end - tail)) != stored.tail_crc
    ):
        return None
    added = os.pread(fd, appended, stored.body_end) if appended else b""
    parsed = parse_lines(added)
    if parsed is None or parsed[1] or len(added) != appended:
        return None
    if len(columns) + len(parsed[0]) > 2 * len(names) + 64:
        return None  # grown well past its entries: the full listing compacts it
    latest = latest_by_id(parsed[0])
    seen = _identities(folder, names, columns, latest)
    if seen is None:
        return None
    return _CopyPlan(*seen, latest, added.split(b"\n")[:-1], parsed[0])


def _identities(
    folder: Path, names: list[str], columns: Columns, latest: dict[str, IndexRecord | None]
) -> tuple[array[int], dict[str, Signature]] | None:
    """The `file_hash` of each body row's file now (0 for a row an appended line
    supersedes), and the identity of each appended record's file; None unless the files
    are exactly those, each a regular file. Names sort by creation time as the rows do
    (newest first), so they are matched in one pass, without a table of 100,000 ids; a
    diary where they do not (a creation time edited by hand) is listed the full way."""
    now = array("Q", bytes(8 * len(columns)))
    extra: dict[str, Signature] = {}
    row, count = 0, len(columns)
    with FolderStat(folder) as files:
        for name in sorted(names, reverse=True):
            entry_id = name[:-5]
            try:
                info = files.lstat(name)
            except OSError:
                return None
            if not stat.S_ISREG(info.st_mode):
                return None
            if entry_id in latest:
                if latest[entry_id] is None:
                    return None  # a file for an entry the index says was deleted
                extra[entry_id] = signature(info)
                continue
            while row < count and columns.entry_id(row) in latest:
                row += 1
            if row >= count or columns.entry_id(row) != entry_id:
                return None
            now[row] = file_hash(entry_id, signature(info))
            row += 1
    while row < count and columns.entry_id(row) in latest:
        row += 1
    if row != count or len(extra) != sum(r is not None for r in latest.values()):
        return None
    return now, extra


def _copied_chunks(
    fd: int,
    stored: StoredColumns,
    plan: _CopyPlan,
    body: _NewBody,
    same_bytes: Callable[[IndexRecord], Signature | None],
) -> Iterator[bytes]:
    """The new index of `_copied`, a batch of lines at a time (``body`` notes where each
    row's line starts, its file's hash, and where the body ends); raises `_NotACopy` as
    soon as a file whose identity changed does not hold the bytes its line names."""
    columns, latest = stored.columns, plan.latest
    offsets = [*columns.offsets, stored.body_end]
    yield body.add(index_header())
    step = 2048
    for first in range(0, len(columns), step):
        batch = range(first, min(first + step, len(columns)))
        begin = offsets[batch[0]]
        chunk = os.pread(fd, offsets[batch[-1] + 1] - begin, begin)
        lines = [chunk[offsets[r] - begin : offsets[r + 1] - begin - 1] for r in batch]
        ids = [columns.entry_id(r) for r in batch]
        news = [
            columns.hashes[r] if ids[k] in latest else plan.now[r] for k, r in enumerate(batch)
        ]  # a row superseded by an appended line keeps its line and hash: never read
        moved = [k for k, r in enumerate(batch) if news[k] != columns.hashes[r]]
        records = parse_record_lines([lines[k] for k in moved])
        for k, record in zip(moved, records, strict=True):
            new = None
            if record is not None and row_matches(record, columns, batch[k]):
                new = same_bytes(record)
            if new is None:
                raise _NotACopy
            lines[k] = with_signature(lines[k], new)
            news[k] = file_hash(ids[k], new)
        for line, hashed in zip(lines, news, strict=True):
            body.row(len(line) + 1, hashed)
        yield body.add(b"".join(line + b"\n" for line in lines))
    body.close()
    for line, item in zip(plan.added, plan.items, strict=True):
        if (
            isinstance(item, IndexRecord)
            and latest.get(item.summary.id) is item
            and plan.extra[item.summary.id] != item.signature
        ):
            new = same_bytes(item)
            if new is None:
                raise _NotACopy
            line = with_signature(line, new)
        yield line + b"\n"


class _NotACopy(Exception):
    """A copied diary's file is not the one its index line names (raised while writing)."""


@dataclass
class _CopyPlan:
    """What a copied diary's listing found before writing: its files now, the latest
    appended line of each id, and the appended lines (raw and read)."""

    now: array[int]
    """Each body row's `file_hash` now (0 where an appended line supersedes the row)."""
    extra: dict[str, Signature]
    """The identity of each appended record's file now."""
    latest: dict[str, IndexRecord | None]
    added: list[bytes]
    items: list[IndexRecord | str]


class _NewBody:
    """The body of an index being written: where each row's line starts, its hash, its end,
    and its last `TAIL_BYTES` (what the columns name it by)."""

    def __init__(self) -> None:
        self.offsets: array[int] = array("Q")
        self.hashes: array[int] = array("Q")
        self.end = 0
        self.tail = b""
        self._at = 0
        self._closed = False

    def row(self, size: int, hashed: int) -> None:
        self.offsets.append(self._at)
        self.hashes.append(hashed)
        self._at += size

    def add(self, chunk: bytes) -> bytes:
        if not self.offsets:
            self._at = len(chunk)  # the header: rows start after it
        self.end += len(chunk)
        self.tail = (self.tail + chunk)[-TAIL_BYTES:]
        return chunk

    def close(self) -> None:
        self.offsets.append(self.end)
