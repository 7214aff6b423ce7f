"""Entries as a Markdown document: headings, tables and lists a Markdown viewer shows as such.

Scale answers are tables (statement, answer, meaning), picks and chosen options are lists, a
sort is a 2×2 table, a plan's slots carry labelled «Hvordan» and «Se på igjen», and the 2×2
result is a text table plus a Mermaid ``quadrantChart`` block.

Person and pack text is data here: every character that could start Markdown structure is
escaped (`inline`, `quote`), so an answer holding a code fence, «#», a pipe table or HTML is
shown as written and never becomes a heading, a table or raw HTML (issue 9, item 11). Controls
are shown visibly (`safe_text`), so the file is valid UTF-8 whatever an answer holds.
"""

from __future__ import annotations

import re
from typing import assert_never

from medarbeider_tui.diary.coach_notes import CoachNote
from medarbeider_tui.export.document import ExerciseGroup, ExportDocument
from medarbeider_tui.export.text import axis_level, placed_by_cell, scale_columns
from medarbeider_tui.i18n import format_datetime, t
from medarbeider_tui.report.model import (
    AnsweredStep,
    Figure,
    ProfileFigure,
    Prose,
    QuadrantFigure,
    RankFigure,
    Report,
)
from medarbeider_tui.report.prose import Block, ItemList, Paragraph, Span, blocks
from medarbeider_tui.report.quadrant_drawing import grid_position
from medarbeider_tui.safe_text import one_line, terminal_safe

#: Characters that start inline structure anywhere (code, emphasis, links, HTML, entities,
#: table cells, strikethrough, maths in some viewers); each is shown by a backslash escape.
_INLINE = re.compile(r"[\\`*_\[\]<>#|~&$!]")
#: What starts a block at the beginning of a line once the above is escaped: a list marker, a
#: setext underline, an ordered-list number («1.» / «1)»).
_LINE_START = re.compile(r"^(?:[-+=]|(\d+)([.)]))")


def inline(text: str, starts_block: bool = True) -> str:
    """Person or pack text for one line of Markdown (a list item, a paragraph, a heading).

    ``starts_block=False`` where nothing at the start could begin a block (a heading's text, a
    table cell), so «27.11.2026» needs no escape there.
    """
    return _escape_line(one_line(text), starts_block)


def cell(text: str) -> str:
    """Person or pack text for a table cell."""
    return inline(text, starts_block=False)


def quote(text: str) -> list[str]:
    """A free-text answer as a block quote: its line breaks kept, its paragraphs kept."""
    lines = terminal_safe(text).split("\n")
    out: list[str] = []
    for number, line in enumerate(lines):
        if not line.strip():
            if out and out[-1] != ">":
                out.append(">")
            continue
        more = number + 1 < len(lines) and bool(lines[number + 1].strip())
        out.append("> " + _escape_line(line) + ("\\" if more else ""))  # «\» ends a line
    while out and out[-1] == ">":
        out.pop()
    return out or ["> "]


def _escape_line(line: str, starts_block: bool = True) -> str:
    line = _INLINE.sub(r"\\\g<0>", line.rstrip())
    body = line.lstrip(" \t")
    # Indentation never makes a code block: it is kept as no-break spaces.
    lead = "\u00a0" * (len(line) - len(body))
    start = _LINE_START.match(body) if starts_block else None
    if start is not None:
        if start.group(1):
            number = start.group(1)
            body = f"{number}\\{body[len(number) :]}"
        else:
            body = "\\" + body
    return lead + body


def _strong(text: str) -> str:
    return f"**{inline(text, starts_block=False).strip()}**" if text.strip() else ""


def _em(text: str) -> str:
    return f"*{inline(text, starts_block=False).strip()}*" if text.strip() else ""


def _spans(runs: list[Span]) -> str:
    out = []
    for text, style in runs:
        if style == "strong":
            out.append(_strong(text))
        elif style == "em":
            out.append(_em(text))
        else:
            out.append(inline(text))
    return "".join(out).strip()


def prose(text: Prose | None) -> list[str]:
    """Pack text as paragraphs and lists (the Markdown packs may use), escaped otherwise."""
    if text is None:
        return []
    out: list[str] = []
    for block in blocks(text.text, text.markdown):
        out += [*_block(block), ""]
    return out


def _block(block: Block) -> list[str]:
    match block:
        case Paragraph():
            return [_spans(block.spans)]
        case ItemList():
            return [
                f"{f'{n}.' if block.ordered else '-'} {_spans(item)}"
                for n, item in enumerate(block.items, 1)
            ]
        case _:
            assert_never(block)


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A GFM table; cells are already Markdown (escaped)."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return [*lines, ""]


# --- the document ------------------------------------------------------------------------------


def document_markdown(document: ExportDocument) -> str:
    """The whole document: one entry under its own title, or several grouped by exercise."""
    lang = document.language
    single = document.single if document.title is None else None  # a title: the grouped form
    if single is not None and single.report is not None:
        notes = _coach_notes(single.coach_notes, lang, 2) if document.with_coach_notes else []
        return report_markdown(single.report, lang, notes)
    count = len(document.entries)
    title = document.title or t("export.document_title", lang, count=count)
    lines = [f"# {inline(title)}", ""]
    for group in document.groups:
        lines += _group(group, lang, document.with_coach_notes)
    return "\n".join(lines + _closing(lang))


def report_markdown(
    report: Report, language: str | None = None, coach_notes: list[str] | None = None
) -> str:
    """One entry as a document under its own title (in ``language``, default the report's),
    with the lines of its coach notes' section, if any, after its answers."""
    return "\n".join(
        _entry(report, level=1, own_title=True)
        + (coach_notes or [])
        + _closing(language or report.language)
    )


def _coach_notes(notes: list[CoachNote], language: str, level: int) -> list[str]:
    """A coach's notes, in a section of their own that says whose they are."""
    lines = _heading(level, t("export.coach_notes.title", language))
    lines += [_em(t("export.coach_notes.about", language)), ""]
    if not notes:
        return [*lines, inline(t("export.coach_notes.none", language)), ""]
    for note in notes:
        lines += [_strong(format_datetime(note.written_at, language)), "", *quote(note.text), ""]
    return lines


def _closing(language: str) -> list[str]:
    return ["---", "", inline(t("privacy.statement", language)), ""]


def _group(group: ExerciseGroup, language: str, with_coach_notes: bool) -> list[str]:
    lines = [f"## {inline(group.title)}", ""]
    for figure in group.over_time:
        lines += _figure(figure, language, level=3)
    for item in group.entries:
        if item.report is None:
            continue
        lines += _entry(item.report, level=3, own_title=False)
        if with_coach_notes:
            lines += _coach_notes(item.coach_notes, item.report.language, level=4)
    return lines


def _heading(level: int, text: str) -> list[str]:
    return [f"{'#' * min(level, 6)} {inline(text, starts_block=False)}", ""]


def _entry(report: Report, level: int, own_title: bool) -> list[str]:
    lang = report.language
    when = f"{report.status}, {report.when}"
    lines = _heading(level, report.title) if own_title else _heading(level, report.when)
    lines += [_em(when) if own_title else _em(report.status), ""]
    if report.figures:
        lines += _heading(level + 1, t("result.title", lang))
        for figure in report.figures:
            lines += _figure(figure, lang, level + 2)
    if report.answers:
        lines += _heading(level + 1, t("result.your_answers", lang))
        for step in report.answers:
            lines += _answer(step, lang, level + 2)
    lines += prose(report.attribution)
    return lines


# --- answers -----------------------------------------------------------------------------------


def _answer(step: AnsweredStep, language: str, level: int) -> list[str]:
    if step.kind != "scale" and not any(row.answered for row in step.rows):
        return []
    lines = _heading(level, step.title or step.question or step.step_id)
    if step.title and step.question and step.question != step.title:
        lines += [_em(step.question), ""]
    match step.kind:
        case "scale":
            header = [t(f"export.column.{c}", language) for c in ("statement", "answer", "meaning")]
            rows = [[cell(value) for value in scale_columns(row)] for row in step.rows]
            lines += table(header, rows)
        case "text":
            lines += [*quote(step.rows[0].value), ""]
        case "sort":
            lines += _sort(step)
        case "ranking":  # an ordered list: the order is the answer
            lines += [*(f"{n}. {inline(row.value)}" for n, row in enumerate(step.rows, 1)), ""]
        case "plan":
            for row in step.rows:
                lines.append(f"- {_strong(row.label + ':')} {inline(row.value)}")
                lines += [f"  - {_em(d.label + ':')} {inline(d.value)}" for d in row.details]
            lines.append("")
        case _:
            lines += [*(f"- {inline(row.value)}" for row in step.rows), ""]
    return lines


def _sort(step: AnsweredStep) -> list[str]:
    layout = step.layout
    placed = {label: [cell(i) for i in items] for label, items in placed_by_cell(step).items()}
    if layout is not None and len(layout.cells) == 4 and layout.columns and layout.rows:
        cells = [" · ".join(placed.get(label, [])) for label in layout.cells]
        header = [" ", *(_strong(c) for c in layout.columns)]
        return table(
            header,
            [[_strong(layout.rows[0]), *cells[:2]], [_strong(layout.rows[1]), *cells[2:]]],
        )
    order = layout.cells if layout is not None else list(placed)
    lines = [f"- {_strong(c + ':')} {' · '.join(placed[c])}" for c in order if c in placed]
    return [*lines, ""]


# --- results -----------------------------------------------------------------------------------


def _figure(figure: Figure, language: str, level: int) -> list[str]:
    match figure:
        case ProfileFigure():
            with_level = any(mean.level for mean in figure.means)
            header = [t("export.column.score", language), t("export.column.mean", language)]
            if with_level:
                header.append(t("export.column.level", language))
            rows = [
                [cell(m.label), cell(m.shown), *([cell(m.level)] if with_level else [])]
                for m in figure.means
            ]
            return table(header, rows)
        case RankFigure():
            lines = [_strong(figure.label), ""]
            if not figure.picks:
                return [*lines, inline(figure.empty), ""]
            for pick in figure.picks:
                lines.append(f"- {inline(pick.label)} ({inline(pick.shown)})")
                if pick.follow_up:
                    lines.append(f"  - {_em(pick.follow_up)}")
            return [*lines, ""]
        case QuadrantFigure():
            return _quadrant(figure, language, level)
        case _:
            assert_never(figure)


def _quadrant(figure: QuadrantFigure, language: str, level: int) -> list[str]:
    lines = _heading(level, figure.title)
    lines += quadrant_table(figure, language)
    header = [
        t("export.column.score", language),
        t("export.column.mean", language),
        t("export.column.level", language),
    ]
    lines += table(
        header,
        [
            [cell(mean.label), cell(mean.shown), cell(axis_level(figure, axis, language))]
            for axis, mean in (("y", figure.y), ("x", figure.x))
        ],
    )
    lines += [_strong(figure.placement), ""]
    lines += [line for note in figure.near_notes for line in (inline(note), "")]
    for text in figure.texts:
        lines += prose(text)
    if figure.reflection:
        lines += [_strong(t("result.reflection", language)), ""]
        lines += [*(f"- {inline(question)}" for question in figure.reflection), ""]
    lines += prose(figure.support)
    lines += mermaid_quadrant(figure, language)
    lines += _heading(level + 1, t("result.why", language))
    for group in figure.reasons:
        lines += [_strong(group.label), ""]
        header = [t("export.column.statement", language), t("export.column.answer", language)]
        lines += table(header, [[cell(r.statement), cell(r.answer)] for r in group.reasons])
    for note in figure.notes:
        lines += prose(note)
    return lines


def quadrant_table(figure: QuadrantFigure, language: str) -> list[str]:
    """The 2×2 as a table: high self-awareness on top, high adaptability to the right."""
    you = t("result.point", language)

    def field(x: str, y: str) -> str:
        found = next((c for c in figure.cells if c.x == x and c.y == y), None)
        if found is None:
            return ""
        return f"{_strong(found.label)} ← {cell(you)}" if found.mine else cell(found.label)

    low, high = t("result.low", language), t("result.high", language)
    header = [" ", cell(f"{figure.x.label}: {low}"), cell(f"{figure.x.label}: {high}")]
    return table(
        header,
        [
            [_strong(f"{figure.y.label}: {high}"), field("low", "high"), field("high", "high")],
            [_strong(f"{figure.y.label}: {low}"), field("low", "low"), field("high", "low")],
        ],
    )


#: What a quoted Mermaid string may not hold (it ends at «"»), and what could end the fence
#: or start a Mermaid comment or directive.
_MERMAID_UNSAFE = re.compile(r'["`\n\r;#%{}]')


def _mermaid_text(text: str) -> str:
    return '"' + _MERMAID_UNSAFE.sub(" ", one_line(text)).strip() + '"'


def _unit(value: float, low: float, threshold: float, high: float) -> str:
    """A score on Mermaid's 0–1 axis, the threshold in the middle (as the drawing has it).

    Mermaid reads only «1» or «0.dd» as a coordinate.
    """
    hundredths = min(max(grid_position(value, low, threshold, high, 50), 0), 100)
    return "1" if hundredths == 100 else "0" if hundredths == 0 else f"0.{hundredths:02d}"


def mermaid_quadrant(figure: QuadrantFigure, language: str) -> list[str]:
    """The 2×2 as a Mermaid ``quadrantChart`` (viewers that know Mermaid draw it)."""
    low, high = t("result.low", language), t("result.high", language)
    by_place = {(c.x, c.y): c.label for c in figure.cells}
    lines = [
        "```mermaid",
        "quadrantChart",
        f"    title {_mermaid_text(figure.title)[1:-1]}",
        f"    x-axis {_mermaid_text(f'{low} {figure.x.label}')} --> "
        f"{_mermaid_text(f'{high} {figure.x.label}')}",
        f"    y-axis {_mermaid_text(f'{low} {figure.y.label}')} --> "
        f"{_mermaid_text(f'{high} {figure.y.label}')}",
    ]
    for number, place in enumerate(
        (("high", "high"), ("low", "high"), ("low", "low"), ("high", "low")), 1
    ):
        if place in by_place:
            lines.append(f"    quadrant-{number} {_mermaid_text(by_place[place])}")
    point = figure.point
    if point is not None:
        x = _unit(point[0], figure.x.low, figure.threshold_of("x"), figure.x.high)
        y = _unit(point[1], figure.y.low, figure.threshold_of("y"), figure.y.high)
        lines.append(f"    {_mermaid_text(t('result.point', language))}: [{x}, {y}]")
    return [*lines, "```", ""]
