"""The quick commands load only what they use (issue 17): not timed, but what makes them quick.

``benchmarks/startup.py`` times the commands; this guards the reason they are fast, as
modules: each command runs as its own process, through ``main`` as the console script calls
it, and reports at exit which of the heavy modules it had loaded. ``--version`` and ``where``
need neither the packs (the content model, PyYAML) nor the diary; ``diary list`` and ``packs
list`` need the packs' titles (their listing, kept in the pack cache: ``content.listing``) and
the diary's listing, not the content model, reports, exports or Textual.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import atexit, json, sys
def report():
    with open(sys.argv[1], 'w') as out:
        json.dump(sorted(sys.modules), out)
atexit.register(report)
from medarbeider_tui.cli import main
sys.exit(main(json.loads(sys.argv[2])))
"""
UI = {"textual", "rich"}
MODEL = {"yaml", "medarbeider_tui.content.model"}
PACKS = MODEL | {"medarbeider_tui.content.loader"}
DIARY = {"medarbeider_tui.diary", "medarbeider_tui.service"}
RESULTS = {
    "medarbeider_tui.report.model",
    "medarbeider_tui.report.build",
    "medarbeider_tui.export.document",
    "medarbeider_tui.content.scoring",
}
LEAN: dict[str, tuple[list[str], set[str]]] = {
    "--version": (["--version"], UI | PACKS | DIARY | {"argparse", "pathlib"}),
    "where": (["where"], UI | PACKS | DIARY | RESULTS),
    # The packs' listing comes from the pack cache: no content model, no YAML (content.listing).
    "diary list": (["diary", "list"], UI | RESULTS | MODEL),
    "packs list": (["packs", "list"], UI | RESULTS | MODEL),
}


def loaded_modules(tmp_path: Path, argv: list[str]) -> set[str]:
    report = tmp_path / "modules.json"
    env = {
        **os.environ,
        "MEDARBEIDER_DATA_DIR": str(tmp_path / "data"),
        "MEDARBEIDER_CONFIG_DIR": str(tmp_path / "config"),
    }
    env.pop("MEDARBEIDER_PROFILE", None)
    for _ in range(2):  # the second run finds the pack cache, as every start after the first
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(report), json.dumps(argv)],
            capture_output=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr.decode()
    return set(json.loads(report.read_text(encoding="utf-8")))


@pytest.mark.slow
@pytest.mark.parametrize("command", LEAN)
def test_a_quick_command_loads_only_what_it_uses(tmp_path: Path, command: str) -> None:
    argv, unused = LEAN[command]
    modules = loaded_modules(tmp_path, argv)
    assert {name for name in modules if name.split(".")[0] in UI} == set()
    assert sorted(modules & unused) == []


@pytest.mark.slow
def test_the_guard_sees_what_a_command_loads(tmp_path: Path) -> None:
    """The same check on a command that does read the packs: it must see them."""
    modules = loaded_modules(tmp_path, ["packs", "validate"])
    assert {"yaml", "medarbeider_tui.content.model"} <= modules


def test_the_installed_command_loads_nothing_before_main(tmp_path: Path) -> None:
    """``medarbeider`` is ``scripts/medarbeider`` as it is, not pip's generated wrapper, which
    imported ``re`` (to tidy ``sys.argv[0]`` for Windows) before anything of ours: that alone
    was 1.6× ``python -c pass``, more than ``--version`` may cost in all."""
    from tests.conftest import ROOT

    script = ROOT / "scripts" / "medarbeider"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", str(script), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("medarbeider ")
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines()}
    assert imported.isdisjoint({"re", "argparse", "pathlib", "typing"})
    assert "medarbeider_tui.cli" in imported


def test_the_command_is_the_script_not_a_generated_wrapper() -> None:
    """pyproject installs ``scripts/medarbeider`` (hatchling shared-scripts) and declares no
    ``[project.scripts]`` of the same name, which pip would write over it."""
    import tomllib

    from tests.conftest import ROOT

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "scripts" not in project["project"]
    wheel = project["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["shared-scripts"] == {"scripts/medarbeider": "medarbeider"}


@pytest.mark.parametrize(
    "words",
    [[], ["--plain"], ["--present"], ["--lang=en"], ["--screen-reader"], ["--no-screen-reader"]],
)
def test_a_command_line_without_a_command_parses_as_with_every_command(words: list[str]) -> None:
    """``medarbeider`` alone (the full-screen interface) skips building the commands'
    parsers; what it parses to must not change for that."""
    from medarbeider_tui.cli import build_parser, parse_arguments

    assert parse_arguments(words) == build_parser("nb").parse_args(words)


def test_a_command_or_help_gets_the_whole_parser(capsys: pytest.CaptureFixture[str]) -> None:
    from medarbeider_tui.cli import parse_arguments

    assert parse_arguments(["--lang", "en", "where"]).command == "where"
    with pytest.raises(SystemExit):
        parse_arguments(["--help"])
    assert "packs" in capsys.readouterr().out  # the commands are listed
