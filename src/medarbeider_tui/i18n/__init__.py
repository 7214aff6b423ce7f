"""Language choice, every text a person reads (by key), and numbers and dates for people.

Bokmål is the default. Code below the front ends never holds a sentence: it raises or returns
a `Translatable` (a key and its values), and whoever shows it renders it in the person's
language with `t`. The texts live in this package, one catalogue per audience: the interface
(``interface_text``), pack validation (``validation_text``, loaded only when a pack is checked)
and answers (``answer_text``). Numbers get a decimal comma in nb («3,7»), dates dd.mm.yyyy;
storage always keeps ISO 8601 and full precision, only what is shown is formatted.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Mapping
from datetime import date, datetime

from medarbeider_tui.i18n.interface_text import INTERFACE_TEXT

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


#: A text in one language: a ``str.format`` template, or plural forms chosen by ``count``.
Template = str | Mapping[str, str]
Catalogue = Mapping[str, Mapping[str, Template]]

#: Key prefixes whose texts live in a catalogue of their own, imported on first use (validation
#: messages are many and only ``packs validate`` and a broken pack need them).
_LAZY_CATALOGUES = {
    "problem": "medarbeider_tui.i18n.validation_text",
    "hint": "medarbeider_tui.i18n.validation_text",
    "answer": "medarbeider_tui.i18n.answer_text",
}
_loaded: dict[str, Catalogue] = {}


def catalogue_for(key: str) -> Catalogue:
    """The catalogue that holds ``key``."""
    module = _LAZY_CATALOGUES.get(key.partition(".")[0])
    if module is None:
        return INTERFACE_TEXT
    if module not in _loaded:
        _loaded[module] = importlib.import_module(module).TEXTS
    return _loaded[module]


def has_text(key: str) -> bool:
    """Whether ``key`` names a text (e.g. to tell a message key from a literal label)."""
    return key in catalogue_for(key)


def t(key: str, language: str, /, **values: object) -> str:
    """The text ``key`` in ``language``, with ``{name}`` placeholders filled in.

    Plural forms (``{"one": ..., "other": ...}``) are chosen by the value ``count``. Values that
    that can render themselves in a language (`Translatable`, `LocalizedError`, pack text) are
    rendered in the same language first.
    """
    texts = catalogue_for(key)[key]
    template = texts.get(language) or texts[DEFAULT_LANGUAGE]
    if not isinstance(template, str):
        count = values.get("count")
        template = template["one" if count == 1 else "other"]
    if not values:
        return template
    filled = {
        name: value.render(language) if hasattr(value, "render") else value
        for name, value in values.items()
    }
    return template.format(**filled)


class Translatable:
    """A text to be shown later, in a language not yet known: a key and its values.

    Domain code returns and raises these instead of sentences, so the bokmål interface never
    shows an English message. ``str()`` gives the English text (for logs and tests).
    """

    __slots__ = ("key", "values")

    def __init__(self, key: str, /, **values: object) -> None:
        self.key = key
        self.values = values

    def render(self, language: str) -> str:
        return t(self.key, language, **self.values)

    def __str__(self) -> str:
        return self.render("en")

    def __repr__(self) -> str:
        return f"Translatable({self.key!r}, **{self.values!r})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Translatable)
            and self.key == other.key
            and self.values == other.values
        )

    def __hash__(self) -> int:
        return hash(self.key)


class Count:
    """A whole number for people, grouped as the language writes it: «50 000», "50,000"."""

    __slots__ = ("number",)

    def __init__(self, number: int) -> None:
        self.number = number

    def render(self, language: str) -> str:
        grouped = f"{self.number:,}"
        return grouped.replace(",", "\u00a0") if language == "nb" else grouped

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Count) and other.number == self.number

    def __hash__(self) -> int:
        return hash(self.number)

    def __repr__(self) -> str:
        return f"Count({self.number})"


class Shortened:
    """A text value cut to ``limit`` characters (with «…») once rendered: for messages that
    repeat something a person or a file gave, which may be huge."""

    __slots__ = ("limit", "value")

    def __init__(self, value: object, limit: int = 180) -> None:
        self.value = value
        self.limit = limit

    def render(self, language: str) -> str:
        render = getattr(self.value, "render", None)
        text = render(language) if callable(render) else str(self.value)
        return text if len(text) <= self.limit else text[: self.limit - 1] + "…"


class LocalizedError(Exception):
    """An error whose message is a `Translatable`; shown in the person's language."""

    def __init__(self, key: str, /, **values: object) -> None:
        self.message = Translatable(key, **values)
        super().__init__(key)

    def render(self, language: str) -> str:
        return self.message.render(language)

    def __str__(self) -> str:
        return self.message.render("en")


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
