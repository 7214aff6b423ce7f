"""A new version of the pack an exercise is being answered in (``run --pack PATH --reload``).

The front end notices a save (`content.watch`), reads the pack again off its own thread
(`read_again`), then hands the result over here (`take_new_version`): a pack that validates
replaces the old one in the catalog and in the session, the answers kept; one with errors
changes nothing, and the errors are what the front end shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from medarbeider_tui.content.errors import PackProblem
from medarbeider_tui.content.loader import PACK_FILE, PackResult, load_pack
from medarbeider_tui.i18n import Translatable

if TYPE_CHECKING:
    from medarbeider_tui.service.core import ReflectionService
    from medarbeider_tui.service.session import ExerciseSession


@dataclass(frozen=True)
class Reloaded:
    """What became of a new version of the pack."""

    errors: list[PackProblem] = field(default_factory=list)
    """Why the new version cannot be used (the session goes on with the one before)."""
    kept: list[str] = field(default_factory=list)
    """Answers whose steps the new version does not have: kept in the draft all the same."""

    @property
    def taken(self) -> bool:
        return not self.errors


def pack_folder(session: ExerciseSession) -> Path | None:
    """The folder the session's pack was read from (None for a pack not read from disk)."""
    return session.pack.folder


def read_again(session: ExerciseSession) -> PackResult:
    """The session's pack read and checked anew from its folder (slow: off the UI thread)."""
    folder = pack_folder(session)
    assert folder is not None
    return load_pack(folder, session.pack.origin)


def take_new_version(
    service: ReflectionService, session: ExerciseSession, result: PackResult
) -> Reloaded:
    """Use ``result`` for ``session`` if it validates and still has the exercise."""
    pack = result.pack
    if pack is None:
        return Reloaded(errors=result.errors)
    folder = pack_folder(session) or Path(".")
    pack = replace(pack, folder=folder, origin=session.pack.origin)
    try:
        exercise = pack.exercise(session.exercise.id)
    except KeyError:
        gone = PackProblem(
            folder / PACK_FILE,
            1,
            1,
            Translatable("problem.reload.exercise_gone", id=session.exercise.id),
            Translatable("hint.reload.exercise_gone"),
        )
        return Reloaded(errors=[gone])
    catalog = service.catalog
    catalog.packs = [pack if known.id == pack.id else known for known in catalog.packs]
    return Reloaded(kept=session.reload(pack, exercise))
