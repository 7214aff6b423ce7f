"""``medarbeider`` in a real pseudo-terminal, as a person's terminal runs it.

`Terminal` starts the program on a new pty (``pty.fork``: the program is the session leader,
so closing the terminal sends it SIGHUP, as a closed window does), reads everything it writes,
and types keys as bytes. `Terminal.shows` looks for a text on the screen: the output with its
escape sequences taken out.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import signal
import struct
import sys
import termios
import threading
import time
from pathlib import Path
from typing import Any

from medarbeider_tui.paths import Locations

#: An escape sequence of any kind (CSI, OSC, DCS/APC/PM, or a two-byte one).
_ESCAPE = re.compile(
    rb"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|.)"
)

#: Linux's ioctl for the number of a pseudo-terminal (not in Python's termios).
TIOCGPTN = getattr(termios, "TIOCGPTN", 0x80045430)

KEYS = {"enter": b"\r", "escape": b"\x1b", "ctrl+n": b"\x0e", "ctrl+e": b"\x05", "ctrl+q": b"\x11"}


def private_settings(locations: Locations) -> None:
    """Settings that skip the first-run privacy note (seen already)."""
    locations.config_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    settings = locations.config_dir / "settings.json"
    settings.write_text(json.dumps({"privacy_seen": True}), encoding="utf-8")
    settings.chmod(0o600)


class Terminal:
    """One run of ``medarbeider ARGS`` on an 80×24 pseudo-terminal."""

    def __init__(self, locations: Locations, *args: str, env: dict[str, str] | None = None):
        private_settings(locations)
        environment = {
            **os.environ,
            "MEDARBEIDER_DATA_DIR": str(locations.data_dir),
            "MEDARBEIDER_CONFIG_DIR": str(locations.config_dir),
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
            **(env or {}),
        }
        argv = [sys.executable, "-m", "medarbeider_tui", *args]
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: size the terminal, become medarbeider
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
            os.execve(argv[0], argv, environment)
        self.output = bytearray()
        self._closed = False
        self.status: int | None = None
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output.extend(chunk)

    def screen(self) -> str:
        return _ESCAPE.sub(b"", bytes(self.output)).decode("utf-8", "replace")

    def shows(self, text: str, patience: float = 20.0) -> None:
        """Wait until ``text`` is on the screen (wrapped over lines or not)."""
        deadline = time.monotonic() + patience
        wanted = " ".join(text.split())
        while wanted not in " ".join(self.screen().split()):
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never shown; last: {self.screen()[-600:]!r}")
            time.sleep(0.02)

    def type(self, *keys: str) -> None:
        for key in keys:
            os.write(self.fd, KEYS.get(key) or key.encode("utf-8"))

    def signal(self, signum: int) -> None:
        os.kill(self.pid, signum)

    def unread(self) -> int:
        """How many typed bytes wait in the terminal for the program to read them."""
        number = struct.unpack("I", fcntl.ioctl(self.fd, TIOCGPTN, b"\0" * 4))[0]
        slave = os.open(f"/dev/pts/{number}", os.O_RDONLY | os.O_NOCTTY | os.O_NONBLOCK)
        try:
            count = fcntl.ioctl(slave, termios.FIONREAD, b"\0" * 4)
        finally:
            os.close(slave)
        return int(struct.unpack("I", count)[0])

    def until_read(self, patience: float = 20.0) -> None:
        """Wait until the program has read every key typed so far (however busy the machine)."""
        deadline = time.monotonic() + patience
        while self.unread() and time.monotonic() < deadline:
            time.sleep(0.005)

    def close(self) -> None:
        """Close the terminal under the program (a window closed, an SSH link gone)."""
        if not self._closed:
            self._closed = True
            os.close(self.fd)

    def wait(self, patience: float = 20.0) -> int:
        """The program's exit code (-N for a signal that killed it)."""
        deadline = time.monotonic() + patience
        while True:
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                self.status = os.waitstatus_to_exitcode(status)
                return self.status
            if time.monotonic() > deadline:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
                raise AssertionError(f"still running after {patience} s: {self.screen()[-600:]!r}")
            time.sleep(0.02)

    def __enter__(self) -> Terminal:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        self.close()


def answers_of(locations: Locations) -> list[dict[str, Any]]:
    return [
        json.loads(path.read_text(encoding="utf-8"))["answers"]
        for path in sorted(locations.entries_dir.glob("*.json"))
    ]


def project_root() -> Path:
    return Path(__file__).resolve().parents[2]
