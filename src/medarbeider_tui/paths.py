"""Where medarbeider keeps things: the one module that knows the folders.

Every other module asks here, so tests can point the whole program at a temporary folder with
``MEDARBEIDER_DATA_DIR`` (and ``MEDARBEIDER_CONFIG_DIR``) and nothing real is touched.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "medarbeider"
DATA_DIR_ENV = "MEDARBEIDER_DATA_DIR"
CONFIG_DIR_ENV = "MEDARBEIDER_CONFIG_DIR"

#: Folder and file modes: the answers are personal, so only the owner may read them.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


@dataclass(frozen=True)
class Locations:
    """The folders one run of medarbeider uses."""

    data_dir: Path
    config_dir: Path

    @property
    def entries_dir(self) -> Path:
        """Diary entries, one JSON file each."""
        return self.data_dir / "entries"

    @property
    def quarantine_dir(self) -> Path:
        """Files that could not be read are moved here, never deleted or overwritten."""
        return self.data_dir / "quarantine"

    @property
    def user_packs_dir(self) -> Path:
        """Content packs the user adds; a pack here overrides a built-in pack with the same id."""
        return self.data_dir / "packs"

    @property
    def cache_dir(self) -> Path:
        """Validated packs, kept so that start-up need not re-read the YAML (safe to delete)."""
        return self.data_dir / "cache"

    @property
    def scratch_dir(self) -> Path:
        """Private scratch space (editor temp files), inside the private data folder."""
        return self.data_dir / "tmp"

    @property
    def settings_file(self) -> Path:
        """Small UI settings (language, theme, first-run flag); never any answers."""
        return self.config_dir / "settings.json"


def locations() -> Locations:
    """Resolve the folders for this process, honouring the environment overrides."""
    data = os.environ.get(DATA_DIR_ENV)
    config = os.environ.get(CONFIG_DIR_ENV)
    if not data or not config:
        import platformdirs  # only here: keeps `import medarbeider_tui.paths` free

        data = data or platformdirs.user_data_dir(APP_NAME, appauthor=False)
        config = config or (
            str(Path(data) / "config")
            if os.environ.get(DATA_DIR_ENV)
            else platformdirs.user_config_dir(APP_NAME, appauthor=False)
        )
    return Locations(data_dir=Path(data).expanduser(), config_dir=Path(config).expanduser())


def builtin_content_dir() -> Path:
    """The built-in packs: inside the installed wheel, or ``content/`` in a source checkout."""
    here = Path(__file__).resolve().parent
    installed = here / "_builtin_content"
    if installed.is_dir():
        return installed
    return here.parent.parent / "content"


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` with owner-only access; tighten it if it already exists.

    Missing parents are created owner-only too (``mkdir(parents=True)`` would give them the
    default mode), so making ``data/cache`` first never leaves ``data`` open to others.
    """
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
    if os.name == "posix" and (path.stat().st_mode & 0o777) != PRIVATE_DIR_MODE:
        os.chmod(path, PRIVATE_DIR_MODE)


def is_too_open(path: Path) -> bool:
    """True if group or others can reach ``path`` (POSIX only)."""
    if os.name != "posix" or not path.exists():
        return False
    return bool(path.stat().st_mode & 0o077)
