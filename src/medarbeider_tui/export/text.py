"""The results model as plain text lines: for plain mode, `diary show` and `run --answers`.

Screen readers read this line by line, so every figure is also said in words; the drawn grid is
a picture for sighted readers and never the only place a fact appears. A `TextStyle` says how the
lines are laid out for their reader: `DOCUMENT` (the default: `diary show`, exports), `PLAIN`
(sighted plain mode: the grid after the words) and `SPOKEN` (the screen-reader setting: no
drawing, no bullets or arrows, no line breaks inside a paragraph).
"""

from __future__ import annotations

import re
import shutil
import textwrap
from dataclasses import dataclass
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
_MARK = re.compile(r"^(\s*)[-*•]\s+")


@dataclass(frozen=True)
class TextStyle:
    """How result and answer lines are laid out for the one reading them."""

    drawings: bool = True
    """Draw the 2×2 grid (its facts are always said in words too)."""
    drawing_first: bool = True
    """The grid before the placement in words (documents), or after it (plain mode)."""
    hard_wrap: bool = True
    """Break prose at the terminal's width; a braille display or screen reader wants none."""
    spoken: bool = False
    """Words only: no bullets, arrows or aligned columns, each fact on a line of its own."""


DOCUMENT = TextStyle()
PLAIN = TextStyle(drawing_first=False)
SPOKEN = TextStyle(drawings=False, hard_wrap=False, spoken=True)
#: For a widget that wraps text to its own width (the full-screen interface): wrapped here as
#: well, a line would break twice and leave single words on a line.
SELF_WRAPPING = TextStyle(hard_wrap=False)


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


def fit(text: str, style: TextStyle, hang: int | None = None) -> str:
    """``text`` wrapped as the style wants (not at all, for a screen reader)."""
    return wrap(text, hang=hang) if style.hard_wrap else text


def spoken(text: str) -> str:
    """Prose for a screen reader or braille display: a line ends only where a paragraph or a
    list item does (Markdown's soft line breaks are joined), and list bullets are dropped."""
    out: list[str] = []
    joinable = False
    for line in text.splitlines():
        if not line.strip():
            out.append("")
            joinable = False
        elif _BULLET.match(line):
            out.append(_MARK.sub(r"\1", line))
            joinable = True
        elif joinable:
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
            joinable = True
    return "\n".join(out)


def prose_text(prose: Prose | None) -> str:
    """Pack text as plain text (Markdown emphasis dropped)."""
    if prose is None:
        return ""
    return markdown_to_plain(prose.text) if prose.markdown else prose.text


# --- results ---------------------------------------------------------------------------------


def result_lines(figures: list[Figure], language: str, style: TextStyle = DOCUMENT) -> list[str]:
    """Lines describing each figure."""
    lines: list[str] = []
    for figure in figures:
        match figure:
            case ProfileFigure():
                lines += [mean.line for mean in figure.means]
            case QuadrantFigure():
                lines += quadrant_lines(figure, language, style)
            case RankFigure():
                lines += rank_lines(figure, style)
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


def rank_lines(figure: RankFigure, style: TextStyle = DOCUMENT) -> list[str]:
    lines = [f"{figure.label}:"]
    if not figure.picks:
        return [*lines, "  " + figure.empty]
    bullet = "" if style.spoken else "- "
    return lines + [f"  {bullet}{pick.label} ({pick.shown})" for pick in figure.picks]


def quadrant_lines(figure: QuadrantFigure, language: str, style: TextStyle = DOCUMENT) -> list[str]:
    lines = [figure.title]
    lines += [f"  {figure.x.line}", f"  {figure.y.line}", ""]
    grid = [*quadrant_grid(figure, language), ""] if style.drawings else []
    if style.drawing_first:
        lines += grid
    lines += [fit(figure.placement, style)]
    lines += [fit(note, style) for note in figure.near_notes]
    if not style.drawing_first and grid:
        lines += ["", *grid[:-1]]
    for text in figure.texts:
        lines += ["", fit(_prose_for(text, style), style)]
    if figure.reflection:
        bullet = "" if style.spoken else "- "
        lines += ["", t("result.reflection", language) + ":"]
        lines += [fit(f"  {bullet}{question}", style) for question in figure.reflection]
    if figure.support:
        lines += ["", fit(_prose_for(figure.support, style), style)]
    lines += ["", t("result.why", language) + ":"]
    for group in figure.reasons:
        lines.append(f"  {group.label}:")
        if style.spoken:  # the statement, then the answer as it counted: no aligned column
            answer = t("result.answer", language)
            lines += [f"    {r.statement} {answer}: {r.answer}." for r in group.reasons]
        else:
            lines += [wrap(f"    {r.answer:>16}  {r.statement}", hang=22) for r in group.reasons]
    for note in figure.notes:
        lines += ["", fit(_prose_for(note, style), style)]
    return lines


def _prose_for(prose: Prose, style: TextStyle) -> str:
    text = prose_text(prose)
    return spoken(text) if style.spoken else text


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


def about_lines(figures: list[Figure], language: str, style: TextStyle = DOCUMENT) -> list[str]:
    """A score shown above a question (e.g. the lowest driver), with its follow-up questions."""
    lines = result_lines(figures, language, style)
    arrow = "" if style.spoken else "→ "
    for figure in figures:
        if isinstance(figure, RankFigure):
            lines += [f"  {arrow}{pick.follow_up}" for pick in figure.picks if pick.follow_up]
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


def answer_lines(
    steps: list[AnsweredStep], language: str | None = None, style: TextStyle = DOCUMENT
) -> list[str]:
    """Each question with its answer, in the order asked; unanswered questions are left out,
    but every statement of a scale is listed (with «ikke besvart» where it was skipped).

    Each answer is labelled by the question asked, so two steps with one title differ; with a
    ``language``, answers kept out of exports say «(privat)».
    """
    lines: list[str] = []
    bullet = "" if style.spoken else "- "
    for step in steps:
        if step.kind == "scale":
            lines.append(asked_heading(step))
            for row in step.rows:
                # The statement, then the answer: the order a screen reader reads well.
                lines.append(
                    fit(f"  {bullet}{row.label}{_private_mark(row.private, language)}", style)
                )
                lines.append(f"      {row.value}")
            continue
        if not any(row.answered for row in step.rows):
            continue
        private = _private_mark(any(row.private for row in step.rows), language)
        lines.append(fit(asked_heading(step) + private, style, hang=2))
        lines += [fit("  " + line, style, hang=4) for line in answer_text(step, style)]
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


def answer_text(step: AnsweredStep, style: TextStyle = DOCUMENT) -> list[str]:
    """One answer as lines: the text itself, or a line per entry, cell or plan slot."""
    if step.kind == "text":
        return step.rows[0].value.splitlines()
    bullet = "" if style.spoken else "- "
    out = []
    for row in step.rows:
        out.append(f"{row.label}: {row.value}" if row.label else f"{bullet}{row.value}")
        out += [f"  {detail.label}: {detail.value}" for detail in row.details]
    return out
