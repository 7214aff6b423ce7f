"""Review dates as an iCalendar file (RFC 5545), for the person's own calendar.

One all-day event per review date. Text is escaped as RFC 5545 §3.3.11 asks (backslash,
semicolon, comma, line breaks), control characters are dropped, and lines are folded at 75
octets without splitting a character, so any calendar reads the file as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from medarbeider_tui import __version__

#: RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break.
FOLD_AT = 75
_CONTROLS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


@dataclass(frozen=True)
class CalendarItem:
    """One review date: an all-day event."""

    uid: str
    day: date
    summary: str
    description: str = ""


def calendar(items: Iterable[CalendarItem], now: datetime | None = None) -> bytes:
    """The ``.ics`` file of ``items``, as bytes (UTF-8, CRLF line breaks)."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//medarbeider//medarbeider {__version__}//NB",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for item in items:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{escape_text(item.uid)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{item.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{item.day + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape_text(item.summary)}",
        ]
        if item.description:
            lines.append(f"DESCRIPTION:{escape_text(item.description)}")
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return b"".join(fold(line) + b"\r\n" for line in lines)


def escape_text(text: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): ``\\`` ``;`` ``,`` escaped, line breaks as ``\\n``,
    other control characters dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    lines = [_CONTROLS.sub("", line) for line in text.split("\n")]
    return "\\n".join(lines)


def fold(line: str) -> bytes:
    """One content line as UTF-8, folded at 75 octets (continuations begin with a space)."""
    raw = line.encode("utf-8", "replace")
    parts: list[bytes] = []
    limit = FOLD_AT
    while len(raw) > limit:
        cut = limit
        while cut > 0 and (raw[cut] & 0xC0) == 0x80:  # never inside a UTF-8 sequence
            cut -= 1
        parts.append(raw[:cut])
        raw = raw[cut:]
        limit = FOLD_AT - 1  # the leading space counts
    parts.append(raw)
    return b"\r\n ".join(parts)
