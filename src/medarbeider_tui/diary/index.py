"""The entry index: a cache of each entry's listing fields, so a listing need not read every file.

``entries/index.jsonl`` holds a header line and then one JSON array per line: an entry's
`EntrySummary` fields together with the identity of the file they were read from (inode, size,
modification and change time), and last a CRC-32 of the line before it. The entry files stay
the only truth. A listing lists the folder, stats every entry file and uses a line only while
its file is still exactly the one it was read from; any file that is new, changed, or missing
from the index is read again.

Each line also keeps the file's content fingerprint (BLAKE2b of its bytes) and the entry's
results digest (`medarbeider_tui.diary.digest`, as JSON text). The fingerprint lets a file
whose identity changed but whose bytes did not (a diary copied with ``cp -a``, restored from a
backup or brought by a sync tool: new inodes and times) be recognised by reading its bytes,
without parsing and checking it again; the digest lets trends and row summaries be computed
without opening the entries.

A line is believed only when it is whole and every field passes the rules the store itself
writes by: the checksum matches (a flipped bit inside a string would otherwise give a wrong
listing that no field rule can see), the id is an entry id, the times parse with a UTC offset,
the sort key is ``created_at`` in seconds, the status is known, a complete entry has a
completion time, pack and exercise ids and the language are well formed, the file
signature is four whole numbers, the fingerprint is 32 hex digits and the digest is text (read
by its own rules when it is used). A line that fails is treated as missing: its file is read.

A save appends one line (under the folder lock), so saving costs the same however long the diary
is; a delete appends a tombstone (``[id, crc]``). A listing that finds the index out of date,
damaged or grown well past the number of entries rewrites it compactly with the atomic writer.
Nothing here raises for bad index content: a missing, damaged or foreign index only costs one
full read of the entry files.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from medarbeider_tui.diary.codec import FINGERPRINT_CHARS
from medarbeider_tui.diary.digest import MAX_DIGEST_CHARS
from medarbeider_tui.diary.entry import EntrySummary
from medarbeider_tui.diary.ids import (
    ENTRY_ID_RE,
    is_language_code,
    is_well_formed_name,
    parse_timestamp,
)
from medarbeider_tui.fsio import PRIVATE_FILE_MODE, write_private_file

INDEX_FILE_NAME = "index.jsonl"
INDEX_VERSION = 3
#: An index bigger than this is not read (it would be about two million entries).
MAX_INDEX_BYTES = 512 * 1024 * 1024

_HEADER = json.dumps({"medarbeider_index": INDEX_VERSION}).encode() + b"\n"
_STATUSES = frozenset(("draft", "complete"))
_FLAGS = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | _FLAGS
_fromisoformat = datetime.fromisoformat
_entry_id_match = ENTRY_ID_RE.match
_hex_match = re.compile(rf"[0-9a-f]{{{FINGERPRINT_CHARS}}}\Z").match

#: (inode, size, mtime_ns, ctime_ns): a file replaced by a save, or edited in place, differs.
Signature = tuple[int, int, int, int]


def read_flags() -> int:
    """How the index files are opened for reading: no links followed, never blocking."""
    return _READ_FLAGS


def signature(info: os.stat_result) -> Signature:
    """What identifies one version of a file, cheaply, from its ``stat``."""
    return (info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


class IndexRecord(NamedTuple):
    """One entry as the index knows it: its listing fields and the file they came from.

    A named tuple rather than a dataclass: 100,000 of them are built per listing.
    """

    signature: Signature
    sort_key: float
    """``created_at`` as seconds since the epoch, so sorting needs no timestamp parsing."""
    summary: EntrySummary
    fingerprint: str
    """The `fingerprint` of the file's bytes when it was read."""

    @classmethod
    def of(cls, summary: EntrySummary, info: os.stat_result, fingerprint: str) -> IndexRecord:
        key = parse_timestamp(summary.created_at).timestamp()
        return cls(signature(info), key, summary, fingerprint)

    def line(self) -> bytes:
        s = self.summary
        row = [
            s.id,
            *self.signature,
            self.sort_key,
            s.exercise,
            s.pack_id,
            s.status,
            s.created_at,
            s.updated_at,
            s.completed_at,
            s.language,
            self.fingerprint,
            s.digest,
        ]
        return encode_row(row)

    def is_indexable(self) -> bool:
        """Whether this record passes the rules its line is read by.

        An entry file may hold what the store never writes (a language "de-AT" typed by hand):
        such an entry is listed from its file every time instead of being written to the index
        and refused on every read.
        """
        return _record(json.loads(self.line())) is not None


@dataclass
class IndexContents:
    """What an index file held: the live records, and whether it is worth rewriting."""

    records: dict[str, IndexRecord]
    lines: int
    """Data lines read: live records, superseded ones, tombstones and damaged lines."""
    damaged: bool
    """Some line could not be used (a torn append, or garbage)."""

    def needs_compacting(self) -> bool:
        """Damaged, or so many superseded lines that parsing them costs more than a rewrite."""
        return self.damaged or self.lines > 2 * len(self.records) + 64


def tombstone_line(entry_id: str) -> bytes:
    """The line that says an entry was deleted."""
    return encode_row([entry_id])


def encode_row(values: list[Any]) -> bytes:
    """One index line: ``values`` as compact ASCII JSON with the CRC-32 of that text appended.

    The checksum covers the line's bytes up to the comma before it, so a reader checks it
    before parsing anything.
    """
    text = json.dumps(values, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    payload = text[:-1]  # without the closing bracket
    return b"%s,%d]\n" % (payload, zlib.crc32(payload))


def read_index(folder: Path) -> IndexContents | None:
    """The index in ``folder``, or None if there is none usable (missing, a link, a folder,
    too big, unreadable, or written by another index version)."""
    raw = read_regular_file(folder / INDEX_FILE_NAME)
    if raw is None or not raw.startswith(_HEADER):
        return None
    lines = raw[len(_HEADER) :].split(b"\n")
    if lines[-1] == b"":
        lines.pop()  # the final newline
    whole = [line for line in lines if _is_whole(line)]
    try:
        # One C-level parse of every whole line at once; JSON strings never hold a raw newline.
        rows: list[Any] = json.loads(b"[" + b",".join(whole) + b"]")
    except ValueError:  # a line with the right checksum that is still not JSON (forged)
        rows = [_parse_line(line) for line in whole]
    records: dict[str, IndexRecord] = {}
    names: set[tuple[str, str, str]] = set()
    damaged = len(whole) != len(lines)
    for row in rows:
        if type(row) is not list:
            damaged = True
        elif len(row) == 2 and type(row[0]) is str:
            records.pop(row[0], None)
        elif (record := _record(row, names)) is not None:
            records[record.summary.id] = record
        else:
            damaged = True
    return IndexContents(records, len(lines), damaged)


def write_index(folder: Path, records: Iterable[IndexRecord]) -> None:
    """Replace the index with exactly ``records``, newest first, atomically, and write its
    columns (`medarbeider_tui.diary.columns`) beside it.

    Raises:
        OSError: the index could not be written (callers may carry on: it is only a cache).
    """
    from medarbeider_tui.diary.columns import COLUMNS_FILE_NAME, Columns, file_hash, write_columns
    from medarbeider_tui.diary.trend_columns import (
        TREND_FILE_NAME,
        build_trend_columns,
        write_trend_columns,
    )

    ordered = sorted(records, key=lambda r: (r.sort_key, r.summary.id), reverse=True)
    columns = Columns.empty()
    groups: dict[tuple[str, str], int] = {}
    lines = [_HEADER]
    offset = len(_HEADER)
    for record in ordered:
        s = record.summary
        group = columns.group_of(s.pack_id, s.exercise, groups)
        columns.append(s, record.sort_key, file_hash(s.id, record.signature), offset, group)
        line = record.line()
        lines.append(line)
        offset += len(line)
    columns.offsets.append(offset)
    raw = b"".join(lines)
    for name in (COLUMNS_FILE_NAME, TREND_FILE_NAME):
        with contextlib.suppress(FileNotFoundError):  # stale columns must not outlive their index
            os.unlink(folder / name)
    write_private_file(folder, INDEX_FILE_NAME, raw)
    if len(groups) < 65536:
        info = os.lstat(folder / INDEX_FILE_NAME)
        crc = write_columns(folder, columns, info.st_ino, len(raw), raw[-4096:])
        trend = build_trend_columns([record.summary for record in ordered])
        write_trend_columns(folder, trend, crc)


def index_header_size() -> int:
    """Where the first data line of an index starts."""
    return len(_HEADER)


def write_index_lines(folder: Path, chunks: Iterable[bytes]) -> None:
    """Replace the index with ``chunks`` (the header and lines, made as they are written:
    a copied diary's index is not held whole), atomically; if making a chunk raises, the
    index is left as it was.

    Raises:
        OSError: the index could not be written.
    """
    write_private_file(folder, INDEX_FILE_NAME, chunks)


def index_header() -> bytes:
    """The header line this version writes."""
    return _HEADER


def with_signature(line: bytes, new: Signature) -> bytes:
    """An index line (without its newline, whole and believed) with another file identity:
    the same bytes but the four numbers after the id, and the checksum made again. What a
    copied diary's lines become, without parsing and encoding each one."""
    cut = 0
    for _ in range(5):  # the id (no comma in it) and the four whole numbers
        cut = line.index(b",", cut) + 1
    payload = line[: line.index(b",") + 1] + b"%d,%d,%d,%d," % new + line[cut : line.rindex(b",")]
    return b"%s,%d]" % (payload, zlib.crc32(payload))


def parse_lines(raw: bytes) -> tuple[list[IndexRecord | str], bool] | None:
    """The records and tombstones (as the id) of index lines, in order, and whether any line
    was damaged; None if ``raw`` does not end in a whole line."""
    if raw and not raw.endswith(b"\n"):
        return None
    found: list[IndexRecord | str] = []
    damaged = False
    names: set[tuple[str, str, str]] = set()
    for line in raw.split(b"\n")[:-1]:
        row = _parse_line(line) if _is_whole(line) else None
        if type(row) is list and len(row) == 2 and type(row[0]) is str:
            found.append(row[0])
        elif type(row) is list and (record := _record(row, names)) is not None:
            found.append(record)
        else:
            damaged = True
    return found, damaged


def parse_record_lines(lines: list[bytes]) -> list[IndexRecord | None]:
    """Index lines (without their newline) as records, each None unless it is whole and
    passes every rule; the whole ones parsed as one JSON document (a trend reads thousands)."""
    whole = [_is_whole(line) for line in lines]
    try:
        rows: list[Any] = json.loads(
            b"[" + b",".join(x for x, w in zip(lines, whole, strict=True) if w) + b"]"
        )
        if len(rows) != sum(whole):
            raise ValueError("a line held more than one value")
    except ValueError:
        rows = [_parse_line(x) for x, w in zip(lines, whole, strict=True) if w]
    names: set[tuple[str, str, str]] = set()
    parsed = iter(rows)
    found: list[IndexRecord | None] = []
    for good in whole:
        row = next(parsed) if good else None
        found.append(_record(row, names) if type(row) is list else None)
    return found


def append_to_index(folder: Path, lines: bytes) -> None:
    """Append ``lines`` to an existing index; do nothing if there is none (the next listing
    builds it). Call under the folder lock.

    Not synced to disk: a line lost in a crash is noticed by its file's signature.

    Raises:
        OSError: the index could not be opened or written (a link, a folder, a full disk).
    """
    try:
        fd = os.open(folder / INDEX_FILE_NAME, os.O_WRONLY | os.O_APPEND | _FLAGS)
    except FileNotFoundError:
        return
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return
        os.write(fd, lines)
    finally:
        os.close(fd)


def _is_whole(line: bytes) -> bool:
    """The line ends in the CRC-32 of the rest of it: not torn, not changed by a single bit."""
    cut = line.rfind(b",")
    digits = line[cut + 1 : -1]
    return (
        cut > 0
        and line.endswith(b"]")
        and digits.isdigit()
        and len(digits) <= 10
        and zlib.crc32(line[:cut]) == int(digits)
    )


def _record(row: list[Any], names: set[tuple[str, str, str]] | None = None) -> IndexRecord | None:
    """A record from a parsed line, or None unless every field passes the store's own rules.

    ``names`` remembers (exercise, pack, language) triples already found well formed: a diary
    holds a handful of them, so each is checked once per listing, not once per row. Written for
    speed (positional, chained ``is``, no helper calls): it runs once per entry on every listing.
    """
    if len(row) != 16:
        return None
    entry_id, ino, size, mtime, ctime, key, exercise, pack_id, status, created, updated = row[:11]
    completed, language, content, digest = row[11:15]
    if not (
        type(entry_id) is type(exercise) is type(pack_id) is str
        and type(created) is type(updated) is type(language) is str
        and (completed is None or type(completed) is str)
        and status in _STATUSES
        and (completed is not None or status == "draft")
        and type(key) is float
        and type(ino) is type(size) is type(mtime) is type(ctime) is int
        and ino >= 0
        and size >= 0
        and _entry_id_match(entry_id) is not None  # is_valid_entry_id, inlined
        and type(content) is type(digest) is str
        and _hex_match(content) is not None
        and len(digest) <= MAX_DIGEST_CHARS
    ):
        return None
    triple = (exercise, pack_id, language)
    if names is None or triple not in names:
        if not (
            is_well_formed_name(exercise)
            and is_well_formed_name(pack_id)
            and is_language_code(language)
        ):
            return None
        if names is not None:
            names.add(triple)
    try:  # parse_timestamp, inlined: an ISO time whose offset is given
        moment = _fromisoformat(created)
        if (
            moment.tzinfo is None
            or key != moment.timestamp()
            or _fromisoformat(updated).tzinfo is None
            or (completed is not None and _fromisoformat(completed).tzinfo is None)
        ):
            return None
    except (ValueError, OverflowError):
        return None
    summary = EntrySummary(
        entry_id, exercise, pack_id, status, created, updated, completed, language, digest
    )
    return IndexRecord((ino, size, mtime, ctime), key, summary, content)


def _parse_line(line: bytes) -> object:
    try:
        return json.loads(line)
    except ValueError:  # includes UnicodeDecodeError
        return None


def read_regular_file(path: Path) -> bytes | None:
    """The bytes of ``path`` if it is a regular file (links are not followed); made private if
    it was open to others."""
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_INDEX_BYTES:
            return None
        if os.name == "posix" and info.st_mode & 0o077:
            os.fchmod(fd, PRIVATE_FILE_MODE)
        chunks: list[bytes] = []
        while chunk := os.read(fd, 1 << 22):
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)
