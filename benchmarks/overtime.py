"""Over time at scale: a trend of 10,000 entries, a copied diary, and history pages.

Generates diaries with ``benchmarks/history.py`` (real codec and atomic writer), then measures
in this process:

- **trend**: ``ReflectionService.trend`` of one exercise over N complete entries (all Hall,
  the worst case), warm, each in a fresh service (after its catalog); its floor is the
  listing it stands on (``listing()`` in a fresh service: every entry file stated and hashed),
  measured interleaved with it, so the ratio trend / listing is printed too. Also the same
  trend again in that service (a screen opened twice). Target: under 0.2 s at 10,000 entries.
- **copy**: the first listing (``listing()``, a fresh store) of a diary copied as ``cp -a``
  does (new inodes and change times, same bytes), against the warm listing (floor) and
  against a full rebuild (reading and checking every file, what a copy cost before the index
  kept content fingerprints).
- **page**: ``history(language)`` plus one page of 50 rows (titles and result words), the
  call a history screen makes, and the Python memory it holds (tracemalloc peak).

Usage::

    .venv/bin/python benchmarks/overtime.py [--counts 10000,100000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import history as base  # type: ignore[import-not-found]  # noqa: E402

HALL = ("aktivt-medarbeiderskap", "hall-kvadranten")


def timed(action: Callable[[], Any], repeats: int = 1) -> float:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def diary(work: Path, count: int, exercises: list[str], name: str) -> Any:
    from medarbeider_tui.paths import Locations

    root = work / f"{name}{count}"
    locations = Locations(root / "data", root / "config")
    if base._entry_count(locations.entries_dir) != count:
        shutil.rmtree(root, ignore_errors=True)
        base.EXERCISES[:] = exercises
        seconds = base.generate(locations, count)
        print(f"  generated {count:,} entries ({name}) in {seconds:.1f} s", flush=True)
    return locations


def service_for(locations: Any) -> Any:
    from medarbeider_tui.service import ReflectionService

    return ReflectionService(locations)


def measure_trend(locations: Any, repeats: int) -> dict[str, float]:
    service_for(locations).trend(*HALL, "nb")  # the index and its columns are built
    listings: list[float] = []
    trends: list[float] = []
    again: list[float] = []
    for _ in range(repeats):  # interleaved: the machine's load hits both alike
        listings.append(timed(lambda: service_for(locations).listing()))
        service = service_for(locations)
        _ = service.catalog  # a front end has its packs already; the trend is what is timed
        trend = functools.partial(service.trend, *HALL, "nb")
        trends.append(timed(trend))
        again.append(timed(trend))
    found = service_for(locations).trend(*HALL, "nb")
    return {
        "listing": statistics.median(listings),
        "trend": statistics.median(trends),
        "again": statistics.median(again),
        "entries": found.entries,
    }


def measure_copy(locations: Any, work: Path, count: int) -> dict[str, float]:
    from medarbeider_tui.diary import DiaryStore
    from medarbeider_tui.paths import Locations

    DiaryStore.open(locations).listing()
    warm = timed(lambda: DiaryStore.open(locations).listing(), 3)
    target = Locations(work / f"copy{count}" / "data", work / f"copy{count}" / "config")
    shutil.rmtree(target.data_dir.parent, ignore_errors=True)
    began = time.perf_counter()
    shutil.copytree(locations.data_dir, target.data_dir, copy_function=shutil.copy2)
    copying = time.perf_counter() - began
    first = timed(lambda: DiaryStore.open(target).listing())
    after = timed(lambda: DiaryStore.open(target).listing(), 3)
    (target.entries_dir / "index.jsonl").unlink()
    rebuild = timed(lambda: DiaryStore.open(target).listing())
    shutil.rmtree(target.data_dir.parent, ignore_errors=True)
    return {"warm": warm, "copy": copying, "first": first, "after": after, "rebuild": rebuild}


def measure_page(locations: Any, repeats: int) -> dict[str, float]:
    service_for(locations).summaries()

    def page() -> None:
        service_for(locations).history("nb").page(0, 50)

    seconds = timed(page, repeats)
    tracemalloc.start()
    history = service_for(locations).history("nb")
    rows = history.page(0, 50)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(rows) == 50
    return {"page": seconds, "peak_mib": peak / 2**20}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", default="10000,100000")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="generate into (and reuse) this folder")
    parser.add_argument("--no-copy", dest="copy", action="store_false")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="medarbeider-overtime-"))
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {load}, data in {work}")
    ok = True
    try:
        for count in (int(c) for c in args.counts.split(",")):
            print(f"\n{count:,} entries", flush=True)
            hall = diary(work, count, ["hall-kvadranten"], "hall")
            t = measure_trend(hall, args.repeats)
            verdict = ""
            if count == 10_000:
                met = t["trend"] < 0.2
                ok = ok and met
                verdict = "  target < 0.2 s: " + ("met" if met else "MISSED")
            print(
                f"  trend of {t['entries']:,} complete Hall entries: {t['trend'] * 1000:.0f} ms; "
                f"its floor, the listing, {t['listing'] * 1000:.0f} ms; ratio "
                f"{t['trend'] / t['listing']:.2f}x{verdict}; the same trend again "
                f"{t['again'] * 1000:.0f} ms",
                flush=True,
            )
            mixed = diary(work, count, list(base.EXERCISES_ALL), "mixed")
            p = measure_page(mixed, args.repeats)
            print(
                f"  history(nb) + page(0, 50): {p['page'] * 1000:.0f} ms; "
                f"Python memory peak {p['peak_mib']:.1f} MiB",
                flush=True,
            )
            if args.copy:
                c = measure_copy(mixed, work, count)
                print(
                    f"  copied (cp -a, {c['copy']:.1f} s): first listing "
                    f"{c['first'] * 1000:.0f} ms = {c['first'] / c['warm']:.1f}x warm "
                    f"({c['warm'] * 1000:.0f} ms); then {c['after'] * 1000:.0f} ms; a full "
                    f"rebuild {c['rebuild'] * 1000:.0f} ms = {c['rebuild'] / c['first']:.1f}x "
                    "the first listing",
                    flush=True,
                )
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


base.EXERCISES_ALL = list(base.EXERCISES)

if __name__ == "__main__":
    raise SystemExit(main())
