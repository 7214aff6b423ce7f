"""Start-up time of the CLI, as whole processes of the installed console script, against Python.

Every command is run as a person starts it: ``.venv/bin/medarbeider ...``, the console script
the installer wrote, so what that script imports itself counts too. Each round runs every
command once as a fresh process, in a shuffled order, so that a slow moment of the machine hits
all of them alike; a command's figure is the median of its per-round ratios to a baseline run
in the same round. Two baselines:

- ``python -c pass``: Python's own start-up, the floor of ``--version``;
- ``python -c "import yaml, platformdirs"``: Python with the two small libraries a command
  needs, the floor of ``where``, ``packs list`` and ``diary list``.

Targets (issue 17): ``--version`` ≤ 1.3× ``python -c pass``; ``where``, ``packs list`` and
``diary list`` with 0 entries ≤ 1.5× the second baseline; ``diary list`` at 10,000 entries
≤ 3×. And no command imports Textual; ``--version`` and ``where`` import neither the content
model nor PyYAML (checked through ``PYTHONPROFILEIMPORTTIME``, which also names the slowest
imports of each command with ``--imports``).

Usage::

    .venv/bin/python benchmarks/startup.py [--rounds 30] [--imports] [--keep /tmp/startbench]

The diaries (empty, and 10,000 realistic entries from ``history.py`` with their index built)
live in a temporary folder, or in ``--keep`` to reuse them. Bytecode may be written (dropping
``PYTHONDONTWRITEBYTECODE``), as for an installed wheel, whose modules pip compiles.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import history  # type: ignore[import-not-found]  # noqa: E402

PASS = "python -c pass"
LIBS = 'python -c "import yaml, platformdirs"'
BIG = 10_000
PREAMBLE = "import re, sys; re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])"


@dataclass(frozen=True)
class Command:
    name: str
    argv: list[str]
    diary: str  # "empty" or "big": which data folder it runs against
    baseline: str | None = None  # what its target is a ratio to
    target: float | None = None
    lean: bool = False  # must not import the content model or PyYAML


def commands() -> list[Command]:
    """The baselines, then the CLI through the console script beside this Python."""
    python = sys.executable
    script = Path(python).with_name("medarbeider")
    if not script.exists():
        raise SystemExit(f"no console script at {script}: install the project (pip install -e .)")
    cli = [str(script)]
    return [
        Command(PASS, [python, "-c", "pass"], "empty"),
        Command(LIBS, [python, "-c", "import yaml, platformdirs"], "empty"),
        # What pip's generated console script does before it imports medarbeider at all.
        Command("pip's script preamble", [python, "-c", PREAMBLE], "empty", PASS),
        Command("medarbeider --version", [*cli, "--version"], "empty", PASS, 1.3, lean=True),
        Command("medarbeider where", [*cli, "where"], "empty", LIBS, 1.5, lean=True),
        Command("medarbeider packs list", [*cli, "packs", "list"], "empty", LIBS, 1.5),
        Command("medarbeider diary list (0)", [*cli, "diary", "list"], "empty", LIBS, 1.5),
        Command(f"medarbeider diary list ({BIG:,})", [*cli, "diary", "list"], "big", LIBS, 3.0),
        Command("medarbeider packs validate", [*cli, "packs", "validate"], "empty", LIBS),
    ]


def environment(root: Path) -> dict[str, str]:
    env = {**os.environ, "MEDARBEIDER_DATA_DIR": str(root / "data")}
    env["MEDARBEIDER_CONFIG_DIR"] = str(root / "config")
    env["COLUMNS"] = "100"
    # PYTHONUNBUFFERED (set in some shells and CI) would make every line its own write.
    drop = ("PYTHONPROFILEIMPORTTIME", "PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED")
    for name in (*drop, "MEDARBEIDER_PROFILE"):
        env.pop(name, None)
    return env


def diaries(work: Path) -> dict[str, dict[str, str]]:
    """The environments of an empty diary and of one with BIG entries, index built."""
    from medarbeider_tui.diary import DiaryStore
    from medarbeider_tui.paths import Locations

    found = {}
    for name, count in (("empty", 0), ("big", BIG)):
        root = work / name
        locations = Locations(root / "data", root / "config")
        if count and history._entry_count(locations.entries_dir) != count:
            shutil.rmtree(root, ignore_errors=True)
            seconds = history.generate(locations, count)
            print(f"generated {count:,} entries in {seconds:.1f} s", flush=True)
        DiaryStore.open(locations).summaries()  # the index, as after the first listing
        found[name] = environment(root)
    return found


def run_once(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.decode()}")
    return elapsed


def measure(
    cmds: list[Command], rounds: int, envs: dict[str, dict[str, str]]
) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {c.name: [] for c in cmds}
    order = list(cmds)
    rng = random.Random(0)
    for command in cmds:  # warm the disk cache, the pack cache and the .pyc files first
        run_once(command.argv, envs[command.diary])
        run_once(command.argv, envs[command.diary])
    for _ in range(rounds):
        rng.shuffle(order)
        for command in order:
            times[command.name].append(run_once(command.argv, envs[command.diary]))
    return times


def imports(command: Command, env: dict[str, str], top: int = 5) -> tuple[set[str], list[str]]:
    """The modules ``command`` imports, and its ``top`` slowest top-level imports."""
    done = subprocess.run(
        command.argv,
        env={**env, "PYTHONPROFILEIMPORTTIME": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    rows: list[tuple[int, str]] = []  # (cumulative microseconds, indented module name)
    for line in done.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if not line.startswith("import time:") or len(parts) != 3 or "cumulative" in line:
            continue
        rows.append((int(parts[1]), parts[2]))
    names = {name.strip() for _, name in rows}
    top_level = [row for row in rows if not row[1].startswith("  ")]  # one space: top level
    slowest = sorted(top_level, reverse=True)[:top]
    return names, [f"{name.strip()} {micros / 1000:.1f} ms" for micros, name in slowest]


def report(cmds: list[Command], times: dict[str, list[float]], rounds: int) -> bool:
    print(f"Whole processes, {rounds} interleaved rounds; median wall time, median ratio")
    print(
        f"python {sys.version.split()[0]} on {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}"
    )
    print(f"\n{'command':<36} {'median':>9} {'ratio':>7} {'target':>7}  against")
    ok = True
    for command in cmds:
        samples = times[command.name]
        line = f"{command.name:<36} {statistics.median(samples) * 1000:6.1f} ms"
        if command.baseline is not None:
            base = times[command.baseline]
            ratio = statistics.median(t / b for t, b in zip(samples, base, strict=True))
            target = "" if command.target is None else f"≤{command.target}"
            missed = command.target is not None and ratio > command.target
            ok = ok and not missed
            line += f" {ratio:6.2f}x {target:>7}  {command.baseline}{'  MISSED' if missed else ''}"
        print(line)
    return ok


def check_imports(cmds: list[Command], envs: dict[str, dict[str, str]], slowest: bool) -> bool:
    ok = True
    print()
    for command in cmds[3:]:
        names, top = imports(command, envs[command.diary])
        heavy = sorted(
            {n.split(".")[0] for n in names} & {"textual", "rich"}
            | ({"medarbeider_tui.content.model", "yaml"} & names if command.lean else set())
        )
        ok = ok and not heavy
        verdict = f"imports {', '.join(heavy)}: MISSED" if heavy else "lean: met"
        print(f"{command.name:<36} {len(names):>4} modules; {verdict}")
        if slowest:
            print("    slowest imports: " + "; ".join(top))
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=30, help="rounds of every command")
    parser.add_argument("--imports", action="store_true", help="also list the slowest imports")
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the diaries in this folder")
    args = parser.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="medarbeider-startup-"))
    try:
        envs = diaries(work)
        cmds = commands()
        ok = report(cmds, measure(cmds, args.rounds, envs), args.rounds)
        ok = check_imports(cmds, envs, args.imports) and ok
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
