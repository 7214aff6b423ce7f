"""Answers from a file (``medarbeider run EXERCISE --answers FILE``): read safely, kept as typed.

A file of answers is YAML (or JSON, which is YAML): a mapping of question id to answer. It comes
from wherever the person points, so it is read like a pack file and never trusted further:

- at most `MAX_ANSWERS_BYTES` plus one byte is ever read. The file is opened first and checked
  on the open descriptor: a regular file larger than the cap is refused unread, a pipe is read
  up to the cap, anything else (``/dev/zero``, a terminal, a folder) is refused;
- the YAML is composed with the packs' safe rules (`content.yamlsafe`): no custom tags, no merge
  keys, no duplicate keys, and a budget for aliases, so a 919-byte "billion laughs" file fails
  at once instead of expanding to gigabytes;
- values are what the person wrote. Every scalar is returned as its text (``no``, ``yes``,
  ``on``, ``1.0``, ``007`` and ``2026-12-15`` stay those strings; YAML's own reading would make
  them False, True, True, 1.0, 7 and a date). The caller converts by question kind, through
  `check_answer` (a scale answer ``"4"`` becomes 4 there). Only YAML's null (``~``, ``null``,
  or nothing after the colon) becomes None, which every kind reads as "no value";
- messages never carry a long value: see `describe_value`.

Errors are `AnswerFileError`, an `AnswerError` whose message is a `Translatable` (keys
``answer.file.*`` in ``i18n/answer_text.py``).
"""

from __future__ import annotations

import errno
import os
import select
import stat
from pathlib import Path
from typing import Any

from medarbeider_tui.content.answers import AnswerError
from medarbeider_tui.i18n import Shortened

MAX_ANSWERS_BYTES = 1_000_000
#: Characters of a value or a reason that a message shows at most.
MAX_SHOWN = 60

_NULL_TAG = "tag:yaml.org,2002:null"
_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO without a writer must not hang the open
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class AnswerFileError(AnswerError):
    """The answers file cannot be used; the message says why, in the person's language."""


def read_answers_file(path: Path) -> dict[str, Any]:
    """The answers in ``path``: question id -> the value as typed (see the module docstring).

    Values are str, None, or lists and dicts of those (keys are always str).

    Raises:
        AnswerFileError: the file is missing, unreadable, not a regular file or pipe, larger
            than `MAX_ANSWERS_BYTES`, not UTF-8, not safe YAML, or not a mapping.
    """
    raw = _read_capped(path)
    try:
        raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise AnswerFileError("answer.file.not_utf8", path=path, line=line) from None
    if not raw.strip():
        raise AnswerFileError("answer.file.empty", path=path)
    node = _compose(raw, path)
    import yaml

    if not isinstance(node, yaml.MappingNode):
        raise AnswerFileError("answer.file.not_mapping", path=path)
    answers = _plain_values(node)
    assert isinstance(answers, dict)  # a mapping node gives a dict
    return answers


def describe_value(value: object, limit: int = MAX_SHOWN) -> str:
    """A short, one-line form of any answer value, for a message: long text is cut with «…»,
    a long list or mapping shows its first items and its length. Never formats more than it
    shows (a value can hold a million items)."""
    if isinstance(value, str):
        text = repr(value) if len(value) <= limit else repr(value[:limit]) + "…"
    elif isinstance(value, list | tuple):
        shown = ", ".join(describe_value(v, limit // 3) for v in value[:3])
        text = f"[{shown}{', …' if len(value) > 3 else ''}] ({len(value)})"
    elif isinstance(value, dict):
        items = list(value.items())[:3]
        shown = ", ".join(
            f"{describe_value(k, limit // 4)}: {describe_value(v, limit // 4)}" for k, v in items
        )
        text = f"{{{shown}{', …' if len(value) > 3 else ''}}} ({len(value)})"
    else:
        text = repr(value)
    return text if len(text) <= 2 * limit else text[: 2 * limit] + "…"


def _read_capped(path: Path) -> bytes:
    """At most the cap plus one byte of ``path``, from a regular file or a pipe only."""
    try:
        fd = os.open(path, _READ_FLAGS)
    except FileNotFoundError:
        raise AnswerFileError("answer.file.missing", path=path) from None
    except OSError as exc:
        raise AnswerFileError("answer.file.unreadable", path=path, code=_code(exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode):
            if info.st_size > MAX_ANSWERS_BYTES:
                raise AnswerFileError("answer.file.too_big", path=path, limit=1)
        elif not stat.S_ISFIFO(info.st_mode):
            raise AnswerFileError("answer.file.not_a_file", path=path)
        chunks: list[bytes] = []
        total = 0
        while total <= MAX_ANSWERS_BYTES:
            try:
                chunk = os.read(fd, min(1 << 16, MAX_ANSWERS_BYTES + 1 - total))
            except BlockingIOError:  # a pipe (``--answers <(...)``) whose writer is not done
                _wait_for_the_writer(fd)
                continue
            if not chunk:
                if stat.S_ISFIFO(info.st_mode) and not chunks and not _writer_came(fd):
                    _wait_for_the_writer(fd)
                    continue
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise AnswerFileError("answer.file.unreadable", path=path, code=_code(exc)) from None
    finally:
        if fd >= 0:
            os.close(fd)
    if total > MAX_ANSWERS_BYTES:
        raise AnswerFileError("answer.file.too_big", path=path, limit=1)
    return b"".join(chunks)


def _wait_for_the_writer(fd: int) -> None:
    """Wait, as ``cat`` would, until a pipe has bytes to read or its writer has closed it.

    The pipe stays open all the while (it was opened without waiting, so a pipe nobody
    writes to does not hang the open): a quick writer that wrote everything and went
    before this point has left its bytes in it, and they are read."""
    select.select([fd], [], [])


def _writer_came(fd: int) -> bool:
    """False for a named pipe no writer has opened yet (a read then says «end» at once)."""
    readable, _, _ = select.select([fd], [], [], 0)
    return bool(readable)


def _compose(raw: bytes, path: Path) -> Any:
    """The checked YAML node tree, by the packs' rules; the first problem as an error."""
    from medarbeider_tui.content.yamlsafe import compose_bytes

    node, problems = compose_bytes(raw, path)
    if node is None:
        first = next((p for p in problems if p.severity == "error"), None)
        line, column = (first.line, first.column) if first else (1, 1)
        detail = Shortened(first.message if first else "", 3 * MAX_SHOWN)
        raise AnswerFileError(
            "answer.file.yaml", path=path, line=line, column=column, detail=detail
        )
    return node


def _plain_values(root: Any) -> Any:
    """The node tree as str/None/list/dict, iteratively (depth cannot overflow the stack)."""
    import yaml

    def convert(node: Any) -> Any:
        if isinstance(node, yaml.ScalarNode):
            return None if node.tag == _NULL_TAG else str(node.value)
        return [] if isinstance(node, yaml.SequenceNode) else {}

    result = convert(root)
    stack: list[tuple[Any, Any]] = [(root, result)]
    while stack:
        node, value = stack.pop()
        if isinstance(node, yaml.SequenceNode):
            for child in node.value:
                converted = convert(child)
                value.append(converted)
                stack.append((child, converted))
        elif isinstance(node, yaml.MappingNode):
            for key, child in node.value:
                converted = convert(child)
                value[str(key.value)] = converted
                stack.append((child, converted))
    return result


def _code(exc: OSError) -> str:
    """A short, untranslated name for a system error, e.g. EACCES."""
    if exc.errno is None:
        return type(exc).__name__
    return errno.errorcode.get(exc.errno, str(exc.errno))
