"""Checks that need the whole exercise: ids, references, scales and the order of steps.

The schema has already made sure each field has the right shape; here we check that the
pieces fit: every id unique, every reference pointing at something that exists (and comes
earlier), thresholds inside their scale. Each problem points at the line that has to change.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, assert_never

from medarbeider_tui.content import model as m
from medarbeider_tui.content.errors import PackProblem
from medarbeider_tui.content.semantic_format2 import check_format2
from medarbeider_tui.content.spec import names
from medarbeider_tui.content.yamlsafe import problem_at
from medarbeider_tui.i18n import Translatable as T


class _Checker:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[PackProblem] = []

    def error(self, node: Any, message: T, hint: T | None = None) -> None:
        self.problems.append(problem_at(self.path, node, message, hint))

    def unique(self, things: Iterable[Any], what: T) -> None:
        """Each id once; ``what`` names the things (``problem.what.*``)."""
        seen: dict[str, Any] = {}
        for thing in things:
            if thing.id in seen:
                line = seen[thing.id].node.start_mark.line + 1 if seen[thing.id].node else "?"
                self.error(
                    thing.node,
                    T("problem.id_twice", what=what, id=thing.id, line=line),
                    T("hint.own_id"),
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
                T("problem.scale.backwards", scale=scale.id, min=scale.min, max=scale.max),
                T("hint.scale.backwards"),
            )
            continue
        outside = sorted(v for v in scale.labels if v < scale.min or v > scale.max)
        if outside:
            c.error(
                scale.node,
                T(
                    "problem.scale.labels_outside",
                    scale=scale.id,
                    labels=names([str(v) for v in outside]),
                    min=scale.min,
                    max=scale.max,
                ),
                T("hint.scale.labels_outside"),
            )
        for end in (scale.min, scale.max):
            if end not in scale.labels:
                c.error(
                    scale.node,
                    T("problem.scale.end_label", scale=scale.id, value=end),
                    T("hint.scale.end_label", value=end),
                )
    return c.problems


def check_exercise(
    exercise: m.Exercise, pack_scales: dict[str, m.Scale], path: Path, pack_format: int = 1
) -> list[PackProblem]:
    """Every cross-reference inside one exercise (and format 2's, ``semantic_format2``)."""
    c = _Checker(path)
    c.problems.extend(check_scales(exercise.scales, path))
    scales = {**pack_scales, **exercise.scales}

    answer_ids: list[Any] = list(exercise.steps)
    for step in exercise.steps:
        if isinstance(step, m.ScaleStep):
            answer_ids.extend(step.items)
    # In file order, so the second occurrence is the one reported.
    answer_ids.sort(key=lambda thing: thing.node.start_mark.line if thing.node else 0)
    c.unique(answer_ids, T("problem.what.step_or_item"))
    c.unique(exercise.scoring, T("problem.what.score"))

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
                T("problem.score.before_its_scores", score=score.id, scores=names(late)),
                T("hint.score.before_its_scores"),
            )

    def score_ready_by(score_id: str, position: int, node: Any, field: str) -> m.AnyScore | None:
        score = scores.get(score_id)
        if score is None:
            c.error(
                node,
                T("problem.score.undefined", field=field, score=score_id),
                _defined("hint.define_score", list(scores)),
            )
            return None
        late = [i for i in _score_items(score, scores) if item_position.get(i, -1) >= position]
        if late:
            c.error(
                node,
                T("problem.score.asked_later", score=score_id, items=names(late)),
                T("hint.score.asked_later"),
            )
        return score

    for position, step in enumerate(exercise.steps):
        match step:
            case m.ScaleStep():
                scale = scales.get(step.scale)
                if scale is None:
                    c.error(
                        step.node,
                        T("problem.scale.unknown", scale=step.scale),
                        _defined("hint.define_scale", list(scales)),
                    )
                elif step.not_relevant and scale.not_relevant_label is None:
                    c.error(
                        step.node,
                        T("problem.scale.no_not_relevant_label", scale=scale.id),
                        T("hint.scale.add_not_relevant_label"),
                    )
                elif step.not_relevant and scale.min == 0:
                    # 0 is both a value and the not-relevant key in plain mode and the TUI.
                    c.error(
                        step.node,
                        T("problem.scale.not_relevant_at_zero", scale=scale.id),
                        T("hint.scale.not_relevant_at_zero"),
                    )
            case m.ChoiceStep() | m.RankingStep():
                _check_choice(c, step, position, exercise, steps_before, score_ready_by)
            case m.SortStep():
                source = steps_before.get(step.items_from)
                if (
                    source is None
                    or source >= position
                    or not isinstance(exercise.steps[source], m.ListStep)
                ):
                    c.error(
                        step.node,
                        T("problem.sort.items_from", source=step.items_from),
                        T("hint.sort.items_from"),
                    )
                c.unique(step.cells, T("problem.what.cell"))
                if step.grid is not None and len(step.cells) != 4:
                    c.error(
                        step.grid.node,
                        T("problem.sort.grid_cells", count=len(step.cells)),
                        T("hint.sort.grid_cells"),
                    )
            case m.PlanStep():
                c.unique(step.slots, T("problem.what.slot"))
                if step.suggestions_from:
                    ranked = score_ready_by(
                        step.suggestions_from, position, step.node, "suggestions_from"
                    )
                    if ranked is not None and not isinstance(ranked, m.RankScore):
                        c.error(
                            step.node,
                            T("problem.plan.suggestions_from"),
                            T("hint.declare_rank_score"),
                        )
            case m.TextStep() if step.about:
                score_ready_by(step.about, position, step.node, "about")
            case m.ResultStep():
                for score_id in step.show or []:
                    score_ready_by(score_id, position, step.node, "show")
            case m.InfoStep() | m.TextStep() | m.ListStep() | m.NumberStep():
                pass  # nothing here refers elsewhere (number ranges: semantic_format2)
            case _:
                assert_never(step)
        if (
            isinstance(step, m.TextStep | m.ListStep | m.PlanStep)
            and step.review_in_days is not None
            and not step.action
        ):
            c.error(step.node, T("problem.action.review_without_action"), T("hint.action.add"))
    _check_summary(c, exercise, scores)
    _check_cards(c, exercise, scores)
    c.problems.extend(check_format2(exercise, scales, path, pack_format))
    return c.problems


def _check_cards(c: _Checker, exercise: m.Exercise, scores: dict[str, m.AnyScore]) -> None:
    """Each card has what it needs to be drawn, and what it takes from the exercise exists.

    Cards are shown before any answer, so unlike scores they may name steps that come later.
    """
    c.unique(exercise.cards, T("problem.what.card"))
    steps = {step.id: step for step in exercise.steps}
    for card in exercise.cards:
        match card:
            case m.MatrixCard():
                _check_matrix(c, card, steps, scores)
            case m.FlowCard():
                for stage in card.stages:
                    if stage.label is None and not stage.items and not stage.scores:
                        c.error(stage.node, T("problem.card.empty_stage"), T("hint.card.stage"))
                    if stage.items and stage.scores:
                        c.error(
                            stage.node, T("problem.card.items_and_scores"), T("hint.card.stage")
                        )
                    for score_id in stage.scores:
                        if not isinstance(scores.get(score_id), m.MeanScore):
                            c.error(
                                stage.node,
                                T("problem.rank.not_a_mean", score=score_id),
                                T("hint.rank.mean"),
                            )
            case m.PartsCard():
                for part in card.parts:
                    if part.step is None:
                        continue
                    if part.behaviours:
                        c.error(
                            part.node, T("problem.card.behaviours_and_step"), T("hint.card.part")
                        )
                    if not isinstance(steps.get(part.step), m.ScaleStep):
                        c.error(
                            part.node,
                            T("problem.card.not_scale", step=part.step),
                            T("hint.card.part"),
                        )
            case _:
                assert_never(card)


def _check_matrix(
    c: _Checker,
    card: m.MatrixCard,
    steps: dict[str, m.AnyStep],
    scores: dict[str, m.AnyScore],
) -> None:
    """Exactly one source of fields; it exists; declared fields come with their headings."""
    sources = [name for name in ("score", "sort", "cells") if getattr(card, name) is not None]
    if len(sources) != 1:
        c.error(card.node, T("problem.card.matrix_source"), T("hint.card.matrix_source"))
        return
    if card.score is not None and not isinstance(scores.get(card.score), m.QuadrantScore):
        quadrants = [s.id for s in scores.values() if isinstance(s, m.QuadrantScore)]
        c.error(
            card.node,
            T("problem.card.not_quadrant", score=card.score),
            _defined("hint.card.quadrant", quadrants),
        )
    if card.sort is not None:
        step = steps.get(card.sort)
        if not isinstance(step, m.SortStep) or step.grid is None or len(step.cells) != 4:
            c.error(card.node, T("problem.card.not_grid", step=card.sort), T("hint.card.grid"))
    if card.cells is not None and (card.columns is None or card.rows is None):
        c.error(card.node, T("problem.card.headings"), T("hint.card.headings"))
    if card.cells is None and (card.columns is not None or card.rows is not None):
        c.error(card.node, T("problem.card.headings_unused"), T("hint.card.headings_unused"))


#: The answers a summary can count: lists of things.
_COUNTABLE = ("list", "sort", "plan", "choice")


def _check_summary(c: _Checker, exercise: m.Exercise, scores: dict[str, m.AnyScore]) -> None:
    """Each part names one thing that exists: a score, a countable step, or means."""
    steps = {step.id: step for step in exercise.steps}
    for part in exercise.summary or []:
        given = [k for k in ("score", "count", "lowest") if getattr(part, k) is not None]
        if len(given) != 1:
            c.error(part.node, T("problem.summary.one_of"), T("hint.summary.one_of"))
            continue
        if part.score is not None and part.score not in scores:
            c.error(
                part.node,
                T("problem.score.undefined", field="score", score=part.score),
                _defined("hint.define_score", list(scores)),
            )
        if part.count is not None:
            step = steps.get(part.count)
            countable = step is not None and step.kind in _COUNTABLE
            if isinstance(step, m.ChoiceStep) and not step.multiple:
                countable = False
            if not countable:
                c.error(
                    part.node,
                    T("problem.summary.count", step=part.count),
                    T("hint.summary.count"),
                )
        for score_id in part.lowest or []:
            if not isinstance(scores.get(score_id), m.MeanScore):
                c.error(
                    part.node, T("problem.rank.not_a_mean", score=score_id), T("hint.rank.mean")
                )


def _check_choice(
    c: _Checker,
    step: m.OptionStep,
    position: int,
    exercise: m.Exercise,
    steps_before: dict[str, int],
    score_ready_by: Any,
) -> None:
    if (step.options is None) == (step.options_from is None):
        c.error(step.node, T("problem.choice.options_or_from"), T("hint.choice.options_or_from"))
    if step.options is not None:
        c.unique(step.options, T("problem.what.option"))
    source = step.options_from
    if source is not None:
        if (source.step is None) == (source.score is None):
            c.error(source.node, T("problem.choice.step_or_score"))
        elif source.step is not None:
            index = steps_before.get(source.step)
            if (
                index is None
                or index >= position
                or exercise.steps[index].kind not in ("scale", "choice", "list")
            ):
                c.error(source.node, T("problem.choice.from_step", source=source.step))
        elif source.score is not None:
            score = score_ready_by(source.score, position, source.node, "score")
            if score is not None and not isinstance(score, m.RankScore):
                c.error(source.node, T("problem.choice.from_score"), T("hint.declare_rank_score"))
    if isinstance(step, m.RankingStep):
        return
    if not step.multiple and (step.max_selected or 1) > 1:
        c.error(step.node, T("problem.choice.max_needs_multiple"), T("hint.choice.multiple"))
    if step.max_selected is not None and step.min_selected > step.max_selected:
        c.error(step.node, T("problem.choice.min_above_max"), T("hint.choice.min_above_max"))


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
                T(
                    "problem.mean.min_answered",
                    min_answered=score.min_answered,
                    count=len(score.items),
                ),
                T("hint.mean.min_answered"),
            )
        if score.thresholds or score.levels:
            if len(score.levels) != len(score.thresholds) + 1:
                c.error(
                    score.node,
                    T(
                        "problem.mean.levels",
                        levels=T("problem.count.levels", count=len(score.thresholds) + 1),
                        thresholds=T("problem.count.thresholds", count=len(score.thresholds)),
                        found=len(score.levels),
                    ),
                    T("hint.mean.levels"),
                )
            if score.thresholds != sorted(set(score.thresholds)):
                c.error(
                    score.node, T("problem.mean.thresholds_order"), T("hint.mean.thresholds_order")
                )
            if scale and any(not scale.min < t < scale.max for t in score.thresholds):
                c.error(
                    score.node,
                    T("problem.mean.threshold_outside", min=scale.min, max=scale.max),
                    T("hint.mean.threshold_outside"),
                )
            c.unique(score.levels, T("problem.what.level"))
    elif isinstance(score, m.QuadrantScore):
        axis_scales = []
        for axis in (score.x, score.y):
            axis_score = scores.get(axis)
            if not isinstance(axis_score, m.MeanScore):
                c.error(score.node, T("problem.quadrant.axis", axis=axis), T("hint.quadrant.axis"))
            else:
                axis_scales.append(_common_scale(None, axis_score, axis_score.items, items, scales))
        if len(axis_scales) == 2:
            _check_axes(c, score, axis_scales[0], axis_scales[1])
        corners = {(q.x, q.y) for q in score.quadrants}
        if len(corners) != 4:
            c.error(score.node, T("problem.quadrant.corners"), T("hint.quadrant.corners"))
        c.unique(score.quadrants, T("problem.what.quadrant"))
    else:
        if (score.items is None) == (score.scores is None):
            c.error(
                score.node,
                T("problem.rank.items_or_scores", kind=score.order),
                T("hint.rank.items_or_scores"),
            )
        for item_id in score.items or []:
            if item_id not in items:
                c.error(
                    score.node, T("problem.rank.unknown_item", item=item_id), T("hint.item_ref")
                )
        for score_id in score.scores or []:
            if not isinstance(scores.get(score_id), m.MeanScore):
                c.error(
                    score.node, T("problem.rank.not_a_mean", score=score_id), T("hint.rank.mean")
                )


def _check_axes(c: _Checker, score: m.QuadrantScore, x: m.Scale | None, y: m.Scale | None) -> None:
    """Each axis's threshold inside its scale; axes on different scales need their own."""
    if (
        x is not None
        and y is not None
        and (x.min, x.max) != (y.min, y.max)
        and (score.x_threshold is None or score.y_threshold is None)
    ):
        c.error(
            score.node,
            T(
                "problem.quadrant.mixed_scales",
                x=f"{x.min}–{x.max}",
                y=f"{y.min}–{y.max}",
            ),
            T("hint.quadrant.mixed_scales"),
        )
        return
    for axis, scale in (("x", x), ("y", y)):
        threshold = score.threshold_of(axis)
        if scale is not None and not scale.min < threshold < scale.max:
            c.error(
                score.node,
                T(
                    "problem.quadrant.threshold_outside",
                    threshold=f"{threshold:g}",
                    min=scale.min,
                    max=scale.max,
                ),
                T("hint.quadrant.threshold_outside"),
            )
            return


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
                    T("problem.mean.unknown_item", item=item_id, score=score.id),
                    T("hint.item_ref"),
                )
            continue
        used.add(items[item_id][0].scale)
    if len(used) > 1:
        if c:
            c.error(
                score.node,
                T("problem.mean.mixed_scales", score=score.id, scales=names(sorted(used))),
                T("hint.mean.one_scale"),
            )
        return None
    return scales.get(used.pop()) if used else None


def _defined(key: str, ids: list[str]) -> T:
    """«define it under 'scoring:' (defined: a, b)», or «(none defined yet)»."""
    return T(key, defined=names(ids) if ids else T("hint.none_defined"))
