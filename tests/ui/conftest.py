"""The app built as ``medarbeider`` builds it, on the isolated folders of tests/conftest.py.

The repository has no async pytest plugin, so ``async def`` tests in this folder run under
``asyncio.run`` (the small hook below). Every app is built from the temporary data folder and
the test pack (``tests/packs/proeve``: a Hall-like exercise and one with every other step
kind), so editing the built-in content never breaks a test of how the screens behave. Tests
marked ``builtin_pack`` (the walks of the seven exercises, the Hall result pictures: the
product itself) get the built-in pack instead. Nothing real is read or written.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from medarbeider_tui.content import model as m
from medarbeider_tui.content.loader import Catalog, discover
from medarbeider_tui.diary import DiaryStore
from medarbeider_tui.paths import Locations, builtin_content_dir
from medarbeider_tui.service import ExerciseSession, ReflectionService
from medarbeider_tui.settings import Settings
from medarbeider_tui.ui.app import MedarbeiderApp
from medarbeider_tui.ui.screens import exercise as exercise_screen
from tests.conftest import HALL_EXAMPLE, TEST_PACK

PACK_ID = "aktivt-medarbeiderskap"
TEST_PACK_ID = "proeve"

#: The built-in exercises in the order the home screen lists them.
EXERCISES = (
    "hall-kvadranten",
    "tre-sporsmal",
    "prestasjonsdrivere",
    "medarbeiderskap",
    "selvledelse",
    "prioritering",
    "lederferdigheter",
)

#: A fixed moment in Oslo winter time: every date a snapshot shows derives from it.
FIXED_NOW = datetime(2026, 11, 27, 13, 38, 8, tzinfo=timezone(timedelta(hours=1)))


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests in a fresh event loop (no pytest-asyncio in this project).

    The test gets the fixtures and parameters its signature names, as pytest's own call
    would: ``funcargs`` also holds autouse fixtures the test does not take.
    """
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = inspect.signature(pyfuncitem.obj).parameters
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


#: The screen's real pause before a digit on a scale moves on (0.25 s when this was written).
REAL_ADVANCE_DELAY = exercise_screen.ADVANCE_DELAY
#: The pause the tests use instead.
QUICK_ADVANCE = 0.02


@pytest.fixture(autouse=True)
def quick_advance(monkeypatch: pytest.MonkeyPatch) -> None:
    """A digit on a scale moves on after 0.02 s instead of 0.25 s.

    Walks then wait for the screen to move by itself, which is deterministic (pressing Ctrl+N
    straight after the digit races the timer on a loaded machine) and quick. Tests that need
    the real delay set ``REAL_ADVANCE_DELAY`` back.
    """
    monkeypatch.setattr(exercise_screen, "ADVANCE_DELAY", QUICK_ADVANCE)


def uses_builtin_pack(request: pytest.FixtureRequest) -> bool:
    return request.node.get_closest_marker("builtin_pack") is not None


@pytest.fixture
def pack_id(request: pytest.FixtureRequest) -> str:
    """The id of the pack the test's app is built from."""
    return PACK_ID if uses_builtin_pack(request) else TEST_PACK_ID


@pytest.fixture
def catalog(
    request: pytest.FixtureRequest, pack_id: str, isolated_environment: Locations
) -> Catalog:
    """The built-in pack (tests marked ``builtin_pack``), or only the test pack, added as
    ``medarbeider --pack tests/packs/proeve`` adds it (no built-in packs beside it)."""
    user_packs = isolated_environment.user_packs_dir
    if uses_builtin_pack(request):
        found = discover(builtin_content_dir(), user_packs)
    else:
        found = discover(
            isolated_environment.data_dir / "no-builtin-packs", user_packs, [TEST_PACK]
        )
    assert [p.id for p in found.packs] == [pack_id], found.problems
    return found


@pytest.fixture
def store(isolated_environment: Locations) -> DiaryStore:
    return DiaryStore.open(isolated_environment)


@pytest.fixture
def pack(catalog: Catalog, pack_id: str) -> m.Pack:
    found = catalog.pack(pack_id)
    assert found is not None
    return found


AppFactory = Callable[..., MedarbeiderApp]


@pytest.fixture
def make_app(catalog: Catalog, store: DiaryStore, isolated_environment: Locations) -> AppFactory:
    """``make_app(settings=, language=, session=)``: the app as commands/tui.py builds it."""

    def build(
        settings: Settings | None = None,
        language: str = "nb",
        session: ExerciseSession | None = None,
    ) -> MedarbeiderApp:
        return MedarbeiderApp(
            ReflectionService(isolated_environment, catalog=catalog, store=store),
            settings if settings is not None else Settings(privacy_seen=True),
            language,
            session,
        )

    return build


SessionFactory = Callable[..., ExerciseSession]


@pytest.fixture
def make_session(pack: m.Pack, store: DiaryStore) -> SessionFactory:
    """``make_session(exercise_id, answers, language=..., now=...)``: a draft built in code."""

    def build(
        exercise_id: str,
        answers: dict[str, Any] | None = None,
        language: str = "nb",
        now: datetime = FIXED_NOW,
    ) -> ExerciseSession:
        session = ExerciseSession.start(pack, pack.exercise(exercise_id), store, language, now)
        for key, value in (answers or {}).items():
            session.set_answer(key, value, save=False)
        session.entry.updated_at = session.entry.created_at
        return session

    return build


# --- reading the disk ------------------------------------------------------------------------


def entry_files(locations: Locations) -> list[Path]:
    return sorted(locations.entries_dir.glob("*.json"))


def read_entries(locations: Locations) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in entry_files(locations)]


def read_entry(locations: Locations) -> dict[str, Any]:
    """The one entry on disk (fails if there are none or several)."""
    entries = read_entries(locations)
    assert len(entries) == 1, [e["id"] for e in entries]
    return entries[0]


# --- a diary with fixed dates ------------------------------------------------------------------


DRAFT_TIME = FIXED_NOW + timedelta(days=1, hours=-4, minutes=-23)  # 28.11.2026 09:15


@pytest.fixture
def diary(make_session: SessionFactory) -> dict[str, str]:
    """Two saved entries of the test pack with fixed times: a complete Hall (27.11.2026 13:38,
    in HANDLINGSLAMMET) and a newer draft of «Alle stegtyper» (28.11.2026 09:15) stopped at its
    second statement. Returns their ids by exercise."""
    hall = make_session("hall", HALL_EXAMPLE)
    hall.complete(now=FIXED_NOW)
    draft = make_session("alt", {"f1": 4}, now=DRAFT_TIME)
    draft.entry.current_step = "ferdigheter"
    draft.save_pending()
    return {"hall": hall.entry.id, "alt": draft.entry.id}
