"""The history screen as a person sees it: the table painted, at 0, 10,000 and 100,000 entries.

Each measurement is a fresh process (so the peak RSS is that of one app): the app is built as
``medarbeider`` builds it (``ReflectionService`` on the data folder, the built-in packs),
started headless at 80×24 with ``App.run_test``, and once home is shown the history is
pushed; the time runs from the push until the table's first rows (or the «no entries» line)
have been painted and the app has nothing left to do (Textual's own "idle": the footer, the
scroll bar, every row's refresh included), which is the screen as a person sees it. The ratio
is against the empty diary, measured in the same run. Also printed: when the first frame that
shows the rows (or the «no entries» line) was painted, which comes earlier and is not the target.

``--before SRC`` measures another source tree as well (``git archive <commit> src | tar -x -C
DIR`` and pass ``DIR/src``), each of its runs next to one of this tree's, so a change is
compared at the same load.

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
    first_frame: list[float] = []
    display = app._display

    def painting(screen, update):  # the frames as the terminal would get them
        if update is not None and isinstance(screen, HistoryScreen) and not first_frame:
            table, empty = screen.query_one("#entries"), screen.query_one("#empty")
            if (table.row_count and table.region) or (empty.display and empty.region):
                first_frame.append(time.perf_counter())
        return display(screen, update)

    app._display = painting
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
    first = first_frame[0] - began if first_frame else seconds
    return {"seconds": seconds, "first_frame": first, "rss_mib": rss, "total": total}


print(json.dumps(asyncio.run(main())))
"""


def measure(root: Path, source: Path | None = None) -> dict[str, float]:
    env = {**os.environ, "TEXTUAL": ""}
    if source is not None:  # another tree's medarbeider_tui, ahead of the installed one
        env["PYTHONPATH"] = os.pathsep.join([str(source), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(root)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
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


def summary(runs: list[dict[str, float]]) -> dict[str, float]:
    return {
        "seconds": statistics.median(r["seconds"] for r in runs),
        "first_frame": statistics.median(r["first_frame"] for r in runs),
        "rss_mib": max(r["rss_mib"] for r in runs),
        "total": runs[0]["total"],
    }


def report(label: str, count: int, f: dict[str, float], base: dict[str, float]) -> None:
    print(
        f"{label}{count:>7,} entries: table painted in {f['seconds'] * 1000:.0f} ms "
        f"({f['seconds'] / base['seconds']:.2f}x the empty diary), first frame with its rows "
        f"{f['first_frame'] * 1000:.0f} ms ({f['first_frame'] / base['first_frame']:.2f}x), "
        f"peak RSS {f['rss_mib']:.1f} MiB",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", default="0,10000,100000")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="generate into (and reuse) this folder")
    parser.add_argument("--before", type=Path, help="also measure this source tree's src/")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="medarbeider-history-screen-"))
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, data in {work}")
    counts = [int(c) for c in args.counts.split(",")]
    if 0 not in counts:
        counts.insert(0, 0)
    sources: dict[str, Path | None] = {"": None}
    if args.before:
        sources = {"before ": args.before.resolve(), "after  ": None}
    figures: dict[str, dict[int, dict[str, float]]] = {label: {} for label in sources}
    for count in counts:
        root = diary_for(work, count)
        for source in sources.values():  # the index built, caches warm, bytecode written
            measure(root, source)
        runs: dict[str, list[dict[str, float]]] = {label: [] for label in sources}
        for _ in range(args.repeats):
            for label, source in sources.items():
                runs[label].append(measure(root, source))
        for label in sources:
            figures[label][count] = summary(runs[label])
            report(label, count, figures[label][count], figures[label][0])
    ours = figures[next(reversed(sources))]
    ok = True
    if 10_000 in ours:
        met = ours[10_000]["seconds"] <= 1.5 * ours[0]["seconds"]
        ok = ok and met
        print("10,000 within 1.5x the empty diary: " + ("met" if met else "MISSED"))
    if 100_000 in ours:
        f = ours[100_000]
        met = f["seconds"] <= 1.0 and f["rss_mib"] < 100
        ok = ok and met
        print("100,000 within 1 s and under 100 MiB: " + ("met" if met else "MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
