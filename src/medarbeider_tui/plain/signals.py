"""SIGTERM and SIGHUP (the terminal closed) end a walk the way Ctrl+C does: the draft is kept.

A raw signal handler never saves (`DiaryStore.save` explains why). Here it only notes the
signal; the walk ends with `Stopped` (a `SystemExit`) at a safe point and saves while unwinding:

- at a terminal, input is awaited in ``select`` together with the signal's wake-up pipe
  (`TerminalLines`), so a line that has arrived is always answered and saved before the signal
  is acted on, and a save is never cut short;
- on any other input (a pipe), the handler raises `Stopped` while a read blocks, so the wait
  ends at once; the line being read (if any) is lost, nothing already given.

While the last save is written, the signals are held and arrive once it is done.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from types import FrameType

from medarbeider_tui.i18n import Translatable

#: The signals that end a walk; SIGINT is Python's KeyboardInterrupt already.
ENDING = (signal.SIGTERM, signal.SIGHUP)
HELD = {signal.SIGINT, *ENDING}


class Stopped(SystemExit):
    """A signal asked the program to end; the exit code is 128 + the signal's number."""

    def __init__(self, signum: int) -> None:
        super().__init__(128 + signum)
        self.signum = signum
        self.kept: Translatable | None = None
        """What of a half-finished answer the draft holds (set on the way out, as `Quit`)."""


class _State:
    signum: int | None = None
    """The signal noted and not yet acted on."""
    raising = False
    """Whether the handler raises at once (a blocking read to end) or only notes."""
    wakeup: int | None = None
    """The read end of the pipe the signal's wake-up byte is written to."""


_state = _State()


def _note(signum: int, frame: FrameType | None) -> None:
    if _state.raising:
        raise Stopped(signum)
    _state.signum = signum


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def noted() -> bool:
    """Whether a signal has come that is not acted on yet."""
    return _state.signum is not None


def check() -> None:
    """Act on a signal noted since: raise `Stopped` (once)."""
    signum, _state.signum = _state.signum, None
    if signum is not None:
        raise Stopped(signum)


def wakeup_fds() -> list[int]:
    """The file descriptors a wait must watch besides its input (none outside a walk)."""
    return [] if _state.wakeup is None else [_state.wakeup]


def drain_wakeup() -> None:
    if _state.wakeup is not None:
        with contextlib.suppress(OSError):
            while os.read(_state.wakeup, 512):
                pass


@contextlib.contextmanager
def signals_end_the_walk() -> Iterator[None]:
    """While inside, SIGTERM and SIGHUP end the walk at a safe point (main thread only)."""
    if not _main_thread():
        yield
        return
    read_end, write_end = os.pipe()
    os.set_blocking(read_end, False)
    os.set_blocking(write_end, False)
    before_fd = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    previous = {signum: signal.signal(signum, _note) for signum in ENDING}
    _state.signum, _state.wakeup = None, read_end
    try:
        yield
    finally:
        pending = _state.signum
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(before_fd)
        _state.signum, _state.wakeup, _state.raising = None, None, False
        os.close(read_end)
        os.close(write_end)
    if pending is not None:  # noted after the last read (say, while completing): act now
        raise Stopped(pending)


@contextlib.contextmanager
def raising() -> Iterator[None]:
    """Around a read that blocks in C: a signal raises `Stopped` at once, ending the wait."""
    check()
    _state.raising = True
    try:
        yield
    finally:
        _state.raising = False


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold Ctrl+C, SIGTERM and SIGHUP while the last save is written; they arrive after."""
    if not _main_thread():
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)
