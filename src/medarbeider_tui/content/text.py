"""Localised text: a string per language, with a visible fallback when one is missing."""

from __future__ import annotations

from medarbeider_tui.i18n import DEFAULT_LANGUAGE


class Text(dict[str, str]):
    """Text in one or more languages.

    ``single`` marks text written once for every language (names, numbers, citations); that
    is not a missing translation, so it is shown without a fallback marker.
    """

    def __init__(self, values: dict[str, str], *, single: bool = False) -> None:
        super().__init__(values)
        self.single = single

    def render(self, language: str) -> str:
        """The text in ``language``; otherwise another language's text, marked as such."""
        if language in self:
            return self[language]
        fallback = DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in self else next(iter(self))
        if self.single:
            return self[fallback]
        return f"[{fallback}] {self[fallback]}"

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(sorted(self.items())))


def render(text: Text | None, language: str) -> str:
    """``text`` in ``language``, or an empty string where a text is optional and absent."""
    return "" if text is None else text.render(language)
