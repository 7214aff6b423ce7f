"""Kill a process that is saving, hundreds of times: nothing acknowledged is ever lost.

A child process saves diary entries in a loop through `DiaryStore.save` (new entries, drafts
updated again and again, drafts completed, deletes, listings that rewrite the index) and writes
one line to its stdout, flushed, after each save returns: that save is *acknowledged*. The test
kills it with SIGKILL at a random moment (after a random number of acknowledged saves plus a
random pause, or during start-up; seeded, so a failure can be replayed), then opens
the store again as the next start would and checks that

- every ``*.json`` file in ``entries/`` parses as an entry (`Entry.from_json`);
- every acknowledged save is there, with at least the acknowledged revision;
- no temp file is left after the store is opened (a crashed writer's temp file is swept);
- nothing went to quarantine, and the index-backed listing equals a full read.

The children are forked from this process rather than started afresh: the work, the kill and
the files are real, but each round costs a fork (milliseconds) instead of an interpreter start
(about 100 ms), so 200 kills fit in CI's budget. A control run with a naive writer shows that
the same checks do catch lost data.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from medarbeider_tui.diary import DiaryStore, Entry, PackRef, new_entry
from medarbeider_tui.diary import store as store_module
from medarbeider_tui.diary.ids import is_valid_entry_id
from medarbeider_tui.paths import Locations

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"), reason="needs fork and SIGKILL"
)

KILLS = int(os.environ.get("MEDARBEIDER_KILLS", "200"))
SEED = 20261127
#: Keep the diary small so that checking every file after every kill stays cheap.
MAX_ENTRIES = 25
PACK = PackRef("aktivt-medarbeiderskap", "1.0.0", "ab" * 32)


# --- the child --------------------------------------------------------------------------------


def _saver(locations: Locations, seed: int, ack: Callable[[str], None]) -> None:
    """Save forever, acknowledging each save after it returns. Never returns."""
    rng = random.Random(seed)
    store = DiaryStore.open(locations)
    listing = store.summaries()
    drafts = [store.load(s.id) for s in listing if s.status == "draft"][:4]
    count = len(listing)
    while True:
        roll = rng.random()
        if roll < 0.05:
            store.summaries()  # may rewrite the index: kills land there too
            continue
        if count > MAX_ENTRIES and roll < 0.15:
            victim = store.summaries()[-1].id
            ack(f"deleting {victim}")
            store.delete(victim)
            drafts = [d for d in drafts if d.id != victim]
            ack(f"deleted {victim}")
            count -= 1
            continue
        if roll < 0.3 or not drafts:
            entry = new_entry(PACK, rng.choice(["hall-kvadranten", "prioritering"]), "nb")
            count += 1
        else:
            entry = rng.choice(drafts)
            drafts.remove(entry)
        entry.answers[f"q{rng.randrange(40)}"] = rng.randint(1, 5)
        if rng.random() < 0.2:  # a long text: a write that spans many pages
            entry.answers["notat"] = "Refleksjon over arbeidsdagen. " * rng.randrange(100, 4000)
        entry.touch()
        if rng.random() < 0.1:
            entry.mark_complete()
        saved = store.save(entry)
        ack(f"saved {saved.id} {saved.revision}")
        if saved.status == "draft":
            drafts.append(saved)


def _child_main(locations: Locations, seed: int, write_fd: int, saver: Callable[..., None]) -> None:
    """Runs in the forked child: stdout is the pipe to the parent. Never returns."""
    try:
        os.dup2(write_fd, 1)
        out = os.fdopen(1, "w", buffering=1, encoding="utf-8", closefd=False)

        def ack(line: str) -> None:
            out.write(line + "\n")
            out.flush()

        saver(locations, seed, ack)
    except BaseException:
        try:
            os.write(1, ("error " + traceback.format_exc().replace("\n", " | ") + "\n").encode())
        finally:
            os._exit(3)
    os._exit(4)


# --- the parent -------------------------------------------------------------------------------


@dataclass
class Acks:
    """What the children acknowledged, over all rounds."""

    revision: dict[str, int] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    maybe_deleted: set[str] = field(default_factory=set)
    saves: int = 0
    lines: int = 0

    def take(self, lines: list[str]) -> None:
        self.lines += len(lines)
        for line in lines:
            kind, _, rest = line.partition(" ")
            assert kind != "error", rest.replace(" | ", "\n")
            if kind == "saved":
                entry_id, revision = rest.split()
                self.revision[entry_id] = max(int(revision), self.revision.get(entry_id, 0))
                self.saves += 1
            elif kind == "deleting":
                self.maybe_deleted.add(rest)
            elif kind == "deleted":
                self.deleted.add(rest)


def kill_one(
    locations: Locations, seed: int, when: Moment, saver: Callable[..., None]
) -> list[str]:
    """Fork a saver, SIGKILL it at ``when``; return the complete lines it acknowledged."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_fd)
        _child_main(locations, seed, write_fd, saver)
    os.close(write_fd)
    chunks = []
    seen = 0
    deadline = time.monotonic() + 20
    while seen < when.after_acks and time.monotonic() < deadline:  # wait for the child's work
        ready, _, _ = select.select([read_fd], [], [], deadline - time.monotonic())
        chunk = os.read(read_fd, 65536) if ready else b""
        if not chunk:
            break
        chunks.append(chunk)
        seen += chunk.count(b"\n")
    time.sleep(when.pause)
    os.kill(pid, signal.SIGKILL)
    while chunk := os.read(read_fd, 65536):
        chunks.append(chunk)
    os.close(read_fd)
    _, status = os.waitpid(pid, 0)
    text = b"".join(chunks).decode("utf-8")
    complete = text.split("\n")[:-1]  # a line cut off by the kill was not acknowledged
    if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
        raise AssertionError(f"the saver ended by itself ({status}): {text[-2000:]}")
    return complete


@dataclass(frozen=True)
class Moment:
    """When to kill: after the child acknowledged ``after_acks`` lines, plus ``pause`` seconds.

    Counting acknowledgements, not milliseconds, keeps the kills spread over the child's work
    on a fast machine and a slow one alike; the pause lands them inside a save.
    """

    after_acks: int
    pause: float

    @classmethod
    def draw(cls, rng: random.Random) -> Moment:
        if rng.random() < 0.2:  # during start-up: opening the store, rebuilding the index
            return cls(0, rng.uniform(0.0, 0.03))
        return cls(rng.randrange(1, 20), rng.uniform(0.0, 0.002))


def temp_files(folder: Path) -> list[str]:
    if not folder.exists():  # killed before it made the folders
        return []
    return sorted(name for name in os.listdir(folder) if ".tmp" in name)


def check_after_restart(locations: Locations, acks: Acks, full: bool) -> list[str]:
    """Open the store as the next start would; return every broken promise found."""
    store = DiaryStore.open(locations)
    problems = [f"temp file left after start: {n}" for n in temp_files(locations.entries_dir)]
    on_disk: dict[str, Entry] = {}
    for path in sorted(locations.entries_dir.glob("*.json")):
        try:
            entry = Entry.from_json(json.loads(path.read_bytes()))
        except (ValueError, UnicodeDecodeError) as exc:
            problems.append(f"{path.name} does not parse: {exc}")
            continue
        if entry.id != path.stem or not is_valid_entry_id(entry.id):
            problems.append(f"{path.name} holds the entry {entry.id}")
        on_disk[entry.id] = entry
    for entry_id, revision in acks.revision.items():
        if entry_id in acks.deleted or entry_id in acks.maybe_deleted:
            continue
        if entry_id not in on_disk:
            problems.append(f"acknowledged {entry_id} (revision {revision}) is missing")
        elif on_disk[entry_id].revision < revision:
            problems.append(
                f"{entry_id} is at revision {on_disk[entry_id].revision}, acknowledged {revision}"
            )
    for entry_id in acks.deleted & on_disk.keys():
        problems.append(f"{entry_id} was deleted (acknowledged) but is back")
    if locations.quarantine_dir.exists() and os.listdir(locations.quarantine_dir):
        problems.append(f"quarantined: {os.listdir(locations.quarantine_dir)}")
    if full and not problems:
        truth = [e.summary() for e in sorted(on_disk.values(), key=_newest, reverse=True)]
        if store.summaries() != truth:
            problems.append("the index-backed listing differs from a full read")
    if store.warnings:
        problems.append(f"warnings: {store.warnings}")
    return problems


def _newest(entry: Entry) -> tuple[float, str]:
    from medarbeider_tui.diary.ids import parse_timestamp

    return (parse_timestamp(entry.created_at).timestamp(), entry.id)


# --- the tests --------------------------------------------------------------------------------


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_acknowledged(locations: Locations) -> None:
    rng = random.Random(SEED)
    acks = Acks()
    killed_mid_write = 0
    started = time.monotonic()
    promised = 0
    for round_no in range(KILLS):
        when = Moment.draw(rng)
        promised += when.after_acks
        acks.take(kill_one(locations, rng.randrange(2**32), when, _saver))
        if temp_files(locations.entries_dir):
            killed_mid_write += 1
        problems = check_after_restart(locations, acks, full=round_no % 10 == 0)
        assert problems == [], f"after kill {round_no + 1} (seed {SEED}): {problems}"

    elapsed = time.monotonic() - started
    print(
        f"\n{KILLS} kills in {elapsed:.1f} s; {acks.saves} acknowledged saves; "
        f"{killed_mid_write} kills left a temp file (swept at the next start)"
    )
    assert acks.lines >= promised  # the children did the work they were given before the kill
    assert killed_mid_write > 0  # and some kills landed in the middle of a write
    assert check_after_restart(locations, acks, full=True) == []


def _naive_write(folder: Path, name: str, data: bytes) -> None:
    """How not to save: truncate the file in place, then write it piece by piece."""
    with open(folder / name, "w", encoding="utf-8") as handle:
        json.dump(json.loads(data), handle, indent=2)


def _naive_saver(locations: Locations, seed: int, ack: Callable[[str], None]) -> None:
    store_module.write_private_file = _naive_write  # type: ignore[assignment]  # only in the child
    _saver(locations, seed, ack)


def test_control_the_same_checks_catch_a_naive_writer(locations: Locations) -> None:
    """Guard the guard: with an in-place write, kills do leave broken files, and we see them."""
    rng = random.Random(SEED + 1)
    acks = Acks()
    for _ in range(150):
        acks.take(kill_one(locations, rng.randrange(2**32), Moment.draw(rng), _naive_saver))
        problems = check_after_restart(locations, acks, full=False)
        if problems:
            assert any("does not parse" in p or "missing" in p for p in problems), problems
            return
    pytest.fail("150 kills of a naive writer left no broken file: the harness is not biting")
