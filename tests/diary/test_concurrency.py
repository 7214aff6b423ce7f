"""Two real processes saving at once: nothing is lost, every file stays valid.

The processes are forked so they share this module's functions; barriers line them up so the
interesting interleavings happen every round instead of by luck.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
from multiprocessing.synchronize import Barrier
from typing import Any

import pytest

from medarbeider_tui.diary import DiaryStore, Entry
from medarbeider_tui.diary.codec import encode_entry
from medarbeider_tui.fsio import write_private_file
from medarbeider_tui.paths import Locations

from .helpers import make_entry, mode

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork (POSIX)"
)
WRITERS = ("p0", "p1")
TIMEOUT = 60


def _run(target: Any, args_per_writer: list[tuple[Any, ...]]) -> list[Any]:
    """Run ``target(*args, queue)`` in one process per writer; return what each put."""
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    procs = [ctx.Process(target=target, args=(*args, queue)) for args in args_per_writer]
    for proc in procs:
        proc.start()
    results = [queue.get(timeout=TIMEOUT) for _ in procs]
    for proc in procs:
        proc.join(TIMEOUT)
        assert proc.exitcode == 0
    return results


def _save_many(locations: Locations, tag: str, count: int, start: Barrier, queue: Any) -> None:
    store = DiaryStore.open(locations)
    start.wait(TIMEOUT)
    ids = []
    for n in range(count):
        ids.append(store.save(make_entry({"writer": tag, "n": n})).id)
    queue.put((tag, ids))


def test_many_distinct_entries_from_two_processes(locations: Locations) -> None:
    count = 60
    DiaryStore.open(locations)
    start = multiprocessing.get_context("fork").Barrier(len(WRITERS))

    results = _run(_save_many, [(locations, tag, count, start) for tag in WRITERS])

    store = DiaryStore.open(locations)
    entries = store.entries()
    written = {(e.answers["writer"], e.answers["n"]) for e in entries}
    assert written == {(tag, n) for tag in WRITERS for n in range(count)}
    assert len(entries) == len(WRITERS) * count
    assert {e.id for e in entries} == {i for _, ids in results for i in ids}
    assert store.warnings == []
    files = [p for p in locations.entries_dir.iterdir() if p.name != ".lock"]
    assert all(p.suffix == ".json" for p in files)  # no temp files left behind
    assert all(mode(p) == 0o600 for p in files) or os.name != "posix"


def _contend(
    locations: Locations,
    entry_id: str,
    tag: str,
    rounds: int,
    step: Barrier,
    queue: Any,
) -> None:
    """Each round: both load the same revision, then both add their own answer and save."""
    store = DiaryStore.open(locations)
    outcomes = []
    for round_no in range(rounds):
        step.wait(TIMEOUT)
        entry = store.load(entry_id)
        step.wait(TIMEOUT)
        entry.answers[f"{tag}-{round_no}"] = round_no
        outcomes.append(store.save(entry).id)
    queue.put((tag, outcomes, [w.kind for w in store.warnings]))


def _contend_in_two_processes(
    locations: Locations, rounds: int
) -> tuple[str, dict[str, list[str]], dict[str, list[str]], dict[str, Entry]]:
    """Run the contention rounds; return the id, each writer's outcomes and warning kinds,
    and every entry on disk afterwards."""
    original = DiaryStore.open(locations).save(make_entry({"sb1": 3}))
    step = multiprocessing.get_context("fork").Barrier(len(WRITERS))
    results = _run(_contend, [(locations, original.id, tag, rounds, step) for tag in WRITERS])
    outcomes = {tag: ids for tag, ids, _ in results}
    kinds = {tag: warning_kinds for tag, _, warning_kinds in results}
    on_disk = {e.id: e for e in DiaryStore.open(locations).entries()}
    return original.id, outcomes, kinds, on_disk


def _lost_answers(on_disk: dict[str, Entry], rounds: int) -> set[str]:
    held = set().union(*(e.answers for e in on_disk.values()))
    written = {f"{tag}-{r}" for tag in WRITERS for r in range(rounds)} | {"sb1"}
    return written - held


def test_same_entry_from_two_processes_loses_no_version(locations: Locations) -> None:
    rounds = 25
    entry_id, outcomes, kinds, on_disk = _contend_in_two_processes(locations, rounds)

    assert _lost_answers(on_disk, rounds) == set()
    main = on_disk.pop(entry_id)
    assert main.revision == 1 + rounds
    assert set(on_disk) == {i for ids in outcomes.values() for i in ids} - {entry_id}
    assert len(on_disk) == rounds
    copies_made = {tag: sum(i != entry_id for i in outcomes[tag]) for tag in WRITERS}
    assert kinds == {tag: ["conflict"] * copies_made[tag] for tag in WRITERS}
    for r in range(rounds):
        [winner] = [tag for tag in WRITERS if outcomes[tag][r] == entry_id]
        [loser] = [tag for tag in WRITERS if tag != winner]
        assert f"{winner}-{r}" in main.answers
        assert f"{loser}-{r}" not in main.answers
        holders = [i for i, e in on_disk.items() if f"{loser}-{r}" in e.answers]
        assert holders == [outcomes[loser][r]]


def test_the_check_catches_a_naive_overwrite(
    locations: Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Guard the guard: with a save that just overwrites, the same run does lose answers."""

    def naive_save(self: DiaryStore, entry: Entry) -> Entry:
        saved = dataclasses.replace(entry, revision=entry.revision + 1)
        write_private_file(locations.entries_dir, f"{entry.id}.json", encode_entry(saved))
        return saved

    monkeypatch.setattr(DiaryStore, "save", naive_save)  # inherited by the forked writers
    rounds = 5
    _, _, _, on_disk = _contend_in_two_processes(locations, rounds)
    assert len(_lost_answers(on_disk, rounds)) == rounds
