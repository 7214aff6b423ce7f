"""Start-up time of the CLI, as whole processes, against bare Python.

Runs each command as a fresh process, ``--rounds`` times, interleaved: every round runs every
command once, in a shuffled order, so that a slow moment of the machine hits all of them alike.
For each command it prints the median wall time and the median of its per-round ratio to the
baseline (``python -c pass``) run in the same round, and checks the targets:

- ``medarbeider --version`` takes at most 2x ``python -c pass``;
- no CLI command imports Textual (checked with ``PYTHONPROFILEIMPORTTIME``, which also names
  the slowest imports of each command).

Usage::

    .venv/bin/python benchmarks/startup.py [--rounds 40] [--imports]

The diary commands run against a temporary data folder holding 50 entries. Bytecode is
allowed to be written (``PYTHONDONTWRITEBYTECODE`` is dropped for the timed processes), as it is
for an installed wheel.
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

BASELINE = "python -c pass"
TARGET_VERSION_RATIO = 2.0


@dataclass(frozen=True)
class Command:
    name: str
    argv: list[str]


def commands() -> list[Command]:
    """What is timed: the baselines, then the CLI as a person runs it (the console script)."""
    python = sys.executable
    script = Path(python).with_name("medarbeider")
    cli = [str(script)] if script.exists() else [python, "-m", "medarbeider_tui"]
    return [
        Command(BASELINE, [python, "-c", "pass"]),
        Command('python -c "import yaml"', [python, "-c", "import yaml"]),
        Command("medarbeider --version", [*cli, "--version"]),
        Command("medarbeider packs validate", [*cli, "packs", "validate"]),
        Command("medarbeider diary list", [*cli, "diary", "list"]),
    ]


def environment(data: Path) -> dict[str, str]:
    env = {**os.environ, "MEDARBEIDER_DATA_DIR": str(data / "data")}
    env["MEDARBEIDER_CONFIG_DIR"] = str(data / "config")
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    # An installed wheel has its bytecode compiled at install time. Without .pyc files every
    # start compiles our modules again (about 50 ms here), so the warm-up run may write them.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def fill_diary(data: Path, count: int = 50) -> None:
    """A diary with ``count`` entries, written by the real store, listed once (the index)."""
    from datetime import UTC, datetime, timedelta

    from medarbeider_tui.diary import DiaryStore, PackRef, new_entry
    from medarbeider_tui.paths import Locations

    store = DiaryStore.open(Locations(data / "data", data / "config"))
    pack = PackRef("aktivt-medarbeiderskap", "1.0.0", "")
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    for n in range(count):
        entry = new_entry(pack, "hall-kvadranten", "nb", now=start + timedelta(days=n))
        entry.answers = {f"sb{i}": (n + i) % 5 + 1 for i in range(1, 7)}
        if n % 4:
            entry.mark_complete(start + timedelta(days=n, minutes=12))
        store.save(entry)
    store.summaries()


def run_once(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.decode()}")
    return elapsed


def measure(cmds: list[Command], rounds: int, env: dict[str, str]) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {c.name: [] for c in cmds}
    order = list(cmds)
    rng = random.Random(0)
    for command in cmds:  # warm the disk cache and any .pyc files first
        run_once(command.argv, env)
    for _ in range(rounds):
        rng.shuffle(order)
        for command in order:
            times[command.name].append(run_once(command.argv, env))
    return times


def imports(command: Command, env: dict[str, str], top: int = 5) -> tuple[bool, list[str]]:
    """Whether ``command`` imports Textual, and its ``top`` slowest imports (cumulative)."""
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
    textual = any(name.strip().split(".")[0] == "textual" for _, name in rows)
    top_level = [row for row in rows if not row[1].startswith("  ")]  # one space: top level
    slowest = sorted(top_level, reverse=True)[:top]
    return textual, [f"{name.strip()} {micros / 1000:.1f} ms" for micros, name in slowest]


def report(cmds: list[Command], times: dict[str, list[float]], rounds: int) -> bool:
    baseline = times[BASELINE]
    print(f"Whole-process start-up, {rounds} interleaved rounds (median wall time)")
    print(f"python {sys.version.split()[0]} on {os.cpu_count()} CPUs ({sys.platform})\n")
    print(f"{'command':<30} {'median':>9} {'ratio':>7}  (median of per-round ratios)")
    ok = True
    for command in cmds:
        samples = times[command.name]
        ratio = statistics.median(t / b for t, b in zip(samples, baseline, strict=True))
        print(f"{command.name:<30} {statistics.median(samples) * 1000:7.1f} ms {ratio:6.2f}x")
        if command.name == "medarbeider --version" and ratio > TARGET_VERSION_RATIO:
            ok = False
    verdict = "met" if ok else "MISSED"
    print(f"\nTarget: medarbeider --version <= {TARGET_VERSION_RATIO:.0f}x {BASELINE}: {verdict}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=40, help="rounds of every command")
    parser.add_argument("--imports", action="store_true", help="also list the slowest imports")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="medarbeider-startup-"))
    try:
        fill_diary(work)
        env = environment(work)
        cmds = commands()
        ok = report(cmds, measure(cmds, args.rounds, env), args.rounds)
        print()
        for command in cmds[2:]:
            textual, slowest = imports(command, env)
            ok = ok and not textual
            print(f"{command.name:<30} imports Textual: {'YES' if textual else 'no'}")
            if args.imports:
                print("    slowest imports: " + "; ".join(slowest))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
