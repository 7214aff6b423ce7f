"""Shared builders: a service on the test's data folder, and complete entries made through it."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from medarbeider_tui.diary import Entry
from medarbeider_tui.paths import Locations
from medarbeider_tui.service import ReflectionService
from tests.conftest import HALL_EXAMPLE, TEST_PACK

OSLO = timezone(timedelta(hours=1))
#: A second Hall entry: self-awareness 4,3, adaptability 3,7 → PROAKTIV.
HALL_LATER: dict[str, Any] = {
    **{f"sb{n}": v for n, v in zip(range(1, 7), (5, 4, 4, 5, 4, 2), strict=True)},
    **{f"od{n}": v for n, v in zip(range(1, 7), (4, 4, 3, 4, 3, 2), strict=True)},
}


@pytest.fixture
def service(isolated_environment: Locations) -> ReflectionService:
    return ReflectionService(isolated_environment, [TEST_PACK])


def complete(
    service: ReflectionService,
    exercise_name: str,
    answers: dict[str, Any],
    when: datetime,
    language: str = "nb",
) -> Entry:
    """A complete entry of ``exercise_name`` with ``answers``, completed at ``when``."""
    [(pack, exercise)] = service.find_exercise(exercise_name)
    session = service.start(pack, exercise, language)
    for key, value in answers.items():
        session.set_answer(key, value, save=False)
    session.entry.created_at = when.isoformat(timespec="seconds")
    from medarbeider_tui.diary.ids import new_entry_id

    session.entry.id = new_entry_id(when)
    return session.complete(now=when)


def at(month: int, day: int = 3, year: int = 2026) -> datetime:
    return datetime(year, month, day, 12, 0, tzinfo=OSLO)


def rewrite(locations: Locations, entry_id: str, change: dict[str, Any]) -> None:
    """Change an entry file by hand (as another program version might have written it)."""
    path = locations.entries_dir / f"{entry_id}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(change)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.chmod(path, 0o600)


__all__ = ["HALL_EXAMPLE", "HALL_LATER", "Path", "at", "complete", "rewrite"]
