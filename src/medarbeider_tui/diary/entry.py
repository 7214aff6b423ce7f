"""The diary entry: one person's answers to one exercise, as stored in one JSON file.

Provides the `Entry` model with its strict validation (`Entry.from_json`), the schema version
and its migration table. No file access happens here, so the store, the export and the tests
share one definition of what a valid entry is.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from medarbeider_tui.diary.digest import results_digest
from medarbeider_tui.diary.ids import (
    aware,
    is_valid_entry_id,
    new_entry_id,
    parse_timestamp,
    timestamp,
)

#: The version written into every file. Bump it when the format changes, and add a migration.
SCHEMA_VERSION = 2

#: Answers and results never nest deeply; a limit keeps copying and writing them safe.
MAX_NESTING = 32

Status = Literal["draft", "complete"]
Migration = Callable[[dict[str, Any]], dict[str, Any]]

#: ``MIGRATIONS[n]`` turns the dict of a version-n file into a version-(n+1) dict. Entries are
#: never removed, so a file written by any released version stays readable forever.
MIGRATIONS: dict[int, Migration] = {}


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 adds ``private``: the answers the person marked private (none before)."""
    if "private" in data:
        raise ValueError("a version 1 file has no field 'private'")
    data["private"] = []
    return data


MIGRATIONS[1] = _v1_to_v2

_FIELDS = (
    "schema_version",
    "id",
    "created_at",
    "updated_at",
    "completed_at",
    "status",
    "language",
    "pack",
    "exercise",
    "current_step",
    "revision",
    "answers",
    "results",
    "private",
)
_PACK_FIELDS = ("id", "version", "sha256")


class EntryFormatError(ValueError):
    """The data is not a valid diary entry; the message says what is wrong, and where."""


@dataclass(frozen=True)
class PackRef:
    """The content pack an entry was answered against, pinned by version and content hash."""

    id: str
    version: str
    sha256: str


@dataclass(frozen=True, slots=True)
class EntrySummary:
    """The few fields a listing needs, so listings need not carry every answer.

    Slotted: a listing builds one per entry (100,000 for a long diary), a third faster so.
    """

    id: str
    exercise: str
    pack_id: str
    status: Status
    created_at: str
    updated_at: str
    completed_at: str | None
    language: str
    digest: str = ""
    """The results in brief, as compact JSON text (`medarbeider_tui.diary.digest`); read it
    with `read_digest` (only the rows a summary, trend or trail needs are ever parsed)."""


@dataclass
class Entry:
    """One run of one exercise: a draft being answered, or a completed reflection."""

    id: str
    created_at: str
    updated_at: str
    completed_at: str | None
    status: Status
    language: str
    pack: PackRef
    exercise: str
    answers: dict[str, Any] = field(default_factory=dict)
    """Keyed by the pack's stable item ids; values are JSON values (see docs/diary-format.md)."""
    results: dict[str, Any] = field(default_factory=dict)
    """Computed scores and their inputs; opaque to the diary."""
    current_step: str | None = None
    """The step a draft resumes at."""
    revision: int = 0
    """How many times the store has saved this entry; 0 means never saved."""
    private: list[str] = field(default_factory=list)
    """Answer keys the person marked private: left out of every export unless asked for."""

    def touch(self, now: datetime | None = None) -> None:
        """Record that the answers changed (call before saving)."""
        self.updated_at = timestamp(now)

    def mark_complete(self, now: datetime | None = None) -> None:
        """Finish the entry: status complete, with completion and update time set to ``now``."""
        stamp = timestamp(now)
        self.status = "complete"
        self.completed_at = stamp
        self.updated_at = stamp

    def summary(self) -> EntrySummary:
        """The listing view of this entry."""
        return EntrySummary(
            id=self.id,
            exercise=self.exercise,
            pack_id=self.pack.id,
            status=self.status,
            created_at=self.created_at,
            updated_at=self.updated_at,
            completed_at=self.completed_at,
            language=self.language,
            digest=results_digest(self.results, self.answers, self.pack.version, self.pack.sha256),
        )

    def to_json(self) -> dict[str, Any]:
        """The file content as plain JSON data, keys in the documented order."""
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "completed_at": self.completed_at,
            "status": self.status,
            "language": self.language,
            "pack": {"id": self.pack.id, "version": self.pack.version, "sha256": self.pack.sha256},
            "exercise": self.exercise,
            "current_step": self.current_step,
            "revision": self.revision,
            "answers": copy.deepcopy(self.answers),
            "results": copy.deepcopy(self.results),
            "private": list(self.private),
        }

    @classmethod
    def from_json(cls, data: object, *, copy_values: bool = True) -> Entry:
        """Build an entry from JSON data, migrating older versions; strict about everything.

        The entry gets deep copies of ``answers`` and ``results``, so the caller's data stays
        its own. ``copy_values=False`` hands them over instead, for data no one else holds
        (what `json.loads` just returned): copying was half the time of reading a diary.

        Raises:
            EntryFormatError: on a missing, unknown or mistyped field, or a schema version this
                program does not know. Unknown fields are refused rather than dropped, because
                dropping them on the next save would lose someone's data.
        """
        obj = _migrate(_expect_dict(data, "entry"))
        _expect_keys(obj, _FIELDS, "entry")
        pack = _expect_dict(obj["pack"], "pack")
        _expect_keys(pack, _PACK_FIELDS, "pack")
        entry_id = _text(obj, "id")
        if not is_valid_entry_id(entry_id):
            raise EntryFormatError(f"id: {entry_id!r} is not of the form YYYYMMDD-HHMMSS-xxxxxx")
        status = obj["status"]
        if status not in ("draft", "complete"):
            raise EntryFormatError(f"status: expected 'draft' or 'complete', got {status!r}")
        completed_at = _optional_time(obj, "completed_at")
        if status == "complete" and completed_at is None:
            raise EntryFormatError("completed_at: a complete entry needs a completion time")
        revision = obj["revision"]
        if type(revision) is not int or revision < 0:
            raise EntryFormatError(f"revision: expected a whole number >= 0, got {revision!r}")
        answers = _expect_dict(obj["answers"], "answers")
        results = _expect_dict(obj["results"], "results")
        _expect_json_value(answers, "answers")
        _expect_json_value(results, "results")
        private = obj["private"]
        if not isinstance(private, list) or not all(isinstance(key, str) for key in private):
            raise EntryFormatError(f"private: expected a list of answer keys, got {private!r}")
        if len(set(private)) != len(private):
            raise EntryFormatError("private: an answer key is listed twice")
        current_step = obj["current_step"]
        if current_step is not None and not isinstance(current_step, str):
            raise EntryFormatError(f"current_step: expected text or null, got {current_step!r}")
        return cls(
            id=entry_id,
            created_at=_time(obj, "created_at"),
            updated_at=_time(obj, "updated_at"),
            completed_at=completed_at,
            status=status,
            language=_text(obj, "language"),
            pack=PackRef(
                id=_text(pack, "id", "pack."),
                version=_text(pack, "version", "pack."),
                # Empty when the pack's hash was not computed (a pack built in code).
                sha256=_text(pack, "sha256", "pack.", may_be_empty=True),
            ),
            exercise=_text(obj, "exercise"),
            answers=copy.deepcopy(answers) if copy_values else answers,
            results=copy.deepcopy(results) if copy_values else results,
            current_step=current_step,
            revision=revision,
            private=list(private),
        )


def new_entry(pack: PackRef, exercise: str, language: str, now: datetime | None = None) -> Entry:
    """A fresh, never-saved draft with a new id."""
    moment = aware(now)
    stamp = moment.isoformat(timespec="seconds")
    return Entry(
        id=new_entry_id(moment),
        created_at=stamp,
        updated_at=stamp,
        completed_at=None,
        status="draft",
        language=language,
        pack=pack,
        exercise=exercise,
    )


def _migrate(obj: dict[str, Any]) -> dict[str, Any]:
    version = obj.get("schema_version")
    if type(version) is not int:
        raise EntryFormatError(f"schema_version: expected a whole number, got {version!r}")
    if version > SCHEMA_VERSION:
        raise EntryFormatError(
            f"schema_version {version} is newer than this program reads ({SCHEMA_VERSION}); "
            "update medarbeider to read it"
        )
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise EntryFormatError(f"schema_version {version} is not supported")
        try:
            obj = step(copy.deepcopy(obj))
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryFormatError(f"cannot upgrade from schema_version {version}: {exc}") from exc
        version += 1
        obj["schema_version"] = version
    return obj


def _expect_dict(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise EntryFormatError(f"{where}: expected an object, got {type(value).__name__}")
    return value


def _expect_keys(obj: dict[str, Any], expected: tuple[str, ...], where: str) -> None:
    missing = [key for key in expected if key not in obj]
    unknown = sorted(str(key) for key in obj if key not in expected)
    if missing:
        raise EntryFormatError(f"{where}: missing {', '.join(missing)}")
    if unknown:
        raise EntryFormatError(f"{where}: unknown field {', '.join(unknown)}")


def _text(obj: dict[str, Any], key: str, prefix: str = "", *, may_be_empty: bool = False) -> str:
    value = obj[key]
    if not isinstance(value, str) or not (value or may_be_empty):
        raise EntryFormatError(f"{prefix}{key}: expected non-empty text, got {value!r}")
    return value


def _time(obj: dict[str, Any], key: str) -> str:
    value = _text(obj, key)
    try:
        parse_timestamp(value)
    except ValueError as exc:
        raise EntryFormatError(f"{key}: {value!r} is not an ISO 8601 time with offset") from exc
    return value


def _optional_time(obj: dict[str, Any], key: str) -> str | None:
    return None if obj[key] is None else _time(obj, key)


def _expect_json_value(value: object, where: str) -> None:
    """Refuse anything JSON cannot hold exactly (tuples, sets, NaN, non-text keys).

    Iterative and depth-limited, so absurdly nested data is an error, not a RecursionError
    later in copying or writing.
    """
    stack: list[tuple[object, str, int]] = [(value, where, 0)]
    while stack:
        item, path, depth = stack.pop()
        if depth > MAX_NESTING:
            raise EntryFormatError(f"{path}: nested more than {MAX_NESTING} levels deep")
        if item is None or isinstance(item, bool | int | str):
            continue
        if isinstance(item, float):
            if not math.isfinite(item):
                raise EntryFormatError(f"{path}: {item} is not allowed")
        elif isinstance(item, list):
            stack.extend((child, f"{path}[{i}]", depth + 1) for i, child in enumerate(item))
        elif isinstance(item, dict):
            for key, child in item.items():
                if not isinstance(key, str):
                    raise EntryFormatError(f"{path}: key {key!r} is not text")
                stack.append((child, f"{path}.{key}", depth + 1))
        else:
            raise EntryFormatError(f"{path}: {type(item).__name__} is not a JSON value")
