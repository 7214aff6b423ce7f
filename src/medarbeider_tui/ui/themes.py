"""The themes: a calm default, a light one for bright rooms, and a high-contrast one.

Textual ships no high-contrast theme; coaches sharing a screen (and anyone with low vision)
need one. State is never shown by colour alone: the stylesheet also uses bold, reverse and
borders, so ``NO_COLOR`` loses nothing.
"""

from __future__ import annotations

from textual.theme import Theme

CALM = Theme(
    name="medarbeider",
    primary="#7FB5AE",
    secondary="#9FB1C4",
    accent="#E2B86B",
    foreground="#E8E3DA",
    background="#1C2124",
    surface="#232A2E",
    panel="#2B3338",
    success="#93C08F",
    warning="#E2B86B",
    error="#DE8C84",
    dark=True,
)

LIGHT = Theme(
    name="medarbeider-lys",
    primary="#2E6E68",
    secondary="#50657D",
    accent="#9A5B12",
    foreground="#1F2326",
    background="#F7F4EE",
    surface="#EFEBE3",
    panel="#E4DED3",
    success="#2F6B2F",
    warning="#8A5A00",
    error="#A3342B",
    dark=False,
)

HIGH_CONTRAST = Theme(
    name="medarbeider-kontrast",
    primary="#FFFF00",
    secondary="#00FFFF",
    accent="#FFFF00",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    success="#00FF00",
    warning="#FFFF00",
    error="#FF6060",
    dark=True,
)

THEMES = (CALM, LIGHT, HIGH_CONTRAST)
THEME_NAMES = tuple(theme.name for theme in THEMES)
