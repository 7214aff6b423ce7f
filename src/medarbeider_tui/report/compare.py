"""Two entries of one exercise side by side: the answers, the results, and what moved.

The older entry is always «before», whatever order the two were asked for in. Answers are
matched by the pack's ids (a statement, a task, a plan slot), so entries made with two versions
of a pack are compared item by item where the ids match; what only one of them has is shown
with a dash on the other side, and a note says the pack changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from medarbeider_tui.content import model as m
from medarbeider_tui.content.text import render
from medarbeider_tui.diary import Entry
from medarbeider_tui.i18n import format_datetime, format_number, t
from medarbeider_tui.report.build import answer_rows, build_figures, question_of
from medarbeider_tui.report.model import QuadrantFigure, RankFigure
from medarbeider_tui.report.trends import common_means, signed

MISSING = "–"


@dataclass(frozen=True)
class Side:
    """One of the two entries."""

    entry_id: str
    when: str
    """Completion (or last change) time as the reader writes it."""
    status: str
    pack_version: str


@dataclass(frozen=True)
class Moved:
    """One thing on both sides: a statement's answer, a mean, a placement, a task's cell."""

    key: str
    label: str
    before: str
    after: str
    moved: float | None = None
    """How far a number moved (after − before), where both are numbers."""
    moved_shown: str = ""
    """«+1», «−0,5», «±0,0»; '' when not a number."""
    changed: bool = False
    note: str = ""
    """E.g. the means were compared on the statements both versions share."""


@dataclass(frozen=True)
class ComparedStep:
    """One question with both answers."""

    step_id: str
    title: str
    rows: list[Moved]


@dataclass(frozen=True)
class Comparison:
    exercise_id: str
    title: str
    before: Side
    after: Side
    results: list[Moved]
    answers: list[ComparedStep]
    notes: list[str] = field(default_factory=list)

    @property
    def moved(self) -> list[Moved]:
        """Everything that changed, results first."""
        return [r for r in self.results if r.changed] + [
            row for step in self.answers for row in step.rows if row.changed
        ]


class DifferentExercises(ValueError):
    """The two entries are not of the same exercise: there is nothing to compare them on."""


def build_comparison(
    first: Entry, second: Entry, found: tuple[m.Pack, m.Exercise] | None, language: str
) -> Comparison:
    """``first`` and ``second`` compared, older first.

    Raises:
        DifferentExercises: they are of different exercises (or packs).
    """
    if (first.pack.id, first.exercise) != (second.pack.id, second.exercise):
        raise DifferentExercises(f"{first.exercise} / {second.exercise}")
    before, after = sorted((first, second), key=_moment)
    notes = []
    if before.pack.version != after.pack.version or before.pack.sha256 != after.pack.sha256:
        notes.append(
            t(
                "compare.pack_changed",
                language,
                before=before.pack.version,
                after=after.pack.version,
            )
        )
    if found is None:
        notes.append(t("compare.pack_missing", language))
        results = _raw_results(before.results, after.results, language)
        answers = _raw_answers(before.answers, after.answers)
        title = before.exercise
    else:
        pack, exercise = found
        title = render(exercise.title, language)
        results = _results(exercise, pack, before, after, language)
        answers = _answers(exercise, pack, before, after, language)
    return Comparison(
        before.exercise,
        title,
        _side(before, language),
        _side(after, language),
        results,
        answers,
        notes,
    )


def _moment(entry: Entry) -> tuple[str, str]:
    from medarbeider_tui.diary.ids import parse_timestamp

    return (parse_timestamp(entry.completed_at or entry.updated_at).isoformat(), entry.id)


def _side(entry: Entry, language: str) -> Side:
    return Side(
        entry.id,
        format_datetime(entry.completed_at or entry.updated_at, language),
        t(f"diary.status.{entry.status}", language),
        entry.pack.version,
    )


def _number_moved(
    key: str, label: str, a: Any, b: Any, language: str, shown: tuple[str, str]
) -> Moved:
    numeric = all(type(v) in (int, float) for v in (a, b))
    if numeric:
        delta = float(b) - float(a)
        return Moved(key, label, *shown, delta, signed(delta, language), delta != 0)
    return Moved(key, label, *shown, changed=a != b)


# --- with the pack -----------------------------------------------------------------------------


def _results(
    exercise: m.Exercise, pack: m.Pack, before: Entry, after: Entry, language: str
) -> list[Moved]:
    rows: list[Moved] = []
    for score in exercise.scoring:
        a, b = before.results.get(score.id), after.results.get(score.id)
        if not isinstance(a, dict) and not isinstance(b, dict):
            continue
        label = render(score.label, language) or score.id
        match score:
            case m.MeanScore():
                rows.append(_mean_moved(score.id, label, a, b, language))
            case m.QuadrantScore():
                shown = [
                    _placement(exercise, pack, entry, score, language) for entry in (before, after)
                ]
                rows.append(
                    Moved(score.id, label, shown[0], shown[1], changed=shown[0] != shown[1])
                )
            case m.RankScore():
                shown = [
                    _picks(exercise, pack, entry, score, language) for entry in (before, after)
                ]
                rows.append(
                    Moved(score.id, label, shown[0], shown[1], changed=shown[0] != shown[1])
                )
    return rows


def _mean_moved(score_id: str, label: str, a: Any, b: Any, language: str) -> Moved:
    va = a.get("value") if isinstance(a, dict) else None
    vb = b.get("value") if isinstance(b, dict) else None
    shown = tuple(MISSING if v is None else format_number(v, language) for v in (va, vb))
    inputs = [r.get("inputs") if isinstance(r, dict) else None for r in (a, b)]
    same_items = (
        isinstance(inputs[0], dict)
        and isinstance(inputs[1], dict)
        and set(inputs[0]) == set(inputs[1])
    )
    if va is not None and vb is not None and not same_items:
        bridge = common_means(inputs[0], inputs[1])
        if bridge is None:
            return Moved(
                score_id,
                label,
                shown[0],
                shown[1],
                changed=True,
                note=t("compare.not_comparable", language),
            )
        delta = bridge.after - bridge.before
        return Moved(
            score_id,
            label,
            shown[0],
            shown[1],
            delta,
            signed(delta, language),
            delta != 0,
            t("compare.common_items", language, count=bridge.common),
        )
    return _number_moved(score_id, label, va, vb, language, (shown[0], shown[1]))


def _placement(
    exercise: m.Exercise, pack: m.Pack, entry: Entry, score: m.QuadrantScore, language: str
) -> str:
    figures = (
        build_figures(exercise, pack, entry.results, language, show=[score.id])
        if score.id in entry.results
        else []
    )
    figure = next((f for f in figures if isinstance(f, QuadrantFigure)), None)
    if figure is None:
        return MISSING
    if figure.quadrant_label:
        return figure.quadrant_label
    if figure.between:
        names = {q.id: q.label.render(language) for q in score.quadrants}
        return t(
            "summary.between", language, names=" / ".join(names.get(b, b) for b in figure.between)
        )
    return t("summary.not_placed", language)


def _picks(
    exercise: m.Exercise, pack: m.Pack, entry: Entry, score: m.RankScore, language: str
) -> str:
    figures = (
        build_figures(exercise, pack, entry.results, language, show=[score.id])
        if score.id in entry.results
        else []
    )
    figure = next((f for f in figures if isinstance(f, RankFigure)), None)
    if figure is None:
        return MISSING
    return ", ".join(p.label for p in figure.picks) or MISSING


def _answers(
    exercise: m.Exercise, pack: m.Pack, before: Entry, after: Entry, language: str
) -> list[ComparedStep]:
    steps = []
    for step in exercise.steps:
        if isinstance(step, m.InfoStep | m.ResultStep):
            continue
        rows = _step_rows(exercise, pack, step, before.answers, after.answers, language)
        if rows:
            steps.append(ComparedStep(step.id, question_of(step, language), rows))
    return steps


def _step_rows(
    exercise: m.Exercise,
    pack: m.Pack,
    step: m.AnyStep,
    a: dict[str, Any],
    b: dict[str, Any],
    language: str,
) -> list[Moved]:
    match step:
        case m.ScaleStep():
            rows_a = answer_rows(exercise, pack, step, a, language) or []
            rows_b = answer_rows(exercise, pack, step, b, language) or []
            return [
                _number_moved(
                    item.id,
                    item.text.render(language),
                    a.get(item.id),
                    b.get(item.id),
                    language,
                    (ra.value if item.id in a else MISSING, rb.value if item.id in b else MISSING),
                )
                for item, ra, rb in zip(step.items, rows_a, rows_b, strict=True)
                if item.id in a or item.id in b
            ]
        case m.SortStep():
            cells = {c.id: c.label.render(language) for c in step.cells}
            where_a = {p["item"]: p["cell"] for p in a.get(step.id, []) if isinstance(p, dict)}
            where_b = {p["item"]: p["cell"] for p in b.get(step.id, []) if isinstance(p, dict)}
            tasks = list(where_a) + [item for item in where_b if item not in where_a]
            return [
                Moved(
                    task,
                    task,
                    cells.get(where_a.get(task, ""), MISSING),
                    cells.get(where_b.get(task, ""), MISSING),
                    changed=where_a.get(task) != where_b.get(task),
                )
                for task in tasks
            ]
        case m.PlanStep():
            slots = [s.id for s in step.slots]
            plan_a, plan_b = a.get(step.id) or {}, b.get(step.id) or {}
            labels = {s.id: s.label.render(language) for s in step.slots}
            keys = slots + [k for k in [*plan_a, *plan_b] if k not in slots]
            rows = []
            for key in dict.fromkeys(keys):
                if key not in plan_a and key not in plan_b:
                    continue
                wa = (
                    (plan_a.get(key) or {}).get("what", MISSING)
                    if isinstance(plan_a.get(key), dict)
                    else MISSING
                )
                wb = (
                    (plan_b.get(key) or {}).get("what", MISSING)
                    if isinstance(plan_b.get(key), dict)
                    else MISSING
                )
                rows.append(
                    Moved(
                        key,
                        labels.get(key, key),
                        wa,
                        wb,
                        changed=plan_a.get(key) != plan_b.get(key),
                    )
                )
            return rows
        case _:
            if step.id not in a and step.id not in b:
                return []
            shown = [_joined(exercise, pack, step, answers, language) for answers in (a, b)]
            return [
                Moved(step.id, "", shown[0], shown[1], changed=a.get(step.id) != b.get(step.id))
            ]


def _joined(
    exercise: m.Exercise, pack: m.Pack, step: m.AnyStep, answers: dict[str, Any], language: str
) -> str:
    if step.id not in answers:
        return MISSING
    rows = answer_rows(exercise, pack, step, answers, language) or []
    return "; ".join(row.value for row in rows) or MISSING


# --- without the pack --------------------------------------------------------------------------


def _raw_results(a: dict[str, Any], b: dict[str, Any], language: str) -> list[Moved]:
    rows = []
    for score_id in dict.fromkeys([*a, *b]):
        ra, rb = a.get(score_id), b.get(score_id)
        kinds = {r.get("kind") for r in (ra, rb) if isinstance(r, dict)}
        if kinds == {"mean"}:
            rows.append(_mean_moved(score_id, score_id, ra, rb, language))
        elif kinds == {"quadrant"}:
            shown = [
                str(r.get("quadrant") or MISSING) if isinstance(r, dict) else MISSING
                for r in (ra, rb)
            ]
            rows.append(Moved(score_id, score_id, shown[0], shown[1], changed=shown[0] != shown[1]))
    return rows


def _raw_answers(a: dict[str, Any], b: dict[str, Any]) -> list[ComparedStep]:
    rows = [
        Moved(key, key, _raw(a.get(key)), _raw(b.get(key)), changed=a.get(key) != b.get(key))
        for key in dict.fromkeys([*a, *b])
    ]
    return [ComparedStep("answers", "", rows)] if rows else []


def _raw(value: Any) -> str:
    if value is None:
        return MISSING
    if isinstance(value, list):
        return "; ".join(_raw(v) if not isinstance(v, str) else v for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_raw(v)}" for k, v in value.items())
    return str(value)
