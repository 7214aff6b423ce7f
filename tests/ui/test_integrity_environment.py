"""Issue 9, items 1–3, in small pieces: Textual's debug settings are dropped (and said), every
painted line is free of controls, and pack text in a notice, a table or a dialog is shown
exactly.

The end-to-end proofs are elsewhere: ``test_integrity_signals.py`` runs the app in a real
terminal with ``TEXTUAL_LOG`` and ``TEXTUAL_SCREENSHOT`` set, ``test_integrity_hostile.py``
paints hostile text through every screen.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.segment import Segment
from rich.style import Style
from textual.color import Color

from tests.ui.integrity import all_done, app_on, locations_in, until


def test_debug_settings_are_dropped_and_named() -> None:
    from medarbeider_tui.commands.tui import drop_debug_settings

    env = {
        "TEXTUAL_LOG": "t.log",
        "TEXTUAL_SCREENSHOT": "2",
        "TEXTUAL_SCREENSHOT_LOCATION": "/tmp",
        "TEXTUAL": "headless,devtools,debug",
        "TEXTUAL_DRIVER": "textual.drivers.web_driver:WebDriver",  # serve needs this one
        "TEXTUAL_THEME": "nord",
        "HOME": "/home/x",
    }
    dropped = drop_debug_settings(env)
    assert dropped == [
        "TEXTUAL_LOG",
        "TEXTUAL_SCREENSHOT",
        "TEXTUAL_SCREENSHOT_LOCATION",
        "TEXTUAL=devtools,debug",
    ]
    assert env == {
        "TEXTUAL": "headless",
        "TEXTUAL_DRIVER": "textual.drivers.web_driver:WebDriver",
        "TEXTUAL_THEME": "nord",
        "HOME": "/home/x",
    }
    only_devtools = {"TEXTUAL": "devtools"}
    assert drop_debug_settings(only_devtools) == ["TEXTUAL=devtools"]
    assert only_devtools == {}
    assert drop_debug_settings({"PATH": "/bin"}) == []


async def test_the_app_says_which_debug_settings_it_switched_off(tmp_path: Path) -> None:
    from medarbeider_tui.diary import DiaryStore
    from medarbeider_tui.service import ReflectionService
    from medarbeider_tui.settings import Settings
    from medarbeider_tui.ui.app import MedarbeiderApp
    from tests.ui.integrity import builtin_catalog

    locations = locations_in(tmp_path)
    service = ReflectionService(
        locations, catalog=builtin_catalog(), store=DiaryStore.open(locations)
    )
    app = MedarbeiderApp(
        service, Settings(privacy_seen=True), "nb", ignored_settings=["TEXTUAL_LOG"]
    )
    async with app.run_test(size=(80, 24)):
        await until(lambda: bool(app._notifications), "the notice")
        (said,) = [n.message for n in app._notifications]
        assert said.startswith("TEXTUAL_LOG er slått av: de ville ha skrevet svarene dine")


def test_painted_lines_lose_every_control_and_keep_their_width() -> None:
    from medarbeider_tui.ui.safe import ControlFilter

    style = Style(bold=True)
    segments = [
        Segment("ok "),
        Segment("\x1b]0;title\x07\x9b2J\u202eabc\u2028", style),
        Segment("\udcff"),
    ]
    filtered = ControlFilter().apply(segments, Color(0, 0, 0))
    assert [s.text for s in filtered] == ["ok ", "]0;title2Jabc", "\ufffd"]
    assert filtered[1].style == style
    clean = [Segment("ok"), Segment("[b]x[/b] æøå ␛", style)]
    assert ControlFilter().apply(clean, Color(0, 0, 0)) is clean  # nothing to do: no copy


@pytest.mark.slow
async def test_a_notice_shows_pack_text_exactly(tmp_path: Path) -> None:
    """Notices were parsed as markup: «[/x]» crashed, «[b]» vanished, «[@click=…]» acted."""
    from medarbeider_tui.ui.safe import notice

    app = app_on(locations_in(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await all_done(pilot)
        notice(app, "Pakka «Budget [/x] draft» [b]x[/b] [@click=app.quit]y[/] \x1b]0;t\x07")
        await until(lambda: bool(app._notifications), "the notice")
        await all_done(pilot)
        (said,) = [n.message for n in app._notifications]
        assert said == "Pakka «Budget [/x] draft» [b]x[/b] [@click=app.quit]y[/] ␛]0;t␇"
        assert app.is_running
