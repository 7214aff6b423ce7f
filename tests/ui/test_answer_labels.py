"""«Dine svar» on a result labels each answer by the question asked (issue 12, item 5)."""

from __future__ import annotations

import pytest

from medarbeider_tui.ui.screens.result import ResultScreen
from tests.ui.conftest import FIXED_NOW, AppFactory, SessionFactory
from tests.ui.pilots import on_screen, shown_text, until

#: These walk the built-in pack: its Hall, leader and self-leadership exercises are the point.
pytestmark = pytest.mark.builtin_pack


@pytest.mark.slow
async def test_two_steps_with_one_title_are_told_apart_by_their_questions(
    make_app: AppFactory, make_session: SessionFactory
) -> None:
    answers = {"selv-gjore": "Spørre mer.", "hjelp": "Tid til å lære."}
    entry = make_session("selvledelse", answers).complete(now=FIXED_NOW)
    app = make_app()
    async with app.run_test(size=(160, 50)) as pilot:
        await app.push_screen(ResultScreen(entry))
        await until(pilot, on_screen(pilot, ResultScreen), "the result")
        shown = " ".join(shown_text(app.screen).split())
    assert (
        "Selvledelse fremover: Hva kan jeg selv gjøre for å bli enda bedre på selvledelse? "
        "Spørre mer."
    ) in shown
    assert "Selvledelse fremover: Hva trenger jeg eventuelt hjelp til? Tid til å lære." in shown
