"""`medarbeider serve` as a person starts it: a real process, a real port on loopback.

`ServedApp` starts the command in a process group of its own (as a terminal would, so that a
Ctrl+C can be sent to the whole group), reads the address it prints, and offers plain HTTP and
WebSocket helpers that send exactly the headers a test names, with nothing added.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import pytest

from medarbeider_tui.paths import Locations

#: Escape sequences in what the app writes: CSI (colours, moves), OSC (titles, pointer), others.
ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
PATIENCE = 20.0


def screen_text(chunks: list[bytes]) -> str:
    """What the app drew, escape sequences removed: enough to find a line of text in."""
    return ANSI.sub("", b"".join(chunks).decode("utf-8", "replace"))


def child_pids(pid: int) -> set[int]:
    """Processes whose parent is ``pid`` (the app processes a server started)."""
    found = set()
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if re.search(rf"^PPid:\s+{pid}$", text, re.MULTILINE):
            found.add(int(status.parent.name))
    return found


def alive(pid: int) -> bool:
    """Running (not gone, not a zombie waiting for its parent)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def wait_until(condition: Any, what: str, patience: float = PATIENCE) -> None:
    deadline = time.monotonic() + patience
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes


@dataclass
class ServedApp:
    """One running `medarbeider serve`."""

    process: subprocess.Popen[str]
    url: str
    locations: Locations
    output: list[str] = field(default_factory=list)
    app_pid: int | None = None

    @property
    def origin(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def authority(self) -> str:
        return urlsplit(self.url).netloc

    @property
    def port(self) -> int:
        port = urlsplit(self.url).port
        assert port is not None
        return port

    @property
    def token(self) -> str:
        return self.url.split("token=", 1)[1]

    @property
    def cookie(self) -> str:
        return f"medarbeider-{self.port}={self.token}"

    def get(self, path: str, headers: dict[str, str] | None = None, method: str = "GET") -> Reply:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            for name, value in {"Host": self.authority, **(headers or {})}.items():
                connection.putheader(name, value)
            connection.endheaders()
            response = connection.getresponse()
            return Reply(response.status, response.headers, response.read())
        finally:
            connection.close()

    def upgrade(self, path: str = "/ws", headers: dict[str, str] | None = None) -> int:
        """The status a WebSocket handshake gets (101: accepted); the socket is closed at once."""
        lines = [
            f"GET {path} HTTP/1.1",
            *(
                f"{name}: {value}"
                for name, value in {
                    "Host": self.authority,
                    "Connection": "Upgrade",
                    "Upgrade": "websocket",
                    "Sec-WebSocket-Version": "13",
                    "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
                    **(headers or {}),
                }.items()
            ),
        ]
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as sock:
            sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
            status_line = sock.makefile("rb").readline().decode()
        return int(status_line.split()[1])

    def app_pids(self) -> set[int]:
        return child_pids(self.process.pid)

    def entries(self) -> list[dict[str, Any]]:
        folder = self.locations.entries_dir
        if not folder.exists():
            return []
        return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]

    def stop(self, signum: int = signal.SIGTERM, group: bool = False) -> int:
        """Send ``signum`` (to the whole process group, as a terminal's Ctrl+C does) and wait."""
        if group:
            os.killpg(self.process.pid, signum)
        else:
            self.process.send_signal(signum)
        try:
            out, _ = self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise
        self.output.append(out)
        return self.process.returncode


def start_server(locations: Locations, *args: str) -> ServedApp:
    """`medarbeider serve --port 0 ARGS`, in the folders of ``locations``; ready when it has
    printed its address."""
    env = {
        **os.environ,
        "MEDARBEIDER_DATA_DIR": str(locations.data_dir),
        "MEDARBEIDER_CONFIG_DIR": str(locations.config_dir),
        "LANG": "C.UTF-8",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("MEDARBEIDER_LANG", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "medarbeider_tui", "serve", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
        start_new_session=True,
    )
    assert process.stdout is not None
    lines: list[str] = []
    url = ""
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        if line.strip().startswith("http://"):
            url = line.strip()
        if url and line.startswith("Ctrl+C"):  # the last line it prints when ready
            return ServedApp(process, url, locations, lines)
    process.kill()
    raise AssertionError("serve printed no address:\n" + "".join(lines))


@pytest.fixture
def served(isolated_environment: Locations) -> Iterator[ServedApp]:
    """A server for one test; afterwards it must stop on SIGTERM with no app process left."""
    server = start_server(isolated_environment)
    yield server
    if server.process.poll() is None:
        pids = server.app_pids()
        assert server.stop() == 0, "".join(server.output)
        assert not [pid for pid in pids if alive(pid)]


class AppSocket:
    """The page's side of the app's WebSocket, spoken by hand: keys in, screen text out."""

    def __init__(self, websocket: aiohttp.ClientWebSocketResponse) -> None:
        self.websocket = websocket
        self.chunks: list[bytes] = []
        self.closed = asyncio.Event()
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for message in self.websocket:
            if message.type == aiohttp.WSMsgType.BINARY:
                self.chunks.append(message.data)
        self.closed.set()

    async def until(self, text: str, since: int = 0, patience: float = PATIENCE) -> int:
        """Wait until ``text`` is drawn (after chunk ``since``); the chunk count to go on from."""
        deadline = time.monotonic() + patience
        while text not in screen_text(self.chunks[since:]):
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never drawn:\n{screen_text(self.chunks)[-3000:]}")
            await asyncio.sleep(0.05)
        return len(self.chunks)

    async def keys(self, data: str) -> None:
        await self.websocket.send_json(["stdin", data])

    async def answer(self, digit: str, taken: str, since: int) -> int:
        """Type ``digit`` on a statement until the app shows ``taken``.

        A key that arrives in the moment before the new statement's options have the focus is
        dropped by the app (and leaves nothing behind), so it is typed again.
        """
        for _ in range(5):
            await self.keys(digit)
            try:
                return await self.until(taken, since, patience=1.5)
            except AssertionError:
                continue
        return await self.until(taken, since)


async def open_app(
    session: aiohttp.ClientSession, served: ServedApp, size: tuple[int, int] = (100, 30)
) -> AppSocket:
    """Open the app's WebSocket as the page does (its Origin, the token) and wait for its start."""
    websocket = await session.ws_connect(
        f"ws://{served.authority}/ws?token={served.token}&width={size[0]}&height={size[1]}",
        headers={"Origin": served.origin},
    )
    return AppSocket(websocket)
