"""The cache of validated packs: the same pack as a fresh load, and never stale or trusted."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

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
