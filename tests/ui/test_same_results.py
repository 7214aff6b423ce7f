"""Plain mode, the full-screen interface and the Markdown export say the same results.

All three render the one results model; this test reads what each actually shows for the same
entry and checks that every score (label and value), pick and placement appears in each, so a
front end that computed or chose scores on its own would be caught.
"""

from __future__ import annotations

import re

import pytest

from medarbeider_tui.export.markdown import report_markdown
from medarbeider_tui.export.text import result_lines
from medarbeider_tui.ui.screens.result import ResultScreen
from tests.scores import SCORED, facts, scale_answers
from tests.ui.conftest import AppFactory, SessionFactory
from tests.ui.pilots import shown_text, until


def lines_with(text: str, label: str, value: str) -> bool:
    """``label`` and ``value`` on one line; prose without a value may be wrapped anywhere."""
    if not value:
        return " ".join(label.split()) in " ".join(text.split())
    number = re.compile(rf"(?<![\d,.]){re.escape(value)}(?!\d)(?![,.]\d)")
    flat = [re.sub(r"\s+", " ", line) for line in text.splitlines()]
    return any(label in line and number.search(line) for line in flat)


@pytest.mark.builtin_pack
@pytest.mark.parametrize("exercise_id", SCORED)
@pytest.mark.parametrize("seed", [0, pytest.param(2, marks=pytest.mark.slow)])
async def test_plain_tui_and_markdown_show_the_same_scores(
    make_app: AppFactory, make_session: SessionFactory, exercise_id: str, seed: int
) -> None:
    session = make_session(exercise_id)
    for key, value in scale_answers(session.exercise, seed).items():
        session.set_answer(key, value, save=False)
    session.entry.results = session.results()
    app = make_app()
    report = app.service.report(session.entry, "nb")
    plain = "\n".join(result_lines(report.figures, "nb"))
    markdown = report_markdown(report)
    async with app.run_test(size=(160, 60)) as pilot:
        await app.push_screen(ResultScreen(session.entry))
        await until(pilot, lambda: isinstance(app.screen, ResultScreen), "the result screen")
        tui = shown_text(app.screen)
    expected = facts(report)
    assert expected, "an exercise with scoring shows something"
    for name, text in (("plain", plain), ("tui", tui), ("markdown", markdown)):
        missing = [pair for pair in expected if not lines_with(text, *pair)]
        assert not missing, (name, missing, text)
