"""Private by default: folders 0700 and files 0600, whatever the umask, after every kind of write
(save, conflict copy, index, quarantine, export), and a looser folder found at start is
tightened and reported, by the store and by the CLI.
"""

from __future__ import annotations

import dataclasses
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from medarbeider_tui.cli import main
from medarbeider_tui.diary import DiaryStore
from medarbeider_tui.paths import Locations
from tests.cli.test_cli import WORKED_EXAMPLE
from tests.conftest import TEST_PACK
from tests.diary.helpers import make_entry

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def every_path(folder: Path) -> list[Path]:
    return [folder, *sorted(folder.rglob("*"))]


def assert_all_private(folder: Path) -> None:
    """Every folder under ``folder`` is 0700 and every file 0600."""
    loose = [
        f"{path} {oct(mode(path))}"
        for path in every_path(folder)
        if mode(path) != (0o700 if path.is_dir() else 0o600)
    ]
    assert loose == []


@pytest.fixture(params=[0o000, 0o022, 0o077], ids=["umask-000", "umask-022", "umask-077"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def test_everything_the_store_writes_is_private(locations: Locations, umask: int) -> None:
    store = DiaryStore.open(locations)
    saved = store.save(make_entry())
    other = DiaryStore.open(locations)
    stale = other.load(saved.id)
    stale.answers["other window"] = 1
    saved.answers["this window"] = 1
    store.save(saved)
    other.save(stale)  # a conflict copy
    store.summaries()  # the index
    (locations.entries_dir / "20200101-000000-0badf0.json").write_bytes(b"{")
    store.summaries()  # a quarantined file

    names = {p.name for p in locations.entries_dir.iterdir()}
    assert {".lock", "index.jsonl", "index.cols", "index.trend"} <= names and len(names) == 6
    assert len(list(locations.quarantine_dir.iterdir())) == 1
    assert_all_private(locations.data_dir)


def test_a_whole_exercise_through_the_cli_leaves_only_private_files(
    locations: Locations, umask: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(WORKED_EXAMPLE, encoding="utf-8")
    assert main(["run", "hall", "--pack", str(TEST_PACK), "--answers", str(answers)]) == 0
    assert main(["diary", "list", "--pack", str(TEST_PACK)]) == 0
    capsys.readouterr()
    assert len(list(locations.entries_dir.glob("*.json"))) == 1
    assert_all_private(locations.data_dir)


@pytest.mark.parametrize("loose", [0o644, 0o666, 0o604, 0o640])
def test_a_quarantined_file_is_private_whatever_it_was(locations: Locations, loose: int) -> None:
    store = DiaryStore.open(locations)
    bad = locations.entries_dir / "20200101-000000-0badf0.json"
    bad.write_bytes(b"not json")
    os.chmod(bad, loose)
    os.chmod(locations.quarantine_dir, 0o777)

    store.summaries()

    [moved] = locations.quarantine_dir.iterdir()
    assert moved.read_bytes() == b"not json"
    assert mode(moved) == 0o600
    assert mode(locations.quarantine_dir) == 0o700


def test_a_loose_data_folder_found_at_start_is_tightened_and_reported(
    locations: Locations,
) -> None:
    DiaryStore.open(locations)
    loose = {
        locations.data_dir: 0o755,
        locations.entries_dir: 0o777,
        locations.quarantine_dir: 0o750,
    }
    for folder, folder_mode in loose.items():
        os.chmod(folder, folder_mode)

    store = DiaryStore.open(locations)

    assert [(w.kind, w.path) for w in store.warnings] == [
        ("permissions", folder) for folder in loose
    ]
    assert all(mode(folder) == 0o700 for folder in loose)
    assert DiaryStore.open(locations).warnings == []  # told once: it is fixed now


def test_the_cli_reports_a_loose_folder_on_stderr(
    locations: Locations, capsys: pytest.CaptureFixture[str]
) -> None:
    DiaryStore.open(locations)
    os.chmod(locations.data_dir, 0o755)

    assert main(["diary", "list", "--lang", "en"]) == 0
    out, err = capsys.readouterr()

    assert f"The folder {locations.data_dir} was readable by others" in err
    assert str(locations.data_dir) not in out
    assert mode(locations.data_dir) == 0o700
    assert main(["diary", "list", "--lang", "en"]) == 0
    assert "readable by others" not in capsys.readouterr().err


@pytest.mark.parametrize("via", ["store", "cli"])
def test_a_loose_entry_file_is_tightened_and_reported_even_behind_the_index(
    locations: Locations, capsys: pytest.CaptureFixture[str], via: str
) -> None:
    store = DiaryStore.open(locations)
    saved = store.save(make_entry())
    store.summaries()  # the index now knows the file, as 0600
    path = locations.entries_dir / f"{saved.id}.json"
    os.chmod(path, 0o644)  # changes the file's ctime: the index must notice

    if via == "store":
        again = DiaryStore.open(locations)
        assert [s.id for s in again.summaries()] == [saved.id]
        assert [(w.kind, w.path) for w in again.warnings] == [("permissions", path)]
    else:
        assert main(["diary", "list", "--lang", "en"]) == 0
        assert str(path) in capsys.readouterr().err
    assert mode(path) == 0o600


def test_a_loose_index_is_made_private(locations: Locations) -> None:
    store = DiaryStore.open(locations)
    store.save(make_entry())
    store.summaries()
    index = locations.entries_dir / "index.jsonl"
    os.chmod(index, 0o644)
    DiaryStore.open(locations).summaries()
    assert mode(index) == 0o600


def test_saving_over_a_loose_file_leaves_a_private_one(locations: Locations) -> None:
    store = DiaryStore.open(locations)
    saved = store.save(make_entry())
    os.chmod(locations.entries_dir / f"{saved.id}.json", 0o666)
    again = store.save(dataclasses.replace(saved, answers={"sb1": 1}))
    assert mode(locations.entries_dir / f"{again.id}.json") == 0o600


@pytest.mark.parametrize("fmt", ["markdown", "json"])
def test_an_export_is_private_and_never_overwrites(
    locations: Locations,
    umask: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    fmt: str,
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(WORKED_EXAMPLE, encoding="utf-8")
    pack = ["--pack", str(TEST_PACK)]
    assert main(["run", "hall", *pack, "--answers", str(answers)]) == 0
    [entry] = locations.entries_dir.glob("*.json")
    target = tmp_path / "out" / f"export.{fmt}"
    target.parent.mkdir()
    export = ["diary", "export", entry.stem, "--format", fmt, *pack, "-o"]

    assert main([*export, str(target)]) == 0
    assert mode(target) == 0o600
    first = target.read_bytes()
    assert first

    os.chmod(target, 0o644)
    target.write_bytes(b"mine")
    assert main([*export, str(target)]) == 1  # the file is there: left alone
    assert target.read_bytes() == b"mine" and mode(target) == 0o644
    if hasattr(os, "symlink"):
        elsewhere = tmp_path / "elsewhere.txt"
        elsewhere.write_bytes(b"keep")
        link = target.with_name("link.txt")
        link.symlink_to(elsewhere)
        assert main([*export, str(link)]) == 1  # never written through a link
        assert elsewhere.read_bytes() == b"keep"
    capsys.readouterr()
