"""Pilot walks: a person goes from the home screen to a saved entry, and the JSON on disk is
what the diary format (docs/diary-format.md) promises."""

from __future__ import annotations

import re
from typing import Any

import pytest
from textual.widgets import OptionList

from medarbeider_tui.paths import Locations
from tests.ui import pilots as p
from tests.ui.conftest import PACK_ID, AppFactory, read_entry

# domain.md §6.4, the worked example: self-awareness 4,0 (sb6 reversed), adaptability 2,3.
HALL_EXAMPLE = {
    "sb1": 4,
    "sb2": 4,
    "sb3": 3,
    "sb4": 5,
    "sb5": 4,
    "sb6": 2,
    "od1": 2,
    "od2": 3,
    "od3": 2,
    "od4": 3,
    "od5": 2,
    "od6": 4,
}


def assert_complete(entry: dict[str, Any], exercise: str, language: str = "nb") -> None:
    assert entry["schema_version"] == 1
    assert entry["status"] == "complete"
    assert entry["completed_at"] is not None
    assert entry["current_step"] is None
    assert entry["exercise"] == exercise
    assert entry["language"] == language
    assert entry["pack"]["id"] == PACK_ID


# --- the seven exercises ---------------------------------------------------------------------


async def test_hall_walk_places_the_worked_example_in_handlingslammet(
    make_app: AppFactory, isolated_environment: Locations
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await p.open_exercise(pilot, "hall-kvadranten")
        assert screen.query_one("#progress").render().plain == "Steg 1 av 16"
        await p.read_cards(pilot, 2)
        assert "Utsagn 1 av 6" in p.shown_text(screen)
        await p.rate(pilot, "443542", auto_advance=True)
        await p.rate(pilot, "232324", auto_advance=True)
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


async def test_selvledelse_walk_toggles_several_choices(
    make_app: AppFactory, isolated_environment: Locations
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await p.open_exercise(pilot, "selvledelse")
        await p.read_cards(pilot, 1)
        await pilot.press("1", "3", "8", "3")  # 3 chosen, then unchosen again
        await pilot.pause(0.3)
        assert screen.unit.step.id == "styrker"  # a multiple choice never moves on by itself
        assert "● 1  Ta initiativ" in p.shown_text(screen)
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
