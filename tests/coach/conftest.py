"""Coach mode below the interface: profiles, coach notes, teaching cards, the take-home summary.

Entries are made the way the program makes them (a session on the built-in pack, completed at a
given time) in the isolated folders of tests/conftest.py.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from medarbeider_tui.diary import Entry
from medarbeider_tui.paths import Locations
from medarbeider_tui.service import ExerciseSession, ReflectionService
from tests.conftest import HALL_EXAMPLE

#: A plan with two actions (lederferdigheter), as in tests/overtime/test_actions.py.
PLAN: dict[str, Any] = {
    **{f"lf{n}": 4 for n in range(1, 15)},
    "plan-utvikling": {
        "utvikling-1": {"what": "Lytte mer aktivt", "how": "Spør; vent", "review": "2026-12-15"},
        "utvikling-2": {"what": "Delegere mer", "how": "", "review": None},
    },
}


@pytest.fixture
def service(isolated_environment: Locations) -> ReflectionService:
    """The default profile's service, on the built-in pack."""
    return ReflectionService(isolated_environment)


def complete(
    service: ReflectionService,
    exercise_id: str = "hall-kvadranten",
    answers: dict[str, Any] | None = None,
    when: datetime | None = None,
    language: str = "nb",
) -> Entry:
    """A complete entry of ``exercise_id`` in ``service``'s profile, completed at ``when``."""
    [(pack, exercise)] = service.find_exercise(exercise_id)
    now = (when or datetime.now()).astimezone()
    session = ExerciseSession.start(pack, exercise, service.store, language, now)
    given = HALL_EXAMPLE if answers is None and exercise_id == "hall-kvadranten" else answers
    for key, value in (given or {}).items():
        session.set_answer(key, value, save=False)
    return session.complete(now=now)
