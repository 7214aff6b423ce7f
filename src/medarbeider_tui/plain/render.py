"""Results as plain text: numbers with their reasons, and the 2×2 model as an ASCII grid.

Screen readers read this line by line, so every figure is also said in words; the grid is a
picture for sighted users and never the only place a fact appears.
"""

from __future__ import annotations

import re
import shutil
import textwrap
from typing import Any

from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import options_for
from medarbeider_tui.content.scoring import Results, compute
from medarbeider_tui.content.text import Text, render
from medarbeider_tui.i18n import format_date, format_number, t

CELL_WIDTH = 22
# Strong/emphasis as CommonMark reads them: '_' never inside a word (snake_case stays).
_EMPHASIS = re.compile(r"(\*\*|\*|(?<!\w)__|(?<!\w)_)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


def plain_text(text: Text | None, language: str) -> str:
    """Pack Markdown read aloud well: emphasis marks and heading hashes dropped."""
    return _HEADING.sub("", _EMPHASIS.sub(r"\2", render(text, language)))


def wrap(text: str, width: int | None = None, hang: int | None = None) -> str:
    """Fit prose to the terminal (terminals break long lines mid-word); keep list items."""
    if width is None:
        width = min(shutil.get_terminal_size((80, 24)).columns, 100) - 1
    out: list[str] = []
    for line in text.splitlines():
        bullet = _BULLET.match(line)
        indent = len(bullet.group(0)) if bullet else len(line) - len(line.lstrip())
        fill = " " * (hang if hang is not None else indent)
        out.append(textwrap.fill(line, width, subsequent_indent=fill) if line.strip() else "")
    return "\n".join(out)


def question_of(step: m.AnyStep, language: str) -> str:
    """A step's title (or prompt) as a heading: with a colon unless it ends in punctuation."""
    text = plain_text(step.title, language) or plain_text(step.prompt, language) or step.id
    text = text.strip().splitlines()[0]
    return text if text[-1:] in ".?!:" else f"{text}:"


CELL_HEIGHT = 3


def render_results(
    exercise: m.Exercise,
    pack: m.Pack,
    results: Results,
    language: str,
    show: list[str] | None = None,
) -> list[str]:
    """Lines describing the chosen scores (default: all) of one exercise."""
    lines: list[str] = []
    axes = {a for q in exercise.scoring if isinstance(q, m.QuadrantScore) for a in (q.x, q.y)}
    for score in exercise.scoring:
        if show is not None and score.id not in show:
            continue
        if show is None and score.id in axes:
            continue  # the quadrant shows its axes itself
        result = results.get(score.id)
        if result is None:
            continue
        if isinstance(score, m.MeanScore):
            lines.append(mean_line(score, result, language))
        elif isinstance(score, m.QuadrantScore):
            lines.extend(quadrant_lines(exercise, pack, score, results, language))
        else:
            lines.extend(rank_lines(exercise, score, result, language))
    return lines


def mean_line(score: m.MeanScore, result: dict[str, Any], language: str) -> str:
    label = render(score.label, language) or score.id
    if result["value"] is None:
        return f"{label}: " + t(
            "result.not_enough",
            language,
            answered=result["answered"],
            needed=result["min_answered"],
        )
    text = f"{label}: {format_number(result['value'], language)}"
    if result.get("level"):
        level = next((lv for lv in score.levels if lv.id == result["level"]), None)
        if level is not None:
            text += f" ({render(level.label, language)})"
    return text


def rank_lines(
    exercise: m.Exercise, score: m.RankScore, result: dict[str, Any], language: str
) -> list[str]:
    lines = [f"{render(score.label, language) or score.id}:"]
    if not result["picks"]:
        return [*lines, "  " + t("result.picks_none", language)]
    for pick in result["picks"]:
        lines.append(
            f"  - {label_of(exercise, pick['id'], language)} "
            f"({format_number(pick['value'], language)})"
        )
    return lines


def label_of(exercise: m.Exercise, some_id: str, language: str) -> str:
    """The person-facing text of an item or score id (the id itself if unknown)."""
    items = exercise.scale_items()
    if some_id in items:
        return items[some_id][1].text.render(language)
    try:
        return render(exercise.score(some_id).label, language) or some_id
    except KeyError:
        return some_id


def quadrant_name(score: m.QuadrantScore, quadrant_id: str, language: str) -> str:
    quadrant = next((q for q in score.quadrants if q.id == quadrant_id), None)
    return quadrant.label.render(language) if quadrant else quadrant_id


def placement_text(score: m.QuadrantScore, result: dict[str, Any], language: str) -> str:
    """«Plassering: PROAKTIV», or «mellom X og Y» on the line, or why there is none."""
    if result["quadrant"]:
        return t(
            "result.placed_in",
            language,
            quadrant=quadrant_name(score, result["quadrant"], language),
        )
    if result["between"]:
        names = [quadrant_name(score, q, language) for q in result["between"]]
        joined = f" {t('result.and', language)} ".join(
            [", ".join(names[:-1]), names[-1]] if len(names) > 1 else names
        )
        if score.boundary_text:
            return wrap(fill(score.boundary_text, language, quadrants=joined))
        return t("result.placed_in", language, quadrant=t("result.between", language, names=joined))
    return wrap(plain_text(score.missing_text, language)) or t("result.no_quadrant", language)


def fill(text: Text, language: str, **values: str) -> str:
    """Substitute {name} placeholders in pack text without ``str.format`` (packs may use {})."""
    out = text.render(language)
    for name, value in values.items():
        out = out.replace("{" + name + "}", value)
    return out


def quadrant_lines(
    exercise: m.Exercise, pack: m.Pack, score: m.QuadrantScore, results: Results, language: str
) -> list[str]:
    result = results[score.id]
    x_score, y_score = exercise.score(score.x), exercise.score(score.y)
    x_name = render(x_score.label, language) or score.x
    y_name = render(y_score.label, language) or score.y
    lines = [f"{render(score.label, language) or t('result.title', language)}"]
    for mean_score in (x_score, y_score):
        assert isinstance(mean_score, m.MeanScore)
        lines.append("  " + mean_line(mean_score, results[mean_score.id], language))
    lines.append("")
    x_range = axis_range(exercise, pack, x_score)
    y_range = axis_range(exercise, pack, y_score)
    lines.extend(quadrant_grid(score, result, x_range, y_range, x_name, y_name, language))
    lines += ["", placement_text(score, result, language)]
    for axis, name in (("x", x_name), ("y", y_name)):
        on_the_line = result[axis]["level"] == "boundary"
        if result[axis]["near"] and score.near_text and not on_the_line:
            lines.append(wrap(fill(score.near_text, language, axis=name)))
    quadrant = next((q for q in score.quadrants if q.id == result["quadrant"]), None)
    if quadrant is not None:
        for text in (quadrant.description, quadrant.text):
            if text:
                lines += ["", wrap(plain_text(text, language))]
        if quadrant.reflection:
            lines += ["", t("result.reflection", language) + ":"]
            lines += [wrap(f"  - {plain_text(q, language)}") for q in quadrant.reflection]
        if quadrant.support:
            lines += ["", wrap(plain_text(quadrant.support, language))]
    lines += ["", t("result.why", language) + ":"]
    for mean_score in (y_score, x_score):
        lines.extend(why_lines(exercise, mean_score, results, language))
    for text in (score.caveat, score.attribution):
        if text:
            lines += ["", wrap(plain_text(text, language))]
    return lines


def about_lines(
    exercise: m.Exercise, pack: m.Pack, results: Results, score_id: str, language: str
) -> list[str]:
    """A score shown above a question (e.g. the lowest driver), with its follow-up questions."""
    lines = render_results(exercise, pack, results, language, [score_id])
    items = exercise.scale_items()
    for pick in results.get(score_id, {}).get("picks", []):
        if pick["id"] in items:
            follow_up = items[pick["id"]][1].follow_up
        else:
            try:
                follow_up = getattr(exercise.score(pick["id"]), "follow_up", None)
            except KeyError:
                follow_up = None
        if follow_up:
            lines.append(f"  → {render(follow_up, language)}")
    return lines


def why_lines(
    exercise: m.Exercise, score: m.AnyScore, results: Results, language: str
) -> list[str]:
    """Each answer behind a mean, with reverse keying spelled out."""
    lines = [f"  {render(score.label, language) or score.id}:"]
    for item_id, data in results[score.id]["inputs"].items():
        answer = data["answer"]
        if data["scored"] is None:
            shown = t("result.not_answered", language) if answer is None else str(answer)
        elif data["reverse"]:
            shown = f"{answer} ({t('result.reversed', language)}: {data['scored']})"
        else:
            shown = str(answer)
        label = label_of(exercise, item_id, language)
        lines.append(wrap(f"    {shown:>16}  {label}", hang=22))
    return lines


def axis_range(exercise: m.Exercise, pack: m.Pack, score: m.AnyScore) -> tuple[int, int]:
    assert isinstance(score, m.MeanScore)
    step, _ = exercise.scale_items()[score.items[0]]
    scale = pack.scale_for(exercise, step.scale)
    return scale.min, scale.max


def grid_position(value: float, low: float, threshold: float, high: float, span: int) -> int:
    """Map a value to 0..2*span, with the threshold exactly on ``span`` (the dividing line)."""
    if value <= threshold:
        return round((value - low) / (threshold - low) * span)
    return span + round((value - threshold) / (high - threshold) * span)


def quadrant_grid(
    score: m.QuadrantScore,
    result: dict[str, Any],
    x_range: tuple[int, int],
    y_range: tuple[int, int],
    x_name: str,
    y_name: str,
    language: str,
) -> list[str]:
    """The 2×2 as ASCII, high self-awareness at the top, the person's point as ``X``."""
    width, height = CELL_WIDTH, CELL_HEIGHT
    rows = [[" "] * (2 * width + 3) for _ in range(2 * height + 3)]
    for r, canvas_row in enumerate(rows):
        for c in range(len(canvas_row)):
            on_h = r in (0, height + 1, 2 * height + 2)
            on_v = c in (0, width + 1, 2 * width + 2)
            canvas_row[c] = "+" if on_h and on_v else "-" if on_h else "|" if on_v else " "
    by_corner = {(q.x, q.y): q for q in score.quadrants}
    for (x_level, y_level), quadrant in by_corner.items():
        col = 2 if x_level == "low" else width + 3
        label_row = 1 if y_level == "high" else 2 * height + 1
        label = quadrant.label.render(language)[: width - 2]
        rows[label_row][col : col + len(label)] = list(label)
    x, y = result["x"]["value"], result["y"]["value"]
    if x is not None and y is not None:
        col = 1 + grid_position(x, x_range[0], score.threshold, x_range[1], width)
        row_from_bottom = grid_position(y, y_range[0], score.threshold, y_range[1], height + 1)
        row = 2 * height + 2 - row_from_bottom
        row = min(max(row, 1), 2 * height + 1)
        rows[row][min(max(col, 1), 2 * width + 1)] = "X"
    low, high = t("result.low", language), t("result.high", language)
    margin = max(len(low), len(high)) + 1
    out = [" " * margin + f"{y_name} ^"]
    for r, canvas_row in enumerate(rows):
        side = high if r == 1 else low if r == 2 * height + 1 else ""
        out.append(f"{side:<{margin}}" + "".join(canvas_row))
    out.append(" " * margin + f"{low:<{width + 1}}{high:>{width + 2}}")
    out.append(" " * margin + f"{x_name} ->   (X = {t('result.point', language)})")
    return out


def answer_lines(
    exercise: m.Exercise, pack: m.Pack, answers: dict[str, Any], language: str
) -> list[str]:
    """Each question with its answer, in the order asked (for review and `diary show`)."""
    lines: list[str] = []
    for step in exercise.steps:
        if isinstance(step, m.ScaleStep):
            scale = pack.scale_for(exercise, step.scale)
            lines.append(question_of(step, language))
            for item in step.items:
                # The statement, then the answer: the order a screen reader reads well.
                lines.append(wrap(f"  - {item.text.render(language)}"))
                lines.append(f"      {scale_answer_text(scale, answers.get(item.id), language)}")
        elif step.id in answers:
            lines.append(question_of(step, language))
            lines.extend(
                wrap("  " + line, hang=4)
                for line in answer_text(exercise, pack, step, answers, language)
            )
    return lines


def scale_answer_text(scale: m.Scale, value: Any, language: str) -> str:
    if value is None:
        return "–"
    if value == m.NOT_RELEVANT:
        return render(scale.not_relevant_label, language) or value
    label = scale.labels.get(value)
    return f"{value} {render(label, language)}" if label else str(value)


def answer_text(
    exercise: m.Exercise, pack: m.Pack, step: m.AnyStep, answers: dict[str, Any], language: str
) -> list[str]:
    value = answers[step.id]
    if isinstance(step, m.SortStep):
        cells = {c.id: c.label.render(language) for c in step.cells}
        return [f"{cells.get(p['cell'], p['cell'])}: {p['item']}" for p in value]
    if isinstance(step, m.PlanStep):
        labels = {s.id: s.label.render(language) for s in step.slots}
        out = []
        for slot_id, slot in value.items():
            out.append(f"{labels.get(slot_id, slot_id)}: {slot['what']}")
            if slot.get("how"):
                out.append(f"  {slot['how']}")
            if slot.get("review"):
                out.append(f"  ({format_date(slot['review'], language)})")
        return out
    if isinstance(step, m.ChoiceStep):
        options = options_for(step, exercise, answers, compute(exercise, pack, answers))
        names = {o.id: o.label.render(language) for o in options}
        chosen = value if isinstance(value, list) else [value]
        return [f"- {names.get(c, c)}" for c in chosen]
    if isinstance(value, list):
        return [f"- {v}" for v in value]
    return str(value).splitlines()
