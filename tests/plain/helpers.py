"""A plain walk in-process: keys in (as a script pipes them), the output and the saved entry out."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medarbeider_tui.paths import Locations
from medarbeider_tui.plain.runner import PlainRunner
from medarbeider_tui.service import ReflectionService
from tests.conftest import TEST_PACK

MODEL_PACK = Path(__file__).resolve().parents[1] / "packs" / "modell"


class InterruptedInput(io.StringIO):
    """The given lines, then Ctrl+C (KeyboardInterrupt) where a terminal would raise it."""

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        line = super().readline()
        if not line:
            raise KeyboardInterrupt
        return line


@dataclass
class Walked:
    code: int
    out: str
    entry: dict[str, Any] | None

    @property
    def answers(self) -> dict[str, Any]:
        return self.entry["answers"] if self.entry else {}


def saved_entries(loc: Locations) -> list[dict[str, Any]]:
    if not loc.entries_dir.exists():
        return []
    return [
        json.loads(p.read_text(encoding="utf-8")) for p in sorted(loc.entries_dir.glob("*.json"))
    ]


def walk(
    loc: Locations,
    exercise: str,
    keys: str,
    *,
    pack: Path = TEST_PACK,
    language: str = "nb",
    resume: bool = False,
    interrupt: bool = False,
    screen_reader: bool | None = None,
) -> Walked:
    """Walk ``exercise`` with ``keys``; end of input after them (or Ctrl+C, ``interrupt``)."""
    service = ReflectionService(loc, [pack])
    [(found_pack, found)] = service.find_exercise(exercise)
    if resume:
        session = service.resume_or_start(found_pack, found, language)
    else:
        session = service.start(found_pack, found, language)
    stdin = InterruptedInput(keys) if interrupt else io.StringIO(keys)
    out = io.StringIO()
    extra = {} if screen_reader is None else {"screen_reader": screen_reader}
    code = PlainRunner(session, language, stdin, out, **extra).run()
    entries = saved_entries(loc)
    assert len(entries) <= 1, entries
    return Walked(code, out.getvalue(), entries[0] if entries else None)
