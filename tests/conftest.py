"""Keep every test away from the real data folder, settings and language of the machine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from medarbeider_tui.paths import Locations

ROOT = Path(__file__).resolve().parents[1]
TEST_PACK = ROOT / "tests" / "packs" / "proeve"

#: docs/scoring.md, the worked example: self-awareness 4,0 (sb6 reversed), adaptability 2,3.
HALL_EXAMPLE: dict[str, Any] = {
    "sb1": 4,
    "sb2": 4,
    "sb3": 3,
    "sb4": 5,
    "sb5": 4,
    "sb6": 2,
    "od1": 2,
    "od2": 3,
    "od3": 2,
    "od4": 3,
    "od5": 2,
    "od6": 4,
}


def pytest_configure(config: pytest.Config) -> None:
    """Make ``-m`` (the fast loop: ``-m "not slow"``) safe for the snapshot tests.

    syrupy takes the snapshots of the tests a marker leaves out (the ``slow`` pictures) for
    unused ones: it would fail the run for them, and with ``--snapshot-update`` delete them.
    Under ``-m`` they only warn, and an update is refused.
    """
    if not config.getoption("markexpr"):
        return
    if config.getoption("--snapshot-update", default=False):
        raise pytest.UsageError(
            "--snapshot-update with -m would delete the snapshots of the deselected tests; "
            "update them with: pytest tests/ui/test_snapshots.py --snapshot-update"
        )
    config.option.warn_unused_snapshots = True


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Locations:
    data = tmp_path / "data"
    config = tmp_path / "config"
    monkeypatch.setenv("MEDARBEIDER_DATA_DIR", str(data))
    monkeypatch.setenv("MEDARBEIDER_CONFIG_DIR", str(config))
    monkeypatch.delenv("MEDARBEIDER_LANG", raising=False)
    monkeypatch.delenv("MEDARBEIDER_SCREEN_READER", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return Locations(data_dir=data, config_dir=config)
