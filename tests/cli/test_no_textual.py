"""No command line path but the full-screen interface loads Textual (issue 9, item 3).

Textual's debug switches (``TEXTUAL_LOG``, ``TEXTUAL_SCREENSHOT``, ``TEXTUAL=devtools``) can only
act where Textual is imported, so for every other command they are inert: each command runs
here as its own process, with the switches set, on a diary with an entry in it, and must end
without Textual (or Rich) among its modules and without having written the log. The
full-screen interface itself (and ``serve``'s app) is the interface's to guard.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from medarbeider_tui.paths import Locations
from tests.cli.test_cli import WORKED_EXAMPLE
from tests.conftest import TEST_PACK

PACK = ["--pack", str(TEST_PACK)]
PLAIN_WALK = "\n" + "4\n" * 12 + "Tanker.\n.\n\n"
COMMANDS: dict[str, tuple[list[str], str]] = {
    "where": (["where"], ""),
    "packs list": (["packs", "list", *PACK], ""),
    "packs validate": (["packs", "validate", str(TEST_PACK)], ""),
    "packs schema": (["packs", "schema"], ""),
    "diary list": (["diary", "list", *PACK], ""),
    "diary show": (["diary", "show", "{id}", *PACK], ""),
    "diary show --json": (["diary", "show", "{id}", "--json"], ""),
    "diary export": (["diary", "export", "{id}", *PACK], ""),
    "diary delete": (["diary", "delete", "{id}"], "n\n"),
    "run --answers": (["run", "hall", *PACK, "--answers", "{answers}"], ""),
    "run --plain": (["run", "hall", *PACK, "--plain", "--new"], PLAIN_WALK),
    "run, not a terminal": (["run", "hall", *PACK], PLAIN_WALK),
    "an unknown exercise": (["run", "nope", *PACK], ""),
    "no command, not a terminal": ([], ""),
    "--help": (["--help"], ""),
    "a usage error": (["diary", "frobnicate"], ""),
}
SCRIPT = """
import atexit, json, sys
def report():
    loaded = sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'rich'})
    with open(sys.argv[1], 'w') as out:
        json.dump(loaded, out)
atexit.register(report)
from medarbeider_tui.cli import main
sys.exit(main(json.loads(sys.argv[2])))
"""


@pytest.fixture
def entry_and_answers(tmp_path: Path, isolated_environment: Locations) -> tuple[str, Path]:
    answers = tmp_path / "answers.yaml"
    answers.write_text(WORKED_EXAMPLE, encoding="utf-8")
    from medarbeider_tui.cli import main

    assert main(["run", "hall", *PACK, "--answers", str(answers)]) == 0
    [path] = isolated_environment.entries_dir.glob("*.json")
    return path.stem, answers


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS)
def test_textual_is_never_loaded(
    tmp_path: Path, entry_and_answers: tuple[str, Path], command: str
) -> None:
    entry_id, answers = entry_and_answers
    args, stdin = COMMANDS[command]
    argv = [a.replace("{id}", entry_id).replace("{answers}", str(answers)) for a in args]
    report = tmp_path / "modules.json"
    log = tmp_path / "textual.log"
    env = {
        **os.environ,
        "TEXTUAL_LOG": str(log),
        "TEXTUAL_SCREENSHOT": "1",
        "TEXTUAL": "devtools,debug",
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(report), json.dumps(argv)],
        input=stdin.encode(),
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert b"Traceback" not in done.stderr, done.stderr.decode()
    assert json.loads(report.read_text(encoding="utf-8")) == [], command
    assert not log.exists()
