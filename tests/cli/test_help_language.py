"""`--help` and argparse's own errors follow the language, like everything else."""

from __future__ import annotations

import argparse
import re

import pytest

from medarbeider_tui.cli import main

#: Words of the English help that must not appear in the bokmål one.
ENGLISH = re.compile(
    r"\b(usage|options|positional|arguments|show|help message|exit|error|required|invalid"
    r"|choose|language|entries|exercise|where|settings|content packs)\b",
    re.IGNORECASE,
)
HELP_PAGES = [
    [],
    ["packs"],
    ["packs", "validate"],
    ["diary"],
    ["diary", "export"],
    ["run"],
]


def help_text(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("command", HELP_PAGES, ids=lambda c: " ".join(c) or "top")
def test_help_in_bokmal_has_no_english(
    capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    text = help_text(capsys, *command, "--lang", "nb")
    # Command names and option flags are the same in every language; the words are not.
    words = re.sub(
        r"(--?[a-z-]+|\b(where|packs|diary|run|list|validate|schema|show|export"
        r"|delete|markdown|json|nb|en|medarbeider|MEDARBEIDER_LANG|PATH|FILE|ID)\b)",
        "",
        text,
    )
    assert not ENGLISH.findall(words), words
    assert "bruk:" in text


@pytest.mark.parametrize("command", HELP_PAGES, ids=lambda c: " ".join(c) or "top")
def test_help_in_english(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    text = help_text(capsys, *command, "--lang", "en")
    assert "usage:" in text and "bruk:" not in text


def test_language_from_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEDARBEIDER_LANG", "en")
    assert "usage:" in help_text(capsys)


def test_argparse_errors_in_bokmal(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["diary", "list", "--lang", "nb", "--bogus"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "feil: ukjente argumenter: --bogus" in err
    assert "error" not in err


def test_argparse_errors_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["run", "--lang=en"])
    assert "error: the following arguments are required" in capsys.readouterr().err


def test_every_argparse_message_we_translate_still_exists() -> None:
    """A Python upgrade that rewords argparse would leave our table silently unused."""
    import inspect

    from medarbeider_tui.i18n.argparse_text import NB

    source = inspect.getsource(argparse)
    missing = [message for message in NB if repr(message)[1:-1] not in source]
    assert not missing, missing
