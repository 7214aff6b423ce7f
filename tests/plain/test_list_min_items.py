"""A list that asks for at least two entries, in plain mode (issue 16): every entry is saved as
it is typed, so the first ones (fewer than ``min_items``) must be kept, not refused; an empty
line before the minimum says how many more are needed."""

from __future__ import annotations

from pathlib import Path

from medarbeider_tui.paths import Locations
from tests.authoring.newpack import PLAIN_KEYS, new_pack
from tests.plain.helpers import walk


def pack_asking_for_three(tmp_path: Path) -> Path:
    folder = new_pack(tmp_path)
    exercise = folder / "exercises" / "first.yaml"
    text = exercise.read_text(encoding="utf-8")
    assert text.count("min_items: 1") == 1
    exercise.write_text(text.replace("min_items: 1", "min_items: 3"), encoding="utf-8")
    return folder


def test_a_list_of_at_least_three_is_answered(
    tmp_path: Path, isolated_environment: Locations
) -> None:
    walked = walk(isolated_environment, "first", PLAIN_KEYS, pack=pack_asking_for_three(tmp_path))
    assert walked.code == 0, walked.out
    assert walked.answers["oppgaver"] == ["Rapport", "E-post", "Møte"]
    assert "forventet" not in walked.out  # no entry was refused on the way
    assert "Skriv ett punkt per linje, minst 3 og høyst 6." in walked.out  # what it needs


def test_an_empty_line_before_the_minimum_asks_for_more(
    tmp_path: Path, isolated_environment: Locations
) -> None:
    keys = PLAIN_KEYS.split("\n")
    at = keys.index("E-post")
    keys[at:at] = [""]  # Enter after one entry: two more are needed
    walked = walk(
        isolated_environment, "first", "\n".join(keys), pack=pack_asking_for_three(tmp_path)
    )
    assert walked.code == 0, walked.out
    assert "Listen trenger minst 3 punkter og har 1. Skriv 2 til." in walked.out
    assert walked.answers["oppgaver"] == ["Rapport", "E-post", "Møte"]


def test_entries_below_the_minimum_are_in_the_draft(
    tmp_path: Path, isolated_environment: Locations
) -> None:
    """Closed after one entry of three: the draft holds it, and resuming goes on from it."""
    keys = PLAIN_KEYS.split("\n")
    walked = walk(
        isolated_environment,
        "first",
        "\n".join(keys[: keys.index("E-post")]),
        pack=pack_asking_for_three(tmp_path),
    )
    assert walked.entry is not None and walked.entry["status"] == "draft"
    assert walked.answers["oppgaver"] == ["Rapport"]
