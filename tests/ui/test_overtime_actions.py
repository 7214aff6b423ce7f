"""The action-plan loop in the full-screen interface (issue 11, item 6), on the built-in pack
(its plans become actions): home says what is due, a review is keys in and JSON on disk out,
an action whose entry was deleted is kept or let go as the person chooses, and an exercise
opened again shows its open actions first. Also prioritering's tasks from last time.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, OptionList

from medarbeider_tui.paths import Locations
from medarbeider_tui.ui.screens.actions import ActionReviewScreen, ActionsScreen, OpenActionsFirst
from medarbeider_tui.ui.screens.confirm import ConfirmScreen
from medarbeider_tui.ui.screens.exercise import ExerciseScreen
from medarbeider_tui.ui.screens.home import HomeScreen
from tests.ui import pilots as p
from tests.ui.conftest import FIXED_NOW, PACK_ID, AppFactory, SessionFactory

pytestmark = pytest.mark.builtin_pack

WHAT = "Gi mer tilbakemelding"


def plan_a_review(make_session: SessionFactory) -> str:
    """A leader self-assessment completed 27.11.2026 with one development area to look at
    again that same day (so it is due whenever the test runs); the entry's id."""
    session = make_session(
        "lederferdigheter",
        {
            **{f"lf{n}": 3 for n in range(1, 15)},
            "plan-utvikling": {
                "utvikling-1": {"what": WHAT, "how": "hver fredag", "review": "2026-11-27"}
            },
        },
    )
    session.complete(now=FIXED_NOW)
    return session.entry.id


def action_files(locations: Locations) -> list[dict[str, Any]]:
    return [
        json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(Path(locations.data_dir).rglob("actions/*.json"))
        if path.name != "made-from.json"
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "due"),
    [("nb", "1 handling å se på igjen – trykk a"), ("en", "1 action to look at again – press a")],
)
async def test_home_says_what_is_due(
    make_app: AppFactory, make_session: SessionFactory, language: str, due: str
) -> None:
    plan_a_review(make_session)
    app = make_app(language=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await p.until(pilot, lambda: due in p.painted_text(pilot), "the due line")
        assert p.footer(pilot)["a"] == ("Handlinger" if language == "nb" else "Actions")


async def test_nothing_due_says_nothing_on_home(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = pilot.app.screen
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert not screen.query_one("#home-due").display


async def review_first(pilot: p.AnyPilot) -> ActionReviewScreen:
    await p.until(pilot, lambda: "trykk a" in p.shown_text(pilot.app.screen), "due")
    await pilot.press("a")
    await p.until(pilot, p.on_screen(pilot, ActionsScreen), "the actions")
    await p.until(pilot, lambda: WHAT in p.shown_text(pilot.app.screen), "the action listed")
    await pilot.press("enter")
    await p.until(pilot, p.on_screen(pilot, ActionReviewScreen), "the review")
    screen = pilot.app.screen
    assert isinstance(screen, ActionReviewScreen)
    await p.until(pilot, lambda: pilot.app.focused is screen.query_one("#helped"), "focus")
    return screen


@pytest.mark.slow
async def test_a_review_typed_in_is_in_the_diary(
    make_app: AppFactory, make_session: SessionFactory, isolated_environment: Locations
) -> None:
    plan_a_review(make_session)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await review_first(pilot)
        assert "Hva hjalp?" in p.shown_text(screen)
        await pilot.press(*"Fast tid", "tab", *"Travle uker", "tab", "down", "enter")
        await p.until(pilot, lambda: screen._state() == "done", "done chosen")
        await pilot.press("ctrl+s")
        await p.until(pilot, p.on_screen(pilot, ActionsScreen), "back at the actions")
        assert "Ingen åpne handlinger" in p.shown_text(pilot.app.screen)
    [action] = action_files(isolated_environment)
    assert action["state"] == "done"
    [review] = action["reviews"]
    assert (review["state"], review["helped"], review["hindered"]) == (
        "done",
        "Fast tid",
        "Travle uker",
    )


@pytest.mark.slow
async def test_going_on_asks_for_a_real_date_and_keeps_it(
    make_app: AppFactory, make_session: SessionFactory, isolated_environment: Locations
) -> None:
    plan_a_review(make_session)
    app = make_app(language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await p.until(pilot, lambda: "press a" in p.shown_text(pilot.app.screen), "due")
        await pilot.press("a")
        await p.until(pilot, p.on_screen(pilot, ActionsScreen), "the actions")
        await p.until(pilot, lambda: WHAT in p.shown_text(pilot.app.screen), "listed")
        await pilot.press("enter")
        await p.until(pilot, p.on_screen(pilot, ActionReviewScreen), "the review")
        screen = pilot.app.screen
        assert isinstance(screen, ActionReviewScreen)
        assert "What helped?" in p.shown_text(screen)
        field = screen.query_one("#next-review", Input)
        field.value = "31.02.2027"
        await pilot.press("ctrl+s")
        await p.until(pilot, lambda: "is not a date" in p.shown_text(screen), "refused")
        assert action_files(isolated_environment)[0]["reviews"] == []
        field.value = "15.03.2027"
        await pilot.press("ctrl+s")
        await p.until(pilot, p.on_screen(pilot, ActionsScreen), "saved")
        assert "Look at again: 15 Mar 2027" in p.shown_text(pilot.app.screen)
    [action] = action_files(isolated_environment)
    assert action["state"] == "going_on"
    assert action["reviews"][0]["next_review"] == "2027-03-15"


@pytest.mark.slow
@pytest.mark.parametrize("choice", ["keep", "let_go"])
async def test_an_action_whose_entry_was_deleted_is_kept_or_let_go(
    make_app: AppFactory,
    make_session: SessionFactory,
    isolated_environment: Locations,
    choice: str,
) -> None:
    entry = plan_a_review(make_session)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.app.workers.wait_for_complete()  # the action is made from the entry
        app.service.delete(entry)
        await pilot.press("a")
        await p.until(pilot, p.on_screen(pilot, ActionsScreen), "the actions")
        screen = pilot.app.screen
        await p.until(pilot, lambda: "er slettet: k beholder" in p.shown_text(screen), "asked")
        assert {"k", "l"} <= set(p.footer(pilot))
        if choice == "keep":
            await pilot.press("k")
            await p.until(pilot, lambda: "er slettet" not in p.shown_text(screen), "kept")
        else:
            await pilot.press("l")
            await p.until(pilot, p.on_screen(pilot, ConfirmScreen), "the question")
            await pilot.press("j")
            await p.until(pilot, lambda: WHAT not in p.shown_text(screen), "let go")
    found = action_files(isolated_environment)
    if choice == "keep":
        assert [a["kept_without_entry"] for a in found] == [True]
    else:
        assert found == []


@pytest.mark.slow
async def test_an_exercise_opened_again_shows_its_open_actions_first(
    make_app: AppFactory, make_session: SessionFactory
) -> None:
    plan_a_review(make_session)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.app.workers.wait_for_complete()
        options = pilot.app.screen.query_one("#exercises", OptionList)
        ids = [options.get_option_at_index(i).id or "" for i in range(options.option_count)]
        options.highlighted = ids.index(f"{PACK_ID}/lederferdigheter")
        await pilot.press("enter")
        await p.until(pilot, p.on_screen(pilot, OpenActionsFirst), "the open actions first")
        shown = p.shown_text(pilot.app.screen)
        assert "Dette planla du sist" in shown and WHAT in shown
        await pilot.press("escape")
        await p.until(pilot, p.on_screen(pilot, ExerciseScreen), "on to the exercise")
        await pilot.press("escape")  # nothing answered: closes at once
        await p.until(pilot, p.on_screen(pilot, HomeScreen), "home")


@pytest.mark.slow
async def test_prioritering_brings_last_times_tasks_in_to_keep_drop_or_add_to(
    make_app: AppFactory, make_session: SessionFactory
) -> None:
    before = make_session(
        "prioritering",
        {
            "oppgaver": ["Budsjett", "Rekruttering"],
            "matrise": [{"item": "Budsjett", "cell": "q1"}, {"item": "Rekruttering", "cell": "q2"}],
        },
    )
    before.complete(now=FIXED_NOW)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await p.open_exercise(pilot, "prioritering")
        index = next(n for n, u in enumerate(screen.session.units) if u.key == "oppgaver")
        await screen.show_unit(index)
        hint = "Sist (27.11.2026) hadde du 2 oppføringer. Ctrl+L tar dem med hit"
        await p.until(pilot, lambda: hint in p.shown_text(screen), "the offer")
        await pilot.press("ctrl+l")
        await p.until(
            pilot, p.answer_is(screen, "oppgaver", ["Budsjett", "Rekruttering"]), "taken in"
        )
        await p.add_to_list(pilot, "Opplæring")  # add to them
        await p.until(
            pilot, p.answer_is(screen, "oppgaver", ["Budsjett", "Rekruttering", "Opplæring"])
        )
