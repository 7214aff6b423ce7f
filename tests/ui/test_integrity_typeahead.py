"""Issue 8, cases 1 and 8 (options): keys typed ahead land in order, on what they were meant for.

Keys are sent as a terminal sends them (``integrity.type_key``), at their own pace, never
waiting for the app: twelve digits at 10 keys a second, at random intervals, in one burst.
"""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

import pytest

from medarbeider_tui.content import model as m
from medarbeider_tui.ui.screens import exercise as exercise_screen
from tests.conftest import HALL_EXAMPLE
from tests.ui.integrity import (
    all_done,
    answers_on_disk,
    app_on,
    locations_in,
    type_key,
    type_keys,
    until,
)
from tests.ui.integrity import (
    exercise_screen as current_exercise,
)

HALL_DIGITS = "".join(str(HALL_EXAMPLE[key]) for key in HALL_EXAMPLE)  # sb1 … od6
#: Hall: two cards, then the twelve statements (units 2–13), then the result (14).
FIRST_STATEMENT, RESULT = 2, 14


@pytest.fixture(autouse=True)
def real_pause(quick_advance: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real pause after an answer: what the digits typed ahead race against."""
    monkeypatch.setattr(exercise_screen, "ADVANCE_DELAY", 0.25)


async def to_first_statement(app: object) -> None:
    from medarbeider_tui.ui.app import MedarbeiderApp

    assert isinstance(app, MedarbeiderApp)
    await type_keys(app, ["enter", "enter"], every=0.05)
    await until(lambda: current_exercise(app).index == FIRST_STATEMENT, "the first statement")


@pytest.mark.slow
@pytest.mark.parametrize("every", [0.1, 0.15, 0.25, 0.0], ids=["10/s", "0.15s", "0.25s", "burst"])
async def test_twelve_digits_typed_ahead_answer_the_twelve_statements_in_order(
    tmp_path: Path, every: float
) -> None:
    """Hall at 0,25 s a key kept 2 of 12 answers on their statements, at 0,15 s none."""
    locations = locations_in(tmp_path)
    app = app_on(locations, "hall-kvadranten")
    async with app.run_test(size=(80, 24)) as pilot:
        await to_first_statement(app)
        await type_keys(app, HALL_DIGITS, every)
        await all_done(pilot)
        screen = current_exercise(app)
        assert screen.index == RESULT
        assert screen.session.answers == HALL_EXAMPLE
    assert answers_on_disk(locations) == HALL_EXAMPLE


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_digits_at_random_intervals_land_in_order(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    locations = locations_in(tmp_path)
    app = app_on(locations, "hall-kvadranten")
    async with app.run_test(size=(80, 24)) as pilot:
        await to_first_statement(app)
        for digit in HALL_DIGITS:
            type_key(app, digit)
            await asyncio.sleep(rng.choice([0.0, 0.01, 0.05, 0.1, 0.2, 0.24, 0.26, 0.4]))
        await all_done(pilot)
        assert current_exercise(app).session.answers == HALL_EXAMPLE
    assert answers_on_disk(locations) == HALL_EXAMPLE


@pytest.mark.slow
async def test_enter_or_ctrl_n_within_the_pause_only_hurries_the_move(tmp_path: Path) -> None:
    """A digit moves on by itself; Ctrl+N (or Enter) pressed out of habit right after it must
    not skip the next statement, unanswered."""
    app = app_on(locations_in(tmp_path), "hall-kvadranten")
    async with app.run_test(size=(80, 24)) as pilot:
        await to_first_statement(app)
        await type_keys(app, ["4", "ctrl+n", "3", "enter"], every=0.05)
        await all_done(pilot)
        screen = current_exercise(app)
        assert screen.session.answers == {"sb1": 4, "sb2": 3}
        assert screen.unit.key == "sb3"
        # after the pause, Ctrl+N is a move of its own again
        type_key(app, "5")
        await asyncio.sleep(0.4)
        type_key(app, "ctrl+n")
        await all_done(pilot)
        assert screen.unit.key == "sb5"
        assert screen.session.answers == {"sb1": 4, "sb2": 3, "sb3": 5}


@pytest.mark.slow
async def test_ctrl_b_typed_ahead_goes_back_to_the_statement_just_answered(
    tmp_path: Path,
) -> None:
    app = app_on(locations_in(tmp_path), "hall-kvadranten")
    async with app.run_test(size=(80, 24)) as pilot:
        await to_first_statement(app)
        await type_keys(app, ["4", "ctrl+b", "2"], every=0.0)
        await all_done(pilot)
        screen = current_exercise(app)
        assert screen.session.answers == {"sb1": 2}  # changed, as the person meant
        assert screen.unit.key == "sb2"


@pytest.mark.slow
async def test_f2_typed_ahead_then_digits_answer_the_next_statements(tmp_path: Path) -> None:
    app = app_on(locations_in(tmp_path), "hall-kvadranten")
    async with app.run_test(size=(80, 24)) as pilot:
        await to_first_statement(app)
        await type_keys(app, ["4", "f2", "3", "f2", "5"], every=0.0)
        await all_done(pilot)
        screen = current_exercise(app)
        assert screen.session.answers == {"sb1": 4, "sb2": 3, "sb3": 5}
        assert screen.unit.key == "sb4"


@pytest.mark.slow
async def test_arrows_then_enter_answer_and_move_on_as_a_digit_does(tmp_path: Path) -> None:
    """Issue 8, case 8: ↑ ↓ then Enter chose an option but stayed, and a second Enter did
    nothing."""
    locations = locations_in(tmp_path)
    app = app_on(locations, "hall-kvadranten")
    async with app.run_test(size=(80, 24)) as pilot:
        await to_first_statement(app)
        await type_keys(app, ["down", "down", "down", "enter"], every=0.05)
        await all_done(pilot)
        screen = current_exercise(app)
        assert screen.session.answers == {"sb1": 4}
        assert screen.unit.key == "sb2"
        await type_keys(app, ["down", "enter", "enter"], every=0.3)
        await all_done(pilot)
        assert screen.session.answers == {"sb1": 4, "sb2": 2, "sb3": 1}
        assert screen.unit.key == "sb4"
    assert answers_on_disk(locations) == {"sb1": 4, "sb2": 2, "sb3": 1}


@pytest.mark.slow
async def test_a_single_choice_moves_on_with_enter_and_a_multiple_one_toggles(
    tmp_path: Path,
) -> None:
    """Enter on a multiple choice toggles the highlighted option and stays (like Space)."""
    app = app_on(locations_in(tmp_path), "selvledelse")
    async with app.run_test(size=(80, 24)) as pilot:
        await type_keys(app, ["enter", "down", "enter"], every=0.1)
        await all_done(pilot)
        screen = current_exercise(app)
        step = screen.unit.step
        assert isinstance(step, m.ChoiceStep)
        assert step.id == "styrker"
        assert screen.session.answers["styrker"] == [screen.session.options(step)[1].id]
