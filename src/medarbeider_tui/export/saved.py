"""What is left to show of an entry whose pack is gone: its answers and results as saved, by id.

Without the pack there are no questions, labels or scales to dress the answers in, but the
person's words are still theirs to read: every answer under its id (a list item by item, a plan
slot by slot), and each result as its value or its field. The same lines in the full-screen
interface and in plain mode; person text stays data (the front end shows it through its one
safe path).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from medarbeider_tui.i18n import format_number

INDENT = "  "


def saved_answer_lines(answers: Mapping[str, Any], language: str) -> list[str]:
    """Each answer under its id; nested answers (lists, sorts, plans) indented under it."""
    lines: list[str] = []
    for key, value in answers.items():
        lines.extend(_lines(str(key), value, 0, language))
    return lines


def saved_result_lines(results: Mapping[str, Any], language: str) -> list[str]:
    """Each result in brief: a mean's value, a 2×2's field (the details stay in the file)."""
    lines = []
    for key, result in results.items():
        if not isinstance(result, Mapping):
            continue
        if isinstance(result.get("quadrant"), str):
            lines.append(f"{key}: {result['quadrant'].upper()}")
        elif isinstance(result.get("value"), int | float) and not isinstance(
            result.get("value"), bool
        ):
            lines.append(f"{key}: {format_number(result['value'], language)}")
    return lines


def _lines(label: str, value: Any, depth: int, language: str) -> list[str]:
    pad = INDENT * depth
    if isinstance(value, Mapping):
        inner = [line for k, v in value.items() for line in _lines(str(k), v, depth + 1, language)]
        return [f"{pad}{label}:", *inner]
    if isinstance(value, list | tuple):
        inner = [line for item in value for line in _item(item, depth + 1, language)]
        return [f"{pad}{label}:", *inner]
    first, *rest = _scalar(value, language).split("\n")
    return [f"{pad}{label}: {first}", *(f"{pad}{INDENT}{line}" for line in rest)]


def _item(value: Any, depth: int, language: str) -> list[str]:
    pad = INDENT * depth
    if isinstance(value, Mapping | list | tuple):
        return _lines("-", value, depth, language)
    first, *rest = _scalar(value, language).split("\n")
    return [f"{pad}- {first}", *(f"{pad}{INDENT}{line}" for line in rest)]


def _scalar(value: Any, language: str) -> str:
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value).lower()
    if isinstance(value, float):
        return format_number(value, language, 2).rstrip("0").rstrip(",.")
    return str(value)
