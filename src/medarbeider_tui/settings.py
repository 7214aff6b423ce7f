"""Small UI settings (language, theme, whether the privacy note was seen, the screen-reader
setting of plain mode); never answers.

Kept in the config folder as JSON, written with the diary's crash-safe private writer. A
missing or unreadable file simply means defaults: settings are never worth an error.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from medarbeider_tui.fsio import StorageError, ensure_chosen_folder, write_private_file
from medarbeider_tui.paths import CONFIG_DIR_ENV, Locations


@dataclass
class Settings:
    language: str | None = None
    theme: str = "medarbeider"
    privacy_seen: bool = False
    screen_reader: bool = False
    """Plain mode in words only (``--screen-reader``); remembered once chosen."""


def load_settings(locations: Locations) -> Settings:
    try:
        data = json.loads(locations.settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    defaults = Settings()
    return Settings(
        language=data.get("language") if data.get("language") in ("nb", "en") else None,
        theme=data["theme"] if isinstance(data.get("theme"), str) else defaults.theme,
        privacy_seen=data.get("privacy_seen") is True,
        screen_reader=data.get("screen_reader") is True,
    )


def save_settings(locations: Locations, settings: Settings) -> None:
    """Write the settings, privately and atomically.

    The config folder is held to the same rules as the data folder: a folder shared with
    others (``MEDARBEIDER_CONFIG_DIR=/tmp``) is refused, never made private behind their backs.

    Raises:
        StorageError: the settings could not be written; the message says why and what to do.
    """
    payload = json.dumps(asdict(settings), indent=2).encode("utf-8")
    ensure_chosen_folder(
        locations.config_dir,
        setting=CONFIG_DIR_ENV,
        home=locations.home,
        own_marker=locations.settings_file.name,
    )
    try:
        write_private_file(locations.config_dir, locations.settings_file.name, payload)
    except OSError as exc:
        raise StorageError.from_os_error(exc, locations.config_dir, setting=CONFIG_DIR_ENV) from exc
