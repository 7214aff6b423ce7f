"""The application service: what every front end does with packs and the diary, written once.

The CLI, plain mode, the full-screen interface and the browser view all open, resume, complete,
list, show, export and delete entries through `ReflectionService`, and hear about what the
diary and the pack loader found (a quarantined file, a skipped pack, a conflict copy) as
notices drained in one place (`ReflectionService.take_notices`), so each is told exactly once;
``take_notices(paths=False)`` (and `without_paths` for an error) for a screen others can see.
Profiles (`Profiles`, ``ReflectionService.profiles``) keep each person's diary apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from medarbeider_tui.service.actions import ActionItem, BadReview
from medarbeider_tui.service.coach_notes import NoteRefused
from medarbeider_tui.service.core import (
    AnswersRejected,
    NoSuchDraft,
    PackMissing,
    ReflectionService,
)
from medarbeider_tui.service.history import History, HistoryRow
from medarbeider_tui.service.notices import without_paths
from medarbeider_tui.service.profiles import NoSuchProfile, NotConfirmed, Profile, Profiles
from medarbeider_tui.service.trends import NoSuchExercise, NotComparable

if TYPE_CHECKING:
    from medarbeider_tui.service.exporting import (
        Export,
        ExportFile,
        ExportRequest,
        ExportWriteError,
    )
    from medarbeider_tui.service.session import ExerciseSession, IncompleteError, Unit

#: Imported on first use: a listing (``diary list``, the home screen) needs no exports,
#: reports or sessions (``tests/cli/test_lean_paths.py``).
_LATER = {
    "Export": "exporting",
    "ExportFile": "exporting",
    "ExportRequest": "exporting",
    "ExportWriteError": "exporting",
    "ExerciseSession": "session",
    "IncompleteError": "session",
    "Unit": "session",
}


def __getattr__(name: str) -> Any:
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "ActionItem",
    "AnswersRejected",
    "BadReview",
    "ExerciseSession",
    "Export",
    "ExportFile",
    "ExportRequest",
    "ExportWriteError",
    "History",
    "HistoryRow",
    "IncompleteError",
    "NoSuchDraft",
    "NoSuchExercise",
    "NoSuchProfile",
    "NotComparable",
    "NotConfirmed",
    "NoteRefused",
    "PackMissing",
    "Profile",
    "Profiles",
    "ReflectionService",
    "Unit",
    "without_paths",
]
