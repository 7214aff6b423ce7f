"""Answers files (issue 9, item 6): capped reads, the packs' safe YAML rules, and answers kept as
the person typed them."""

from __future__ import annotations

import errno
import os
import threading
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from medarbeider_tui.content.answers import AnswerError, check_answer
from medarbeider_tui.content.answers_file import (
    MAX_ANSWERS_BYTES,
    AnswerFileError,
    describe_value,
    read_answers_file,
)
from medarbeider_tui.content.loader import load_pack
from medarbeider_tui.content.scoring import compute
from medarbeider_tui.i18n import LocalizedError
from tests.conftest import TEST_PACK

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX devices and FIFOs")


def write(tmp_path: Path, text: str | bytes, name: str = "answers.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def refused(path: Path, key: str) -> AnswerFileError:
    with pytest.raises(AnswerFileError) as caught:
        read_answers_file(path)
    error = caught.value
    assert error.message.key == key
    assert isinstance(error, AnswerError) and isinstance(error, LocalizedError)
    for language in ("nb", "en"):
        text = error.render(language)
        assert "{" not in text and len(text) < 600, text
    return error


def checked(exercise_id: str, key: str, value: Any) -> Any:
    """What the interactive path stores for ``value`` as the answer to ``key``."""
    pack = load_pack(TEST_PACK).pack
    assert pack is not None
    exercise = pack.exercise(exercise_id)
    return check_answer(exercise, pack, key, value, {}, compute(exercise, pack, {}))


# --- answers as typed -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["no", "yes", "on", "off", "NO", "y", "1.0", "007", "0x1F", "2026-12-15", ".inf", "1e3"],
)
def test_a_text_answer_is_the_text_typed(tmp_path: Path, typed: str) -> None:
    """YAML would read these as False, True, 1.0, 7, 31, a date, infinity…: a text is text."""
    answers = read_answers_file(write(tmp_path, f"notat: {typed}\n"))
    assert answers == {"notat": typed}
    assert checked("hall", "notat", answers["notat"]) == typed


def test_a_scale_answer_becomes_its_number_through_check_answer(tmp_path: Path) -> None:
    answers = read_answers_file(write(tmp_path, 'sb1: 4\nsb2: "5"\nsb3: 04\n'))
    assert answers == {"sb1": "4", "sb2": "5", "sb3": "04"}
    assert [checked("hall", key, answers[key]) for key in ("sb1", "sb2", "sb3")] == [4, 5, 4]


def test_json_nesting_and_null(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '{"oppgaver": ["Rapport", 2027, "no"], "utvikling": {"u1": {"what": "Lytte", '
        '"how": "Spørre mer", "review": "2026-12-15"}}, "retning": null, "notat": ""}',
        name="answers.json",
    )
    answers = read_answers_file(path)
    assert answers == {
        "oppgaver": ["Rapport", "2027", "no"],
        "utvikling": {"u1": {"what": "Lytte", "how": "Spørre mer", "review": "2026-12-15"}},
        "retning": None,
        "notat": "",
    }
    assert checked("alt", "oppgaver", answers["oppgaver"]) == ["Rapport", "2027", "no"]


def test_nothing_after_the_colon_and_tilde_are_no_value(tmp_path: Path) -> None:
    answers = read_answers_file(write(tmp_path, "notat:\nsb1: ~\nsb2: 'null'\n"))
    assert answers == {"notat": None, "sb1": None, "sb2": "null"}


# --- the packs' safe rules --------------------------------------------------------------------


def alias_bomb() -> str:
    """The issue's 919-byte file: nine levels of nine aliases each, ending in ``sb1: *a8``."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 9):
        aliases = ",".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{aliases}]")
    lines.append("sb1: *a8")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_fails_at_once(tmp_path: Path) -> None:
    bomb = alias_bomb()
    assert len(bomb) < 1000
    tracemalloc.start()
    try:
        error = refused(write(tmp_path, bomb), "answer.file.yaml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024  # the old reader went to 2.3 GB formatting the value
    assert "50,000" in error.render("en")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("sb1: 4\nsb1: 5\n", 2),  # a duplicate: YAML would keep the last silently
        ("base: &b {sb1: 4}\nother:\n  <<: *b\n", 3),
        ("sb1: !!python/object/apply:os.system [echo hi]\n", 1),
        ("sb1: !custom 4\n", 1),
        ("sb1: [4\n", 2),
    ],
    ids=["duplicate-key", "merge-key", "python-tag", "custom-tag", "syntax"],
)
def test_what_packs_may_not_hold_answers_may_not_either(
    tmp_path: Path, text: str, line: int
) -> None:
    error = refused(write(tmp_path, text), "answer.file.yaml")
    assert error.message.values["line"] == line


def test_a_long_value_is_cut_in_the_message(tmp_path: Path) -> None:
    key = "x" * 400_000  # an explicit key: a plain one may not be longer than 1024
    error = refused(write(tmp_path, f"? {key}\n: 1\n? {key}\n: 2\n"), "answer.file.yaml")
    assert "…" in error.render("nb")


def test_describe_value_never_formats_a_huge_value() -> None:
    huge: list[Any] = [["lol"] * 1000] * 100_000
    assert len(describe_value(huge)) <= 120
    assert describe_value("å" * 1000).endswith("…")
    assert describe_value({"what": "x" * 500, "how": 1, "a": 2, "b": 3}).count("…") >= 2
    assert describe_value("kort") == "'kort'"


# --- what is read, and how much ---------------------------------------------------------------


@posix_only
def test_a_link_to_dev_zero_is_refused_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    link = tmp_path / "answers.yaml"
    link.symlink_to("/dev/zero")
    read: list[int] = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    refused(link, "answer.file.not_a_file")
    assert read == []


def test_a_folder_is_refused(tmp_path: Path) -> None:
    refused(tmp_path, "answer.file.not_a_file")


def test_a_missing_file(tmp_path: Path) -> None:
    error = refused(tmp_path / "nope.yaml", "answer.file.missing")
    assert "nope.yaml" in error.render("nb")


def test_a_huge_file_is_refused_by_its_size_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "answers.yaml"
    with big.open("wb") as handle:
        handle.truncate(6 * 1024**3)  # sparse: 6 GB that take no room
    read: list[int] = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    refused(big, "answer.file.too_big")
    assert read == []


def test_a_file_just_over_the_cap(tmp_path: Path) -> None:
    refused(write(tmp_path, b"a" * (MAX_ANSWERS_BYTES + 1)), "answer.file.too_big")
    path = write(tmp_path, b"sb1: 4\n" + b"#" * (MAX_ANSWERS_BYTES - 8) + b"\n")
    assert read_answers_file(path) == {"sb1": "4"}


@posix_only
def test_an_endless_pipe_is_read_only_to_the_cap(tmp_path: Path) -> None:
    """Like ``--answers <(yes)``: the reader stops one byte past the cap and lets go."""
    fifo = tmp_path / "answers.fifo"
    os.mkfifo(fifo)
    written = [0]

    def endless() -> None:
        with fifo.open("wb") as handle:
            try:
                while True:
                    handle.write(b"y\n" * 8192)
                    written[0] += 16384
            except BrokenPipeError:
                pass

    writer = threading.Thread(target=endless, daemon=True)
    writer.start()
    refused(fifo, "answer.file.too_big")
    writer.join(30)
    assert not writer.is_alive()
    assert written[0] < MAX_ANSWERS_BYTES + 4 * 65536 + 16384


@posix_only
def test_a_pipe_with_answers_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "answers.fifo"
    os.mkfifo(fifo)

    def send() -> None:
        with fifo.open("wb") as handle:
            handle.write(b"sb1: 4\nnotat: yes\n")

    writer = threading.Thread(target=send, daemon=True)
    writer.start()
    assert read_answers_file(fifo) == {"sb1": "4", "notat": "yes"}
    writer.join(30)


@posix_only
def test_a_pipe_whose_writer_has_already_gone_is_read_to_its_end(tmp_path: Path) -> None:
    """A quick writer may write everything and close before the app opens the pipe for good
    (another reader kept it open meanwhile, as a shell's process substitution does): what it
    wrote is there and is read; the app never waits for a second writer. It hung here."""
    fifo = tmp_path / "answers.fifo"
    os.mkfifo(fifo)
    keeper = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        with fifo.open("wb") as handle:
            handle.write(b"sb1: 4\n")
        got: list[Any] = []
        reader = threading.Thread(target=lambda: got.append(read_answers_file(fifo)), daemon=True)
        reader.start()
        reader.join(10)
        assert not reader.is_alive(), "the read waits for a writer that is gone"
        assert got == [{"sb1": "4"}]
    finally:
        os.close(keeper)
        if reader.is_alive():  # release the hung read, so the test run goes on
            with open(fifo, "wb"):
                pass


def test_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "sb1: 4\n")

    def denied(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "open", denied)
    error = refused(path, "answer.file.unreadable")
    assert "EACCES" in error.render("en")


@pytest.mark.parametrize(
    ("content", "key"),
    [
        (b"", "answer.file.empty"),
        (b"  \n\n", "answer.file.empty"),
        (b"sb1: 4\nnotat: \xe6\xf8\n", "answer.file.not_utf8"),
        (b"- 4\n- 5\n", "answer.file.not_mapping"),
        (b"just some text\n", "answer.file.not_mapping"),
    ],
    ids=["empty", "blank", "latin-1", "a-list", "a-string"],
)
def test_files_that_are_not_answers(tmp_path: Path, content: bytes, key: str) -> None:
    error = refused(write(tmp_path, content), key)
    if key == "answer.file.not_utf8":
        assert error.message.values["line"] == 2
