"""The pack `medarbeider packs new ID` writes: a valid, commented pack with one exercise that
uses every step kind, in nb and en, with the two JSON Schemas beside it for an editor.

The files live in ``content/template/`` (``__ID__`` stands for the new pack's id); a test
validates them and runs the exercise with ``--answers`` (tests/content/test_template_pack.py).
"""

from __future__ import annotations

import json
import re
from importlib.resources import files

from medarbeider_tui.content.packspec import json_schema_for
from medarbeider_tui.content.spec import IDENT_PATTERN

TEMPLATE_FILES = ("pack.yaml", "exercises/first.yaml")


def is_pack_id(pack_id: str) -> bool:
    return re.fullmatch(IDENT_PATTERN, pack_id) is not None


def template_files(pack_id: str) -> dict[str, bytes]:
    """Every file of a new pack with id ``pack_id``, by its path inside the pack folder."""
    folder = files("medarbeider_tui.content") / "template"
    out = {
        name: folder.joinpath(name).read_text(encoding="utf-8").replace("__ID__", pack_id)
        for name in TEMPLATE_FILES
    }
    for kind in ("pack", "exercise"):
        out[f"{kind}.schema.json"] = json.dumps(json_schema_for(kind), indent=2) + "\n"
    return {name: text.encode("utf-8") for name, text in out.items()}
