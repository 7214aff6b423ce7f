"""The checks of what pack format 2 added: conditions, placeholders, ranking and number steps,
per-axis thresholds and positive labels, and that a format-1 pack uses none of them.

Each problem points at the line to change, with a «did you mean» where an id is near a known
one. Called by ``semantic.check_exercise`` after the checks every format shares.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

from medarbeider_tui.content import model as m
from medarbeider_tui.content.conditions import as_number, step_keys
from medarbeider_tui.content.errors import PackProblem
from medarbeider_tui.content.packspec import FORMAT_2_KINDS
from medarbeider_tui.content.placeholders import names_in, step_texts
from medarbeider_tui.content.spec import names, near_miss
from medarbeider_tui.content.yamlsafe import problem_at
from medarbeider_tui.i18n import Translatable as T

#: Step kinds whose answer can fill a placeholder or decide a condition.
PLACEHOLDER_KINDS = ("scale", "text", "choice", "list", "number", "ranking")
CONDITION_KINDS = ("scale", "choice", "number")


def field_node(node: Any, name: str) -> Any:
    """The value node of ``name`` in a mapping node (the mapping itself if absent)."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if getattr(key, "value", None) == name:
                return value
    return node


class _Checks:
    def __init__(self, exercise: m.Exercise, scales: dict[str, m.Scale], path: Path) -> None:
        self.exercise = exercise
        self.scales = scales
        self.path = path
        self.problems: list[PackProblem] = []
        self.position = {step.id: n for n, step in enumerate(exercise.steps)}
        self.key_step: dict[str, m.AnyStep] = {
            key: step for step in exercise.steps for key in step_keys(step)
        }
        self.scores = {score.id: score for score in exercise.scoring}

    def error(self, node: Any, message: T, hint: T | None = None) -> None:
        self.problems.append(problem_at(self.path, node, message, hint))

    def unknown(self, node: Any, name: str, known: list[str], key: str) -> None:
        guess = near_miss(name, known)
        hint = (
            T("hint.did_you_mean", suggestion=guess)
            if guess
            else T("hint.placeholder.known", known=names(known) or "-")
        )
        self.error(node, T(key, name=name), hint)

    # --- format 1 --------------------------------------------------------------------------

    def format_1(self) -> None:
        """A format-1 pack reads as it always did: what format 2 added is refused, with the fix."""
        for step in self.exercise.steps:
            if step.kind in FORMAT_2_KINDS:
                self.needs_2(field_node(step.node, "kind"), f"kind: {step.kind}")
            if step.when is not None:
                self.needs_2(step.when.node, "when")
            if isinstance(step, m.ScaleStep):
                for item in step.items:
                    if item.positive is not None:
                        self.needs_2(field_node(item.node, "positive"), "positive")
        for score in self.exercise.scoring:
            if isinstance(score, m.QuadrantScore):
                for name in ("x_threshold", "y_threshold"):
                    if getattr(score, name) is not None:
                        self.needs_2(field_node(score.node, name), name)

    def needs_2(self, node: Any, what: str) -> None:
        self.error(node, T("problem.format.needs_2", what=what), T("hint.format.needs_2"))

    # --- format 2 --------------------------------------------------------------------------

    def all(self) -> None:
        for position, step in enumerate(self.exercise.steps):
            if step.when is not None:
                self.condition(step, step.when, position)
            self.placeholders(step, position)
            if isinstance(step, m.NumberStep):
                self.number(step)
            if isinstance(step, m.ScaleStep):
                for item in step.items:
                    if item.positive is not None and not item.reverse:
                        self.error(
                            field_node(item.node, "positive"),
                            T("problem.positive.not_reverse", item=item.id),
                            T("hint.positive.not_reverse"),
                        )

    def earlier_key(self, name: str, position: int) -> m.AnyStep | None:
        step = self.key_step.get(name)
        return step if step is not None and self.position[step.id] < position else None

    def score_ready(self, name: str, position: int) -> bool:
        """The score's statements are all asked before ``position``."""
        from medarbeider_tui.content.semantic import _score_items

        score = self.scores[name]
        items = _score_items(score, self.scores)
        return all(
            item in self.key_step and self.position[self.key_step[item].id] < position
            for item in items
        )

    def condition(self, step: m.AnyStep, when: m.Condition, position: int) -> None:
        if (when.step is None) == (when.score is None):
            example = "when: {step: valg, equals: ja}"
            self.error(
                when.node,
                T("problem.when.step_or_score"),
                T("hint.when.step_or_score", example=example),
            )
            return
        if len(when.comparisons) != 1:
            self.error(when.node, T("problem.when.one_comparison"), T("hint.when.one_comparison"))
            return
        comparison = when.comparisons[0]
        numeric = comparison in ("at_least", "at_most")
        wanted = [when.equals] if when.equals is not None else list(when.in_ or [])
        if when.step is not None:
            source = self.earlier_key(when.step, position)
            if source is None:
                self._late_or_unknown(when, when.step, position)
                return
            if source.kind not in CONDITION_KINDS:
                self.error(
                    when.node,
                    T("problem.when.source_kind", source=when.step, kind=source.kind),
                    T("hint.when.source_kind"),
                )
                return
            if isinstance(source, m.ChoiceStep):
                if numeric:
                    self.error(when.node, T("problem.when.not_a_number", source=when.step))
                elif source.options is not None:
                    self._values(when, wanted, [o.id for o in source.options])
            elif isinstance(source, m.ScaleStep):
                scale = self.scales.get(source.scale)
                if scale is not None and not numeric:
                    allowed = [str(v) for v in scale.values]
                    if source.not_relevant:
                        allowed.append(m.NOT_RELEVANT)
                    self._values(when, wanted, allowed)
            elif not numeric:  # a number step: the values must be numbers
                for value in wanted:
                    if as_number(value) is None:
                        self.error(when.node, T("problem.when.not_a_number", source=when.step))
            return
        score_id = when.score or ""
        score = self.scores.get(score_id)
        if score is None:
            self.unknown(when.node, score_id, list(self.scores), "problem.when.unknown_score")
            return
        if not self.score_ready(score_id, position):
            self.error(when.node, T("problem.when.later", source=score_id), T("hint.when.later"))
            return
        if isinstance(score, m.MeanScore):
            if not numeric:
                self._values(when, wanted, [level.id for level in score.levels])
        elif numeric:
            self.error(when.node, T("problem.when.not_a_number", source=score_id))
        elif isinstance(score, m.QuadrantScore):
            self._values(when, wanted, [q.id for q in score.quadrants])
        else:
            self._values(when, wanted, [*(score.items or []), *(score.scores or [])])

    def _late_or_unknown(self, when: m.Condition, name: str, position: int) -> None:
        if name in self.key_step:
            self.error(when.node, T("problem.when.later", source=name), T("hint.when.later"))
        else:
            self.unknown(when.node, name, list(self.key_step), "problem.when.unknown_step")

    def _values(self, when: m.Condition, wanted: list[Any], allowed: list[str]) -> None:
        for value in wanted:
            if not any(str(value) == a or _numbers_equal(value, a) for a in allowed):
                guess = near_miss(str(value), allowed)
                hint = (
                    T("hint.did_you_mean", suggestion=guess)
                    if guess
                    else T("hint.when.values", values=names(allowed) or "-")
                )
                self.error(when.node, T("problem.when.unknown_value", value=str(value)), hint)

    def placeholders(self, step: m.AnyStep, position: int) -> None:
        known = [*self.key_step, *self.scores]
        for field, text in step_texts(step).items():
            node = field_node(step.node, field)
            for name in dict.fromkeys(n for value in text.values() for n in names_in(value)):
                if name in self.key_step:
                    source = self.key_step[name]
                    if self.position[source.id] >= position:
                        self.error(
                            node,
                            T("problem.placeholder.later", name=name),
                            T("hint.placeholder.later"),
                        )
                    elif source.kind not in PLACEHOLDER_KINDS:
                        self.error(
                            node,
                            T("problem.placeholder.kind", name=name, kind=source.kind),
                            T("hint.placeholder.kind"),
                        )
                elif name in self.scores:
                    if not self.score_ready(name, position):
                        self.error(
                            node,
                            T("problem.placeholder.later", name=name),
                            T("hint.placeholder.later"),
                        )
                else:
                    self.unknown(node, name, known, "problem.placeholder.unknown")

    def number(self, step: m.NumberStep) -> None:
        if step.min >= step.max:
            self.error(
                step.node,
                T("problem.number.backwards", min=f"{step.min:g}", max=f"{step.max:g}"),
                T("hint.number.backwards"),
            )
        elif step.step <= 0 or (Fraction(str(step.max)) - Fraction(str(step.min))) % Fraction(
            str(step.step)
        ):
            self.error(
                field_node(step.node, "step"),
                T("problem.number.step", step=f"{step.step:g}"),
                T("hint.number.step"),
            )


def _numbers_equal(value: Any, allowed: str) -> bool:
    a, b = as_number(value), as_number(allowed)
    return a is not None and a == b


def check_format2(
    exercise: m.Exercise, scales: dict[str, m.Scale], path: Path, pack_format: int
) -> list[PackProblem]:
    """Format 2's checks; in a format-1 pack, that none of format 2's fields is used."""
    checks = _Checks(exercise, scales, path)
    if pack_format < 2:
        checks.format_1()
    else:
        checks.all()
    return checks.problems
