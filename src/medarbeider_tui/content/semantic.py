"""Checks that need the whole exercise: ids, references, scales and the order of steps.

The schema has already made sure each field has the right shape; here we check that the
pieces fit: every id unique, every reference pointing at something that exists (and comes
earlier), thresholds inside their scale. Each problem points at the line that has to change.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from medarbeider_tui.content import model as m
from medarbeider_tui.content.errors import PackProblem
from medarbeider_tui.content.yamlsafe import problem_at


class _Checker:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[PackProblem] = []

    def error(self, node: Any, message: str, hint: str = "") -> None:
        self.problems.append(problem_at(self.path, node, message, hint))

    def unique(self, things: Iterable[Any], what: str) -> None:
        seen: dict[str, Any] = {}
        for thing in things:
            if thing.id in seen:
                line = seen[thing.id].node.start_mark.line + 1 if seen[thing.id].node else "?"
                self.error(
                    thing.node,
                    f"the {what} id {thing.id!r} is used twice (first on line {line})",
                    "give each one its own id",
                )
            else:
                seen[thing.id] = thing


def check_scales(scales: dict[str, m.Scale], path: Path) -> list[PackProblem]:
    """A scale runs upwards and labels only values it has, including both ends."""
    c = _Checker(path)
    for scale in scales.values():
        if scale.min >= scale.max:
            c.error(
                scale.node,
                f"scale {scale.id!r} runs from {scale.min} to {scale.max}",
                "make 'min' smaller than 'max'",
            )
            continue
        outside = sorted(v for v in scale.labels if v < scale.min or v > scale.max)
        if outside:
            c.error(
                scale.node,
                f"scale {scale.id!r} labels {outside}, outside {scale.min}–{scale.max}",
                "remove those labels or widen the scale",
            )
        for end in (scale.min, scale.max):
            if end not in scale.labels:
                c.error(
                    scale.node,
                    f"scale {scale.id!r} has no label for {end}",
                    f"add '{end}: ...' under labels; people need to know what the ends mean",
                )
    return c.problems


def check_exercise(
    exercise: m.Exercise, pack_scales: dict[str, m.Scale], path: Path
) -> list[PackProblem]:
    """Every cross-reference inside one exercise."""
    c = _Checker(path)
    c.problems.extend(check_scales(exercise.scales, path))
    scales = {**pack_scales, **exercise.scales}

    answer_ids: list[Any] = list(exercise.steps)
    for step in exercise.steps:
        if isinstance(step, m.ScaleStep):
            answer_ids.extend(step.items)
    # In file order, so the second occurrence is the one reported.
    answer_ids.sort(key=lambda thing: thing.node.start_mark.line if thing.node else 0)
    c.unique(answer_ids, "step or item")
    c.unique(exercise.scoring, "score")

    steps_before: dict[str, int] = {s.id: i for i, s in enumerate(exercise.steps)}
    items = exercise.scale_items()
    item_position = {iid: steps_before[step.id] for iid, (step, _) in items.items()}
    scores = {s.id: s for s in exercise.scoring}

    for position, score in enumerate(exercise.scoring):
        _check_score(c, score, items, scores, scales)
        earlier = {s.id for s in exercise.scoring[:position]}
        uses = (
            [score.x, score.y]
            if isinstance(score, m.QuadrantScore)
            else (score.scores or [] if isinstance(score, m.RankScore) else [])
        )
        late = [u for u in uses if isinstance(scores.get(u), m.MeanScore) and u not in earlier]
        if late:
            c.error(
                score.node,
                f"the score {score.id!r} comes before {', '.join(late)}, which it uses",
                "move it below the scores it uses: scores are computed in order",
            )

    def score_ready_by(score_id: str, position: int, node: Any, field: str) -> m.AnyScore | None:
        score = scores.get(score_id)
        if score is None:
            c.error(
                node,
                f"'{field}' names the score {score_id!r}, which is not defined",
                f"define it under 'scoring:' (defined: {', '.join(scores) or 'none'})",
            )
            return None
        late = [i for i in _score_items(score, scores) if item_position.get(i, -1) >= position]
        if late:
            c.error(
                node,
                f"the score {score_id!r} uses {', '.join(late)}, asked only at or after this step",
                "move this step after the questions it depends on",
            )
        return score

    for position, step in enumerate(exercise.steps):
        if isinstance(step, m.ScaleStep):
            scale = scales.get(step.scale)
            if scale is None:
                c.error(
                    step.node,
                    f"unknown scale {step.scale!r}",
                    f"define it under 'scales:' (defined: {', '.join(scales) or 'none'})",
                )
            elif step.not_relevant and scale.not_relevant_label is None:
                c.error(
                    step.node,
                    f"'not_relevant: true' but scale {scale.id!r} has no 'not_relevant_label'",
                    "add a not_relevant_label to the scale",
                )
        elif isinstance(step, m.ChoiceStep):
            _check_choice(c, step, position, exercise, steps_before, score_ready_by)
        elif isinstance(step, m.SortStep):
            source = steps_before.get(step.items_from)
            if (
                source is None
                or source >= position
                or not isinstance(exercise.steps[source], m.ListStep)
            ):
                c.error(
                    step.node,
                    f"'items_from: {step.items_from}' must name an earlier list step",
                    "point it at the list step whose entries are sorted",
                )
            c.unique(step.cells, "cell")
            if step.grid is not None and len(step.cells) != 4:
                c.error(
                    step.grid.node,
                    f"a grid needs exactly 4 cells, this step has {len(step.cells)}",
                    "give four cells, in reading order",
                )
        elif isinstance(step, m.PlanStep):
            c.unique(step.slots, "slot")
            if step.suggestions_from:
                ranked = score_ready_by(
                    step.suggestions_from, position, step.node, "suggestions_from"
                )
                if ranked is not None and not isinstance(ranked, m.RankScore):
                    c.error(
                        step.node,
                        "'suggestions_from' must name a lowest/highest score",
                        "declare one with kind: lowest or kind: highest",
                    )
        elif isinstance(step, m.TextStep) and step.about:
            score_ready_by(step.about, position, step.node, "about")
        elif isinstance(step, m.ResultStep):
            for score_id in step.show or []:
                score_ready_by(score_id, position, step.node, "show")
    return c.problems


def _check_choice(
    c: _Checker,
    step: m.ChoiceStep,
    position: int,
    exercise: m.Exercise,
    steps_before: dict[str, int],
    score_ready_by: Any,
) -> None:
    if (step.options is None) == (step.options_from is None):
        c.error(
            step.node,
            "a choice step needs either 'options' or 'options_from', not both",
            "list the options, or take them from an earlier step or score",
        )
    if step.options is not None:
        c.unique(step.options, "option")
    source = step.options_from
    if source is not None:
        if (source.step is None) == (source.score is None):
            c.error(source.node, "'options_from' takes either 'step' or 'score'", "")
        elif source.step is not None:
            index = steps_before.get(source.step)
            if (
                index is None
                or index >= position
                or exercise.steps[index].kind not in ("scale", "choice", "list")
            ):
                c.error(
                    source.node,
                    f"'step: {source.step}' must name an earlier scale, choice or list step",
                    "",
                )
        elif source.score is not None:
            score = score_ready_by(source.score, position, source.node, "score")
            if score is not None and not isinstance(score, m.RankScore):
                c.error(source.node, "options can only come from a lowest/highest score", "")
    if not step.multiple and (step.max_selected or 1) > 1:
        c.error(step.node, "'max_selected' above 1 needs 'multiple: true'", "")
    if step.max_selected is not None and step.min_selected > step.max_selected:
        c.error(step.node, "'min_selected' is larger than 'max_selected'", "")


def _score_items(score: m.AnyScore, scores: dict[str, m.AnyScore]) -> list[str]:
    """The scale items a score depends on, through other scores too."""
    if isinstance(score, m.MeanScore):
        return list(score.items)
    if isinstance(score, m.QuadrantScore):
        return [
            i
            for sid in (score.x, score.y)
            if sid in scores
            for i in _score_items(scores[sid], scores)
        ]
    if score.items is not None:
        return list(score.items)
    return [
        i
        for sid in score.scores or []
        if sid in scores and sid != score.id
        for i in _score_items(scores[sid], scores)
    ]


def _check_score(
    c: _Checker,
    score: m.AnyScore,
    items: dict[str, tuple[m.ScaleStep, Any]],
    scores: dict[str, m.AnyScore],
    scales: dict[str, m.Scale],
) -> None:
    if isinstance(score, m.MeanScore):
        scale = _common_scale(c, score, score.items, items, scales)
        if score.min_answered > len(score.items):
            c.error(
                score.node,
                f"'min_answered: {score.min_answered}' but the score has only "
                f"{len(score.items)} items",
                "lower min_answered or add items",
            )
        if score.thresholds or score.levels:
            if len(score.levels) != len(score.thresholds) + 1:
                c.error(
                    score.node,
                    f"{len(score.thresholds)} threshold(s) need "
                    f"{len(score.thresholds) + 1} levels, found {len(score.levels)}",
                    "levels go below, between and above the thresholds",
                )
            if score.thresholds != sorted(set(score.thresholds)):
                c.error(score.node, "thresholds must be increasing", "")
            if scale and any(not scale.min < t < scale.max for t in score.thresholds):
                c.error(
                    score.node,
                    f"a threshold lies outside the scale's {scale.min}–{scale.max}",
                    "put thresholds strictly inside the scale",
                )
            c.unique(score.levels, "level")
    elif isinstance(score, m.QuadrantScore):
        axis_scales = []
        for axis in (score.x, score.y):
            axis_score = scores.get(axis)
            if not isinstance(axis_score, m.MeanScore):
                c.error(
                    score.node,
                    f"the axis {axis!r} must be a mean score of this exercise",
                    "declare it with kind: mean before using it as an axis",
                )
            else:
                axis_scales.append(_common_scale(None, axis_score, axis_score.items, items, scales))
        distinct = {scale.id: scale for scale in axis_scales if scale is not None}
        for scale in distinct.values():
            if not scale.min < score.threshold < scale.max:
                c.error(
                    score.node,
                    f"the threshold {score.threshold:g} lies outside the scale "
                    f"{scale.min}–{scale.max}",
                    "put it strictly inside the scale",
                )
        corners = {(q.x, q.y) for q in score.quadrants}
        if len(corners) != 4:
            c.error(
                score.node,
                "the four quadrants must cover high/low × high/low once each",
                "give each quadrant a different pair of x and y levels",
            )
        c.unique(score.quadrants, "quadrant")
    else:
        if (score.items is None) == (score.scores is None):
            c.error(
                score.node,
                f"a {score.order} score takes either 'items' or 'scores'",
                "rank scale items, or rank mean scores",
            )
        for item_id in score.items or []:
            if item_id not in items:
                c.error(score.node, f"unknown scale item {item_id!r}", "")
        for score_id in score.scores or []:
            if not isinstance(scores.get(score_id), m.MeanScore):
                c.error(score.node, f"{score_id!r} is not a mean score of this exercise", "")


def _common_scale(
    c: _Checker | None,
    score: m.MeanScore,
    item_ids: list[str],
    items: dict[str, tuple[m.ScaleStep, Any]],
    scales: dict[str, m.Scale],
) -> m.Scale | None:
    used: set[str] = set()
    for item_id in item_ids:
        if item_id not in items:
            if c:
                c.error(
                    score.node,
                    f"unknown scale item {item_id!r} in score {score.id!r}",
                    "use the id of an item of a scale step",
                )
            continue
        used.add(items[item_id][0].scale)
    if len(used) > 1:
        if c:
            c.error(
                score.node,
                f"score {score.id!r} mixes scales {sorted(used)}",
                "a mean needs items on one scale",
            )
        return None
    return scales.get(used.pop()) if used else None
