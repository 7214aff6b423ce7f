"""The 2×2 and the profile bars as inline SVG, for the HTML document.

The geometry is the drawing's (``report.quadrant_drawing``): the dividing lines sit exactly at
the threshold, high is up and right, and the point is placed by score. Every text is escaped;
the SVG has no script, no link and nothing it would load. Each figure also says in words what
it shows (``<title>``), and the document states the same facts in text beside it.
"""

from __future__ import annotations

from html import escape

from medarbeider_tui.i18n import t
from medarbeider_tui.report.model import Mean, QuadrantFigure
from medarbeider_tui.report.quadrant_drawing import grid_position
from medarbeider_tui.safe_text import one_line

#: The plot: a square of SIZE at (LEFT, TOP), in a view box with room for the axis labels.
LEFT, TOP, SIZE = 44, 8, 272
WIDTH, HEIGHT = LEFT + SIZE + 8, TOP + SIZE + 44
_SCALE = 1000  # grid_position's resolution: the threshold lands exactly on half of it


def text(value: str) -> str:
    """Person or pack text for HTML or SVG: controls visible, on one line, escaped."""
    return escape(one_line(value), quote=True)


def _share(value: float, low: float, threshold: float, high: float) -> float:
    """Where ``value`` sits on an axis from 0 to 1, the threshold at exactly 0.5."""
    position = grid_position(value, low, threshold, high, _SCALE // 2)
    return min(max(position / _SCALE, 0.0), 1.0)


def quadrant_svg(figure: QuadrantFigure, language: str) -> str:
    """The 2×2 with the four fields, the person's field marked and the point drawn."""
    half = SIZE // 2
    low, high = text(t("result.low", language)), text(t("result.high", language))
    title = text(f"{figure.placement}. {figure.y.line}. {figure.x.line}.")
    parts = [
        f'<svg class="quadrant" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="title-{text(figure.score_id)}">',
        f'<title id="title-{text(figure.score_id)}">{title}</title>',
    ]
    for cell in figure.cells:
        x = LEFT + (0 if cell.x == "low" else half)
        y = TOP + (0 if cell.y == "high" else half)
        mine = "true" if cell.mine else "false"
        parts.append(
            f'<rect class="cell{" mine" if cell.mine else ""}" x="{x}" y="{y}" width="{half}" '
            f'height="{half}" data-quadrant="{text(cell.quadrant_id)}" data-mine="{mine}"/>'
        )
        parts.append(
            f'<text class="cell-label" x="{x + half / 2}" y="{y + 20}" '
            f'text-anchor="middle">{text(cell.label)}</text>'
        )
    parts.append(
        f'<rect class="frame" x="{LEFT}" y="{TOP}" width="{SIZE}" height="{SIZE}" fill="none"/>'
    )
    parts.append(
        f'<line class="divider" x1="{LEFT + half}" y1="{TOP}" x2="{LEFT + half}" '
        f'y2="{TOP + SIZE}"/><line class="divider" x1="{LEFT}" y1="{TOP + half}" '
        f'x2="{LEFT + SIZE}" y2="{TOP + half}"/>'
    )
    bottom = TOP + SIZE
    parts += [
        f'<text class="axis" x="{LEFT - 6}" y="{TOP + 12}" text-anchor="end">{high}</text>',
        f'<text class="axis" x="{LEFT - 6}" y="{bottom}" text-anchor="end">{low}</text>',
        f'<text class="axis" x="{LEFT}" y="{bottom + 16}">{low}</text>',
        f'<text class="axis" x="{LEFT + SIZE}" y="{bottom + 16}" text-anchor="end">{high}</text>',
        f'<text class="axis-name" x="{LEFT + half}" y="{bottom + 36}" '
        f'text-anchor="middle">{text(figure.x.label)} →</text>',
        f'<text class="axis-name" transform="translate(14 {TOP + half}) rotate(-90)" '
        f'text-anchor="middle">{text(figure.y.label)} →</text>',
    ]
    point = figure.point
    if point is not None:
        cx = LEFT + _share(point[0], figure.x.low, figure.threshold_of("x"), figure.x.high) * SIZE
        cy = bottom - _share(point[1], figure.y.low, figure.threshold_of("y"), figure.y.high) * SIZE
        you = text(t("result.point", language))
        anchor = "end" if cx > LEFT + SIZE - 40 else "start"
        dx = -11 if anchor == "end" else 11
        parts += [
            f'<circle class="point" id="point-{text(figure.score_id)}" cx="{cx:.1f}" '
            f'cy="{cy:.1f}" r="7"/>',
            f'<text class="point-label" x="{cx + dx:.1f}" y="{cy + 4:.1f}" '
            f'text-anchor="{anchor}">{you}</text>',
        ]
    parts.append("</svg>")
    return "".join(parts)


def bar_svg(mean: Mean) -> str:
    """One mean as a bar on its scale (empty when there is no value); the number is beside it
    in the document, in words."""
    share = 0.0
    if mean.value is not None and mean.high > mean.low:
        share = min(max((mean.value - mean.low) / (mean.high - mean.low), 0.0), 1.0)
    return (
        '<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">'
        '<rect class="track" width="100" height="8"/>'
        f'<rect class="fill" width="{share * 100:.1f}" height="8"/></svg>'
    )
