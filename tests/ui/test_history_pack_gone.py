"""An entry whose pack is no longer installed, in the history (issue 11): the row says so with
a `*` and a note, and Enter shows the answers as saved, by id, instead of a notice that
promised them and showed nothing."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from medarbeider_tui.content.loader import Catalog
from medarbeider_tui.diary import DiaryStore
from medarbeider_tui.paths import Locations
from medarbeider_tui.service import ReflectionService
from medarbeider_tui.settings import Settings
from medarbeider_tui.ui.app import MedarbeiderApp
from medarbeider_tui.ui.screens.history import HistoryScreen
from medarbeider_tui.ui.screens.saved_answers import SavedAnswersScreen
from tests.ui import pilots as p
from tests.ui.conftest import HALL_EXAMPLE, SessionFactory

SAID = {
    "nb": ("pakken er ikke installert", "Dine svar", "Resultat", "svarene vises med id-ene"),
    "en": ("the pack is not installed", "Your answers", "Result", "answers are shown by id"),
}


async def highlight(pilot: p.AnyPilot, history: HistoryScreen, entry_id: str) -> None:
    """The row of ``entry_id`` highlighted (by keys, from the top; the table has two rows)."""
    table = history.query_one(DataTable)
    await p.until(pilot, lambda: table.row_count == 2, "both rows")
    await pilot.press("ctrl+home")
    for _ in range(table.row_count):
        row = history._current()
        if row is not None and row.id == entry_id:
            return
        await pilot.press("down")
    raise AssertionError(f"no row for {entry_id}")


@pytest.mark.parametrize("language", ["nb", "en"])
async def test_an_entry_whose_pack_is_gone_shows_its_answers_by_id(
    make_session: SessionFactory, store: DiaryStore, isolated_environment: Locations, language: str
) -> None:
    finished = make_session("hall", HALL_EXAMPLE)
    finished.complete()
    draft = make_session("hall", {"sb1": 2})
    draft.save_pending()
    nothing_installed = ReflectionService(
        isolated_environment, catalog=Catalog(packs=[]), store=store
    )
    app = MedarbeiderApp(nothing_installed, Settings(privacy_seen=True), language)
    note, answers, result, why = SAID[language]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await p.until(pilot, p.on_screen(pilot, HistoryScreen), "the history")
        for entry, expected in ((draft, "sb1: 2"), (finished, "sb4: 5")):
            history = pilot.app.screen
            assert isinstance(history, HistoryScreen)
            await highlight(pilot, history, entry.entry.id)
            if entry is finished:  # a result without its pack: marked, and why under the table
                painted = p.painted_text(pilot)
                assert "HANDLINGSLAMMET *" in painted and f"* {note}" in painted
            await pilot.press("enter")
            await p.until(pilot, p.on_screen(pilot, SavedAnswersScreen), "the saved answers")
            shown = p.shown_text(pilot.app.screen)
            assert why in shown and answers in shown and expected in shown
            assert (result in shown) == (entry is finished)  # a draft has no result yet
            if entry is finished:
                assert "hall: HANDLINGSLAMMET" in shown
            await pilot.press("escape")
            await p.until(pilot, p.on_screen(pilot, HistoryScreen), "back in the history")
