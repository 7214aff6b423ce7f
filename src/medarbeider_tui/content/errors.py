"""Problems found in a content pack, each pinned to a file, a line and a column.

Validation collects every problem it can find in one pass rather than stopping at the first,
so a pack author fixes a file in one go. The text form is what editors and CI logs understand:
``path/to/file.yaml:LINE:COL: what is wrong — how to fix it``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class PackProblem:
    """One thing wrong (or doubtful) in a pack file."""

    path: Path
    line: int
    column: int
    message: str
    hint: str = ""
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}"
        tag = "" if self.severity == "error" else "warning: "
        fix = f" — {self.hint}" if self.hint else ""
        return f"{where}: {tag}{self.message}{fix}"


class PackLoadError(Exception):
    """Raised when a pack cannot be used; carries every problem found, never a traceback."""

    def __init__(self, problems: list[PackProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
