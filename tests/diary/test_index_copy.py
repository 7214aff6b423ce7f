"""A diary copied or restored (new inodes and times, same bytes) is recognised by content.

The index keeps each file's content fingerprint: a file whose identity changed is read as
bytes and compared, never parsed again when its bytes are the ones the row was made from, and
read in full (as the truth) when they are not.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from medarbeider_tui.diary import DiaryStore
from medarbeider_tui.diary import store as store_module
from medarbeider_tui.diary.digest import read_digest
from medarbeider_tui.diary.index import read_index
from medarbeider_tui.paths import Locations

from .helpers import at, copied, make_entry, truth


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Names of the entry files the store parses as entries from now on."""
    seen: list[str] = []
    real = store_module.read_entry_file

    def spy(path: Path, expected_id: str) -> Any:
        seen.append(path.name)
        return real(path, expected_id)

    monkeypatch.setattr(store_module, "read_entry_file", spy)
    real_decode = store_module.decode_entry_file

    def spy_decode(raw: Any, expected_id: str) -> Any:
        seen.append(f"{expected_id}.json")
        return real_decode(raw, expected_id)

    monkeypatch.setattr(store_module, "decode_entry_file", spy_decode)
    yield seen


def fill(store: DiaryStore, count: int = 6) -> None:
    for n in range(count):
        entry = make_entry({"sb1": n % 5 + 1}, now=at(n))
        if n % 2:
            entry.mark_complete(at(n, 14))
        store.save(entry)


@pytest.mark.parametrize("touch", [False, True], ids=["cp -a", "new times"])
def test_a_copied_diary_is_listed_without_parsing_a_file(
    store: DiaryStore, locations: Locations, tmp_path: Path, parsed: list[str], touch: bool
) -> None:
    fill(store)
    expected = store.summaries()
    target = copied(locations, tmp_path, touch=touch)
    parsed.clear()

    listing = DiaryStore.open(target).summaries()
    assert parsed == []
    assert listing == expected == truth(target)
    # The index now holds the copies' identities: the next listing only stats the files.
    index = read_index(target.entries_dir)
    assert index is not None
    for record in index.records.values():
        info = (target.entries_dir / f"{record.summary.id}.json").lstat()
        assert record.signature[0] == info.st_ino


def test_a_copied_file_whose_bytes_changed_is_read_again(
    store: DiaryStore, locations: Locations, tmp_path: Path, parsed: list[str]
) -> None:
    """Same size, same modification time, one letter changed: the fingerprint tells."""
    fill(store)
    store.summaries()
    target = copied(locations, tmp_path)
    victim = sorted(target.entries_dir.glob("*.json"))[0]
    info = victim.stat()
    raw = victim.read_bytes()
    assert b'"nb"' in raw
    victim.write_bytes(raw.replace(b'"nb"', b'"en"', 1))
    os.utime(victim, ns=(info.st_atime_ns, info.st_mtime_ns))
    parsed.clear()

    listing = DiaryStore.open(target).summaries()
    assert parsed == [victim.name]
    assert listing == truth(target)
    assert {s.language for s in listing if f"{s.id}.json" == victim.name} == {"en"}


def test_a_copied_file_that_became_unreadable_is_quarantined(
    store: DiaryStore, locations: Locations, tmp_path: Path
) -> None:
    fill(store, 3)
    store.summaries()
    target = copied(locations, tmp_path)
    victim = sorted(target.entries_dir.glob("*.json"))[0]
    victim.write_bytes(b"{ torn")
    copy_store = DiaryStore.open(target)
    assert len(copy_store.summaries()) == 2
    assert [w.kind for w in copy_store.warnings] == ["quarantined"]


def test_the_index_row_holds_the_results_digest(store: DiaryStore) -> None:
    entry = make_entry({"sb1": 4, "oppgaver": ["a", "b", "c"]})
    entry.results = {
        "self_awareness": {"kind": "mean", "value": 4.0},
        "adaptability": {"kind": "mean", "value": None},
        "hall": {
            "kind": "quadrant",
            "quadrant": None,
            "between": ["proaktiv", "reaktiv"],
            "x": {"score": "adaptability"},
            "y": {"score": "self_awareness"},
        },
        "lavest": {"kind": "rank", "picks": [{"id": "sb1", "value": 4.0}]},
    }
    entry.mark_complete(at(50))
    store.save(entry)
    [summary] = DiaryStore(store.locations).summaries()
    digest = read_digest(summary.digest)
    assert digest is not None
    assert digest.means == {"self_awareness": 4.0, "adaptability": None}
    assert digest.quadrants["hall"].between == ("proaktiv", "reaktiv")
    assert digest.quadrants["hall"].quadrant is None
    assert digest.picks == {"lavest": ("sb1",)}
    assert digest.sizes == {"oppgaver": 3}
    assert digest.pack_version == "1.0.0"
    assert digest.answered == 2
