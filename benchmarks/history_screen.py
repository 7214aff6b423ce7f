"""The history screen as a person sees it: the table painted, at 0, 10,000 and 100,000 entries.

Each measurement is a fresh process (so the peak RSS is that of one app): the app is built as
``medarbeider`` builds it (``ReflectionService`` on the data folder, the built-in packs),
started headless at 80×24 with ``App.run_test``, and once home is shown the history is
pushed; the time runs from the push until the table's first rows (or the «no entries» line)
have been painted (the app has handled everything queued, a refresh included). The ratio is
against the empty diary, measured in the same run.

Targets (issue 11): 10,000 entries within 1.5× the empty diary's paint; 100,000 within about
1 s, with a peak RSS under 100 MiB.

Diaries are generated with ``benchmarks/history.py`` (mixed exercises, 85 % complete).

Usage::

    .venv/bin/python benchmarks/history_screen.py [--counts 0,10000,100000] [--keep DIR]
        [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CHILD = r"""
import asyncio, json, resource, sys, time
from pathlib import Path
from medarbeider_tui.paths import Locations
from medarbeider_tui.service import ReflectionService
from medarbeider_tui.settings import Settings
from medarbeider_tui.ui.app import MedarbeiderApp
from medarbeider_tui.ui.screens.history import HistoryScreen

root = Path(sys.argv[1])
locations = Locations(root / "data", root / "config")


async def main() -> dict[str, float]:
    app = MedarbeiderApp(ReflectionService(locations), Settings(privacy_seen=True), "nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()  # home's statuses read: only the history is timed
        await pilot.pause()
        began = time.perf_counter()
        screen = HistoryScreen()
        await app.push_screen(screen)

        def painted() -> bool:
            table = screen.query_one("#entries")
            return table.row_count > 0 or screen.query_one("#empty").display

        while not painted():
            await asyncio.sleep(0.001)
        await pilot.pause()
        seconds = time.perf_counter() - began
        total = screen.history.total if screen.history else 0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "rss_mib": rss, "total": total}


print(json.dumps(asyncio.run(main())))
"""


def measure(root: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(root)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "TEXTUAL": ""},
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def diary_for(work: Path, count: int) -> Path:
    import history as base  # type: ignore[import-not-found]

    import overtime  # type: ignore[import-not-found]

    if count == 0:
        root = work / "empty"
        (root / "data").mkdir(parents=True, exist_ok=True)
        return root
    locations = overtime.diary(work, count, list(base.EXERCISES), "mixed")
    return Path(locations.data_dir).parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", default="0,10000,100000")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="generate into (and reuse) this folder")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="medarbeider-history-screen-"))
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, data in {work}")
    counts = [int(c) for c in args.counts.split(",")]
    if 0 not in counts:
        counts.insert(0, 0)
    figures: dict[int, dict[str, float]] = {}
    for count in counts:
        root = diary_for(work, count)
        measure(root)  # the index built, the pack cache warm, the files in the page cache
        runs = [measure(root) for _ in range(args.repeats)]
        figures[count] = {
            "seconds": statistics.median(r["seconds"] for r in runs),
            "rss_mib": max(r["rss_mib"] for r in runs),
            "total": runs[0]["total"],
        }
        base = figures[0]["seconds"]
        f = figures[count]
        print(
            f"{count:>7,} entries: table painted in {f['seconds'] * 1000:.0f} ms "
            f"({f['seconds'] / base:.2f}x the empty diary), peak RSS {f['rss_mib']:.1f} MiB",
            flush=True,
        )
    ok = True
    if 10_000 in figures:
        met = figures[10_000]["seconds"] <= 1.5 * figures[0]["seconds"]
        ok = ok and met
        print("10,000 within 1.5x the empty diary: " + ("met" if met else "MISSED"))
    if 100_000 in figures:
        f = figures[100_000]
        met = f["seconds"] <= 1.0 and f["rss_mib"] < 100
        ok = ok and met
        print("100,000 within 1 s and under 100 MiB: " + ("met" if met else "MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
