"""The plain menu: exercises with their status, drafts, the history, results heard again,
exports, deleting and the screen-reader setting, all by number (issue 15)."""

from __future__ import annotations

import io
import json
import os
import stat
from pathlib import Path

import pytest

from medarbeider_tui.paths import Locations
from medarbeider_tui.plain.menu import PlainMenu
from medarbeider_tui.service import ReflectionService
from medarbeider_tui.settings import load_settings
from tests.conftest import HALL_EXAMPLE, TEST_PACK
from tests.plain.helpers import saved_entries

HALL_KEYS = "\n" + "".join(f"{HALL_EXAMPLE[key]}\n" for key in HALL_EXAMPLE) + "\n"


def numbers(loc: Locations) -> dict[str, int]:
    """Each exercise's number in the main menu, then the history's and the setting's."""
    service = ReflectionService(loc, [TEST_PACK])
    ids = [f"{p.id}/{e.id}" for p in service.catalog.packs for e in p.exercises]
    found = {name: n for n, name in enumerate(ids, 1)}
    found["history"], found["setting"] = len(ids) + 1, len(ids) + 2
    return found


def menu(loc: Locations, keys: str, *, language: str = "nb", screen_reader: bool = False) -> str:
    out = io.StringIO()
    service = ReflectionService(loc, [TEST_PACK])
    code = PlainMenu(service, language, io.StringIO(keys), out, screen_reader=screen_reader).run()
    assert code == 0
    return out.getvalue()


@pytest.fixture
def hall(isolated_environment: Locations) -> str:
    return str(numbers(isolated_environment)["proeve/hall"])


def test_exercises_are_listed_with_their_status(isolated_environment: Locations, hall: str) -> None:
    out = menu(isolated_environment, f"{hall}\n" + "\n4\n")  # a draft: two answers, then end
    assert "Hall-kvadranten (Prøvepakke), omtrent 8 minutter: ikke gjort før" in out
    again = menu(isolated_environment, "0\n")
    assert "Hall-kvadranten (Prøvepakke), omtrent 8 minutter: utkast fra " in again
    assert "som kan fortsettes" in again
    assert "Historikken, én oppføring" in again


def test_a_draft_is_resumed_or_started_anew_by_number(
    isolated_environment: Locations, hall: str
) -> None:
    menu(isolated_environment, f"{hall}\n\n4\n")
    out = menu(isolated_environment, f"{hall}\n1\n4\n")  # resume: sb2 = 4
    assert "har et utkast fra" in out
    [draft] = saved_entries(isolated_environment)
    assert draft["answers"] == {"sb1": 4, "sb2": 4}
    menu(isolated_environment, f"{hall}\n2\n\n5\n")  # start anew: a second draft
    assert len(saved_entries(isolated_environment)) == 2


def test_a_finished_exercise_can_be_heard_again_from_the_history(
    isolated_environment: Locations, hall: str
) -> None:
    history = numbers(isolated_environment)["history"]
    menu(isolated_environment, f"{hall}\n" + HALL_KEYS)
    out = menu(isolated_environment, f"{history}\n1\n1\n=\n2\n0\n0\n0\n", screen_reader=True)
    assert out.count("Plassering: HANDLINGSLAMMET") == 2  # shown, then again with «=»
    assert "Vis resultatet" in out and "Vis svarene" in out
    assert "Jeg vet hva jeg bør utvikle." in out  # the answers
    assert "+---" not in out and "X = Du" not in out


def test_an_entry_is_exported_privately_and_never_over_another_file(
    isolated_environment: Locations, hall: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    history = numbers(isolated_environment)["history"]
    menu(isolated_environment, f"{hall}\n" + HALL_KEYS)
    [entry] = saved_entries(isolated_environment)
    offered = tmp_path / f"hall-{entry['completed_at'][:10]}.md"
    out = menu(isolated_environment, f"{history}\n1\n3\n1\n\n0\n0\n0\n")
    text = offered.read_text(encoding="utf-8")
    assert text.startswith("# Hall-kvadranten")
    assert stat.S_IMODE(os.stat(offered).st_mode) == 0o600
    assert "bare lesbar for deg" in out
    again = menu(isolated_environment, f"{history}\n1\n3\n1\n\nannet.md\n0\n0\n0\n")
    assert "finnes allerede; velg et annet filnavn." in again
    assert offered.read_text(encoding="utf-8") == text
    assert (tmp_path / "annet.md").exists()
    menu(isolated_environment, f"{history}\n1\n3\n2\ndata.json\n0\n0\n0\n")
    assert json.loads((tmp_path / "data.json").read_text(encoding="utf-8"))["id"] == entry["id"]


def test_an_entry_is_deleted_only_when_confirmed(
    isolated_environment: Locations, hall: str
) -> None:
    history = numbers(isolated_environment)["history"]
    menu(isolated_environment, f"{hall}\n\n4\n")
    out = menu(isolated_environment, f"{history}\n1\n4\n\n0\n0\n0\n")
    assert "Ingenting ble slettet." in out
    assert len(saved_entries(isolated_environment)) == 1
    out = menu(isolated_environment, f"{history}\n1\n4\nja\n0\n")
    assert "Oppføringen er slettet." in out
    assert saved_entries(isolated_environment) == []


def test_the_screen_reader_setting_is_switched_and_remembered(
    isolated_environment: Locations,
) -> None:
    setting = numbers(isolated_environment)["setting"]
    out = menu(isolated_environment, f"{setting}\n0\n", language="en")
    assert "The screen-reader setting is on: everything is said in words" in out
    assert load_settings(isolated_environment).screen_reader is True
    assert "question mark repeats" in out.rsplit("Main menu:", 1)[1].lower()  # words from now on
    menu(isolated_environment, f"{setting}\n0\n", language="en", screen_reader=True)
    assert load_settings(isolated_environment).screen_reader is False


def test_a_wrong_number_gets_one_line_and_the_menu_waits(isolated_environment: Locations) -> None:
    out = menu(isolated_environment, "42\n<\n0\n")
    assert "«42» passer ikke: skriv et nummer fra 0 til " in out
    assert "Dette er hovedmenyen; 0 avslutter." in out


def test_the_end_of_input_leaves_the_menu(isolated_environment: Locations) -> None:
    assert "Hovedmeny:" in menu(isolated_environment, "")


def test_an_entry_whose_pack_is_gone_is_shown_by_id(
    isolated_environment: Locations, hall: str
) -> None:
    """The notice said «svarene vises med id-ene sine» and then showed nothing."""
    menu(isolated_environment, f"{hall}\n" + HALL_KEYS)
    without_the_pack = ReflectionService(isolated_environment)  # the built-in packs only
    history = sum(len(p.exercises) for p in without_the_pack.catalog.packs) + 1
    out = io.StringIO()
    keys = io.StringIO(f"{history}\n1\n1\n0\n0\n0\n")
    assert PlainMenu(without_the_pack, "nb", keys, out, screen_reader=True).run() == 0
    said = out.getvalue()
    assert "(pakken proeve finnes ikke lenger; svarene vises med id-ene sine)" in said
    assert "Dine svar:\nsb1: 4\nsb2: 4\nsb3: 3\nsb4: 5" in said
    assert "Resultat:\n" in said and "hall: HANDLINGSLAMMET" in said
