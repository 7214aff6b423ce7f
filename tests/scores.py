"""Shared by the tests that check every rendering says the same: answers and the facts to find."""

from __future__ import annotations

from typing import Any

from medarbeider_tui.content import model as m
from medarbeider_tui.report.model import ProfileFigure, QuadrantFigure, RankFigure, Report

#: The built-in exercises that compute scores.
SCORED = ["hall-kvadranten", "prestasjonsdrivere", "medarbeiderskap", "lederferdigheter"]


def scale_answers(exercise: m.Exercise, seed: int) -> dict[str, Any]:
    """A varied, deterministic answer to every statement (some «ikke relevant» where offered)."""
    answers: dict[str, Any] = {}
    for number, (item_id, (step, _)) in enumerate(exercise.scale_items().items()):
        if step.not_relevant and (number + seed) % 7 == 3:
            answers[item_id] = m.NOT_RELEVANT
        else:
            answers[item_id] = 1 + (number * 3 + seed) % 5
    return answers


def facts(report: Report) -> list[tuple[str, str]]:
    """(label, value) pairs every rendering must show together, on one line or in one row; a
    placement is a sentence with no value (it may be wrapped anywhere)."""
    found: list[tuple[str, str]] = []
    for figure in report.figures:
        if isinstance(figure, ProfileFigure):
            found += [(mean.label, mean.shown) for mean in figure.means]
        elif isinstance(figure, QuadrantFigure):
            found += [(figure.x.label, figure.x.shown), (figure.y.label, figure.y.shown)]
            found.append((figure.placement, ""))
        elif isinstance(figure, RankFigure):
            found += [(pick.label, pick.shown) for pick in figure.picks]
    return found
