"""Problems found in a content pack, each pinned to a file, a line and a column.

Validation collects every problem it can find in one pass rather than stopping at the first,
so a pack author fixes a file in one go. The text form is what editors and CI logs understand:
``path/to/file.yaml:LINE:COL: what is wrong — how to fix it``. What is wrong and how to fix it
are `Translatable` (keys ``problem.*`` and ``hint.*`` in ``i18n/validation_text.py``), so
``packs validate --lang nb`` speaks bokmål; ``str()`` gives the English line for logs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from medarbeider_tui.i18n import Translatable, t

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class PackProblem:
    """One thing wrong (or doubtful) in a pack file."""

    path: Path
    line: int
    column: int
    message: Translatable
    hint: Translatable | None = None
    severity: Severity = "error"

    def render(self, language: str) -> str:
        """``file:line:col: what — how to fix`` in ``language``; a warning says so first."""
        where = f"{self.path}:{self.line}:{self.column}"
        tag = "" if self.severity == "error" else t("problem.warning_tag", language) + " "
        fix = f" — {self.hint.render(language)}" if self.hint is not None else ""
        return f"{where}: {tag}{self.message.render(language)}{fix}"

    def __str__(self) -> str:
        return self.render("en")
