"""Profiles: a diary per person a coach works with, chosen by name, kept apart on disk.

Every front end lists, creates, renames and deletes profiles here, and turns the name a person
gave (``--profile NAME``, ``MEDARBEIDER_PROFILE``, a picker) into the folders of that profile's
diary (`Profiles.resolve`), so that everything that reads the diary afterwards sees one profile
only. The folders and the naming rules are `diary.profiles`.

Deleting asks for the name to be typed again (`Profiles.delete` takes what was typed): a profile
holds a whole diary, so a yes is not enough.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property

from medarbeider_tui.diary.profiles import (
    ProfileFolders,
    ProfileRecord,
    clean_name,
    is_slug,
    list_profiles,
    name_key,
)
from medarbeider_tui.i18n import LocalizedError, Shortened, Translatable
from medarbeider_tui.paths import Locations


class NoSuchProfile(LocalizedError):
    """No profile has that name (nor that folder name)."""

    def __init__(self, name: str, known: list[str]) -> None:
        shown = Shortened(name, 80)
        if known:
            super().__init__("profiles.not_found", name=shown, known=", ".join(known))
        else:
            super().__init__("profiles.not_found.none", name=shown)
        self.name = name


class NotConfirmed(LocalizedError):
    """What was typed to confirm a delete is not the profile's name: nothing was deleted."""

    def __init__(self, name: str) -> None:
        super().__init__("profiles.delete.not_confirmed", name=Shortened(name, 80))


@dataclass(frozen=True)
class Profile:
    """A profile as a front end shows it: its name (None for the default profile), how many
    entries its diary holds, and whether its own file needs repair."""

    slug: str | None
    name: str | None
    entries: int
    created_at: str | None = None
    damaged: bool = False

    @property
    def is_default(self) -> bool:
        return self.slug is None

    @property
    def label(self) -> Translatable | str:
        """What to call it: the name as typed, or «the default profile» in the reader's
        language (``.render``). A name is person text: show it safely."""
        return Translatable("profiles.default") if self.name is None else self.name


class Profiles:
    """The profiles of one data folder."""

    def __init__(self, locations: Locations) -> None:
        self.locations = locations.for_profile(None)
        self._notices: list[Translatable] = []

    # --- what there is ---------------------------------------------------------------------

    def exist(self) -> bool:
        """Whether any named profile exists (a front end then offers a picker at start)."""
        return bool(self._records())

    def named(self) -> list[Profile]:
        """Every named profile, by name (the default profile is `default`)."""
        return [self._profile(record) for record in self._records()]

    def default(self) -> Profile:
        """The default profile: the diary at the top of the data folder."""
        return Profile(None, None, _count_entries(self.locations))

    def find(self, name: str) -> Profile:
        """The profile a person means by ``name``: its name in any letter case, or its folder's
        name (to tell apart two names that look alike).

        Raises:
            NoSuchProfile: none has it.
        """
        return self._profile(self._record(name))

    def resolve(self, name: str | None) -> Locations:
        """The folders of the profile ``name`` (None or empty: the default profile).

        Raises:
            NoSuchProfile: none has that name; nothing is created.
        """
        if not name or not name.strip():
            return self.locations
        return self.locations.for_profile(self._record(name).slug)

    def locations_for(self, profile: Profile) -> Locations:
        return self.locations.for_profile(profile.slug)

    def take_notices(self) -> list[Translatable]:
        """What was found in ``profiles/`` that the person should hear about, once."""
        found, self._notices = self._notices, []
        return found

    # --- changes ---------------------------------------------------------------------------

    def create(self, name: str) -> Profile:
        """A new, empty profile.

        Raises:
            ProfileNameRefused: the name cannot be used (empty, too long, a control character).
            ProfileExists: a profile has this name already (letter case aside).
            StorageError: the folder cannot be made.
        """
        return self._profile(self._folders.create(name))

    def rename(self, name: str, new_name: str) -> Profile:
        """The profile ``name`` under ``new_name``, with its whole diary.

        Raises:
            NoSuchProfile, ProfileNameRefused, ProfileExists, StorageError.
        """
        return self._profile(self._folders.rename(self._record(name), new_name))

    def delete(self, name: str, typed: str) -> None:
        """Delete the profile ``name`` and its whole diary, for good, if ``typed`` (what the
        person typed to confirm) is its name again (letter case aside).

        Raises:
            NoSuchProfile; NotConfirmed: ``typed`` is not its name, nothing was deleted;
            StorageError: the folder could not be removed.
        """
        record = self._record(name)
        try:
            confirmed = name_key(clean_name(typed)) == name_key(record.name)
        except LocalizedError:
            confirmed = False
        if not confirmed:
            raise NotConfirmed(record.name)
        self._folders.delete(record)

    # --- helpers ---------------------------------------------------------------------------

    @cached_property
    def _folders(self) -> ProfileFolders:
        return ProfileFolders.open(self.locations)

    def _records(self) -> list[ProfileRecord]:
        records, strays = list_profiles(self.locations)
        for path in strays:
            self._notice(Translatable("profiles.warning.stray", path=path))
        for record in records:
            if record.damaged:
                path = self.locations.profiles_dir / record.slug
                self._notice(Translatable("profiles.warning.damaged", path=path))
        return records

    def _notice(self, notice: Translatable) -> None:
        if notice not in self._notices:
            self._notices.append(notice)

    def _record(self, name: str) -> ProfileRecord:
        records = self._records()
        key = name_key(name)
        for record in records:
            if name_key(record.name) == key:
                return record
        wanted = name.strip()
        if is_slug(wanted):
            for record in records:
                if record.slug == wanted:
                    return record
        raise NoSuchProfile(name, [record.name for record in records])

    def _profile(self, record: ProfileRecord) -> Profile:
        entries = _count_entries(self.locations.for_profile(record.slug))
        return Profile(record.slug, record.name, entries, record.created_at, record.damaged)


def _count_entries(locations: Locations) -> int:
    """How many entry files the profile's diary holds (cheap: names only, nothing read)."""
    try:
        names = os.listdir(locations.entries_dir)
    except OSError:
        return 0
    return sum(1 for name in names if name.endswith(".json") and not name.startswith("."))
