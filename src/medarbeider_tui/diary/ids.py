"""Entry ids and timestamps: the two kinds of string whose format the file format promises.

Ids sort by creation time and double as file names; timestamps carry a UTC offset so that times
written before and after a daylight-saving change still compare correctly.
"""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime

ENTRY_ID_RE = re.compile(r"\A[0-9]{8}-[0-9]{6}-[0-9a-f]{6}\Z")
#: The pack format's rule for pack, exercise and item ids (``Ident`` in content/spec.py; a test
#: keeps the two equal). The diary does not import the content layer for one pattern.
NAME_PATTERN = r"[a-z0-9][a-z0-9_-]{0,63}"
_NAME_RE = re.compile(NAME_PATTERN)
#: A language code as packs write them (nb, en).
_LANGUAGE_RE = re.compile(r"[a-z]{2,3}")


def new_entry_id(now: datetime | None = None) -> str:
    """``YYYYMMDD-HHMMSS-xxxxxx``: creation time in UTC (so names sort across DST and time
    zones) plus 24 random bits, so processes creating entries in the same second do not clash."""
    utc = aware(now).astimezone(UTC)
    return f"{utc:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


def sibling_entry_id(entry_id: str) -> str:
    """A new id with the same creation time: conflict copies sort beside their original."""
    return f"{entry_id[:15]}-{secrets.token_hex(3)}"


def is_valid_entry_id(value: str) -> bool:
    """True for ids this program makes; such an id is always a safe file name."""
    return bool(ENTRY_ID_RE.match(value))


def is_well_formed_name(value: str) -> bool:
    """True for a pack or exercise id by the pack format's rule, e.g. ``hall-kvadranten``."""
    return _NAME_RE.fullmatch(value) is not None


def is_language_code(value: str) -> bool:
    """True for a language code such as ``nb`` or ``en``."""
    return _LANGUAGE_RE.fullmatch(value) is not None


def timestamp(now: datetime | None = None) -> str:
    """ISO 8601 with seconds and a UTC offset, e.g. ``2026-11-27T13:38:08+01:00``.

    A naive ``now`` is taken as local time; an aware one keeps its offset.
    """
    return aware(now).isoformat(timespec="seconds")


def parse_timestamp(value: str) -> datetime:
    """Read a stored timestamp.

    Raises:
        ValueError: not ISO 8601, or without a UTC offset (such times cannot be ordered).
    """
    moment = datetime.fromisoformat(value)
    if moment.utcoffset() is None:
        raise ValueError(f"{value!r} has no UTC offset")
    return moment


def aware(now: datetime | None) -> datetime:
    """``now`` (or the current time) with a UTC offset; naive values are taken as local time."""
    if now is None:
        return datetime.now().astimezone()
    return now if now.utcoffset() is not None else now.astimezone()
