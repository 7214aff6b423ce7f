"""Storage faults through the command line: one clear message in nb or en, exit 1, nothing
half-written (issue 9, item 4).

- Real faults, as root, each in its own process: a read-only data folder (a read-only bind
  mount), a data folder that belongs to another user, and a full disk (a 1 MB tmpfs filled to
  the last byte) under ``run --answers``, ``run --plain`` and ``diary delete``.
- Injected faults, in-process through ``cli.main``: every write-side system call of a save
  (``os.open``, ``fchmod``, ``write``, ``fsync``, ``replace``) fails in turn with ENOSPC, EROFS
  and EACCES under ``run --answers`` and ``diary delete --yes``.

After each: exit 1, one message that names the folder and what to do, no traceback, no temp
file, no entry half-saved (the earlier ones intact), and a retry once the fault is gone works.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from medarbeider_tui.cli import main
from medarbeider_tui.paths import Locations
from tests.cli.test_cli import WORKED_EXAMPLE
from tests.conftest import TEST_PACK
from tests.hostile import assert_clean, run_cli
from tests.reliability.test_data_folder import OTHER_UID, read_only, snapshot
from tests.reliability.test_storage_faults import fill, small_disk

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file systems and owners")
as_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="needs root: to mount a read-only or a small file system, or to chown a folder",
)
PACK = ["--pack", str(TEST_PACK)]
MESSAGES = {
    "read_only": {"nb": "ligger på en skrivebeskyttet disk", "en": "is on a read-only disk"},
    "foreign_owner": {"nb": "tilhører en annen bruker", "en": "belongs to another user"},
    "no_space": {"nb": "Disken er full", "en": "The disk is full"},
    "denied": {"nb": "har ikke tilgang til", "en": "has no access to"},
}


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    path = tmp_path / "answers.yaml"
    path.write_text(WORKED_EXAMPLE, encoding="utf-8")
    return path


def told(done: subprocess.CompletedProcess[bytes], reason: str, language: str) -> str:
    """Exit 1 and the one message for ``reason`` in ``language``, on stderr."""
    assert_clean(done)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 1, err
    assert MESSAGES[reason][language] in err, err
    assert "Exception ignored" not in err
    return err


def entries(data: Path) -> dict[str, bytes]:
    folder = data / "entries"
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.exists() else {}


def leftovers(data: Path) -> list[str]:
    """Temp files and quarantined files: a failed save must leave neither."""
    found = (
        [p.name for p in (data / "entries").glob("*.tmp")] if (data / "entries").exists() else []
    )
    quarantine = data / "quarantine"
    return found + ([p.name for p in quarantine.iterdir()] if quarantine.exists() else [])


# --- real faults, as root -----------------------------------------------------------------


@pytest.mark.slow
@as_root
@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_read_only_data_folder(tmp_path: Path, answers: Path, language: str) -> None:
    data = tmp_path / "data"
    env = {"MEDARBEIDER_DATA_DIR": str(data)}
    assert run_cli("run", "hall", *PACK, "--answers", answers, env=env).returncode == 0
    [entry_id] = [name[:-5] for name in entries(data) if name.endswith(".json")]
    before = snapshot(data)
    with read_only(data):
        for args in (
            ["diary", "list"],
            ["run", "hall", *PACK, "--answers", str(answers)],
            ["diary", "delete", entry_id, "--yes"],
        ):
            err = told(run_cli(*args, "--lang", language, env=env), "read_only", language)
            assert "MEDARBEIDER_DATA_DIR=" in err
        assert snapshot(data) == before


@pytest.mark.slow
@as_root
@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_data_folder_of_another_user(tmp_path: Path, answers: Path, language: str) -> None:
    data = tmp_path / "theirs"
    data.mkdir(mode=0o700)
    os.chown(data, OTHER_UID, OTHER_UID)
    before = snapshot(data)
    env = {"MEDARBEIDER_DATA_DIR": str(data)}
    for args in (["diary", "list"], ["run", "hall", *PACK, "--answers", str(answers)]):
        told(run_cli(*args, "--lang", language, env=env), "foreign_owner", language)
    assert snapshot(data) == before


@pytest.mark.slow
@as_root
@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_full_disk_under_run_answers(tmp_path: Path, answers: Path, language: str) -> None:
    with small_disk(tmp_path / "disk") as disk:
        data = disk / "data"
        env = {"MEDARBEIDER_DATA_DIR": str(data)}
        assert run_cli("run", "hall", *PACK, "--answers", answers, env=env).returncode == 0
        before = entries(data)
        filler = fill(disk)
        done = run_cli("run", "hall", *PACK, "--answers", answers, "--lang", language, env=env)
        err = told(done, "no_space", language)
        assert str(data / "entries") in err
        assert entries(data) == before and leftovers(data) == []
        filler.unlink()
        again = run_cli("run", "hall", *PACK, "--answers", answers, env=env)
        assert again.returncode == 0
        assert len([n for n in entries(data) if n.endswith(".json")]) == 2


@pytest.mark.slow
@as_root
def test_a_full_disk_in_plain_mode(tmp_path: Path) -> None:
    """The disk fills up before the first answer is saved: plain mode says so where the person
    reads (stdout), never claims a save, keeps asking (every answer retries the save), and ends
    without a traceback, with a failing exit code and nothing half-written."""
    with small_disk(tmp_path / "disk") as disk:
        data = disk / "data"
        env = {"MEDARBEIDER_DATA_DIR": str(data)}
        assert run_cli("diary", "list", env=env).returncode == 0  # the folders exist
        fill(disk)
        walk = b"\n4\n4\n3\n5\n4\n2\n"
        done = run_cli(
            "run", "hall", *PACK, "--plain", "--new", "--lang", "en", stdin=walk, env=env
        )
        assert_clean(done)
        out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
        assert done.returncode != 0, out
        assert MESSAGES["no_space"]["en"] in out, out
        assert "Your answers are not saved" in out, out
        assert "answers are saved as" not in out, out  # the end of a walk that was saved
        assert "Traceback" not in err and "Exception ignored" not in err, err
        assert [n for n in entries(data) if n.endswith(".json")] == [] and leftovers(data) == []


# --- injected faults, in-process ----------------------------------------------------------

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT
REASONS = {errno.ENOSPC: "no_space", errno.EROFS: "read_only", errno.EACCES: "denied"}


@contextlib.contextmanager
def failing(monkeypatch: pytest.MonkeyPatch, name: str, code: int) -> Iterator[list[int]]:
    """Make every write-side call of ``os.<name>`` fail with ``code``; count the failures."""
    real: Callable[..., Any] = getattr(os, name)
    hits: list[int] = []

    def fault(*args: Any, **kwargs: Any) -> Any:
        if name == "open" and not args[1] & WRITE_FLAGS:
            return real(*args, **kwargs)
        hits.append(1)
        raise OSError(code, os.strerror(code))

    with monkeypatch.context() as patch:
        patch.setattr(os, name, fault)
        yield hits


@pytest.mark.parametrize("code", list(REASONS), ids=["ENOSPC", "EROFS", "EACCES"])
@pytest.mark.parametrize("name", ["open", "fchmod", "write", "fsync", "replace"])
def test_run_answers_with_a_failing_write(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    locations: Locations,
    answers: Path,
    name: str,
    code: int,
) -> None:
    assert main(["run", "hall", *PACK, "--answers", str(answers)]) == 0
    before = entries(locations.data_dir)
    capsys.readouterr()
    for language in ("nb", "en"):
        with failing(monkeypatch, name, code) as hits:
            result = main(["run", "hall", *PACK, "--answers", str(answers), "--lang", language])
        out, err = capsys.readouterr()
        assert hits, f"os.{name} was not called"
        assert result == 1
        assert MESSAGES[REASONS[code]][language] in err and "Traceback" not in err
        assert "Lagret som" not in out and "Saved as" not in out
        assert entries(locations.data_dir) == before, "the earlier entry intact, nothing new"
        assert leftovers(locations.data_dir) == []
    assert main(["run", "hall", *PACK, "--answers", str(answers)]) == 0  # the fault is gone


@pytest.mark.parametrize("code", list(REASONS), ids=["ENOSPC", "EROFS", "EACCES"])
def test_diary_delete_with_a_failing_disk(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    locations: Locations,
    answers: Path,
    code: int,
) -> None:
    assert main(["run", "hall", *PACK, "--answers", str(answers)]) == 0
    [path] = locations.entries_dir.glob("*.json")
    capsys.readouterr()
    real_unlink = Path.unlink

    def refuse(self: Path, missing_ok: bool = False) -> None:
        if self == path:
            raise OSError(code, os.strerror(code), str(self))
        real_unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse)
    assert main(["diary", "delete", path.stem, "--yes", "--lang", "en"]) == 1
    out, err = capsys.readouterr()
    assert MESSAGES[REASONS[code]]["en"] in err and "Deleted" not in out
    assert json.loads(path.read_bytes())["id"] == path.stem


def test_any_other_system_error_is_one_message_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An OSError that no layer turned into a message of its own (a bug's way out, or a disk
    error in a place nobody expected): still no traceback, and the code and file named."""

    def broken(*args: object) -> list[str]:
        raise OSError(errno.EIO, "Input/output error", "/some/where")

    monkeypatch.setattr("medarbeider_tui.commands.packs.pack_folders", broken)
    assert main(["packs", "validate", "--lang", "nb"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "medarbeider måtte stoppe på grunn av en systemfeil (EIO) ved /some/where. Ingenting "
        "er halvveis lagret. Prøv igjen; «medarbeider where» viser hvor filene ligger.\n"
    )
