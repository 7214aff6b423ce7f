"""medarbeider under a real pseudo-terminal (pexpect), read block by block.

A block is everything the program wrote since the last line typed, up to the prompt it now waits
at (output that stops without a line end). Echo is off, so a block holds only what the program
said.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pexpect

#: How long output must pause, not at a line end, before it counts as a prompt.
QUIET = 0.15


@dataclass
class PtySession:
    """One ``medarbeider`` process on a pty; ``raw`` keeps every byte it wrote."""

    args: list[str]
    home: Path
    env: dict[str, str] = field(default_factory=dict)
    columns: int = 80

    def __post_init__(self) -> None:
        inherited = {k: v for k, v in os.environ.items() if not k.startswith("MEDARBEIDER_")}
        env = {
            **inherited,
            "MEDARBEIDER_DATA_DIR": str(self.home / "data"),
            "MEDARBEIDER_CONFIG_DIR": str(self.home / "config"),
            "LANG": "C.UTF-8",
            "TERM": "xterm-256color",
            **self.env,
        }
        self.child = pexpect.spawn(
            sys.executable,
            ["-m", "medarbeider_tui", *self.args],
            env=env,
            encoding="utf-8",
            codec_errors="replace",
            echo=False,
            dimensions=(24, self.columns),
            maxread=65536,
            timeout=30,
        )
        self.raw = ""
        self.ended = False
        self.transcript: list[str] = []

    def block(self, timeout: float = 30) -> str:
        """The output up to the next prompt (or to the end of the program)."""
        text = ""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no prompt within {timeout} s; so far: {text[-2000:]!r}")
            try:
                text += self._read(left)
            except pexpect.EOF:
                self.ended = True
                return self._keep(text)
            if text and not text.endswith("\n"):
                try:
                    text += self._read(QUIET)
                except pexpect.TIMEOUT:
                    return self._keep(text)
                except pexpect.EOF:
                    self.ended = True
                    return self._keep(text)

    def _read(self, timeout: float) -> str:
        try:
            chunk: str = self.child.read_nonblocking(65536, timeout=timeout)
        except pexpect.TIMEOUT:
            if timeout == QUIET:
                raise
            return ""
        self.raw += chunk
        return chunk

    def _keep(self, text: str) -> str:
        block = text.replace("\r\n", "\n")
        self.transcript.append(block)
        return block

    def type(self, line: str) -> None:
        self.transcript.append(f"⟨{line}⟩\n")
        self.child.sendline(line)

    def answer(self, line: str) -> str:
        """Type ``line`` and return the block that follows."""
        self.type(line)
        return self.block()

    def signal(self, signum: int) -> None:
        os.kill(self.child.pid, signum)

    def finish(self, timeout: float = 30) -> int:
        """Wait for the program to end; its exit status (128 + n for signal n)."""
        self.child.expect(pexpect.EOF, timeout=timeout)
        self.raw += self.child.before or ""
        self.child.close()
        if self.child.signalstatus is not None:
            return 128 + int(self.child.signalstatus)
        return int(self.child.exitstatus or 0)

    def close(self) -> None:
        if self.child.isalive():
            self.child.kill(signal.SIGKILL)
        self.child.close(force=True)


def prompt_line(block: str) -> str:
    """The last line of a block: the prompt."""
    return block.rstrip("\n").rsplit("\n", 1)[-1]
