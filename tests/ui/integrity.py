"""Helpers for the integrity tests (issues 8 and 9): an app on a data folder of its own, keys
sent the way a terminal sends them, and what is on disk.

Keys are posted to the app as its driver posts them (`type_key`), at the moment they are
"typed", without waiting for the app to be idle in between: that is what a person typing
ten digits a second, or a paste, looks like to the app. ``Pilot.press`` waits for the app
after every key, which hides exactly the faults these tests look for.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from textual import events
from textual.pilot import Pilot

from medarbeider_tui.content import model as m
from medarbeider_tui.content.loader import Catalog, discover
from medarbeider_tui.diary import DiaryStore
from medarbeider_tui.paths import Locations, builtin_content_dir
from medarbeider_tui.service import ExerciseSession, ReflectionService
from medarbeider_tui.settings import Settings
from medarbeider_tui.ui.app import MedarbeiderApp
from medarbeider_tui.ui.screens.exercise import ExerciseScreen

PACK_ID = "aktivt-medarbeiderskap"
AnyPilot = Pilot[Any]


@cache
def builtin_catalog() -> Catalog:
    """The built-in packs, read once for all tests (they never change during a run)."""
    return discover(builtin_content_dir(), Path("/nonexistent/medarbeider-packs"))


def builtin_pack() -> m.Pack:
    pack = builtin_catalog().pack(PACK_ID)
    assert pack is not None
    return pack


def locations_in(folder: Path) -> Locations:
    return Locations(data_dir=folder / "data", config_dir=folder / "config")


def app_on(
    locations: Locations,
    exercise: str | None = None,
    *,
    language: str = "nb",
    store: DiaryStore | None = None,
) -> MedarbeiderApp:
    """The app as ``medarbeider run EXERCISE`` builds it (or on the home screen)."""
    store = store or DiaryStore.open(locations)
    service = ReflectionService(locations, catalog=builtin_catalog(), store=store)
    session = None
    if exercise is not None:
        pack = builtin_pack()
        session = ExerciseSession.start(pack, pack.exercise(exercise), store, language)
    return MedarbeiderApp(service, Settings(privacy_seen=True), language, session)


def key_event(key: str) -> events.Key:
    """The event a terminal gives for ``key`` ("4", "a", "enter", "ctrl+n", "space")."""
    characters = {"enter": "\r", "space": " ", "tab": "\t"}
    if len(key) == 1:
        return events.Key(key, key)
    return events.Key(key, characters.get(key))


def type_key(app: MedarbeiderApp, key: str) -> float:
    """Send ``key`` to the app now, as the terminal would; the moment it was typed."""
    event = key_event(key)
    app.post_message(event)
    return event.time


async def type_keys(app: MedarbeiderApp, keys: str | list[str], every: float) -> None:
    """Type ``keys`` one every ``every`` seconds, whatever the app is doing. Each key carries
    the moment the person typed it (the first key's time plus ``every`` for each one before),
    so a busy machine that wakes this loop late does not make the person type slower."""
    start = None
    for n, key in enumerate(keys):
        event = key_event(key)
        if start is None:
            start = event.time
        event.time = min(event.time, start + n * every)
        app.post_message(event)
        await asyncio.sleep(every)


async def until(condition: Callable[[], bool], what: str, patience: float = 30.0) -> None:
    deadline = time.monotonic() + patience
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


def exercise_screen(app: MedarbeiderApp) -> ExerciseScreen:
    screen = app.screen
    assert isinstance(screen, ExerciseScreen), type(screen).__name__
    return screen


async def all_done(pilot: AnyPilot, patience: float = 30.0) -> None:
    """Wait until the keys typed so far have had their effect and every save has finished (or
    failed): the moves after answers, the save delays and the save worker."""
    app = pilot.app
    await asyncio.sleep(0.35)  # past the pause after an answer (0.25 s)

    def settled() -> bool:
        screen = app.screen
        session = getattr(screen, "session", None)
        pending = getattr(screen, "_pending", None)
        feeder = getattr(app, "_feeder", None)  # keys in order (issue 8); absent before
        waiting = feeder is not None and not feeder.idle
        busy = any(not w.is_finished for w in app.workers) or getattr(screen, "_writes", 0)
        # changes still to be written (a save that failed is done: it waits for a retry)
        failed = getattr(session, "save_error", None) is not None
        dirty = session is not None and session.has_unsaved_changes and not failed
        return not (pending or waiting or busy or dirty)

    await until(settled, "the keys to land and the saves to finish", patience)
    await app.workers.wait_for_complete()
    await asyncio.sleep(0.02)


def entry_files(locations: Locations) -> list[Path]:
    return sorted(locations.entries_dir.glob("*.json"))


def answers_on_disk(locations: Locations) -> dict[str, Any]:
    """The answers of the one entry on disk ({} when nothing was written yet)."""
    files = entry_files(locations)
    assert len(files) <= 1, [f.name for f in files]
    if not files:
        return {}
    answers: dict[str, Any] = json.loads(files[0].read_text(encoding="utf-8"))["answers"]
    return answers


async def dialog(app: MedarbeiderApp, saying: str) -> str:
    """Wait for a question on top that says ``saying``; everything it says."""
    from medarbeider_tui.ui.screens.base import BaseModal
    from tests.ui.pilots import shown_text

    def shown() -> str:
        screen = app.screen
        return shown_text(screen) if isinstance(screen, BaseModal) else ""

    await until(lambda: saying in shown(), f"a question saying {saying!r}")
    await asyncio.sleep(0.05)  # its buttons focused: keys reach it
    return shown()
