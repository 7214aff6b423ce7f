"""Build the results model (``report.model``) from an exercise, its answers and its results.

The one place that decides what a result says: which scores are shown, with which labels and
levels, where the point sits, which fields and texts apply, and the answers behind each mean.
"""

from __future__ import annotations

import dataclasses
from typing import Any, assert_never

from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import options_for
from medarbeider_tui.content.conditions import is_shown
from medarbeider_tui.content.scoring import Results, compute
from medarbeider_tui.content.text import Text, render
from medarbeider_tui.diary import Entry
from medarbeider_tui.i18n import format_date, format_datetime, format_number, t
from medarbeider_tui.report.model import (
    AnswerDetail,
    AnsweredStep,
    AnswerRow,
    Figure,
    Mean,
    Pick,
    ProfileFigure,
    Prose,
    QuadrantCell,
    QuadrantFigure,
    RankFigure,
    Reason,
    ReasonGroup,
    Report,
    SortLayout,
)
from medarbeider_tui.report.placeholders import Filler
from medarbeider_tui.report.prose import fill, first_line, markdown_to_plain


def build_report(entry: Entry, pack: m.Pack, exercise: m.Exercise, language: str) -> Report:
    """An entry as a document in ``language``: its answers and its results as saved."""
    results = entry.results or compute(exercise, pack, entry.answers)
    private = exercise.private_keys() | frozenset(entry.private)
    moment = entry.completed_at or entry.updated_at
    return Report(
        entry_id=entry.id,
        exercise_id=exercise.id,
        title=render(exercise.title, language),
        status=t(f"diary.status.{entry.status}", language),
        when=format_datetime(moment, language),
        language=language,
        answers=build_answers(exercise, pack, entry.answers, language, private, results),
        figures=build_figures(exercise, pack, results, language) if exercise.scoring else [],
        attribution=_prose(exercise.attribution, language),
        moment=moment,
        pack_id=pack.id,
        private_keys=private,
    )


# --- results ---------------------------------------------------------------------------------


def build_figures(
    exercise: m.Exercise,
    pack: m.Pack,
    results: Results,
    language: str,
    show: list[str] | None = None,
) -> list[Figure]:
    """The chosen scores (default: all), in declaration order.

    A quadrant shows its two axes itself, so a mean that is the axis of a quadrant being shown
    is not shown again. Means that follow each other form one profile (bars side by side).
    """
    scores = [s for s in exercise.scoring if (show is None or s.id in show) and s.id in results]
    axes = {a for s in scores if isinstance(s, m.QuadrantScore) for a in (s.x, s.y)}
    figures: list[Figure] = []
    pending: list[Mean] = []

    def flush() -> None:
        if pending:
            figures.append(ProfileFigure(list(pending)))
            pending.clear()

    for score in scores:
        match score:
            case m.MeanScore():
                if score.id not in axes:
                    pending.append(mean_of(exercise, pack, score, results, language))
            case m.QuadrantScore():
                flush()
                figures.append(_quadrant(exercise, pack, score, results, language))
            case m.RankScore():
                flush()
                figures.append(_rank(exercise, score, results, language))
            case _:
                assert_never(score)
    flush()
    return figures


def mean_of(
    exercise: m.Exercise, pack: m.Pack, score: m.MeanScore, results: Results, language: str
) -> Mean:
    """One mean as shown, with its level and the range of its scale."""
    result = results[score.id]
    label = render(score.label, language) or score.id
    low, high = scale_range(exercise, pack, score)
    value = result["value"]
    if value is None:
        shown = t(
            "result.not_enough",
            language,
            answered=result["answered"],
            needed=result["min_answered"],
        )
        return Mean(score.id, label, None, shown, "", low, high)
    level = next((lv for lv in score.levels if lv.id == result.get("level")), None)
    return Mean(
        score.id,
        label,
        value,
        format_number(value, language),
        render(level.label, language) if level else "",
        low,
        high,
    )


def scale_range(exercise: m.Exercise, pack: m.Pack, score: m.MeanScore) -> tuple[int, int]:
    """The lowest and highest value of the scale a mean's items are answered on."""
    step, _ = exercise.scale_items()[score.items[0]]
    scale = pack.scale_for(exercise, step.scale)
    return scale.min, scale.max


def label_of(exercise: m.Exercise, some_id: str, language: str, order: str = "lowest") -> str:
    """The person-facing text of an item or score id (the id itself if unknown); a
    reverse-keyed item picked by a ``highest`` score in its positive form."""
    items = exercise.scale_items()
    if some_id in items:
        return items[some_id][1].text_as_pick(order).render(language)
    try:
        return render(exercise.score(some_id).label, language) or some_id
    except KeyError:
        return some_id


def _follow_up(exercise: m.Exercise, some_id: str, language: str) -> str:
    items = exercise.scale_items()
    if some_id in items:
        return render(items[some_id][1].follow_up, language)
    try:
        score = exercise.score(some_id)
    except KeyError:
        return ""
    return render(score.follow_up, language) if isinstance(score, m.MeanScore) else ""


def _rank(exercise: m.Exercise, score: m.RankScore, results: Results, language: str) -> RankFigure:
    picks = [
        Pick(
            pick["id"],
            label_of(exercise, pick["id"], language, score.order),
            pick["value"],
            format_number(pick["value"], language),
            _follow_up(exercise, pick["id"], language),
        )
        for pick in results[score.id]["picks"]
    ]
    return RankFigure(
        score.id,
        render(score.label, language) or score.id,
        picks,
        t("result.picks_none", language),
    )


def _quadrant(
    exercise: m.Exercise,
    pack: m.Pack,
    score: m.QuadrantScore,
    results: Results,
    language: str,
) -> QuadrantFigure:
    result = results[score.id]
    x_score, y_score = exercise.score(score.x), exercise.score(score.y)
    assert isinstance(x_score, m.MeanScore) and isinstance(y_score, m.MeanScore)
    x = mean_of(exercise, pack, x_score, results, language)
    y = mean_of(exercise, pack, y_score, results, language)
    quadrant = next((q for q in score.quadrants if q.id == result["quadrant"]), None)
    cells = [
        QuadrantCell(q.x, q.y, q.label.render(language), q is quadrant, q.id)
        for q in score.quadrants
    ]
    near_notes = []
    for axis, mean in (("x", x), ("y", y)):
        on_the_line = result[axis]["level"] == "boundary"
        if result[axis]["near"] and score.near_text and not on_the_line:
            near_notes.append(fill(score.near_text, language, axis=mean.label))
    texts: list[Prose] = []
    reflection: list[str] = []
    support = None
    if quadrant is not None:
        texts = [
            p
            for p in (_prose(quadrant.description, language), _prose(quadrant.text, language, True))
            if p is not None
        ]
        reflection = [q.render(language) for q in quadrant.reflection]
        support = _prose(quadrant.support, language, markdown=True)
    return QuadrantFigure(
        score_id=score.id,
        title=render(score.label, language) or t("result.title", language),
        x=x,
        y=y,
        x_level=result["x"]["level"],
        y_level=result["y"]["level"],
        x_near=bool(result["x"]["near"]),
        y_near=bool(result["y"]["near"]),
        threshold=score.threshold_of("x"),
        y_threshold=score.threshold_of("y"),
        cells=cells,
        quadrant_id=result["quadrant"],
        between=list(result["between"]),
        placement=_placement(score, result, language),
        near_notes=near_notes,
        texts=texts,
        reflection=reflection,
        support=support,
        reasons=[
            _reasons(exercise, pack, mean_score, results, language)
            for mean_score in (y_score, x_score)
        ],
        notes=[
            p
            for p in (
                _prose(score.caveat, language, markdown=True),
                _prose(score.attribution, language),
            )
            if p is not None
        ],
    )


def _placement(score: m.QuadrantScore, result: dict[str, Any], language: str) -> str:
    """«Plassering: PROAKTIV», «mellom X og Y» on the line, or why there is none."""

    def name(quadrant_id: str) -> str:
        found = next((q for q in score.quadrants if q.id == quadrant_id), None)
        return found.label.render(language) if found else quadrant_id

    if result["quadrant"]:
        return t("result.placed_in", language, quadrant=name(result["quadrant"]))
    if result["between"]:
        names = [name(q) for q in result["between"]]
        joined = f" {t('result.and', language)} ".join(
            [", ".join(names[:-1]), names[-1]] if len(names) > 1 else names
        )
        if score.boundary_text:
            return fill(score.boundary_text, language, quadrants=joined)
        return t("result.placed_in", language, quadrant=t("result.between", language, names=joined))
    missing = render(score.missing_text, language)
    return markdown_to_plain(missing) if missing else t("result.no_quadrant", language)


def _reasons(
    exercise: m.Exercise, pack: m.Pack, score: m.MeanScore, results: Results, language: str
) -> ReasonGroup:
    """Each answer behind a mean, with reverse keying spelled out."""
    items = exercise.scale_items()
    reasons = []
    for item_id, data in results[score.id]["inputs"].items():
        answer = data["answer"]
        if data["scored"] is None:
            step, _ = items[item_id]
            shown = scale_answer_text(pack.scale_for(exercise, step.scale), answer, language)
        elif data["reverse"]:
            shown = f"{answer} ({t('result.reversed', language)}: {data['scored']})"
        else:
            shown = str(answer)
        reasons.append(Reason(item_id, label_of(exercise, item_id, language), shown))
    return ReasonGroup(render(score.label, language) or score.id, reasons)


# --- answers ---------------------------------------------------------------------------------


def build_answers(
    exercise: m.Exercise,
    pack: m.Pack,
    answers: dict[str, Any],
    language: str,
    private: frozenset[str] = frozenset(),
    results: Results | None = None,
) -> list[AnsweredStep]:
    """Every question of the exercise with the answer given (or «ikke besvart»), in order.

    Rows whose key is in ``private`` are marked private (exports leave them out). Steps whose
    condition hides them are left out; placeholders in titles and prompts are filled.
    """
    results = results if results is not None else compute(exercise, pack, answers)
    filler = Filler(exercise, pack, answers, results, language)
    out: list[AnsweredStep] = []
    for step in exercise.steps:
        if not is_shown(step, answers, results):
            continue
        rows = answer_rows(exercise, pack, step, answers, language)
        if rows is None:
            continue
        if private:
            rows = [dataclasses.replace(r, private=r.key in private) for r in rows]
        out.append(
            AnsweredStep(
                step_id=step.id,
                kind=step.kind,
                title=filler.field(step, "title"),
                question=_question(step, filler),
                rows=rows,
                optional=step.optional,
                layout=_layout(step, language) if isinstance(step, m.SortStep) else None,
            )
        )
    return out


def _question(step: m.AnyStep, filler: Filler) -> str:
    """What a step asks: its prompt's first line up to its last «?» (the instructions after
    it dropped); empty for a scale (each statement is asked) or a prompt that asks nothing,
    unless the step has no title to go by."""
    if isinstance(step, m.ScaleStep):
        return ""
    line = first_line(markdown_to_plain(filler.field(step, "prompt")))
    end = line.rfind("?")
    if end >= 0:
        return line[: end + 1]
    return "" if filler.field(step, "title") else line


def _layout(step: m.SortStep, language: str) -> SortLayout:
    grid = step.grid
    return SortLayout(
        cells=[c.label.render(language) for c in step.cells],
        columns=[c.render(language) for c in grid.columns] if grid else [],
        rows=[r.render(language) for r in grid.rows] if grid else [],
    )


def question_of(step: m.AnyStep, language: str) -> str:
    """A step's title (or prompt) as a heading: with a colon unless it ends in punctuation."""
    text = markdown_to_plain(render(step.title, language) or render(step.prompt, language))
    text = first_line(text) or step.id
    return text if text[-1:] in ".?!:" else f"{text}:"


def answer_rows(
    exercise: m.Exercise,
    pack: m.Pack,
    step: m.AnyStep,
    answers: dict[str, Any],
    language: str,
) -> list[AnswerRow] | None:
    """The rows of one step's answer; None for steps that take no answer."""
    missing = t("result.not_answered", language)
    match step:
        case m.InfoStep() | m.ResultStep():
            return None
        case m.ScaleStep():
            scale = pack.scale_for(exercise, step.scale)
            return [_scale_row(scale, item, answers.get(item.id), language) for item in step.items]
        case _ if step.id not in answers:
            return [AnswerRow(step.id, "", missing, answered=False)]
        case m.TextStep():
            return [AnswerRow(step.id, "", str(answers[step.id]))]
        case m.ListStep():
            return [AnswerRow(step.id, "", entry) for entry in answers[step.id]]
        case m.ChoiceStep():
            options = options_for(step, exercise, answers, compute(exercise, pack, answers))
            names = {o.id: o.label.render(language) for o in options}
            value = answers[step.id]
            chosen = value if isinstance(value, list) else [value]
            return [AnswerRow(step.id, "", names.get(c, str(c))) for c in chosen]
        case m.SortStep():
            cells = {c.id: c.label.render(language) for c in step.cells}
            return [
                AnswerRow(step.id, cells.get(p["cell"], p["cell"]), p["item"])
                for p in answers[step.id]
            ]
        case m.PlanStep():
            return _plan_rows(step, answers[step.id], language)
        case m.RankingStep():
            options = options_for(step, exercise, answers, compute(exercise, pack, answers))
            names = {o.id: o.label.render(language) for o in options}
            return [
                AnswerRow(step.id, str(n), names.get(entry, str(entry)))
                for n, entry in enumerate(answers[step.id], 1)
            ]
        case m.NumberStep():
            return [AnswerRow(step.id, "", number_text(step, answers[step.id], language))]
        case _:
            assert_never(step)


def number_text(step: m.NumberStep, value: Any, language: str) -> str:
    """«7,5 timer»: the number as the person's language writes it, with the unit (a value
    that is not a number, from a damaged entry, as it is)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    decimals = 0 if float(value).is_integer() else len(f"{step.step:g}".partition(".")[2]) or 1
    shown = format_number(float(value), language, decimals)
    unit = render(step.unit, language)
    return f"{shown} {unit}" if unit else shown


def _scale_row(scale: m.Scale, item: m.ScaleItem, value: Any, language: str) -> AnswerRow:
    """A statement and its answer: the number and what it means, or «ikke besvart»."""
    shown = scale_answer_text(scale, value, language)
    label = item.text.render(language)
    if value is None:
        return AnswerRow(item.id, label, shown, answered=False)
    if value == m.NOT_RELEVANT:
        return AnswerRow(item.id, label, shown, meaning=shown)
    meaning = render(scale.labels.get(value), language)
    number = value if isinstance(value, int) else None
    return AnswerRow(item.id, label, shown, number=number, meaning=meaning)


def _plan_rows(step: m.PlanStep, plan: dict[str, Any], language: str) -> list[AnswerRow]:
    labels = {s.id: s.label.render(language) for s in step.slots}
    rows = []
    for slot_id, slot in plan.items():
        details = []
        if slot.get("how"):
            details.append(AnswerDetail(t("report.plan.how", language), slot["how"]))
        if slot.get("review"):
            details.append(
                AnswerDetail(
                    t("report.plan.review", language), format_date(slot["review"], language)
                )
            )
        rows.append(AnswerRow(step.id, labels.get(slot_id, slot_id), slot["what"], True, details))
    return rows


def scale_answer_text(scale: m.Scale, value: Any, language: str) -> str:
    """«4 Delvis enig», the not-relevant label, or «ikke besvart»."""
    if value is None:
        return t("result.not_answered", language)
    if value == m.NOT_RELEVANT:
        return render(scale.not_relevant_label, language) or str(value)
    label = scale.labels.get(value)
    return f"{value} {render(label, language)}" if label else str(value)


def _prose(text: Text | None, language: str, markdown: bool = False) -> Prose | None:
    rendered = render(text, language)
    return Prose(rendered, markdown) if rendered else None
