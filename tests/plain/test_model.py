"""Random input sequences through the plain runner, held to a model of what the person gave.

After every line typed, what is on disk must be exactly what the model says the person has
given so far (tests/plain/model.py states the rules). A failure prints the lines typed.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from medarbeider_tui.paths import Locations
from tests.plain.driver import RunnerThread
from tests.plain.model import Person

MODEL_PACK = Path(__file__).resolve().parents[1] / "packs" / "modell"
KEYS = {"?", "<", "-", "="}


@pytest.mark.slow  # a fuzz run: ~30 s
@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_what_is_on_disk_is_what_the_person_gave(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        walk = RunnerThread(
            Locations(data_dir=root / "data", config_dir=root / "c"), MODEL_PACK, "alle"
        )
        scales = {sid: walk.pack.scale_for(walk.exercise, sid) for sid in walk.pack.scales}
        person = Person(walk.exercise, scales, date.today())
        assert walk.start() == "waiting"
        typed: list[str | None] = []
        furthest = 0
        for _ in range(data.draw(st.integers(min_value=1, max_value=150), label="length")):
            if person.ended:
                break
            furthest = max(furthest, person.position)
            stop = data.draw(st.integers(0, 60)) == 0
            every = person.candidates()
            answers = [line for line in every if line not in KEYS] or every
            line = None if stop else data.draw(st.sampled_from(every) | st.sampled_from(answers))
            typed.append(line)
            person.feed(line)
            state = walk.type(line)
            status, answers = walk.on_disk()
            assert answers == person.answers, f"after {typed!r}"
            if person.ended:
                assert state == "ended", f"the runner went on after {typed!r}"
                if status is not None or person.status == "complete":
                    assert status == person.status, f"after {typed!r}"
            else:
                assert state == "waiting", f"the runner stopped after {typed!r}: {walk.result!r}"
        event("completed" if person.status == "complete" else "stopped")
        event(f"furthest: {person.units[furthest][0].id}")
        if not person.ended:
            walk.type(None)
        walk.thread.join(timeout=20)
