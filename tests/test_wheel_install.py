"""The built-in packs must ship inside the wheel: build it, install it in a fresh venv, use it."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_contains_and_finds_the_builtin_packs(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = wheels.glob("medarbeider-*.whl")

    # A fresh venv gets only the wheel; its dependencies come from this test environment
    # through a .pth file, so the test needs no network and no second download.
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    python = target / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "-q",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )

    env = {**os.environ, "MEDARBEIDER_DATA_DIR": str(tmp_path / "data")}
    env.pop("PYTHONPATH", None)
    listed = subprocess.run(
        [str(target / "bin" / "medarbeider"), "packs", "list", "--lang", "en"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert listed.returncode == 0, listed.stderr
    assert "[aktivt-medarbeiderskap" in listed.stdout
    where = subprocess.run(
        [str(target / "bin" / "medarbeider"), "where", "--lang", "en"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    builtin = next(line for line in where.stdout.splitlines() if line.startswith("Built-in"))
    assert str(site / "medarbeider_tui" / "_builtin_content") in builtin
    validated = subprocess.run(
        [str(target / "bin" / "medarbeider"), "packs", "validate"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert validated.returncode == 0, validated.stdout
