"""History listing at scale: opening the diary and listing 10,000 and 100,000 entries.

What the history screen (and the home screen, and ``diary list``) pays to show the diary is
``DiaryStore.open(...).summaries()``. This script fills a temporary data folder with realistic
entries (complete and draft, nb and en, seven exercises, about 2.7 kB each, written with the
real codec and atomic writer), then measures, in this process:

- **warm**: ``open`` + ``summaries`` with the entry index in place and the files in the page
  cache (median of ``--repeats``);
- **cold**: the same after ``sync; echo 3 > /proc/sys/vm/drop_caches`` (needs root; reported
  as not permitted otherwise);
- **rebuild**: the first listing with no index (after an upgrade, or with the index deleted),
  which reads every entry file once;
- **read all**: ``entries()``, reading and validating every file, for comparison.

Target: the warm listing of 10,000 entries in less than half a first paint of a bare Textual
app. The first-paint figure is measured with ``benchmarks/first_paint.py`` when that script is
there, else ``--first-paint-ms`` (default 300, the low end of the 300-400 ms measured on the
2-core reference machine) is used, and the output says which.

Usage::

    .venv/bin/python benchmarks/history.py [--counts 10000,100000] [--repeats 7] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GOLDEN = HERE.parent / "tests" / "diary" / "golden"
EXERCISES = [
    "hall-kvadranten",
    "tre-sporsmal",
    "prestasjonsdrivere",
    "medarbeiderskap",
    "selvledelse",
    "prioritering",
    "lederferdigheter",
]
DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def generate(locations: Any, count: int, seed: int = 5) -> float:
    """Write ``count`` realistic entries into ``locations``; return the seconds it took."""
    from medarbeider_tui.diary.codec import encode_entry
    from medarbeider_tui.fsio import ensure_private_dir, write_private_file

    rng = random.Random(seed)
    templates = [json.loads((GOLDEN / name).read_text(encoding="utf-8")) for name in _golden()]
    start = datetime(2019, 1, 7, 8, tzinfo=UTC)
    ensure_private_dir(locations.entries_dir)
    began = time.perf_counter()
    real_fsync = os.fsync
    os.fsync = lambda fd: None  # test data need not survive a power cut: 10x faster to write
    try:
        _write(locations, count, rng, templates, start, write_private_file, encode_entry)
    finally:
        os.fsync = real_fsync
    return time.perf_counter() - began


def _write(
    locations: Any,
    count: int,
    rng: random.Random,
    templates: list[dict[str, Any]],
    start: datetime,
    write_private_file: Callable[..., None],
    encode_entry: Callable[..., bytes],
) -> None:
    from medarbeider_tui.diary import Entry
    from medarbeider_tui.diary.ids import new_entry_id

    oslo = [timezone(timedelta(hours=1)), timezone(timedelta(hours=2))]
    for n in range(count):
        data = json.loads(json.dumps(rng.choice(templates)))
        created = (start + timedelta(minutes=53 * n + rng.randrange(50))).astimezone(
            rng.choice(oslo)
        )
        updated = created + timedelta(minutes=rng.randrange(3, 40))
        complete = rng.random() < 0.85
        data.update(
            id=new_entry_id(created),
            created_at=created.isoformat(timespec="seconds"),
            updated_at=updated.isoformat(timespec="seconds"),
            completed_at=updated.isoformat(timespec="seconds") if complete else None,
            status="complete" if complete else "draft",
            language="nb" if rng.random() < 0.8 else "en",
            exercise=rng.choice(EXERCISES),
            current_step=None if complete else data["current_step"] or "selvbevissthet",
            revision=rng.randrange(1, 40),
        )
        for key, value in data["answers"].items():
            if isinstance(value, int):
                data["answers"][key] = rng.randint(1, 5)
        entry = Entry.from_json(data)
        write_private_file(locations.entries_dir, f"{entry.id}.json", encode_entry(entry))


def _golden() -> list[str]:
    return sorted(path.name for path in GOLDEN.glob("v1-*.json"))


def _entry_count(folder: Path) -> int:
    if not folder.is_dir():
        return 0
    return sum(1 for name in os.listdir(folder) if name.endswith(".json"))


def listing(locations: Any) -> int:
    """What opening the history costs: open the store and list every entry."""
    from medarbeider_tui.diary import DiaryStore

    return len(DiaryStore.open(locations).summaries())


def read_all(locations: Any) -> int:
    from medarbeider_tui.diary import DiaryStore

    return len(DiaryStore.open(locations).entries())


def timed(action: Callable[[], int], expected: int) -> float:
    began = time.perf_counter()
    found = action()
    elapsed = time.perf_counter() - began
    if found != expected:
        raise SystemExit(f"listed {found} entries, expected {expected}")
    return elapsed


def drop_caches() -> str | None:
    """Empty the page cache; None if done, else why not."""
    try:
        os.sync()
        DROP_CACHES.write_text("3\n", encoding="ascii")
    except OSError as exc:
        return f"not permitted ({exc.strerror or exc})"
    return None


def first_paint(rounds: int, fallback_ms: float) -> tuple[float, str]:
    """A bare Textual app's first paint (ms), measured by first_paint.py if present."""
    if not (HERE / "first_paint.py").exists():
        return fallback_ms, f"{fallback_ms:.0f} ms given (benchmarks/first_paint.py not found)"
    sys.path.insert(0, str(HERE))
    try:
        import first_paint as bench  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(HERE))
    env = {**os.environ}
    bench.run_once(bench.BARE, env)  # warm
    times = [bench.run_once(bench.BARE, env)[0] for _ in range(rounds)]
    median = statistics.median(times) * 1000
    return median, f"{median:.0f} ms, bare Textual app, whole process (first_paint.py)"


def profile(locations: Any, top: int = 15) -> None:
    profiler = cProfile.Profile()
    profiler.runcall(listing, locations)
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(top)


def measure(count: int, args: argparse.Namespace, work: Path) -> dict[str, Any]:
    from medarbeider_tui.paths import Locations

    root = work / f"d{count}"
    locations = Locations(root / "data", root / "config")
    if _entry_count(locations.entries_dir) != count:  # a folder from --keep is reused
        shutil.rmtree(root, ignore_errors=True)
        seconds = generate(locations, count)
        print(f"  generated {count:,} entries in {seconds:.1f} s", flush=True)
    index = locations.entries_dir / "index.jsonl"
    index.unlink(missing_ok=True)
    result: dict[str, Any] = {"count": count}
    result["rebuild"] = timed(lambda: listing(locations), count)
    print(f"  index built: {index.stat().st_size / 1e6:.1f} MB", flush=True)
    result["warm"] = statistics.median(
        timed(lambda: listing(locations), count) for _ in range(args.repeats)
    )
    cold: list[float] = []
    why_not = None
    for _ in range(args.cold_repeats):
        why_not = drop_caches()
        if why_not:
            break
        cold.append(timed(lambda: listing(locations), count))
    result["cold"] = statistics.median(cold) if cold else None
    result["cold_note"] = why_not
    if args.read_all:
        timed(lambda: read_all(locations), count)  # warm the cache again
        result["read_all"] = timed(lambda: read_all(locations), count)
    if args.profile:
        print(f"\n  profile of one warm listing of {count:,} entries:")
        profile(locations)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", default="10000,100000", help="comma-separated sizes")
    parser.add_argument("--repeats", type=int, default=7, help="warm listings per size")
    parser.add_argument("--cold-repeats", type=int, default=3, help="cold listings per size")
    parser.add_argument("--paint-rounds", type=int, default=9, help="bare first paints to time")
    parser.add_argument("--first-paint-ms", type=float, default=300.0)
    parser.add_argument("--no-read-all", dest="read_all", action="store_false")
    parser.add_argument("--profile", action="store_true", help="profile one warm listing")
    parser.add_argument("--keep", type=Path, help="generate into (and reuse) this folder")
    args = parser.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="medarbeider-history-"))
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, data in {work}")
    try:
        paint_ms, paint_note = first_paint(args.paint_rounds, args.first_paint_ms)
        results = []
        for count in (int(c) for c in args.counts.split(",")):
            print(f"\n{count:,} entries", flush=True)
            results.append(measure(count, args, work))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)

    budget = paint_ms / 2
    print(f"\nFirst paint: {paint_note}; target for 10,000 entries: < {budget:.0f} ms (half)\n")
    print(f"{'entries':>8} {'warm':>9} {'cold':>9} {'rebuild':>9} {'read all':>9}  target")
    ok = True
    for r in results:
        cold = f"{r['cold'] * 1000:7.0f}ms" if r["cold"] is not None else "    n/a  "
        read = f"{r['read_all'] * 1000:7.0f}ms" if "read_all" in r else "    -    "
        verdict = ""
        if r["count"] == 10_000:
            met = r["warm"] * 1000 < budget
            ok = ok and met
            verdict = "met" if met else "MISSED"
        print(
            f"{r['count']:>8,} {r['warm'] * 1000:7.0f}ms {cold} "
            f"{r['rebuild'] * 1000:7.0f}ms {read}  {verdict}"
        )
        if r["cold_note"]:
            print(f"{'':>8} cold: {r['cold_note']}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
