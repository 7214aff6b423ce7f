"""Where medarbeider keeps things: the one module that knows the folders.

Every other module asks here, so tests can point the whole program at a temporary folder with
``MEDARBEIDER_DATA_DIR`` (and ``MEDARBEIDER_CONFIG_DIR``) and nothing real is touched.

A data folder holds one diary per **profile** (a coach's clients, kept apart): the default,
unnamed profile where the diary has always been (``entries/``, ``actions/`` … at the top of the
data folder, so existing diaries keep working), and each named profile in its own folder,
``profiles/<slug>/``, with the same layout inside. Packs and the pack cache are shared. Which
folder a name means is decided by ``service.profiles`` (the names are data); here a profile is
only its folder's slug.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

APP_NAME = "medarbeider"
DATA_DIR_ENV = "MEDARBEIDER_DATA_DIR"
CONFIG_DIR_ENV = "MEDARBEIDER_CONFIG_DIR"
#: The profile to use when ``--profile`` is not given (its name, as a person typed it).
PROFILE_ENV = "MEDARBEIDER_PROFILE"
PROFILES_DIR_NAME = "profiles"


@dataclass(frozen=True)
class Locations:
    """The folders one run of medarbeider uses."""

    data_dir: Path
    config_dir: Path
    home: Path | None = None
    """The home folder the default folders lie in (None when both are set by the environment):
    medarbeider creates its folders inside it, but never the home folder itself."""
    profile: str | None = None
    """The slug of the profile whose diary this is (its folder under ``profiles/``); None: the
    default profile, whose diary lies at the top of the data folder."""

    def for_profile(self, slug: str | None) -> Locations:
        """The same folders, with the diary of profile ``slug`` (None: the default profile)."""
        return replace(self, profile=slug)

    @property
    def profiles_dir(self) -> Path:
        """Every named profile's folder."""
        return self.data_dir / PROFILES_DIR_NAME

    @property
    def diary_dir(self) -> Path:
        """The folder of this profile's diary: everything about the person lies inside it."""
        if self.profile is None:
            return self.data_dir
        return self.profiles_dir / self.profile

    @property
    def entries_dir(self) -> Path:
        """Diary entries, one JSON file each (and their index)."""
        return self.diary_dir / "entries"

    @property
    def quarantine_dir(self) -> Path:
        """Files that could not be read are moved here, never deleted or overwritten."""
        return self.diary_dir / "quarantine"

    @property
    def actions_dir(self) -> Path:
        """What the person planned, followed up over time."""
        return self.diary_dir / "actions"

    @property
    def coach_notes_dir(self) -> Path:
        """A coach's own notes on entries, kept apart from the person's answers."""
        return self.diary_dir / "coach-notes"

    @property
    def export_defaults_file(self) -> Path:
        """What this profile's exports were last made as (format, folder); never answers."""
        return self.diary_dir / "export-defaults.json"

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
        """Private scratch space (editor temp files), inside the profile's private folder: a
        text left by a crash is offered back to the same person only."""
        return self.diary_dir / "tmp"

    @property
    def settings_file(self) -> Path:
        """Small UI settings (language, theme, first-run flag); never any answers."""
        return self.config_dir / "settings.json"


def locations() -> Locations:
    """Resolve the folders for this process, honouring the environment overrides."""
    data = os.environ.get(DATA_DIR_ENV)
    config = os.environ.get(CONFIG_DIR_ENV)
    home = None
    if not data or not config:
        import platformdirs  # only here: keeps `import medarbeider_tui.paths` free

        data = data or platformdirs.user_data_dir(APP_NAME, appauthor=False)
        config = config or (
            str(Path(data) / "config")
            if os.environ.get(DATA_DIR_ENV)
            else platformdirs.user_config_dir(APP_NAME, appauthor=False)
        )
        home = _home()
    return Locations(
        data_dir=Path(data).expanduser(), config_dir=Path(config).expanduser(), home=home
    )


def profile_asked_for(explicit: str | None) -> str | None:
    """The profile a run is for, by name: ``--profile`` beats ``MEDARBEIDER_PROFILE``; None (or
    an empty name): the default profile. Which folder the name means, ``service.profiles``
    says."""
    chosen = explicit if explicit is not None else os.environ.get(PROFILE_ENV)
    return chosen if chosen is not None and chosen.strip() else None


def _home() -> Path | None:
    """The home folder by the environment (``HOME``), or None if there is no way to tell."""
    try:
        return Path.home()
    except (RuntimeError, KeyError):  # no HOME and no entry in the user database
        return None


def documents_dir() -> Path:
    """Where exports go unless the person says otherwise: their documents folder as the system
    names it (platformdirs; ``XDG_DOCUMENTS_DIR`` on Linux), or home if that does not exist."""
    import platformdirs

    folder = Path(platformdirs.user_documents_dir()).expanduser()
    return folder if folder.is_dir() else Path.home()


def builtin_content_dir() -> Path:
    """The built-in packs: inside the installed wheel, or ``content/`` in a source checkout."""
    here = Path(__file__).resolve().parent
    installed = here / "_builtin_content"
    if installed.is_dir():
        return installed
    return here.parent.parent / "content"
