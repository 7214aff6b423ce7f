"""Moves a person makes in the app, as small async helpers for the pilot tests.

Each helper presses keys the way a person would and checks that the screen followed, so a
failing walk stops at the step that went wrong rather than at the JSON at the end. Nothing
here sleeps a fixed time to let the app catch up: helpers wait, with a deadline, for what the
person would see (a screen, a step, a marker) or for the file on disk.
"""

from __future__ import annotations

import asyncio
import html
import io
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.text import Text
from textual import events
from textual.content import Content
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, OptionList, Static, TextArea

from medarbeider_tui.paths import Locations
from medarbeider_tui.ui.screens.confirm import ConfirmScreen
from medarbeider_tui.ui.screens.exercise import ExerciseScreen
from medarbeider_tui.ui.screens.result import ResultScreen
from medarbeider_tui.ui.screens.review import ReviewScreen
from medarbeider_tui.ui.widgets.profile import ProfileBars
from medarbeider_tui.ui.widgets.quadrant import QuadrantChart
from medarbeider_tui.ui.widgets.sort_grid import SortGrid
from medarbeider_tui.ui.widgets.trail import TrailChart
from medarbeider_tui.ui.widgets.trend_chart import TrendChart
from tests.ui.conftest import read_entries

if TYPE_CHECKING:
    from medarbeider_tui.ui.app import MedarbeiderApp

AnyPilot = Pilot[Any]

#: How long a step may take on a busy machine before a walk gives up.
PATIENCE = 10.0


async def until(
    pilot: AnyPilot, condition: Callable[[], bool], what: str = "", patience: float = PATIENCE
) -> None:
    """Wait until ``condition()`` holds, then until the app has handled what is queued.

    ``Pilot.press`` returns when the process looks idle, which on a loaded machine can be
    before the key was handled; waiting for the visible outcome keeps walks deterministic.
    The loop sleeps rather than calling ``pilot.pause``, which forces a layout refresh.
    """
    deadline = time.monotonic() + patience
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        await asyncio.sleep(0.01)
    await pilot.pause()


async def stays(pilot: AnyPilot, condition: Callable[[], bool], seconds: float, what: str) -> None:
    """Check that ``condition()`` holds all through the next ``seconds`` (something that must
    *not* happen, such as a timer moving the screen on: only a span of time shows that)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert condition(), what
        await asyncio.sleep(0.01)
    await pilot.pause()
    assert condition(), what


async def saved_entry(
    pilot: AnyPilot, locations: Locations, condition: Callable[[dict[str, Any]], bool], what: str
) -> dict[str, Any]:
    """Wait until the save worker has written an entry that passes ``condition``; return it.

    Reads the diary folder as the next start would; files are replaced atomically, so a read
    sees a whole entry or the one before.
    """
    found: list[dict[str, Any]] = []

    def on_disk() -> bool:
        found[:] = [entry for entry in read_entries(locations) if condition(entry)]
        return bool(found)

    await until(pilot, on_disk, what)
    return found[0]


def send_keys(pilot: AnyPilot, *keys: str) -> None:
    """Put key presses in the app's queue at once, as a person typing faster than the screen
    reacts would (``Pilot.press`` waits for the app to go idle between keys). Only letters,
    digits and named keys such as ``ctrl+n``."""
    for key in keys:
        pilot.app.post_message(events.Key(key, key if len(key) == 1 else None))


def exercise(pilot: AnyPilot) -> ExerciseScreen:
    screen = pilot.app.screen
    assert isinstance(screen, ExerciseScreen), type(screen).__name__
    return screen


def shown_text(root: Widget) -> str:
    """Every text a screen (or widget) shows, as one string to search in.

    Statics, option prompts and the drawn widgets (chart, bars, grid) are rendered to plain
    text; scrolled-away parts count as shown.
    """
    console = Console(width=root.size.width or 80, file=io.StringIO(), color_system=None)
    parts = []
    for node in root.walk_children(with_self=True):
        if isinstance(node, OptionList):
            parts += [str(node.get_option_at_index(i).prompt) for i in range(node.option_count)]
        elif isinstance(node, Static) and not isinstance(node.content, str | Content | Text):
            with console.capture() as capture:  # a Rich renderable (a table): as printed
                console.print(node.content)
            parts.append(capture.get())
        elif isinstance(node, Static):
            parts.append(str(node.render()))
        elif isinstance(node, QuadrantChart | ProfileBars | SortGrid | TrailChart | TrendChart):
            with console.capture() as capture:
                console.print(node.render())
            parts.append(capture.get())
    return "\n".join(parts)


def painted_text(pilot: AnyPilot) -> str:
    """What the terminal shows right now, as painted (from the app's own screenshot)."""
    svg = pilot.app.export_screenshot()
    return "\n".join(
        html.unescape(text).replace("\xa0", " ") for text in re.findall(r">([^<>]+)</text>", svg)
    )


def footer(pilot: AnyPilot) -> dict[str, str]:
    """The footer's keys and their descriptions, as the person sees them."""
    return {
        key: active.binding.description
        for key, active in pilot.app.screen.active_bindings.items()
        if active.binding.show
    }


def on_screen(pilot: AnyPilot, kind: type[Screen[Any]]) -> Callable[[], bool]:
    return lambda: isinstance(pilot.app.screen, kind)


def at_unit(screen: ExerciseScreen, index: int) -> Callable[[], bool]:
    return lambda: screen.index == index


def answer_is(screen: ExerciseScreen, key: str, value: Any) -> Callable[[], bool]:
    return lambda: screen.session.answers.get(key) == value


def listed(screen: ExerciseScreen, key: str, entry: str) -> Callable[[], bool]:
    return lambda: entry in screen.session.answers.get(key, [])


async def open_exercise(pilot: AnyPilot, exercise_id: str) -> ExerciseScreen:
    """On the home screen: arrow down to the exercise and press Enter."""
    options = pilot.app.screen.query_one("#exercises", OptionList)
    rows = [options.get_option_at_index(i).id or "" for i in range(options.option_count)]
    [target] = [i for i, row in enumerate(rows) if row.endswith(f"/{exercise_id}")]
    assert options.highlighted is not None
    await pilot.press(*["down"] * (target - options.highlighted))
    await until(pilot, lambda: options.highlighted == target, f"{exercise_id} highlighted")
    await pilot.press("enter")
    await until(pilot, on_screen(pilot, ExerciseScreen), "the exercise screen")
    screen = exercise(pilot)
    assert screen.session.exercise.id == exercise_id
    return screen


async def next_step(pilot: AnyPilot, key: str = "ctrl+n") -> None:
    """Move on with Ctrl+N (or Enter on a card) to the next step of the exercise."""
    screen = exercise(pilot)
    before = screen.index
    await pilot.press(key)
    await until(pilot, at_unit(screen, before + 1), f"{key} after {screen.unit.key}")


async def read_cards(pilot: AnyPilot, count: int) -> None:
    """Enter past ``count`` info (or result) cards."""
    for _ in range(count):
        kind = exercise(pilot).unit.step.kind
        assert kind in ("info", "result"), kind
        await next_step(pilot, "enter")


async def rate(pilot: AnyPilot, digits: str) -> None:
    """Answer scale statements with one digit each, letting the screen move on by itself."""
    for digit in digits:
        screen = exercise(pilot)
        before, key = screen.index, screen.unit.key
        assert screen.unit.item is not None, key
        await pilot.press(digit)
        await until(pilot, at_unit(screen, before + 1), f"moving on from {key}")
        assert screen.session.answers.get(key) == int(digit), key


async def write(pilot: AnyPilot, text: str) -> None:
    """Fill the text step's area (as a paste would) and wait until the answer is taken."""
    screen = exercise(pilot)
    area = screen.query_one("#step TextArea", TextArea)
    assert pilot.app.focused is area
    area.text = text
    key = screen.unit.key
    await until(pilot, answer_is(screen, key, text.strip()), key)


async def add_to_list(pilot: AnyPilot, *entries: str) -> None:
    """Type each entry into the list step's field and press Enter."""
    screen = exercise(pilot)
    field = screen.query_one("#new-entry", Input)
    key = screen.unit.key
    for entry in entries:
        field.value = entry
        await pilot.press("enter")
        await until(pilot, listed(screen, key, entry), entry)
        assert field.value == ""


async def fill_plan(pilot: AnyPilot, slot: str, **fields: str) -> None:
    """Set the plan slot's inputs (``what``, ``how``, ``review``)."""
    screen = exercise(pilot)
    for name, value in fields.items():
        screen.query_one(f"#{name}-{slot}", Input).value = value
    key = screen.unit.key
    await until(
        pilot,
        lambda: screen.session.answers.get(key, {}).get(slot, {}).get("what") == fields["what"],
        f"{key}/{slot}",
    )


async def to_review(pilot: AnyPilot, key: str = "ctrl+r") -> ReviewScreen:
    await pilot.press(key)
    await until(pilot, on_screen(pilot, ReviewScreen), "the review")
    screen = pilot.app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


async def finish(pilot: AnyPilot) -> ResultScreen:
    """On the review screen: F, then wait for the completing save and the result."""
    await pilot.press("f")
    await until(pilot, on_screen(pilot, ResultScreen), "the result")
    screen = pilot.app.screen
    assert isinstance(screen, ResultScreen)
    return screen


async def leave(pilot: AnyPilot) -> None:
    """Esc on an exercise, and «j» to the «Lukke øvelsen?» question."""
    exercise(pilot)
    await pilot.press("escape")
    await until(pilot, on_screen(pilot, ConfirmScreen), "the leave question")
    await pilot.press("j")
    await until(pilot, lambda: not isinstance(pilot.app.screen, ConfirmScreen | ExerciseScreen))


def painted_lines(pilot: AnyPilot) -> list[str]:
    """What the terminal shows right now, row by row as painted (columns kept)."""
    return [strip.text for strip in pilot.app.screen._compositor.render_strips()]


def app_on_new_pack(
    folder: Path,
    loc: Locations,
    step_id: str,
    answers: dict[str, object],
    *,
    saved: bool = False,
    reload_pack: bool = False,
) -> MedarbeiderApp:
    """The app at ``step_id`` of the pack `medarbeider packs new` wrote into ``folder`` (the
    built-in packs left out), ``answers`` given; ``saved``: the draft is on disk already."""
    from medarbeider_tui.content.loader import discover
    from medarbeider_tui.diary import DiaryStore
    from medarbeider_tui.service import ExerciseSession, ReflectionService
    from medarbeider_tui.settings import Settings
    from medarbeider_tui.ui.app import MedarbeiderApp

    catalog = discover(loc.data_dir / "no-builtin-packs", loc.user_packs_dir, [folder])
    store = DiaryStore.open(loc)
    pack = catalog.pack("min-pakke")
    assert pack is not None, catalog.problems
    exercise_ = pack.exercise("first")
    session = ExerciseSession.start(pack, exercise_, store, "nb")
    for key, value in answers.items():
        session.set_answer(key, value, save=False)
    session.move_to(exercise_.step(step_id), save=False)
    if saved:
        session.save_pending()
    service = ReflectionService(loc, catalog=catalog, store=store)
    settings = Settings(privacy_seen=True)
    return MedarbeiderApp(service, settings, "nb", session, reload_pack=reload_pack)
