"""Reading a review date as people write it: «15.1.27» is 15 January 2027, never the year 27.

A review date looks ahead: a date already past, or more than five years away, is refused with
a word on how to write one (it is almost always a slip of the keyboard).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

#: How far ahead a review date may be.
FAR_YEARS = 5


@dataclass(frozen=True)
class DateProblem:
    """Why a line is not a usable review date: ``key`` names the message."""

    key: str
    last: date | None = None


def read_review_date(text: str, today: date) -> date | DateProblem:
    """``dd.mm.yyyy``, ``d.m.yy`` (20yy), ``d.m`` (the next such day) or ISO ``yyyy-mm-dd``."""
    found = _parse(text.strip(), today)
    if found is None:
        return DateProblem("plain.date_bad")
    if found < today:
        return DateProblem("plain.date_past")
    last = latest(today)
    if found > last:
        return DateProblem("plain.date_far", last)
    return found


def latest(today: date) -> date:
    """The last day a review date may be: five years from today (28 February for 29th)."""
    try:
        return today.replace(year=today.year + FAR_YEARS)
    except ValueError:
        return today.replace(year=today.year + FAR_YEARS, day=28)


def example(today: date) -> date:
    """A date to show as an example: the 15th of next month."""
    return (today.replace(day=1) + timedelta(days=32)).replace(day=15)


def _parse(text: str, today: date) -> date | None:
    try:
        if "." in text:
            parts = [int(part) for part in text.rstrip(".").split(".")]
            if len(parts) == 2:
                day, month = parts
                this_year = date(today.year, month, day)
                return this_year if this_year >= today else date(today.year + 1, month, day)
            day, month, year = parts
            if 0 <= year < 100 and len(text.rstrip(".").split(".")[2]) <= 2:
                year += 2000
            return date(year, month, day)
        return date.fromisoformat(text)
    except ValueError:
        return None
