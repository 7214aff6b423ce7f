"""Lines from a terminal, awaited so that a signal is acted on only between answers.

`TerminalLines` reads the terminal's file descriptor itself and waits in ``select`` beside the
signal wake-up pipe (``signals``): a line that has arrived is always handed over whole (and so
answered and saved) before a SIGTERM or SIGHUP that came with it ends the walk. It reads bytes
and decodes each line on its own (undecodable bytes become «�», never an error), so what one
line held can never spill into the next.
"""

from __future__ import annotations

import os
import select
from typing import TextIO

from medarbeider_tui.plain import signals


class TerminalLines:
    """A terminal's input, line by line; shared by the menu and every walk it starts."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.fd = stream.fileno()
        self.encoding = getattr(stream, "encoding", None) or "utf-8"
        self.pending = b""

    @classmethod
    def around(cls, stream: TextIO | TerminalLines) -> TextIO | TerminalLines:
        """``stream`` itself, unless it is a terminal (then one reader for it)."""
        if isinstance(stream, TerminalLines):
            return stream
        try:
            if stream.isatty():
                return cls(stream)
        except (AttributeError, OSError, ValueError):
            pass
        return stream

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.fd

    def readline(self) -> str:
        """The next line with its line end; at the end of input what is left ('' if nothing).

        Raises:
            signals.Stopped: a signal came while waiting.
        """
        while b"\n" not in self.pending:
            chunk = self._read()
            if not chunk:
                line, self.pending = self.pending, b""
                return line.decode(self.encoding, "replace")
            self.pending += chunk
        line, _, self.pending = self.pending.partition(b"\n")
        return (line + b"\n").decode(self.encoding, "replace")

    def _read(self) -> bytes:
        """Bytes typed; what has arrived is always read before a signal is acted on."""
        while True:
            wait = 0 if signals.noted() else None
            ready, _, _ = select.select([self.fd, *signals.wakeup_fds()], [], [], wait)
            if self.fd in ready:
                try:
                    return os.read(self.fd, 65536)
                except OSError:  # the terminal is gone (EIO after a hang-up)
                    return b""
            signals.check()
            signals.drain_wakeup()
