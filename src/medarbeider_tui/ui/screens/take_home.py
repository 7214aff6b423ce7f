"""The take-home summary from the full-screen interface: today's entries of this profile.

Offered with `t` on the result at the end of a session. It is the export dialog (format, where
the file goes, private answers left out unless asked for), choosing what ``diary export --today``
chooses: every entry of the current profile completed today, as one document titled «Dagens
økt» (`ReflectionService.take_home`).
"""

from __future__ import annotations

from medarbeider_tui.export.selection import Selection
from medarbeider_tui.service import Export, ExportRequest
from medarbeider_tui.ui.screens.export import ExportScreen


class TakeHomeScreen(ExportScreen):
    """The export dialog for today's session (nothing completed today: it says so)."""

    def __init__(self) -> None:
        super().__init__([])

    def _request(self, fmt: str, include_private: bool = False) -> ExportRequest:
        return ExportRequest(Selection(), fmt, None, include_private)

    def _make(self, request: ExportRequest) -> Export:
        return self.medarbeider.service.take_home(self.lang, request)

    def _heading(self, first: Export) -> str:
        what = self.tr("ui.export.what", count=first.entries)
        return f"{self.tr('ui.take_home.title')}: {what}"
