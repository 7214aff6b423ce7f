"""Teaching cards in words (plain mode, ``cards show``, a screen reader) and as HTML.

The words say everything the drawing shows: where each field of a 2×2 lies and on which axes,
which box leads to which, which behaviours belong to which part. No ASCII art: a screen reader
reads lines, and a line of box-drawing characters says nothing.
"""

from __future__ import annotations

from typing import assert_never

from medarbeider_tui.export.html import page, paragraphs, prose
from medarbeider_tui.export.svg import text
from medarbeider_tui.export.text import prose_text, wrap
from medarbeider_tui.i18n import t
from medarbeider_tui.report.cards import Card, FlowCard, MatrixCard, MatrixCell, PartsCard

# --- in words ----------------------------------------------------------------------------------


def card_lines(card: Card, language: str) -> list[str]:
    """The card as lines of plain text: its title, its introduction, the model, its source."""
    lines = [card.title, ""]
    if card.intro is not None:
        lines += [wrap(prose_text(card.intro)), ""]
    match card:
        case MatrixCard():
            lines += _matrix_lines(card, language)
        case FlowCard():
            lines += _flow_lines(card, language)
        case PartsCard():
            lines += _parts_lines(card)
        case _:
            assert_never(card)
    if card.source:
        lines += ["", wrap(card.source)]
    return lines


def _matrix_lines(card: MatrixCard, language: str) -> list[str]:
    (left, right), (top, bottom) = card.columns, card.rows
    if card.x_axis:
        across = t("card.matrix.across", language, axis=card.x_axis, left=left, right=right)
    else:
        across = t("card.matrix.columns", language, left=left, right=right)
    if card.y_axis:
        down = t("card.matrix.down", language, axis=card.y_axis, top=top, bottom=bottom)
    else:
        down = t("card.matrix.rows", language, top=top, bottom=bottom)
    lines = [wrap(across), wrap(down), "", t("card.matrix.fields", language)]
    for cell in card.cells:
        line = f"  - {cell_place(card, cell, language)}: {cell.label}"
        lines.append(wrap(f"{line} – {cell.text}" if cell.text else line, hang=4))
    return lines


def cell_place(card: MatrixCard, cell: MatrixCell, language: str) -> str:
    """«Øverst til venstre (Omstillingsdyktighet: Lav, Selvbevissthet: Høy)»: where a field
    lies, in words, and what its column and row say."""
    column, row = card.columns[cell.column], card.rows[cell.row]
    if card.x_axis:
        column = t("card.matrix.on_axis", language, axis=card.x_axis, value=column)
    if card.y_axis:
        row = t("card.matrix.on_axis", language, axis=card.y_axis, value=row)
    return f"{t(f'card.position.{cell.position}', language)} ({column}, {row})"


def _flow_lines(card: FlowCard, language: str) -> list[str]:
    lines: list[str] = []
    for number, stage in enumerate(card.stages):
        if number:
            lines.append(t("card.flow.leads_to", language))
        if stage.label:
            lines.append(f"{stage.label}:" if stage.items else stage.label)
        lines += [wrap(f"  - {item}", hang=4) for item in stage.items]
    return lines


def _parts_lines(card: PartsCard) -> list[str]:
    lines = [wrap(card.centre), ""] if card.centre else []
    for part in card.parts:
        heading = f"{part.label} – {part.relates_to}" if part.relates_to else part.label
        lines.append(f"{heading}:" if part.behaviours else heading)
        lines += [wrap(f"  - {behaviour}", hang=4) for behaviour in part.behaviours]
    return lines


# --- HTML --------------------------------------------------------------------------------------

CARD_STYLE = """
section.card { margin: 1.5rem 0; break-inside: avoid; }
table.matrix td.field { border: 1px solid var(--line); width: 36%; }
table.matrix td.corner { border: none; }
table.matrix th.axis { text-align: center; background: none; color: var(--muted); }
table.matrix th[scope="rowgroup"] { vertical-align: middle; width: 1%; }
ol.flow { list-style: none; padding: 0; }
ol.flow > li { border: 1px solid var(--line); border-radius: 0.4rem; padding: 0.4rem 0.8rem; }
ol.flow > li.leads-to { border: none; color: var(--muted); text-align: center; }
ol.flow ul { margin: 0.2rem 0; }
div.part-list { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
  gap: 0.8rem; }
div.part-list > section { border: 1px solid var(--line); border-radius: 1rem;
  padding: 0.4rem 0.8rem; }
div.part-list > section > :first-child { margin: 0.2rem 0; }
p.centre { font-style: italic; }
"""


def card_html(card: Card, language: str, level: int = 2) -> str:
    """One card as an HTML section (pack text escaped), to put in a page."""
    level = min(level, 5)
    parts = [
        f'<section class="card {card.kind}" data-card="{text(card.card_id)}">',
        f"<h{level}>{text(card.title)}</h{level}>",
        prose(card.intro),
    ]
    match card:
        case MatrixCard():
            parts.append(_matrix_html(card))
        case FlowCard():
            parts.append(_flow_html(card, language))
        case PartsCard():
            parts.append(_parts_html(card, level + 1))
        case _:
            assert_never(card)
    if card.source:
        parts.append(f'<p class="note">{text(card.source)}</p>')
    return "".join(parts) + "</section>"


def cards_page(cards: list[Card], title: str, language: str) -> str:
    """Cards as one self-contained, printable HTML file (the export's rules: nothing loaded)."""
    body = f"<h1>{text(title)}</h1>" + "".join(card_html(card, language) for card in cards)
    return page(title, body, language, CARD_STYLE)


def _matrix_html(card: MatrixCard) -> str:
    head = "".join(f'<th scope="col">{text(c)}</th>' for c in card.columns)
    rows = []
    for row in (0, 1):
        cells = "".join(_cell_html(cell) for cell in card.cells if cell.row == row)
        axis = ""
        if card.y_axis and row == 0:
            axis = f'<th class="axis" scope="rowgroup" rowspan="2">{text(card.y_axis)}</th>'
        rows.append(f'<tr>{axis}<th scope="row">{text(card.rows[row])}</th>{cells}</tr>')
    corner = f'<td class="corner" colspan="{2 if card.y_axis else 1}"></td>'
    across = ""
    if card.x_axis:
        across = f'<tr>{corner}<th class="axis" colspan="2" scope="colgroup">'
        across += f"{text(card.x_axis)}</th></tr>"
    return (
        f'<div class="table"><table class="matrix"><thead>{across}<tr>{corner}{head}</tr>'
        f"</thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _cell_html(cell: MatrixCell) -> str:
    words = f"<br>{text(cell.text)}" if cell.text else ""
    return f'<td class="field"><strong>{text(cell.label)}</strong>{words}</td>'


def _flow_html(card: FlowCard, language: str) -> str:
    leads_to = f'<li class="leads-to">{text(t("card.flow.leads_to", language))}</li>'
    stages = []
    for stage in card.stages:
        label = f"<strong>{text(stage.label)}</strong>" if stage.label else ""
        items = "".join(f"<li>{text(item)}</li>" for item in stage.items)
        stages.append(f"<li>{label}{f'<ul>{items}</ul>' if items else ''}</li>")
    return f'<ol class="flow">{leads_to.join(stages)}</ol>'


def _parts_html(card: PartsCard, level: int) -> str:
    centre = f'<p class="centre">{text(card.centre)}</p>' if card.centre else ""
    sections = []
    for part in card.parts:
        about = paragraphs(part.relates_to) if part.relates_to else ""
        items = "".join(f"<li>{text(b)}</li>" for b in part.behaviours)
        sections.append(
            f"<section><h{level}>{text(part.label)}</h{level}>{about}"
            f"{f'<ul>{items}</ul>' if items else ''}</section>"
        )
    return f'{centre}<div class="part-list">{"".join(sections)}</div>'
