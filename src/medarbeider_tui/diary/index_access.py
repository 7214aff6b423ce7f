"""Reading the entries folder and its index quickly and safely: shared by the store's listing
and the recognition of a copied diary (`diary/copied.py`)."""

from __future__ import annotations

import os
from pathlib import Path

from medarbeider_tui.diary.columns import Columns
from medarbeider_tui.diary.index import IndexRecord, read_flags
from medarbeider_tui.fsio import PRIVATE_FILE_MODE

_READ_FLAGS = read_flags()


def row_matches(record: IndexRecord, columns: Columns, row: int) -> bool:
    """Whether an index line says what the columns say of its row."""
    s = record.summary
    return (
        s.id == columns.entry_id(row)
        and record.sort_key == columns.keys[row]
        and columns.statuses[row] == (s.status == "complete")
        and columns.group_names[columns.groups[row]] == (s.pack_id, s.exercise)
    )


def latest_by_id(items: list[IndexRecord | str]) -> dict[str, IndexRecord | None]:
    """What lines appended to the index say last of each entry: its record, or None for a
    deletion (a tombstone line holds only the id)."""
    latest: dict[str, IndexRecord | None] = {}
    for item in items:
        if isinstance(item, str):
            latest[item] = None
        else:
            latest[item.summary.id] = item
    return latest


def open_index(path: Path) -> int:
    """The index opened for reading (made private if it was open to others, as `read_index`
    does).

    Raises:
        OSError: it cannot be opened.
    """
    fd = os.open(path, _READ_FLAGS)
    try:
        if os.name == "posix" and os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, PRIVATE_FILE_MODE)
    except OSError:
        os.close(fd)
        raise
    return fd


class FolderStat:
    """``lstat`` of many names in one folder: relative to an open folder where the system can
    (about twice as fast as joining paths, which matters at 100,000 entries)."""

    def __init__(self, folder: Path) -> None:
        self._folder = os.fspath(folder)
        self._fd: int | None = None
        if os.stat in os.supports_dir_fd and os.stat in os.supports_follow_symlinks:
            self._fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))

    def __enter__(self) -> FolderStat:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            os.close(self._fd)

    def lstat(self, name: str) -> os.stat_result:
        if self._fd is None:  # pragma: no cover - Windows
            return os.lstat(os.path.join(self._folder, name))
        return os.stat(name, dir_fd=self._fd, follow_symlinks=False)
