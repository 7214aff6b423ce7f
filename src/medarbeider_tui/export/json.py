"""Entries as JSON: an array of entries exactly as ``docs/diary-format.md`` describes them.

The data as stored (minus the answers kept private), for the person's own tools. Characters
that could act on a terminal, and text that is not valid UTF-8, are written as ``\\u`` escapes:
the same JSON values, and a file that is always valid UTF-8 (`safe_text.json_text`).
"""

from __future__ import annotations

from medarbeider_tui.export.document import ExportDocument
from medarbeider_tui.safe_text import json_text


def document_json(document: ExportDocument) -> str:
    """Every entry of the document, in the document's order, as one JSON array."""
    return json_text([item.entry.to_json() for item in document.entries]) + "\n"
