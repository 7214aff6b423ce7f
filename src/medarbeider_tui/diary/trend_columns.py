"""What a trend needs of each entry, as columns beside ``index.cols``: numbers, not JSON.

``entries/index.trend`` is written with the columns (`medarbeider_tui.diary.columns`), one row
per row of theirs. A trend over 10,000 entries would otherwise read 10,000 index lines and
parse and check 10,000 results digests; from this file it reads arrays. Per row it keeps a
*shape* (an index into a short table of what entries share: the pack version, which means
the digest holds, the statements each was scored on, each 2×2 placement) and the values of
the shape's means (NaN for a mean with too few answers). The times come from the columns.

A row is kept only for a complete entry whose digest `read_digest` believes and whose
completion time is written the way the columns give it back (whole seconds,
`datetime.isoformat` in the offset the columns keep); any other row is marked `UNKNOWN` and
a trend reads it the old way (its index line, else its file).

Like the columns, this file is only a cache: it ends in the CRC-32 of everything before it and
names the columns file it was made with (the CRC-32 that file ends in). Anything that does not
fit means the file is not used; it is never believed.
"""

from __future__ import annotations

import json
import math
import sys
import zlib
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import cast

from medarbeider_tui.diary.digest import MAX_PARTS, QuadrantDigest, read_digests
from medarbeider_tui.diary.entry import EntrySummary
from medarbeider_tui.diary.ids import is_well_formed_name, parse_timestamp
from medarbeider_tui.fsio import write_private_file

TREND_FILE_NAME = "index.trend"
TREND_VERSION = 1
UNKNOWN = 0xFFFFFFFF
"""The shape of a row this file does not describe (read it the old way)."""
_MAGIC = b"medarbeider-trend\n"


@dataclass(frozen=True)
class Shape:
    """What many entries' digests share; only the means' values differ between them."""

    pack_version: str
    means: tuple[str, ...]
    """The mean scores the digest holds, in its order."""
    items: dict[str, str] = field(hash=False, compare=False)
    """Each mean's statements mark (`Digest.items`)."""
    quadrants: dict[str, QuadrantDigest] = field(hash=False, compare=False)

    def key(self) -> tuple[object, ...]:
        return (
            self.pack_version,
            self.means,
            tuple(self.items.items()),
            tuple(self.quadrants.items()),
        )

    def encoded(self) -> list[object]:
        return [
            self.pack_version,
            list(self.means),
            [[k, v] for k, v in self.items.items()],
            [[k, q.quadrant, list(q.between), q.x, q.y] for k, q in self.quadrants.items()],
        ]


@dataclass
class TrendColumns:
    """Per row of the columns: its shape (or `UNKNOWN`) and where its values start."""

    shapes: list[Shape]
    shape_of: array[int]
    starts: array[int]
    """Row ``r``'s values are ``values[starts[r]:starts[r + 1]]``."""
    values: array[float]

    def rows(self, rows: Sequence[int]) -> list[tuple[Shape, list[float | None]] | None]:
        """Each row's shape and mean values (None for a value too few answers gave), or None
        for a row this file does not describe (or ``-1``) or whose values are not what is
        written."""
        shapes, shape_of, starts, values = self.shapes, self.shape_of, self.starts, self.values
        count, isfinite = len(shapes), math.isfinite
        found: list[tuple[Shape, list[float | None]] | None] = []
        for row in rows:
            number = shape_of[row] if row >= 0 else UNKNOWN
            if number >= count:  # UNKNOWN, or a shape that is not there
                found.append(None)
                continue
            shape = shapes[number]
            start, end = starts[row], starts[row + 1]
            if end - start != len(shape.means):
                found.append(None)
                continue
            mine = cast(list[float | None], values[start:end].tolist())
            if not all(map(isfinite, mine)):  # type: ignore[arg-type]
                mine = [None if v != v else v for v in mine]  # NaN: too few answers
                if any(math.isinf(v) for v in mine if v is not None):
                    found.append(None)
                    continue
            found.append((shape, mine))
        return found

    def encode(self, columns_crc: int) -> bytes:
        header = {
            "version": TREND_VERSION,
            "rows": len(self.shape_of),
            "byteorder": sys.byteorder,
            "columns": columns_crc,
            "shapes": [shape.encoded() for shape in self.shapes],
        }
        body = b"".join(
            (
                _MAGIC,
                json.dumps(header, ensure_ascii=True, separators=(",", ":")).encode() + b"\n",
                self.shape_of.tobytes(),
                self.starts.tobytes(),
                self.values.tobytes(),
            )
        )
        return body + zlib.crc32(body).to_bytes(4, "little")


def local_time(seconds: float, minutes: int) -> datetime:
    """A time from the columns (seconds, the offset in minutes) as the entry wrote it."""
    return datetime.fromtimestamp(seconds, _zone(minutes))


_ZONES: dict[int, timezone] = {}


def _zone(minutes: int) -> timezone:
    found = _ZONES.get(minutes)
    if found is None:
        found = _ZONES[minutes] = timezone(timedelta(minutes=minutes))
    return found


def build_trend_columns(summaries: Sequence[EntrySummary]) -> TrendColumns:
    """The trend columns of ``summaries`` (the rows of the columns, in their order)."""
    wanted = [
        n
        for n, s in enumerate(summaries)
        if s.status == "complete" and _is_plain_time(s.completed_at)
    ]
    digests = dict(zip(wanted, read_digests([summaries[n].digest for n in wanted]), strict=True))
    known: dict[tuple[object, ...], int] = {}
    shapes: list[Shape] = []
    shape_of, starts, values = array("I"), array("I", [0]), array("d")
    for number in range(len(summaries)):
        digest = digests.get(number)
        if digest is None:
            shape_of.append(UNKNOWN)
            starts.append(len(values))
            continue
        shape = Shape(
            digest.pack_version, tuple(digest.means), dict(digest.items), dict(digest.quadrants)
        )
        found = known.get(shape.key())
        if found is None:
            found = known[shape.key()] = len(shapes)
            shapes.append(shape)
        shape_of.append(found)
        values.extend(math.nan if v is None else v for v in digest.means.values())
        starts.append(len(values))
    return TrendColumns(shapes, shape_of, starts, values)


def _is_plain_time(value: str | None) -> bool:
    """Whether ``value`` is given back exactly by `local_time` of what the columns keep."""
    if value is None:
        return False
    try:
        moment = parse_timestamp(value)
    except ValueError:
        return False
    offset = moment.utcoffset()
    if offset is None or offset.total_seconds() % 60 or moment.microsecond:
        return False
    minutes = int(offset.total_seconds() // 60)
    return local_time(moment.timestamp(), minutes).isoformat() == value


def write_trend_columns(folder: Path, trend: TrendColumns, columns_crc: int) -> None:
    """Write ``index.trend`` for the columns just written (atomically; raises OSError)."""
    write_private_file(folder, TREND_FILE_NAME, trend.encode(columns_crc))


def read_trend_columns(folder: Path, columns_crc: int, rows: int) -> TrendColumns | None:
    """The trend columns in ``folder`` if the file is whole, well formed and made with the
    columns whose CRC-32 is ``columns_crc`` (of ``rows`` rows); else None."""
    from medarbeider_tui.diary.index import read_regular_file

    raw = read_regular_file(folder / TREND_FILE_NAME)
    if raw is None or len(raw) < len(_MAGIC) + 4 or not raw.startswith(_MAGIC):
        return None
    body = memoryview(raw)[:-4]
    if zlib.crc32(body) != int.from_bytes(raw[-4:], "little"):
        return None
    try:
        return _decode(raw, body, columns_crc, rows)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


def _decode(raw: bytes, body: memoryview, columns_crc: int, rows: int) -> TrendColumns | None:
    end = raw.index(b"\n", len(_MAGIC))
    header = json.loads(raw[len(_MAGIC) : end])
    if (
        type(header) is not dict
        or header["version"] != TREND_VERSION
        or header["byteorder"] != sys.byteorder
        or header["columns"] != columns_crc
        or header["rows"] != rows
    ):
        return None
    shapes = [_shape(item) for item in header["shapes"]]
    at = end + 1
    shape_of, starts, values = array("I"), array("I"), array("d")
    shape_of.frombytes(body[at : at + rows * 4])
    at += rows * 4
    starts.frombytes(body[at : at + (rows + 1) * 4])
    at += (rows + 1) * 4
    values.frombytes(body[at:])
    if len(shape_of) != rows or len(starts) != rows + 1 or len(values) != starts[-1]:
        return None
    return TrendColumns(shapes, shape_of, starts, values)


def _shape(item: object) -> Shape:
    """One shape as written, or ValueError: every name well formed, every mark 8 hex digits."""
    if type(item) is not list or len(item) != 4:
        raise ValueError("not a shape")
    version, means, items, quadrants = item
    if type(version) is not str or type(means) is not list or len(means) > MAX_PARTS:
        raise ValueError("not a shape")
    if len(set(means)) != len(means) or not all(_is_name(m) for m in means):
        raise ValueError("not a shape")
    marks: dict[str, str] = {}
    for key, mark in items:
        if not (_is_name(key) and type(mark) is str and len(mark) == 8 and mark.isalnum()):
            raise ValueError("not a shape")
        marks[key] = mark
    placed: dict[str, QuadrantDigest] = {}
    for key, quadrant, between, x, y in quadrants:
        if not (
            _is_name(key)
            and (quadrant is None or _is_name(quadrant))
            and type(between) is list
            and all(_is_name(b) for b in between)
            and _is_name(x)
            and _is_name(y)
        ):
            raise ValueError("not a shape")
        placed[key] = QuadrantDigest(quadrant, tuple(between), x, y)
    if len(marks) > MAX_PARTS or len(placed) > MAX_PARTS:
        raise ValueError("not a shape")
    return Shape(version, tuple(means), marks, placed)


def _is_name(value: object) -> bool:
    return type(value) is str and is_well_formed_name(value)
