"""Trends and comparisons as plain text lines: for ``diary trend``, ``diary compare`` and plain
mode. Words and numbers, never a drawing, so a screen reader reads them line by line."""

from __future__ import annotations

from medarbeider_tui.export.text import wrap
from medarbeider_tui.i18n import t
from medarbeider_tui.report.compare import Comparison, Moved
from medarbeider_tui.report.trends import Trend, TrendSeries, signed


def trend_lines(trend: Trend, language: str) -> list[str]:
    """The trend as a table per mean (date, value, change), then each 2×2 trail in words."""
    lines = [t("trend.heading", language, title=trend.title, count=trend.entries)]
    lines += [wrap(note) for note in trend.notes]
    if trend.nothing_to_compare:
        lines += ["", wrap(trend.nothing_to_compare)]
        if not trend.entries:
            return lines
    for series in trend.series:
        lines += ["", *series_lines(series, language)]
    for trail in trend.trails:
        if trail.points:
            lines += [
                "",
                f"{trail.title} {trail.legend(language)}:",
                wrap("  " + trail.words(language), hang=2),
            ]
    return lines


def series_lines(series: TrendSeries, language: str) -> list[str]:
    scale = f" ({series.low}–{series.high})" if series.low is not None else ""
    lines = [f"{series.label}{scale}"]
    for point in series.points:
        if point.pack_changed:
            lines.append("  " + t("trend.pack_changed_here", language))
        extra = ""
        if point.bridge is not None:
            extra = "  " + t("trend.on_common", language, count=point.bridge.common)
        elif point.not_comparable:
            extra = "  " + t("trend.not_comparable", language)
        lines.append(f"  {point.date:<12} {point.shown:>4}  {point.delta_shown:>5}{extra}".rstrip())
    change = series.first_to_last
    if change is not None and len(series.points) > 2:
        lines.append("  " + t("trend.first_to_last", language, change=signed(change, language)))
    return lines


def comparison_lines(comparison: Comparison, language: str) -> list[str]:
    """Before and after, side by side in words: «4,0 → 4,2 (+0,2)»."""
    before, after = comparison.before, comparison.after
    lines = [
        comparison.title,
        t("compare.sides", language, before=before.when, after=after.when),
        f"  ({before.entry_id} → {after.entry_id})",
    ]
    lines += [wrap(note) for note in comparison.notes]
    moved = comparison.moved
    lines += ["", t("compare.moved_count", language, count=len(moved))]
    if comparison.results:
        lines += ["", t("result.title", language) + ":"]
        lines += [wrap("  " + _moved(row, language), hang=4) for row in comparison.results]
    for step in comparison.answers:
        lines += ["", step.title or t("compare.answers", language)]
        for row in step.rows:
            if row.label:
                lines.append(wrap(f"  - {row.label}", hang=4))
                lines.append(wrap("      " + _moved(row, language, labelled=False), hang=6))
            else:
                lines.append(wrap("  " + _moved(row, language, labelled=False), hang=4))
    return lines


def _moved(row: Moved, language: str, labelled: bool = True) -> str:
    text = f"{row.before} → {row.after}"
    if row.moved_shown and row.changed:
        text += f" ({row.moved_shown})"
    elif not row.changed:
        text += f" ({t('compare.same', language)})"
    if row.note:
        text += f" – {row.note}"
    return f"{row.label}: {text}" if labelled and row.label else text
