"""Over time in the full-screen interface (issue 11), at 80×24 in bokmål and English.

The history tells the story (a result per row, filters, a window of rows at scale), «last
time» beside each statement, trends and the quadrant trail, comparing two entries. The
action-plan loop has its own module (``test_overtime_actions.py``): it needs the built-in
pack's plans.
"""

from __future__ import annotations

import os
import re
import threading
from datetime import timedelta
from typing import Any

import pytest
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey

from medarbeider_tui.content.text import render
from medarbeider_tui.diary.columns import COLUMNS_FILE_NAME
from medarbeider_tui.diary.index import INDEX_FILE_NAME
from medarbeider_tui.diary.locking import FolderLock
from medarbeider_tui.diary.store import LOCK_FILE_NAME
from medarbeider_tui.paths import Locations
from medarbeider_tui.ui.screens.compare import CompareScreen
from medarbeider_tui.ui.screens.exercise import ExerciseScreen
from medarbeider_tui.ui.screens.history import DATE_WIDTH, WINDOW, HistoryScreen
from medarbeider_tui.ui.screens.trend import TrendScreen
from medarbeider_tui.ui.widgets.trail import TrailChart
from medarbeider_tui.ui.widgets.trend_chart import TrendChart
from tests.ui import pilots as p
from tests.ui.conftest import FIXED_NOW, HALL_EXAMPLE, AppFactory, SessionFactory

#: Three Hall placements, three months apart: y 4,0 x 2,3 (HANDLINGSLAMMET), then y 4,5 x 4,3
#: (PROAKTIV), then y 2,0 x 4,0 (REAKTIV).
HALLS = [
    HALL_EXAMPLE,
    dict(sb1=5, sb2=4, sb3=4, sb4=5, sb5=4, sb6=1, od1=4, od2=5, od3=4, od4=4, od5=5, od6=2),
    dict(sb1=2, sb2=2, sb3=1, sb4=2, sb5=3, sb6=4, od1=4, od2=4, od3=5, od4=4, od5=3, od6=2),
]


def halls(make_session: SessionFactory, count: int = 3) -> list[str]:
    """``count`` complete Hall entries, 90 days apart from 27.11.2026; their ids, oldest first."""
    ids = []
    for n in range(count):
        when = FIXED_NOW + timedelta(days=90 * n)
        session = make_session("hall", HALLS[n % len(HALLS)], now=when)
        session.complete(now=when)
        ids.append(session.entry.id)
    return ids


def rows(table: DataTable[Any]) -> list[list[str]]:
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


async def open_history(pilot: p.AnyPilot) -> HistoryScreen:
    await pilot.press("h")
    await p.until(pilot, p.on_screen(pilot, HistoryScreen), "the history")
    screen = pilot.app.screen
    assert isinstance(screen, HistoryScreen)
    return screen


# --- the history tells the story -------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nb", ["HANDLINGSLAMMET", "PROAKTIV", "REAKTIV", "fullført"]),
        ("en", ["STUCK", "PROACTIVE", "REACTIVE", "complete"]),
    ],
)
async def test_each_row_says_its_result_and_status_whole_at_80_columns(
    make_app: AppFactory, make_session: SessionFactory, language: str, expected: list[str]
) -> None:
    halls(make_session)
    app = make_app(language=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot)
        painted = p.painted_text(pilot)
        for text in expected:
            assert text in painted, text
        assert "…" not in painted  # nothing essential cut
        date = "26.05.2027" if language == "nb" else "26 May 2027"
        assert date in painted


@pytest.mark.slow
async def test_x_and_s_filter_by_exercise_and_status(
    make_app: AppFactory, make_session: SessionFactory, diary: dict[str, str]
) -> None:
    halls(make_session, 2)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        table = screen.query_one("#entries", DataTable)
        assert table.row_count == 4
        await pilot.press("x")  # the first exercise by title: «Alle stegtyper»
        await p.until(pilot, lambda: table.row_count == 1, "only «Alle stegtyper»")
        assert "Øvelse: Alle stegtyper" in p.shown_text(screen)
        await pilot.press("x")
        await p.until(pilot, lambda: table.row_count == 3, "only Hall")
        await pilot.press("s", "s")  # complete, then drafts
        await p.until(pilot, lambda: not table.display, "no Hall drafts")
        assert "Status: utkast" in p.shown_text(screen)
        await pilot.press("x")  # every exercise, drafts
        await p.until(pilot, lambda: table.row_count == 1, "the one draft")
        assert rows(table)[0][0].endswith("utkast")


@pytest.mark.slow
async def test_english_filters_and_counts(
    make_app: AppFactory, make_session: SessionFactory
) -> None:
    halls(make_session, 2)
    app = make_app(language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        await pilot.press("s")
        await p.until(pilot, lambda: "Status: complete" in p.shown_text(screen), "filtered")
        assert "x Exercise: all" in p.shown_text(screen)
        assert "1–2 of 2" in p.shown_text(screen)


@pytest.mark.slow
async def test_a_long_history_is_shown_a_window_at_a_time(
    make_app: AppFactory, make_session: SessionFactory
) -> None:
    count = WINDOW * 2 + 30
    for n in range(count):
        when = FIXED_NOW + timedelta(hours=n)
        make_session("hall", HALL_EXAMPLE, now=when).complete(now=when)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        table = screen.query_one("#entries", DataTable)
        assert table.row_count == WINDOW  # never every row
        assert f"1–{WINDOW} av {count}" in p.shown_text(screen)
        await pilot.press("ctrl+end")
        await p.until(pilot, lambda: screen.window_start == WINDOW * 2, "the last window")
        assert table.row_count == 30 and table.cursor_row == 29
        assert rows(table)[-1][0].startswith("27.11.2026 13:38")  # the oldest
        await pilot.press("up")
        await p.until(pilot, lambda: table.cursor_row == 28, "one up")
        await pilot.press("ctrl+home", "up")  # at the very top, up stays
        await p.until(pilot, lambda: screen.window_start == 0 and table.cursor_row == 0)
        table.move_cursor(row=WINDOW - 1)
        await pilot.press("down")  # past the window's end: the next window
        await p.until(pilot, lambda: screen.window_start == WINDOW, "the second window")
        assert table.cursor_row == 0
        await pilot.press("up")
        await p.until(pilot, lambda: screen.window_start == 0, "back to the first")
        assert table.cursor_row == WINDOW - 1
        await pilot.press("space")  # marking the last row of a window moves on to the next
        await p.until(pilot, lambda: screen.window_start == WINDOW, "marked, then on")
        assert len(screen.marked) == 1


def long_history(make_session: SessionFactory, count: int) -> list[str]:
    """``count`` complete Hall entries an hour apart; their ids, newest first (as listed)."""
    ids = []
    for n in range(count):
        when = FIXED_NOW + timedelta(hours=n)
        session = make_session("hall", HALL_EXAMPLE, now=when)
        session.complete(now=when)
        ids.append(session.entry.id)
    return ids[::-1]


def painted_dates(pilot: p.AnyPilot) -> list[str]:
    """The dates of the rows painted now, top to bottom («27.11.2026 14:38»)."""
    return re.findall(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", "\n".join(p.painted_lines(pilot)))


@pytest.mark.slow
async def test_keys_typed_as_a_long_history_opens_land_on_the_right_entry_and_marks_stay(
    make_app: AppFactory, make_session: SessionFactory
) -> None:
    ids = long_history(make_session, WINDOW + 20)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        p.send_keys(pilot, *["down"] * 60)  # typed before the history has painted
        await p.until(pilot, p.on_screen(pilot, HistoryScreen), "the history")
        screen = pilot.app.screen
        assert isinstance(screen, HistoryScreen)
        table = screen.query_one("#entries", DataTable)
        await p.until(pilot, lambda: table.cursor_row == 60, "sixty rows down")
        current = screen._current()
        assert current is not None and current.id == ids[60]
        cursor_date = rows(table)[60][0].split("\n")[0]
        await p.until(pilot, lambda: cursor_date in painted_dates(pilot), "row 61 painted")
        assert painted_dates(pilot)[-1] == cursor_date  # scrolled to it, the rows above it
        await pilot.press("space")  # marked, the cursor on the next one
        await p.until(pilot, lambda: table.cursor_row == 61, "marked")
        assert list(screen.marked) == [ids[60]]
        await pilot.press("ctrl+end")  # the next window, then back
        await p.until(pilot, lambda: screen.window_start == WINDOW, "the second window")
        await pilot.press("ctrl+home")
        await p.until(pilot, lambda: screen.window_start == 0, "the first again")
        assert rows(table)[60][0].startswith("✓ " + cursor_date)  # still marked
        assert not rows(table)[61][0].startswith("✓")


@pytest.mark.slow
async def test_the_history_paints_its_rows_again_when_the_terminal_changes_size(
    make_app: AppFactory, make_session: SessionFactory
) -> None:
    """The table renders its cells once when it first appears (not again for the resize that
    follows its first layout), so a real change of size must still show what fits."""
    long_history(make_session, 30)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        table = screen.query_one("#entries", DataTable)
        listed = [r[0].split("\n")[0] for r in rows(table)]
        await p.until(pilot, lambda: painted_dates(pilot) == listed[: len(painted_dates(pilot))])
        first = len(painted_dates(pilot))
        assert first >= 7
        await pilot.resize_terminal(80, 34)  # taller only: the same cells, more of them
        await p.until(pilot, lambda: len(painted_dates(pilot)) >= first + 4, "more rows")
        assert painted_dates(pilot) == listed[: len(painted_dates(pilot))]
        await pilot.resize_terminal(100, 24)  # wider: the story column too
        await p.until(pilot, lambda: len(painted_dates(pilot)) < first + 4, "fewer again")
        assert painted_dates(pilot) == listed[: len(painted_dates(pilot))]
        assert table.columns[ColumnKey("story")].width == 100 - 4 - 4 - DATE_WIDTH


# --- last time ---------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "note", "key"),
    [("nb", "sist: 4 · 27.11.2026", "Sist"), ("en", "last time: 4 · 27 Nov 2026", "Last time")],
)
async def test_last_time_is_beside_the_statement_and_ctrl_l_hides_it(
    make_app: AppFactory,
    make_session: SessionFactory,
    language: str,
    note: str,
    key: str,
) -> None:
    halls(make_session, 1)
    app = make_app(language=language)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await p.open_exercise(pilot, "hall")
        await pilot.press("n")  # the info step: «n» does nothing there
        await p.read_cards(pilot, 1)
        await p.until(pilot, lambda: screen.unit.key == "sb1", "the first statement")
        await p.until(pilot, lambda: note in p.painted_text(pilot), "last time painted")
        assert p.footer(pilot)["ctrl+l"] == key
        await pilot.press("ctrl+l")
        await p.until(pilot, lambda: note not in p.shown_text(screen), "hidden")
        await p.rate(pilot, "5")  # the next statement: still hidden
        assert screen.unit.key == "sb2"
        assert not screen.query("#last-time")
        await pilot.press("ctrl+l")
        await p.until(pilot, lambda: bool(screen.query("#last-time")), "shown again")


@pytest.mark.slow
async def test_the_first_statement_is_painted_while_last_time_waits_for_the_diary(
    make_app: AppFactory, make_session: SessionFactory, isolated_environment: Locations
) -> None:
    """«Last time» lists the diary, which can take a while: here another terminal has just
    changed the diary and holds its lock (the index gone, as after a restore). The statement is
    painted meanwhile, without «sist»; a digit typed then waits and answers that statement
    once «sist» is in place; the next statement has its «sist» at once."""
    halls(make_session, 1)
    session = make_session("hall")
    first = next(n for n, u in enumerate(session.units) if u.key == "sb1")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.app.workers.wait_for_complete()  # home has listed the diary
        entries = isolated_environment.entries_dir
        for name in (INDEX_FILE_NAME, COLUMNS_FILE_NAME):
            (entries / name).unlink(missing_ok=True)
        os.utime(entries)  # the folder changed, as another terminal's save changes it
        held, release = threading.Event(), threading.Event()

        def other_terminal() -> None:
            with FolderLock(entries / LOCK_FILE_NAME):
                held.set()
                release.wait(timeout=20)  # never longer, whatever happens to the test

        holder = threading.Thread(target=other_terminal, daemon=True)
        holder.start()
        try:
            assert held.wait(timeout=5)
            screen = ExerciseScreen(session, start_at=first)
            await pilot.app.push_screen(screen)
            statement = render(session.units[first].item.text, "nb")  # type: ignore[union-attr]
            words = " ".join(statement.split()[:3])
            await p.until(pilot, lambda: words in p.painted_text(pilot), "the statement")
            assert "sist:" not in p.painted_text(pilot)
            looking = [w.state.name for w in screen.workers if w.group == "look-back"]
            assert looking == ["RUNNING"]  # still waiting for the diary
            p.send_keys(pilot, "4")
            await p.stays(pilot, lambda: "sb1" not in session.answers, 0.3, "the digit waits")
        finally:
            release.set()
            holder.join(timeout=5)
        await p.until(pilot, p.answer_is(screen, "sb1", 4), "the digit answered sb1")
        await p.until(pilot, lambda: screen.unit.key == "sb2", "on to the next")
        note = f"sist: {HALL_EXAMPLE['sb2']} · 27.11.2026"
        await p.until(pilot, lambda: note in p.painted_text(pilot), "sist beside sb2")


@pytest.mark.slow
async def test_a_first_time_has_no_last_time_and_no_key_for_it(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await p.open_exercise(pilot, "hall")
        await p.read_cards(pilot, 1)
        await p.until(pilot, lambda: screen.unit.key == "sb1", "the first statement")
        assert "ctrl+l" not in p.footer(pilot)
        assert not screen.query("#last-time")


@pytest.mark.slow
async def test_last_times_text_is_shown_on_request(
    make_app: AppFactory, make_session: SessionFactory
) -> None:
    hall = make_session("hall", {**HALL_EXAMPLE, "notat": "Mer tid til å lære"})
    hall.complete(now=FIXED_NOW)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await p.open_exercise(pilot, "hall")
        index = next(n for n, u in enumerate(screen.session.units) if u.key == "notat")
        await screen.show_unit(index)
        await p.until(pilot, lambda: "Ctrl+L viser det du skrev sist." in p.shown_text(screen))
        assert "Mer tid til å lære" not in p.shown_text(screen)
        await pilot.press("ctrl+l")
        await p.until(pilot, lambda: "Mer tid til å lære" in p.shown_text(screen), "the text")
        assert "Sist (27.11.2026) skrev du:" in p.shown_text(screen)
        assert not screen.session.answers.get("notat")  # shown, never copied into the answer


# --- trends and the trail ----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("language", ["nb", "en"])
async def test_three_halls_are_a_trail_and_two_trends(
    make_app: AppFactory, make_session: SessionFactory, language: str
) -> None:
    halls(make_session)
    app = make_app(language=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot)
        await pilot.press("t")
        await p.until(pilot, p.on_screen(pilot, TrendScreen), "the trend")
        screen = pilot.app.screen
        shown = p.shown_text(screen)
        [trail] = screen.query(TrailChart)
        assert [point.placement for point in trail.trail.points] == (
            ["HANDLINGSLAMMET", "PROAKTIV", "REAKTIV"]
            if language == "nb"
            else ["STUCK", "PROACTIVE", "REACTIVE"]
        )
        charts = list(screen.query(TrendChart))
        assert [len(c.series.points) for c in charts] == [3, 3]
        if language == "nb":
            assert "1 november 2026 · 2 februar 2027 · ● mai 2027 (nyest)" in shown
            assert "Selvbevissthet (1–5)" in shown and "+0,5" in shown
        else:
            assert "1 November 2026 · 2 February 2027 · ● May 2027 (newest)" in shown
            assert "Self-awareness (1–5)" in shown and "+0.5" in shown


@pytest.mark.slow
async def test_one_entry_says_there_is_nothing_to_compare_yet(
    make_app: AppFactory, make_session: SessionFactory
) -> None:
    halls(make_session, 1)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot)
        await pilot.press("t")
        await p.until(pilot, p.on_screen(pilot, TrendScreen), "the trend")
        assert "ingenting å sammenligne med ennå" in p.shown_text(pilot.app.screen)


@pytest.mark.slow
async def test_a_long_trail_says_its_last_placements_in_words(
    make_app: AppFactory, make_session: SessionFactory
) -> None:
    """The chart draws them all; the words under it say the last `WORDS_SHOWN` (thousands of
    placements in words took Textual seconds to wrap)."""
    from textual.widgets import Static

    from medarbeider_tui.ui.screens.trend import WORDS_SHOWN

    halls(make_session, WORDS_SHOWN + 2)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot)
        await pilot.press("t")
        await p.until(pilot, p.on_screen(pilot, TrendScreen), "the trend")
        screen = pilot.app.screen
        [trail] = screen.query(TrailChart)
        [words] = screen.query(".trail-words").results(Static)
        assert str(words.render()) == trail.trail.words("nb", last=WORDS_SHOWN)
        assert str(words.render()).count("→") == WORDS_SHOWN - 1
        assert f"de siste {WORDS_SHOWN} av {WORDS_SHOWN + 2} plasseringene" in p.shown_text(screen)


# --- compare -----------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("nb", ["Sammenligning: Hall-kvadranten", "Før", "Etter", "+0,5", "PROAKTIV"]),
        ("en", ["Comparison: The Hall quadrant", "Before", "After", "+0.5", "PROACTIVE"]),
    ],
)
async def test_two_marked_rows_side_by_side(
    make_app: AppFactory, make_session: SessionFactory, language: str, texts: list[str]
) -> None:
    halls(make_session, 3)
    app = make_app(language=language)
    async with app.run_test(size=(80, 24)) as pilot:
        history = await open_history(pilot)
        await pilot.press("down", "space", "space")  # the middle and the oldest
        await p.until(pilot, lambda: len(history.marked) == 2, "two marked")
        await pilot.press("c")
        await p.until(pilot, p.on_screen(pilot, CompareScreen), "the comparison")
        shown = p.shown_text(pilot.app.screen)
        for text in texts:
            assert text in shown, text
        assert "HANDLINGSLAMMET" in shown or "STUCK" in shown  # the older one is «before»


@pytest.mark.slow
async def test_c_with_nothing_marked_compares_with_the_entry_before(
    make_app: AppFactory, make_session: SessionFactory
) -> None:
    ids = halls(make_session, 2)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot)
        await pilot.press("c")
        await p.until(pilot, p.on_screen(pilot, CompareScreen), "the comparison")
        screen = pilot.app.screen
        assert isinstance(screen, CompareScreen)
        assert (screen.first_id, screen.second_id) == (ids[0], ids[1])
        await pilot.press("escape")
        await p.until(pilot, p.on_screen(pilot, HistoryScreen), "back")
