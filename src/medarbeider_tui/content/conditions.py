"""When a step is shown: its declared condition (``when:``) read against earlier answers and
scores. Declared, never evaluated as code.

A condition names one earlier answer (a step or a scale statement) or one score and compares it
with exactly one of ``equals``, ``in``, ``at_least`` or ``at_most``. An answer not given, or a
score without a value, makes the condition false: the step stays hidden until it holds. Hidden
steps are never asked, never listed in a review, and their answers are dropped.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from medarbeider_tui.content import model as m
from medarbeider_tui.content.scoring import Results


def as_number(value: Any) -> Fraction | None:
    """A number answer or a written number («3», «2.5»), exactly; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return Fraction(str(value))
    if isinstance(value, str):
        try:
            return Fraction(value.strip())
        except (ValueError, ZeroDivisionError):
            return None
    return None


def _same(value: Any, wanted: Any) -> bool:
    """An answer equal to a written value: numerically where both are numbers."""
    number, expected = as_number(value), as_number(wanted)
    if number is not None and expected is not None:
        return number == expected
    return str(value) == str(wanted)


def compared_values(
    condition: m.Condition, answers: dict[str, Any], results: Results
) -> tuple[list[Any], Fraction | None]:
    """What ``equals``/``in`` compare with (ids or values), and what ``at_least``/``at_most``
    compare with (a number), for the condition's source as it stands now."""
    if condition.step is not None:
        value = answers.get(condition.step)
        if value is None:
            return [], None
        values = value if isinstance(value, list) else [value]
        return values, as_number(value) if not isinstance(value, list) else None
    result = results.get(condition.score or "") or {}
    kind = result.get("kind")
    if kind == "mean":
        number = result.get("value")
        level = result.get("level")
        return ([level] if level else []), (None if number is None else Fraction(str(number)))
    if kind == "quadrant":
        return ([result["quadrant"]] if result.get("quadrant") else []), None
    if kind == "rank":
        return [pick["id"] for pick in result.get("picks", [])], None
    return [], None


def holds(condition: m.Condition, answers: dict[str, Any], results: Results) -> bool:
    """Whether the condition is true for these answers and results."""
    values, number = compared_values(condition, answers, results)
    if condition.equals is not None:
        return any(_same(v, condition.equals) for v in values)
    if condition.in_ is not None:
        return any(_same(v, wanted) for v in values for wanted in condition.in_)
    if number is None:
        return False
    if condition.at_least is not None and number < Fraction(str(condition.at_least)):
        return False
    return not (condition.at_most is not None and number > Fraction(str(condition.at_most)))


def is_shown(step: m.AnyStep, answers: dict[str, Any], results: Results) -> bool:
    """A step without ``when`` is always shown; one with it, while its condition holds."""
    return step.when is None or holds(step.when, answers, results)


def hidden_steps(exercise: m.Exercise, answers: dict[str, Any], results: Results) -> set[str]:
    """The ids of the steps hidden now (in step order; a step hidden by a hidden step's
    missing answer is hidden too, since that answer is not there)."""
    return {step.id for step in exercise.steps if not is_shown(step, answers, results)}


def step_keys(step: m.AnyStep) -> list[str]:
    """The keys a step's answers are stored under (none for info and result steps)."""
    if isinstance(step, m.ScaleStep):
        return [item.id for item in step.items]
    return [] if isinstance(step, m.InfoStep | m.ResultStep) else [step.id]
