"""Hostile text through every CLI command, as raw bytes: nothing crashes, no control reaches the
terminal, JSON stays the same data (issue 9, item 1: the proof across the command line).

The corpus is `tests.hostile`: every C0 and C1 control, OSC 0/8/52, CSI, bidi and zero-width
characters, Textual and Rich markup, Markdown and HTML, very long lines, lone surrogates.

- Pack text: control strings are refused by validation (``test_hostile_packs.py``); what
  validation lets through (markup, Markdown, HTML, zero-width, long lines, right-to-left
  scripts) is put in *every* text field of a valid pack, which then goes through ``packs list``,
  ``packs validate``, ``run --answers``, ``diary list`` and ``diary show``.
- Answers: the whole corpus, control strings included, in every answer kind that holds text
  (a text answer, list entries, their sort placements, plan slots) through answers files,
  and through plain mode's standard input as raw bytes (which is how lone surrogates come).
- Paths, ids, names and option values typed by a person reach ``where``, the error messages,
  argparse's messages and the notices.

Each command runs as its own process; its stdout and stderr bytes must be valid UTF-8 without
one unsafe character (`tests.hostile.unsafe_in`), and without a traceback. What was shown must
be the text made visible, not dropped: each string's safe form is found in the output.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from medarbeider_tui.paths import Locations
from medarbeider_tui.safe_text import terminal_safe
from tests.conftest import TEST_PACK
from tests.hostile import (
    BIDI,
    C0,
    C1,
    CONTROLS,
    CORPUS,
    MARKDOWN,
    MARKUP,
    OTHER,
    PRINTABLE,
    SEPARATORS,
    SEQUENCES,
    SURROGATES,
    answer_sets,
    answers_file,
    assert_clean,
    hostile_pack,
    run_cli,
    typed,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="raw bytes in paths and arguments")

#: A name for a folder that tries everything a path can hold (a path cannot hold NUL or "/").
HOSTILE_NAME = (
    "pakke \x1b]0;owned\x07 \x1b[2J \u202eevil\u202c \x9b31m [b]x [@click=app.quit]q \udce6"
)
#: Answers files are JSON read as YAML: libyaml refuses a lone surrogate even as an escape,
#: so surrogates come in through plain mode's standard input instead.
IN_FILES = {name: text for name, text in CORPUS.items() if name not in SURROGATES}


def squeezed(text: str) -> str:
    """``text`` without whitespace: long lines are wrapped to the terminal's width."""
    return "".join(text.split())


def shown_in(output: bytes, texts: list[str]) -> list[str]:
    """The texts whose safe form is *not* found in ``output`` (wrapping aside)."""
    seen = squeezed(output.decode("utf-8"))
    return [
        text
        for text in texts
        if not set(text) & LINE_BREAKS and squeezed(terminal_safe(text))[:60] not in seen
    ]


#: Characters the plain-text layout takes as line breaks before the safe form is made
#: (``str.splitlines`` in ``export.text.answer_text``, textwrap's whitespace): they reach the
#: output as a new line or a space, which is safe, so they are not looked for.
LINE_BREAKS = {"\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"}


@pytest.fixture
def hostile_diary(tmp_path: Path, isolated_environment: Locations) -> dict[str, Any]:
    """A valid pack with allowed hostile text in every text field (in a folder with a hostile
    name), and the diary filled through ``run --answers`` with the corpus in every answer."""
    pack = tmp_path / HOSTILE_NAME
    spots = hostile_pack(pack, PRINTABLE.values())
    runs = []
    for number, (exercise, answers) in enumerate(answer_sets(IN_FILES.values())):
        path = answers_file(tmp_path, f"answers-{number}.json", answers)
        done = run_cli("run", exercise, "--pack", pack, "--answers", path)
        assert done.returncode == 0, done.stderr.decode()
        runs.append(done)
    files = sorted(isolated_environment.entries_dir.glob("*.json"))
    assert len(files) == len(runs)
    return {"pack": pack, "spots": spots, "runs": runs, "files": files}


#: The fields `packs list` shows: the pack's title, each exercise's title and description.
LISTED = [("pack.yaml", "title")] + [
    (file, key) for file in ("alt.yaml", "hall.yaml") for key in ("title", "description")
]


@pytest.mark.slow
def test_pack_text_is_shown_as_text(hostile_diary: dict[str, Any]) -> None:
    pack = hostile_diary["pack"]
    for language in ("nb", "en"):
        listed = run_cli("packs", "list", "--pack", pack, "--lang", language)
        assert listed.returncode == 0
        assert_clean(listed, f"packs list {language}")
        listed_fields = [s.text for s in hostile_diary["spots"] if (s.file, *s.keys) in LISTED]
        assert len(listed_fields) == len(LISTED)
        assert shown_in(listed.stdout, listed_fields) == [], "each, literally"
    validated = run_cli("packs", "validate", pack)
    assert validated.returncode == 0
    assert_clean(validated, "packs validate")
    assert terminal_safe(str(pack)).encode() in validated.stdout


@pytest.mark.slow
def test_run_answers_output_is_clean(hostile_diary: dict[str, Any]) -> None:
    for done in hostile_diary["runs"]:
        assert_clean(done, "run --answers")
    assert any(b"[@click=app.quit]quit[/]" in done.stdout for done in hostile_diary["runs"])


@pytest.mark.slow
def test_diary_list_and_show_make_every_answer_visible(hostile_diary: dict[str, Any]) -> None:
    pack = hostile_diary["pack"]
    listed = run_cli("diary", "list", "--pack", pack)
    assert listed.returncode == 0
    assert_clean(listed, "diary list")
    assert all(path.stem.encode() in listed.stdout for path in hostile_diary["files"])
    everything = b""
    for path in hostile_diary["files"]:
        for language in ("nb", "en"):
            shown = run_cli("diary", "show", path.stem, "--pack", pack, "--lang", language)
            assert shown.returncode == 0
            assert_clean(shown, f"diary show {language}")
            everything += shown.stdout
    assert shown_in(everything, list(IN_FILES.values())) == []


@pytest.mark.slow
def test_diary_show_json_is_the_same_data(hostile_diary: dict[str, Any]) -> None:
    given = [answers for _, answers in answer_sets(IN_FILES.values())]
    texts: list[str] = []
    for path in hostile_diary["files"]:
        done = run_cli("diary", "show", path.stem, "--json")
        assert done.returncode == 0
        assert_clean(done, "diary show --json")
        data = json.loads(done.stdout)
        assert data == json.loads(path.read_bytes())
        texts += _texts_in(data["answers"])
    for answers in given:  # every text given is stored exactly (the answer check strips «…»'s
        for text in _texts_in(answers):  # surroundings only, and there are none)
            assert text in texts


def _texts_in(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts_in(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts_in(v)]
    return []


@pytest.mark.slow
def test_raw_bytes_typed_in_plain_mode(tmp_path: Path, isolated_environment: Locations) -> None:
    """Plain mode reads what a terminal sends: control bytes and bytes that are not UTF-8."""
    lines = [typed(text.replace("\n", " ")) for text in CONTROLS.values()]
    walk = b"\n" + b"3\n" * 12 + b"\n".join(line for line in lines if line) + b"\n.\n\n"
    done = run_cli("run", "hall", "--pack", TEST_PACK, "--plain", "--new", stdin=walk)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert_clean(done, "run --plain")
    [path] = isolated_environment.entries_dir.glob("*.json")
    stored = json.loads(path.read_bytes())
    assert "\udce5" in stored["answers"]["notat"], "a byte that was not UTF-8, kept"
    assert "\x1b]0;owned\x07" in stored["answers"]["notat"], "an OSC sequence, kept as typed"
    shown = run_cli("diary", "show", path.stem, "--pack", TEST_PACK)
    assert_clean(shown, "diary show of a plain-mode answer")
    assert "\u241b]0;owned\u2407".encode() in shown.stdout
    as_json = run_cli("diary", "show", path.stem, "--json")
    assert_clean(as_json, "diary show --json of a plain-mode answer")
    assert json.loads(as_json.stdout) == stored


def _joined(*groups: dict[str, str]) -> str:
    return " ".join(text for group in groups for text in group.values() if typed(text))


#: Words a person could type as arguments, each holding a whole class of the corpus (one
#: process per word and command: a process per string would take minutes).
HOSTILE_WORDS = [
    _joined(SEQUENCES),
    _joined(C0),
    _joined(C1, BIDI, SEPARATORS),
    _joined(SURROGATES, MARKUP, MARKDOWN),
    OTHER["long-line"],
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ["run", "{word}", "--answers", "x.yaml"],
        ["diary", "show", "{word}"],
        ["diary", "delete", "{word}", "--yes"],
        ["run", "hall", "--answers", "{word}"],
        ["--lang", "{word}", "where"],
        ["diary", "{word}"],
        ["where", "{word}"],
        ["packs", "validate", "{word}"],
    ],
    ids=lambda args: " ".join(args),
)
def test_typed_words_in_error_messages(tmp_path: Path, args: list[str]) -> None:
    """What a person typed comes back in error messages (and argparse's): shown safely."""
    failures = 0
    for word in HOSTILE_WORDS:
        done = run_cli(*[a.replace("{word}", word) for a in args], "--lang", "en")
        failures += done.returncode != 0
        assert_clean(done, f"{args} with {word!r}")
    assert failures, "these are errors"


@pytest.mark.slow
def test_hostile_answers_that_do_not_fit(tmp_path: Path) -> None:
    """Answer errors quote the keys and values of the file: shown safely, and cut."""
    bad: dict[str, Any] = {f"zz{n}": text for n, text in enumerate(IN_FILES.values())}
    bad |= {"sb1": "\x1b]52;c;b3duZWQ=\x07", "notat": ["\x1b[2J"], "sb2": "\u202e5"}
    path = answers_file(tmp_path, "bad.json", bad)
    done = run_cli("run", "hall", "--pack", TEST_PACK, "--answers", path)
    assert done.returncode == 1
    assert_clean(done, "answer errors")
    assert b"\\x1b]52" in done.stderr  # quoted as Python writes it: shown, not acted on


@pytest.mark.parametrize("where", ["data folder", "config folder"])
def test_hostile_paths_in_where_and_storage_errors(tmp_path: Path, where: str) -> None:
    folder = tmp_path / HOSTILE_NAME
    variable = "MEDARBEIDER_DATA_DIR" if where == "data folder" else "MEDARBEIDER_CONFIG_DIR"
    env = {variable: os.fsdecode(os.fsencode(folder))}
    done = run_cli("where", env=env)
    assert done.returncode == 0
    assert_clean(done, "where")
    assert terminal_safe(str(folder)).encode() in done.stdout
    folder.write_text("a file where a folder should be", encoding="utf-8")
    refused = run_cli("diary", "list", env={"MEDARBEIDER_DATA_DIR": str(folder)})
    assert refused.returncode == 1
    assert_clean(refused, "a storage error naming a hostile path")


def test_hostile_names_in_notices(tmp_path: Path, isolated_environment: Locations) -> None:
    """A broken pack in the person's packs folder, under a hostile name: the notice that says
    it was skipped names the folder safely."""
    broken = isolated_environment.user_packs_dir / HOSTILE_NAME
    broken.mkdir(parents=True)
    (broken / "pack.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    done = run_cli("packs", "list")
    assert done.returncode == 0
    assert_clean(done, "a notice naming a hostile folder")
    assert terminal_safe(str(broken)).encode() in done.stderr


def test_the_corpus_is_complete() -> None:
    """What the issue asks for is in the corpus (a test that shrinks it must fail here)."""
    text = "".join(CORPUS.values())
    assert {chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F]} <= set(text)
    assert {chr(c) for c in range(0x80, 0xA0)} <= set(text)
    for needle in ("\x1b]0;", "\x1b]8;", "\x1b]52;", "\x1b[", "\u202e", "\u2066", "\u200b"):
        assert needle in text
    for needle in ("[b]", "[/x]", "[link=", "[@click=", "# ", "```", "<script>", "\udce6"):
        assert needle in text
    assert max(len(t) for t in CORPUS.values()) > 10_000
