"""A cache of validated packs, so that starting medarbeider does not re-read all the YAML.

Parsing and checking the built-in pack costs more than the rest of a command's start-up put
together, and the pack rarely changes. A validated pack (with its warnings) is pickled under
the cache folder, keyed by the size and modification time of every YAML file in the pack
folder and of the content code itself; any change, in a pack or in medarbeider, misses the
cache and the pack is read and checked again. The cache is only ever a shortcut: a missing,
foreign, stale or unreadable cache file means a normal load, never an error.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
from pathlib import Path
from typing import Any

from medarbeider_tui.content import model as m
from medarbeider_tui.content.errors import PackProblem
from medarbeider_tui.content.text import Text

CACHE_FORMAT = 2  # 2: problems carry Translatable messages
_CODE = Path(__file__).resolve().parent


def fingerprint(folder: Path) -> str:
    """What the cached pack was built from: pack files and the content code, by size and time."""
    digest = hashlib.sha256(f"{CACHE_FORMAT}\0{folder.resolve()}\0".encode())
    for root in (folder, _CODE):
        for path in sorted(root.rglob("*.y*ml" if root is folder else "*.py")):
            info = path.stat()
            digest.update(f"{path}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def _cache_file(cache_dir: Path, folder: Path) -> Path:
    name = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:32]
    return cache_dir / f"pack-{name}.pickle"


def load(cache_dir: Path, folder: Path) -> tuple[m.Pack, list[PackProblem]] | None:
    """The cached pack of ``folder`` if it is still current, else None."""
    path = _cache_file(cache_dir, folder)
    try:
        key = fingerprint(folder)
        info = path.lstat()
        # Only our own private file: pickles run code when loaded.
        if info.st_uid != os.getuid() or info.st_mode & 0o077 or not path.is_file():
            return None
        with path.open("rb") as handle:
            stored_key, pack, warnings = pickle.load(handle)
    except (
        OSError,
        ValueError,
        EOFError,
        pickle.UnpicklingError,
        AttributeError,
        ImportError,
        TypeError,
        IndexError,
    ):
        return None
    if stored_key != key or not isinstance(pack, m.Pack):
        return None
    return pack, warnings


def store(cache_dir: Path, folder: Path, pack: m.Pack, warnings: list[PackProblem]) -> None:
    """Keep a validated pack for the next start; a failure to cache is not worth a word."""
    from medarbeider_tui.fsio import ensure_private_dir, write_private_file

    try:
        ensure_private_dir(cache_dir)
        data = pickle.dumps(
            (fingerprint(folder), _without_nodes(pack), warnings), protocol=pickle.HIGHEST_PROTOCOL
        )
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
