"""Placeholders in step texts (format 2): ``{step_id}`` or ``{score_id}`` in a title, prompt,
body or hint, filled with the earlier answer or score when the step is shown.

Only the syntax lives here (finding names, filling them); what a name is filled with is the
report's to say (``report.placeholders``), and which names are allowed the validator's
(``content.semantic_format2``). ``{{`` and ``}}`` write a literal brace; any other brace is
text as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medarbeider_tui.content import model as m
from medarbeider_tui.content.text import Text

_TOKEN = re.compile(r"\{\{|\}\}|\{([a-z0-9][a-z0-9_-]{0,63})\}")

#: The step fields placeholders may be written in, and whether each is Markdown.
FIELDS: dict[str, bool] = {"title": False, "prompt": True, "body": True, "hint": False}


def names_in(text: str) -> list[str]:
    """The placeholder names in ``text``, in order (each once)."""
    found = [match.group(1) for match in _TOKEN.finditer(text) if match.group(1)]
    return list(dict.fromkeys(found))


def fill(text: str, value_of: Callable[[str], str]) -> str:
    """``text`` with every placeholder replaced by ``value_of(name)``, ``{{``/``}}`` unescaped."""

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        return value_of(match.group(1))

    return _TOKEN.sub(replace, text)


def step_texts(step: m.AnyStep) -> dict[str, Text]:
    """The texts of ``step`` that may hold placeholders, by field name."""
    out: dict[str, Text] = {}
    for name in FIELDS:
        value = getattr(step, name, None)
        if isinstance(value, Text):
            out[name] = value
    return out
