"""SIGTERM and SIGHUP (the terminal closed) end a walk the way Ctrl+C does: the draft is kept.

A raw signal handler never saves (`DiaryStore.save` explains why): it raises `Stopped`, a
`SystemExit`, and the walk saves while unwinding. While that last save is written the signals
are held, and arrive once it is done.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

#: The signals that end a walk; SIGINT is Python's KeyboardInterrupt already.
ENDING = (signal.SIGTERM, signal.SIGHUP)
HELD = {signal.SIGINT, *ENDING}


class Stopped(SystemExit):
    """A signal asked the program to end; the exit code is 128 + the signal's number."""

    def __init__(self, signum: int) -> None:
        super().__init__(128 + signum)
        self.signum = signum


def _stop(signum: int, frame: FrameType | None) -> None:
    raise Stopped(signum)


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextmanager
def signals_end_the_walk() -> Iterator[None]:
    """While inside, SIGTERM and SIGHUP raise `Stopped` (only the main thread can listen)."""
    if not _main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, _stop) for signum in ENDING}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextmanager
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
