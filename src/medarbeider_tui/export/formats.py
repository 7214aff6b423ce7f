"""The export formats by name: what each is called on disk and how it renders a document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from medarbeider_tui.export.csv import document_csv
from medarbeider_tui.export.document import ExportDocument
from medarbeider_tui.export.html import document_html
from medarbeider_tui.export.json import document_json
from medarbeider_tui.export.markdown import document_markdown


@dataclass(frozen=True)
class Format:
    name: str
    extension: str
    render: Callable[[ExportDocument], str]
    needs_pack: bool = True
    """False for the data as stored (JSON): an entry whose pack is gone can still be exported."""

    def encode(self, document: ExportDocument) -> bytes:
        """The file's bytes: UTF-8 (every renderer has made its text valid for it)."""
        return self.render(document).encode("utf-8")


FORMATS: dict[str, Format] = {
    "markdown": Format("markdown", "md", document_markdown),
    "html": Format("html", "html", document_html),
    "json": Format("json", "json", document_json, needs_pack=False),
    "csv": Format("csv", "csv", document_csv),
}
