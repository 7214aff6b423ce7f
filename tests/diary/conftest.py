"""Shared fixtures: every test gets its own data folder under tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from medarbeider_tui.diary import DiaryStore
from medarbeider_tui.paths import Locations


@pytest.fixture
def locations(tmp_path: Path) -> Locations:
    return Locations(tmp_path / "data", tmp_path / "config")


@pytest.fixture
def store(locations: Locations) -> DiaryStore:
    return DiaryStore.open(locations)
