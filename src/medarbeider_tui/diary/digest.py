"""An entry's results in brief: what row summaries, trends and the quadrant trail need.

The digest is derived from an entry's ``results`` and ``answers`` by the layout the results are
stored in (docs/scoring.md, docs/diary-format.md): each mean's value, each quadrant's field
and axes, each rank's picks, the number of things in each list-like answer, and the pack
version the entry was answered with. It is small (a few hundred bytes), so the entry index
keeps one per entry (as compact JSON text) and a trend over 10,000 entries never opens a file.

The digest is a cache like the rest of the index: `results_digest` makes it from an entry,
`read_digest` believes a text only if every part has the shape this module writes, and
returns None otherwise (the caller then reads the entry itself).
"""

from __future__ import annotations

import json
import math
import zlib
from dataclasses import dataclass, field
from typing import Any

from medarbeider_tui.diary.ids import is_well_formed_name

#: At most this many scores (or answers) per part: a hand-made results dict cannot bloat a row.
MAX_PARTS = 100
#: A digest text longer than this is not believed (the largest real one is under 1 kB).
MAX_DIGEST_CHARS = 16_384
#: How much of the pack's SHA-256 is kept: enough to tell two versions of the files apart.
PACK_HASH_CHARS = 16


@dataclass(frozen=True)
class QuadrantDigest:
    """Where a 2×2 score put the entry: its field (or the fields it lies between) and axes."""

    quadrant: str | None
    between: tuple[str, ...]
    x: str
    """The mean score on the x axis (its value is in `Digest.means`)."""
    y: str


@dataclass(frozen=True)
class Digest:
    """An entry's results in brief (see the module docstring)."""

    pack_version: str
    pack_hash: str
    """The first `PACK_HASH_CHARS` hex digits of the pack's SHA-256 ('' if unknown)."""
    answered: int
    means: dict[str, float | None] = field(default_factory=dict)
    """Each mean score's value; None where too few statements were answered."""
    items: dict[str, str] = field(default_factory=dict)
    """Each mean's statements as a short hash (`items_mark`): equal marks, comparable means."""
    quadrants: dict[str, QuadrantDigest] = field(default_factory=dict)
    picks: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Each lowest/highest score's picks, in order."""
    sizes: dict[str, int] = field(default_factory=dict)
    """How many things each list-like answer holds (tasks listed or sorted, plan slots, …)."""

    @property
    def pack_mark(self) -> tuple[str, str]:
        """What tells two pack versions apart: the version and the files' hash."""
        return self.pack_version, self.pack_hash


def results_digest(
    results: dict[str, Any], answers: dict[str, Any], pack_version: str, pack_sha256: str
) -> str:
    """The digest of one entry as compact JSON text (what the index row holds)."""
    means: dict[str, float | None] = {}
    items: dict[str, str] = {}
    quadrants: dict[str, list[Any]] = {}
    picks: dict[str, list[str]] = {}
    for score_id, result in list(results.items())[: MAX_PARTS * 3]:
        if not (isinstance(result, dict) and is_well_formed_name(score_id)):
            continue
        kind = result.get("kind")
        if kind == "mean" and len(means) < MAX_PARTS:
            value = result.get("value")
            means[score_id] = float(value) if _is_number(value) else None  # type: ignore[arg-type]
            items[score_id] = items_mark(result.get("inputs"))
        elif kind == "quadrant" and len(quadrants) < MAX_PARTS:
            axes = [_axis_score(result.get(axis)) for axis in ("x", "y")]
            if axes[0] is None or axes[1] is None:
                continue
            found = result.get("quadrant")
            between = _names(result.get("between"))
            quadrants[score_id] = [found if _is_name(found) else None, between, *axes]
        elif kind == "rank" and len(picks) < MAX_PARTS:
            raw = result.get("picks")
            ids = [p.get("id") for p in raw if isinstance(p, dict)] if isinstance(raw, list) else []
            picks[score_id] = _names(ids)
    sizes = {
        key: len(value)
        for key, value in list(answers.items())[: MAX_PARTS * 3]
        if isinstance(value, list | dict) and is_well_formed_name(key)
    }
    data = {
        "pack": [pack_version[:64], pack_sha256[:PACK_HASH_CHARS]],
        "answered": len(answers),
        "means": means,
        "items": items,
        "quadrants": quadrants,
        "picks": picks,
        "sizes": dict(list(sizes.items())[:MAX_PARTS]),
    }
    return json.dumps(data, ensure_ascii=True, separators=(",", ":"))


def read_digest(text: str) -> Digest | None:
    """The digest in ``text``, or None unless it is exactly what `results_digest` writes."""
    if not text or len(text) > MAX_DIGEST_CHARS:
        return None
    try:
        data = json.loads(text)
        return _digest(data)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def read_digests(texts: list[str]) -> list[Digest | None]:
    """`read_digest` of many texts, parsed as one JSON document (a trend reads thousands)."""
    if any(not text or len(text) > MAX_DIGEST_CHARS for text in texts):
        return [read_digest(text) for text in texts]
    try:
        parsed = json.loads("[" + ",".join(texts) + "]")
    except ValueError:
        return [read_digest(text) for text in texts]
    if len(parsed) != len(texts):  # a text that was more than one value
        return [read_digest(text) for text in texts]
    found: list[Digest | None] = []
    for data in parsed:
        try:
            found.append(_digest(data))
        except (ValueError, TypeError, KeyError, AttributeError):
            found.append(None)
    return found


def _digest(data: Any) -> Digest | None:
    if type(data) is not dict or set(data) != {
        "pack",
        "answered",
        "means",
        "items",
        "quadrants",
        "picks",
        "sizes",
    }:
        return None
    pack = data["pack"]
    answered = data["answered"]
    if not (
        type(pack) is list
        and len(pack) == 2
        and all(type(p) is str for p in pack)
        and type(answered) is int
        and answered >= 0
    ):
        return None
    means: dict[str, float | None] = {}
    for key, value in _mapping(data["means"]).items():
        if value is not None and not (type(value) is float and math.isfinite(value)):
            return None
        means[key] = value
    items: dict[str, str] = {}
    for key, value in _mapping(data["items"]).items():
        if not (type(value) is str and len(value) == 8 and value.isalnum()):
            return None
        items[key] = value
    quadrants: dict[str, QuadrantDigest] = {}
    for key, value in _mapping(data["quadrants"]).items():
        if not (type(value) is list and len(value) == 4):
            return None
        found, between, x, y = value
        if not (
            (found is None or _is_name(found))
            and type(between) is list
            and all(_is_name(b) for b in between)
            and _is_name(x)
            and _is_name(y)
        ):
            return None
        quadrants[key] = QuadrantDigest(found, tuple(between), x, y)
    picks: dict[str, tuple[str, ...]] = {}
    for key, value in _mapping(data["picks"]).items():
        if not (type(value) is list and all(_is_name(p) for p in value)):
            return None
        picks[key] = tuple(value)
    sizes: dict[str, int] = {}
    for key, value in _mapping(data["sizes"]).items():
        if not (type(value) is int and value >= 0):
            return None
        sizes[key] = value
    return Digest(pack[0], pack[1], answered, means, items, quadrants, picks, sizes)


def items_mark(inputs: object) -> str:
    """The statements a mean was computed from (ids, and which were reverse-keyed) as 8 hex
    digits: two entries whose marks differ were scored on different statements."""
    if not isinstance(inputs, dict):
        return "00000000"
    parts = sorted(
        f"{key}~" if isinstance(value, dict) and value.get("reverse") is True else key
        for key, value in inputs.items()
    )
    return f"{zlib.crc32(chr(10).join(parts).encode('utf-8', 'surrogatepass')):08x}"


def _mapping(value: Any) -> dict[str, Any]:
    """A part of the digest: an object with well-formed keys, or an error."""
    if type(value) is not dict or len(value) > MAX_PARTS:
        raise ValueError("not a digest part")
    for key in value:
        if key not in _GOOD_NAMES and not _is_name(key):
            raise ValueError("not a digest part")
    return value


def _is_number(value: object) -> bool:
    if type(value) is int:
        return abs(value) < 2**53  # beyond that a float is not the same number
    return type(value) is float and math.isfinite(value)


#: Names already found well formed: a diary has a few dozen score and step ids, and a trend
#: reads thousands of digests that repeat them (bounded, so hostile input cannot grow it).
_GOOD_NAMES: set[str] = set()


def _is_name(value: object) -> bool:
    if type(value) is not str:
        return False  # before the set lookup: a list or dict cannot even be looked up
    if value in _GOOD_NAMES:
        return True
    if not is_well_formed_name(value):
        return False
    if len(_GOOD_NAMES) < 4096:
        _GOOD_NAMES.add(value)
    return True


def _names(values: object) -> list[str]:
    if not isinstance(values, list):
        return []
    return [v for v in values if _is_name(v)][:MAX_PARTS]


def _axis_score(axis: object) -> str | None:
    score = axis.get("score") if isinstance(axis, dict) else None
    return score if _is_name(score) else None
