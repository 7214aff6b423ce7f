"""Entries as one self-contained, printable HTML file.

Inline CSS (with a print stylesheet and a layout that fits a phone), the 2×2 and the profiles
as inline SVG, and nothing else: no script, no font, image or style from anywhere, no link
that a click would follow. A Content-Security-Policy in the file forbids loading anything, so
even a viewer that did not escape as carefully could not fetch a thing. Person and pack text is
escaped (``html.escape``) after its controls are made visible, so no answer becomes markup.

To make a PDF, print the file: in a browser (Print → Save as PDF), or without one:
``chromium --headless --no-sandbox --print-to-pdf=out.pdf file.html`` (``docs/export.md``).
"""

from __future__ import annotations

from html import escape
from typing import assert_never

from medarbeider_tui.diary.coach_notes import CoachNote
from medarbeider_tui.export.document import ExerciseGroup, ExportDocument
from medarbeider_tui.export.svg import bar_svg, quadrant_svg, text
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
from medarbeider_tui.safe_text import terminal_safe

#: Nothing may be loaded, run or framed; only the inline stylesheet applies.
POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

STYLE = """
:root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --line: #d0d7de;
  --soft: #f3f5f7; --mine: #dcebdc; --accent: #2f6f4f; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.5;
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 0.25rem; }
h2 { font-size: 1.3rem; margin: 1.75rem 0 0.5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.4rem; }
h4, h5, h6 { font-size: 1rem; margin: 1rem 0 0.3rem; }
p { margin: 0.4rem 0; }
.meta, .question, .note, .why, .privacy { color: var(--muted); }
.question { font-style: italic; }
.placement { font-weight: 600; }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 0.8rem; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem;
  border-bottom: 1px solid var(--line); }
th { font-weight: 600; background: var(--soft); }
td.number { white-space: nowrap; text-align: right; }
blockquote.answer { margin: 0.4rem 0 0.8rem; padding: 0.2rem 0.9rem;
  border-left: 4px solid var(--accent); background: var(--soft); }
section.coach-notes { margin-top: 1rem; padding: 0.2rem 0.9rem; border: 1px dashed var(--muted); }
blockquote.coach-note { margin: 0.2rem 0 0.6rem; padding: 0 0.9rem;
  border-left: 4px solid var(--muted); }
figure { margin: 0.5rem 0; }
svg.quadrant { display: block; width: 100%; max-width: 22rem; height: auto; }
svg.quadrant .cell { fill: #fff; stroke: var(--line); }
svg.quadrant .cell.mine { fill: var(--mine); }
svg.quadrant .frame { stroke: var(--ink); stroke-width: 1.5; }
svg.quadrant .divider { stroke: var(--ink); stroke-width: 1.5; }
svg.quadrant text { font: 12px system-ui, sans-serif; fill: var(--ink); }
svg.quadrant .cell-label { font-size: 11px; }
svg.quadrant .mine + .cell-label { font-weight: 700; }
svg.quadrant .axis { fill: var(--muted); font-size: 11px; }
svg.quadrant .point { fill: var(--accent); stroke: #fff; stroke-width: 2; }
svg.quadrant .point-label { font-weight: 700; fill: var(--accent); }
svg.bar { display: block; width: 100%; min-width: 5rem; height: 0.6rem; margin-top: 0.45rem; }
svg.bar .track { fill: var(--soft); }
svg.bar .fill { fill: var(--accent); }
.why { font-size: 0.85rem; }
.why table { margin: 0.2rem 0 0.5rem; }
.why td, .why th { padding: 0.1rem 0.4rem; }
footer { margin-top: 2rem; border-top: 1px solid var(--line); font-size: 0.85rem; }
@media (max-width: 30rem) {
  main { padding: 0.75rem; }
  th, td { padding: 0.25rem 0.3rem; }
}
@page { size: A4; margin: 14mm 14mm 16mm; }
@media print {
  body { font-size: 9pt; line-height: 1.3; }
  th, td { padding: 0.1rem 0.3rem; }
  p { margin: 0.25rem 0; }
  .why-groups { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; }
  .why { font-size: 7.5pt; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 15pt; } h2 { font-size: 12.5pt; margin-top: 10pt; } h3 { font-size: 11pt; }
  h2, h3, h4 { break-after: avoid; }
  table, figure, blockquote, .why { break-inside: avoid; }
  th { background: none; }
  svg.quadrant { max-width: 62mm; }
  .results-layout { display: flex; gap: 6mm; align-items: flex-start; }
  .results-layout > figure { flex: 0 0 62mm; }
  footer { font-size: 7.5pt; }
}
"""


def _p(content: str, css: str = "") -> str:
    return f'<p class="{css}">{content}</p>' if css else f"<p>{content}</p>"


def _spans(runs: list[Span]) -> str:
    out = []
    for value, style in runs:
        safe = text(value)
        out.append(f"<{style}>{safe}</{style}>" if style else safe)
    return "".join(out)


def _block(block: Block) -> str:
    match block:
        case Paragraph():
            return _p(_spans(block.spans))
        case ItemList():
            tag = "ol" if block.ordered else "ul"
            items = "".join(f"<li>{_spans(item)}</li>" for item in block.items)
            return f"<{tag}>{items}</{tag}>"
        case _:
            assert_never(block)


def prose(value: Prose | None, css: str = "") -> str:
    """Pack text as paragraphs and lists (the Markdown packs may use), all else as words."""
    if value is None:
        return ""
    inner = "".join(_block(b) for b in blocks(value.text, value.markdown))
    return f'<div class="{css}">{inner}</div>' if css else inner


def paragraphs(value: str) -> str:
    """A free-text answer: its paragraphs and line breaks kept, everything escaped."""
    chunks = [c for c in terminal_safe(value).replace("\r", "").split("\n\n") if c.strip()]
    return "".join(
        _p("<br>".join(escape(line, quote=True) for line in chunk.strip("\n").split("\n")))
        for chunk in chunks
    )


def table(header: list[str], rows: list[list[str]], numbers: set[int] | None = None) -> str:
    """A table; cells are already HTML. Columns in ``numbers`` are aligned as numbers."""
    head = "".join(f'<th scope="col">{h}</th>' for h in header)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="number">{c}</td>' if i in (numbers or set()) else f"<td>{c}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        f'<div class="table"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )


# --- the document ------------------------------------------------------------------------------


def document_html(document: ExportDocument) -> str:
    """The whole document: one entry under its own title, or several grouped by exercise."""
    lang = document.language
    single = document.single if document.title is None else None  # a title: the grouped form
    notes = document.with_coach_notes
    if single is not None and single.report is not None:
        report = single.report
        title = f"{report.title} – {report.when}"
        body = _entry(report, level=1, own_title=True)
        if notes:
            body += coach_notes_html(single.coach_notes, lang, level=2)
    else:
        title = document.title or t("export.document_title", lang, count=len(document.entries))
        groups = "".join(_group(g, lang, notes) for g in document.groups)
        body = f"<h1>{text(title)}</h1>" + groups
    return page(title, body, lang)


def page(title: str, body: str, language: str, style: str = "") -> str:
    """A whole, self-contained HTML file: ``body`` (already HTML) under ``title``, with the
    privacy statement as its footer and ``style`` added to the stylesheet."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{text(language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{text(title)}</title>\n<style>{STYLE}{style}</style>\n</head>\n<body>\n"
        f"<main>\n{body}\n<footer>{_p(text(t('privacy.statement', language)), 'privacy')}"
        "</footer>\n</main>\n</body>\n</html>\n"
    )


def _group(group: ExerciseGroup, language: str, with_coach_notes: bool) -> str:
    parts = [f'<section class="exercise"><h2>{text(group.title)}</h2>']
    parts += [_figure(f, language, level=3) for f in group.over_time]
    for item in group.entries:
        if item.report is None:
            continue
        parts.append(_entry(item.report, 3, False))
        if with_coach_notes:
            parts.append(coach_notes_html(item.coach_notes, item.report.language, level=4))
    return "".join(parts) + "</section>"


def coach_notes_html(notes: list[CoachNote], language: str, level: int) -> str:
    """A coach's notes, in a section of their own that says whose they are."""
    parts = [
        '<section class="coach-notes">',
        _h(level, text(t("export.coach_notes.title", language))),
        _p(text(t("export.coach_notes.about", language)), "note"),
    ]
    if not notes:
        parts.append(_p(text(t("export.coach_notes.none", language))))
    for note in notes:
        parts.append(_p(text(format_datetime(note.written_at, language)), "meta"))
        parts.append(f'<blockquote class="coach-note">{paragraphs(note.text)}</blockquote>')
    return "".join(parts) + "</section>"


def _h(level: int, content: str) -> str:
    level = min(level, 6)
    return f"<h{level}>{content}</h{level}>"


def _entry(report: Report, level: int, own_title: bool) -> str:
    lang = report.language
    parts = [f'<article lang="{text(lang)}" data-entry="{text(report.entry_id)}">']
    if own_title:
        parts += [
            _h(level, text(report.title)),
            _p(text(f"{report.status}, {report.when}"), "meta"),
        ]
    else:
        parts += [_h(level, text(report.when)), _p(text(report.status), "meta")]
    if report.figures:
        parts.append(f'<section class="results">{_h(level + 1, text(t("result.title", lang)))}')
        parts += [_figure(f, lang, level + 2) for f in report.figures]
        parts.append("</section>")
    if report.answers:
        heading = _h(level + 1, text(t("result.your_answers", lang)))
        parts.append(f'<section class="answers">{heading}')
        parts += [_answer(step, lang, level + 2) for step in report.answers]
        parts.append("</section>")
    parts.append(prose(report.attribution, "note"))
    return "".join(parts) + "</article>"


# --- answers -----------------------------------------------------------------------------------


def _answer(step: AnsweredStep, language: str, level: int) -> str:
    if step.kind != "scale" and not any(row.answered for row in step.rows):
        return ""
    parts = [_h(level, text(step.title or step.question or step.step_id))]
    if step.title and step.question and step.question != step.title:
        parts.append(_p(text(step.question), "question"))
    match step.kind:
        case "scale":
            header = [
                text(t(f"export.column.{c}", language)) for c in ("statement", "answer", "meaning")
            ]
            rows = [[text(value) for value in scale_columns(row)] for row in step.rows]
            parts.append(table(header, rows, numbers={1}))
        case "text":
            parts.append(
                f'<blockquote class="answer">{paragraphs(step.rows[0].value)}</blockquote>'
            )
        case "sort":
            parts.append(_sort(step))
        case "ranking":  # an ordered list: the order is the answer
            parts.append("<ol>" + "".join(f"<li>{text(r.value)}</li>" for r in step.rows) + "</ol>")
        case "plan":
            items = []
            for row in step.rows:
                details = "".join(
                    f"<li><em>{text(d.label)}:</em> {text(d.value)}</li>" for d in row.details
                )
                inner = f"<ul>{details}</ul>" if details else ""
                items.append(
                    f"<li><strong>{text(row.label)}:</strong> {text(row.value)}{inner}</li>"
                )
            parts.append(f"<ul>{''.join(items)}</ul>")
        case _:
            parts.append("<ul>" + "".join(f"<li>{text(r.value)}</li>" for r in step.rows) + "</ul>")
    return "".join(parts)


def _sort(step: AnsweredStep) -> str:
    layout = step.layout
    placed = {label: [text(i) for i in items] for label, items in placed_by_cell(step).items()}

    def items(label: str) -> str:
        found = placed.get(label, [])
        return "<ul>" + "".join(f"<li>{i}</li>" for i in found) + "</ul>" if found else ""

    if layout is not None and len(layout.cells) == 4 and layout.columns and layout.rows:
        head = "".join(f'<th scope="col">{text(c)}</th>' for c in layout.columns)
        body = "".join(
            f'<tr><th scope="row">{text(layout.rows[r])}</th>'
            + "".join(f"<td>{items(layout.cells[2 * r + c])}</td>" for c in (0, 1))
            + "</tr>"
            for r in (0, 1)
        )
        return (
            f'<div class="table"><table class="sort"><thead><tr><td></td>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table></div>"
        )
    order = layout.cells if layout is not None else list(placed)
    return "".join(f"<h6>{text(c)}</h6>{items(c)}" for c in order if c in placed)


# --- results -----------------------------------------------------------------------------------


def _figure(figure: Figure, language: str, level: int) -> str:
    match figure:
        case ProfileFigure():
            header = [
                text(t("export.column.score", language)),
                text(t("export.column.mean", language)),
                "",
            ]
            with_level = any(mean.level for mean in figure.means)
            if with_level:
                header.insert(2, text(t("export.column.level", language)))
            rows = [
                [
                    text(m.label),
                    text(m.shown),
                    *([text(m.level)] if with_level else []),
                    bar_svg(m),
                ]
                for m in figure.means
            ]
            return table(header, rows, numbers={1})
        case RankFigure():
            if not figure.picks:
                return _p(f"<strong>{text(figure.label)}</strong>") + _p(text(figure.empty))
            items = "".join(
                f"<li>{text(p.label)} ({text(p.shown)})"
                + (f'<br><span class="question">{text(p.follow_up)}</span>' if p.follow_up else "")
                + "</li>"
                for p in figure.picks
            )
            return _p(f"<strong>{text(figure.label)}</strong>") + f"<ul>{items}</ul>"
        case QuadrantFigure():
            return _quadrant(figure, language, level)
        case _:
            assert_never(figure)


def _quadrant(figure: QuadrantFigure, language: str, level: int) -> str:
    axes = table(
        [text(t(f"export.column.{c}", language)) for c in ("score", "mean", "level")],
        [
            [text(mean.label), text(mean.shown), text(axis_level(figure, axis, language))]
            for axis, mean in (("y", figure.y), ("x", figure.x))
        ],
        numbers={1},
    )
    words = [_p(text(figure.placement), "placement"), axes]
    words += [_p(text(note), "note") for note in figure.near_notes]
    parts = [
        f'<section class="quadrant-result" data-score="{text(figure.score_id)}">',
        _h(level, text(figure.title)),
        '<div class="results-layout">',
        f"<figure>{quadrant_svg(figure, language)}</figure>",
        f"<div>{''.join(words)}</div>",
        "</div>",
    ]
    parts += [prose(p) for p in figure.texts]
    if figure.reflection:
        questions = "".join(f"<li>{text(q)}</li>" for q in figure.reflection)
        parts.append(_p(f"<strong>{text(t('result.reflection', language))}</strong>"))
        parts.append(f"<ul>{questions}</ul>")
    parts.append(prose(figure.support))
    if figure.reasons:
        header = [
            text(t("export.column.statement", language)),
            text(t("export.column.answer", language)),
        ]
        groups = "".join(
            f"<div>{_p(f'<strong>{text(group.label)}</strong>')}"
            + table(header, [[text(r.statement), text(r.answer)] for r in group.reasons], {1})
            + "</div>"
            for group in figure.reasons
        )
        heading = _h(level + 1, text(t("result.why", language)))
        parts.append(f'<div class="why">{heading}<div class="why-groups">{groups}</div></div>')
    parts += [prose(note, "note") for note in figure.notes]
    return "".join(parts) + "</section>"
