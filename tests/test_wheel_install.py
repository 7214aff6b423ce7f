"""The built-in packs must ship inside the wheel: build it, install it in a fresh venv, use it.

This holds however the package under test was installed (editable or not): the fresh venv
sees nothing of the test environment while the wheel is installed into it, so pip cannot
find the package "already satisfied" there and skip writing ``bin/medarbeider``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.conftest import ROOT


def run(
    *command: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
        env=env,
    )


@pytest.mark.slow
def test_wheel_contains_and_finds_the_builtin_packs(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", wheels, ROOT)
    assert built.returncode == 0, built.stderr
    [wheel] = wheels.glob("medarbeider-*.whl")

    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    python = target / "bin" / "python"
    site = Path(
        run(
            python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"
        ).stdout.strip()
    )
    installed = run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        python,
        "install",
        "--no-deps",
        "--no-index",
        "-q",
        wheel,
    )
    assert installed.returncode == 0, installed.stderr
    medarbeider = target / "bin" / "medarbeider"
    assert medarbeider.is_file(), installed.stdout + installed.stderr
    # Our launcher (scripts/medarbeider), its first line naming the venv's Python.
    first, _, body = medarbeider.read_text(encoding="utf-8").partition("\n")
    assert first == f"#!{python}"
    assert body == (ROOT / "scripts" / "medarbeider").read_text(encoding="utf-8").partition("\n")[2]

    # Only now its dependencies come from this test environment, through a .pth file (no
    # network, no second download). The venv's own site-packages comes first on sys.path, so
    # a copy of medarbeider installed there (not editable) does not shadow the wheel's.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    env = {**os.environ, "MEDARBEIDER_DATA_DIR": str(tmp_path / "data")}
    env.pop("PYTHONPATH", None)
    listed = run(medarbeider, "packs", "list", "--lang", "en", cwd=tmp_path, env=env)
    assert listed.returncode == 0, listed.stderr
    assert "[aktivt-medarbeiderskap" in listed.stdout
    where = run(medarbeider, "where", "--lang", "en", cwd=tmp_path, env=env)
    builtin = next(line for line in where.stdout.splitlines() if line.startswith("Built-in"))
    assert str(site / "medarbeider_tui" / "_builtin_content") in builtin
    validated = run(medarbeider, "packs", "validate", cwd=tmp_path, env=env)
    assert validated.returncode == 0, validated.stdout
