"""Every format says the same about the same entry: the same scores, picks and placement.

All formats render one document model; this test reads what each file actually holds (the
Markdown as markdown-it-py renders it, the HTML as text, the JSON and CSV as data) and checks
every score (label and value), pick and placement against the results model.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re

import pytest
from markdown_it import MarkdownIt

from medarbeider_tui.content import model as m
from medarbeider_tui.i18n import format_number
from medarbeider_tui.report.model import ProfileFigure, QuadrantFigure, RankFigure
from medarbeider_tui.service import ReflectionService
from tests.export.conftest import ExportText, SaveEntry
from tests.scores import SCORED, facts, scale_answers


def text_lines(markup: str) -> list[str]:
    """An HTML page as lines of text: one per table row, list item, paragraph or heading."""
    cut = re.sub(r"<style>.*?</style>|<title>.*?</title>", "", markup, flags=re.S)
    cut = re.sub(r"</(tr|li|p|h\d)>", "\n", cut.replace("\n", " "))
    plain = html.unescape(re.sub(r"<[^>]+>", " ", cut))
    return [" ".join(line.split()) for line in plain.splitlines() if line.strip()]


def shows(lines: list[str], label: str, value: str) -> bool:
    if not value:
        return " ".join(label.split()) in " ".join(lines)
    number = re.compile(rf"(?<![\d,.]){re.escape(value)}(?!\d)(?![,.]\d)")
    return any(label in line and number.search(line) for line in lines)


@pytest.mark.parametrize("exercise_id", SCORED)
@pytest.mark.parametrize("seed", [0, 2])
def test_every_format_shows_the_same_scores(
    service: ReflectionService,
    save_entry: SaveEntry,
    export_text: ExportText,
    exercise_id: str,
    seed: int,
) -> None:
    [(_, exercise)] = service.find_exercise(exercise_id)
    answers = scale_answers(exercise, seed)
    entry = save_entry(exercise_id, answers)
    report = service.report(entry, "nb")
    expected = facts(report)
    assert expected, "an exercise with scoring shows something"

    markdown = text_lines(MarkdownIt("commonmark").enable("table").render(export_text([entry.id])))
    page = text_lines(export_text([entry.id], "html"))
    for name, lines in (("markdown", markdown), ("html", page)):
        missing = [pair for pair in expected if not shows(lines, *pair)]
        assert not missing, (name, missing, lines)

    [data] = json.loads(export_text([entry.id], "json"))
    assert data["answers"] == answers
    for figure in report.figures:
        if isinstance(figure, ProfileFigure):
            for mean in figure.means:
                value = data["results"][mean.score_id]["value"]
                assert (
                    format_number(value, "nb") if value is not None else mean.shown
                ) == mean.shown
        elif isinstance(figure, QuadrantFigure):
            assert data["results"][figure.score_id]["quadrant"] == figure.quadrant_id
        elif isinstance(figure, RankFigure):
            picks = [p["id"] for p in data["results"][figure.score_id]["picks"]]
            assert picks == [pick.id for pick in figure.picks]

    rows = list(csv.DictReader(io.StringIO(export_text([entry.id], "csv").lstrip("\ufeff"))))
    scale = {row["item"]: row["answer"] for row in rows}
    assert scale == {k: "" if v == m.NOT_RELEVANT else str(v) for k, v in answers.items()}
