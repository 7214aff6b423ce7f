"""The listing as compact columns: what a history, home or trend needs of 100,000 entries.

``entries/index.cols`` is written beside ``index.jsonl`` whenever the index is compacted. It
holds, for each row of the compacted index (newest first): the entry id, its sort key, its
last-change and completion times, its (pack, exercise) pair, its status, where its line starts
in ``index.jsonl``, and a 64-bit hash of the id and its file's identity (`file_hash`). The sum
of those hashes stands for the whole folder: a listing that stats every file and finds the same
sum (and count) knows no file changed without comparing 100,000 rows one by one. A listing
then needs a few megabytes of arrays instead of one Python object per entry, and an entry's
full listing fields (its `EntrySummary`, with the digest) are read from its index line only
when asked for (`Listing.summary`).

Like the index, the columns are only a cache: the file ends in the CRC-32 of everything before
it, names the index it was made from (inode, length, CRC-32 of the body's last bytes), and
every index line read through it is checked again (its own checksum, the store's field rules,
and the id, key and status the columns say). Anything that does not fit costs one rebuild from
the index and the entry files; it is never believed.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import sys
import zlib
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import overload

from medarbeider_tui.diary.entry import EntrySummary
from medarbeider_tui.diary.ids import is_well_formed_name, parse_timestamp
from medarbeider_tui.diary.trend_columns import Shape, TrendColumns, local_time
from medarbeider_tui.fsio import write_private_file

COLUMNS_FILE_NAME = "index.cols"
COLUMNS_VERSION = 1
ID_BYTES = 22
"""Every entry id has this many ASCII characters (``ENTRY_ID_RE``)."""
#: How many bytes at the end of the index body the columns file checks.
TAIL_BYTES = 4096
_MAGIC = b"medarbeider-columns\n"
_HASH_MOD = 1 << 64
_STATUS_CODES = {"draft": 0, "complete": 1}
_STATUS_NAMES = ("draft", "complete")
_IDS_RE = re.compile(rb"(?:[0-9]{8}-[0-9]{6}-[0-9a-f]{6})*")
#: Times a listing can show: years 1 to 9999, with a day to spare for the offset.
_EARLIEST = -62135596800.0 + 86400
_LATEST = 253402300799.0 - 86400


def file_hash(entry_id: str, signature: tuple[int, int, int, int]) -> int:
    """64 bits standing for one entry file's name and identity (inode, size, times)."""
    text = b"%s %d %d %d %d" % (entry_id.encode("ascii", "replace"), *signature)
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "little")


def epoch(value: str | None) -> float:
    """An ISO time as seconds since the epoch (NaN for none): what the columns sort by."""
    return math.nan if value is None else parse_timestamp(value).timestamp()


def _zone(value: str) -> int:
    offset = parse_timestamp(value).utcoffset()
    return 0 if offset is None else int(offset.total_seconds() // 60)


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat()


@dataclass
class Columns:
    """The column arrays of one listing, row ``i`` being the ``i``-th newest entry."""

    ids: bytearray
    """`ID_BYTES` ASCII bytes per row."""
    keys: array[float]
    """``created_at`` in seconds (the sort key, with the id as tiebreak)."""
    updated: array[float]
    completed: array[float]
    """NaN where there is no completion time."""
    zones: array[int]
    """The UTC offset, in minutes, the completion (else last change) time was written with."""
    groups: array[int]
    """Index into `group_names`."""
    group_names: list[tuple[str, str]]
    """(pack id, exercise id) of each group."""
    statuses: bytearray
    """0 draft, 1 complete."""
    hashes: array[int]
    """`file_hash` of each row."""
    offsets: array[int]
    """Where each row's line starts in ``index.jsonl``; one more at the end of the body."""

    @classmethod
    def empty(cls) -> Columns:
        return cls(
            bytearray(),
            array("d"),
            array("d"),
            array("d"),
            array("h"),
            array("H"),
            [],
            bytearray(),
            array("Q"),
            array("Q"),
        )

    def __len__(self) -> int:
        return len(self.keys)

    def entry_id(self, row: int) -> str:
        return self.ids[row * ID_BYTES : (row + 1) * ID_BYTES].decode("ascii")

    def bare_summary(self, row: int) -> EntrySummary:
        """What the columns alone know of a row (its index line and its file both failed)."""
        pack_id, exercise = self.group_names[self.groups[row]]
        done = self.completed[row]
        return EntrySummary(
            self.entry_id(row),
            exercise,
            pack_id,
            "complete" if self.statuses[row] else "draft",
            _iso(self.keys[row]),
            _iso(self.updated[row]),
            None if math.isnan(done) else _iso(done),
            "",
        )

    def find(self, entry_id: str) -> int | None:
        """The row of ``entry_id``, found by a C-level search of the id bytes."""
        needle = entry_id.encode("ascii", "replace")
        if len(needle) != ID_BYTES:
            return None
        at = self.ids.find(needle)
        while at >= 0:
            if at % ID_BYTES == 0:
                return at // ID_BYTES
            at = self.ids.find(needle, at + 1)
        return None

    def append(
        self, summary: EntrySummary, key: float, file_hash_: int, offset: int, group: int
    ) -> None:
        self.ids += summary.id.encode("ascii")
        self.keys.append(key)
        self.updated.append(epoch(summary.updated_at))
        self.completed.append(epoch(summary.completed_at))
        self.zones.append(_zone(summary.completed_at or summary.updated_at))
        self.groups.append(group)
        self.statuses.append(_STATUS_CODES[summary.status])
        self.hashes.append(file_hash_)
        self.offsets.append(offset)

    def group_of(self, pack_id: str, exercise: str, known: dict[tuple[str, str], int]) -> int:
        """The group number of a pair, adding it if new (``known`` maps pairs to numbers)."""
        pair = (pack_id, exercise)
        found = known.get(pair)
        if found is None:
            found = known[pair] = len(self.group_names)
            self.group_names.append(pair)
        return found

    def encode(self, index_inode: int, body_end: int, tail_crc: int) -> bytes:
        header = {
            "version": COLUMNS_VERSION,
            "rows": len(self),
            "byteorder": sys.byteorder,
            "groups": [list(pair) for pair in self.group_names],
            "index": [index_inode, body_end, tail_crc],
        }
        parts = [
            _MAGIC,
            json.dumps(header, ensure_ascii=True, separators=(",", ":")).encode() + b"\n",
            bytes(self.ids),
            self.keys.tobytes(),
            self.updated.tobytes(),
            self.completed.tobytes(),
            self.zones.tobytes(),
            self.groups.tobytes(),
            bytes(self.statuses),
            self.hashes.tobytes(),
            self.offsets.tobytes(),
        ]
        body = b"".join(parts)
        return body + zlib.crc32(body).to_bytes(4, "little")


@dataclass
class StoredColumns:
    """Columns read back from disk, with the index they were made from."""

    columns: Columns
    index_inode: int
    body_end: int
    tail_crc: int
    crc: int = 0
    """The CRC-32 the file ends in (what `medarbeider_tui.diary.trend_columns` names)."""


def write_columns(
    folder: Path, columns: Columns, index_inode: int, body_end: int, tail: bytes
) -> int:
    """Write ``index.cols`` for the index just written (atomically; raises OSError); returns
    the CRC-32 the file ends in."""
    raw = columns.encode(index_inode, body_end, zlib.crc32(tail[-TAIL_BYTES:]))
    write_private_file(folder, COLUMNS_FILE_NAME, raw)
    return int.from_bytes(raw[-4:], "little")


def read_columns(folder: Path) -> StoredColumns | None:
    """The columns in ``folder``, or None unless the file is whole and well formed."""
    from medarbeider_tui.diary.index import read_regular_file

    raw = read_regular_file(folder / COLUMNS_FILE_NAME)
    if raw is None or len(raw) < len(_MAGIC) + 4 or not raw.startswith(_MAGIC):
        return None
    body, crc = memoryview(raw)[:-4], raw[-4:]  # a view: 100,000 rows are not copied twice
    if zlib.crc32(body) != int.from_bytes(crc, "little"):
        return None
    try:
        found = _decode(body)
    except (ValueError, TypeError, KeyError, IndexError):
        return None
    if found is not None:
        found.crc = int.from_bytes(crc, "little")
    return found


def _decode(body: memoryview) -> StoredColumns | None:
    end = body.obj.index(b"\n", len(_MAGIC))  # type: ignore[attr-defined]
    header = json.loads(bytes(body[len(_MAGIC) : end]))
    if header["version"] != COLUMNS_VERSION or header["byteorder"] != sys.byteorder:
        return None
    rows = header["rows"]
    groups = [(str(p), str(e)) for p, e in header["groups"]]
    inode, body_end, tail_crc = (int(v) for v in header["index"])
    if type(rows) is not int or rows < 0 or len(groups) > 65535:
        return None
    at = end + 1

    def take(size: int) -> memoryview:
        nonlocal at
        chunk = body[at : at + size]
        if len(chunk) != size:
            raise ValueError("short columns file")
        at += size
        return chunk

    columns = Columns.empty()
    columns.ids = bytearray(take(rows * ID_BYTES))
    for name in ("keys", "updated", "completed"):
        getattr(columns, name).frombytes(take(rows * 8))
    columns.zones.frombytes(take(rows * 2))
    columns.groups.frombytes(take(rows * 2))
    columns.statuses = bytearray(take(rows))
    columns.hashes.frombytes(take(rows * 8))
    columns.offsets.frombytes(take((rows + 1) * 8))
    if at != len(body) or columns.offsets[-1] != body_end:
        return None
    if not _well_formed(columns, groups):
        return None
    columns.group_names = groups
    columns.offsets.pop()  # the end of the body, kept in `StoredColumns.body_end`
    return StoredColumns(columns, inode, body_end, tail_crc)


def _well_formed(columns: Columns, groups: list[tuple[str, str]]) -> bool:
    """Whether every value is one the store writes (a forged file must not make a listing
    print control characters or crash on a time that is no time): checked in C-level passes."""
    if any(g >= len(groups) for g in set(columns.groups)):
        return False
    if columns.statuses.translate(None, b"\0\1"):
        return False
    if _IDS_RE.fullmatch(columns.ids) is None:
        return False
    if not all(is_well_formed_name(part) for pair in groups for part in pair):
        return False
    times = (columns.keys, columns.updated)
    if not all(all(map(math.isfinite, values)) for values in times):
        return False
    if not all(math.isfinite(v) for v in columns.completed if v == v):  # NaN: not completed
        return False
    for values in times:
        if values and not (min(values) > _EARLIEST and max(values) < _LATEST):
            return False
    done = [min((v for v in columns.completed if v == v), default=0.0)]
    done.append(max((v for v in columns.completed if v == v), default=0.0))
    if not (done[0] > _EARLIEST and done[1] < _LATEST):
        return False
    return not columns.zones or (min(columns.zones) > -1440 and max(columns.zones) < 1440)


class Listing(Sequence[EntrySummary]):
    """Every entry, newest first, as columns; an entry's summary is made when it is asked for.

    Rows come from two places: the compacted index body (read by offset, checked line by line)
    and records kept in memory (lines appended since, or a listing made from the files).
    """

    def __init__(
        self,
        columns: Columns,
        read_rows: Callable[[list[int]], list[EntrySummary]] | None,
        extra: Sequence[EntrySummary],
        order: Sequence[int] | None = None,
        read_trend: Callable[[], TrendColumns | None] | None = None,
    ) -> None:
        """``order`` lists the rows newest first: ``r >= 0`` is body row ``r``, ``-1 - k`` is
        ``extra[k]``; None means every body row in order and no extras. ``read_trend`` reads
        the body rows' trend columns (`trend_rows`), once, when a trend first asks."""
        self._read_trend = read_trend
        self._trend: TrendColumns | None = None
        self._columns = columns
        self._read_rows = read_rows
        self._extra = list(extra)
        self._order: Sequence[int] = range(len(columns)) if order is None else order
        self._extra_columns = Columns.empty()
        known = {pair: n for n, pair in enumerate(columns.group_names)}
        self._extra_columns.group_names = columns.group_names  # shared: one numbering
        for summary in self._extra:
            group = self._extra_columns.group_of(summary.pack_id, summary.exercise, known)
            self._extra_columns.append(summary, epoch(summary.created_at), 0, 0, group)

    @classmethod
    def of(cls, summaries: list[EntrySummary]) -> Listing:
        """A listing of summaries held in memory (already newest first)."""
        return cls(Columns.empty(), None, summaries, [-1 - k for k in range(len(summaries))])

    def __len__(self) -> int:
        return len(self._order)

    @overload
    def __getitem__(self, position: int) -> EntrySummary: ...

    @overload
    def __getitem__(self, position: slice) -> list[EntrySummary]: ...

    def __getitem__(self, position: int | slice) -> EntrySummary | list[EntrySummary]:
        if isinstance(position, slice):
            return self.summaries(range(len(self))[position])
        return self.summaries([range(len(self))[position]])[0]

    def __iter__(self) -> Iterator[EntrySummary]:
        step = 2048
        for start in range(0, len(self), step):
            yield from self.summaries(range(start, min(start + step, len(self))))

    def summaries(self, positions: Sequence[int]) -> list[EntrySummary]:
        """The summaries at ``positions``, reading the index body once for all of them."""
        rows = [self._order[p] for p in positions]
        body = [r for r in rows if r >= 0]
        read = (
            dict(zip(body, self._read_rows(body), strict=True)) if body and self._read_rows else {}
        )
        return [read[r] if r >= 0 else self._extra[-1 - r] for r in rows]

    def trend_rows(
        self, positions: Sequence[int]
    ) -> list[tuple[str, datetime, Shape, list[float | None]] | None]:
        """(id, completion time, `Shape`, mean values) of each complete entry at ``positions``
        from the trend columns, without reading its index line; None for an entry they do
        not describe (read its summary, `summaries`, instead)."""
        if self._trend is None and self._read_trend is not None:
            self._trend = self._read_trend()
            self._read_trend = None
        trend, columns = self._trend, self._columns
        if trend is None:
            return [None] * len(positions)
        order, statuses = self._order, columns.statuses
        rows = [order[p] for p in positions]
        described = trend.rows([r if r >= 0 and statuses[r] else -1 for r in rows])
        ids, completed, zones = columns.ids, columns.completed, columns.zones
        found: list[tuple[str, datetime, Shape, list[float | None]] | None] = []
        for row, got in zip(rows, described, strict=True):
            done = completed[row] if got is not None else math.nan
            if got is None or done != done:
                found.append(None)
            else:
                entry_id = ids[row * ID_BYTES : (row + 1) * ID_BYTES].decode("ascii")
                found.append((entry_id, local_time(done, zones[row]), got[0], got[1]))
        return found

    def _column(self, position: int) -> tuple[Columns, int]:
        row = self._order[position]
        return (self._columns, row) if row >= 0 else (self._extra_columns, -1 - row)

    def entry_id(self, position: int) -> str:
        columns, row = self._column(position)
        return columns.entry_id(row)

    def status(self, position: int) -> str:
        columns, row = self._column(position)
        return _STATUS_NAMES[columns.statuses[row]]

    def group(self, position: int) -> tuple[str, str]:
        """(pack id, exercise id)."""
        columns, row = self._column(position)
        return columns.group_names[columns.groups[row]]

    def when(self, position: int) -> float:
        """Completion time, else last change, in seconds."""
        columns, row = self._column(position)
        done = columns.completed[row]
        return columns.updated[row] if math.isnan(done) else done

    def when_local(self, position: int) -> datetime:
        """Completion time, else last change, in the offset it was written with (what a
        listing prints, without reading the entry's index line)."""
        columns, row = self._column(position)
        zone = timezone(timedelta(minutes=columns.zones[row]))
        return datetime.fromtimestamp(self.when(position), zone)

    def brief(self) -> Iterator[tuple[str, str, tuple[str, str], datetime]]:
        """(id, status, (pack id, exercise id), `when_local`) of every entry, newest first:
        what a listing prints, in one pass over the columns."""
        zones: dict[int, timezone] = {}
        for row in self._order:
            columns, r = (self._columns, row) if row >= 0 else (self._extra_columns, -1 - row)
            done = columns.completed[r]
            minutes = columns.zones[r]
            zone = zones.get(minutes)
            if zone is None:
                zone = zones[minutes] = timezone(timedelta(minutes=minutes))
            yield (
                columns.ids[r * ID_BYTES : (r + 1) * ID_BYTES].decode("ascii"),
                _STATUS_NAMES[columns.statuses[r]],
                columns.group_names[columns.groups[r]],
                datetime.fromtimestamp(columns.updated[r] if done != done else done, zone),
            )

    def updated(self, position: int) -> float:
        columns, row = self._column(position)
        return columns.updated[row]

    def ids(self) -> set[str]:
        return {self.entry_id(p) for p in range(len(self))}

    def counts(self) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
        """How many entries per status and per (pack id, exercise id)."""
        statuses: dict[str, int] = {}
        groups: dict[tuple[str, str], int] = {}
        if isinstance(self._order, range) and not self._extra:
            complete = self._columns.statuses.count(1)
            statuses = {"complete": complete, "draft": len(self) - complete}
            for number in range(len(self._columns.group_names)):
                found = self._columns.groups.count(number)
                if found:
                    groups[self._columns.group_names[number]] = found
            return {k: v for k, v in statuses.items() if v}, groups
        for position in range(len(self)):
            status = self.status(position)
            statuses[status] = statuses.get(status, 0) + 1
            pair = self.group(position)
            groups[pair] = groups.get(pair, 0) + 1
        return statuses, groups

    def positions(
        self, group: Callable[[tuple[str, str]], bool] | None, status: str | None
    ) -> Sequence[int]:
        """Positions (newest first) whose group passes ``group`` and whose status is ``status``."""
        if group is None and status is None:
            return range(len(self))
        names = self._columns.group_names
        wanted = {n for n, pair in enumerate(names) if group is None or group(pair)}
        code = None if status is None else _STATUS_CODES[status]
        found = array("I")
        for position, row in enumerate(self._order):
            columns, r = (self._columns, row) if row >= 0 else (self._extra_columns, -1 - row)
            if columns.groups[r] in wanted and (code is None or columns.statuses[r] == code):
                found.append(position)
        return found

    def latest(self) -> dict[tuple[str, str], tuple[int | None, int | None]]:
        """Per (pack id, exercise id): the position of the draft changed last and of the
        entry completed last (ties go to the greater id), in one pass over the columns."""
        drafts: dict[int, tuple[float, str, int]] = {}
        done: dict[int, tuple[float, str, int]] = {}
        for position, row in enumerate(self._order):
            columns, r = (self._columns, row) if row >= 0 else (self._extra_columns, -1 - row)
            group = columns.groups[r]
            if columns.statuses[r]:
                finished = columns.completed[r]
                key = columns.updated[r] if math.isnan(finished) else finished
                best = done
            else:
                key = columns.updated[r]
                best = drafts
            found = best.get(group)
            if (
                found is None
                or key > found[0]
                or (key == found[0] and columns.entry_id(r) > found[1])
            ):
                best[group] = (key, columns.entry_id(r), position)
        names = self._columns.group_names
        return {
            names[g]: (
                drafts[g][2] if g in drafts else None,
                done[g][2] if g in done else None,
            )
            for g in drafts.keys() | done.keys()
        }
