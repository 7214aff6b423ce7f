"""Stopping `serve` mid-exercise: Ctrl+C (to the whole terminal group) and SIGTERM.

An answer the app has taken but not yet written (drafts are written 0.3 s after an answer) must
be in the draft on disk, the server must exit 0, and the app process it started must be gone,
not orphaned.
"""

from __future__ import annotations

import asyncio
import signal

import aiohttp
import pytest

from medarbeider_tui.paths import Locations
from tests.serve.conftest import ServedApp, alive, open_app, start_server


async def answer_then_stop(served: ServedApp, digit: str, signum: int, group: bool) -> int:
    """Through the app's WebSocket, as the page would: past the privacy note and two cards,
    one digit, then the signal at once, with the page still connected."""
    async with aiohttp.ClientSession() as http:
        app = await open_app(http, served)
        mark = await app.until("Personvern")
        await app.keys("\r")  # close the privacy note
        mark = await app.until("Velg en øvelse", mark)
        await app.keys("\r")  # start the first exercise, the Hall quadrant
        mark = await app.until("Steg 1 av", mark)
        await app.keys("\r")
        mark = await app.until("Steg 2 av", mark)
        await app.keys("\r")
        mark = await app.until("Utsagn 1 av 6", mark)
        [served.app_pid] = served.app_pids()
        # The app has taken the answer (its option is marked) but has not saved it yet (that
        # happens 0.3 s later): the signal now leaves the save to the app's orderly quit.
        await app.answer(digit, "● ", mark)
        code = await asyncio.to_thread(served.stop, signum, group)
        await asyncio.wait_for(app.closed.wait(), 5)  # the server closed the page's socket
        return code


@pytest.mark.slow
@pytest.mark.parametrize(
    ("signum", "group"),
    [(signal.SIGINT, True), (signal.SIGTERM, False)],
    ids=["ctrl-c-to-the-terminal-group", "sigterm-to-the-server"],
)
def test_a_signal_stops_the_server_with_the_draft_saved_and_no_app_left(
    isolated_environment: Locations, signum: int, group: bool
) -> None:
    served = start_server(isolated_environment)
    try:
        code = asyncio.run(answer_then_stop(served, "4", signum, group))
    finally:
        if served.process.poll() is None:
            served.process.kill()
    told = "".join(served.output)
    assert code == 0, told
    assert "Serveren er stoppet." in told
    assert "Traceback" not in told
    assert served.app_pid is not None and not alive(served.app_pid)
    [entry] = served.entries()
    assert entry["status"] == "draft"
    assert entry["exercise"] == "hall-kvadranten"
    assert entry["answers"] == {"sb1": 4}
