"""One exclusive lock for the entries folder, shared by threads and processes.

Saves compare revisions and then write; the lock makes that check-then-write one step, so two
terminals with the same draft open cannot both decide they may overwrite it. On systems without
``fcntl`` (Windows) only threads of one process are excluded; the revision check still catches
most conflicts there.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from types import TracebackType

from medarbeider_tui.fsio import PRIVATE_FILE_MODE

if sys.platform != "win32":
    import fcntl

_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


class FolderLock:
    """Re-entrant within a thread, so a locked operation may call another locked helper."""

    def __init__(self, lock_file: Path) -> None:
        self._lock_file = lock_file
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    def check(self) -> None:
        """Create (or open) the lock file without locking: fails as saves would, and at once,
        on a read-only or unwritable folder, but never waits for another process's save.

        Raises:
            OSError: the lock file cannot be created or opened for writing.
        """
        os.close(os.open(self._lock_file, _FLAGS, PRIVATE_FILE_MODE))

    def __enter__(self) -> None:
        self._thread_lock.acquire()
        try:
            if self._depth == 0:
                self._fd = _acquire(self._lock_file)
            self._depth += 1
        except BaseException:
            self._thread_lock.release()
            raise

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None
        self._thread_lock.release()


def _acquire(lock_file: Path) -> int:
    fd = os.open(lock_file, _FLAGS, PRIVATE_FILE_MODE)
    if sys.platform != "win32":
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException:
            os.close(fd)
            raise
    return fd
