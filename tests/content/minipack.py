"""A small valid pack to break one thing at a time: ``pack.yaml`` and ``ex.yaml``.

In ``ex.yaml`` the part under test comes first and the fixed header (id, title, …) last, so
the line numbers in a test's YAML are the line numbers in the file.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from medarbeider_tui.content.errors import PackProblem
from medarbeider_tui.content.loader import PackResult

PACK = """\
id: mini
version: "1"
title: Mini
description: Ei lita pakke.
languages: [nb]
exercises: [ex.yaml]
"""

HEADER = """\
id: ex
title: Øvelse
description: Ei øving.
minutes: 5
"""

BASE = """\
scales:
  s5:
    min: 1
    max: 5
    labels: {1: Lite, 5: Mye}
steps:
  - id: sp
    kind: scale
    scale: s5
    items:
      - {id: a1, text: Første}
      - {id: a2, text: Andre}
  - id: ferdig
    kind: result
scoring:
  - {id: snitt, kind: mean, items: [a1, a2]}
"""


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def replaced(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"{old!r} must occur exactly once"
    return text.replace(old, new)


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """The 1-based line of the ``nth`` line containing ``needle``."""
    hits = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    assert len(hits) >= nth, f"{needle!r} not found {nth} time(s)"
    return hits[nth - 1]


def write_pack(
    folder: Path,
    exercise: str = BASE,
    pack: str = PACK,
    header: str = HEADER,
    **files: str,
) -> Path:
    """A pack folder: pack.yaml, ex.yaml (``exercise`` + ``header``) and any other files."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.yaml").write_text(pack, encoding="utf-8")
    (folder / "ex.yaml").write_text(dedent(exercise) + header, encoding="utf-8")
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def only_error(result: PackResult) -> PackProblem:
    assert result.pack is None, "a pack with errors must not be usable"
    assert len(result.errors) == 1, [str(p) for p in result.problems]
    return result.errors[0]
