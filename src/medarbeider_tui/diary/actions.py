"""Actions: what a person planned in an exercise, followed up over time, with every review.

Kept beside the entries, never inside them (docs/diary-format.md, «Actions»): one private JSON
file per action in ``<data folder>/actions/``, written atomically under the folder's own
lock, plus ``made-from.json``, the entries whose actions have been made (so a finished entry
is read once, not on every listing). An action keeps a copy of what was planned, so it lives
on if its entry is deleted, until the person keeps it or lets it go.

No file access happens outside `ActionStore`; the rules of a valid file are `Action.from_json`.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

from medarbeider_tui.diary.entry import EntryFormatError
from medarbeider_tui.diary.files import quarantine_file
from medarbeider_tui.diary.ids import is_valid_entry_id, is_well_formed_name, parse_timestamp
from medarbeider_tui.diary.locking import FolderLock
from medarbeider_tui.fsio import (
    ensure_private_dir,
    fsync_dir,
    sweep_stale_temps,
    write_private_file,
)

#: The version written into every action file; bump it (and add a migration) when it changes.
ACTION_SCHEMA_VERSION = 1
ACTIONS_DIR_NAME = "actions"
MADE_FROM_FILE = "made-from.json"
#: No action file is anywhere near this (a plan's texts are at most a few kB).
MAX_ACTION_BYTES = 1024 * 1024
#: The longest text an action or a review keeps (a text step allows 20,000 characters).
MAX_TEXT = 20_000

State = Literal["open", "going_on", "done", "let_go"]
#: What a review can record.
ReviewState = Literal["going_on", "done", "let_go"]
STATES: tuple[State, ...] = ("open", "going_on", "done", "let_go")
REVIEW_STATES: tuple[ReviewState, ...] = ("going_on", "done", "let_go")
#: Still to be done: an action in one of these states can come up for review.
OPEN_STATES = frozenset(("open", "going_on"))

ACTION_ID_RE = re.compile(r"\A[0-9]{8}-[0-9a-f]{6}\Z")
_FIELDS = (
    "schema_version",
    "id",
    "created_at",
    "updated_at",
    "source",
    "label",
    "language",
    "what",
    "how",
    "review",
    "state",
    "kept_without_entry",
    "reviews",
)
_SOURCE_FIELDS = ("entry", "pack", "exercise", "step", "part")
_REVIEW_FIELDS = ("at", "state", "helped", "hindered", "next_review")


@dataclass(frozen=True)
class ActionSource:
    """Where an action was planned: the entry, and the step (and slot or list position)."""

    entry: str
    pack: str
    exercise: str
    step: str
    part: str | None = None
    """A plan's slot id, or a list entry's position ("0", "1", …); None for a text step."""


@dataclass(frozen=True)
class Review:
    """One look back at an action: what helped, what got in the way, and what now."""

    at: str
    state: ReviewState
    helped: str = ""
    hindered: str = ""
    next_review: str | None = None
    """ISO date (YYYY-MM-DD) to look at it again, for an action going on."""


@dataclass(frozen=True)
class Action:
    """Something a person planned to do, and its reviews, oldest first."""

    id: str
    created_at: str
    updated_at: str
    source: ActionSource
    label: str
    """What kind of plan it was, in the entry's language when made («Utviklingsområde 1»)."""
    language: str
    what: str
    how: str = ""
    review: str | None = None
    """ISO date to look at it again; None for none."""
    state: State = "open"
    kept_without_entry: bool = False
    """The source entry was deleted and the person chose to keep the action."""
    reviews: tuple[Review, ...] = field(default_factory=tuple)

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    def is_due(self, today: date) -> bool:
        """Open, with a review date that has come."""
        return self.is_open and self.review is not None and date.fromisoformat(self.review) <= today

    def to_json(self) -> dict[str, Any]:
        s = self.source
        return {
            "schema_version": ACTION_SCHEMA_VERSION,
            "id": self.id,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "source": {
                "entry": s.entry,
                "pack": s.pack,
                "exercise": s.exercise,
                "step": s.step,
                "part": s.part,
            },
            "label": self.label,
            "language": self.language,
            "what": self.what,
            "how": self.how,
            "review": self.review,
            "state": self.state,
            "kept_without_entry": self.kept_without_entry,
            "reviews": [
                {
                    "at": r.at,
                    "state": r.state,
                    "helped": r.helped,
                    "hindered": r.hindered,
                    "next_review": r.next_review,
                }
                for r in self.reviews
            ],
        }

    @classmethod
    def from_json(cls, data: object) -> Action:
        """Strict, like entries: a missing, unknown or mistyped field is refused.

        Raises:
            EntryFormatError: not a valid action (the message says where).
        """
        obj = _keys(data, _FIELDS, "action")
        version = obj["schema_version"]
        if type(version) is not int or version < 1:
            raise EntryFormatError(f"schema_version: expected a whole number, got {version!r}")
        if version > ACTION_SCHEMA_VERSION:
            raise EntryFormatError(
                f"schema_version {version} is newer than this program reads "
                f"({ACTION_SCHEMA_VERSION}); update medarbeider to read it"
            )
        action_id = _text(obj, "id")
        if not ACTION_ID_RE.match(action_id):
            raise EntryFormatError(f"id: {action_id!r} is not of the form YYYYMMDD-xxxxxx")
        src = _keys(obj["source"], _SOURCE_FIELDS, "source")
        if not is_valid_entry_id(_text(src, "entry")):
            raise EntryFormatError(f"source.entry: {src['entry']!r} is not an entry id")
        for key in ("pack", "exercise", "step"):
            if not is_well_formed_name(_text(src, key)):
                raise EntryFormatError(f"source.{key}: {src[key]!r} is not an id")
        part = src["part"]
        if part is not None and not (isinstance(part, str) and 0 < len(part) <= 64):
            raise EntryFormatError(f"source.part: expected text or null, got {part!r}")
        state = obj["state"]
        if state not in STATES:
            raise EntryFormatError(f"state: expected one of {', '.join(STATES)}, got {state!r}")
        if type(obj["kept_without_entry"]) is not bool:
            raise EntryFormatError("kept_without_entry: expected true or false")
        raw_reviews = obj["reviews"]
        if not isinstance(raw_reviews, list):
            raise EntryFormatError("reviews: expected a list")
        reviews = tuple(_review(r, n) for n, r in enumerate(raw_reviews))
        return cls(
            id=action_id,
            created_at=_time(obj, "created_at"),
            updated_at=_time(obj, "updated_at"),
            source=ActionSource(src["entry"], src["pack"], src["exercise"], src["step"], part),
            label=_text(obj, "label", may_be_empty=True),
            language=_text(obj, "language"),
            what=_text(obj, "what"),
            how=_text(obj, "how", may_be_empty=True),
            review=_date(obj, "review"),
            state=state,
            kept_without_entry=obj["kept_without_entry"],
            reviews=reviews,
        )


def action_id_for(source: ActionSource) -> str:
    """The id of the action made from ``source``: the same every time, so making the actions
    of an entry twice (after a crash between two writes) makes no copies."""
    key = "/".join((source.entry, source.step, source.part or ""))
    return f"{source.entry[:8]}-{zlib.crc32(key.encode()) & 0xFFFFFF:06x}"


def encode_action(action: Action) -> bytes:
    """The bytes of an action file; checked by the reading rules first.

    Raises:
        EntryFormatError: the action would not read back.
    """
    data = action.to_json()
    Action.from_json(data)
    try:
        text = json.dumps(data, ensure_ascii=False, indent=2)
        return (text + "\n").encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: keep it exactly, as entries do
        return (json.dumps(data, ensure_ascii=True, indent=2) + "\n").encode("ascii")


def decode_action(raw: bytes) -> Action:
    """Raises: EntryFormatError: empty, not UTF-8 JSON, or not a valid action."""
    if not raw.strip():
        raise EntryFormatError("empty file")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise EntryFormatError("not valid UTF-8 JSON") from None
    return Action.from_json(data)


@dataclass(frozen=True)
class ActionProblem:
    """An action file that could not be read; ``moved_to`` is its place in quarantine."""

    path: Path
    detail: str
    moved_to: Path | None = None


class ActionNotFound(LookupError):
    """No readable action with that id."""


class ActionStore:
    """The actions folder of one data folder. Build it with `ActionStore.open`."""

    def __init__(self, data_dir: Path, quarantine_dir: Path) -> None:
        self.folder = data_dir / ACTIONS_DIR_NAME
        self._quarantine_dir = quarantine_dir
        self._lock = FolderLock(self.folder / ".lock")
        self.problems: list[ActionProblem] = []

    @classmethod
    def open(cls, data_dir: Path, quarantine_dir: Path) -> ActionStore:
        """Create (or tighten) the folder and clear what crashed writers left.

        Raises:
            StorageError: the folder cannot be made or used.
        """
        store = cls(data_dir, quarantine_dir)
        ensure_private_dir(store.folder)
        sweep_stale_temps(store.folder)
        return store

    # --- reading ---------------------------------------------------------------------------

    def all(self) -> list[Action]:
        """Every readable action, oldest first; unreadable files are quarantined (and noted)."""
        found = []
        for name in sorted(os.listdir(self.folder)):
            if name.endswith(".json") and ACTION_ID_RE.match(name[:-5]):
                action = self._read(self.folder / name)
                if action is not None:
                    found.append(action)
        found.sort(key=lambda a: (parse_timestamp(a.created_at), a.id))
        return found

    def get(self, action_id: str) -> Action:
        """Raises: ActionNotFound."""
        if not ACTION_ID_RE.match(action_id):
            raise ActionNotFound(action_id)
        action = self._read(self.folder / f"{action_id}.json")
        if action is None:
            raise ActionNotFound(action_id)
        return action

    def made_from(self) -> set[str]:
        """The entries whose actions have been made."""
        try:
            raw = (self.folder / MADE_FROM_FILE).read_bytes()
            data = json.loads(raw)
        except (OSError, ValueError):
            return set()
        ids = data.get("entries") if isinstance(data, dict) else None
        if not isinstance(ids, list):
            return set()
        return {i for i in ids if isinstance(i, str) and is_valid_entry_id(i)}

    # --- writing ---------------------------------------------------------------------------

    def add_from_entry(self, entry_id: str, actions: list[Action]) -> list[Action]:
        """Save the actions made from one entry (those not saved already) and remember the entry.

        Returns the actions that were new.
        """
        return self.add_from_entries([(entry_id, actions)])

    def add_from_entries(self, made: list[tuple[str, list[Action]]]) -> list[Action]:
        """`add_from_entry` for many entries at once: the ledger is read and written once
        (per entry it made a first listing of a long diary quadratic).

        Returns the actions that were new.
        """
        if not made:
            return []
        with self._lock:
            added = []
            for _, actions in made:
                for action in actions:
                    path = self.folder / f"{action.id}.json"
                    if os.path.lexists(path):
                        continue  # made before (a crash between this and the ledger)
                    write_private_file(self.folder, path.name, encode_action(action))
                    added.append(action)
            seen = self.made_from() | {entry_id for entry_id, _ in made}
            body = {"schema_version": 1, "entries": sorted(seen)}
            write_private_file(
                self.folder, MADE_FROM_FILE, (json.dumps(body, indent=0) + "\n").encode()
            )
        return added

    def change(self, action_id: str, how: Callable[[Action], Action]) -> Action:
        """Read the action, change it with ``how`` and save it, as one step under the lock.

        Raises:
            ActionNotFound: no such action.
            EntryFormatError: the changed action is not valid (nothing is written).
        """
        with self._lock:
            changed = how(self.get(action_id))
            write_private_file(self.folder, f"{action_id}.json", encode_action(changed))
        return changed

    def remove(self, action_id: str) -> None:
        """Delete one action file for good (the person let it go after deleting its entry)."""
        if not ACTION_ID_RE.match(action_id):
            raise ActionNotFound(action_id)
        with self._lock:
            try:
                (self.folder / f"{action_id}.json").unlink()
            except FileNotFoundError:
                raise ActionNotFound(action_id) from None
            fsync_dir(self.folder)

    def _read(self, path: Path) -> Action | None:
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            return None
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ACTION_BYTES:
            self.problems.append(ActionProblem(path, "not a regular file of an action; left"))
            return None
        try:
            with _opened(path) as raw:
                return decode_action(raw)
        except EntryFormatError as exc:
            with self._lock, contextlib.suppress(OSError):
                moved = quarantine_file(path, self._quarantine_dir, info)
                self.problems.append(ActionProblem(path, str(exc), moved))
                return None
            self.problems.append(ActionProblem(path, str(exc)))
        except OSError as exc:
            self.problems.append(ActionProblem(path, exc.strerror or str(exc)))
        return None


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[bytes]:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        if os.name == "posix" and os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        yield b"".join(chunks)
    finally:
        os.close(fd)


def reviewed(action: Action, review: Review, now: str) -> Action:
    """``action`` with ``review`` recorded: its state, and its next date if it goes on."""
    return replace(
        action,
        state=review.state,
        review=review.next_review if review.state == "going_on" else None,
        reviews=(*action.reviews, review),
        updated_at=now,
    )


def _keys(data: object, expected: tuple[str, ...], where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise EntryFormatError(f"{where}: expected an object")
    missing = [k for k in expected if k not in data]
    unknown = sorted(str(k) for k in data if k not in expected)
    if missing:
        raise EntryFormatError(f"{where}: missing {', '.join(missing)}")
    if unknown:
        raise EntryFormatError(f"{where}: unknown field {', '.join(unknown)}")
    return data


def _text(obj: dict[str, Any], key: str, *, may_be_empty: bool = False) -> str:
    value = obj[key]
    if not isinstance(value, str) or not (value or may_be_empty) or len(value) > MAX_TEXT:
        raise EntryFormatError(f"{key}: expected text, got {type(value).__name__}")
    return value


def _time(obj: dict[str, Any], key: str) -> str:
    value = _text(obj, key)
    try:
        parse_timestamp(value)
    except ValueError:
        raise EntryFormatError(f"{key}: {value!r} is not an ISO 8601 time with offset") from None
    return value


def _date(obj: dict[str, Any], key: str) -> str | None:
    value = obj[key]
    if value is None:
        return None
    if not isinstance(value, str):
        raise EntryFormatError(f"{key}: expected a date or null")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise EntryFormatError(f"{key}: {value!r} is not a date (YYYY-MM-DD)") from None
    if len(value) != 10:
        raise EntryFormatError(f"{key}: {value!r} is not a date (YYYY-MM-DD)")
    return value


def _review(data: object, number: int) -> Review:
    obj = _keys(data, _REVIEW_FIELDS, f"reviews[{number}]")
    state = obj["state"]
    if state not in REVIEW_STATES:
        raise EntryFormatError(f"reviews[{number}].state: {state!r} is not a review state")
    return Review(
        at=_time(obj, "at"),
        state=state,
        helped=_text(obj, "helped", may_be_empty=True),
        hindered=_text(obj, "hindered", may_be_empty=True),
        next_review=_date(obj, "next_review"),
    )


__all__ = [
    "ACTION_SCHEMA_VERSION",
    "Action",
    "ActionNotFound",
    "ActionProblem",
    "ActionSource",
    "ActionStore",
    "Review",
    "action_id_for",
    "reviewed",
]
