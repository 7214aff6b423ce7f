"""What an export holds: entries grouped by exercise then date, private answers left out.

Every format renders an `ExportDocument`; none chooses, orders or filters entries itself, so a
Markdown file and an HTML file of the same selection hold the same entries, answers and scores.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field
from typing import Any

from medarbeider_tui.diary import Entry
from medarbeider_tui.diary.coach_notes import CoachNote
from medarbeider_tui.report.model import (
    Figure,
    QuadrantFigure,
    RankFigure,
    Report,
)


@dataclass(frozen=True)
class ExportedEntry:
    """One entry as it leaves the machine: the stored data and the document built from it."""

    entry: Entry
    """As stored, with private answers removed unless they were asked for."""
    report: Report | None
    """The entry as a document; None when its pack is not installed (only JSON can show it)."""
    coach_notes: list[CoachNote] = field(default_factory=list)
    """A coach's notes on the entry, when they were asked for (kept apart from the answers)."""

    @property
    def moment(self) -> str:
        return self.entry.completed_at or self.entry.updated_at


@dataclass(frozen=True)
class ExerciseGroup:
    """The entries of one exercise, oldest first, so a reader sees how answers changed."""

    pack_id: str
    exercise_id: str
    title: str
    entries: list[ExportedEntry]
    over_time: list[Figure] = field(default_factory=list)
    """Figures across the group's entries (trends, the quadrant's trail): the seam for the
    over-time issue. Empty for now; every format already shows what is put here, after the
    group's heading and before its entries."""


@dataclass(frozen=True)
class ExportDocument:
    """One document: its language (for its own headings), its groups, and what was left out."""

    language: str
    groups: list[ExerciseGroup]
    left_out: int = 0
    """How many private answers were left out."""
    with_coach_notes: bool = False
    """Coach notes were asked for: each entry shows its own in a labelled section."""
    title: str | None = None
    """The title of a document of several entries, if not the usual «N oppføringer»."""

    @property
    def entries(self) -> list[ExportedEntry]:
        return [item for group in self.groups for item in group.entries]

    @property
    def single(self) -> ExportedEntry | None:
        """The entry, when the document holds exactly one."""
        entries = self.entries
        return entries[0] if len(entries) == 1 else None


def build_document(
    items: list[ExportedEntry],
    language: str,
    exercise_order: list[tuple[str, str]],
    left_out: int = 0,
    *,
    with_coach_notes: bool = False,
) -> ExportDocument:
    """Group ``items`` by exercise (in ``exercise_order`` of (pack id, exercise id), the packs'
    own order; others after, by id), each group oldest first. ``items`` are already filtered
    (`leave_out_private`), ``left_out`` says how many answers that removed."""
    order = {key: number for number, key in enumerate(exercise_order)}
    groups: dict[tuple[str, str], list[ExportedEntry]] = {}
    for item in items:
        groups.setdefault((item.entry.pack.id, item.entry.exercise), []).append(item)

    def rank(key: tuple[str, str]) -> tuple[int, str, str]:
        return (order.get(key, len(order)), *key)

    return ExportDocument(
        language=language,
        groups=[
            ExerciseGroup(
                pack_id=key[0],
                exercise_id=key[1],
                title=_group_title(groups[key]),
                entries=sorted(groups[key], key=lambda item: (item.moment, item.entry.id)),
            )
            for key in sorted(groups, key=rank)
        ],
        left_out=left_out,
        with_coach_notes=with_coach_notes,
    )


def _group_title(items: list[ExportedEntry]) -> str:
    reports = [item.report for item in items if item.report is not None]
    return reports[0].title if reports else items[0].entry.exercise


def leave_out_private(entry: Entry, report: Report | None) -> tuple[ExportedEntry, int]:
    """``entry`` without the answers the person or the pack keeps private, and how many.

    Left out of the document: the answers, the answers behind a score («Hvorfor») and the items
    among the lowest or highest picks; a score computed from them is still shown. Left out of
    the data: the answer keys, and their inputs and picks in the stored results.
    """
    private = set(entry.private) | (set(report.private_keys) if report else set())
    hidden = [key for key in entry.answers if key in private]
    if not hidden:
        return ExportedEntry(entry, report), 0
    data = copy.deepcopy(entry)
    for key in hidden:
        data.answers.pop(key)
    data.results = {name: _without(result, private) for name, result in data.results.items()}
    return ExportedEntry(data, _report_without(report) if report else None), len(hidden)


def _without(result: Any, private: set[str]) -> Any:
    if not isinstance(result, dict):
        return result
    out = dict(result)
    if isinstance(out.get("inputs"), dict):
        out["inputs"] = {k: v for k, v in out["inputs"].items() if k not in private}
    if isinstance(out.get("picks"), list):
        out["picks"] = [
            p for p in out["picks"] if not (isinstance(p, dict) and p.get("id") in private)
        ]
    return out


def _report_without(report: Report) -> Report:
    private = report.private_keys
    answers = []
    for step in report.answers:
        rows = [row for row in step.rows if not row.private]
        if rows:
            answers.append(dataclasses.replace(step, rows=rows))
    return dataclasses.replace(
        report, answers=answers, figures=[_figure_without(f, private) for f in report.figures]
    )


def _figure_without(figure: Figure, private: frozenset[str]) -> Figure:
    match figure:
        case QuadrantFigure():
            reasons = [
                dataclasses.replace(g, reasons=[r for r in g.reasons if r.item_id not in private])
                for g in figure.reasons
            ]
            return dataclasses.replace(figure, reasons=reasons)
        case RankFigure():
            picks = [p for p in figure.picks if p.id not in private]
            return dataclasses.replace(figure, picks=picks)
        case _:
            return figure
