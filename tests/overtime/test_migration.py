"""Item 7: today's diaries stay readable; the new parts live beside the entries."""

from __future__ import annotations

import json
import shutil

from medarbeider_tui.diary import DiaryStore
from medarbeider_tui.diary.actions import decode_action, encode_action
from medarbeider_tui.diary.index import INDEX_FILE_NAME, INDEX_VERSION, read_index
from medarbeider_tui.paths import Locations
from medarbeider_tui.service import ReflectionService
from tests.diary.helpers import GOLDEN


def test_todays_files_and_index_are_read_and_the_index_upgraded(
    isolated_environment: Locations,
) -> None:
    entries = isolated_environment.entries_dir
    DiaryStore.open(isolated_environment)
    for name in ("v1-complete.json", "v1-draft.json"):
        data = json.loads((GOLDEN / name).read_text(encoding="utf-8"))
        shutil.copy(GOLDEN / name, entries / f"{data['id']}.json")
    # An index as the previous version wrote it (version 2): not understood, so rebuilt.
    (entries / INDEX_FILE_NAME).write_bytes(b'{"medarbeider_index": 2}\n["x",1]\n')
    service = ReflectionService(isolated_environment)
    rows = service.history("nb").page(0, 10)
    assert {r.summary.status for r in rows} == {"complete", "draft"}
    complete = next(r for r in rows if r.summary.status == "complete")
    assert complete.result.text and not complete.result.note
    index = read_index(entries)
    assert index is not None and len(index.records) == 2
    assert (
        (entries / INDEX_FILE_NAME)
        .read_bytes()
        .startswith(json.dumps({"medarbeider_index": INDEX_VERSION}).encode())
    )
    trend = service.trend("aktivt-medarbeiderskap", "hall-kvadranten", "nb")
    assert trend.entries == 1 and trend.nothing_to_compare
    # Entry files are untouched: the new parts (actions) live in their own folder.
    assert service.actions("nb") == []
    assert (isolated_environment.data_dir / "actions").is_dir()
    for name in ("v1-complete.json", "v1-draft.json"):
        data = json.loads((GOLDEN / name).read_text(encoding="utf-8"))
        assert (entries / f"{data['id']}.json").read_bytes() == (GOLDEN / name).read_bytes()


def test_the_golden_action_file_stays_readable() -> None:
    raw = (GOLDEN / "action-v1.json").read_bytes()
    action = decode_action(raw)
    assert action.state == "going_on" and action.review == "2027-04-15"
    assert action.reviews[0].hindered == "Travle uker i mars"
    assert encode_action(action) == raw
