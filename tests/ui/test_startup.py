"""What runs before the full-screen interface's first frame (issue 17): only what it needs.

Not timed (``benchmarks/first_paint.py`` times it): each test starts the app in its own
process, as ``medarbeider`` builds it, headless, and records at the first frame of the home
screen with its exercises listed what had been loaded and whether garbage was being collected;
then, a moment later, that the packs were loaded off the UI thread and collection is back on.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import gc, json, sys, threading
from medarbeider_tui.commands.context import Context
from medarbeider_tui.cli import parse_arguments
from medarbeider_tui.settings import Settings
from medarbeider_tui.ui.app import MedarbeiderApp

seen = {}

class Measured(MedarbeiderApp):
    def _display(self, screen, renderable):
        super()._display(screen, renderable)
        if renderable is None or type(screen).__name__ != "HomeScreen" or "first" in seen:
            return
        if not screen.query_one("#exercises").option_count:
            return
        seen["first"] = {
            "model": "medarbeider_tui.content.model" in sys.modules,
            "recover": "medarbeider_tui.ui.screens.recover" in sys.modules,
            "session": "medarbeider_tui.service.session" in sys.modules,
            "collecting": gc.isenabled(),
            "options": screen.query_one("#exercises").option_count,
        }
        self.set_timer(3, self.later)

    def later(self):
        seen["later"] = {
            "catalog": "catalog" in self.service.__dict__,
            "collecting": gc.isenabled(),
            "options": self.screen.query_one("#exercises").option_count,
        }
        self.exit()

Measured.__module__ = MedarbeiderApp.__module__
ctx = Context.from_args(parse_arguments([]))
Measured(ctx.service, Settings(privacy_seen=True), "nb").run(headless=True, size=(80, 24))
print(json.dumps(seen))
"""


def start(tmp_path: Path) -> dict[str, dict[str, object]]:
    env = {
        **os.environ,
        "MEDARBEIDER_DATA_DIR": str(tmp_path / "data"),
        "MEDARBEIDER_CONFIG_DIR": str(tmp_path / "config"),
    }
    env.pop("MEDARBEIDER_PROFILE", None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.slow
@pytest.mark.parametrize("cache", ["cold", "warm"])
def test_the_first_frame_lists_the_packs_and_loads_them_after(tmp_path: Path, cache: str) -> None:
    """With the pack cache current (every start after the first), the first frame lists the
    exercises from the cache's listing: the content model, a session's modules and the
    recovery screen are not loaded yet, and no garbage is collected before it. After it, the
    packs are loaded (on the statuses' worker) and collection is back on."""
    if cache == "warm":
        start(tmp_path)  # the first start reads the packs and fills the cache
    seen = start(tmp_path)
    first, later = seen["first"], seen["later"]
    assert first["options"] == later["options"] and first["options"]
    assert first["recover"] is False and first["session"] is False
    assert first["collecting"] is False
    assert first["model"] is (cache == "cold")  # a cold start must read the packs first
    assert later == {"catalog": True, "collecting": True, "options": first["options"]}
