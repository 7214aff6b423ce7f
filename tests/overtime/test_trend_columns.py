"""A trend read from the trend columns (``entries/index.trend``) is the trend the index lines
give: on a varied diary, after saves and deletes, and when the file is missing, stale, damaged
or forged (then it is not believed, and the trend is still right)."""

from __future__ import annotations

import json
import shutil
import zlib
from collections.abc import Iterator
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from medarbeider_tui.diary import store as store_module
from medarbeider_tui.diary.columns import COLUMNS_FILE_NAME, Listing, read_columns
from medarbeider_tui.diary.trend_columns import TREND_FILE_NAME, read_trend_columns
from medarbeider_tui.export.overtime_text import trend_lines
from medarbeider_tui.paths import Locations
from medarbeider_tui.report.trends import Trend
from medarbeider_tui.service import ReflectionService
from tests.conftest import HALL_EXAMPLE, TEST_PACK

from .conftest import HALL_LATER, at, complete, rewrite

HALL = ("aktivt-medarbeiderskap", "hall-kvadranten")


@pytest.fixture(autouse=True)
def no_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every service call lists the folder again (each test changes it between trends)."""
    monkeypatch.setattr(store_module, "MEMO_SECONDS", 0.0)


@pytest.fixture
def lines_read(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The body rows whose index lines are read from now on."""
    seen: list[int] = []
    real = store_module.DiaryStore._read_lines

    def spy(self: Any, fd: int, columns: Any, body_end: int, rows: list[int]) -> Any:
        seen.extend(rows)
        return real(self, fd, columns, body_end, rows)

    monkeypatch.setattr(store_module.DiaryStore, "_read_lines", spy)
    yield seen


def by_lines(
    locations: Locations, monkeypatch: pytest.MonkeyPatch, **kwargs: Any
) -> dict[str, Trend]:
    """The trend as the index lines give it (the way before the trend columns), nb and en."""
    with monkeypatch.context() as patch:
        patch.setattr(Listing, "trend_rows", lambda self, positions: [None] * len(positions))
        service = ReflectionService(locations, [TEST_PACK])
        return {lang: service.trend(*HALL, lang, **kwargs) for lang in ("nb", "en")}


def by_columns(locations: Locations, **kwargs: Any) -> dict[str, Trend]:
    service = ReflectionService(locations, [TEST_PACK])
    return {lang: service.trend(*HALL, lang, **kwargs) for lang in ("nb", "en")}


def assert_same(found: dict[str, Trend], expected: dict[str, Trend]) -> None:
    for lang, trend in found.items():
        assert trend == expected[lang]
        for mine, theirs in zip(trend.series, expected[lang].series, strict=True):
            assert list(mine.points) == list(theirs.points)
            assert mine.values == [p.value for p in theirs.points]
            assert mine.first_to_last == theirs.first_to_last
        for mine_trail, their_trail in zip(trend.trails, expected[lang].trails, strict=True):
            assert list(mine_trail.points) == list(their_trail.points)
            assert mine_trail.words(lang) == their_trail.words(lang)
        assert trend_lines(trend, lang) == trend_lines(expected[lang], lang)


def compact(locations: Locations) -> None:
    """Make the next listing rewrite the index, its columns and the trend columns."""
    (locations.entries_dir / COLUMNS_FILE_NAME).unlink(missing_ok=True)
    ReflectionService(locations, [TEST_PACK]).summaries()
    assert (locations.entries_dir / TREND_FILE_NAME).exists()


def varied(service: ReflectionService, locations: Locations) -> list[str]:
    """Hall entries over two years: a changed pack (other statements), a mean with too few
    answers, drafts, another exercise, times in other offsets and written by hand."""
    ids = []
    for month in range(1, 13):
        answers = {**(HALL_LATER if month % 3 else HALL_EXAMPLE), "od1": 1 + month % 5}
        ids.append(complete(service, "hall-kvadranten", answers, at(month, year=2025)).id)
    ids.append(complete(service, "hall-kvadranten", {"sb1": 4, "sb2": 2}, at(2)).id)  # no means
    ids.append(complete(service, "hall-kvadranten", HALL_EXAMPLE, at(3), "en").id)
    for name, key, value in (
        ("prioritering", "oppgaver", ["Rapport"]),
        ("hall-kvadranten", "sb1", 3),
    ):
        [(pack, exercise)] = service.find_exercise(name)
        service.start(pack, exercise, "nb").set_answer(key, value)  # drafts
    # The oldest was made with version 0.9, whose self-awareness had sb1-sb3 only.
    results = dict(service.load(ids[0]).results)
    mean = dict(results["self_awareness"])
    mean["inputs"] = {k: v for k, v in mean["inputs"].items() if k in ("sb1", "sb2", "sb3")}
    mean["value"] = float(Fraction(sum(v["scored"] for v in mean["inputs"].values()), 3))
    results["self_awareness"] = mean
    rewrite(
        locations,
        ids[0],
        {"results": results, "pack": {**_pack(locations, ids[0]), "version": "0.9"}},
    )
    # Times the columns cannot give back as written: kept by the lines, not the trend columns.
    rewrite(locations, ids[4], {"completed_at": "2025-05-03T12:00:00.250000+01:00"})
    rewrite(locations, ids[5], {"completed_at": "2025-06-03T11:00:00Z"})
    rewrite(locations, ids[6], {"completed_at": "2025-07-03T16:30:00+05:30"})
    return ids


def _pack(locations: Locations, entry_id: str) -> dict[str, Any]:
    data = json.loads((locations.entries_dir / f"{entry_id}.json").read_text(encoding="utf-8"))
    return dict(data["pack"])


@pytest.fixture
def diary(isolated_environment: Locations) -> list[str]:
    service = ReflectionService(isolated_environment, [TEST_PACK])
    ids = varied(service, isolated_environment)
    compact(isolated_environment)
    return ids


def test_a_trend_from_the_trend_columns_is_the_trend_of_the_index_lines(
    diary: list[str],
    isolated_environment: Locations,
    monkeypatch: pytest.MonkeyPatch,
    lines_read: list[int],
) -> None:
    expected = by_lines(isolated_environment, monkeypatch)
    lines_read.clear()
    found = by_columns(isolated_environment)
    assert_same(found, expected)
    assert found["nb"].entries == 14 and found["nb"].pack_changes
    assert any(p.bridge for s in found["nb"].series for p in s.points)
    assert any(p.value is None for s in found["nb"].series for p in s.points)
    # Only the two entries whose times the columns do not give back as written (a fraction of
    # a second, «Z») were read from their lines; «+05:30» is given back.
    assert len(lines_read) == 2 * 2  # once per language
    since = {"since": date(2025, 6, 3)}
    assert_same(
        by_columns(isolated_environment, **since),
        by_lines(isolated_environment, monkeypatch, **since),
    )


def test_saves_and_deletes_after_the_trend_columns_are_read_with_them(
    diary: list[str], isolated_environment: Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lines appended since the columns were written (a new entry, a delete) are read from the
    lines; every other row still comes from the trend columns."""
    service = ReflectionService(isolated_environment, [TEST_PACK])
    complete(service, "hall-kvadranten", HALL_LATER, at(9))
    service.delete(diary[3])
    assert (
        read_trend_columns(
            isolated_environment.entries_dir,
            _columns_crc(isolated_environment),
            _rows(isolated_environment),
        )
        is not None
    )  # not rewritten: the listing answers from the columns and the appended lines
    found = by_columns(isolated_environment)
    assert found["nb"].entries == 14
    assert_same(found, by_lines(isolated_environment, monkeypatch))


def test_an_entry_edited_by_hand_is_seen_in_the_trend(
    diary: list[str], isolated_environment: Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    results = dict(ReflectionService(isolated_environment, [TEST_PACK]).load(diary[8]).results)
    results["self_awareness"] = {**results["self_awareness"], "value": 1.5}
    rewrite(isolated_environment, diary[8], {"results": results})
    found = by_columns(isolated_environment)
    assert 1.5 in found["nb"].series[0].values
    assert_same(found, by_lines(isolated_environment, monkeypatch))


def _columns_crc(locations: Locations) -> int:
    stored = read_columns(locations.entries_dir)
    assert stored is not None
    return stored.crc


def _rows(locations: Locations) -> int:
    stored = read_columns(locations.entries_dir)
    assert stored is not None
    return len(stored.columns)


def _trend_file(locations: Locations) -> Path:
    return locations.entries_dir / TREND_FILE_NAME


def test_a_missing_trend_file_is_made_again_from_the_index_lines(
    diary: list[str],
    isolated_environment: Locations,
    monkeypatch: pytest.MonkeyPatch,
    lines_read: list[int],
) -> None:
    """As in a diary whose columns the version before wrote (it had no trend columns): the
    first trend reads every line once and writes the file; the next reads only the file."""
    expected = by_lines(isolated_environment, monkeypatch)
    _trend_file(isolated_environment).unlink()
    lines_read.clear()
    assert_same(by_columns(isolated_environment), expected)
    assert len(set(lines_read)) == _rows(isolated_environment)
    assert _trend_file(isolated_environment).stat().st_mode & 0o777 == 0o600
    lines_read.clear()
    assert_same(by_columns(isolated_environment), expected)
    assert len(lines_read) == 2 * 2


def test_a_trend_file_of_other_columns_is_not_believed(
    diary: list[str], isolated_environment: Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A trend file left from before the index was rewritten (say, restored from a backup
    beside newer columns, as many rows): it names other columns, so it is made again."""
    old = _trend_file(isolated_environment).read_bytes()
    results = dict(ReflectionService(isolated_environment, [TEST_PACK]).load(diary[8]).results)
    results["self_awareness"] = {**results["self_awareness"], "value": 1.5}
    rewrite(isolated_environment, diary[8], {"results": results})
    compact(isolated_environment)
    _trend_file(isolated_environment).write_bytes(old)
    crc, rows = _columns_crc(isolated_environment), _rows(isolated_environment)
    assert read_trend_columns(isolated_environment.entries_dir, crc, rows) is None
    found = by_columns(isolated_environment)
    assert 1.5 in found["nb"].series[0].values
    assert_same(found, by_lines(isolated_environment, monkeypatch))
    assert read_trend_columns(isolated_environment.entries_dir, crc, rows) is not None


@pytest.mark.parametrize("where", [0.1, 0.5, 0.9, 0.999])
def test_a_damaged_trend_file_is_not_believed(
    where: float,
    diary: list[str],
    isolated_environment: Locations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _trend_file(isolated_environment)
    raw = bytearray(path.read_bytes())
    raw[int(len(raw) * where)] ^= 0x10
    path.write_bytes(bytes(raw))
    crc, rows = _columns_crc(isolated_environment), _rows(isolated_environment)
    assert read_trend_columns(isolated_environment.entries_dir, crc, rows) is None
    assert_same(by_columns(isolated_environment), by_lines(isolated_environment, monkeypatch))
    path.write_bytes(bytes(raw[: len(raw) // 2]))  # cut off
    assert_same(by_columns(isolated_environment), by_lines(isolated_environment, monkeypatch))


def _forge(path: Path, change: Any) -> None:
    """Rewrite the trend file with ``change(header, arrays)`` applied and a whole checksum."""
    raw = path.read_bytes()[:-4]
    magic_end = raw.index(b"\n") + 1
    header_end = raw.index(b"\n", magic_end) + 1
    header = json.loads(raw[magic_end:header_end])
    arrays = bytearray(raw[header_end:])
    change(header, arrays)
    body = raw[:magic_end] + json.dumps(header).encode() + b"\n" + bytes(arrays)
    path.write_bytes(body + zlib.crc32(body).to_bytes(4, "little"))


def _bad_name(header: dict[str, Any], arrays: bytearray) -> None:
    header["shapes"][0][1][0] = "\x1b[31mred"


def _bad_mark(header: dict[str, Any], arrays: bytearray) -> None:
    header["shapes"][0][2][0][1] = "not-hex!"


def _infinite(header: dict[str, Any], arrays: bytearray) -> None:
    rows = header["rows"]
    at = rows * 4 + (rows + 1) * 4
    arrays[at : at + 8] = b"\x00\x00\x00\x00\x00\x00\xf0\x7f"  # +inf


def _first_described(header: dict[str, Any], arrays: bytearray) -> int:
    """The first row the file describes (the newest rows are drafts)."""
    shapes = [int.from_bytes(arrays[n * 4 : n * 4 + 4], "little") for n in range(header["rows"])]
    return next(n for n, shape in enumerate(shapes) if shape != 0xFFFFFFFF)


def _shape_out_of_range(header: dict[str, Any], arrays: bytearray) -> None:
    row = _first_described(header, arrays)
    arrays[row * 4 : row * 4 + 4] = (len(header["shapes"]) + 5).to_bytes(4, "little")


def _starts_shifted(header: dict[str, Any], arrays: bytearray) -> None:
    """The row's values end one later than its shape has means."""
    at = header["rows"] * 4 + (_first_described(header, arrays) + 1) * 4
    arrays[at : at + 4] = (int.from_bytes(arrays[at : at + 4], "little") + 1).to_bytes(4, "little")


def _rows_wrong(header: dict[str, Any], arrays: bytearray) -> None:
    header["rows"] += 1


@pytest.mark.parametrize(
    "change", [_bad_name, _bad_mark, _infinite, _shape_out_of_range, _starts_shifted, _rows_wrong]
)
def test_a_forged_trend_file_with_a_whole_checksum_is_not_believed(
    change: Any,
    diary: list[str],
    isolated_environment: Locations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the store never writes (a name with a control character, an infinite mean, a
    shape or a row that is not there) is not shown: the trend is the lines' trend."""
    expected = by_lines(isolated_environment, monkeypatch)
    _forge(_trend_file(isolated_environment), change)
    found = by_columns(isolated_environment)
    assert_same(found, expected)
    assert all("\x1b" not in s.score_id for s in found["nb"].series)


def test_the_trend_columns_survive_a_copied_diary(
    diary: list[str],
    isolated_environment: Locations,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``cp -a``: new inodes, the index rewritten with them, the trend columns with it."""
    expected = by_lines(isolated_environment, monkeypatch)
    copy = Locations(tmp_path / "copy" / "data", tmp_path / "copy" / "config")
    shutil.copytree(isolated_environment.data_dir, copy.data_dir, symlinks=True)
    assert_same(by_columns(copy), expected)
    assert read_trend_columns(copy.entries_dir, _columns_crc(copy), _rows(copy)) is not None
