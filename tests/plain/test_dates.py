"""Review dates as people write them (issue 8, case 13)."""

from __future__ import annotations

from datetime import date

import pytest

from medarbeider_tui.content.review_dates import DateProblem, latest, read_review_date

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("15.1.27", date(2027, 1, 15)),
        ("15.01.2027", date(2027, 1, 15)),
        ("2027-01-15", date(2027, 1, 15)),
        ("1.12.2026", TODAY),  # today is fine
        ("15.1", date(2027, 1, 15)),  # no year: the next 15 January
        ("24.12", date(2026, 12, 24)),
        ("15.1.27.", date(2027, 1, 15)),
    ],
)
def test_dates_as_written(typed: str, meant: date) -> None:
    assert read_review_date(typed, TODAY) == meant


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("15.13.2027", "plain.date_bad"),
        ("snart", "plain.date_bad"),
        ("30.11.2026", "plain.date_past"),
        ("15.01.0027", "plain.date_past"),
        ("2.12.2031", "plain.date_far"),
        ("1.1.2066", "plain.date_far"),
    ],
)
def test_dates_refused_with_a_reason(typed: str, problem: str) -> None:
    found = read_review_date(typed, TODAY)
    assert isinstance(found, DateProblem)
    assert found.key == problem


def test_the_last_day_five_years_on() -> None:
    assert latest(TODAY) == date(2031, 12, 1)
    assert latest(date(2028, 2, 29)) == date(2033, 2, 28)
