"""Results and answers as text for each reader: documents as before, plain mode with the grid
after the words, and the screen-reader setting in words only (issue 15)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medarbeider_tui.content.loader import load_pack
from medarbeider_tui.content.scoring import compute
from medarbeider_tui.export.text import (
    DOCUMENT,
    PLAIN,
    SPOKEN,
    TextStyle,
    result_lines,
    spoken,
)
from medarbeider_tui.report.build import build_figures
from medarbeider_tui.report.model import Figure
from tests.conftest import HALL_EXAMPLE, TEST_PACK

DRAWN = re.compile("[\u2190-\u21ff\u2500-\u25ff]|\\+--|->|\\(X = ")


def hall_figures() -> list[Figure]:
    pack = load_pack(TEST_PACK).pack
    assert pack is not None
    exercise = next(e for e in pack.exercises if e.id == "hall")
    return build_figures(exercise, pack, compute(exercise, pack, HALL_EXAMPLE), "nb", ["hall"])


def hall_lines(style: TextStyle) -> list[str]:
    return result_lines(hall_figures(), "nb", style)


def test_documents_keep_the_grid_before_the_words() -> None:
    lines = hall_lines(DOCUMENT)
    assert lines == result_lines(hall_figures(), "nb")  # the default: diary show, exports
    grid = next(i for i, line in enumerate(lines) if line.strip().startswith("+--"))
    assert grid < lines.index("Plassering: HANDLINGSLAMMET")


def test_plain_mode_says_the_placement_before_the_grid() -> None:
    lines = hall_lines(PLAIN)
    grid = next(i for i, line in enumerate(lines) if line.strip().startswith("+--"))
    assert lines.index("Plassering: HANDLINGSLAMMET") < grid


def test_the_screen_reader_setting_has_words_only() -> None:
    text = "\n".join(hall_lines(SPOKEN))
    assert not DRAWN.search(text)
    assert not re.search(r"^\s*- ", text, re.M)  # no bullets
    assert "Jeg kan sette ord på mine sterke sider. Svar: 3." in text
    assert "Endringer skjer med meg. Svar: 4 (snudd: 2)." in text


def test_spoken_prose_joins_soft_line_breaks_and_drops_bullets() -> None:
    text = (
        "Det betyr at kravet har økt,\nog at mer er justert.\n\n- Ett punkt\n  som fortsetter\n- To"
    )
    assert spoken(text) == (
        "Det betyr at kravet har økt, og at mer er justert.\n\nEtt punkt som fortsetter\nTo"
    )


def test_with_the_screen_reader_setting_the_cli_prints_words_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`run --answers` and `diary show` print results too: with the screen-reader setting
    (here from the environment) they are in words only, as plain mode is; without it the
    grid stays, as a document has it."""
    from tests.cli.test_cli import PACK, WORKED_EXAMPLE, run

    answers = tmp_path / "answers.yaml"
    answers.write_text(WORKED_EXAMPLE, encoding="utf-8")
    monkeypatch.setenv("MEDARBEIDER_SCREEN_READER", "1")
    code, saved, _ = run(capsys, "run", "hall", *PACK, "--answers", str(answers))
    assert code == 0
    assert "HANDLINGSLAMMET" in saved
    assert not DRAWN.search(saved), saved
    entry_id = re.findall(r"\b\d{8}-\d{6}-[0-9a-f]{6}\b", saved)[0]
    code, shown, _ = run(capsys, "diary", "show", entry_id, *PACK)
    assert code == 0 and "HANDLINGSLAMMET" in shown
    assert not DRAWN.search(shown), shown
    monkeypatch.setenv("MEDARBEIDER_SCREEN_READER", "0")
    assert DRAWN.search(run(capsys, "diary", "show", entry_id, *PACK)[1])
