"""What a profile's exports were last made as: the format, the folder, what was included.

One small private file per profile (``export-defaults.json`` in its diary folder), so a coach
exporting for two clients gets each client's own folder suggested. Never any answers. A missing
or unreadable file means the defaults below: an export is never refused because of it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from medarbeider_tui.fsio import StorageError, ensure_private_dir, write_private_file
from medarbeider_tui.paths import Locations

FORMATS = ("markdown", "html", "json", "csv")
_MAX_BYTES = 64 * 1024


@dataclass(frozen=True)
class ExportDefaults:
    format: str = "markdown"
    folder: Path | None = None
    """Where the last file was written; None: the documents folder."""
    include_private: bool = False
    include_coach_notes: bool = False


def load_export_defaults(locations: Locations) -> ExportDefaults:
    """The profile's remembered choices, or the defaults."""
    try:
        with open(locations.export_defaults_file, "rb") as handle:
            data = json.loads(handle.read(_MAX_BYTES + 1)[:_MAX_BYTES])
    except (OSError, ValueError, RecursionError):
        return ExportDefaults()
    if not isinstance(data, dict):
        return ExportDefaults()
    folder = data.get("folder")
    return ExportDefaults(
        format=data["format"] if data.get("format") in FORMATS else "markdown",
        folder=Path(folder) if isinstance(folder, str) and folder else None,
        include_private=data.get("include_private") is True,
        include_coach_notes=data.get("include_coach_notes") is True,
    )


def save_export_defaults(locations: Locations, defaults: ExportDefaults) -> None:
    """Remember ``defaults`` for the profile's next export, privately and atomically.

    Raises:
        StorageError: the file could not be written.
    """
    body = {
        "format": defaults.format,
        "folder": None if defaults.folder is None else str(defaults.folder),
        "include_private": defaults.include_private,
        "include_coach_notes": defaults.include_coach_notes,
    }
    data = (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode(
        "utf-8", "surrogateescape"
    )
    folder = locations.export_defaults_file.parent
    try:
        ensure_private_dir(folder)
        write_private_file(folder, locations.export_defaults_file.name, data)
    except StorageError:
        raise
    except OSError as exc:
        raise StorageError.from_os_error(exc, folder) from exc
