"""Key → paint latency on a scale statement and a text step, against bare Textual widgets.

Headless, in one process, the same harness for every subject: each key event goes straight
to the driver, and the time runs until the app writes its next frame (``App._display``).
Cursor blinking is switched off so that a blink never passes for the answer to a key.
Reported: p50 and p95 per subject and the p95 ratio against a bare Textual ``Input``
(target, issue 5: ≤ 1.5×). ``pilot.press`` is not used: it adds ~60 ms of its own waiting.

    .venv/bin/python benchmarks/key_latency.py [--keys 300]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def timed_presses(app: Any, prepare: Callable[[Any], Any], keys: list[str]) -> list[float]:
    from textual import events
    from textual.widgets import Input, TextArea

    painted = asyncio.Event()
    display = app._display

    def display_and_signal(screen: Any, renderable: Any) -> None:
        display(screen, renderable)
        if renderable is not None:
            painted.set()

    async with app.run_test(size=(80, 24)) as pilot:
        await prepare(pilot)
        await pilot.pause()
        for widget in app.screen.query("*"):
            if isinstance(widget, Input | TextArea):
                widget.cursor_blink = False
        await pilot.pause()
        app._display = display_and_signal
        times = []
        for key in keys:
            painted.clear()
            char = key if len(key) == 1 else None
            event = events.Key(key if key != " " else "space", char)
            event.set_sender(app)
            start = time.perf_counter()
            app._driver.send_message(event)
            try:
                await asyncio.wait_for(painted.wait(), timeout=1.0)
            except TimeoutError:
                raise SystemExit(f"no frame after key {key!r}") from None
            times.append(time.perf_counter() - start)
            await pilot.pause()  # let the frame settle before the next key
        return times


def bare_input() -> tuple[Any, Callable[[Any], Any]]:
    from textual.app import App
    from textual.widgets import Footer, Input

    class Bare(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield Input()
            yield Footer()

    async def prepare(pilot: Any) -> None:
        pilot.app.query_one(Input).focus()

    return Bare(), prepare


def bare_options() -> tuple[Any, Callable[[Any], Any]]:
    from textual.app import App
    from textual.widgets import Footer, OptionList

    class Bare(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield OptionList(*[f"{n} Label {n}" for n in range(1, 6)])
            yield Footer()

    async def prepare(pilot: Any) -> None:
        pilot.app.query_one(OptionList).focus()

    return Bare(), prepare


def ours(exercise_id: str, step_id: str) -> tuple[Any, Callable[[Any], Any]]:
    data = tempfile.mkdtemp()
    os.environ["MEDARBEIDER_DATA_DIR"] = data
    from medarbeider_tui.content.loader import discover
    from medarbeider_tui.diary import DiaryStore
    from medarbeider_tui.paths import builtin_content_dir, locations
    from medarbeider_tui.service import ExerciseSession, ReflectionService
    from medarbeider_tui.settings import Settings
    from medarbeider_tui.ui.app import MedarbeiderApp
    from medarbeider_tui.ui.screens.exercise import ExerciseScreen

    loc = locations()
    catalog = discover(builtin_content_dir(), loc.user_packs_dir)
    store = DiaryStore.open(loc)
    pack = catalog.packs[0]
    exercise = pack.exercise(exercise_id)
    session = ExerciseSession.start(pack, exercise, store, "nb")
    service = ReflectionService(loc, catalog=catalog, store=store)
    app = MedarbeiderApp(service, Settings(privacy_seen=True), "nb")
    start_at = next(i for i, unit in enumerate(session.units) if unit.step.id == step_id)

    async def prepare(pilot: Any) -> None:
        await pilot.app.push_screen(ExerciseScreen(session, start_at=start_at))

    return app, prepare


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=300)
    args = parser.parse_args(argv)
    arrows = ["down", "up"] * (args.keys // 2)
    letters = list("refleksjon ") * (args.keys // 11 + 1)
    subjects = [
        ("bare Input, typing", bare_input, letters[: args.keys]),
        ("bare OptionList, ↑ ↓", bare_options, arrows),
        ("scale statement, ↑ ↓", lambda: ours("hall-kvadranten", "selvbevissthet"), arrows),
        ("text step, typing", lambda: ours("tre-sporsmal", "hvem-er-du"), letters[: args.keys]),
    ]
    results: dict[str, list[float]] = {}
    for name, build, keys in subjects:
        app, prepare = build()
        results[name] = asyncio.run(timed_presses(app, prepare, keys))
    baseline = percentile(results["bare Input, typing"], 0.95)
    print(f"{'subject':<24} {'p50 ms':>7} {'p95 ms':>7} {'p95 / bare Input':>17}")
    ok = True
    for name, times in results.items():
        p95 = percentile(times, 0.95)
        ratio = p95 / baseline
        mine = not name.startswith("bare")
        ok = ok and (not mine or ratio <= 1.5)
        print(
            f"{name:<24} {statistics.median(times) * 1000:>7.1f} {p95 * 1000:>7.1f} "
            f"{ratio:>17.2f}{'  (target ≤ 1.5)' if mine else ''}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
