"""The diary: people's answers as local, private JSON entries that are never lost.

Plain Python (no Textual): `Entry` is the model, `DiaryStore` keeps entries on disk. The file
format is documented in ``docs/diary-format.md``.
"""

from medarbeider_tui.diary.entry import (
    SCHEMA_VERSION,
    Entry,
    EntryFormatError,
    EntrySummary,
    PackRef,
    new_entry,
)
from medarbeider_tui.diary.store import (
    DiaryStore,
    DiaryUnavailable,
    EntryDeleted,
    EntryNotFound,
    StoreWarning,
)

__all__ = [
    "SCHEMA_VERSION",
    "DiaryStore",
    "DiaryUnavailable",
    "Entry",
    "EntryDeleted",
    "EntryFormatError",
    "EntryNotFound",
    "EntrySummary",
    "PackRef",
    "StoreWarning",
    "new_entry",
]
