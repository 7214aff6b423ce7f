"""The screen-reader setting: --screen-reader (remembered), MEDARBEIDER_SCREEN_READER, and
when plain mode is chosen at all (issue 15)."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from medarbeider_tui.commands.context import Context
from medarbeider_tui.commands.plain import screen_reader, wants_plain
from medarbeider_tui.paths import Locations
from medarbeider_tui.settings import load_settings
from medarbeider_tui.ui.served import SERVED_ENV, WEB_DRIVER
from tests.conftest import TEST_PACK
from tests.e2e.test_plain_walk import medarbeider
from tests.plain.pty_session import PtySession

IN_WORDS = "spørsmålstegn gjentar"


def context(loc: Locations, **args: object) -> Context:
    namespace = argparse.Namespace(plain=False, screen_reader=None, lang=None, pack=[])
    for name, value in args.items():
        setattr(namespace, name, value)
    return Context(namespace, "nb", loc, io.StringIO(), io.StringIO(), io.StringIO())


@pytest.mark.slow
def test_the_setting_given_once_is_remembered_until_turned_off(
    isolated_environment: Locations,
) -> None:
    first = medarbeider("run", "hall", "--screen-reader", stdin="")
    assert IN_WORDS in first.stdout.lower()
    assert load_settings(isolated_environment).screen_reader is True
    later = medarbeider("run", "hall", stdin="")
    assert IN_WORDS in later.stdout.lower()
    off = medarbeider("--no-screen-reader", "run", "hall", stdin="")
    assert "? gjentar" in off.stdout
    assert load_settings(isolated_environment).screen_reader is False


@pytest.mark.slow
def test_the_environment_variable_wins_over_the_remembered_setting_for_one_run(
    isolated_environment: Locations,
) -> None:
    on = medarbeider("run", "hall", stdin="", env={"MEDARBEIDER_SCREEN_READER": "1"})
    assert IN_WORDS in on.stdout.lower()
    assert load_settings(isolated_environment).screen_reader is False  # not remembered
    medarbeider("run", "hall", "--screen-reader", stdin="")
    off = medarbeider("run", "hall", stdin="", env={"MEDARBEIDER_SCREEN_READER": "0"})
    assert "? gjentar" in off.stdout


def test_plain_mode_is_chosen_without_a_terminal_but_never_behind_serve(
    isolated_environment: Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = context(isolated_environment)
    assert wants_plain(ctx, screen_reader(ctx)) is True  # StringIO: no terminal
    monkeypatch.setenv(SERVED_ENV, "1")
    monkeypatch.setenv("TEXTUAL_DRIVER", WEB_DRIVER)
    assert wants_plain(ctx, True) is False


@pytest.mark.slow
@pytest.mark.parametrize("args", [["--plain"], ["--screen-reader"]])
def test_at_a_terminal_plain_or_the_setting_opens_the_plain_menu(
    args: list[str], tmp_path: Path
) -> None:
    session = PtySession([*args, "--pack", str(TEST_PACK)], tmp_path)
    try:
        block = session.block()
        assert "Hovedmeny:" in block
        assert "\x1b" not in session.raw  # not the full-screen interface
        session.type("0")
        assert session.finish() == 0
    finally:
        session.close()


@pytest.mark.slow
def test_the_remembered_setting_opens_the_plain_menu_at_a_terminal(tmp_path: Path) -> None:
    medarbeider_once = PtySession(["--screen-reader", "--pack", str(TEST_PACK)], tmp_path)
    try:
        medarbeider_once.block()
        medarbeider_once.type("0")
        medarbeider_once.finish()
    finally:
        medarbeider_once.close()
    session = PtySession(["--pack", str(TEST_PACK)], tmp_path)
    try:
        assert "skjermleserinnstillingen på" in session.block()
        session.type("0")
        assert session.finish() == 0
    finally:
        session.close()
