"""Keys in order: each key is handled completely before the next one is, as in any terminal program.

Textual gives a key to the focused widget and takes the next key at once; what the first key
causes (a message on its way up to the screen, a binding the app runs, a screen moving on to
the next statement) happens a little later. Keys typed quickly (a person copying answers from
paper, ten digits a second) then reach a widget that is about to be replaced, and answers land
on the wrong statement. `KeyFeeder` takes every key and paste from the app in the order they
came and passes the next one on only when the one before is done: the app, the focused widget
and its parents have nothing left to handle, and the screen has nothing under way
(`input_busy`). A screen may also look at a key first (`before_key`), e.g. to finish moving on.
A key passed on is watched until it is done: stopped by a widget, or back up at the app (on
its way up it is in no message queue while a widget handles it).

Waiting never freezes the app: after `PATIENCE` seconds the next key goes on regardless.
"""

from __future__ import annotations

import asyncio
import sys
import time
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from textual import events

if TYPE_CHECKING:
    from textual.app import App

#: The longest a key waits for the one before it to be done (a stuck screen must not freeze).
#: Generous: a key that goes on early may act before the one typed before it, so it is only
#: for a screen that is stuck, never for a machine that is merely slow for a moment (on the
#: CI machine a digit once acted before a Ctrl+B typed ahead of it; a wait past 2 s is the
#: likeliest way, as no other path lets a key overtake).
PATIENCE = 5.0

#: How long a key passed on may be out of sight (in no queue, not stopped, not back at the
#: app) before it is taken as gone: a key whose widget was removed under it never comes back.
LOST_AFTER = 1.0

#: What the feeder passes on in order: what a person types or pastes.
InOrder = events.Key | events.Paste


@runtime_checkable
class KeyAware(Protocol):
    """A screen that wants to see each key before its widgets do."""

    def before_key(self, event: events.Key) -> bool:
        """Called when ``event`` is next; True if the screen has dealt with it (it goes no
        further). The screen may start work here and say so with ``input_busy``."""
        ...


class KeyFeeder:
    """Holds keys and pastes and passes them on to the app one at a time, each when the last
    is done. The app calls `take` for every key it receives and `is_released` to recognise
    the ones handed back to it."""

    def __init__(self, app: App[Any]) -> None:
        self._app = app
        self._queue: asyncio.Queue[InOrder] = asyncio.Queue()
        self._released: set[int] = set()
        self._task: asyncio.Task[None] | None = None
        self._in_hand = False  # an event taken from the queue and not passed on yet
        self._flying: InOrder | None = None  # passed on, and not yet handled to its end
        self._flying_since = 0.0
        self.handling = 0
        """How many of the app's own events are being handled now (the app counts them)."""

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="key-feeder")

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def waiting(self) -> int:
        """Keys typed that have not been passed on yet."""
        return self._queue.qsize()

    def take(self, event: InOrder) -> None:
        """A key or paste from the terminal: it goes on when the ones before it are done."""
        self._queue.put_nowait(event)

    def is_released(self, event: InOrder) -> bool:
        """True (once) for an event the feeder has handed back to the app to handle now."""
        if id(event) in self._released:
            self._released.discard(id(event))
            return True
        return False

    async def _run(self) -> None:
        while True:
            event = await self._queue.get()
            self._in_hand = True
            try:
                await self.settle()
                screen = self._app.screen
                if (
                    isinstance(event, events.Key)
                    and isinstance(screen, KeyAware)
                    and screen.before_key(event)
                ):
                    continue
                await self.settle()
                self._released.add(id(event))
                self._flying, self._flying_since = event, time.monotonic()
                self._app.post_message(event)
            except Exception as error:  # a fault here must reach the app's error handling
                self._app._handle_exception(error)
            finally:
                self._in_hand = False

    def at_app(self, event: InOrder, came_back: bool) -> None:
        """The app has handled ``event``: on its way back up from the focused widget
        (``came_back``), or itself (a binding of its own, never sent down): it is done."""
        if event is self._flying and (came_back or not event.is_forwarded):
            self._flying = None

    def _in_flight(self) -> bool:
        """The key passed on last is still on its way: sent down to the focused widget and
        neither stopped there nor back up at the app. While a widget handles it, it is in no
        message queue, and a key passed on in that moment reached the widget being left."""
        event = self._flying
        if event is None:
            return False
        if event._stop_propagation or time.monotonic() - self._flying_since > LOST_AFTER:
            self._flying = None
            return False
        return True

    async def settle(self, patience: float = PATIENCE) -> None:
        """Wait until whatever the keys so far set going is done (at most ``patience`` s)."""
        deadline = time.monotonic() + patience
        spins = 0
        while not self.quiet():
            if time.monotonic() > deadline:
                return
            spins += 1
            await asyncio.sleep(0 if spins < 100 else 0.002)

    @property
    def idle(self) -> bool:
        """Every key taken so far has been handled, and nothing it set going is under way."""
        return not self._queue.qsize() and not self._in_hand and self.quiet()

    async def drain(self, patience: float = PATIENCE) -> None:
        """Wait (at most ``patience`` s) until every key typed so far has been handled: those
        still unread in the terminal's input queue first reach the app, then each is done."""
        deadline = time.monotonic() + patience
        while unread_input() and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
        await asyncio.sleep(0.02)  # the driver's reader hands on what it read last
        while not self.idle:
            if time.monotonic() > deadline:
                return
            await asyncio.sleep(0.002)

    def quiet(self) -> bool:
        """Nothing left to handle: not by the app, not by the focused widget and its parents,
        and nothing under way on the screen."""
        app = self._app
        if self.handling or app.message_queue_size or self._in_flight():
            return False
        try:
            screen = app.screen
        except Exception:  # no screen yet, or the app is closing
            return True
        if getattr(screen, "input_busy", 0):
            return False
        node = app.focused or screen
        return not any(n.message_queue_size for n in node.ancestors_with_self)


def unread_input() -> int:
    """How many bytes typed on standard input the app has not read yet (0 if it cannot tell:
    no terminal or pipe, as in headless tests)."""
    try:
        import fcntl  # not on Windows
        import termios

        count = bytearray(4)
        fcntl.ioctl(sys.__stdin__.fileno(), termios.FIONREAD, count)  # type: ignore[union-attr]
    except (ImportError, OSError, ValueError, AttributeError):
        return 0
    return int.from_bytes(count, sys.byteorder)
