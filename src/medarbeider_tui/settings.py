"""Small UI settings (language, theme, whether the privacy note was seen); never answers.

Kept in the config folder as JSON, written with the diary's crash-safe private writer. A
missing or unreadable file simply means defaults: settings are never worth an error.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from medarbeider_tui.fsio import ensure_private_dir
from medarbeider_tui.paths import Locations


@dataclass
class Settings:
    language: str | None = None
    theme: str = "medarbeider"
    privacy_seen: bool = False


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
    )


def save_settings(locations: Locations, settings: Settings) -> None:
    from medarbeider_tui.fsio import write_private_file

    ensure_private_dir(locations.config_dir)
    payload = json.dumps(asdict(settings), indent=2).encode("utf-8")
    write_private_file(locations.config_dir, locations.settings_file.name, payload)
