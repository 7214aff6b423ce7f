"""The data folder a person chose (or the default one) is used only when it is safe, and is never
changed behind anyone's back.

- A folder others can write to (``MEDARBEIDER_DATA_DIR=/tmp``, a 1777 or group-writable folder)
  or one owned by another user is refused with a clear, translated message that says how to fix
  it, and its mode, owner and content stay exactly as they were (issue 9, item 9).
- A data path that is a file, a home folder that does not exist, and a folder on a read-only
  disk each give one `DiaryUnavailable`, and nothing is created or changed (issue 9, item 4).
- Only what medarbeider made its own is tightened: its subfolders, and a data folder already
  holding its ``entries``.

The tests that chown a folder to another user or mount a read-only file system run as root
only, and are skipped otherwise.
"""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from medarbeider_tui.diary import DiaryStore, DiaryUnavailable
from medarbeider_tui.fsio import StorageError
from medarbeider_tui.i18n import LocalizedError
from medarbeider_tui.paths import Locations, locations
from medarbeider_tui.settings import Settings, save_settings
from tests.diary.helpers import make_entry

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")
as_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="needs root: to give a folder to another user, or to mount a read-only folder",
)
OTHER_UID = 54321


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def snapshot(folder: Path) -> list[tuple[str, int, int, int, bytes | None]]:
    """Everything about a folder and what is in it that a careless program could change."""
    found = []
    for path in [folder, *sorted(folder.rglob("*"))]:
        info = path.lstat()
        content = path.read_bytes() if stat.S_ISREG(info.st_mode) else None
        found.append((str(path), info.st_mode, info.st_uid, info.st_mtime_ns, content))
    return found


def refused(locations: Locations, reason: str) -> DiaryUnavailable:
    with pytest.raises(DiaryUnavailable) as caught:
        DiaryStore.open(locations)
    assert caught.value.reason == reason
    assert isinstance(caught.value, LocalizedError)
    for language in ("nb", "en"):  # a whole sentence in each language, with the folder named
        text = caught.value.render(language)
        assert str(caught.value.path) in text and "{" not in text
    return caught.value


# --- a shared folder --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "shared_mode", [0o1777, 0o777, 0o770, 0o775, 0o2775, 0o757], ids=lambda m: f"{m:o}"
)
def test_a_folder_others_can_write_to_is_refused_and_left_exactly_as_it_was(
    tmp_path: Path, shared_mode: int
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, shared_mode)
    (shared / "someone-elses.txt").write_text("theirs", encoding="utf-8")
    before = snapshot(shared)

    error = refused(Locations(shared, tmp_path / "config"), "shared")

    assert snapshot(shared) == before  # not chmodded, nothing created inside
    assert mode(shared) == shared_mode
    nb, en = error.render("nb"), error.render("en")
    assert f"«chmod 700 {shared}»" in nb and "MEDARBEIDER_DATA_DIR=" in nb
    assert f"“chmod 700 {shared}”" in en and "MEDARBEIDER_DATA_DIR=" in en
    assert f"{shared_mode:o}" in en


def test_a_diary_in_a_folder_opened_to_others_is_refused_too(tmp_path: Path) -> None:
    """Writable by others is never fixed silently, even for a folder that holds a diary."""
    data = Locations(tmp_path / "data", tmp_path / "config")
    DiaryStore.open(data).save(make_entry())
    os.chmod(data.data_dir, 0o777)
    before = snapshot(data.data_dir)
    refused(data, "shared")
    assert snapshot(data.data_dir) == before


def test_an_own_folder_readable_by_others_is_used_as_it_is(tmp_path: Path) -> None:
    """A folder of this user that medarbeider did not make (no diary in it yet, e.g. a home
    folder) keeps its mode: only medarbeider's own folders inside it are made private."""
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    os.chmod(chosen, 0o755)
    store = DiaryStore.open(Locations(chosen, tmp_path / "config"))
    store.save(make_entry())
    assert mode(chosen) == 0o755
    assert mode(chosen / "entries") == 0o700 and mode(chosen / "quarantine") == 0o700
    assert store.warnings == []


def test_a_diary_folder_readable_by_others_is_tightened_and_reported(tmp_path: Path) -> None:
    data = Locations(tmp_path / "data", tmp_path / "config")
    DiaryStore.open(data)
    os.chmod(data.data_dir, 0o755)
    store = DiaryStore.open(data)
    assert mode(data.data_dir) == 0o700
    assert [(w.kind, w.path) for w in store.warnings] == [("permissions", data.data_dir)]


def test_a_shared_config_folder_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    with pytest.raises(StorageError) as caught:
        save_settings(Locations(tmp_path / "data", shared), Settings(language="en"))
    assert caught.value.reason == "shared"
    assert "MEDARBEIDER_CONFIG_DIR=" in caught.value.render("nb")
    assert mode(shared) == 0o1777 and list(shared.iterdir()) == []


# --- another user's folder --------------------------------------------------------------------


@as_root
@pytest.mark.parametrize("folder_mode", [0o700, 0o755])
def test_a_folder_of_another_user_is_refused_and_left_as_it_was(
    tmp_path: Path, folder_mode: int
) -> None:
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    os.chmod(theirs, folder_mode)
    os.chown(theirs, OTHER_UID, OTHER_UID)
    before = snapshot(theirs)

    error = refused(Locations(theirs, tmp_path / "config"), "foreign_owner")

    assert snapshot(theirs) == before
    assert theirs.stat().st_uid == OTHER_UID
    assert str(OTHER_UID) in error.render("nb")


@as_root
def test_a_diary_subfolder_of_another_user_is_refused(tmp_path: Path) -> None:
    data = Locations(tmp_path / "data", tmp_path / "config")
    DiaryStore.open(data)
    os.chmod(data.entries_dir, 0o755)
    os.chown(data.entries_dir, OTHER_UID, OTHER_UID)
    refused(data, "foreign_owner")
    assert mode(data.entries_dir) == 0o755 and data.entries_dir.stat().st_uid == OTHER_UID


# --- a file where the folder should be --------------------------------------------------------


@pytest.mark.parametrize("where", ["data", "entries", "parent"])
def test_a_file_where_a_folder_should_be_is_refused_and_not_touched(
    tmp_path: Path, where: str
) -> None:
    """Today's bug: the app chmodded that file to 0700, then failed with a traceback."""
    data_dir = tmp_path / "data"
    if where == "parent":
        data_dir = tmp_path / "a-file" / "data"
    locations = Locations(data_dir, tmp_path / "config")
    if where == "entries":
        data_dir.mkdir(mode=0o700)
    target = {
        "data": data_dir,
        "entries": locations.entries_dir,
        "parent": tmp_path / "a-file",
    }[where]
    target.write_text("not a folder\n", encoding="utf-8")
    os.chmod(target, 0o644)
    before = target.lstat()

    refused(locations, "not_a_folder")

    after = target.lstat()
    assert (after.st_mode, after.st_mtime_ns, after.st_ino) == (
        before.st_mode,
        before.st_mtime_ns,
        before.st_ino,
    )
    assert target.read_text(encoding="utf-8") == "not a folder\n"


# --- a home folder that does not exist --------------------------------------------------------


@pytest.fixture
def default_locations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No data or config folder set: the platform's default ones, in ``HOME``."""
    for name in (
        "MEDARBEIDER_DATA_DIR",
        "MEDARBEIDER_CONFIG_DIR",
        "XDG_DATA_HOME",
        "XDG_CONFIG_HOME",
    ):
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "nonexistent"
    monkeypatch.setenv("HOME", str(home))
    yield home


def test_a_home_folder_that_does_not_exist_is_not_created(default_locations: Path) -> None:
    """``HOME=/nonexistent`` (system users have it): a clear message, not a traceback, and
    medarbeider does not create someone's home folder to put a diary in it."""
    where = locations()
    assert where.data_dir.is_relative_to(default_locations)
    with pytest.raises(DiaryUnavailable) as caught:
        DiaryStore.open(where)
    assert caught.value.reason == "no_home"
    assert "MEDARBEIDER_DATA_DIR=" in caught.value.render("nb")
    assert str(default_locations) in caught.value.render("en")
    with pytest.raises(StorageError) as settings_error:
        save_settings(where, Settings(language="nb"))
    assert settings_error.value.reason == "no_home"
    assert not default_locations.exists()


def test_a_home_folder_that_is_there_gets_its_default_folders(default_locations: Path) -> None:
    default_locations.mkdir(mode=0o755)
    store = DiaryStore.open(locations())
    store.save(make_entry())
    data = locations().data_dir
    assert data.is_dir() and mode(data) == 0o700
    assert mode(default_locations) == 0o755  # the home folder itself is never tightened


# --- a read-only disk -------------------------------------------------------------------------


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """``folder`` as a read-only bind mount of itself, for the duration."""
    subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@as_root
@pytest.mark.parametrize("state", ["a diary", "a diary without its lock file", "empty"])
def test_a_read_only_data_folder_is_refused_at_open(tmp_path: Path, state: str) -> None:
    data = Locations(tmp_path / "data", tmp_path / "config")
    if state == "empty":
        data.data_dir.mkdir(mode=0o700)
    else:
        DiaryStore.open(data).save(make_entry())
        if state == "a diary without its lock file":
            (data.entries_dir / ".lock").unlink()
    before = snapshot(data.data_dir)
    with read_only(data.data_dir):
        error = refused(data, "read_only")
        assert "MEDARBEIDER_DATA_DIR=" in error.render("nb")
        assert snapshot(data.data_dir) == before


@as_root
def test_a_data_folder_that_cannot_be_created_on_a_read_only_disk(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    with read_only(disk):
        refused(Locations(disk / "medarbeider", tmp_path / "config"), "read_only")
        assert list(disk.iterdir()) == []
