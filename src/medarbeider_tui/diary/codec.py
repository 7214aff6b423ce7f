"""Entry bytes on disk: the one place that turns an `Entry` into file content and back.

Writing checks the entry by the reading rules first; reading gives a plain reason for every way
a file can be wrong.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from medarbeider_tui.diary.entry import Entry, EntryFormatError

#: Files above this size are not read at all: no diary entry gets near it.
MAX_ENTRY_BYTES = 5 * 1024 * 1024


#: Hex digits of `fingerprint`: BLAKE2b with a 128-bit digest.
FINGERPRINT_CHARS = 32


def fingerprint(raw: bytes) -> str:
    """What identifies a file's content, whatever its inode and times: the entry index keeps
    it, so a diary copied with ``cp -a`` or a sync tool is recognised by content, not re-parsed."""
    return hashlib.blake2b(raw, digest_size=FINGERPRINT_CHARS // 2).hexdigest()


def encode_entry(entry: Entry) -> bytes:
    """The exact bytes the store writes: indented UTF-8 JSON with a final newline.

    The entry is checked by the same rules as reading, so the store never writes a file it
    would later quarantine (and JSON never silently turns a tuple into a list).

    Raises:
        EntryFormatError: the entry is invalid, holds something JSON cannot store exactly, or
            would be larger than `MAX_ENTRY_BYTES`.
    """
    data = entry.to_json()
    Entry.from_json(data)
    try:
        raw = _dumps(data, ensure_ascii=False)
    except UnicodeEncodeError:
        # Text with a lone surrogate (pasted from a broken source) cannot be UTF-8; \u escapes
        # keep it exactly, and any JSON reader reads them back.
        raw = _dumps(data, ensure_ascii=True)
    if len(raw) > MAX_ENTRY_BYTES:
        raise EntryFormatError(f"entry {entry.id!r} would be larger than 5 MB")
    return raw


def decode_entry(raw: bytes) -> Entry:
    """Parse file bytes into an entry.

    Raises:
        EntryFormatError: empty, too big, not UTF-8, not JSON, or not a valid entry.
    """
    if len(raw) > MAX_ENTRY_BYTES:
        raise EntryFormatError("larger than 5 MB")
    if not raw.strip():
        raise EntryFormatError("empty file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise EntryFormatError("not UTF-8 text") from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise EntryFormatError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise EntryFormatError("JSON nested too deeply") from None
    return Entry.from_json(data, copy_values=False)  # freshly parsed: nobody else holds it


def _dumps(data: dict[str, Any], *, ensure_ascii: bool) -> bytes:
    text = json.dumps(data, ensure_ascii=ensure_ascii, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


def _refuse_constant(name: str) -> object:
    raise EntryFormatError(f"{name} is not allowed in a diary entry")
