"""Plain mode at a real terminal: Ctrl+C, the terminal's line limit, SIGTERM, SIGHUP and the
terminal closing (issue 8, case 2 for plain mode, and cases 10 and 14).

The last answer typed is on disk whenever the program ends, even when the signal comes at the
same moment as the line; a long pasted line is not cut without a word.
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import HALL_EXAMPLE, TEST_PACK
from tests.plain.pty_session import PtySession

HALL = ["run", "hall", "--plain", "--pack", str(TEST_PACK)]


def saved(home: Path) -> dict[str, Any]:
    [path] = (home / "data").rglob("entries/*.json")
    entry: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return entry


def to_the_reflection(session: PtySession) -> None:
    """Past the intro card and the twelve statements, to the multi-line reflection."""
    session.block()
    session.answer("")
    for key in HALL_EXAMPLE:
        session.answer(str(HALL_EXAMPLE[key]))


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_right_after_an_answer_keeps_it(signum: int, tmp_path: Path) -> None:
    session = PtySession(HALL, tmp_path)
    try:
        session.block()
        session.answer("")
        session.answer("4")
        session.type("2")
        session.signal(signum)  # no wait: the line and the signal arrive together
        status = session.finish()
    finally:
        session.close()
    assert status == 128 + signum
    entry = saved(tmp_path)
    assert entry["answers"] == {"sb1": 4, "sb2": 2}
    assert entry["status"] == "draft"


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_inside_a_text_keeps_its_lines_and_says_so(signum: int, tmp_path: Path) -> None:
    session = PtySession(HALL, tmp_path)
    try:
        to_the_reflection(session)
        session.answer("Første linje")
        session.answer("Andre linje")
        session.signal(signum)
        status = session.finish()
    finally:
        session.close()
    assert status == 128 + signum
    assert saved(tmp_path)["answers"]["notat"] == "Første linje\nAndre linje"
    assert "De 2 linjene du skrev, er lagret i utkastet." in session.raw


@pytest.mark.slow
def test_closing_the_terminal_inside_a_text_keeps_its_lines(tmp_path: Path) -> None:
    session = PtySession(HALL, tmp_path)
    to_the_reflection(session)
    session.answer("Skrevet før vinduet ble lukket")
    pid = session.child.pid
    session.child.ptyproc.fileobj.close()  # the terminal window closes: SIGHUP, no terminal
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        if os.waitpid(pid, os.WNOHANG) != (0, 0):
            break
        time.sleep(0.05)
    else:
        raise AssertionError("the program did not end when its terminal closed")
    assert saved(tmp_path)["answers"]["notat"] == "Skrevet før vinduet ble lukket"


@pytest.mark.slow
def test_ctrl_c_inside_a_text_keeps_its_lines(tmp_path: Path) -> None:
    session = PtySession([*HALL, "--lang", "en"], tmp_path)
    try:
        to_the_reflection(session)
        session.answer("Only line")
        session.child.sendcontrol("c")
        status = session.finish()
    finally:
        session.close()
    assert status == 130
    assert saved(tmp_path)["answers"]["notat"] == "Only line"
    assert "The line you wrote is saved in the draft." in session.raw


@pytest.mark.slow
def test_a_line_past_the_terminals_limit_is_said_and_kept(tmp_path: Path) -> None:
    session = PtySession(HALL, tmp_path)
    try:
        to_the_reflection(session)
        after = session.answer("a" * 5000)
        assert (
            "Linjen var lengre enn terminalen tar imot på én gang (høyst 4\u00a0095 byte)" in after
        )
        assert after.rstrip().endswith("Linje 2:")
        assert "Det var resultatet." in session.answer(".")
        session.type("")
        assert session.finish() == 0
    finally:
        session.close()
    assert saved(tmp_path)["answers"]["notat"] == "a" * 4095


@pytest.mark.slow
def test_a_cut_line_does_not_end_in_half_a_letter(tmp_path: Path) -> None:
    session = PtySession(HALL, tmp_path)
    try:
        to_the_reflection(session)
        session.answer("æ" * 3000)  # 6000 bytes: the cut falls inside a letter
        session.answer(".")
        session.type("")
        assert session.finish() == 0
    finally:
        session.close()
    assert saved(tmp_path)["answers"]["notat"] == "æ" * 2047


@pytest.mark.slow
def test_at_a_terminal_the_resume_offer_is_asked(tmp_path: Path) -> None:
    first = PtySession(HALL, tmp_path)
    try:
        first.block()
        first.answer("")
        first.answer("4")
        first.child.sendeof()
        assert first.finish() == 130
    finally:
        first.close()
    again = PtySession(HALL, tmp_path)
    try:
        offer = again.block()
        assert "Fortsette der du slapp? [J/n]" in offer
        assert "Utsagn 2 av 6" in again.answer("")  # yes: on from the draft
        again.answer("3")
        again.child.sendeof()
        assert again.finish() == 130
    finally:
        again.close()
    assert saved(tmp_path)["answers"] == {"sb1": 4, "sb2": 3}
