"""The app as `serve` starts it: on pipes when served; on a plain pipe otherwise, never the
full-screen interface (the plain menu opens instead: issue 15)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from medarbeider_tui.paths import Locations
from medarbeider_tui.serve import SERVED_ENV, WEB_DRIVER


def medarbeider_on_pipes(
    env: dict[str, str], stdin: bytes = b""
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "medarbeider_tui"],
        input=stdin,
        capture_output=True,
        timeout=60,
        env={
            **{k: v for k, v in os.environ.items() if k not in (SERVED_ENV, "TEXTUAL_DRIVER")},
            **env,
        },
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "env",
    [
        {},
        {"TEXTUAL_DRIVER": WEB_DRIVER},
        {SERVED_ENV: "1"},
        {SERVED_ENV: "0", "TEXTUAL_DRIVER": WEB_DRIVER},
    ],
    ids=["plain-pipe", "driver-only", "flag-only", "flag-off"],
)
def test_a_plain_pipe_gets_the_plain_menu_not_the_app(
    isolated_environment: Locations, env: dict[str, str]
) -> None:
    done = medarbeider_on_pipes(env)
    assert done.returncode == 0, done.stderr.decode()
    assert "Hovedmeny:" in done.stdout.decode()
    assert b"__GANGLION__" not in done.stdout


@pytest.mark.slow
def test_served_it_starts_on_pipes_and_quits_when_told(isolated_environment: Locations) -> None:
    quit_packet = b'{"type": "quit"}'
    done = medarbeider_on_pipes(
        {SERVED_ENV: "1", "TEXTUAL_DRIVER": WEB_DRIVER},
        stdin=b"M" + len(quit_packet).to_bytes(4, "big") + quit_packet,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.startswith(b"__GANGLION__\n")
