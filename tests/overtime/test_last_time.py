"""Item 2: «last time» — the previous complete entry's answers, texts and tasks."""

from __future__ import annotations

from medarbeider_tui.service import ReflectionService

from .conftest import HALL_EXAMPLE, HALL_LATER, at, complete


def test_last_time_is_the_previous_complete_entry(service: ReflectionService) -> None:
    complete(service, "hall-kvadranten", HALL_EXAMPLE, at(3))
    later = complete(
        service, "hall-kvadranten", {**HALL_LATER, "egen-refleksjon": "Mer mot."}, at(11)
    )
    [(pack, exercise)] = service.find_exercise("hall-kvadranten")
    session = service.start(pack, exercise, "nb")
    session.set_answer("sb1", 1)  # a draft of today is never «last time»

    last = service.last_time(pack, exercise, "nb", excluding=session.entry.id)
    assert last is not None
    assert last.entry_id == later.id
    assert last.date == "03.11.2026"
    assert last.note("sb1") == "sist: 5 · 03.11.2026"
    assert last.scale["sb1"].shown == "5 Helt enig"
    assert last.texts == {"egen-refleksjon": "Mer mot."}
    english = service.last_time(pack, exercise, "en")
    assert english is not None and english.note("od6") == "last time: 2 · 3 Nov 2026"


def test_nothing_last_time_for_a_first_time(service: ReflectionService) -> None:
    [(pack, exercise)] = service.find_exercise("hall-kvadranten")
    assert service.last_time(pack, exercise, "nb") is None
    complete(service, "proeve/hall", HALL_EXAMPLE, at(3))  # another exercise entirely
    assert service.last_time(pack, exercise, "nb") is None


def test_last_times_tasks_to_keep_drop_or_add_to(service: ReflectionService) -> None:
    tasks = ["Rapport", "Møter"]
    complete(
        service,
        "prioritering",
        {"oppgaver": tasks, "matrise": [{"item": t, "cell": "q2"} for t in tasks]},
        at(2),
    )
    [(pack, exercise)] = service.find_exercise("prioritering")
    last = service.last_time(pack, exercise, "nb")
    assert last is not None and last.lists == {"oppgaver": tasks}


def test_an_answer_the_current_scale_cannot_hold_is_left_out(
    service: ReflectionService,
) -> None:
    entry = complete(service, "hall-kvadranten", HALL_EXAMPLE, at(3))
    stored = service.load(entry.id)
    stored.answers["sb1"] = 9  # from a pack version with a 1-9 scale
    service.store.save(stored)
    [(pack, exercise)] = service.find_exercise("hall-kvadranten")
    last = service.last_time(pack, exercise, "nb")
    assert last is not None
    assert "sb1" not in last.scale and "sb2" in last.scale
