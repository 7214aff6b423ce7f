"""Profile folders: one diary per person a coach works with, each in its own private folder.

A profile's name is data (a client's name or initials, typed by a person): it is kept as its
display name, in ``profiles/<slug>/profile.json``, and never used as a path. The folder's name
is a slug made from it (ASCII letters, digits and «-», at most 40 characters), numbered when two
names give the same slug («ase», «ase-2»), so no name can reach outside ``profiles/``. Two names
that differ only in case or in how their letters are composed are the same name (a person who
types «åse» means «Åse»).

Creating, renaming and deleting take the folder's lock, so two windows cannot make the same
slug twice. A profile appears whole (its folder is made under a hidden name and then renamed),
a rename writes the new name into the folder and then moves the folder in one rename, and a
delete first renames the folder to a hidden name (the profile is gone at once) and then removes
it. The default, unnamed profile is not here: its diary is the top of the data folder.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from medarbeider_tui.diary.locking import FolderLock
from medarbeider_tui.fsio import (
    PRIVATE_DIR_MODE,
    StorageError,
    ensure_chosen_folder,
    ensure_private_dir,
    fsync_dir,
    pid_alive,
    write_private_file,
)
from medarbeider_tui.i18n import LocalizedError, Shortened
from medarbeider_tui.paths import Locations
from medarbeider_tui.safe_text import is_safe

PROFILE_FILE = "profile.json"
PROFILE_SCHEMA_VERSION = 1
#: A name is a person's name or initials: 80 characters is more than enough, and keeps lists
#: and confirmations readable.
MAX_NAME_LENGTH = 80
MAX_SLUG_LENGTH = 40
MAX_PROFILE_FILE_BYTES = 64 * 1024
#: The slug when a name has no letter or digit that ASCII can write («..», «王伟»).
FALLBACK_SLUG = "profile"
#: Names Windows keeps for devices: a folder may not be called so there.
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))}
)
#: Letters NFKD does not take apart into a base letter and a mark.
_LETTERS = str.maketrans(
    {"æ": "ae", "ø": "o", "ß": "ss", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "œ": "oe", "ı": "i"}
)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_SLUG = re.compile(rf"\A[a-z0-9](?:[a-z0-9-]{{0,{MAX_SLUG_LENGTH - 2}}}[a-z0-9])?\Z")
#: Hidden folders of a create or delete in progress: ``.new-<pid>-<hex>``, ``.gone-<pid>-<hex>``.
_WORK_RE = re.compile(r"\A\.(?:new|gone)-(?P<pid>[0-9]{1,10})-[0-9a-f]{8}\Z")


class ProfileNameRefused(LocalizedError):
    """The name cannot be a profile's name: empty, too long, or holding a control character."""


class ProfileExists(LocalizedError):
    """Another profile already has this name (letter case aside)."""

    def __init__(self, name: str) -> None:
        super().__init__("profiles.exists", name=Shortened(name, 80))


@dataclass(frozen=True)
class ProfileRecord:
    """One named profile as its folder says."""

    slug: str
    name: str
    """As the person typed it (NFC); shown through the front ends' safe-text path."""
    created_at: str | None
    damaged: bool = False
    """Its ``profile.json`` is missing or unreadable: ``name`` is then the slug. The diary in
    the folder is untouched; renaming the profile writes a new ``profile.json``."""


def clean_name(name: str) -> str:
    """``name`` as kept: composed (NFC) and without surrounding space.

    Raises:
        ProfileNameRefused: empty, longer than `MAX_NAME_LENGTH`, or holding a control
            character, a line break or a direction override (which would make the name read
            differently from what it holds on a shared screen).
    """
    cleaned = unicodedata.normalize("NFC", name).strip()
    if not cleaned:
        raise ProfileNameRefused("profiles.name.empty")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ProfileNameRefused(
            "profiles.name.too_long", length=len(cleaned), limit=MAX_NAME_LENGTH
        )
    bad = next((c for c in cleaned if not is_safe(c) or c in "\n\t"), None)
    if bad is not None:
        raise ProfileNameRefused("profiles.name.control", char=f"U+{ord(bad):04X}")
    return cleaned


def name_key(name: str) -> str:
    """What makes two names the same name: letter case and composition aside."""
    return unicodedata.normalize("NFC", name).strip().casefold()


def slug_base(name: str) -> str:
    """The slug a name would like: «Åse Ødegård» → «ase-odegard», «..» → «profile»."""
    folded = unicodedata.normalize("NFKD", name.casefold().translate(_LETTERS))
    ascii_only = "".join(c for c in folded if not unicodedata.combining(c)).encode(
        "ascii", "ignore"
    )
    slug = _NOT_SLUG.sub("-", ascii_only.decode("ascii").lower()).strip("-")
    slug = slug[:MAX_SLUG_LENGTH].rstrip("-") or FALLBACK_SLUG
    return f"{slug}-p" if slug in _RESERVED else slug


def free_slug(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` … (cut to fit), whichever no folder has."""
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = base[: MAX_SLUG_LENGTH - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        number += 1


def is_slug(text: str) -> bool:
    """Whether ``text`` could be a profile folder's name (so it can be looked up as one)."""
    return _SLUG.match(text) is not None


def list_profiles(locations: Locations) -> tuple[list[ProfileRecord], list[Path]]:
    """Every named profile, by name; and the things in ``profiles/`` that are not one (a link,
    a file), left as they are. Creates nothing: with no ``profiles/`` folder there are none.
    """
    root = locations.profiles_dir
    try:
        names = sorted(os.listdir(root))
    except (FileNotFoundError, NotADirectoryError):
        return [], []
    except OSError as exc:
        raise StorageError.from_os_error(exc, root) from exc
    found: list[ProfileRecord] = []
    strays: list[Path] = []
    for name in names:
        if name.startswith("."):
            continue  # the lock, and creates or deletes in progress
        path = root / name
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            continue  # deleted meanwhile
        if not stat.S_ISDIR(info.st_mode) or not is_slug(name):
            strays.append(path)
            continue
        found.append(_read_record(path))
    found.sort(key=lambda record: (name_key(record.name), record.slug))
    return found, strays


def _read_record(folder: Path) -> ProfileRecord:
    slug = folder.name
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(folder / PROFILE_FILE, flags | getattr(os, "O_CLOEXEC", 0))
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_PROFILE_FILE_BYTES:
                raise ValueError("not a profile file")
            raw = os.read(fd, MAX_PROFILE_FILE_BYTES + 1)
        finally:
            os.close(fd)
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("schema_version") != PROFILE_SCHEMA_VERSION:
            raise ValueError("not a profile file")
        name, created = data.get("name"), data.get("created_at")
        if not isinstance(name, str) or not (created is None or isinstance(created, str)):
            raise ValueError("not a profile file")
        return ProfileRecord(slug, clean_name(name), created)
    except (OSError, ValueError, ProfileNameRefused, RecursionError):
        return ProfileRecord(slug, slug, None, damaged=True)


def _profile_bytes(name: str, created_at: str | None) -> bytes:
    body = {"schema_version": PROFILE_SCHEMA_VERSION, "name": name, "created_at": created_at}
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


class ProfileFolders:
    """Creating, renaming and deleting profile folders, one at a time (under a lock)."""

    def __init__(self, locations: Locations) -> None:
        self.locations = locations
        self.root = locations.profiles_dir
        self._lock = FolderLock(self.root / ".lock")

    @classmethod
    def open(cls, locations: Locations) -> ProfileFolders:
        """Check the data folder and make ``profiles/`` (0700) for a change.

        Raises:
            StorageError: the data folder or ``profiles/`` cannot be used.
        """
        ensure_chosen_folder(locations.data_dir, home=locations.home)
        ensure_private_dir(locations.profiles_dir)
        return cls(locations)

    def create(self, name: str) -> ProfileRecord:
        """A new, empty profile named ``name``.

        Raises:
            ProfileNameRefused, ProfileExists; StorageError: the folder could not be made.
        """
        cleaned = clean_name(name)
        with self._locked():
            records, _ = list_profiles(self.locations)
            self._refuse_taken(cleaned, records)
            slug = free_slug(slug_base(cleaned), self._taken())
            work = self.root / _work_name("new")
            try:
                os.mkdir(work, PRIVATE_DIR_MODE)
                os.chmod(work, PRIVATE_DIR_MODE)
                write_private_file(work, PROFILE_FILE, _profile_bytes(cleaned, _now()))
                os.rename(work, self.root / slug)
            except OSError as exc:
                shutil.rmtree(work, ignore_errors=True)
                raise StorageError.from_os_error(exc, self.root) from exc
            fsync_dir(self.root)
        return _read_record(self.root / slug)

    def rename(self, record: ProfileRecord, new_name: str) -> ProfileRecord:
        """``record`` under ``new_name``; its folder moves to the new name's slug in one
        rename, with everything in it. The old slug is kept when the new name gives it too.

        Raises:
            ProfileNameRefused, ProfileExists; StorageError: nothing was changed.
        """
        cleaned = clean_name(new_name)
        with self._locked():
            records, _ = list_profiles(self.locations)
            self._refuse_taken(cleaned, [r for r in records if r.slug != record.slug])
            old = self.root / record.slug
            base = slug_base(cleaned)
            keep = record.slug == base or (
                record.slug.startswith(f"{base}-") and record.slug[len(base) + 1 :].isdigit()
            )
            slug = record.slug if keep else free_slug(base, self._taken() - {record.slug})
            try:
                write_private_file(old, PROFILE_FILE, _profile_bytes(cleaned, record.created_at))
            except OSError as exc:
                raise StorageError.from_os_error(exc, old) from exc
            if slug != record.slug:
                try:
                    os.rename(old, self.root / slug)  # a folder onto a taken name fails
                except OSError as exc:
                    with contextlib.suppress(OSError):
                        previous = _profile_bytes(record.name, record.created_at)
                        write_private_file(old, PROFILE_FILE, previous)
                    raise StorageError.from_os_error(exc, old) from exc
                fsync_dir(self.root)
        return _read_record(self.root / slug)

    def delete(self, record: ProfileRecord) -> None:
        """Remove the profile and everything in its folder, for good.

        The folder is first renamed to a hidden name, so the profile is gone at once even if
        removing its files is cut short; what is left of it is removed by the next change.

        Raises:
            StorageError: the folder could not be moved; nothing was removed.
        """
        with self._locked():
            folder = self.root / record.slug
            gone = self.root / _work_name("gone")
            try:
                os.rename(folder, gone)
            except FileNotFoundError:
                return  # deleted already
            except OSError as exc:
                raise StorageError.from_os_error(exc, folder) from exc
            fsync_dir(self.root)
            shutil.rmtree(gone, ignore_errors=True)

    # --- helpers ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            with self._lock:
                self._sweep()
                yield
        except StorageError:
            raise
        except OSError as exc:  # the lock file itself (a read-only folder)
            raise StorageError.from_os_error(exc, self.root) from exc

    def _taken(self) -> set[str]:
        """Every name in ``profiles/`` (folders, files, links): a slug must be none of them."""
        return {name.casefold() for name in os.listdir(self.root)}

    @staticmethod
    def _refuse_taken(name: str, records: list[ProfileRecord]) -> None:
        key = name_key(name)
        for record in records:
            if name_key(record.name) == key:
                raise ProfileExists(record.name)

    def _sweep(self) -> None:
        """Remove what a create or delete cut short left (its process is gone)."""
        for name in os.listdir(self.root):
            match = _WORK_RE.match(name)
            if match and not pid_alive(int(match["pid"])):
                shutil.rmtree(self.root / name, ignore_errors=True)


def _work_name(kind: str) -> str:
    return f".{kind}-{os.getpid()}-{secrets.token_hex(4)}"


__all__ = [
    "MAX_NAME_LENGTH",
    "ProfileExists",
    "ProfileFolders",
    "ProfileNameRefused",
    "ProfileRecord",
    "clean_name",
    "free_slug",
    "is_slug",
    "list_profiles",
    "name_key",
    "slug_base",
]
