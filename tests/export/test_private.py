"""Private answers stay out of every export unless asked for, and the person hears how many.

An answer is private when the person marked it (the entry's ``private`` list) or the pack
marks its step or statement ``private: true``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from medarbeider_tui.cli import main
from medarbeider_tui.export.selection import Selection
from medarbeider_tui.paths import Locations
from medarbeider_tui.service import ExerciseSession, ExportRequest, ReflectionService
from tests.conftest import HALL_EXAMPLE, TEST_PACK
from tests.export.conftest import ExportText, SaveEntry

SECRET = "Dette er bare for meg."
FORMATS = ["markdown", "html", "csv", "json"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_answer_marked_private_is_left_out_and_counted(
    service: ReflectionService, save_entry: SaveEntry, fmt: str
) -> None:
    entry = save_entry(
        answers={**HALL_EXAMPLE, "egen-refleksjon": SECRET}, private=["egen-refleksjon"]
    )
    assert service.load(entry.id).private == ["egen-refleksjon"]  # saved with the entry

    left = service.export(ExportRequest(Selection([entry.id]), format=fmt), "nb")
    kept = service.export(
        ExportRequest(Selection([entry.id]), format=fmt, include_private=True), "nb"
    )

    assert SECRET not in left.files[0].data.decode() and left.left_out == 1
    assert SECRET in kept.files[0].data.decode() and kept.left_out == 0
    still = {"markdown": "HANDLINGSLAMMET", "html": "HANDLINGSLAMMET", "csv": "sb1", "json": "sb1"}
    assert still[fmt] in left.files[0].data.decode()  # the rest is all there


def private_pack(tmp_path: Path) -> Path:
    """The test pack with the statement sb6 and the text step «notat» marked private."""
    folder = tmp_path / "privat"
    shutil.copytree(TEST_PACK, folder)
    hall = folder / "hall.yaml"
    text = hall.read_text(encoding="utf-8")
    text = text.replace("      - id: sb6\n", "      - id: sb6\n        private: true\n")
    text = text.replace("  - id: notat\n", "  - id: notat\n    private: true\n")
    hall.write_text(text, encoding="utf-8")
    return folder


def test_a_pack_may_mark_a_statement_and_a_step_private(
    isolated_environment: Locations, tmp_path: Path
) -> None:
    service = ReflectionService(isolated_environment, [private_pack(tmp_path)])
    [(pack, exercise)] = service.find_exercise("proeve/hall")
    assert exercise.private_keys() == {"sb6", "notat"}
    session = ExerciseSession.start(pack, exercise, service.store, "nb")
    for key, value in {**HALL_EXAMPLE, "notat": SECRET}.items():
        session.set_answer(key, value, save=False)
    entry = session.complete()
    sb6 = "Jeg er usikker på hva jeg ønsker meg fremover."

    left = service.export(ExportRequest(Selection([entry.id])), "nb")
    markdown = left.files[0].data.decode()
    assert left.left_out == 2
    assert SECRET not in markdown and sb6 not in markdown  # nor in «Hvorfor»
    assert "| Selvbevissthet | 4,0 |" in markdown  # the mean it counts in is still shown

    [data] = json.loads(
        service.export(ExportRequest(Selection([entry.id]), format="json"), "nb").files[0].data
    )
    assert "sb6" not in data["answers"] and "notat" not in data["answers"]
    assert "sb6" not in data["results"]["self_awareness"]["inputs"]
    assert data["results"]["self_awareness"]["value"] == 4.0

    everything = service.export(ExportRequest(Selection([entry.id]), include_private=True), "nb")
    assert sb6 in everything.files[0].data.decode()


def test_a_private_statement_is_not_among_the_picks_nor_the_answers(
    save_entry: SaveEntry, export_text: ExportText
) -> None:
    answers = {f"lf{n}": 4 for n in range(1, 15)} | {"lf3": 1, "lf9": 5}
    entry = save_entry("lederferdigheter", answers, private=["lf3", "lf9"])
    open_ = export_text([entry.id], include_private=True)
    closed = export_text([entry.id])
    lf3 = "Jeg er genuint opptatt av andre mennesker"
    assert lf3 in open_
    assert lf3 not in closed


def test_the_cli_says_how_many_were_left_out(
    capsys: pytest.CaptureFixture[str], save_entry: SaveEntry
) -> None:
    entry = save_entry(
        answers={**HALL_EXAMPLE, "egen-refleksjon": SECRET}, private=["egen-refleksjon"]
    )
    assert main(["diary", "export", entry.id, "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert SECRET not in out
    assert "1 private answer was left out. “--include-private” includes them." in err
    assert main(["diary", "export", entry.id, "--include-private"]) == 0
    out, err = capsys.readouterr()
    assert SECRET in out and "privat" not in err
    assert main(["diary", "show", entry.id]) == 0  # the person's own view shows it, marked
    out, _ = capsys.readouterr()
    assert SECRET in out and "(privat)" in out


def test_marking_and_unmarking_is_saved(service: ReflectionService) -> None:
    [(pack, exercise)] = service.find_exercise("hall-kvadranten")
    session = service.start(pack, exercise, "nb")
    session.set_answer("egen-refleksjon", SECRET)
    session.set_private("egen-refleksjon", True)
    assert service.load(session.entry.id).private == ["egen-refleksjon"]
    assert session.is_private("egen-refleksjon")
    session.set_private("egen-refleksjon", False)
    assert service.load(session.entry.id).private == []
    assert not session.is_private("egen-refleksjon")
