"""The plain mode as a screen-reader user meets it: a real process, stdin in, JSON on disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from medarbeider_tui.paths import Locations
from tests.conftest import HALL_EXAMPLE, TEST_PACK


def medarbeider(
    *args: str, stdin: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "medarbeider_tui", *args, "--pack", str(TEST_PACK)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def entries(loc: Locations) -> list[dict]:
    return [
        json.loads(p.read_text(encoding="utf-8")) for p in sorted(loc.entries_dir.glob("*.json"))
    ]


# Enter past the intro card (after asking for it again with ?), sb1..sb6 with a repeat (?)
# and a step back (<), od1..od6 with "not relevant" (0) on od6, then a two-line reflection
# ended by a lone full stop.
HALL_KEYS = "?\n\n4\n4\n?\n3\n<\n3\n5\n4\n2\n2\n3\n2\n3\n2\n0\nFørste linje\n\nTredje linje\n.\n"


@pytest.mark.slow
def test_hall_walk_from_keys_to_json(isolated_environment: Locations) -> None:
    done = medarbeider("run", "hall", "--plain", stdin=HALL_KEYS)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Steg 2 av 5: Selvbevissthet" in out
    assert out.count("Svar ut fra hvordan det er nå.") == 2  # Markdown marks dropped, repeated
    assert "Trykk Enter for å gå videre." in out
    assert "  0 Ikke relevant" in out
    assert out.count("Utsagn 3 av 6: Jeg kan sette ord på mine sterke sider.") == 3
    assert "Ditt svar nå: 3 Verken enig eller uenig" in out
    assert "Plassering: HANDLINGSLAMMET" in out
    assert "Ferdig. Svarene er lagret som" in out
    [entry] = entries(isolated_environment)
    assert entry["status"] == "complete"
    assert entry["answers"] == HALL_EXAMPLE | {
        "od6": "not_relevant",
        "notat": "Første linje\n\nTredje linje",
    }
    assert entry["results"]["adaptability"]["answered"] == 5
    assert entry["results"]["hall"]["quadrant"] == "handlingslammet"
    assert entry["current_step"] is None


@pytest.mark.slow
def test_end_of_input_keeps_the_draft_and_resume_finishes_it(
    isolated_environment: Locations,
) -> None:
    stopped = medarbeider("run", "hall", "--plain", "--lang", "en", stdin="\n4\n4\n")
    assert stopped.returncode == 130
    [draft] = entries(isolated_environment)
    assert draft["status"] == "draft"
    assert draft["answers"] == {"sb1": 4, "sb2": 4}
    assert draft["current_step"] == "selvbevissthet"
    assert f"medarbeider run hall --resume {draft['id']}" in stopped.stdout

    rest = "3\n5\n4\n2\n" + "2\n3\n2\n3\n2\n4\n" + "\n"  # skip the optional reflection
    resumed = medarbeider("run", "hall", "--plain", "--lang", "en", stdin=rest)
    assert "Continuing the draft from" in resumed.stdout  # piped: not asked, told
    assert resumed.returncode == 0, resumed.stdout
    [entry] = entries(isolated_environment)
    assert entry["id"] == draft["id"]
    assert entry["status"] == "complete"
    assert "notat" not in entry["answers"]
    assert entry["results"]["hall"]["quadrant"] == "handlingslammet"


@pytest.mark.slow
def test_required_question_cannot_be_skipped_and_bad_input_is_explained(
    isolated_environment: Locations,
) -> None:
    keys = (
        "\n9\nx\n2\n4\n3\n"  # scale: empty (required), out of range, not a number, then 2 4 3
        "Mail\nMøte\nRapport\n\n"  # list, ended by an empty line
        "5\n3\n1\n2\n"  # sort: 5 is no cell; then Mail→3, Møte→1, Rapport→2
        "1 3\n"  # strengths (multiple), from the scale step's items
        "\n2\n"  # single choice is required
        "1\nØve mer\n15.13.2027\n15.01.2027\nKurs\nLese\n\n"  # plan with a bad date
    )
    done = medarbeider("run", "alt", "--plain", "--lang", "en", stdin=keys)
    assert done.returncode == 0, done.stdout[-2000:]
    out = done.stdout
    assert out.count("This question needs an answer.") == 2
    assert "“9” does not fit: write a number from 1 to 5." in out
    assert "“15.13.2027” does not fit: that is not a date;" in out
    [entry] = entries(isolated_environment)
    answers = entry["answers"]
    assert answers["oppgaver"] == ["Mail", "Møte", "Rapport"]
    assert answers["matrise"] == [
        {"item": "Mail", "cell": "q3"},
        {"item": "Møte", "cell": "q1"},
        {"item": "Rapport", "cell": "q2"},
    ]
    assert answers["styrker"] == ["f1", "f3"]
    assert answers["retning"] == "mindre"
    assert answers["utvikling"] == {
        "u1": {"what": "I listen", "how": "Øve mer", "review": "2027-01-15"},
        "u2": {"what": "Kurs", "how": "Lese", "review": None},
    }
    assert entry["results"]["lavest"]["picks"] == [
        {"id": "f1", "value": 2.0},
        {"id": "f3", "value": 3.0},
    ]


@pytest.mark.slow
def test_dumb_terminal_and_pipes_choose_plain_mode(isolated_environment: Locations) -> None:
    done = medarbeider("--lang", "en", "run", "hall", stdin="", env={"TERM": "dumb"})
    assert "Plain mode:" in done.stdout
    assert done.returncode == 130  # nothing answered: no draft written
    assert entries(isolated_environment) == []
