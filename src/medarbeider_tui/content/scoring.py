"""Scoring as declared in a pack: means, levels, the 2×2 quadrant and lowest/highest picks.

The rules are data, not code (no eval). Means are computed with exact fractions, so "exactly
on the threshold" (docs/scoring.md: all 3s gives 3.0, «på grensen») never depends on float
rounding. Each result carries what it was computed from, so a person can see *why*.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, assert_never

from medarbeider_tui.content import model as m

Results = dict[str, dict[str, Any]]


def compute(exercise: m.Exercise, pack: m.Pack, answers: dict[str, Any]) -> Results:
    """Every score of ``exercise`` from ``answers``, in declaration order."""
    results: Results = {}
    means: dict[str, Fraction | None] = {}
    items = exercise.scale_items()
    for score in exercise.scoring:
        match score:
            case m.MeanScore():
                results[score.id], means[score.id] = _mean(score, items, pack, exercise, answers)
            case m.QuadrantScore():
                results[score.id] = _quadrant(score, means, results)
            case m.RankScore():
                results[score.id] = _rank(score, items, pack, exercise, answers, results)
            case _:
                assert_never(score)
    return results


def _scored_value(
    item_id: str,
    items: dict[str, tuple[m.ScaleStep, m.ScaleItem]],
    pack: m.Pack,
    exercise: m.Exercise,
    answers: dict[str, Any],
) -> int | None:
    """The answer as scored (reversed where keyed so), or None if unanswered/not relevant."""
    answer = answers.get(item_id)
    if not isinstance(answer, int) or isinstance(answer, bool):
        return None
    step, item = items[item_id]
    return pack.scale_for(exercise, step.scale).reverse(answer) if item.reverse else answer


def _mean(
    score: m.MeanScore,
    items: dict[str, tuple[m.ScaleStep, m.ScaleItem]],
    pack: m.Pack,
    exercise: m.Exercise,
    answers: dict[str, Any],
) -> tuple[dict[str, Any], Fraction | None]:
    inputs: dict[str, dict[str, Any]] = {}
    scored: list[int] = []
    for item_id in score.items:
        value = _scored_value(item_id, items, pack, exercise, answers)
        inputs[item_id] = {
            "answer": answers.get(item_id),
            "scored": value,
            "reverse": items[item_id][1].reverse,
        }
        if value is not None:
            scored.append(value)
    mean = Fraction(sum(scored), len(scored)) if len(scored) >= score.min_answered else None
    level = None
    if mean is not None and score.levels:
        index = sum(1 for t in score.thresholds if mean >= Fraction(str(t)))
        level = score.levels[index].id
    return {
        "kind": "mean",
        "value": None if mean is None else float(mean),
        "answered": len(scored),
        "min_answered": score.min_answered,
        "level": level,
        "inputs": inputs,
    }, mean


def axis_level(mean: Fraction, threshold: float) -> str:
    """high above the threshold, low below, boundary exactly on it."""
    t = Fraction(str(threshold))
    return "high" if mean > t else "low" if mean < t else "boundary"


def _quadrant(
    score: m.QuadrantScore, means: dict[str, Fraction | None], results: Results
) -> dict[str, Any]:
    axes: dict[str, dict[str, Any]] = {}
    for axis, score_id in (("x", score.x), ("y", score.y)):
        mean = means.get(score_id)
        threshold = score.threshold_of(axis)
        axes[axis] = {
            "score": score_id,
            "value": None if mean is None else float(mean),
            "level": None if mean is None else axis_level(mean, threshold),
            "near": mean is not None
            and abs(mean - Fraction(str(threshold))) <= Fraction(str(score.near)),
        }
        if score.x_threshold is not None or score.y_threshold is not None:
            axes[axis]["threshold"] = threshold
    quadrant = None
    between: list[str] = []
    if all(a["level"] is not None for a in axes.values()):
        candidates = [
            q.id
            for q in score.quadrants
            if axes["x"]["level"] in (q.x, "boundary") and axes["y"]["level"] in (q.y, "boundary")
        ]
        if len(candidates) == 1:
            quadrant = candidates[0]
        else:
            between = candidates
    return {
        "kind": "quadrant",
        "threshold": score.threshold,
        "near_band": score.near,
        "x": axes["x"],
        "y": axes["y"],
        "quadrant": quadrant,
        "between": between,
    }


def _rank(
    score: m.RankScore,
    items: dict[str, tuple[m.ScaleStep, m.ScaleItem]],
    pack: m.Pack,
    exercise: m.Exercise,
    answers: dict[str, Any],
    results: Results,
) -> dict[str, Any]:
    candidates: list[tuple[str, float]] = []
    for item_id in score.items or []:
        value = _scored_value(item_id, items, pack, exercise, answers)
        if value is not None:
            candidates.append((item_id, float(value)))
    for score_id in score.scores or []:
        value = results.get(score_id, {}).get("value")
        if value is not None:
            candidates.append((score_id, value))
    # Stable sort keeps declaration order among equal values.
    ranked = sorted(candidates, key=lambda c: c[1], reverse=score.order == "highest")
    picks = ranked[: score.count]
    if picks:
        edge = picks[-1][1]
        picks += [c for c in ranked[score.count :] if c[1] == edge]
    return {
        "kind": "rank",
        "order": score.order,
        "count": score.count,
        "picks": [{"id": cid, "value": value} for cid, value in picks],
        "of": "items" if score.items is not None else "scores",
    }
