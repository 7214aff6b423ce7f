"""Pilot walks: a person goes from the home screen to a saved entry, and the JSON on disk is
what the diary format (docs/diary-format.md) promises.

The seven built-in exercises are walked on the built-in pack (they are the product; marked
``slow``); everything else about how the screens behave runs on the test pack, so editing the
built-in content cannot break it.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from textual.widgets import DataTable, OptionList, Static

from medarbeider_tui.paths import Locations
from medarbeider_tui.settings import Settings, load_settings
from medarbeider_tui.ui.screens import exercise as exercise_screen
from medarbeider_tui.ui.screens.about import AboutScreen
from medarbeider_tui.ui.screens.confirm import ConfirmScreen
from medarbeider_tui.ui.screens.exercise import ExerciseScreen
from medarbeider_tui.ui.screens.history import HistoryScreen
from medarbeider_tui.ui.screens.home import HomeScreen
from medarbeider_tui.ui.screens.result import ResultScreen
from medarbeider_tui.ui.screens.review import ReviewScreen
from medarbeider_tui.ui.widgets.text_answer import TextAnswer
from tests.ui import pilots as p
from tests.ui.conftest import (
    HALL_EXAMPLE,
    PACK_ID,
    QUICK_ADVANCE,
    REAL_ADVANCE_DELAY,
    TEST_PACK_ID,
    AppFactory,
    SessionFactory,
    read_entries,
    read_entry,
)
from tests.ui.pilots import AnyPilot


def assert_complete(entry: dict[str, Any], exercise: str, pack_id: str = PACK_ID) -> None:
    assert entry["schema_version"] == 2
    assert entry["status"] == "complete"
    assert entry["completed_at"] is not None
    assert entry["current_step"] is None
    assert entry["exercise"] == exercise
    assert entry["language"] == "nb"
    assert entry["pack"]["id"] == pack_id


# --- the seven exercises ---------------------------------------------------------------------


@pytest.mark.builtin_pack
@pytest.mark.slow
async def test_hall_walk_places_the_worked_example_in_handlingslammet(
    make_app: AppFactory, isolated_environment: Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exercise_screen, "ADVANCE_DELAY", REAL_ADVANCE_DELAY)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await p.open_exercise(pilot, "hall-kvadranten")
        assert screen.query_one("#progress").render().plain == "Steg 1 av 16"
        await p.read_cards(pilot, 2)
        assert "Utsagn 1 av 6" in p.shown_text(screen)
        await p.rate(pilot, "443542")  # each digit moves on by itself, after 0.25 s
        monkeypatch.setattr(exercise_screen, "ADVANCE_DELAY", QUICK_ADVANCE)  # the rest quicker
        await p.rate(pilot, "232324")
        assert screen.unit.step.id == "resultat"
        shown = p.shown_text(screen)
        assert "Plassering: HANDLINGSLAMMET" in shown
        assert "◆ HANDLINGSLAMMET" in shown  # the chart marks the quadrant
        await p.read_cards(pilot, 1)
        await p.write(pilot, "Jeg vil be om en prioritering.")
        await p.to_review(pilot, "ctrl+n")  # past the last step
        result = await p.finish(pilot)
        shown = p.shown_text(result)
        assert "Plassering: HANDLINGSLAMMET" in shown
        assert "Fullført og lagret" in shown

    entry = read_entry(isolated_environment)
    assert_complete(entry, "hall-kvadranten")
    assert entry["answers"] == HALL_EXAMPLE | {"egen-refleksjon": "Jeg vil be om en prioritering."}
    results = entry["results"]
    assert results["self_awareness"]["value"] == pytest.approx(4.0)
    assert results["adaptability"]["value"] == pytest.approx(7 / 3)
    assert results["hall"]["quadrant"] == "handlingslammet"
    assert results["hall"]["x"]["level"] == "low"
    assert results["hall"]["y"]["level"] == "high"


@pytest.mark.builtin_pack
@pytest.mark.slow
async def test_tre_sporsmal_walk_keeps_three_texts(
    make_app: AppFactory, isolated_environment: Locations
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await p.open_exercise(pilot, "tre-sporsmal")
        await p.read_cards(pilot, 1)
        await p.write(pilot, "En som liker å lære.")
        await p.next_step(pilot)
        await p.write(pilot, "Skrive klart.\nLytte.")
        await p.next_step(pilot)
        await pilot.press(*"Lede")  # typed, like a person would
        await p.to_review(pilot, "ctrl+n")
        await p.finish(pilot)

    entry = read_entry(isolated_environment)
    assert_complete(entry, "tre-sporsmal")
    assert entry["answers"] == {
        "hvem-er-du": "En som liker å lære.",
        "hva-kan-du": "Skrive klart.\nLytte.",
        "hva-vil-du": "Lede",
    }


@pytest.mark.builtin_pack
@pytest.mark.slow
async def test_prestasjonsdrivere_walk_names_the_lowest_driver(
    make_app: AppFactory, isolated_environment: Locations
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await p.open_exercise(pilot, "prestasjonsdrivere")
        await p.read_cards(pilot, 2)
        # leader, co-workers, identity, talents, goals, autonomy: two statements each
        await p.rate(pilot, "454455213343")
        assert screen.unit.step.id == "resultat"
        assert re.search(r"Talentutnyttelse +█+░+ +1,5", p.shown_text(screen))
        await p.read_cards(pilot, 1)
        assert "Lavest akkurat nå:\n  - Talentutnyttelse (1,5)" in p.shown_text(screen)
        await p.write(pilot, "Be om oppgaver som bruker det jeg kan.")
        await p.to_review(pilot)
        await p.finish(pilot)

    entry = read_entry(isolated_environment)
    assert_complete(entry, "prestasjonsdrivere")
    answers = entry["answers"]
    assert answers == {
        "ls1": 4,
        "ls2": 5,
        "ks1": 4,
        "ks2": 4,
        "id1": 5,
        "id2": 5,
        "tu1": 2,
        "tu2": 1,
        "mr1": 3,
        "mr2": 3,
        "ja1": 4,
        "ja2": 3,
        "refleksjon": "Be om oppgaver som bruker det jeg kan.",
    }
    results = entry["results"]
    assert results["lederstotte"]["value"] == pytest.approx(4.5)
    assert results["talentutnyttelse"]["value"] == pytest.approx(1.5)
    assert [pick["id"] for pick in results["lavest-driver"]["picks"]] == ["talentutnyttelse"]


@pytest.mark.builtin_pack
@pytest.mark.slow
async def test_medarbeiderskap_walk_through_result_and_the_lmr_card(
    make_app: AppFactory, isolated_environment: Locations
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await p.open_exercise(pilot, "medarbeiderskap")
        await p.read_cards(pilot, 2)
        await p.rate(pilot, "454223343")
        assert screen.unit.step.id == "resultat"
        assert re.search(r"Med-ledelse +█+░+ +2,3", p.shown_text(screen))
        await p.read_cards(pilot, 2)  # the result, then the LMR card
        assert screen.unit.step.id == "refleksjon"
        assert "Lavest akkurat nå:\n  - Med-ledelse (2,3)" in p.shown_text(screen)
        await p.write(pilot, "Si oftere hva jeg trenger.")
        await p.to_review(pilot, "ctrl+n")
        await p.finish(pilot)

    entry = read_entry(isolated_environment)
    assert_complete(entry, "medarbeiderskap")
    assert entry["answers"] == {
        "sl1": 4,
        "sl2": 5,
        "sl3": 4,
        "ml1": 2,
        "ml2": 2,
        "ml3": 3,
        "mdl1": 3,
        "mdl2": 4,
        "mdl3": 3,
        "refleksjon": "Si oftere hva jeg trenger.",
    }
    assert entry["results"]["med-ledelse"]["value"] == pytest.approx(7 / 3)
    assert [p["id"] for p in entry["results"]["lavest-del"]["picks"]] == ["med-ledelse"]


@pytest.mark.builtin_pack
@pytest.mark.slow
async def test_selvledelse_walk_toggles_several_choices(
    make_app: AppFactory, isolated_environment: Locations
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await p.open_exercise(pilot, "selvledelse")
        await p.read_cards(pilot, 1)
        await pilot.press("1", "3", "8", "3")  # 3 chosen, then unchosen again
        await p.until(pilot, p.answer_is(screen, "styrker", ["initiativ", "bevisst-forhold"]))
        # A multiple choice never moves on by itself: not even well after a single one would.
        await p.stays(pilot, lambda: screen.unit.step.id == "styrker", 10 * QUICK_ADVANCE, "stay")
        assert "☑ 1  Ta initiativ" in p.shown_text(screen)  # a box: several may be chosen
        await p.next_step(pilot)
        await pilot.press("6", "2")
        await pilot.press("down", "space")  # the highlight follows the last digit: 3
        await p.next_step(pilot)
        await p.write(pilot, "Jeg tar initiativ.")
        await p.next_step(pilot)
        await p.next_step(pilot)  # «selv-gjore» skipped
        await p.write(pilot, "Hjelp til å prioritere.")
        await p.to_review(pilot, "ctrl+n")
        await p.finish(pilot)

    entry = read_entry(isolated_environment)
    assert_complete(entry, "selvledelse")
    assert entry["answers"] == {
        "styrker": ["initiativ", "bevisst-forhold"],
        "krevende": ["mal-og-plan", "prioritere", "arbeidspress"],
        "oppsummering": "Jeg tar initiativ.",
        "hjelp": "Hjelp til å prioritere.",
    }


@pytest.mark.builtin_pack
@pytest.mark.slow
async def test_prioritering_walk_lists_and_sorts_tasks(
    make_app: AppFactory, isolated_environment: Locations
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await p.open_exercise(pilot, "prioritering")
        await p.read_cards(pilot, 1)
        await p.add_to_list(pilot, "Rapport", "Møter", "Lunsjavtale", "E-post")
        await pilot.press("shift+tab")  # from the field to the list
        entries = screen.query_one("#entries", OptionList)
        await pilot.press("down", "down", "down")  # the first Down highlights «Rapport»
        assert entries.highlighted == 2
        await pilot.press("delete")  # «Lunsjavtale» goes
        await p.next_step(pilot)
        assert screen.unit.step.id == "matrise"
        assert pilot.app.focused is screen.query_one("#answer")
        # Rapport → 2; the cursor moves on to Møter → 1, then E-post → 3; back up to Møter → 4
        await pilot.press("2", "1", "3", "up", "4")
        await p.next_step(pilot)
        await p.write(pilot, "Lange møter uten agenda.")
        for _ in range(4):  # the other four questions are optional
            await p.next_step(pilot)
        await p.to_review(pilot)
        await p.finish(pilot)

    entry = read_entry(isolated_environment)
    assert_complete(entry, "prioritering")
    answers = entry["answers"]
    assert answers["oppgaver"] == ["Rapport", "Møter", "E-post"]
    assert sorted(answers["matrise"], key=lambda p: p["item"]) == [
        {"item": "E-post", "cell": "q3"},
        {"item": "Møter", "cell": "q4"},
        {"item": "Rapport", "cell": "q2"},
    ]
    assert answers["slutte"] == "Lange møter uten agenda."
    assert set(answers) == {"oppgaver", "matrise", "slutte"}


@pytest.mark.builtin_pack
@pytest.mark.slow
async def test_lederferdigheter_walk_fills_both_plans(
    make_app: AppFactory, isolated_environment: Locations
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await p.open_exercise(pilot, "lederferdigheter")
        await p.read_cards(pilot, 1)
        await p.rate(pilot, "44523245441233")
        assert screen.unit.step.id == "resultat"
        assert "Mulige utviklingsområder" in p.shown_text(screen)
        await p.read_cards(pilot, 1)
        assert screen.unit.step.id == "plan-utvikling"
        assert "Forslag fra svarene dine: 1)" in p.shown_text(screen)
        await p.fill_plan(
            pilot,
            "utvikling-1",
            what="Gi tydelige tilbakemeldinger",
            how="Sette av tid hver fredag",
            review="15.01.2027",
        )
        await p.next_step(pilot)
        await p.fill_plan(pilot, "styrke-1", what="Lytte", how="Ha én-til-én-samtaler")
        await p.to_review(pilot, "ctrl+n")
        await p.finish(pilot)

    entry = read_entry(isolated_environment)
    assert_complete(entry, "lederferdigheter")
    answers = entry["answers"]
    assert answers["plan-utvikling"] == {
        "utvikling-1": {
            "what": "Gi tydelige tilbakemeldinger",
            "how": "Sette av tid hver fredag",
            "review": "2027-01-15",
        }
    }
    assert answers["plan-styrker"] == {
        "styrke-1": {"what": "Lytte", "how": "Ha én-til-én-samtaler", "review": None}
    }
    assert [answers[f"lf{n}"] for n in range(1, 15)] == [4, 4, 5, 2, 3, 2, 4, 5, 4, 4, 1, 2, 3, 3]
    results = entry["results"]
    assert results["utviklingsstotte"]["value"] == pytest.approx(2.25)
    assert results["utviklingsomrader"]["picks"][0]["id"] == "lf11"
    assert results["styrker"]["picks"][0]["value"] == 5


# --- the behaviour of the screens, on the test pack (tests/packs/proeve) ------------------------
#
# The test pack's «Hall-kvadranten» («hall») has one card, six + six statements, an optional
# note and the result (15 steps); «Alle stegtyper» («alt») has every other step kind.


@pytest.mark.slow
async def test_every_step_kind_walk_on_the_test_pack(
    make_app: AppFactory, isolated_environment: Locations
) -> None:
    """Scale, list, sort, both choices, plan and result, answered from the keyboard."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await p.open_exercise(pilot, "alt")
        await p.rate(pilot, "425")
        await p.add_to_list(pilot, "Rapport", "Møter")
        await p.next_step(pilot)
        assert screen.unit.step.id == "matrise"
        await pilot.press("2", "1")  # Rapport → q2; the cursor moves on to Møter → q1
        await p.until(pilot, lambda: len(screen.session.answers.get("matrise", [])) == 2)
        await p.next_step(pilot)
        assert "Jeg delegerer" in p.shown_text(screen)  # the options come from the scale
        await pilot.press("1", "3")
        await p.until(pilot, p.answer_is(screen, "styrker", ["f1", "f3"]))
        await p.next_step(pilot)
        await pilot.press("2")  # a single choice moves on by itself
        await p.until(pilot, lambda: screen.unit.step.id == "utvikling", "the plan")
        assert "Forslag fra svarene dine: 1)" in p.shown_text(screen)
        await p.fill_plan(pilot, "u1", what="Delegere mer", how="Én oppgave i uka")
        await p.next_step(pilot)
        assert screen.unit.step.id == "slutt"
        assert "Mulige utviklingsområder" in p.shown_text(screen)
        await p.to_review(pilot, "ctrl+n")
        await p.finish(pilot)

    entry = read_entry(isolated_environment)
    assert_complete(entry, "alt", TEST_PACK_ID)
    answers = entry["answers"]
    assert {key: answers[key] for key in ("f1", "f2", "f3", "oppgaver")} == {
        "f1": 4,
        "f2": 2,
        "f3": 5,
        "oppgaver": ["Rapport", "Møter"],
    }
    assert sorted(answers["matrise"], key=lambda p: p["item"]) == [
        {"item": "Møter", "cell": "q1"},
        {"item": "Rapport", "cell": "q2"},
    ]
    assert answers["styrker"] == ["f1", "f3"]
    assert answers["retning"] == "mindre"
    assert answers["utvikling"] == {
        "u1": {"what": "Delegere mer", "how": "Én oppgave i uka", "review": None}
    }
    assert entry["results"]["snitt"]["value"] == pytest.approx(11 / 3)
    assert [pick["id"] for pick in entry["results"]["lavest"]["picks"]] == ["f2", "f1"]


# --- closing, resuming, reviewing ------------------------------------------------------------


@pytest.mark.slow
async def test_answers_reach_the_disk_as_a_draft_while_the_exercise_is_open(
    make_app: AppFactory, isolated_environment: Locations
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await p.open_exercise(pilot, "hall")
        await p.read_cards(pilot, 1)
        assert list(isolated_environment.entries_dir.glob("*.json")) == []  # nothing yet
        await p.rate(pilot, "4")
        draft = await p.saved_entry(
            pilot, isolated_environment, lambda e: e["answers"] == {"sb1": 4}, "the draft"
        )
        assert draft["status"] == "draft"
        assert draft["current_step"] == "selvbevissthet"
        saved = screen.query_one("#saved", Static)
        await p.until(pilot, lambda: saved.render().plain == "✓ lagret", "«✓ lagret»")
        assert read_entry(isolated_environment)["id"] == draft["id"]  # one entry, this one


@pytest.mark.slow
async def test_ctrl_n_right_after_a_digit_moves_on_once(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    delay = 0.5
    monkeypatch.setattr(exercise_screen, "ADVANCE_DELAY", delay)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await p.open_exercise(pilot, "hall")
        await p.read_cards(pilot, 1)
        p.send_keys(pilot, "4", "ctrl+n")  # quicker than the screen: it must not move twice
        await p.until(pilot, p.at_unit(screen, 2), "sb2")
        # The digit's timer started before Ctrl+N was handled: past its moment, still sb2.
        await p.stays(pilot, lambda: screen.unit.key == "sb2", delay + 0.1, "moved on twice")
        assert screen.session.answers == {"sb1": 4}


@pytest.mark.slow
async def test_closing_midway_and_resuming_from_home(
    make_app: AppFactory, isolated_environment: Locations
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await p.open_exercise(pilot, "hall")
        await p.read_cards(pilot, 1)
        await p.rate(pilot, "443")
        await pilot.press("escape")
        await p.until(pilot, p.on_screen(pilot, ConfirmScreen), "the leave question")
        assert "Lukke øvelsen?" in p.shown_text(pilot.app.screen)
        await pilot.press("n")  # no: stay
        await p.until(pilot, p.on_screen(pilot, ExerciseScreen))
        assert screen.unit.key == "sb4"
        await p.leave(pilot)
        assert isinstance(pilot.app.screen, HomeScreen)

        draft = read_entry(isolated_environment)
        assert draft["status"] == "draft"
        assert draft["answers"] == {"sb1": 4, "sb2": 4, "sb3": 3}
        assert draft["current_step"] == "selvbevissthet"
        hall_row = pilot.app.screen.query_one("#exercises", OptionList).get_option_at_index(1)
        await p.until(pilot, lambda: "utkast – fortsett" in str(hall_row.prompt), "«utkast»")

        await pilot.press("enter")
        await p.until(pilot, p.on_screen(pilot, ExerciseScreen), "the resumed exercise")
        screen = p.exercise(pilot)
        assert screen.unit.key == "sb4"  # the first unanswered statement
        assert screen.query_one("#progress", Static).render().plain == "Steg 5 av 15"
        assert "Utsagn 4 av 6" in p.shown_text(screen)
        await p.rate(pilot, "542232324")
        await p.next_step(pilot)  # the note left empty
        await p.to_review(pilot, "ctrl+n")  # past the result, the last step
        await p.finish(pilot)

    entry = read_entry(isolated_environment)  # the draft itself was completed
    assert entry["id"] == draft["id"]
    assert_complete(entry, "hall", TEST_PACK_ID)
    assert entry["answers"] == HALL_EXAMPLE
    assert entry["results"]["hall"]["quadrant"] == "handlingslammet"


@pytest.mark.slow
async def test_n_on_home_starts_afresh_and_keeps_the_draft(
    make_app: AppFactory, diary: dict[str, str], isolated_environment: Locations
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        options = pilot.app.screen.query_one("#exercises", OptionList)
        await pilot.press("down")
        await p.until(pilot, lambda: options.highlighted == 2, "«Alle stegtyper»")
        await pilot.press("n")
        await p.until(pilot, p.on_screen(pilot, ExerciseScreen), "a new exercise")
        screen = p.exercise(pilot)
        assert screen.session.exercise.id == "alt"
        assert screen.session.entry.id != diary["alt"]
        assert screen.session.answers == {}
        assert screen.index == 0
        await pilot.press("escape")  # nothing answered: leaves without asking
        await p.until(pilot, p.on_screen(pilot, HomeScreen))
    assert [e["id"] for e in read_entries(isolated_environment)] == sorted(diary.values())


@pytest.mark.slow
async def test_review_picks_an_answer_to_change_and_finishes_with_it(
    make_app: AppFactory, make_session: SessionFactory, isolated_environment: Locations
) -> None:
    app = make_app(session=make_session("hall", HALL_EXAMPLE))
    async with app.run_test(size=(80, 24)) as pilot:
        await p.until(pilot, p.on_screen(pilot, ExerciseScreen))
        screen = p.exercise(pilot)
        review = await p.to_review(pilot)
        rows = review.query_one("#answers", OptionList)
        assert rows.option_count == 13  # twelve statements and the note
        assert "3 Verken enig eller uenig" in str(rows.get_option_at_index(2).prompt)
        assert "ikke besvart" in str(rows.get_option_at_index(12).prompt)
        await pilot.press("escape")  # back to where the person was
        await p.until(pilot, p.on_screen(pilot, ExerciseScreen), "the exercise")
        assert screen.index == 0

        review = await p.to_review(pilot)
        await pilot.press("down", "down", "enter")  # the third statement
        await p.until(pilot, p.on_screen(pilot, ExerciseScreen), "the picked answer")
        assert screen.unit.key == "sb3"
        await pilot.press("1")
        await p.until(pilot, p.answer_is(screen, "sb3", 1))
        review = await p.to_review(pilot)
        rows = review.query_one("#answers", OptionList)
        assert "1 Helt uenig" in str(rows.get_option_at_index(2).prompt)
        await p.finish(pilot)

    entry = read_entry(isolated_environment)
    assert_complete(entry, "hall", TEST_PACK_ID)
    assert entry["answers"] == HALL_EXAMPLE | {"sb3": 1}
    assert entry["results"]["self_awareness"]["value"] == pytest.approx(22 / 6)


@pytest.mark.slow
async def test_a_required_step_left_unanswered_blocks_finishing(
    make_app: AppFactory, isolated_environment: Locations
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await p.open_exercise(pilot, "alt")
        review = await p.to_review(pilot)
        rows = review.query_one("#answers", OptionList)
        assert "! ikke besvart" in str(rows.get_option_at_index(0).prompt)
        await pilot.press("f")
        error = review.query_one("#error", Static)
        await p.until(pilot, lambda: bool(error.render().plain), "the error")
        assert error.render().plain.startswith("Disse stegene må besvares før du kan fullføre: ")
        assert isinstance(pilot.app.screen, ReviewScreen)
        await pilot.press("escape")
        await p.until(pilot, p.on_screen(pilot, ExerciseScreen), "back to the exercise")
    assert read_entries(isolated_environment) == []  # nothing answered, nothing written


# --- language, first run ---------------------------------------------------------------------


@pytest.mark.slow
async def test_f2_on_home_switches_to_english_and_back(
    make_app: AppFactory, isolated_environment: Locations
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert "Hall-kvadranten" in p.shown_text(pilot.app.screen)
        assert p.footer(pilot)["h"] == "Historikk"
        await pilot.press("f2")
        await p.until(pilot, lambda: "The Hall quadrant" in p.shown_text(pilot.app.screen))
        shown = p.shown_text(pilot.app.screen)
        assert "Choose an exercise with the arrow keys" in shown
        assert "about 8 min  ·  new" in shown
        footer = p.footer(pilot)
        # n (start anew) and f3 (theme) work but have no room in the footer at 80 columns
        assert {key: footer[key] for key in ("h", "o", "p", "f2", "f5", "q")} == {
            "h": "History",
            "o": "About",
            "p": "Profile",
            "f2": "Norsk",
            "f5": "Present",
            "q": "Quit",
        }
        settings = json.loads(isolated_environment.settings_file.read_text(encoding="utf-8"))
        assert settings["language"] == "en"
        await pilot.press("f2")
        await p.until(pilot, lambda: "Hall-kvadranten" in p.shown_text(pilot.app.screen))
        assert p.footer(pilot)["p"] == "Profil"
        assert p.footer(pilot)["f2"] == "English"
    settings = json.loads(isolated_environment.settings_file.read_text(encoding="utf-8"))
    assert settings["language"] == "nb"


@pytest.mark.slow
async def test_f2_on_home_keeps_the_list_focused_on_the_same_exercise(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        options = pilot.app.screen.query_one("#exercises", OptionList)
        await pilot.press("down")
        await p.until(pilot, lambda: options.highlighted == 2, "«Alle stegtyper»")
        await pilot.press("f2")
        await p.until(pilot, lambda: "The Hall quadrant" in p.shown_text(pilot.app.screen))
        options = pilot.app.screen.query_one("#exercises", OptionList)
        assert pilot.app.focused is options
        assert options.highlighted == 2
        await pilot.press("up")
        await p.until(pilot, lambda: options.highlighted == 1, "«The Hall quadrant»")


async def test_the_history_shows_whole_dates_and_titles_when_it_opens(
    make_app: AppFactory, diary: dict[str, str]
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot)
        painted = ("28.11.2026 09:15", "Alle stegtyper", "fullført", "HANDLINGSLAMMET")
        await p.until(
            pilot,
            lambda: all(text in p.painted_text(pilot) for text in painted),
            f"{painted} painted",
        )


@pytest.mark.slow
async def test_f2_in_history_keeps_the_table_focused(
    make_app: AppFactory, diary: dict[str, str]
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot)
        await pilot.press("f2")
        await p.until(pilot, lambda: "History" in p.shown_text(pilot.app.screen), "English")
        table = pilot.app.screen.query_one("#entries", DataTable)
        assert pilot.app.focused is table
        await pilot.press("down")
        await p.until(pilot, lambda: table.cursor_row == 1, "the second row", patience=2)


@pytest.mark.slow
async def test_f2_mid_exercise_switches_the_texts_but_not_the_entry_language(
    make_app: AppFactory, isolated_environment: Locations
) -> None:
    app = make_app(language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await p.open_exercise(pilot, "hall")
        assert screen.session.language == "en"
        await p.read_cards(pilot, 1)
        await p.rate(pilot, "4")
        assert "I know what gives me balance." in p.shown_text(screen)
        assert p.footer(pilot)["ctrl+n"] == "Next"
        await pilot.press("f2")
        await p.until(pilot, lambda: "Jeg vet hva som gir meg balanse" in p.shown_text(screen))
        assert screen.query_one("#progress", Static).render().plain == "Steg 3 av 15"
        assert "Delvis enig" in p.shown_text(screen)
        assert {k: p.footer(pilot)[k] for k in ("ctrl+n", "ctrl+b", "ctrl+r", "escape")} == {
            "ctrl+n": "Neste",
            "ctrl+b": "Tilbake",
            "ctrl+r": "Oversikt",
            "escape": "Lukk",
        }
        await p.until(pilot, lambda: pilot.app.focused is screen.query_one("#answer"), "focus")
        await p.rate(pilot, "5")  # the keys still answer after the switch
        await pilot.press("f2")
        await p.until(pilot, lambda: "I can name my strengths." in p.shown_text(screen), "en")
        await p.leave(pilot)

    draft = read_entry(isolated_environment)
    assert draft["language"] == "en"  # as created: the questions were first shown in English
    assert draft["answers"] == {"sb1": 4, "sb2": 5}


@pytest.mark.slow
async def test_first_run_shows_the_privacy_note_once(
    make_app: AppFactory, isolated_environment: Locations
) -> None:
    settings_file = isolated_environment.settings_file
    app = make_app(settings=Settings())
    async with app.run_test(size=(80, 24)) as pilot:
        await p.until(pilot, p.on_screen(pilot, AboutScreen), "the privacy note")
        shown = p.shown_text(pilot.app.screen)
        assert "Personvern" in shown
        assert "Det er ikke en test, en diagnose" in shown
        assert str(isolated_environment.data_dir) in shown
        assert not settings_file.exists()
        await pilot.press("enter")
        await p.until(pilot, p.on_screen(pilot, HomeScreen), "home")
    assert json.loads(settings_file.read_text(encoding="utf-8"))["privacy_seen"] is True

    again = make_app(settings=load_settings(isolated_environment))
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(pilot.app.screen, HomeScreen)


# --- history -----------------------------------------------------------------------------------


async def open_history(pilot: AnyPilot) -> DataTable[Any]:
    await pilot.press("h")
    await p.until(pilot, p.on_screen(pilot, HistoryScreen), "the history")
    return pilot.app.screen.query_one("#entries", DataTable)


@pytest.mark.slow
async def test_history_lists_entries_newest_first(
    make_app: AppFactory, diary: dict[str, str]
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = await open_history(pilot)
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        assert rows == [
            ["28.11.2026 09:15\nutkast", "Alle stegtyper\nutkast: 1 svar så langt"],
            ["27.11.2026 13:38\nfullført", "Hall-kvadranten\nHANDLINGSLAMMET"],
        ]


@pytest.mark.slow
async def test_enter_in_history_opens_a_completed_entry_read_only(
    make_app: AppFactory, diary: dict[str, str]
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = await open_history(pilot)
        await pilot.press("down")
        await p.until(pilot, lambda: table.cursor_row == 1, "the Hall row")
        await pilot.press("enter")
        await p.until(pilot, p.on_screen(pilot, ResultScreen), "the entry")
        shown = p.shown_text(pilot.app.screen)
        assert "Lagret 27.11.2026 13:38 – kun visning." in shown
        assert "Plassering: HANDLINGSLAMMET" in shown


@pytest.mark.slow
async def test_r_in_history_resumes_a_draft_where_it_stopped(
    make_app: AppFactory, diary: dict[str, str], isolated_environment: Locations
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = await open_history(pilot)
        await pilot.press("down", "r")  # on the completed Hall entry: only drafts resume
        await pilot.pause()
        assert isinstance(pilot.app.screen, HistoryScreen)
        await pilot.press("up")
        await p.until(pilot, lambda: table.cursor_row == 0, "the draft row")
        await pilot.press("r")
        await p.until(pilot, p.on_screen(pilot, ExerciseScreen), "the draft")
        screen = p.exercise(pilot)
        assert screen.session.entry.id == diary["alt"]
        assert screen.unit.key == "f2"
        await p.rate(pilot, "3")
        await p.leave(pilot)
        assert isinstance(pilot.app.screen, HistoryScreen)

    draft = next(e for e in read_entries(isolated_environment) if e["status"] == "draft")
    assert draft["id"] == diary["alt"]
    assert draft["answers"] == {"f1": 4, "f2": 3}


@pytest.mark.slow
async def test_d_in_history_deletes_after_asking(
    make_app: AppFactory, diary: dict[str, str], isolated_environment: Locations
) -> None:
    hall_file = isolated_environment.entries_dir / f"{diary['hall']}.json"
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = await open_history(pilot)
        await pilot.press("down")
        await p.until(pilot, lambda: table.cursor_row == 1, "the Hall row")
        await pilot.press("d")
        await p.until(pilot, p.on_screen(pilot, ConfirmScreen), "the question")
        question = pilot.app.screen
        assert "Hall-kvadranten, 27.11.2026 13:38. Dette kan ikke angres." in p.shown_text(question)
        assert pilot.app.focused is question.query_one("#no")  # Enter would keep it
        assert hall_file.exists()
        await pilot.press("j")
        await p.until(pilot, lambda: table.row_count == 1, "the table without the entry")
        assert isinstance(pilot.app.screen, HistoryScreen)
    assert not hall_file.exists()
    assert [e["id"] for e in read_entries(isolated_environment)] == [diary["alt"]]


@pytest.mark.slow
async def test_n_to_the_delete_question_keeps_the_entry(
    make_app: AppFactory, diary: dict[str, str], isolated_environment: Locations
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = await open_history(pilot)
        await pilot.press("d")
        await p.until(pilot, p.on_screen(pilot, ConfirmScreen), "the question")
        await pilot.press("n")
        await p.until(pilot, p.on_screen(pilot, HistoryScreen))
        assert table.row_count == 2
    assert len(read_entries(isolated_environment)) == 2


@pytest.mark.slow
async def test_the_history_cursor_stays_on_its_entry_after_a_cancelled_delete(
    make_app: AppFactory, diary: dict[str, str]
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = await open_history(pilot)
        await pilot.press("down")
        await p.until(pilot, lambda: table.cursor_row == 1, "the Hall row")
        await pilot.press("d")
        await p.until(pilot, p.on_screen(pilot, ConfirmScreen), "the question")
        await pilot.press("n")
        await p.until(pilot, p.on_screen(pilot, HistoryScreen))
        assert table.cursor_row == 1


@pytest.mark.slow
async def test_ctrl_e_on_a_text_step_opens_the_editor(
    make_app: AppFactory, make_session: SessionFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(TextAnswer, "action_editor", lambda self: opened.append(self.text))
    session = make_session("hall", HALL_EXAMPLE)
    session.entry.current_step = "notat"  # a draft stopped at the note
    app = make_app(session=session)
    async with app.run_test(size=(80, 24)) as pilot:
        await p.until(pilot, p.on_screen(pilot, ExerciseScreen))
        assert p.exercise(pilot).unit.key == "notat"
        await p.write(pilot, "Et utkast")
        await pilot.press("ctrl+e")
        await p.until(pilot, lambda: bool(opened), "the editor")
    assert opened == ["Et utkast"]
