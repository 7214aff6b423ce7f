"""`packs validate` refuses control characters in pack text, with file:line and the fix
(issue 9, item 1).

Every text field of the pack format (found from its JSON Schema by `tests.hostile`) gets, in
turn, one of the control strings of the corpus, so that every field and every control is tried;
each must give exactly the errors it should, at the line of the value. Then the CLI validates a
pack with a control in every field at once and one with every string that is allowed (markup,
Markdown, HTML, zero-width, long lines): raw bytes, nothing unsafe in them.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from medarbeider_tui.content.loader import load_pack
from tests.hostile import (
    CONTROLS,
    PRINTABLE,
    SURROGATES,
    Spot,
    assert_clean,
    hostile_pack,
    lines_of,
    run_cli,
)

#: Control strings that YAML can carry (libyaml refuses a lone surrogate even as an escape).
IN_YAML = {name: text for name, text in CONTROLS.items() if name not in SURROGATES}
BENIGN = "Vanlig tekst"


def spots_of_the_pack(tmp: Path) -> list[Spot]:
    return hostile_pack(tmp / "dry-run", [BENIGN])


def one_hostile(dest: Path, count: int, index: int, text: str) -> Spot:
    """The test pack with ``text`` in field number ``index`` only."""
    texts = [BENIGN] * count
    texts[index] = text
    spots = hostile_pack(dest, texts)
    assert len(spots) == count
    return spots[index]


@pytest.mark.slow
def test_every_text_field_refuses_every_control(tmp_path: Path) -> None:
    count = len(spots_of_the_pack(tmp_path))
    assert count > 100, "every text field of pack.yaml and both exercise files"
    controls = itertools.cycle(IN_YAML.items())
    tried: set[str] = set()
    for index in range(max(count, len(IN_YAML))):
        name, text = next(controls)
        tried.add(name)
        folder = tmp_path / f"f{index}"
        spot = one_hostile(folder, count, index % count, text)
        result = load_pack(folder)
        assert result.pack is None, (spot, name)
        expected = sorted(lines_of(folder, [spot])[spot])
        errors = [p for p in result.errors if p.message.key == "problem.control_character"]
        assert sorted(p.line for p in errors) == expected, (spot, name)
        assert [p.path.name for p in errors] == [spot.file] * len(expected)
        assert result.errors == errors, "nothing else is wrong with the pack"
        assert all(p.hint is not None and p.hint.key == "hint.control_character" for p in errors)
    assert tried == set(IN_YAML)


def test_a_tab_is_allowed(tmp_path: Path) -> None:
    hostile_pack(tmp_path / "tabs", ["Kolonne\tkolonne"])
    result = load_pack(tmp_path / "tabs")
    assert result.pack is not None and result.errors == []


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("files", [["pack.yaml"], ["alt.yaml", "hall.yaml"]], ids=["pack", "ex"])
def test_packs_validate_names_each_control_by_file_line_and_fix(
    tmp_path: Path, language: str, files: list[str]
) -> None:
    """pack.yaml alone, then the exercise files (they are checked only once pack.yaml is
    right, since it says which languages the texts must have)."""
    folder = tmp_path / "hostile"
    spots = hostile_pack(folder, IN_YAML.values(), files=files)
    done = run_cli("packs", "validate", str(folder), "--lang", language)
    assert done.returncode == 1
    assert_clean(done)
    out = done.stdout.decode("utf-8")
    located = re.compile(rf"^{re.escape(str(folder))}/(\w+\.yaml):(\d+):(\d+): ", re.MULTILINE)
    lines = {(m[1], int(m[2])) for m in located.finditer(out)}
    for spot, where in lines_of(folder, spots).items():
        assert {(spot.file, line) for line in where} <= lines, spot
    fix = {"nb": "fjern tegnet", "en": "remove it"}[language]
    problem = {"nb": "styretegn (U+", "en": "control character (U+"}[language]
    assert out.count(fix) == out.count(problem) >= len(spots)
    assert "\u241b" not in out, "the character is named by its code, never shown"


@pytest.mark.slow
def test_a_lone_surrogate_in_pack_text_is_refused_with_its_line(tmp_path: Path) -> None:
    for name, text in SURROGATES.items():
        folder = tmp_path / name
        hostile_pack(folder, [text])
        done = run_cli("packs", "validate", str(folder), "--lang", "en")
        assert done.returncode == 1, name
        assert_clean(done, name)
        assert re.search(rf"{re.escape(str(folder))}/\w+\.yaml:\d+:\d+: ", done.stdout.decode())


def test_hostile_text_that_is_allowed_validates_and_shows_safely(tmp_path: Path) -> None:
    folder = tmp_path / "printable"
    hostile_pack(folder, PRINTABLE.values())
    done = run_cli("packs", "validate", str(folder), "--lang", "en")
    assert done.returncode == 0, done.stdout.decode()
    assert_clean(done)
    assert done.stdout.decode().strip().endswith("valid (2 exercises, 0 warnings)")
