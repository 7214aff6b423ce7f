"""Language choice and the formatting of numbers and dates for people (nb and en).

Bokmål is the default. Numbers get a decimal comma in nb («3,7»), dates dd.mm.yyyy; storage
always keeps ISO 8601 and full precision, only what is shown is formatted.
"""

from __future__ import annotations

import os
from datetime import date, datetime

from medarbeider_tui.messages import MESSAGES

LANGUAGES = ("nb", "en")
DEFAULT_LANGUAGE = "nb"
LANG_ENV = "MEDARBEIDER_LANG"


def normalise_language(value: str | None) -> str | None:
    """Map 'nb', 'no', 'nb_NO.UTF-8', 'nn' (no nynorsk pack: fall back to nb) and 'en*'."""
    if not value:
        return None
    code = value.split(".")[0].split("_")[0].split("-")[0].lower()
    if code in ("nb", "no", "nn"):
        return "nb"
    if code == "en":
        return "en"
    return None


def resolve_language(explicit: str | None = None) -> str:
    """--lang beats MEDARBEIDER_LANG beats the locale; bokmål when nothing says otherwise."""
    for candidate in (explicit, os.environ.get(LANG_ENV)):
        language = normalise_language(candidate)
        if language:
            return language
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(var):
            return normalise_language(os.environ[var]) or DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def t(key: str, language: str, /, **values: object) -> str:
    """The interface text ``key`` in ``language``, with ``{name}`` placeholders filled in."""
    texts = MESSAGES[key]
    template = texts.get(language) or texts[DEFAULT_LANGUAGE]
    return template.format(**values) if values else template


def format_number(value: float, language: str, decimals: int = 1) -> str:
    """3.6667 → «3,7» in nb, "3.7" in en."""
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if language == "nb" else text


def format_date(value: date | datetime | str, language: str) -> str:
    """dd.mm.yyyy in nb (Språkrådet), e.g. 27 Nov 2026 in en."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if language == "nb":
        return f"{value.day:02d}.{value.month:02d}.{value.year}"
    return f"{value.day} {value.strftime('%b')} {value.year}"


def format_datetime(value: datetime | str, language: str) -> str:
    """Date plus 24-hour time with a colon (kl. 14:30 style in nb)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return f"{format_date(value, language)} {value.hour:02d}:{value.minute:02d}"


def parse_date(text: str) -> date | None:
    """Read dd.mm.yyyy, d.m.yyyy or ISO yyyy-mm-dd; None if it is not a real date."""
    text = text.strip()
    try:
        if "." in text:
            day, month, year = (int(part) for part in text.split("."))
            return date(year, month, day)
        return date.fromisoformat(text)
    except ValueError:
        return None


def plural(count: int, one: str, other: str) -> str:
    """«1 svar / 2 svar», "1 entry / 2 entries"."""
    return f"{count} {one if count == 1 else other}"
