"""Entries as JSON: an array of entries exactly as ``docs/diary-format.md`` describes them.

The data as stored (minus the answers kept private), for the person's own tools. Characters
that could act on a terminal, and text that is not valid UTF-8, are written as ``\\u`` escapes:
the same JSON values, and a file that is always valid UTF-8 (`safe_text.json_text`).
"""

from __future__ import annotations

from medarbeider_tui.export.document import ExportDocument
from medarbeider_tui.safe_text import json_text


def document_json(document: ExportDocument) -> str:
    """Every entry of the document, in the document's order, as one JSON array.

    With coach notes asked for, each entry has one more key, ``coach_notes``: a list of
    ``{"written_at", "text"}``, oldest first (docs/export.md); otherwise none.
    """
    entries = []
    for item in document.entries:
        data = item.entry.to_json()
        if document.with_coach_notes:
            data["coach_notes"] = [
                {"written_at": note.written_at, "text": note.text} for note in item.coach_notes
            ]
        entries.append(data)
    return json_text(entries) + "\n"
