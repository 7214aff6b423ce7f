"""The TUI on a shared screen (issue 13): what a new user met at 80×24, each fixed and shown
here in nb and en. (History's columns are another piece of work.)"""

from __future__ import annotations

from typing import Any

import pytest
from textual.command import CommandPalette
from textual.containers import VerticalScroll
from textual.widgets import Button, Collapsible, Input

from medarbeider_tui.settings import Settings
from medarbeider_tui.ui.screens.about import AboutScreen
from medarbeider_tui.ui.screens.confirm import ConfirmScreen
from medarbeider_tui.ui.screens.exercise import ExerciseScreen
from medarbeider_tui.ui.screens.history import HistoryScreen
from medarbeider_tui.ui.screens.home import HomeScreen
from medarbeider_tui.ui.screens.result import ResultScreen
from medarbeider_tui.ui.screens.review import ReviewScreen
from medarbeider_tui.ui.widgets.hanging import HangingText
from medarbeider_tui.ui.widgets.options import AnswerOptions
from medarbeider_tui.ui.widgets.sort_grid import SortGrid
from tests.conftest import HALL_EXAMPLE
from tests.ui import pilots as p
from tests.ui.conftest import AppFactory, SessionFactory
from tests.ui.test_coach_tui import at_step, home_ready

SIZE = (80, 24)
LANGUAGES = ["nb", "en"]


def words(language: str, nb: str, en: str) -> str:
    return nb if language == "nb" else en


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_sort_grid_opens_at_its_title(
    make_app: AppFactory, make_session: SessionFactory, language: str
) -> None:
    """The sort step opens scrolled to the top: its prompt is on screen, the grid in focus."""
    session = make_session(
        "alt", {"f1": 4, "f2": 3, "f3": 2, "oppgaver": ["A", "B", "C", "D"]}, language=language
    )
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        screen = await at_step(pilot, session, "matrise")
        assert isinstance(app.focused, SortGrid)
        await pilot.pause()
        assert screen.query_one("#step", VerticalScroll).scroll_y == 0
        assert words(language, "Plasser oppgavene.", "Place the tasks.") in p.painted_text(pilot)


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_home_names_medarbeider_once(make_app: AppFactory, language: str) -> None:
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        home = await home_ready(pilot)
        header = p.shown_text(home.query_one("#brand")) + p.shown_text(home.query_one("#tagline"))
        assert header.count("medarbeider") == 1


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_privacy_text_names_historys_delete(make_app: AppFactory, language: str) -> None:
    app = make_app(Settings(), language=language)
    async with app.run_test(size=SIZE) as pilot:
        await p.until(pilot, p.on_screen(pilot, AboutScreen), "the privacy note")
        shown = p.shown_text(app.screen)
        assert "diary delete" not in shown
        assert words(language, "(h, så d)", "(h, then d)") in shown


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_multiple_choice_has_boxes(
    make_app: AppFactory, make_session: SessionFactory, language: str
) -> None:
    session = make_session("alt", {"f1": 4, "f2": 3, "f3": 2}, language=language)
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        screen = await at_step(pilot, session, "styrker")
        await pilot.press("1")
        await p.until(pilot, lambda: session.answers.get("styrker"), "chosen")
        shown = p.shown_text(screen.query_one(AnswerOptions))
        assert "☑" in shown and "☐" in shown
        assert "●" not in shown and "○" not in shown


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_confirm_dialog_arrows_and_its_own_footer(
    make_app: AppFactory, make_session: SessionFactory, language: str
) -> None:
    session = make_session("hall", {"sb1": 4}, language=language)
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        await at_step(pilot, session, "sb2")
        await pilot.press("escape")
        await p.until(pilot, p.on_screen(pilot, ConfirmScreen), "the question")
        keys = p.footer(pilot)
        assert keys["j"] == words(language, "Ja", "Yes") and "ctrl+n" not in keys
        assert "n" in keys and keys["n"] == words(language, "Nei", "No")
        assert isinstance(app.focused, Button) and app.focused.id == "yes"
        await pilot.press("right")
        assert isinstance(app.focused, Button) and app.focused.id == "no"
        await pilot.press("left")
        assert isinstance(app.focused, Button) and app.focused.id == "yes"
        await pilot.press("n")
        await p.until(pilot, p.on_screen(pilot, ExerciseScreen), "stayed")


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_edit_from_the_review_returns_to_the_review(
    make_app: AppFactory, make_session: SessionFactory, language: str
) -> None:
    session = make_session("hall", HALL_EXAMPLE, language=language)
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        screen = await at_step(pilot, session, "notat")
        await p.to_review(pilot)
        await pilot.press("down", "enter")  # the second statement: sb2
        await p.until(pilot, lambda: app.screen is screen, "the statement")
        assert screen.unit.key == "sb2"
        await pilot.press("2")
        await p.until(pilot, p.on_screen(pilot, ReviewScreen), "back to the review")
        assert session.answers["sb2"] == 2


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_finish_history_open_escape_escape_lands_home(
    make_app: AppFactory, make_session: SessionFactory, language: str
) -> None:
    session = make_session("hall", HALL_EXAMPLE, language=language)
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        await at_step(pilot, session, "notat")
        await p.to_review(pilot)
        await p.finish(pilot)
        await pilot.press("h")
        await p.until(pilot, p.on_screen(pilot, HistoryScreen), "the history")
        await pilot.pause()
        await pilot.press("enter")
        await p.until(pilot, p.on_screen(pilot, ResultScreen), "the entry")
        await pilot.press("escape")
        await p.until(pilot, p.on_screen(pilot, HistoryScreen), "the history again")
        await pilot.press("escape")
        await p.until(pilot, p.on_screen(pilot, HomeScreen), "home")


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_enter_does_not_close_a_result_and_its_sections_are_told(
    make_app: AppFactory, make_session: SessionFactory, language: str
) -> None:
    """Enter leaves the result open; the hint says Tab reaches the sections, and Tab then
    Enter opens «Dine svar» (whose long answer is not broken into lines by us)."""
    long_note = "Et svært langt notat " * 12
    answers: dict[str, Any] = {**HALL_EXAMPLE, "notat": long_note.strip()}
    session = make_session("hall", answers, language=language)
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        await at_step(pilot, session, "notat")
        await p.to_review(pilot)
        result = await p.finish(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is result
        hint = words(language, "Tab går til «Dine svar»", "Tab goes to “Your answers”")
        assert hint in p.shown_text(result)
        sections = list(result.query(Collapsible))
        mine = sections[-1]
        assert mine.collapsed
        for _ in range(6):
            if app.focused is not None and app.focused.parent is mine:
                break
            await pilot.press("tab")
        assert app.focused is not None and app.focused.parent is mine
        await pilot.press("enter")
        await p.until(pilot, lambda: not mine.collapsed, "«Dine svar» open")
        answers = mine.query_one(".answers", HangingText)  # wrapped by the widget, once
        assert any(long_note.strip() in line for line in answers.lines)
        assert long_note.strip()[:40] in p.shown_text(answers)


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_palette_and_notices_in_the_persons_language(
    make_app: AppFactory, language: str
) -> None:
    """The command palette's search line and commands, the Ctrl+C notice and the theme
    notice: in nb or en, no Textual English, no internal theme name, no screenshot."""
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        await pilot.press("f3")
        await pilot.press("ctrl+c")
        await pilot.pause()
        said = " ".join(str(n.message) for n in app._notifications)
        assert "medarbeider-" not in said
        assert words(language, "Tema: lys", "Theme: light") in said
        assert words(language, "Trykk Ctrl+Q", "Press Ctrl+Q") in said
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Screenshot" not in titles and "Maximize" not in titles
        assert words(language, "Avslutt", "Quit") in titles
        if language == "nb":
            assert not {"Quit", "Keys", "Theme"} & set(titles)
        await pilot.press("ctrl+p")
        await p.until(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette")
        search = app.screen.query_one(Input)
        assert search.placeholder.startswith(words(language, "Søk etter", "Search for"))
