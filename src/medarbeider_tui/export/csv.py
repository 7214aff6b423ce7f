"""Entries as CSV for spreadsheets: one row per answer.

Columns: ``entry, date, exercise, item, question, answer, label``. A scale answer's number is
in ``answer`` and what it means in ``label``; a sorted item's cell, a plan slot (and «Hvordan»
or «Se på igjen» for its details) are in ``label``. Unanswered questions have no row.

Written as RFC 4180 (comma, double quotes, CRLF) in UTF-8 with a byte-order mark, which
spreadsheet programs need to read «æøå» right. Person and pack text is data: controls are shown
visibly, and a cell that a spreadsheet would take for a formula (it starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return) starts with an apostrophe, as spreadsheets expect.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime

from medarbeider_tui.diary.coach_notes import CoachNote
from medarbeider_tui.export.document import ExportDocument
from medarbeider_tui.i18n import t
from medarbeider_tui.report.model import AnsweredStep, Report
from medarbeider_tui.safe_text import terminal_safe

COLUMNS = ("entry", "date", "exercise", "item", "question", "answer", "label")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(text: str) -> str:
    """Person or pack text as a spreadsheet cell: visible controls, never a formula."""
    safe = terminal_safe(text)
    return "'" + safe if safe.startswith(_FORMULA_START) else safe


def document_csv(document: ExportDocument) -> str:
    """A header row, then a row per answer of every entry in the document's order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for item in document.entries:
        if item.report is not None:
            writer.writerows(report_rows(item.report))
            if document.with_coach_notes:
                writer.writerows(coach_note_rows(item.report, item.coach_notes))
    return "\ufeff" + out.getvalue()


def coach_note_rows(report: Report, notes: list[CoachNote]) -> list[list[str]]:
    """A row per coach note: item ``coach-note``, the section's title as the question, the
    note as the answer and when it was written as the label."""
    when = datetime.fromisoformat(report.moment).strftime("%Y-%m-%d %H:%M")
    title = t("export.coach_notes.title", report.language)
    return [
        [
            report.entry_id,
            when,
            cell(report.title),
            "coach-note",
            cell(title),
            cell(note.text),
            datetime.fromisoformat(note.written_at).strftime("%Y-%m-%d %H:%M"),
        ]
        for note in notes
    ]


def report_rows(report: Report) -> list[list[str]]:
    """The rows of one entry."""
    when = datetime.fromisoformat(report.moment).strftime("%Y-%m-%d %H:%M")
    rows: list[list[str]] = []
    for step in report.answers:
        for key, question, answer, label in _answers(step):
            rows.append(
                [report.entry_id, when, cell(report.title), key, cell(question), answer, label]
            )
    return rows


def _answers(step: AnsweredStep) -> list[tuple[str, str, str, str]]:
    """(item, question, answer, label) for each answer the step holds."""
    out = []
    for row in step.rows:
        if not row.answered:
            continue
        if step.kind == "scale":
            number = "" if row.number is None else str(row.number)
            out.append((row.key, row.label, number, cell(row.meaning)))
            continue
        out.append((row.key, step.asked, cell(row.value), cell(row.label)))
        for detail in row.details:
            label = f"{row.label} – {detail.label}" if row.label else detail.label
            out.append((row.key, step.asked, cell(detail.value), cell(label)))
    return out
