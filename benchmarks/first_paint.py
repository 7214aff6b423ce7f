"""TUI first paint against a bare Textual app, as whole processes, with 0/1,000/10,000 entries.

Each round runs both apps in fresh processes, back to back (paired), headless; each exits
as soon as its first frame is written (ours: the first frame of the home screen with its
exercises listed; the statuses that follow from a worker thread are not waited for).
Reported: medians and the median of the per-pair ratios, plus each process's own peak RSS
(``VmHWM`` of ``/proc/self/status``, read by the process as it exits: ``ru_maxrss`` of a child
counts the parent's size carried through fork until exec, which at 10,000 entries was the
benchmark's own 44.5 MiB). Targets (issue 17): ≤ 1.15× with 0 and 10,000 entries; peak RSS
≤ 1.1×.

    .venv/bin/python benchmarks/first_paint.py [--rounds 15] [--counts 0,1000,10000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Both processes report their own peak resident size as they exit (Linux: VmHWM belongs to
# the address space exec made, so nothing of the benchmark's own process is in it).
PEAK = """
import atexit

def _peak():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                with open(PEAK_FILE, "w") as out:
                    out.write(line.split()[1])

atexit.register(_peak)
"""

BARE = """
from textual.app import App
from textual.widgets import Footer, OptionList, Static

class Bare(App):
    def compose(self):
        yield Static("medarbeider")
        yield OptionList(*[f"Exercise {n}" for n in range(7)])
        yield Footer()

    def _display(self, screen, renderable):
        super()._display(screen, renderable)
        if renderable is not None:  # the first frame is out: that is first paint
            self.exit()

Bare().run(headless=True, size=(80, 24))
"""

OURS = """
from medarbeider_tui.commands.context import Context
from medarbeider_tui.cli import parse_arguments
from medarbeider_tui.settings import load_settings
from medarbeider_tui.ui.app import MedarbeiderApp

class Measured(MedarbeiderApp):
    def _display(self, screen, renderable):
        super()._display(screen, renderable)
        # The first frame that shows the home screen with its exercises is first paint.
        if renderable is not None and type(screen).__name__ == "HomeScreen":
            if screen.query_one("#exercises").option_count:
                self.exit()

Measured.__module__ = MedarbeiderApp.__module__  # so app.tcss is found beside app.py

ctx = Context.from_args(parse_arguments([]))  # as `medarbeider` alone parses
app = Measured(ctx.service, load_settings(ctx.locations), ctx.language)
app.run(headless=True, size=(80, 24))
"""


def make_diary(root: Path, count: int) -> dict[str, str]:
    """A data folder with ``count`` entries (files written directly: quick, not durable)."""
    from datetime import UTC, datetime, timedelta

    from medarbeider_tui.diary import DiaryStore, PackRef, new_entry
    from medarbeider_tui.diary.codec import encode_entry
    from medarbeider_tui.paths import Locations
    from medarbeider_tui.settings import Settings, save_settings

    locations = Locations(root / "data", root / "config")
    store = DiaryStore.open(locations)
    save_settings(locations, Settings(privacy_seen=True))
    pack = PackRef("aktivt-medarbeiderskap", "1.0.0", "")
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    exercises = ["hall-kvadranten", "prestasjonsdrivere", "tre-sporsmal", "prioritering"]
    for n in range(count):
        entry = new_entry(pack, exercises[n % 4], "nb", now=start + timedelta(hours=n))
        entry.answers = {f"sb{i}": (n + i) % 5 + 1 for i in range(1, 7)}
        entry.mark_complete(start + timedelta(hours=n, minutes=12))
        entry.revision = 1
        (locations.entries_dir / f"{entry.id}.json").write_bytes(encode_entry(entry))
    store.summaries()  # builds the index, as the first real listing would
    env = {
        **os.environ,
        "MEDARBEIDER_DATA_DIR": str(locations.data_dir),
        "MEDARBEIDER_CONFIG_DIR": str(locations.config_dir),
        "MEDARBEIDER_LANG": "nb",
    }
    # As for an installed wheel, whose modules pip compiles once: bytecode may be written
    # (this environment sets PYTHONDONTWRITEBYTECODE, which would recompile ours every start).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_once(code: str, env: dict[str, str]) -> tuple[float, int]:
    """Wall time (s) and peak RSS (KiB, the process's own VmHWM) of one fresh process."""
    with tempfile.NamedTemporaryFile(prefix="peak-", delete=False) as peak_file:
        peak = Path(peak_file.name)
    script = f"PEAK_FILE = {str(peak)!r}\n{PEAK}\n{code}"
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", script], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, _ = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"benchmark process failed:\n{process.stderr.read().decode()}")
    try:
        return elapsed, int(peak.read_text() or 0)
    finally:
        peak.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--counts", default="0,1000,10000")
    args = parser.parse_args(argv)
    targets = {0: 1.15, 10000: 1.15}
    rss_target = 1.1
    print(
        f"{'entries':>8}  {'bare ms':>8}  {'ours ms':>8}  {'ratio':>6}  {'target':>6}  "
        f"{'bare MiB':>8}  {'ours MiB':>8}  {'RSS ratio':>9}"
    )
    ok = True
    for count in (int(c) for c in args.counts.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            env = make_diary(Path(tmp), count)
            run_once(BARE, env), run_once(OURS, env)  # warm the file cache once
            bare, ours, ratios, bare_rss, ours_rss = [], [], [], [], []
            for _ in range(args.rounds):
                b, b_rss = run_once(BARE, env)
                o, o_rss = run_once(OURS, env)
                bare.append(b)
                ours.append(o)
                ratios.append(o / b)
                bare_rss.append(b_rss)
                ours_rss.append(o_rss)
        ratio = statistics.median(ratios)
        target = targets.get(count)
        rss_ratio = statistics.median(ours_rss) / statistics.median(bare_rss)
        met = (target is None or ratio <= target) and rss_ratio <= rss_target
        ok = ok and met
        print(
            f"{count:>8}  {statistics.median(bare) * 1000:>8.0f}  "
            f"{statistics.median(ours) * 1000:>8.0f}  {ratio:>6.2f}  "
            f"{'' if target is None else f'≤{target}':>6}  "
            f"{statistics.median(bare_rss) / 1024:>8.1f}  "
            f"{statistics.median(ours_rss) / 1024:>8.1f}  {rss_ratio:>9.2f}"
            f"{'' if met else '  MISSED'}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
