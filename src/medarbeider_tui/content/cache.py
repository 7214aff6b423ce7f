"""A cache of validated packs, so that starting medarbeider does not re-read all the YAML.

Parsing and checking the built-in pack costs more than the rest of a command's start-up put
together, and the pack rarely changes. A validated pack (with its warnings) is pickled under
the cache folder, keyed by the identity of every YAML file in the pack folder and of the
content code itself: inode, size, modification and change time. Any change, in a pack or in
medarbeider, misses the cache and the pack is read and checked again; the change time catches
an edit that keeps the size and modification time (``cp -p``, an editor restoring the time),
the inode one that renames a new file over the old. The key is taken *before* the pack is
read, so a file saved while it is being read leaves a key that no longer matches. The cache is
only ever a shortcut: a missing, foreign, stale or unreadable cache file means a normal load,
never an error.

Beside the pack, the file keeps its listing (`content.listing`: titles, exercises, minutes),
and the pack itself as a pickle inside the pickle: a list (``packs list``, the home screen's
first frame) unpickles only the listing and never imports the content model (issue 17).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medarbeider_tui.content.listing import PackListing
from medarbeider_tui.content.text import Text

if TYPE_CHECKING:
    from medarbeider_tui.content import model as m
    from medarbeider_tui.content.errors import PackProblem

# 2: problems carry Translatable messages; 3: exercises have cards; 4: format 2;
# 5: the listing beside the pack, the pack pickled inside
CACHE_FORMAT = 5
_CODE = Path(__file__).resolve().parent
_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def fingerprint(folder: Path) -> str | None:
    """What a pack is built from: its files and the content code, by inode, size and times.

    None when a file cannot be looked at (it vanished meanwhile): such a pack is not cached.
    """
    digest = hashlib.sha256(
        f"{CACHE_FORMAT}\0{folder.resolve()}\0".encode("utf-8", "surrogateescape")
    )
    try:
        for root in (folder, _CODE):
            for path in sorted(root.rglob("*.y*ml" if root is folder else "*.py")):
                info = path.stat()
                digest.update(
                    f"{path}\0{info.st_ino}\0{info.st_size}\0{info.st_mtime_ns}\0"
                    f"{info.st_ctime_ns}\0".encode("utf-8", "surrogateescape")
                )
    except OSError:
        return None
    return digest.hexdigest()


def _cache_file(cache_dir: Path, folder: Path) -> Path:
    name = hashlib.sha256(os.fsencode(folder.resolve())).hexdigest()[:32]
    return cache_dir / f"pack-{name}.pickle"


def load(
    cache_dir: Path, folder: Path, key: str | None = None
) -> tuple[m.Pack, list[PackProblem]] | None:
    """The cached pack of ``folder`` if it is still current, else None.

    ``key`` is the folder's `fingerprint` if the caller took it already (to store under it
    after a miss); otherwise it is taken here.
    """
    from medarbeider_tui.content import model as m

    stored = _read(cache_dir, folder, key)
    if stored is None:
        return None
    try:
        pack, warnings = pickle.loads(stored[1])
    except _UNPICKLING_ERRORS:
        return None
    if not isinstance(pack, m.Pack):
        return None
    return pack, warnings


def load_listing(cache_dir: Path, folder: Path) -> PackListing | None:
    """The listing of ``folder``'s cached pack if it is still current, else None: the pack
    itself stays pickled (and the content model unimported)."""
    stored = _read(cache_dir, folder, None)
    return stored[0] if stored is not None else None


_UNPICKLING_ERRORS = (
    OSError,
    ValueError,
    EOFError,
    pickle.UnpicklingError,
    AttributeError,
    ImportError,
    TypeError,
    IndexError,
)


def _read(cache_dir: Path, folder: Path, key: str | None) -> tuple[PackListing, bytes] | None:
    """The listing and the pickled pack stored for ``folder``, if stored under its current
    key (``key``, else taken now) in a file of our own."""
    key = key or fingerprint(folder)
    if key is None:
        return None
    try:
        fd = os.open(_cache_file(cache_dir, folder), _READ_FLAGS)
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            # Only our own private regular file (checked on what was opened, links not
            # followed): pickles run code when loaded.
            if (
                not stat.S_ISREG(info.st_mode)
                or info.st_mode & 0o077
                or (hasattr(os, "geteuid") and info.st_uid != os.geteuid())
            ):
                return None
            stored_key, listing, pack = pickle.load(handle)
    except _UNPICKLING_ERRORS:
        return None
    if stored_key != key or not isinstance(listing, PackListing) or not isinstance(pack, bytes):
        return None
    return listing, pack


def store(
    cache_dir: Path, folder: Path, pack: m.Pack, warnings: list[PackProblem], key: str
) -> None:
    """Keep a validated pack for the next start; a failure to cache is not worth a word.

    ``key`` is the `fingerprint` taken before the pack was read: taken after, it would name
    files saved meanwhile, and the cache would serve the older pack as theirs.
    """
    from medarbeider_tui.fsio import ensure_private_dir, write_private_file

    try:
        ensure_private_dir(cache_dir)
        inner = pickle.dumps((_without_nodes(pack), warnings), protocol=pickle.HIGHEST_PROTOCOL)
        listing = PackListing.of(pack)
        data = pickle.dumps((key, listing, inner), protocol=pickle.HIGHEST_PROTOCOL)
        write_private_file(cache_dir, _cache_file(cache_dir, folder).name, data)
    except (OSError, pickle.PicklingError, RecursionError):
        return


def _without_nodes(value: Any) -> Any:
    """A copy without the YAML nodes kept for error locations (they are only for validation)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: (None if f.name == "node" else _without_nodes(getattr(value, f.name)))
            for f in dataclasses.fields(value)
            if f.init
        }
        return dataclasses.replace(value, **changes)
    if isinstance(value, list):
        return [_without_nodes(v) for v in value]
    if isinstance(value, dict) and not isinstance(value, Text):
        return {k: _without_nodes(v) for k, v in value.items()}
    return value
