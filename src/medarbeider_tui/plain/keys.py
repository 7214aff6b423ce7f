"""The keys of plain mode and what they do, as the control flow between console and askers.

A key is a line holding only that character. They act at every prompt, except on the lines of a
longer text after its first (there only «.» means something): the person can always write «<» or
«?» inside a reflection.
"""

from __future__ import annotations

import enum

from medarbeider_tui.i18n import Translatable


class Key(enum.Enum):
    """A one-character line with a meaning of its own."""

    REPEAT = "?"
    BACK = "<"
    CLEAR = "-"
    RESULT = "="


class Back(Exception):
    """«<»: one prompt back (from a step's first prompt, to the previous question)."""


class Repeat(Exception):
    """«?»: say the question again."""


class Clear(Exception):
    """«-»: remove what this prompt holds (the asker says whether there was anything)."""


class Quit(Exception):
    """End of input or Ctrl+C: stop asking; everything given so far is already saved.

    ``kept`` says what of a half-finished answer (lines of a text, items of a list) the draft
    holds, so the person hears that nothing typed was lost.
    """

    def __init__(self, kept: Translatable | None = None) -> None:
        super().__init__()
        self.kept = kept
