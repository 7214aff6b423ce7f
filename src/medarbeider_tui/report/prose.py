"""Pack text made plain or filled in: the small text rules every renderer shares."""

from __future__ import annotations

import re

from medarbeider_tui.content.text import Text

# Strong/emphasis as CommonMark reads them: '_' never inside a word (snake_case stays).
_EMPHASIS = re.compile(r"(\*\*|\*|(?<!\w)__|(?<!\w)_)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)


def markdown_to_plain(text: str) -> str:
    """Pack Markdown read aloud well: emphasis marks and heading hashes dropped."""
    return _HEADING.sub("", _EMPHASIS.sub(r"\2", text))


def fill(text: Text, language: str, **values: str) -> str:
    """Substitute {name} placeholders in pack text without ``str.format`` (packs may use {})."""
    out = text.render(language)
    for name, value in values.items():
        out = out.replace("{" + name + "}", value)
    return out


def first_line(text: str) -> str:
    """The first non-empty line of ``text`` (a prompt's question, without its explanation)."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")
