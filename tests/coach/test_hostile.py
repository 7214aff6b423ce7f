"""The hostile corpus (tests.hostile) through the coach commands, as raw bytes in their own
processes: profile names, coach notes and card ids typed by a person come back only as
visible text, never as a control acting on the terminal, and never crash a command."""

from __future__ import annotations

import os

import pytest

from medarbeider_tui.paths import Locations
from medarbeider_tui.safe_text import terminal_safe
from medarbeider_tui.service import ReflectionService
from tests.cli.test_hostile_output import HOSTILE_WORDS
from tests.hostile import assert_clean, run_cli

from .conftest import complete

pytestmark = pytest.mark.skipif(os.name != "posix", reason="raw bytes in arguments")


#: The words of tests/cli/test_hostile_output.py: each a whole class of the corpus.
WORDS = HOSTILE_WORDS


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ["profiles", "create", "{word}"],
        ["profiles", "rename", "Kari", "{word}"],
        ["profiles", "rename", "{word}", "Per"],
        ["profiles", "delete", "{word}"],
        ["profiles", "delete", "Kari", "--confirm", "{word}"],
        ["--profile", "{word}", "diary", "list"],
        ["notes", "add", "{word}", "tekst"],
        ["notes", "show", "{word}"],
        ["cards", "show", "{word}"],
        ["cards", "show", "hall-kvadranten", "{word}"],
    ],
    ids=" ".join,
)
def test_typed_words_come_back_safely(service: ReflectionService, args: list[str]) -> None:
    service.profiles.create("Kari")
    failures = 0
    for word in WORDS:
        done = run_cli(*[a.replace("{word}", word) for a in args], "--lang", "en")
        failures += done.returncode != 0
        assert_clean(done, f"{args} with {word[:40]!r}")
    assert failures, "these are errors"
    assert [p.name for p in service.profiles.named()] == ["Kari"]  # nothing was made of them


@pytest.mark.slow
def test_hostile_notes_are_kept_and_shown_as_text(
    service: ReflectionService, isolated_environment: Locations
) -> None:
    entry = complete(service)
    for word in WORDS:
        done = run_cli("notes", "add", entry.id, stdin=os.fsencode(word))
        assert done.returncode == 0, done.stderr
        assert_clean(done, "notes add")
    shown = run_cli("notes", "show", entry.id)
    assert shown.returncode == 0
    assert_clean(shown, "notes show")
    seen = "".join(shown.stdout.decode("utf-8").split())
    for word in WORDS:
        assert "".join(terminal_safe(word).split())[:60] in seen
    exported = run_cli("diary", "export", entry.id, "--include-coach-notes")
    assert exported.returncode == 0
    assert_clean(exported, "an export with hostile coach notes")
