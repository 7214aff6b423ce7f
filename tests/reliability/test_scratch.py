"""Editor scratch files a crashed run left behind are found and offered back (issue 9, item 10,
the domain part), and removed only when the interface asks."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from medarbeider_tui.fsio import (
    STALE_SCRATCH_SECONDS,
    ScratchText,
    discard_scratch,
    find_scratch_texts,
    new_scratch_file,
)
from medarbeider_tui.paths import Locations

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX pids and modes")


@pytest.fixture
def scratch(locations: Locations) -> Path:
    return locations.scratch_dir


def crashed_editor(scratch: Path, text: str) -> Path:
    """What the TUI leaves when it dies with the editor open: a child makes the scratch file
    and is killed (so its pid is gone)."""
    code = (
        "import os, sys\nfrom pathlib import Path\n"
        "from medarbeider_tui.fsio import new_scratch_file\n"
        "print(new_scratch_file(Path(sys.argv[1]), sys.argv[2]), flush=True)\n"
        "os.kill(os.getpid(), 9)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(scratch), text], capture_output=True, text=True, timeout=60
    )
    return Path(done.stdout.strip())


def test_the_text_of_a_crashed_run_is_found_and_stays_until_discarded(scratch: Path) -> None:
    path = crashed_editor(scratch, "Be lederen om en prioritering.\nOg si nei oftere.")
    assert path.is_file() and path.parent == scratch

    [found] = find_scratch_texts(scratch)
    assert found.text == "Be lederen om en prioritering.\nOg si nei oftere."
    assert found.path == path
    assert find_scratch_texts(scratch) == [found]  # finding removes nothing
    assert path.exists()

    assert discard_scratch(found)
    assert not path.exists()
    assert find_scratch_texts(scratch) == []


def test_files_of_the_old_name_and_editor_rescue_files_are_found(scratch: Path) -> None:
    """``tempfile.mkstemp`` names (what the TUI writes today) and nano's ``.save`` file."""
    scratch.mkdir(parents=True)
    (scratch / "svar-k2j4_x9a.md").write_text("fra i går\n\n", encoding="utf-8")
    (scratch / "svar-k2j4_x9a.md.save").write_text("det nano reddet\n", encoding="utf-8")
    os.utime(scratch / "svar-k2j4_x9a.md", (1, 1))
    texts = [f.text for f in find_scratch_texts(scratch)]
    assert texts == ["fra i går", "det nano reddet"]  # oldest first


@posix_only
def test_a_live_runs_file_is_left_alone(scratch: Path) -> None:
    """Another terminal has its editor open right now: its text is not offered here."""
    live = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)"], stdin=subprocess.DEVNULL
    )
    try:
        scratch.mkdir(parents=True)
        mine = scratch / f"svar-{live.pid}-0123abcd.md"
        mine.write_text("skrives nå", encoding="utf-8")
        assert find_scratch_texts(scratch) == []
        later = time.time() + STALE_SCRATCH_SECONDS + 60  # unless it is a day old: pid reused
        assert [f.text for f in find_scratch_texts(scratch, now=later)] == ["skrives nå"]
    finally:
        live.kill()
        live.wait()
    assert [f.text for f in find_scratch_texts(scratch)] == ["skrives nå"]


def test_a_file_changed_after_it_was_found_is_not_discarded(scratch: Path) -> None:
    path = crashed_editor(scratch, "først")
    [found] = find_scratch_texts(scratch)
    time.sleep(0.01)
    path.write_text("skrevet om igjen, og lenger\n", encoding="utf-8")
    assert not discard_scratch(found)
    assert path.exists()
    assert discard_scratch(ScratchText(found.path, "", 0, (0, 0, 0))) is False
    path.unlink()
    assert discard_scratch(found)  # gone already: nothing left to do


@posix_only
def test_only_own_regular_files_of_the_right_name_are_read(scratch: Path, tmp_path: Path) -> None:
    scratch.mkdir(parents=True)
    secret = tmp_path / "secret.txt"
    secret.write_text("not an answer", encoding="utf-8")
    (scratch / "svar-aaaaaaaa.md").symlink_to(secret)
    (scratch / "svar-bbbbbbbb.md").mkdir()
    os.mkfifo(scratch / "svar-cccccccc.md")  # must not hang the start
    (scratch / "notes.md").write_text("someone else's", encoding="utf-8")
    (scratch / "svar-dddddddd.md").write_bytes(b"half an \xe6 answer")
    if os.geteuid() == 0:
        (scratch / "svar-eeeeeeee.md").write_text("theirs", encoding="utf-8")
        os.chown(scratch / "svar-eeeeeeee.md", 54321, 54321)
    assert [f.text for f in find_scratch_texts(scratch)] == ["half an \ufffd answer"]


def test_a_new_scratch_file_is_private_and_ends_in_a_newline(scratch: Path) -> None:
    path = new_scratch_file(scratch, "tekst")
    assert path.read_text(encoding="utf-8") == "tekst\n"
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
        assert scratch.stat().st_mode & 0o777 == 0o700
    assert new_scratch_file(scratch, "").read_bytes() == b""


def test_no_scratch_folder_means_nothing_to_offer(scratch: Path) -> None:
    assert not scratch.exists()
    assert find_scratch_texts(scratch) == []
