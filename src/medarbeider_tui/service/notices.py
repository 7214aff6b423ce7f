"""Messages without file paths, for a screen others can see (a coach's presentation view).

A notice or an error names the file it is about (``/home/kari/.local/share/…``), which tells
whoever watches the screen the user name and where the diary lies. `without_paths` gives the
same message with every path in it replaced by «(sti skjult)» / "(path hidden)", however deep
it sits (a notice's ``detail``, an error inside a message).
"""

from __future__ import annotations

import os
from pathlib import PurePath

from medarbeider_tui.i18n import LocalizedError, Shortened, Translatable

HIDDEN_PATH = Translatable("notice.path_hidden")


def without_paths(message: Translatable) -> Translatable:
    """``message`` with each path among its values (and its values' values) hidden."""
    return Translatable(message.key, **{name: _hidden(v) for name, v in message.values.items()})


def _hidden(value: object) -> object:
    if isinstance(value, PurePath | os.PathLike):
        return HIDDEN_PATH
    if isinstance(value, str):
        return HIDDEN_PATH if _looks_like_a_path(value) else value
    if isinstance(value, Shortened):
        inner = _hidden(value.value)
        return value if inner is value.value else Shortened(inner, value.limit)
    if isinstance(value, Translatable):
        return without_paths(value)
    if isinstance(value, LocalizedError):
        return without_paths(value.message)
    return value


def _looks_like_a_path(text: str) -> bool:
    """A path given as text: absolute, or from the home or the current folder («pack/exercise»
    is a name, not a path)."""
    return os.path.isabs(text) or text.startswith(("~", "./", "../"))
