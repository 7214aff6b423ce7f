"""The cache of validated packs: the same pack as a fresh load, and never stale or trusted."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from medarbeider_tui.content import cache
from medarbeider_tui.content.loader import discover, load_pack, load_pack_cached
from tests.conftest import ROOT, TEST_PACK


def copy_pack(tmp_path: Path) -> Path:
    folder = tmp_path / "proeve"
    shutil.copytree(TEST_PACK, folder)
    return folder


def test_a_cached_pack_equals_a_fresh_load(tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    fresh = load_pack(folder, "user")
    first = load_pack_cached(folder, "user", tmp_path / "cache")
    assert cache.load(tmp_path / "cache", folder) is not None
    second = load_pack_cached(folder, "user", tmp_path / "cache")
    assert fresh.pack is not None and first.pack == fresh.pack and second.pack == fresh.pack
    assert second.pack is not None and second.pack.folder == folder
    assert second.pack.origin == "user" and second.pack.sha256 == fresh.pack.sha256
    assert all(step.node is None for e in second.pack.exercises for step in e.steps)


def test_the_cache_file_is_private(tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    load_pack_cached(folder, "user", tmp_path / "cache")
    [stored] = (tmp_path / "cache").iterdir()
    assert stored.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "cache").stat().st_mode & 0o777 == 0o700


def test_an_edited_pack_file_misses_the_cache(tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    load_pack_cached(folder, "user", tmp_path / "cache")
    hall = folder / "hall.yaml"
    time.sleep(0.01)
    hall.write_text(
        hall.read_text(encoding="utf-8").replace("Hall-kvadranten", "Hall-modellen"),
        encoding="utf-8",
    )
    assert cache.load(tmp_path / "cache", folder) is None
    result = load_pack_cached(folder, "user", tmp_path / "cache")
    assert result.pack is not None
    assert result.pack.exercise("hall").title.render("nb") == "Hall-modellen"


def test_a_broken_pack_is_never_cached_and_errors_stay_visible(tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    (folder / "alt.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    for _ in range(2):
        result = load_pack_cached(folder, "user", tmp_path / "cache")
        assert result.pack is None and result.errors
    assert not (tmp_path / "cache").exists() or not list((tmp_path / "cache").iterdir())


def test_a_damaged_or_loose_cache_file_is_ignored(tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    load_pack_cached(folder, "user", tmp_path / "cache")
    [stored] = (tmp_path / "cache").iterdir()
    stored.write_bytes(b"not a pickle")
    assert cache.load(tmp_path / "cache", folder) is None
    assert load_pack_cached(folder, "user", tmp_path / "cache").pack is not None  # rewritten
    assert cache.load(tmp_path / "cache", folder) is not None
    os.chmod(stored, 0o644)  # someone else could have written it: not loaded
    assert cache.load(tmp_path / "cache", folder) is None


def test_a_warm_start_reads_no_yaml(tmp_path: Path) -> None:
    env = {**os.environ, "MEDARBEIDER_DATA_DIR": str(tmp_path / "data")}
    script = (
        "import sys\nfrom medarbeider_tui.cli import main\nmain(['packs', 'list'])\n"
        "print('YAML' if 'yaml' in sys.modules else 'NO-YAML', file=sys.stderr)\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
        )
        for _ in range(2)
    ]
    assert runs[0].stderr.splitlines()[-1] == "YAML"  # the first start reads and caches
    assert runs[1].stderr.splitlines()[-1] == "NO-YAML"
    assert runs[0].stdout == runs[1].stdout and "hall-kvadranten" in runs[1].stdout


def test_discover_with_and_without_the_cache_agree(tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    plain = discover(tmp_path / "none", tmp_path / "none", [folder])
    discover(tmp_path / "none", tmp_path / "none", [folder], cache_dir=tmp_path / "cache")
    cached = discover(tmp_path / "none", tmp_path / "none", [folder], cache_dir=tmp_path / "cache")
    assert [p.id for p in cached.packs] == [p.id for p in plain.packs]
    assert cached.packs[0].exercises == plain.packs[0].exercises


def test_caching_first_leaves_no_folder_open_to_others(tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    data = tmp_path / "data"
    load_pack_cached(folder, "user", data / "cache")
    assert data.stat().st_mode & 0o777 == 0o700


# --- edits the size and the modification time do not show ----------------------------------


def pack_digest(folder: Path, raw: dict[str, bytes]) -> str:
    """The pack's sha256 as documented: each file's relative name and bytes, in name order."""
    digest = hashlib.sha256()
    for name in sorted(raw):
        digest.update(name.encode() + b"\0" + raw[name] + b"\0")
    return digest.hexdigest()


def same_length_edit(path: Path) -> bytes:
    """The file with its Norwegian title in capitals: same size, a different pack."""
    old = path.read_bytes()
    new = old.replace(b"Hall-kvadranten", b"HALL-KVADRANTEN")
    assert new != old and len(new) == len(old)
    return new


@pytest.mark.skipif(os.name != "posix", reason="POSIX change times and inodes")
def test_an_in_place_edit_that_keeps_size_and_mtime_misses_the_cache(tmp_path: Path) -> None:
    """An editor (or ``cp -p`` onto the file) can keep both; the change time still moves."""
    folder = copy_pack(tmp_path)
    first = load_pack_cached(folder, "user", tmp_path / "cache")
    assert first.pack is not None
    hall = folder / "hall.yaml"
    before = hall.stat()
    time.sleep(0.02)  # past the file system's clock tick, so the change time can differ
    with hall.open("r+b") as handle:  # in place: the same inode
        handle.write(same_length_edit(hall))
    os.utime(hall, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = hall.stat()
    assert (after.st_ino, after.st_size, after.st_mtime_ns) == (
        before.st_ino,
        before.st_size,
        before.st_mtime_ns,
    )

    assert cache.load(tmp_path / "cache", folder) is None
    again = load_pack_cached(folder, "user", tmp_path / "cache")
    assert again.pack is not None
    assert again.pack.exercise("hall").title.render("nb") == "HALL-KVADRANTEN"
    assert again.pack.sha256 != first.pack.sha256


@pytest.mark.skipif(os.name != "posix", reason="POSIX inodes")
def test_a_file_replaced_with_its_old_size_and_mtime_misses_the_cache(tmp_path: Path) -> None:
    """A new file renamed over the old one (how editors save), with the times copied over."""
    folder = copy_pack(tmp_path)
    load_pack_cached(folder, "user", tmp_path / "cache")
    hall = folder / "hall.yaml"
    before = hall.stat()
    replacement = folder / ".hall.yaml.new"
    replacement.write_bytes(same_length_edit(hall))
    os.utime(replacement, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(replacement, hall)

    assert cache.load(tmp_path / "cache", folder) is None
    again = load_pack_cached(folder, "user", tmp_path / "cache")
    assert again.pack is not None
    assert again.pack.exercise("hall").title.render("nb") == "HALL-KVADRANTEN"


def test_the_sha256_is_of_the_bytes_that_were_validated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file saved again while the pack is being checked: the pack keeps the content it was
    checked with, its sha256 names exactly that content, and the cache does not keep it as
    the pack of the new file."""
    from medarbeider_tui.content import semantic

    folder = copy_pack(tmp_path)
    hall = folder / "hall.yaml"
    original = {p.name: p.read_bytes() for p in folder.glob("*.yaml")}
    edited = same_length_edit(hall)
    real_check = semantic.check_exercise

    def check_while_someone_saves(*args: Any, **kwargs: Any) -> Any:
        if hall.read_bytes() != edited:
            hall.write_bytes(edited)  # after the loader read the file, before it is done
        return real_check(*args, **kwargs)

    monkeypatch.setattr(semantic, "check_exercise", check_while_someone_saves)
    result = load_pack_cached(folder, "user", tmp_path / "cache")
    monkeypatch.setattr(semantic, "check_exercise", real_check)

    assert result.pack is not None
    assert result.pack.exercise("hall").title.render("nb") == "Hall-kvadranten"
    assert result.pack.sha256 == pack_digest(folder, original)
    now = load_pack_cached(folder, "user", tmp_path / "cache")
    assert now.pack is not None
    assert now.pack.exercise("hall").title.render("nb") == "HALL-KVADRANTEN"
    assert now.pack.sha256 == pack_digest(folder, {**original, "hall.yaml": edited})
