"""Reliability tests: hypothesis profiles, and the isolated data folder under a shorter name.

Two hypothesis profiles, chosen with ``HYPOTHESIS_PROFILE`` (default ``ci``):

- ``ci``: 600 examples per fuzz test, 2,400 in all over the four fuzz tests of
  ``test_fuzz_loader.py``; derandomized, so CI runs the same examples every time;
- ``slow``: ten times as many (24,000), freshly random on each run:
  ``HYPOTHESIS_PROFILE=slow .venv/bin/python -m pytest tests/reliability/test_fuzz_loader.py``.

The profiles are registered here but applied by the fuzz tests themselves
(``@settings(PROFILE)``), not loaded globally, so other tests' hypothesis settings stay theirs.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

from medarbeider_tui.paths import Locations

EXAMPLES_PER_TEST = {"ci": 600, "slow": 6000}

for _name, _examples in EXAMPLES_PER_TEST.items():
    settings.register_profile(
        _name,
        max_examples=_examples,
        deadline=None,
        derandomize=_name == "ci",
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        print_blob=True,
    )


@pytest.fixture
def locations(isolated_environment: Locations) -> Locations:
    """The per-test data folder, the same one the CLI finds through MEDARBEIDER_DATA_DIR."""
    return isolated_environment
