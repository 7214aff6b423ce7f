"""A private error report for an unexpected error: where it happened, never what was answered.

Textual's own crash screen prints the local variables of every frame, and with them the
answers being handled. The report written here keeps what a developer needs to find the fault
(the kinds of the exceptions and the lines of code they passed through) and leaves out what
could hold a person's words: exception messages and variables. It is a 0600 file in the
private data folder (``errors/``), written through ``fsio``.
"""

from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path

from medarbeider_tui import __version__
from medarbeider_tui.fsio import ensure_private_dir, write_private_file
from medarbeider_tui.paths import Locations

#: The folder inside the data folder the reports go to.
REPORTS_FOLDER = "errors"


def report_text(error: BaseException, now: datetime | None = None) -> str:
    """The report for ``error`` (and the exceptions it was raised from or during)."""
    import textual

    when = (now or datetime.now().astimezone()).isoformat(timespec="seconds")
    lines = [
        f"medarbeider {__version__}: error report",
        f"time: {when}",
        f"python: {platform.python_version()} ({sys.platform})",
        f"textual: {getattr(textual, '__version__', '?')}",
        "",
        "Kept out on purpose: exception messages and variables (they may hold answers).",
        "",
    ]
    for exc in _chain(error):
        kind = type(exc)
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
        for frame in traceback.extract_tb(exc.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        lines.append("")
    return "\n".join(lines)


def write_report(locations: Locations, error: BaseException, now: datetime | None = None) -> Path:
    """Write the report for ``error`` as a new private file; its path.

    Raises:
        OSError: the data folder cannot take it (the caller says so instead).
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder = locations.data_dir / REPORTS_FOLDER
    ensure_private_dir(folder)
    name = f"error-{stamp}-{os.getpid()}.txt"
    write_private_file(folder, name, report_text(error, now).encode("utf-8", "replace"))
    return folder / name


def _chain(error: BaseException) -> list[BaseException]:
    """``error`` and its causes and contexts, oldest first (as Python prints them)."""
    found: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in found:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found[::-1]
