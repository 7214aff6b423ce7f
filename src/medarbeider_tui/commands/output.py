"""The command line's own streams: a failed write becomes one clear message, never a traceback.

``medarbeider diary list > /dev/full``, a pipe whose reader has gone, or a closed standard
output (``>&-``) make a write fail. Python would show that as a traceback, or at exit as
"Exception ignored … OSError" with exit code 120. Every command writes through `GuardedOutput`,
which turns such a failure into `OutputFailed` (a `LocalizedError` that names the stream);
`commands.dispatch` shows it once, and `abandon` makes sure nothing more is tried on that
stream, not even Python's own flush at exit.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
from typing import TextIO

from medarbeider_tui.i18n import LocalizedError, Translatable

_REASONS = {
    errno.ENOSPC: "no_space",
    getattr(errno, "EDQUOT", errno.ENOSPC): "no_space",
    errno.EPIPE: "pipe_closed",
    errno.EBADF: "closed",
}


class OutputFailed(LocalizedError):
    """Standard output or standard error could not be written.

    ``reason`` is ``no_space``, ``closed`` (the stream is not open), ``pipe_closed`` (the
    program reading it stopped, as ``head`` does: nothing to tell anyone) or ``failed``.
    """

    def __init__(self, output: GuardedOutput, exc: OSError | None) -> None:
        code = errno.EBADF if exc is None else exc.errno
        self.reason = "failed" if code is None else _REASONS.get(code, "failed")
        name = type(exc).__name__ if code is None else errno.errorcode.get(code, str(code))
        key = "closed" if self.reason == "pipe_closed" else self.reason
        stream = Translatable(f"cli.stream.{output.name}")
        super().__init__(f"cli.output.{key}", stream=stream, code=name)
        self.output = output

    @property
    def worth_telling(self) -> bool:
        """A reader that went away on purpose (``| head``) is no news to anyone."""
        return self.reason != "pipe_closed"


class GuardedOutput(io.TextIOBase):
    """``stream`` (``sys.stdout`` or ``sys.stderr``, or None when it is closed), whose write
    and flush failures raise `OutputFailed`. Everything else is the stream's own."""

    def __init__(self, stream: TextIO | None, name: str) -> None:
        super().__init__()
        self.stream = stream
        self.name = name
        self.abandoned = False

    def write(self, text: str) -> int:
        if self.abandoned:
            return len(text)
        if self.stream is None:
            raise OutputFailed(self, None)
        try:
            return self.stream.write(text)
        except OSError as exc:
            raise OutputFailed(self, exc) from exc

    def flush(self) -> None:
        if self.abandoned or self.stream is None:
            return
        try:
            self.stream.flush()
        except OSError as exc:
            raise OutputFailed(self, exc) from exc

    def close(self) -> None:
        """Never closes the process's stream (a garbage-collected wrapper must not)."""

    def readable(self) -> bool:
        return False

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        try:
            return self.stream is not None and self.stream.isatty()
        except (OSError, ValueError):
            return False

    def fileno(self) -> int:
        if self.stream is None:
            raise io.UnsupportedOperation("the stream is closed")
        return self.stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.stream, "encoding", None) or "utf-8"

    def abandon(self) -> None:
        """Write nothing more, and let nothing be flushed to the stream at exit either."""
        self.abandoned = True
        abandon(self.stream)


def abandon(stream: TextIO | None) -> None:
    """Point ``stream``'s file descriptor at the null device, so what is still in its buffer
    is dropped quietly when Python flushes it at exit (the recipe of Python's own docs for
    SIGPIPE). A stream without a descriptor (a test's capture) is left alone."""
    if stream is None:
        return
    try:
        fd = stream.fileno()
    except (OSError, ValueError):  # io.UnsupportedOperation is both
        return
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, fd)
        finally:
            os.close(null)
