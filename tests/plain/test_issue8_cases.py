"""Issue 8, plain mode, cases 10 to 14: every answer lands where it was meant, and is kept.

Each test fails on 499ce8c (the commit plain mode was rebuilt from). Cases that need a real
terminal (Ctrl+C from the keyboard, the terminal's line limit, signals) are in test_terminal.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from medarbeider_tui.paths import Locations
from tests.conftest import HALL_EXAMPLE
from tests.plain.helpers import MODEL_PACK, walk

HALL_SCALES = "".join(f"{HALL_EXAMPLE[key]}\n" for key in HALL_EXAMPLE)
#: The alt exercise up to its plan: f1 2, f2 4, f3 3 (so the suggestions are «Jeg lytter» and
#: «Jeg coacher»), three tasks sorted, strengths 1 and 3, direction 2.
ALT_TO_PLAN = "2\n4\n3\n" + "Mail\nMøte\nRapport\n\n" + "3\n1\n2\n" + "1 3\n" + "2\n"
NEXT_YEAR = date.today().year + 1


# --- case 10: the end of input or Ctrl+C inside a longer answer keeps it, and says so ---------


def test_end_of_input_inside_a_text_keeps_the_lines_typed(isolated_environment: Locations) -> None:
    done = walk(isolated_environment, "hall", "\n" + HALL_SCALES + "Første linje\nAndre linje\n")
    assert done.code == 130
    assert done.answers["notat"] == "Første linje\nAndre linje"
    assert "De 2 linjene du skrev, er lagret i utkastet." in done.out


def test_ctrl_c_inside_a_text_keeps_the_lines_typed(isolated_environment: Locations) -> None:
    keys = "\n" + HALL_SCALES + "Bare én linje\n"
    done = walk(isolated_environment, "hall", keys, interrupt=True, language="en")
    assert done.code == 130
    assert done.answers["notat"] == "Bare én linje"
    assert "The line you wrote is saved in the draft." in done.out


def test_end_of_input_inside_a_list_keeps_the_items_typed(isolated_environment: Locations) -> None:
    done = walk(isolated_environment, "alt", "2\n4\n3\nMail\nMøte\n")
    assert done.code == 130
    assert done.answers["oppgaver"] == ["Mail", "Møte"]
    assert "Listen er lagret i utkastet med 2 punkter." in done.out


# --- case 11: a list says it is full before it is; a line after that is never the next answer --


def test_a_full_list_says_so_and_the_next_line_is_not_the_next_answer(
    isolated_environment: Locations,
) -> None:
    done = walk(isolated_environment, "kort", "En\nTo\nTre\n\nSvar\n", pack=MODEL_PACK)
    assert done.code == 0, done.out
    assert done.answers == {"to": ["En", "To"], "etter": "Svar"}
    out = done.out
    assert out.index("Det er plass til ett punkt til.") < out.index("Punkt 2 av høyst 2")
    assert "Listen er full: den har 2 av 2 punkter." in out
    assert "Listen er full, så den linjen ble ikke lagt til." in out


# --- case 12: plans, sorts, lists and optional answers --------------------------------------


def test_a_bad_number_in_the_second_slot_asks_that_slot_again_only(
    isolated_environment: Locations,
) -> None:
    plan = "1\nØve\n\n" + "7\nKurs\nLese\n\n"
    done = walk(isolated_environment, "alt", ALT_TO_PLAN + plan)
    assert done.code == 0, done.out[-1500:]
    assert done.answers["utvikling"] == {
        "u1": {"what": "Jeg lytter", "how": "Øve", "review": None},
        "u2": {"what": "Kurs", "how": "Lese", "review": None},
    }
    assert "«7» passer ikke: skriv ett nummer fra 1 til 2." in done.out


def test_question_mark_and_back_at_how_and_date_are_never_saved_as_answers(
    isolated_environment: Locations,
) -> None:
    review = f"15.01.{NEXT_YEAR}"
    plan = "1\n?\nØve\n?\n<\n\n" + review + "\n" + "\n"
    done = walk(isolated_environment, "alt", ALT_TO_PLAN + plan)
    assert done.code == 0, done.out[-1500:]
    assert done.answers["utvikling"] == {
        "u1": {"what": "Jeg lytter", "how": "Øve", "review": f"{NEXT_YEAR}-01-15"},
    }


def test_question_mark_and_back_in_the_middle_of_a_sort_keep_the_placements(
    isolated_environment: Locations,
) -> None:
    keys = "2\n4\n3\n" + "Mail\nMøte\nRapport\n\n" + "3\n?\n1\n<\n\n2\n"
    done = walk(isolated_environment, "alt", keys)
    assert done.answers["matrise"] == [
        {"item": "Mail", "cell": "q3"},
        {"item": "Møte", "cell": "q1"},
        {"item": "Rapport", "cell": "q2"},
    ]


def test_a_new_item_after_going_back_is_added_to_the_list(
    isolated_environment: Locations,
) -> None:
    keys = "2\n4\n3\n" + "Mail\nMøte\n\n" + "3\n" + "<\n<\n" + "Rapport\n\n" + "\n\n1\n"
    done = walk(isolated_environment, "alt", keys)
    assert done.answers["oppgaver"] == ["Mail", "Møte", "Rapport"]
    # Back in the sort: Mail kept (Enter), Møte must be placed (Enter is refused), then 1.
    assert done.answers["matrise"] == [
        {"item": "Mail", "cell": "q3"},
        {"item": "Møte", "cell": "q1"},
    ]
    assert "Listen har 2 punkter: Mail og Møte." in done.out
    assert "Nye punkter kommer til slutt i listen." in done.out


def test_minus_empties_a_list_to_write_it_anew(isolated_environment: Locations) -> None:
    keys = "2\n4\n3\n" + "Mail\nMøte\n\n" + "<\n" + "-\nRapport\n\n"
    done = walk(isolated_environment, "alt", keys)
    assert done.answers["oppgaver"] == ["Rapport"]
    assert "Listen er tømt." in done.out


def test_an_optional_answer_once_given_can_be_cleared(isolated_environment: Locations) -> None:
    done = walk(isolated_environment, "hall", "\n4\n<\n-\n\n")
    assert "sb1" not in done.answers
    assert "Svaret er fjernet." in done.out
    assert "- fjerner svaret" in done.out  # the key is said where it applies


# --- case 13: review dates ------------------------------------------------------------------


def test_a_two_digit_year_is_this_century(isolated_environment: Locations) -> None:
    plan = f"1\nØve\n15.1.{NEXT_YEAR % 100}\n\n"
    done = walk(isolated_environment, "alt", ALT_TO_PLAN + plan)
    assert done.answers["utvikling"]["u1"]["review"] == f"{NEXT_YEAR}-01-15"
    assert f"Dato: 15.01.{NEXT_YEAR}." in done.out


def test_past_and_far_future_review_dates_get_a_clear_answer(
    isolated_environment: Locations,
) -> None:
    past, far = f"15.01.{NEXT_YEAR - 3}", f"1.1.{NEXT_YEAR + 40}"
    plan = f"1\nØve\n{past}\n{far}\n15.06.{NEXT_YEAR}\n\n"
    done = walk(isolated_environment, "alt", ALT_TO_PLAN + plan)
    assert done.answers["utvikling"]["u1"]["review"] == f"{NEXT_YEAR}-06-15"
    assert f"«{past}» passer ikke: den datoen er passert;" in done.out
    assert f"«{far}» passer ikke: det er mer enn fem år fram;" in done.out


# --- case 14: piped input -------------------------------------------------------------------


@pytest.mark.slow
def test_a_piped_resume_never_takes_the_first_line_as_its_answer(
    isolated_environment: Locations,
) -> None:
    first = walk(isolated_environment, "hall", "\n4\n4\n")
    assert first.answers == {"sb1": 4, "sb2": 4}
    from tests.e2e.test_plain_walk import entries, medarbeider

    resumed = medarbeider("run", "hall", "--plain", stdin="3\n")
    [entry] = entries(isolated_environment)
    assert entry["answers"] == {"sb1": 4, "sb2": 4, "sb3": 3}
    assert "Fortsetter utkastet fra" in resumed.stdout
    assert "--new" in resumed.stdout
    fresh = medarbeider("run", "hall", "--plain", "--new", stdin="\n5\n")
    assert fresh.returncode == 130
    assert len(entries(isolated_environment)) == 2
