"""Served, the keys that browsers keep have function-key stand-ins, and the footer shows them."""

from __future__ import annotations

import asyncio

import pytest
from textual.widgets._footer import FooterKey

from medarbeider_tui.content.loader import discover
from medarbeider_tui.diary import DiaryStore
from medarbeider_tui.paths import Locations, builtin_content_dir
from medarbeider_tui.serve import SERVED_ENV, WEB_DRIVER
from medarbeider_tui.service import ReflectionService
from medarbeider_tui.settings import Settings
from medarbeider_tui.ui.app import MedarbeiderApp
from medarbeider_tui.ui.screens.exercise import ExerciseScreen


def footer(app: MedarbeiderApp) -> list[tuple[str, str]]:
    return [(key.key, key.description) for key in app.screen.query(FooterKey)]


def walk(locations: Locations) -> dict[str, object]:
    """Home's footer, then in the Hall exercise: the footer and where each key takes you."""

    async def run() -> dict[str, object]:
        service = ReflectionService(
            locations,
            catalog=discover(builtin_content_dir(), locations.user_packs_dir),
            store=DiaryStore.open(locations),
        )
        app = MedarbeiderApp(service, Settings(privacy_seen=True), "nb")
        seen: dict[str, object] = {}
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            seen["home"] = footer(app)
            # the theme key has no room in home's footer at 80 columns (issue 13): still bound
            seen["home keys"] = [
                (key, active.binding.description)
                for key, active in app.screen.active_bindings.items()
            ]
            await pilot.press("enter")
            for _ in range(50):
                if isinstance(app.screen, ExerciseScreen):
                    break
                await pilot.pause(0.05)
            screen = app.screen
            assert isinstance(screen, ExerciseScreen)
            await pilot.pause()
            seen["exercise"] = footer(app)
            steps = []
            for key in ("f9", "ctrl+n", "f8", "ctrl+b"):
                await pilot.press(key)
                await pilot.pause(0.1)
                steps.append(screen.index)
            seen["steps"] = steps
            await pilot.press("f4")
            await pilot.pause(0.2)
            seen["after f4"] = type(app.screen).__name__
        return seen

    return asyncio.run(run())


@pytest.mark.slow
def test_in_a_terminal_the_footer_keeps_the_terminal_keys(isolated_environment: Locations) -> None:
    seen = walk(isolated_environment)
    assert ("f3", "Tema") in seen["home keys"]
    assert ("ctrl+n", "Neste") in seen["exercise"]
    assert ("ctrl+b", "Tilbake") in seen["exercise"]
    assert ("ctrl+r", "Oversikt") in seen["exercise"]
    assert ("ctrl+o", "Modell") in seen["exercise"]
    assert ("f7", "Skjul") in seen["exercise"]  # the curtain, on every screen (issue 13)
    assert not any(key.startswith("f") and key not in ("f2", "f7") for key, _ in seen["exercise"])


@pytest.mark.slow
def test_served_the_footer_shows_keys_the_browser_leaves_alone(
    isolated_environment: Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SERVED_ENV, "1")
    monkeypatch.setenv("TEXTUAL_DRIVER", WEB_DRIVER)
    seen = walk(isolated_environment)
    assert ("f4", "Tema") in seen["home keys"]
    exercise = seen["exercise"]
    assert ("f10", "Modell") in exercise
    assert ("f9", "Neste") in exercise
    assert ("f8", "Tilbake") in exercise
    assert ("f4", "Oversikt") in exercise
    assert not {"ctrl+n", "ctrl+b", "ctrl+r", "ctrl+o"} & {key for key, _ in exercise}
    assert seen["steps"] == [1, 2, 1, 0]  # F9 and Ctrl+N on, F8 and Ctrl+B back
    assert seen["after f4"] == "ReviewScreen"
