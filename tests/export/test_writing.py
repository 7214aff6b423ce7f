"""Writing an export: whole or not at all, never over anything, and the real reason on failure.

Issue 9 item 5: on a full disk `diary export -o` left a 0-byte file and the retry said
"already exists"; `-o` naming a folder or /dev/stdout said "already exists" too; `-o -` made a
file called «-». Here the faults are real where that is cheap (a 4 KB tmpfs as root, a folder,
a read-only folder, /dev/stdout), so the messages are the ones a person would read.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from medarbeider_tui.cli import main
from tests.export.conftest import SaveEntry

LONG_TEXT = "Et svar som tar plass. " * 210  # 4,8 KB: with the rest, more than a 4 KB disk holds


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 KB file system (one page of tmpfs), mounted for the test; needs root."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    folder = tmp_path / "small"
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4k", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_a_full_disk_leaves_nothing_and_says_so(
    capsys: pytest.CaptureFixture[str], save_entry: SaveEntry, small_disk: Path
) -> None:
    entry = save_entry(answers={"sb1": 4, "egen-refleksjon": LONG_TEXT})
    target = small_disk / "hall.md"

    code, _, err = run(capsys, "diary", "export", entry.id, "-o", str(target), "--lang", "en")

    assert code == 1
    assert "not enough space" in err
    assert "already exists" not in err
    assert list(small_disk.iterdir()) == []  # no 0-byte file, no temporary file
    code, _, err = run(capsys, "diary", "export", entry.id, "-o", str(target), "--lang", "en")
    assert "already exists" not in err and "not enough space" in err


def test_a_folder_is_called_a_folder(
    capsys: pytest.CaptureFixture[str], save_entry: SaveEntry, tmp_path: Path
) -> None:
    entry = save_entry()
    code, _, err = run(capsys, "diary", "export", entry.id, "-o", str(tmp_path), "--lang", "en")
    assert code == 1
    assert "is a folder" in err and "already exists" not in err
    assert not [p for p in tmp_path.iterdir() if p.name not in ("config", "data")]


def test_dev_stdout_is_not_a_file_to_create(
    capsys: pytest.CaptureFixture[str], save_entry: SaveEntry
) -> None:
    entry = save_entry()
    code, _, err = run(capsys, "diary", "export", entry.id, "-o", "/dev/stdout", "--lang", "en")
    assert code == 1
    assert "-o -" in err and "already exists" not in err


def test_dash_means_standard_output(
    capsys: pytest.CaptureFixture[str],
    save_entry: SaveEntry,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entry = save_entry()
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "diary", "export", entry.id, "-o", "-")
    assert code == 0
    assert out.startswith("# Hall-kvadranten")
    assert not (tmp_path / "-").exists()


def test_no_permission_is_named(
    capsys: pytest.CaptureFixture[str], save_entry: SaveEntry, tmp_path: Path
) -> None:
    entry = save_entry()
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):  # root writes anywhere: use a read-only mount instead
            subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
            subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
            mounted = True
        else:
            mounted = False
        try:
            code, _, err = run(
                capsys, "diary", "export", entry.id, "-o", str(folder / "x.md"), "--lang", "en"
            )
        finally:
            if mounted:
                subprocess.run(["umount", str(folder)], check=True)
    finally:
        folder.chmod(0o700)
    assert code == 1
    assert "cannot write" in err or "read-only" in err
    assert list(folder.iterdir()) == []


def test_a_missing_folder_is_named(
    capsys: pytest.CaptureFixture[str], save_entry: SaveEntry, tmp_path: Path
) -> None:
    entry = save_entry()
    target = tmp_path / "no-such-folder" / "x.md"
    code, _, err = run(capsys, "diary", "export", entry.id, "-o", str(target), "--lang", "en")
    assert code == 1
    assert "does not exist" in err
