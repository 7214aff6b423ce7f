"""The program opens no network socket: whole exercises run with socket creation blocked.

Each run is a fresh process started through a small bootstrap that, before anything of ours is
imported, replaces ``socket.socket``, ``socket.create_connection``, ``socket.getaddrinfo`` (and
friends) with functions that raise, and adds an audit hook that refuses every ``socket.*`` audit
event, which also catches code that reaches for the C module ``_socket`` directly. Every attempt
is also written to stderr, so a swallowed error still fails the test. A control run proves the
block works inside the same harness.

The app behind `medarbeider serve` runs the same way: its asyncio loop wakes itself through an
AF_UNIX socket pair inside the process, which is let through there and nothing else. The server
itself listens, on loopback only; tests/serve covers who may talk to it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from medarbeider_tui.paths import Locations
from tests.cli.test_cli import WORKED_EXAMPLE
from tests.conftest import ROOT, TEST_PACK
from tests.e2e.test_plain_walk import HALL_KEYS

MARK = "NETWORK-ATTEMPT"
BOOTSTRAP = f"""\
import socket, sys

def _refuse(what):
    sys.stderr.write("{MARK} " + what + "\\n")
    sys.stderr.flush()
    raise PermissionError("network access is blocked in this test: " + what)

def _blocked(name):
    def blocked(*args, **kwargs):
        _refuse(name)
    return blocked

class _BlockedSocket(socket.socket):  # a class still, so that ssl can subclass it
    def __init__(self, *args, **kwargs):
        _refuse("socket.socket")

socket.socket = _BlockedSocket
for _name in ("create_connection", "create_server", "getaddrinfo", "socketpair", "fromfd",
              "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo"):
    setattr(socket, _name, _blocked("socket." + _name))

def _allowed(event, args):  # a run may redefine it (see WAKEUP_PAIR)
    return False

def _audit(event, args):
    if event.startswith("socket.") and not _allowed(event, args):
        _refuse(event)

sys.addaudithook(_audit)
"""


#: asyncio wakes its own event loop through a pair of connected AF_UNIX sockets inside the
#: process (the full-screen app runs on asyncio); that pair, and nothing else, is let through.
WAKEUP_PAIR = """
import _socket
_RealSocket = _BlockedSocket.__mro__[1]

def _wakeup_pair(family=socket.AF_UNIX, type=socket.SOCK_STREAM, proto=0):
    if family != socket.AF_UNIX:
        _refuse("socket.socketpair")
    a, b = _socket.socketpair(family, type, proto)
    return (_RealSocket(family, type, proto, a.detach()),
            _RealSocket(family, type, proto, b.detach()))

socket.socketpair = _wakeup_pair

def _allowed(event, args):
    return event == "socket.__new__" and args[1] == socket.AF_UNIX
"""


def run_blocked(code: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter after the network block is in place."""
    return subprocess.run(
        [sys.executable, "-c", BOOTSTRAP + code],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def cli(*argv: str) -> str:
    return f"from medarbeider_tui.cli import main\nsys.exit(main({list(argv)!r}))\n"


def test_control_the_block_stops_every_way_to_a_socket() -> None:
    attempts = {
        "socket.socket()": "socket.socket",
        "socket.create_connection(('127.0.0.1', 9), timeout=1)": "socket.create_connection",
        "socket.getaddrinfo('localhost', 80)": "socket.getaddrinfo",
        "import _socket; _socket.socket()": "socket.__new__",
        "import urllib.request; urllib.request.urlopen('http://127.0.0.1:9', timeout=1)": "",
        "import http.client; http.client.HTTPConnection('127.0.0.1', 9).connect()": "",
        "import ssl; ssl.create_default_context().wrap_socket(socket.socket())": "socket.socket",
    }
    for statement, event in attempts.items():
        done = run_blocked(
            f"try:\n    {statement}\nexcept OSError as exc:\n"
            "    print('blocked:', exc)\nelse:\n    print('NOT BLOCKED')\n"
        )
        assert done.returncode == 0, done.stderr
        assert "blocked:" in done.stdout and "NOT BLOCKED" not in done.stdout, statement
        assert MARK + " " + event in done.stderr, statement


@pytest.mark.slow
def test_a_whole_exercise_in_plain_mode_opens_no_socket(isolated_environment: Locations) -> None:
    done = run_blocked(cli("run", "hall", "--plain", "--pack", str(TEST_PACK)), stdin=HALL_KEYS)
    assert MARK not in done.stderr, done.stderr
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr
    assert "Ferdig. Svarene er lagret som" in done.stdout
    assert len(list(isolated_environment.entries_dir.glob("*.json"))) == 1


@pytest.mark.slow
def test_an_answers_file_and_the_diary_commands_open_no_socket(
    isolated_environment: Locations, tmp_path: Path
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(WORKED_EXAMPLE, encoding="utf-8")
    pack = ["--pack", str(TEST_PACK)]
    saved = run_blocked(cli("run", "hall", *pack, "--answers", str(answers), "--lang", "en"))
    assert MARK not in saved.stderr, saved.stderr
    assert saved.returncode == 0, saved.stderr
    [entry] = isolated_environment.entries_dir.glob("*.json")

    for argv in (
        ["diary", "list", *pack],
        ["diary", "show", entry.stem, *pack],
        ["diary", "show", entry.stem, "--json"],
        ["diary", "export", entry.stem, *pack],
        ["diary", "export", entry.stem, "--format", "json", "-o", str(tmp_path / "e.json")],
        ["packs", "list"],
        ["packs", "validate"],
        ["packs", "schema"],
        ["where"],
        ["diary", "delete", entry.stem, "--yes"],
    ):
        done = run_blocked(cli(*argv))
        assert MARK not in done.stderr, (argv, done.stderr)
        assert done.returncode == 0, (argv, done.stderr)
    assert list(isolated_environment.entries_dir.glob("*.json")) == []


#: Proves, inside the served run, that the pair is the only thing let through.
CONTROL_WAKEUP_PAIR = """
try:
    _socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # past the class, to the audit hook
except PermissionError:
    sys.stderr.write("CONTROL REFUSED\\n")
"""


def packet(kind: bytes, payload: bytes) -> bytes:
    """One frame of textual-serve's pipe protocol: type, 4-byte length, payload."""
    return kind + len(payload).to_bytes(4, "big") + payload


@pytest.mark.slow
def test_the_app_served_to_a_browser_opens_no_socket_either(
    isolated_environment: Locations,
) -> None:
    """Only `medarbeider serve` listens (on loopback); the app process it starts talks to it
    over pipes and, like every other command, opens no network socket."""
    keys = packet(b"D", b"\r") + packet(b"M", b'{"type": "quit"}')
    done = subprocess.run(
        [sys.executable, "-c", BOOTSTRAP + WAKEUP_PAIR + CONTROL_WAKEUP_PAIR + cli()],
        input=keys,
        capture_output=True,
        timeout=120,
        cwd=ROOT,
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "TEXTUAL_DRIVER": "textual.drivers.web_driver:WebDriver",
            "MEDARBEIDER_SERVED": "1",
        },
    )
    stderr = done.stderr.decode("utf-8", "replace")
    control = MARK + " socket.__new__\nCONTROL REFUSED\n"
    assert stderr.startswith(control), stderr  # an AF_INET socket is still refused
    assert MARK not in stderr[len(control) :], stderr
    assert done.returncode == 0, stderr
    assert done.stdout.startswith(b"__GANGLION__\n")  # it ran as the served app
    assert b'{"type": "exit"}' in done.stdout  # and ended as one
