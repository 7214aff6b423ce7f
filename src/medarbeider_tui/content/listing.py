"""What a list of the installed packs shows, without the content model (issue 17).

`packs list`, `diary list` (each entry's title) and the home screen's first frame need each
pack's title and its exercises' titles, descriptions and minutes, nothing else. The full model
(`content.model`, 32 frozen dataclasses) costs more to import than those commands may take in
all, so the pack cache keeps this listing beside the pickled pack (`content.cache`), and
`discover_listing` answers from it alone when every pack is current there; otherwise the
catalogue is loaded and listed (`CatalogListing.of`). Plain classes with slots, so that neither
creating nor unpickling them builds anything.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from medarbeider_tui.i18n import Translatable

if TYPE_CHECKING:
    from medarbeider_tui.content import model as m
    from medarbeider_tui.content.loader import Catalog, Origin
    from medarbeider_tui.content.text import Text


class ExerciseListing:
    """One exercise as a list shows it."""

    __slots__ = ("description", "has_cards", "id", "minutes", "title")

    def __init__(
        self, id: str, title: Text, description: Text, minutes: int, has_cards: bool
    ) -> None:
        self.id = id
        self.title = title
        self.description = description
        self.minutes = minutes
        self.has_cards = has_cards
        """Whether it has teaching cards to show (the home screen offers the key)."""

    @classmethod
    def of(cls, exercise: m.Exercise) -> ExerciseListing:
        return cls(
            exercise.id,
            exercise.title,
            exercise.description,
            exercise.minutes,
            bool(exercise.cards),
        )


class PackListing:
    """One pack as a list shows it: its title, where it came from, its exercises in order."""

    __slots__ = ("exercises", "folder", "id", "origin", "title", "version")

    def __init__(
        self,
        id: str,
        version: str,
        title: Text,
        exercises: list[ExerciseListing],
        folder: Path | None = None,
        origin: Origin = "builtin",
    ) -> None:
        self.id = id
        self.version = version
        self.title = title
        self.exercises = exercises
        self.folder = folder
        self.origin: Origin = origin

    @classmethod
    def of(cls, pack: m.Pack) -> PackListing:
        exercises = [ExerciseListing.of(exercise) for exercise in pack.exercises]
        return cls(pack.id, pack.version, pack.title, exercises, pack.folder, pack.origin)

    def placed(self, folder: Path, origin: Origin) -> PackListing:
        """This pack as found in ``folder`` this time (a cached pack may have moved)."""
        return PackListing(self.id, self.version, self.title, self.exercises, folder, origin)

    def __getstate__(self) -> tuple[str, str, Text, list[ExerciseListing]]:
        return (self.id, self.version, self.title, self.exercises)

    def __setstate__(self, state: tuple[str, str, Text, list[ExerciseListing]]) -> None:
        self.id, self.version, self.title, self.exercises = state
        self.folder, self.origin = None, "builtin"


class CatalogListing:
    """Every usable pack as listed, and the notices finding them gave (a pack overriding
    another of the same id)."""

    __slots__ = ("notices", "packs")

    def __init__(self, packs: list[PackListing], notices: list[Translatable]) -> None:
        self.packs = packs
        self.notices = notices

    @classmethod
    def of(cls, catalog: Catalog) -> CatalogListing:
        return cls([PackListing.of(pack) for pack in catalog.packs], list(catalog.notices))

    def exercise_of(self, pack_id: str, exercise_id: str) -> ExerciseListing | None:
        """The exercise an entry was made with, if its pack is installed and has it."""
        for pack in self.packs:
            if pack.id == pack_id:
                return next((e for e in pack.exercises if e.id == exercise_id), None)
        return None


def discover_listing(
    sources: list[tuple[Path, Origin]], cache_dir: Path | None
) -> CatalogListing | None:
    """The listing of the packs in ``sources`` (`loader.pack_sources`), answered from the
    pack cache alone; None when any of them is not current there (then the catalogue must be
    loaded, and a pack that fails its checks is said as always)."""
    if cache_dir is None:
        return None
    from medarbeider_tui.content import cache

    by_id: dict[str, PackListing] = {}
    notices: list[Translatable] = []
    for folder, origin in sources:
        found = cache.load_listing(cache_dir, folder)
        if found is None:
            return None
        pack = found.placed(folder, origin)
        previous = by_id.get(pack.id)
        if previous is not None:  # the same notice `loader.discover` gives
            notices.append(
                Translatable(
                    "packs.notice.overrides",
                    folder=pack.folder,
                    id=previous.id,
                    previous=previous.folder,
                )
            )
        by_id[pack.id] = pack
    return CatalogListing(list(by_id.values()), notices)
