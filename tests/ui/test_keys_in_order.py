"""The type-ahead feeder (`ui/typeahead.py`) passes a key on only when the one before it has
been handled to the end, however long a widget takes over it on its way up to the screen."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual import events
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widget import Widget

from tests.ui.integrity import all_done, app_on, locations_in, type_key


class Slow(Widget, can_focus=True):
    """Takes its time over a key and lets it go on up (as a widget awaiting its own work)."""

    def __init__(self, name: str, seen: list[str]) -> None:
        super().__init__(id=name)
        self.seen = seen

    async def on_key(self, event: events.Key) -> None:
        self.seen.append(f"{self.id}:{event.key}")
        await asyncio.sleep(0.05)


class TwoFields(Screen[None]):
    """``x`` reaching the screen moves the focus on, as Enter moves an exercise on."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def compose(self) -> ComposeResult:
        yield Slow("first", self.seen)
        yield Slow("second", self.seen)

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#first"))

    def on_key(self, event: events.Key) -> None:
        if event.key == "x":
            self.set_focus(self.query_one("#second"))


async def test_a_key_typed_ahead_waits_for_the_one_before_to_reach_the_screen(
    tmp_path: Path,
) -> None:
    """On the way up a key is in no message queue while a widget handles it; the next key went
    on in that moment and reached the field being left (the first letter of a text typed right
    after Enter was lost)."""
    app = app_on(locations_in(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = TwoFields()
        await app.push_screen(screen)
        await pilot.pause()
        type_key(app, "x")
        type_key(app, "y")
        await all_done(pilot)
        assert screen.seen == ["first:x", "second:y"]
