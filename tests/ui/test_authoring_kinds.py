"""The new step kinds and conditions of pack format 2 in the app (issue 16): a ranking moved
with Shift+↑/↓, a number typed with a decimal comma, a hidden step passed by, a placeholder
filled in a title. Walked on the pack `medarbeider packs new` writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from medarbeider_tui.paths import Locations
from medarbeider_tui.ui.app import MedarbeiderApp
from medarbeider_tui.ui.widgets.ranking import RankingList
from tests.authoring.newpack import new_pack
from tests.ui.pilots import (
    answer_is,
    app_on_new_pack,
    at_unit,
    exercise,
    on_screen,
    shown_text,
    until,
)

BEFORE_RANKING = {
    "glede": 4,
    "mestring": 5,
    "verktoy": 1,
    "paavirke": 6,
    "bestemme": 5,
    "viktigst": "faget",
    "oppgaver": ["Rapport", "E-post", "Møte"],
}


def app_at(
    tmp_path: Path, loc: Locations, step_id: str, answers: dict[str, object]
) -> MedarbeiderApp:
    return app_on_new_pack(new_pack(tmp_path), loc, step_id, answers)


@pytest.mark.slow
async def test_a_ranking_is_moved_with_shift_arrows(
    tmp_path: Path, isolated_environment: Locations
) -> None:
    from medarbeider_tui.ui.screens.exercise import ExerciseScreen

    app = app_at(tmp_path, isolated_environment, "rekkefolge", BEFORE_RANKING)
    async with app.run_test(size=(100, 40)) as pilot:
        await until(pilot, on_screen(pilot, ExerciseScreen), "the exercise screen")
        screen = exercise(pilot)
        assert screen.unit.key == "rekkefolge"
        ranking = screen.query_one(RankingList)
        assert app.focused is ranking
        assert "1. Rapport" in shown_text(screen)
        await pilot.press("down", "shift+up")  # E-post to the top
        await until(pilot, answer_is(screen, "rekkefolge", ["E-post", "Rapport", "Møte"]), "moved")
        await pilot.press("down", "down", "shift+up")  # Møte above Rapport
        order = ["E-post", "Møte", "Rapport"]
        await until(pilot, answer_is(screen, "rekkefolge", order), "moved again")


@pytest.mark.slow
async def test_going_on_from_a_ranking_accepts_the_order_shown(
    tmp_path: Path, isolated_environment: Locations
) -> None:
    from medarbeider_tui.ui.screens.exercise import ExerciseScreen

    app = app_at(tmp_path, isolated_environment, "rekkefolge", BEFORE_RANKING)
    async with app.run_test(size=(100, 40)) as pilot:
        await until(pilot, on_screen(pilot, ExerciseScreen), "the exercise screen")
        screen = exercise(pilot)
        before = screen.index
        await pilot.press("ctrl+n")
        await until(pilot, at_unit(screen, before + 1), "the next step")
        assert screen.session.answers["rekkefolge"] == ["Rapport", "E-post", "Møte"]


@pytest.mark.slow
async def test_a_number_with_a_decimal_comma_and_a_hidden_step_passed_by(
    tmp_path: Path, isolated_environment: Locations
) -> None:
    from medarbeider_tui.ui.screens.exercise import ExerciseScreen

    answers = {k: v for k, v in BEFORE_RANKING.items() if k != "oppgaver"}
    app = app_at(tmp_path, isolated_environment, "viktigst", answers)
    async with app.run_test(size=(100, 40)) as pilot:
        await until(pilot, on_screen(pilot, ExerciseScreen), "the exercise screen")
        screen = exercise(pilot)
        assert screen.unit.key == "viktigst"
        at = screen.index
        await pilot.press("ctrl+n")  # «Noe annet» is hidden (Faget): straight to the number
        await until(pilot, lambda: screen.unit.key == "timer", "the number step")
        assert screen.index == at + 2
        field = screen.query_one("#number", Input)
        field.focus()
        await pilot.press("7", ",", "5")
        await until(pilot, answer_is(screen, "timer", 7.5), "the number taken")
        assert "timer" in shown_text(screen)
        await pilot.press("ctrl+b")  # back passes the hidden step too
        await until(pilot, lambda: screen.unit.key == "viktigst", "back to the choice")


@pytest.mark.slow
async def test_a_placeholder_is_filled_in_a_title(
    tmp_path: Path, isolated_environment: Locations
) -> None:
    from medarbeider_tui.ui.screens.exercise import ExerciseScreen

    answers = {**BEFORE_RANKING, "rekkefolge": ["E-post", "Rapport", "Møte"], "timer": 2}
    app = app_at(tmp_path, isolated_environment, "refleksjon", answers)
    async with app.run_test(size=(100, 40)) as pilot:
        await until(pilot, on_screen(pilot, ExerciseScreen), "the exercise screen")
        text = shown_text(exercise(pilot))
        assert "Om «Faget»" in text
        assert "E-post, Rapport, Møte" in text
