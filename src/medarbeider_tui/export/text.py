"""The results model as plain text lines: for plain mode, `diary show` and `run --answers`.

Screen readers read this line by line, so every figure is also said in words; the drawn grid is
a picture for sighted readers and never the only place a fact appears.
"""

from __future__ import annotations

import re
import shutil
import textwrap
from typing import assert_never

from medarbeider_tui.i18n import t
from medarbeider_tui.report.model import (
    AnsweredStep,
    AnswerRow,
    Figure,
    ProfileFigure,
    Prose,
    QuadrantFigure,
    RankFigure,
)
from medarbeider_tui.report.prose import markdown_to_plain
from medarbeider_tui.report.quadrant_drawing import ASCII, draw_quadrant, drawing_as_text

#: Width of one field of the ASCII grid: two fields and three lines fit in 47 columns.
CELL_WIDTH = 22
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


def terminal_width() -> int:
    """The width to wrap prose at: the terminal's, at most 100 columns, one to spare."""
    return min(shutil.get_terminal_size((80, 24)).columns, 100) - 1


def wrap(text: str, width: int | None = None, hang: int | None = None) -> str:
    """Fit prose to the terminal (terminals break long lines mid-word); keep list items."""
    if width is None:
        width = terminal_width()
    out: list[str] = []
    for line in text.splitlines():
        bullet = _BULLET.match(line)
        indent = len(bullet.group(0)) if bullet else len(line) - len(line.lstrip())
        fill = " " * (hang if hang is not None else indent)
        out.append(textwrap.fill(line, width, subsequent_indent=fill) if line.strip() else "")
    return "\n".join(out)


def prose_text(prose: Prose | None) -> str:
    """Pack text as plain text (Markdown emphasis dropped)."""
    if prose is None:
        return ""
    return markdown_to_plain(prose.text) if prose.markdown else prose.text


# --- results ---------------------------------------------------------------------------------


def result_lines(figures: list[Figure], language: str) -> list[str]:
    """Lines describing each figure."""
    lines: list[str] = []
    for figure in figures:
        match figure:
            case ProfileFigure():
                lines += [mean.line for mean in figure.means]
            case QuadrantFigure():
                lines += quadrant_lines(figure, language)
            case RankFigure():
                lines += rank_lines(figure)
            case _:
                assert_never(figure)
    return lines


def axis_level(figure: QuadrantFigure, axis: str, language: str) -> str:
    """«Høy», «Lav» or «på grensen» for one axis, with «nær grensen» when close to the line."""
    level = figure.x_level if axis == "x" else figure.y_level
    near = figure.x_near if axis == "x" else figure.y_near
    if level is None:
        return ""
    text = t("export.on_the_line" if level == "boundary" else f"result.{level}", language)
    if near and level != "boundary":
        text += f" ({t('export.near', language)})"
    return text


def rank_lines(figure: RankFigure) -> list[str]:
    lines = [f"{figure.label}:"]
    if not figure.picks:
        return [*lines, "  " + figure.empty]
    return lines + [f"  - {pick.label} ({pick.shown})" for pick in figure.picks]


def quadrant_lines(figure: QuadrantFigure, language: str) -> list[str]:
    lines = [figure.title]
    lines += [f"  {figure.x.line}", f"  {figure.y.line}", ""]
    lines += quadrant_grid(figure, language)
    lines += ["", wrap(figure.placement)]
    lines += [wrap(note) for note in figure.near_notes]
    for text in figure.texts:
        lines += ["", wrap(prose_text(text))]
    if figure.reflection:
        lines += ["", t("result.reflection", language) + ":"]
        lines += [wrap(f"  - {question}") for question in figure.reflection]
    if figure.support:
        lines += ["", wrap(prose_text(figure.support))]
    lines += ["", t("result.why", language) + ":"]
    for group in figure.reasons:
        lines.append(f"  {group.label}:")
        lines += [wrap(f"    {r.answer:>16}  {r.statement}", hang=22) for r in group.reasons]
    for note in figure.notes:
        lines += ["", wrap(prose_text(note))]
    return lines


def quadrant_grid(figure: QuadrantFigure, language: str) -> list[str]:
    """The 2×2 as ASCII, high at the top and right, the person's point as ``X``."""
    drawing = draw_quadrant(
        figure,
        CELL_WIDTH,
        ASCII,
        low=t("result.low", language),
        high=t("result.high", language),
        you=t("result.point", language),
    )
    return drawing_as_text(drawing)


def about_lines(figures: list[Figure], language: str) -> list[str]:
    """A score shown above a question (e.g. the lowest driver), with its follow-up questions."""
    lines = result_lines(figures, language)
    for figure in figures:
        if isinstance(figure, RankFigure):
            lines += [f"  → {pick.follow_up}" for pick in figure.picks if pick.follow_up]
    return lines


# --- answers ---------------------------------------------------------------------------------


def heading_of(step: AnsweredStep) -> str:
    """A question as a heading: its title (or question), with a colon unless it has an end."""
    text = step.title or step.question or step.step_id
    return text if text[-1:] in ".?!:" else f"{text}:"


def asked_heading(step: AnsweredStep) -> str:
    """A step labelled by what was asked (title and question), ready to stand over its answer."""
    text = step.asked
    return text if text[-1:] in ".?!:" else f"{text}:"


def answer_lines(steps: list[AnsweredStep], language: str | None = None) -> list[str]:
    """Each question with its answer, in the order asked; unanswered questions are left out,
    but every statement of a scale is listed (with «ikke besvart» where it was skipped).

    Each answer is labelled by the question asked, so two steps with one title differ; with a
    ``language``, answers kept out of exports say «(privat)».
    """
    lines: list[str] = []
    for step in steps:
        if step.kind == "scale":
            lines.append(asked_heading(step))
            for row in step.rows:
                # The statement, then the answer: the order a screen reader reads well.
                lines.append(wrap(f"  - {row.label}{_private_mark(row.private, language)}"))
                lines.append(f"      {row.value}")
            continue
        if not any(row.answered for row in step.rows):
            continue
        private = _private_mark(any(row.private for row in step.rows), language)
        lines.append(wrap(asked_heading(step) + private, hang=2))
        lines += [wrap("  " + line, hang=4) for line in answer_text(step)]
    return lines


def _private_mark(private: bool, language: str | None) -> str:
    return f" ({t('report.private', language)})" if private and language else ""


def scale_columns(row: AnswerRow) -> tuple[str, str, str]:
    """A statement's row in a document's table: the statement, the number (a dash for «ikke
    relevant»), and what it means (or «ikke besvart»)."""
    number = str(row.number) if row.number is not None else ("–" if row.answered else "")
    return row.label, number, row.meaning if row.answered else row.value


def placed_by_cell(step: AnsweredStep) -> dict[str, list[str]]:
    """A sort's items by the label of the cell they were placed in, in the order placed."""
    placed: dict[str, list[str]] = {}
    for row in step.rows:
        placed.setdefault(row.label, []).append(row.value)
    return placed


def answer_text(step: AnsweredStep) -> list[str]:
    """One answer as lines: the text itself, or a line per entry, cell or plan slot."""
    if step.kind == "text":
        return step.rows[0].value.splitlines()
    out = []
    for row in step.rows:
        out.append(f"{row.label}: {row.value}" if row.label else f"- {row.value}")
        out += [f"  {detail.label}: {detail.value}" for detail in row.details]
    return out
