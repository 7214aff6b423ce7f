"""Random damage to the entry index: never an exception, never a wrong listing.

The index (``entries/index.jsonl``) is a cache of each entry's listing fields. Whatever happens
to its bytes (bit flips inside strings, values of the wrong type, times that do not parse,
lines cut off, dropped, repeated or swapped), a listing must equal a full read of the entry
files, because every file here is intact. The damage is done to the bytes the store itself
wrote, so it is the same whatever the row format is.

Examples per test come from the hypothesis profile (``tests/reliability/conftest.py``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

from medarbeider_tui.diary import DiaryStore, EntrySummary, PackRef
from medarbeider_tui.diary import store as store_module
from medarbeider_tui.diary.index import INDEX_FILE_NAME
from medarbeider_tui.diary.listing import status_by_exercise
from medarbeider_tui.paths import Locations
from tests.diary.helpers import PACK, at, make_entry

PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
#: A listing per example writes the repaired index (one fsync): a third of the fuzz budget.
INDEX_PROFILE = settings(PROFILE, max_examples=max(50, PROFILE.max_examples // 3))

OTHER_PACK = PackRef(id="egen-pakke", version="2.1", sha256="")
STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"|-?[0-9][0-9.eE+-]*|null|true|false')
TIME = re.compile(rb'"[0-9]{4}-[0-9]{2}-[0-9]{2}T[^"]*"')
WRONG_VALUES = [b"1", b"-1", b"0", b"1.5", b'"x"', b'""', b"null", b"true", b"[]", b"{}", b'"nb"']
BAD_TIMES = [
    b'""',
    b'"garbage"',
    b'"2026-11-27T13:38:08"',  # no UTC offset: cannot be ordered
    b'"2026-13-45T00:00:00+01:00"',
    b'"2026-11-27T25:00:00+01:00"',
    b'"27.11.2026 13:38"',
    b'"2026-11-27T13:38:08+01:00x"',
]


@dataclass(frozen=True)
class Diary:
    locations: Locations
    index: bytes
    truth: list[EntrySummary]


@pytest.fixture(scope="module")
def diary(tmp_path_factory: pytest.TempPathFactory) -> Diary:
    """Ten entries of two packs and three exercises, drafts and complete, nb and en, saved in
    several UTC offsets; the index built from them; and the listing a full read gives."""
    root = tmp_path_factory.mktemp("index-damage")
    locations = Locations(root / "data", root / "config")
    store = DiaryStore.open(locations)
    kinds = [
        (PACK, "hall-kvadranten"),
        (PACK, "tre-sporsmal"),
        (OTHER_PACK, "hall-kvadranten"),
    ]
    for n in range(10):
        pack, exercise = kinds[n % 3]
        moment = at(n * 5 % 60, hour=8 + n).astimezone(timezone(timedelta(hours=n % 4 - 1)))
        entry = make_entry({"n": n}, exercise=exercise, now=moment)
        entry.pack = pack
        entry.language = "en" if n % 2 else "nb"
        if n % 3 != 1:
            entry.mark_complete(moment + timedelta(minutes=7))
        store.save(entry)
    truth = [e.summary() for e in DiaryStore(locations).entries()]
    assert store.summaries() == truth
    index = (locations.entries_dir / INDEX_FILE_NAME).read_bytes()
    return Diary(locations, index, truth)


# --- damage to the bytes ----------------------------------------------------------------


def split(raw: bytes) -> tuple[bytes, list[bytes]]:
    header, _, body = raw.partition(b"\n")
    return header + b"\n", body.split(b"\n")


def join(header: bytes, lines: list[bytes]) -> bytes:
    return header + b"\n".join(lines)


def data_lines(lines: list[bytes]) -> list[int]:
    return [i for i, line in enumerate(lines) if line]


@st.composite
def flip_in_string(draw: st.DrawFn, raw: bytes) -> bytes:
    """One bit flipped inside one string of one row (an id, exercise, pack, status, time)."""
    header, lines = split(raw)
    number = draw(st.sampled_from(data_lines(lines)))
    spans = [m.span() for m in STRING.finditer(lines[number]) if m.end() - m.start() > 2]
    if not spans:  # earlier damage left no string in this line
        return raw
    start, end = draw(st.sampled_from(spans))
    at_byte = draw(st.integers(start + 1, end - 2))
    bit = draw(st.integers(0, 7))
    line = bytearray(lines[number])
    line[at_byte] ^= 1 << bit
    lines[number] = bytes(line)
    return join(header, lines)


@st.composite
def flip_anywhere(draw: st.DrawFn, raw: bytes) -> bytes:
    position = draw(st.integers(0, len(raw) - 1))
    damaged = bytearray(raw)
    damaged[position] ^= 1 << draw(st.integers(0, 7))
    return bytes(damaged)


@st.composite
def wrong_type(draw: st.DrawFn, raw: bytes) -> bytes:
    """One value of one row (a string, a number, null) replaced by a value of another kind."""
    header, lines = split(raw)
    number = draw(st.sampled_from(data_lines(lines)))
    spans = [m.span() for m in TOKEN.finditer(lines[number])]
    if not spans:
        return raw
    start, end = draw(st.sampled_from(spans))
    value = draw(st.sampled_from(WRONG_VALUES))
    lines[number] = lines[number][:start] + value + lines[number][end:]
    return join(header, lines)


@st.composite
def bad_time(draw: st.DrawFn, raw: bytes) -> bytes:
    """One time of one row replaced by text that is not a time with an offset."""
    header, lines = split(raw)
    number = draw(st.sampled_from(data_lines(lines)))
    spans = [m.span() for m in TIME.finditer(lines[number])]
    if not spans:
        return raw
    start, end = draw(st.sampled_from(spans))
    value = draw(
        st.sampled_from(BAD_TIMES)
        | st.text(max_size=30).map(lambda s: b'"' + s.encode("unicode_escape") + b'"')
    )
    lines[number] = lines[number][:start] + value + lines[number][end:]
    return join(header, lines)


@st.composite
def truncated(draw: st.DrawFn, raw: bytes) -> bytes:
    return raw[: draw(st.integers(0, len(raw) - 1))]


@st.composite
def lines_moved(draw: st.DrawFn, raw: bytes) -> bytes:
    """A line dropped, repeated, or two lines swapped."""
    header, lines = split(raw)
    rows = data_lines(lines)
    first, second = draw(st.sampled_from(rows)), draw(st.sampled_from(rows))
    how = draw(st.sampled_from(["drop", "repeat", "swap"]))
    if how == "drop":
        del lines[first]
    elif how == "repeat":
        lines.insert(second, lines[first])
    else:
        lines[first], lines[second] = lines[second], lines[first]
    return join(header, lines)


DAMAGE = [flip_in_string, flip_anywhere, wrong_type, bad_time, truncated, lines_moved]


@st.composite
def damaged_index(draw: st.DrawFn, raw: bytes) -> bytes:
    """One to three kinds of damage, one after the other (string damage twice as often)."""
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from([flip_in_string, *DAMAGE]))
        if len(data_lines(split(raw)[1])) == 0:
            break
        raw = draw(kind(raw))
    return raw


def listing_of(diary: Diary, index: bytes) -> list[EntrySummary]:
    """What a fresh store lists with ``index`` in place, and everything that reads a listing."""
    (diary.locations.entries_dir / INDEX_FILE_NAME).write_bytes(index)
    store = DiaryStore(diary.locations)
    listing = store.summaries()
    status_by_exercise(listing)
    for pack in (PACK, OTHER_PACK):
        for exercise in ("hall-kvadranten", "tre-sporsmal"):
            store.latest_for(exercise, pack.id)
    assert store.warnings == []
    return listing


@pytest.mark.slow
@given(data=st.data())
@INDEX_PROFILE
def test_a_damaged_index_never_raises_and_never_gives_a_wrong_listing(
    diary: Diary, data: st.DataObject
) -> None:
    damaged = data.draw(damaged_index(diary.index))
    note(f"damaged index:\n{damaged.decode('utf-8', 'backslashreplace')}")
    assert listing_of(diary, damaged) == diary.truth
    assert listing_of(diary, diary.index) == diary.truth  # and the next listing too


@pytest.mark.parametrize("kind", DAMAGE, ids=lambda f: f.__name__)
def test_each_kind_of_damage_is_survived(diary: Diary, kind: object) -> None:
    """Every kind at least once, whatever the profile draws."""

    @given(data=st.data())
    @settings(INDEX_PROFILE, max_examples=25)
    def check(data: st.DataObject) -> None:
        damaged = data.draw(kind(diary.index))  # type: ignore[operator]
        assert listing_of(diary, damaged) == diary.truth

    check()


def test_the_index_of_the_fixture_is_used(diary: Diary, monkeypatch: pytest.MonkeyPatch) -> None:
    """The damage tests test the index: an intact one answers without reading a file."""
    read: list[str] = []
    real = store_module.read_entry_file

    def spy(path: Path, expected_id: str) -> object:
        read.append(path.name)
        return real(path, expected_id)

    monkeypatch.setattr(store_module, "read_entry_file", spy)
    assert listing_of(diary, diary.index) == diary.truth
    assert read == []
