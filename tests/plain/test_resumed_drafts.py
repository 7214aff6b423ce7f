"""A draft made elsewhere (the full-screen interface lets one skip around) is finished in plain
mode: required questions left behind are asked before the entry is complete."""

from __future__ import annotations

from medarbeider_tui.paths import Locations
from medarbeider_tui.service import ReflectionService
from tests.conftest import TEST_PACK
from tests.plain.helpers import walk


def test_required_questions_left_behind_are_asked_at_the_end(
    isolated_environment: Locations,
) -> None:
    service = ReflectionService(isolated_environment, [TEST_PACK])
    [(pack, exercise)] = service.find_exercise("alt")
    session = service.start(pack, exercise, "nb")
    for key, value in {"f1": 2, "f2": 4, "f3": 3, "oppgaver": ["Mail"]}.items():
        session.set_answer(key, value)
    session.set_answer("matrise", [{"item": "Mail", "cell": "q1"}])
    session.move_to(exercise.step("utvikling"))  # «retning» (required) was never answered

    done = walk(isolated_environment, "alt", "\n\n" + "2\n", resume=True)
    assert done.code == 0, done.out[-1500:]
    assert "Før øvelsen er ferdig, må dette besvares: Steg 5 av 7 (Hva vil du mest?)." in done.out
    assert done.out.count("Utviklingsområde 1, 1 av 2.") == 1  # the plan is not asked again
    assert done.entry is not None and done.entry["status"] == "complete"
    assert done.answers["retning"] == "mindre"
