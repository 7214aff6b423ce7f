"""The editor agrees with the app: the real yaml-language-server (VS Code's YAML extension,
Neovim, Helix …) checks pack files against the schemas as docs/authoring.md tells authors to
set it up, with the ``# yaml-language-server: $schema=…`` modeline (issue 16).

It must accept every valid test pack (the built-in pack, the test pack, what ``packs new``
writes, the format-2 sample) and refuse every broken sample check-jsonschema and the app
refuse at schema level (`test_outside_validators`). It needs node and the server, which
`.ci/run` installs (Debian's nodejs and npm, then npm's yaml-language-server); elsewhere the
test is skipped when they are missing, and under CI it fails instead.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from medarbeider_tui.content.loader import load_pack
from medarbeider_tui.content.packspec import json_schema_for
from tests.authoring.newpack import new_pack
from tests.content.minipack import write_pack
from tests.content.test_outside_validators import (
    BROKEN_EXERCISES,
    BROKEN_PACKS,
    BUILTIN,
    FORMAT_2,
    PACK_2,
    QUADRANT,
    TEST_PACK,
)
from tests.content.yaml_language_server import ENV_VAR, LanguageServer, find_server

COMMAND = find_server()
if COMMAND is None:
    if os.environ.get("CI") == "true":
        raise RuntimeError(
            "yaml-language-server or node is missing: .ci/run installs them "
            "(apt-get install nodejs npm; npm install -g yaml-language-server)"
        )
    pytest.skip(
        f"node or yaml-language-server is missing (npm install -g yaml-language-server, or "
        f"set {ENV_VAR} to its path)",
        allow_module_level=True,
    )


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LanguageServer]:
    assert COMMAND is not None
    with LanguageServer(COMMAND, tmp_path_factory.mktemp("workspace")) as running:
        yield running


def as_an_author_has_it(source: Path, into: Path) -> list[Path]:
    """A copy of the pack in ``source`` as ``packs new`` lays one out: both schemas in the
    pack folder, each YAML file starting with the modeline that points at its schema."""
    shutil.copytree(source, into)
    for kind in ("pack", "exercise"):
        schema = json.dumps(json_schema_for(kind), indent=2)
        (into / f"{kind}.schema.json").write_text(schema, encoding="utf-8")
    result = load_pack(into)
    assert result.pack is not None, [str(p) for p in result.problems]
    files = [into / "pack.yaml", *(e.source_file for e in result.pack.exercises if e.source_file)]
    for file in files:
        text = file.read_text(encoding="utf-8")
        if "yaml-language-server:" not in text:
            kind = "pack" if file.name == "pack.yaml" else "exercise"
            schema = os.path.relpath(into / f"{kind}.schema.json", file.parent)
            file.write_text(f"# yaml-language-server: $schema={schema}\n{text}", "utf-8")
    return files


def with_modeline(file: Path, kind: str) -> Path:
    """``file`` pointed at the schema for ``kind`` (written beside it) by the modeline."""
    schema = file.parent / f"{kind}.schema.json"
    schema.write_text(json.dumps(json_schema_for(kind)), encoding="utf-8")
    text = file.read_text(encoding="utf-8")
    file.write_text(f"# yaml-language-server: $schema={schema.name}\n{text}", "utf-8")
    return file


@pytest.mark.slow
def test_every_valid_pack_passes(server: LanguageServer, tmp_path: Path) -> None:
    files: list[Path] = []
    for n, source in enumerate((BUILTIN, TEST_PACK)):
        files += as_an_author_has_it(source, tmp_path / f"pack-{n}")
    made = new_pack(tmp_path / "new")  # as written: its own schemas and modelines
    files += [made / "pack.yaml", *sorted((made / "exercises").glob("*.yaml"))]
    files.append(with_modeline(write_pack(tmp_path / "q", QUADRANT) / "ex.yaml", "exercise"))
    format_2 = write_pack(tmp_path / "f2", FORMAT_2, PACK_2)
    files += [with_modeline(format_2 / "ex.yaml", "exercise")]
    files += [with_modeline(format_2 / "pack.yaml", "pack")]
    said = server.diagnostics(files)
    assert {file: errors for file, errors in said.items() if errors} == {}
    assert len(said) == len(files) >= 12


@pytest.mark.slow
def test_every_broken_sample_is_refused(server: LanguageServer, tmp_path: Path) -> None:
    files = [
        with_modeline(write_pack(tmp_path / name, exercise) / "ex.yaml", "exercise")
        for name, exercise in BROKEN_EXERCISES
    ]
    files += [
        with_modeline(write_pack(tmp_path / name, pack=pack) / "pack.yaml", "pack")
        for name, pack in BROKEN_PACKS
    ]
    said = server.diagnostics(files)
    passed = sorted(file.parent.name for file in files if not said[file])
    assert passed == [], "the editor accepted what the app refuses"


def test_the_editor_says_where_and_what(server: LanguageServer, tmp_path: Path) -> None:
    """A broken sample is refused at its line with what the schema allows, as an author sees
    it in the editor (not a complaint about the whole file)."""
    [(_, quadrant)] = [s for s in BROKEN_EXERCISES if s[0] == "quadrant-below"]
    file = with_modeline(write_pack(tmp_path / "q", quadrant) / "ex.yaml", "exercise")
    [error] = server.diagnostics([file])[file]
    line = 1 + next(
        n for n, text in enumerate(file.read_text("utf-8").splitlines()) if "x: below" in text
    )
    assert error.startswith(f"{line}: ")
