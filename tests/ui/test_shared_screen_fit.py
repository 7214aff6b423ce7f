"""The TUI on a shared screen (issue 13), the rest of the list: nothing looks chosen before it
is, nothing essential is cut at 80 columns (the quadrant whole at 60, the footer usable at 50),
text wrapped once with its indent kept, the sort grid's ↑ at the top, the presentation view's
spacing on home; and the 0–10 scale's key for 10 (issue 16). Each in nb and en."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Collapsible, OptionList

from medarbeider_tui.content.loader import discover
from medarbeider_tui.diary import DiaryStore
from medarbeider_tui.paths import Locations
from medarbeider_tui.service import ExerciseSession, ReflectionService
from medarbeider_tui.settings import Settings
from medarbeider_tui.ui.app import MedarbeiderApp
from medarbeider_tui.ui.screens.exercise import ExerciseScreen
from medarbeider_tui.ui.screens.result import ResultScreen
from medarbeider_tui.ui.widgets.options import AnswerOptions
from medarbeider_tui.ui.widgets.sort_grid import SortGrid
from tests.conftest import HALL_EXAMPLE
from tests.scores import scale_answers
from tests.ui import pilots as p
from tests.ui.conftest import AppFactory, SessionFactory
from tests.ui.test_coach_tui import at_step, home_ready

SIZE = (80, 24)
LANGUAGES = ["nb", "en"]


def words(language: str, nb: str, en: str) -> str:
    return nb if language == "nb" else en


def flat(lines: list[str]) -> str:
    """The painted rows as one line of words (a text wrapped by the widget reads whole), the
    frames and scrollbars left out."""
    return " ".join(re.sub("[│▁▂▃▄▅▆▇█▔]", " ", " ".join(lines)).split())


# --- 1. the cursor is not a choice ------------------------------------------------------------


def row_looks(options: AnswerOptions, y: int) -> tuple[str, set[str], bool]:
    """A row of the options as painted: its text, its backgrounds, and whether its label is
    emphasised (bold or reversed) as a chosen one is."""
    strip = options.render_line(y)
    text = strip.text
    backgrounds = {str(seg.style.bgcolor) for seg in strip if seg.style is not None}
    label = [
        seg for seg in strip if seg.text.strip() and seg.text.strip()[0] not in "○●›0123456789"
    ]
    marked = any(seg.style is not None and (seg.style.bold or seg.style.reverse) for seg in label)
    return text, backgrounds, marked


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_cursor_is_not_a_choice(
    make_app: AppFactory, make_session: SessionFactory, language: str
) -> None:
    """Unanswered: every row looks alike but for a cursor mark (no filled row, no bold label,
    no ●); the arrows move the mark; an answer is ● and bold, wherever the cursor is."""
    session = make_session("hall", {"sb1": 4}, language=language)
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        screen = await at_step(pilot, session, "sb2")
        options = screen.query_one(AnswerOptions)
        await pilot.pause()
        rows = [row_looks(options, y) for y in range(options.option_count)]
        assert len({frozenset(backgrounds) for _, backgrounds, _ in rows}) == 1, rows
        assert not any(marked for _, _, marked in rows), rows
        assert not any("●" in text for text, _, _ in rows)
        assert "›" in rows[0][0] and not any("›" in text for text, _, _ in rows[1:])
        await pilot.press("down")
        assert "›" in row_looks(options, 1)[0] and "›" not in row_looks(options, 0)[0]
        assert session.answers.get("sb2") is None
        await pilot.press("ctrl+b")
        await p.until(pilot, lambda: screen.unit.key == "sb1", "back")
        options = screen.query_one(AnswerOptions)
        await pilot.pause()
        text, _, marked = row_looks(options, 3)
        assert "●" in text and marked
        await pilot.press("up")
        text, _, marked = row_looks(options, 3)
        assert "●" in text and marked and "›" not in text  # still chosen, the cursor moved


# --- 2. nothing essential cut at 80 columns ---------------------------------------------------


@pytest.mark.slow
@pytest.mark.builtin_pack
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("exercise_id", ["prioritering", "lederferdigheter"])
async def test_the_exercise_title_is_whole_at_80(
    make_app: AppFactory, make_session: SessionFactory, language: str, exercise_id: str
) -> None:
    session = make_session(exercise_id, language=language)
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        await at_step(pilot, session, session.units[0].key)
        await pilot.pause()
        title = session.exercise.title[language]
        lines = p.painted_lines(pilot)
        assert "…" not in lines[0]
        progress = re.compile(words(language, r"Steg 1 av \d+", r"Step 1 of \d+"))
        assert progress.search(flat(lines[:2]))
        title_rows = " ".join(progress.sub(" ", flat(lines[:2])).split())
        assert " ".join(title.split()) in title_rows


async def a_result(
    make_app: AppFactory, make_session: SessionFactory, exercise_id: str, language: str
) -> tuple[MedarbeiderApp, ExerciseSession]:
    session = make_session(exercise_id, language=language)
    for key, value in scale_answers(session.exercise, 0).items():
        session.set_answer(key, value, save=False)
    session.entry.results = session.results()
    return make_app(language=language), session


@pytest.mark.builtin_pack
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("exercise_id", ["lederferdigheter", "prestasjonsdrivere"])
@pytest.mark.parametrize("present", [False, True], ids=["normal", "present"])
async def test_bar_labels_are_whole_at_80(
    make_app: AppFactory,
    make_session: SessionFactory,
    language: str,
    exercise_id: str,
    present: bool,
) -> None:
    app, session = await a_result(make_app, make_session, exercise_id, language)
    labels = [
        mean.label
        for figure in app.service.report(session.entry, language).figures
        for mean in getattr(figure, "means", [])
    ]
    assert labels
    async with app.run_test(size=SIZE) as pilot:
        app.presenting = present
        await app.push_screen(ResultScreen(session.entry))
        await p.until(pilot, p.on_screen(pilot, ResultScreen), "the result")
        await pilot.pause()
        lines = p.painted_lines(pilot)
        for label in labels:
            assert any(label in line for line in lines), (label, lines)
        assert not any("…" in line for line in lines)


@pytest.mark.slow
@pytest.mark.builtin_pack
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", [60, 50])
async def test_the_quadrant_stays_whole_when_narrow(
    make_app: AppFactory, make_session: SessionFactory, language: str, width: int
) -> None:
    """Each row of the grid has its right edge on the same row as its left."""
    app, session = await a_result(make_app, make_session, "hall-kvadranten", language)
    async with app.run_test(size=(width, 24)) as pilot:
        await app.push_screen(ResultScreen(session.entry))
        await p.until(pilot, p.on_screen(pilot, ResultScreen), "the result")
        await pilot.pause()
        lines = p.painted_lines(pilot)
        grid = [line for line in lines if "┌" in line or "├" in line or "└" in line]
        assert grid, lines
        for line in grid:
            assert line.count("┐") + line.count("┤") + line.count("┘") == 1, lines
        edges = [line for line in lines if line.strip().startswith(("┐", "┤", "┘"))]
        assert not edges, lines


def footer_row(pilot: p.AnyPilot) -> str:
    return p.painted_lines(pilot)[-1]


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("step", ["notat", "matrise"])
async def test_the_exercise_footer_is_whole_at_80(
    make_app: AppFactory, make_session: SessionFactory, language: str, step: str
) -> None:
    exercise_id = "hall" if step == "notat" else "alt"
    answers = {"oppgaver": ["A", "B", "C", "D"]} if step == "matrise" else {}
    session = make_session(exercise_id, answers, language=language)
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        await at_step(pilot, session, step)
        await pilot.pause()
        row = footer_row(pilot)
        for description in p.footer(pilot).values():
            assert description in row, (description, row)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_footer_is_usable_at_50(
    make_app: AppFactory, make_session: SessionFactory, language: str
) -> None:
    """At 50 columns the keys that move through the exercise are on screen."""
    session = make_session("hall", language=language)
    app = make_app(language=language)
    async with app.run_test(size=(50, 24)) as pilot:
        await home_ready(pilot)
        await at_step(pilot, session, "notat")
        await pilot.pause()
        row = footer_row(pilot)
        for description in words(
            language, "Neste Tilbake Oversikt Lukk", "Next Back Review Close"
        ).split():
            assert description in row, row


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_review_and_result_footers_are_usable_at_50(
    make_app: AppFactory, make_session: SessionFactory, language: str
) -> None:
    """The review's «Fullfør» and «Tilbake», the result's «Lukk»: on screen at 50 columns
    (their own keys come first in Textual's footer already: a guard)."""
    session = make_session("hall", HALL_EXAMPLE, language=language)
    app = make_app(language=language)
    async with app.run_test(size=(50, 24)) as pilot:
        await home_ready(pilot)
        await at_step(pilot, session, "notat")
        await p.to_review(pilot)
        await pilot.pause()
        row = footer_row(pilot)
        for description in words(language, "Fullfør Tilbake", "Finish Back").split():
            assert description in row, row
        await p.finish(pilot)
        await pilot.pause()
        row = footer_row(pilot)
        for description in words(language, "Lukk Historikk", "Close History").split():
            assert description in row, row


# --- 3. home's descriptions whole -------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.builtin_pack
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("present", [False, True], ids=["normal", "present"])
async def test_home_shows_every_description_whole_at_80(
    make_app: AppFactory, make_session: SessionFactory, language: str, present: bool
) -> None:
    """With a draft of each exercise (its status makes the title's line wrap in English)."""
    app = make_app(language=language)
    for pack in app.service.catalog.packs:
        for exercise in pack.exercises:
            make_session(exercise.id, language=language).save_pending()
    async with app.run_test(size=SIZE) as pilot:
        home = await home_ready(pilot)
        app.presenting = present
        await pilot.pause()
        exercises = home.query_one("#exercises", OptionList)
        for pack in app.service.catalog.packs:
            for exercise in pack.exercises:
                ids = [exercises.get_option_at_index(i).id for i in range(exercises.option_count)]
                exercises.highlighted = ids.index(f"{pack.id}/{exercise.id}")
                await pilot.pause()
                shown = flat(p.painted_lines(pilot))
                description = " ".join(exercise.description[language].split())
                assert description in shown, (description, shown)


# --- 4. wrapped once, indent kept ------------------------------------------------------------


def hanging_rows(lines: list[str], texts: list[str]) -> None:
    """Each text's continuation rows start under its first row's text, never at the edge."""
    for text in texts:
        first_words = " ".join(text.split()[:3])
        starts = [i for i, line in enumerate(lines) if first_words in line]
        assert starts, (text, lines)
        row = starts[0]
        column = lines[row].index(first_words)
        rest = text[len(lines[row][column:].rstrip()) :].split()
        if not rest:
            continue
        following = lines[row + 1]
        assert following[:column].strip() == "", (text, lines[row], following)


@pytest.mark.slow
@pytest.mark.builtin_pack
@pytest.mark.parametrize("language", LANGUAGES)
async def test_why_and_your_answers_keep_their_indent(
    make_app: AppFactory, make_session: SessionFactory, language: str
) -> None:
    """«Hvorfor» and «Dine svar»: a statement too long for its row continues under itself
    (it was broken back to the edge, leaving a word or two on a line of their own)."""
    app, session = await a_result(make_app, make_session, "hall-kvadranten", language)
    statements = [
        item.text[language]
        for step in session.exercise.steps
        for item in getattr(step, "items", [])
    ]
    async with app.run_test(size=(80, 150)) as pilot:
        await app.push_screen(ResultScreen(session.entry))
        await p.until(pilot, p.on_screen(pilot, ResultScreen), "the result")
        sections = list(app.screen.query(Collapsible))
        for section in sections:
            section.collapsed = False
            await pilot.pause()
            lines = p.painted_lines(pilot)
            start = next(i for i, line in enumerate(lines) if section.title in line)
            hanging_rows(lines[start:], statements)
            section.collapsed = True
            await pilot.pause()


@pytest.mark.slow
@pytest.mark.builtin_pack
@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_lowest_driver_box_keeps_its_indent(
    make_app: AppFactory, make_session: SessionFactory, language: str
) -> None:
    session = make_session("prestasjonsdrivere", language=language)
    for key, value in scale_answers(session.exercise, 0).items():
        session.set_answer(key, value, save=False)
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        screen = await at_step(pilot, session, "refleksjon")
        await pilot.pause()
        lines = [line.replace("│", " ") for line in p.painted_lines(pilot)]
        about = screen.query_one(".about-score")
        shown = p.shown_text(about)
        follow = [line.split("→", 1)[1].strip() for line in shown.splitlines() if "→" in line]
        assert follow
        hanging_rows(lines, follow)


# --- 5. the sort grid's ↑ at the top ---------------------------------------------------------


@pytest.mark.slow
@pytest.mark.builtin_pack
@pytest.mark.parametrize("language", LANGUAGES)
async def test_up_at_the_first_task_scrolls_back_to_the_instruction(
    make_app: AppFactory, make_session: SessionFactory, language: str
) -> None:
    session = make_session("prioritering", {"oppgaver": ["A", "B", "C", "D"]}, language=language)
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        screen = await at_step(pilot, session, "matrise")
        grid = screen.query_one(SortGrid)
        assert app.focused is grid
        await pilot.pause()
        title = screen.unit.step.title[language]
        assert title in flat(p.painted_lines(pilot))
        step = screen.query_one("#step", VerticalScroll)
        step.scroll_end(animate=False)
        await pilot.pause()
        assert step.scroll_y > 0
        await pilot.press("up")
        await pilot.pause()
        assert grid.cursor == 0  # not wrapped round to the last task
        await pilot.press("up", "up", "up", "up", "up", "up", "up", "up", "up", "up")
        await pilot.pause()
        assert step.scroll_y == 0 and grid.cursor == 0
        assert title in flat(p.painted_lines(pilot))
        await pilot.press("down")
        assert grid.cursor == 1


# --- 6. the presentation view's spacing on home -----------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
async def test_presentation_view_spaces_homes_exercises(
    make_app: AppFactory, language: str
) -> None:
    """In the presentation view an empty row stands between two exercises on home."""
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        home = await home_ready(pilot)

        def rows() -> int:
            found = home.query("#exercises")  # none for a moment, while home is rebuilt
            return found.first(OptionList).virtual_size.height if found else 0

        before = rows()
        app.presenting = True
        await p.until(pilot, lambda: rows() > before, "more room")
        exercises = home.query_one("#exercises", OptionList)
        count = sum(
            1
            for i in range(exercises.option_count)
            if not exercises.get_option_at_index(i).disabled
        )
        assert rows() >= before + count - 1
        lines = p.painted_lines(pilot)
        first = app.service.catalog.packs[0].exercises[0]
        row = next(i for i, line in enumerate(lines) if first.title[language] in line)
        after = next(
            i for i in range(row + 1, len(lines)) if lines[i].replace("│", "").strip() == ""
        )
        second = app.service.catalog.packs[0].exercises[1]
        assert second.title[language] in lines[after + 1]


# --- 7. a 0–10 scale has a key for 10 (issue 16) ----------------------------------------------

TEN_PACK = """\
id: ti
version: "0.1"
title: {nb: Tipakke, en: Ten pack}
description: {nb: En skala fra 0 til 10., en: A scale from 0 to 10.}
languages: [nb, en]
scales:
  ti:
    min: 0
    max: 10
    labels:
      0: {nb: Svært lite sannsynlig, en: Very unlikely}
      10: {nb: Svært sannsynlig, en: Very likely}
exercises:
  - anbefale.yaml
"""

TEN_EXERCISE = """\
id: anbefale
title: {nb: Anbefale, en: Recommend}
description: {nb: Ett utsagn., en: One statement.}
minutes: 1
steps:
  - id: skala
    kind: scale
    title: {nb: Skala, en: Scale}
    scale: ti
    items:
      - {id: s1, text: {nb: Jeg ville anbefalt jobben., en: I would recommend the job.}}
      - {id: s2, text: {nb: Jeg trives., en: I thrive.}}
"""


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_zero_to_ten_scale_answers_ten_with_a_key_it_shows(
    tmp_path: Path, isolated_environment: Locations, language: str
) -> None:
    folder = tmp_path / "ti"
    folder.mkdir()
    (folder / "pack.yaml").write_text(TEN_PACK, encoding="utf-8")
    (folder / "anbefale.yaml").write_text(TEN_EXERCISE, encoding="utf-8")
    loc = isolated_environment
    catalog = discover(loc.data_dir / "no-builtin-packs", loc.user_packs_dir, [folder])
    pack = catalog.pack("ti")
    assert pack is not None, catalog.problems
    store = DiaryStore.open(loc)
    session = ExerciseSession.start(pack, pack.exercise("anbefale"), store, language)
    service = ReflectionService(loc, catalog=catalog, store=store)
    app = MedarbeiderApp(service, Settings(privacy_seen=True), language, session)
    async with app.run_test(size=SIZE) as pilot:
        await p.until(pilot, p.on_screen(pilot, ExerciseScreen), "the exercise")
        screen = p.exercise(pilot)
        await p.until(pilot, lambda: screen.unit.key == "s1", "the first statement")
        options = screen.query_one(AnswerOptions)
        keys = [answer.key for answer in options.answers]
        assert keys[:10] == [str(n) for n in range(10)] and keys[10] == "t"
        shown = flat(p.painted_lines(pilot))
        assert re.search(r"t\s+10", shown), shown  # the row says which key gives 10
        assert words(language, "t for 10", "t for 10") in shown  # and so does the hint
        await pilot.press("t")
        await p.until(pilot, p.answer_is(screen, "s1", 10), "ten")
        await p.until(pilot, lambda: screen.unit.key == "s2", "moved on")
        await pilot.press("0")
        await p.until(pilot, p.answer_is(screen, "s2", 0), "zero")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("started", "shown", "title"), [("nb", "en", "Result"), ("en", "nb", "Resultat")]
)
async def test_the_steps_own_text_follows_the_language_shown(
    tmp_path: Path, started: str, shown: str, title: str
) -> None:
    """F2 (or a draft begun in the other language) shows the whole screen in one language: the
    step's title and prompt too, not only the interface and the results around them."""
    from tests.ui.integrity import all_done, app_on, exercise_screen, locations_in

    app = app_on(locations_in(tmp_path), "hall-kvadranten", language=started)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = exercise_screen(app)
        await pilot.press("f2")
        await all_done(pilot)
        await screen.show_unit(len(screen.session.units) - 2)  # the result
        await all_done(pilot)
        assert app.language == shown
        shown_title = screen.query_one(".step-title").render().plain  # type: ignore[attr-defined]
        assert shown_title.split()[0] == title
