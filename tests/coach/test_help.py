"""The new commands' help in bokmål has no English, and in English no bokmål."""

from __future__ import annotations

import re

import pytest

from tests.cli.test_help_language import ENGLISH, help_text

PAGES = [
    ["profiles"],
    ["profiles", "list"],
    ["profiles", "create"],
    ["profiles", "rename"],
    ["profiles", "delete"],
    ["notes"],
    ["notes", "add"],
    ["notes", "show"],
    ["cards"],
    ["cards", "list"],
    ["cards", "show"],
    ["diary", "export"],
]
#: Command names, option flags and the words of the pack format are the same in every language.
CODE = re.compile(
    r"(--?[a-z-]+|\b(profiles|notes|cards|list|create|rename|delete|add|show|export|diary"
    r"|text|html|markdown|json|csv|nb|en|medarbeider|MEDARBEIDER_PROFILE|MEDARBEIDER_LANG"
    r"|PATH|FILE|ID|NAME|CARD)\b)"
)


@pytest.mark.parametrize("command", PAGES, ids=" ".join)
def test_help_in_bokmal(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    text = help_text(capsys, *command, "--lang", "nb")
    assert "bruk:" in text and "--profile NAVN" in text
    assert not ENGLISH.findall(CODE.sub("", text)), text


@pytest.mark.parametrize("command", PAGES, ids=" ".join)
def test_help_in_english(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    text = help_text(capsys, *command, "--lang", "en")
    assert "usage:" in text and "--profile NAME" in text
    for word in ("profilen", "notatet", "kortet", "øvelsen", " og "):
        assert word not in text, (word, text)
