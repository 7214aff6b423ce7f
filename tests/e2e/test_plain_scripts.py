"""Scripts that pipe answers into plain mode get the same entries as before the rebuild."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest

from medarbeider_tui.paths import Locations
from tests.e2e.plain_scripts import EXPECTED, REVIEW, WALKS
from tests.e2e.test_plain_walk import entries, medarbeider


def _with_review(value: Any, iso: str) -> Any:
    return json.loads(json.dumps(value).replace("{review_iso}", iso))


@pytest.mark.slow
@pytest.mark.parametrize("exercise", sorted(WALKS))
def test_a_piped_walk_gives_the_same_entry_as_before(
    exercise: str, isolated_environment: Locations
) -> None:
    review = date.today() + timedelta(days=60)
    keys = WALKS[exercise].replace(REVIEW, review.strftime("%d.%m.%Y"))
    done = medarbeider("run", exercise, "--plain", stdin=keys)
    assert done.returncode == 0, done.stdout[-3000:]
    [entry] = entries(isolated_environment)
    expected = _with_review(EXPECTED[exercise], review.isoformat())
    assert {"status": entry["status"], "answers": entry["answers"]} == expected
