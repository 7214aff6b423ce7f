"""Answers are labelled by the question asked (issue 12, item 5), wherever they are shown.

«Selvledelse fremover» titles two steps; before, both answers read «Selvledelse fremover: …».
"""

from __future__ import annotations

import pytest

from medarbeider_tui.cli import main
from medarbeider_tui.export.text import answer_lines
from medarbeider_tui.service import ReflectionService
from tests.export.conftest import SaveEntry

ANSWERS = {"styrker": ["initiativ"], "selv-gjore": "Spørre mer.", "hjelp": "Tid til å lære."}


def test_diary_show_labels_each_answer_by_its_question(
    capsys: pytest.CaptureFixture[str], save_entry: SaveEntry
) -> None:
    entry = save_entry("selvledelse", ANSWERS)
    assert main(["diary", "show", entry.id]) == 0
    out = " ".join(capsys.readouterr().out.split())  # the lines are wrapped to the terminal
    assert (
        "Selvledelse fremover: Hva kan jeg selv gjøre for å bli enda bedre på selvledelse? "
        "Spørre mer. Selvledelse fremover: Hva trenger jeg eventuelt hjelp til? Tid til å lære."
    ) in out
    # The instruction after the question («Velg så mange du vil.») is not part of the label.
    assert "Styrker: Hva tenker du er dine styrker når det gjelder det å lede deg selv? -" in out


def test_a_question_that_is_its_own_title_is_said_once(
    service: ReflectionService, save_entry: SaveEntry
) -> None:
    entry = save_entry("tre-sporsmal", {"hvem-er-du": "En som lærer."})
    lines = answer_lines(service.report(entry, "en").answers, "en")
    assert lines[0].startswith("Who are you? Your values")  # title, then what it asks
    assert lines[1].strip() == "En som lærer."
