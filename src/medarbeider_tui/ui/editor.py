"""Which text editor Ctrl+E opens: one that exists, found before the terminal is handed over.

``$VISUAL`` first, then ``$EDITOR`` (as a shell would split them), then the usual editors of
the system. A setting that names a program that is not installed is passed over, so the hint
always names the editor that will really open, and when there is none the interface says so
instead of handing the terminal to nothing.
"""

from __future__ import annotations

import os
import shlex
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

#: Tried in this order when neither setting names an installed editor. ``editor`` is Debian's
#: chosen default (a link to the real one, whose name is shown).
FALLBACK_EDITORS = ("editor", "nano", "micro", "vim", "vi", "emacs")


@dataclass(frozen=True)
class Editor:
    """An editor that exists: the command to run (a file name is added) and what to call it."""

    command: tuple[str, ...]
    name: str


def find_editor(environ: Mapping[str, str] | None = None) -> Editor | None:
    """The editor Ctrl+E opens, or None if this system has none we can find."""
    env = os.environ if environ is None else environ
    path = env.get("PATH", os.defpath)
    for setting in ("VISUAL", "EDITOR"):
        found = _command(env.get(setting, ""), path)
        if found is not None:
            return found
    for name in FALLBACK_EDITORS:
        found = _command(name, path)
        if found is not None:
            return found
    return None


def _command(value: str, path: str) -> Editor | None:
    try:
        words = shlex.split(value)
    except ValueError:  # an unbalanced quote: not a command we can run
        return None
    if not words:
        return None
    program = shutil.which(words[0], path=path)
    if program is None:
        return None
    shown = Path(os.path.realpath(program)).name if Path(words[0]).name == "editor" else words[0]
    return Editor((program, *words[1:]), Path(shown).name)
