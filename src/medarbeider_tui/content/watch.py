"""Noticing that a pack's files were saved, by polling (no file-system events needed).

`packs validate --watch` and the full-screen `run --reload` both ask `PackWatch.changed` every
`WATCH_SECONDS`. A look costs a ``stat`` per YAML file of the pack (and per module of the
content code, which `cache.fingerprint` includes): no file is read until one has changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from medarbeider_tui.content.cache import fingerprint
from medarbeider_tui.content.loader import find_pack_folder

#: How often a watcher looks at the pack's files (their sizes and times).
WATCH_SECONDS = 0.5


class PackWatch:
    """The packs at ``locations`` (folders, or a file inside a pack), as last seen."""

    def __init__(self, locations: Iterable[Path]) -> None:
        self.folders = [find_pack_folder(location) or location for location in locations]
        self._seen = self._state()

    def _state(self) -> list[str | None]:
        return [fingerprint(folder) for folder in self.folders]

    def changed(self) -> bool:
        """True once for each change since the last look (a save, a new or removed file)."""
        now = self._state()
        if now == self._seen:
            return False
        self._seen = now
        return True
