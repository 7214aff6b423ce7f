"""Entries for the export tests, saved through the service with fixed times.

Every entry is made the way the program makes one (a session, answers checked, completed), on
the isolated folders of tests/conftest.py, from the built-in pack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from medarbeider_tui.diary import Entry
from medarbeider_tui.paths import Locations
from medarbeider_tui.service import ExerciseSession, ReflectionService
from tests.conftest import HALL_EXAMPLE

OSLO_WINTER = timezone(timedelta(hours=1))
#: 27.11.2026 10:31 in Oslo: the moment the first test entry is completed.
FIRST = datetime(2026, 11, 27, 10, 31, 40, tzinfo=OSLO_WINTER)

SaveEntry = Callable[..., Entry]


@pytest.fixture
def service(isolated_environment: Locations) -> ReflectionService:
    return ReflectionService(isolated_environment)


@pytest.fixture
def save_entry(service: ReflectionService) -> SaveEntry:
    """``save_entry(exercise_id, answers, days=0, language="nb")``: a complete entry, saved."""

    def save(
        exercise_id: str = "hall-kvadranten",
        answers: dict[str, Any] | None = None,
        days: float = 0,
        language: str = "nb",
        private: list[str] | None = None,
    ) -> Entry:
        [(pack, exercise)] = service.find_exercise(exercise_id)
        now = FIRST + timedelta(days=days)
        session = ExerciseSession.start(pack, exercise, service.store, language, now)
        given = HALL_EXAMPLE if answers is None and exercise_id == "hall-kvadranten" else answers
        for key, value in (given or {}).items():
            session.set_answer(key, value, save=False)
        for key in private or []:
            session.set_private(key, True)
        return session.complete(now=now)

    return save
