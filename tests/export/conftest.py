"""Entries for the export tests, saved through the service with fixed times.

Every entry is made the way the program makes one (a session, answers checked, completed), on
the isolated folders of tests/conftest.py, from the built-in pack. The browser tests use
Debian's Chromium through Playwright: without it they skip and say why, except in CI.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from medarbeider_tui.diary import Entry
from medarbeider_tui.export.selection import Selection
from medarbeider_tui.paths import Locations
from medarbeider_tui.service import ExerciseSession, ExportRequest, ReflectionService
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


#: Answers that place the Hall point in each field, and one on both dividing lines.
QUADRANT_ANSWERS: dict[str, dict[str, Any]] = {
    "proaktiv": dict(
        sb1=5, sb2=4, sb3=4, sb4=5, sb5=4, sb6=1, od1=4, od2=5, od3=4, od4=4, od5=5, od6=2
    ),
    "reaktiv": dict(
        sb1=2, sb2=2, sb3=1, sb4=2, sb5=3, sb6=4, od1=4, od2=4, od3=5, od4=4, od5=3, od6=2
    ),
    "handlingslammet": HALL_EXAMPLE,
    "brikke": dict(
        sb1=2, sb2=3, sb3=2, sb4=1, sb5=2, sb6=4, od1=2, od2=1, od3=2, od4=2, od5=3, od6=5
    ),
    "on-the-lines": {f"{axis}{n}": 3 for axis in ("sb", "od") for n in range(1, 7)},
}

ExportText = Callable[..., str]


@pytest.fixture
def export_text(service: ReflectionService) -> ExportText:
    """``export_text(ids, format, **request)``: the one document an export makes, as text."""

    def export(ids: list[str], fmt: str = "markdown", **request: Any) -> str:
        selection = Selection(ids=list(ids))
        done = service.export(ExportRequest(selection, format=fmt, **request), "nb")
        [file] = done.files
        return file.data.decode("utf-8")

    return export


def chromium_path() -> str | None:
    """Debian's Chromium (or MEDARBEIDER_CHROMIUM): what `.ci/run` installs."""
    return shutil.which(os.environ.get("MEDARBEIDER_CHROMIUM") or "chromium")


def need(reason: str) -> None:
    """Skip with ``reason`` on a developer's machine; in CI (``CI=true``, as `.ci/run` sets it,
    or ``1``) the test must run, so a missing browser fails it."""
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"{reason}, and CI=true: the browser tests must run in CI", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium driven by Playwright (closed after the module)."""
    path = chromium_path()
    if path is None:
        need("Chromium is not installed (Debian: apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need("Playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, headless=True)
        try:
            yield launched
        finally:
            launched.close()
