"""The entry model: strict validation, golden files, migrations, ids and timestamps."""

from __future__ import annotations

import copy
import json
import math
from datetime import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medarbeider_tui.diary import SCHEMA_VERSION, Entry, EntryFormatError, new_entry
from medarbeider_tui.diary import entry as entry_module
from medarbeider_tui.diary.codec import decode_entry, encode_entry
from medarbeider_tui.diary.ids import is_valid_entry_id, new_entry_id, timestamp

from .helpers import GOLDEN, PACK, at, golden, make_entry


@pytest.mark.parametrize("name", ["v2-draft.json", "v2-complete.json"])
def test_golden_files_stay_readable_and_reserialise_unchanged(name: str) -> None:
    """The golden files are frozen: never edit them; a new version gets new golden files."""
    data = golden(name)
    entry = Entry.from_json(data)
    assert entry.to_json() == data
    assert decode_entry((GOLDEN / name).read_bytes()) == entry


@pytest.mark.parametrize("version", ["draft", "complete"])
def test_golden_v1_files_are_upgraded_to_the_current_version(version: str) -> None:
    """A v1 file reads as the same entry with nothing marked private (v2 added ``private``)."""
    old = golden(f"v1-{version}.json")
    entry = Entry.from_json(old)
    assert entry.private == []
    assert entry.to_json() == {**old, "schema_version": SCHEMA_VERSION, "private": []}
    assert decode_entry((GOLDEN / f"v1-{version}.json").read_bytes()) == entry


def test_a_v1_file_that_already_has_private_is_refused() -> None:
    with pytest.raises(EntryFormatError, match="cannot upgrade from schema_version 1"):
        Entry.from_json({**golden("v1-draft.json"), "private": ["sb1"]})


def test_golden_v2_entry_lists_the_private_answers() -> None:
    entry = Entry.from_json(golden("v2-complete.json"))
    assert entry.private == ["egen-refleksjon"]


def test_golden_complete_entry_fields() -> None:
    entry = Entry.from_json(golden("v1-complete.json"))
    assert entry.status == "complete"
    assert entry.completed_at == "2026-11-27T10:31:40+01:00"
    assert entry.pack.id == "aktivt-medarbeiderskap"
    assert entry.answers["od6"] == 4
    assert entry.results["hall"]["quadrant"] == "handlingslammet"
    assert entry.summary().pack_id == "aktivt-medarbeiderskap"


def test_golden_draft_keeps_not_relevant_and_resume_step() -> None:
    entry = Entry.from_json(golden("v1-draft.json"))
    assert entry.answers["od2"] == "not_relevant"
    assert entry.current_step == "omstillingsdyktighet"
    assert entry.revision == 9


def test_new_entry_is_an_unsaved_draft() -> None:
    entry = new_entry(PACK, "hall-kvadranten", "en", now=at(38))
    assert entry.status == "draft"
    assert entry.revision == 0
    assert entry.created_at == entry.updated_at == "2026-11-27T13:38:08+01:00"
    assert entry.completed_at is None
    assert entry.id.startswith("20261127-123808-")  # the id's time is UTC
    assert is_valid_entry_id(entry.id)


def test_ids_carry_randomness_and_sort_by_creation_time() -> None:
    # Same-second ids differ by 24 random bits; a rare clash is handled by the store, which
    # never lets a new entry replace an existing file (see test_store).
    assert len({new_entry_id(at(38)) for _ in range(20)}) > 1
    assert new_entry_id(at(38)) < new_entry_id(at(39)) < new_entry_id(at(0, hour=14))


def test_timestamp_keeps_an_aware_offset_and_gives_a_naive_time_one() -> None:
    assert timestamp(at(38).replace(microsecond=123456)) == "2026-11-27T13:38:08+01:00"
    naive = timestamp(datetime(2026, 11, 27, 13, 38, 8))
    assert naive.startswith("2026-11-27T13:38:08")
    assert datetime.fromisoformat(naive).utcoffset() is not None


def test_mark_complete_and_touch() -> None:
    entry = make_entry()
    entry.touch(at(40))
    assert entry.updated_at == "2026-11-27T13:40:08+01:00"
    entry.mark_complete(at(45))
    assert entry.status == "complete"
    assert entry.completed_at == entry.updated_at == "2026-11-27T13:45:08+01:00"


def _mutated(change: dict[str, Any]) -> dict[str, Any]:
    data = golden("v2-complete.json")
    for key, value in change.items():
        if value is _DROP:
            del data[key]
        else:
            data[key] = value
    return data


_DROP = object()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"answers": _DROP}, "missing answers"),
        ({"mood": "fine"}, "unknown field mood"),
        ({"id": "../../etc/passwd"}, "id:"),
        ({"id": ""}, "id:"),
        ({"status": "done"}, "status"),
        ({"completed_at": None}, "completion time"),
        ({"created_at": "2026-11-27T13:38:08"}, "created_at"),
        ({"updated_at": "yesterday"}, "updated_at"),
        ({"revision": -1}, "revision"),
        ({"revision": True}, "revision"),
        ({"revision": "3"}, "revision"),
        ({"answers": []}, "answers: expected an object"),
        ({"results": None}, "results: expected an object"),
        ({"pack": {"id": "x", "version": "1"}}, "pack: missing sha256"),
        ({"pack": {"id": 1, "version": "1", "sha256": "ab"}}, "pack.id"),
        ({"language": None}, "language"),
        ({"current_step": 3}, "current_step"),
        ({"private": "egen-refleksjon"}, "private: expected a list"),
        ({"private": [1]}, "private: expected a list"),
        ({"private": ["a", "a"]}, "listed twice"),
        ({"schema_version": "1"}, "schema_version"),
        ({"schema_version": True}, "schema_version"),
        ({"schema_version": 0}, "schema_version 0 is not supported"),
        ({"schema_version": SCHEMA_VERSION + 1}, "newer than this program"),
    ],
)
def test_from_json_refuses_wrong_shapes(change: dict[str, Any], message: str) -> None:
    with pytest.raises(EntryFormatError, match=message):
        Entry.from_json(_mutated(change))


@pytest.mark.parametrize("data", [None, [], "entry", 1])
def test_from_json_refuses_non_objects(data: object) -> None:
    with pytest.raises(EntryFormatError, match="expected an object"):
        Entry.from_json(data)


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"sb1": {1, 2}}, "set is not a JSON value"),
        ({"sb1": (1, 2)}, "tuple is not a JSON value"),
        ({"sb1": math.nan}, "nan is not allowed"),
        ({"plan": {1: "x"}}, "key 1 is not text"),
        ({"deep": json.loads("[" * 40 + "]" * 40)}, "nested more than"),
    ],
)
def test_answers_must_be_plain_json(answers: dict[str, Any], message: str) -> None:
    entry = make_entry(answers)
    with pytest.raises(EntryFormatError, match=message):
        encode_entry(entry)
    with pytest.raises(EntryFormatError, match=message):
        Entry.from_json({**golden("v1-draft.json"), "answers": answers})


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty file"),
        (b'{"schema_version": 1, "id"', "not valid JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b'{"schema_version": NaN}', "NaN is not allowed"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
)
def test_decode_gives_a_reason(raw: bytes, message: str) -> None:
    with pytest.raises(EntryFormatError, match=message):
        decode_entry(raw)


def test_decode_accepts_a_byte_order_mark() -> None:
    raw = b"\xef\xbb\xbf" + (GOLDEN / "v1-draft.json").read_bytes()
    assert decode_entry(raw).id == "20261127-123808-3f9a1c"


def test_an_unknown_pack_hash_may_be_empty() -> None:
    data = golden("v1-draft.json")
    data["pack"]["sha256"] = ""
    assert Entry.from_json(data).pack.sha256 == ""
    with pytest.raises(EntryFormatError, match=r"pack\.id"):
        Entry.from_json({**data, "pack": {**data["pack"], "id": ""}})


def test_to_json_and_from_json_do_not_share_nested_data() -> None:
    data = golden("v1-complete.json")
    entry = Entry.from_json(data)
    data["results"]["hall"]["quadrant"] = "changed"
    assert entry.results["hall"]["quadrant"] == "handlingslammet"
    entry.to_json()["answers"]["sb1"] = 1
    assert entry.answers["sb1"] == 4


def test_migration_table_upgrades_older_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend the current version is 3 and v2 files used "no" where v3 uses "nb": a v1 file
    passes through the real 1→2 step and then this one."""
    seen: list[int] = []

    def v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
        seen.append(data["schema_version"])
        if data["language"] == "no":
            data["language"] = "nb"
        return data

    monkeypatch.setattr(entry_module, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(entry_module.MIGRATIONS, 2, v2_to_v3)
    old = {**golden("v1-draft.json"), "language": "no"}
    original = copy.deepcopy(old)

    entry = Entry.from_json(old)

    assert seen == [2]
    assert entry.language == "nb"
    assert entry.private == []
    assert entry.to_json()["schema_version"] == 3
    assert old == original  # the caller's data is not changed in place


def test_a_gap_in_the_migration_table_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entry_module, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(entry_module.MIGRATIONS, 1, lambda data: data)
    with pytest.raises(EntryFormatError, match="schema_version 2 is not supported"):
        Entry.from_json(golden("v1-draft.json"))


def test_a_failing_migration_is_a_format_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(data: dict[str, Any]) -> dict[str, Any]:
        return {"renamed": data["no_such_field"]}

    monkeypatch.setattr(entry_module, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(entry_module.MIGRATIONS, 1, broken)
    with pytest.raises(EntryFormatError, match="cannot upgrade from schema_version 1"):
        Entry.from_json(golden("v1-draft.json"))


def test_the_shipped_migration_table_has_no_gaps() -> None:
    assert set(entry_module.MIGRATIONS) == set(range(1, SCHEMA_VERSION))


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@pytest.mark.slow
@given(
    answers=st.dictionaries(st.text(min_size=1, max_size=8), json_values, max_size=6),
    results=st.dictionaries(st.text(min_size=1, max_size=8), json_values, max_size=3),
    step=st.none() | st.text(max_size=10),
)
def test_any_json_answers_survive_a_round_trip(
    answers: dict[str, Any], results: dict[str, Any], step: str | None
) -> None:
    entry = make_entry(answers)
    entry.results = results
    entry.current_step = step
    assert decode_entry(encode_entry(entry)) == entry


def test_text_with_a_lone_surrogate_is_kept_exactly() -> None:
    entry = make_entry({"reflection": "half a pair: \ud83d, and æøå"})
    raw = encode_entry(entry)
    assert raw.isascii()
    assert decode_entry(raw) == entry


def test_normal_text_is_written_as_readable_utf8() -> None:
    raw = encode_entry(make_entry({"reflection": "Økt forståelse"}))
    assert "Økt forståelse".encode() in raw


def test_an_entry_owns_its_answers_unless_they_are_handed_over() -> None:
    data = golden("v2-complete.json")
    copied = Entry.from_json(data)
    copied.answers["sb1"] = 1
    copied.results.clear()
    assert data == golden("v2-complete.json")  # deep copies by default: the caller's data stays
    handed = Entry.from_json(data, copy_values=False)  # what decode_entry does with fresh JSON
    assert handed.answers is data["answers"] and handed.results is data["results"]
    assert decode_entry(encode_entry(handed)) == handed
