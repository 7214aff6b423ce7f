"""Small builders the diary tests share."""

from __future__ import annotations

import json
import os
import shutil
import stat
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from medarbeider_tui.diary import DiaryStore, Entry, EntrySummary, PackRef, new_entry
from medarbeider_tui.paths import Locations

GOLDEN = Path(__file__).parent / "golden"
OSLO_WINTER = timezone(timedelta(hours=1))
PACK = PackRef(id="aktivt-medarbeiderskap", version="1.0.0", sha256="ab" * 32)


def golden(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLDEN / name).read_text(encoding="utf-8"))
    return data


def at(minute: int, hour: int = 13) -> datetime:
    return datetime(2026, 11, 27, hour, minute, 8, tzinfo=OSLO_WINTER)


def make_entry(
    answers: dict[str, Any] | None = None,
    exercise: str = "hall-kvadranten",
    now: datetime | None = None,
) -> Entry:
    entry = new_entry(PACK, exercise, "nb", now=now or at(38))
    entry.answers = dict(answers or {"sb1": 4, "sb2": 3})
    return entry


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def truth(locations: Locations) -> list[EntrySummary]:
    """The listing from reading every file, in a store that has never seen the index."""
    return [e.summary() for e in DiaryStore(locations).entries()]


def copied(locations: Locations, tmp_path: Path, *, touch: bool = False) -> Locations:
    """The data folder copied as ``cp -a`` copies it (new inodes and change times, the same
    bytes and modification times), or with new modification times as some sync tools leave
    them (``touch``)."""
    target = Locations(tmp_path / "copy" / "data", tmp_path / "copy" / "config")
    shutil.copytree(locations.data_dir, target.data_dir, symlinks=True)
    if touch:
        later = time.time() + 60
        for path in target.entries_dir.glob("*.json"):
            os.utime(path, (later, later))
    return target
