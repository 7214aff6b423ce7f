"""The CLI as a user types it, run in-process through ``main(argv)``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from medarbeider_tui import __version__
from medarbeider_tui.cli import main
from medarbeider_tui.paths import Locations
from tests.conftest import TEST_PACK

PACK = ["--pack", str(TEST_PACK)]
WORKED_EXAMPLE = """\
sb1: 4
sb2: 4
sb3: 3
sb4: 5
sb5: 4
sb6: 2
od1: 2
od2: 3
od3: 2
od4: 3
od5: 2
od6: 4
notat: |
  Første linje.
  Andre linje.
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def save_worked_example(capsys: pytest.CaptureFixture[str], tmp_path: Path, loc: Locations) -> Path:
    """The docs/scoring.md answers saved through `run hall --answers`; the entry's file."""
    answers = tmp_path / "worked-example.yaml"
    answers.write_text(WORKED_EXAMPLE, encoding="utf-8")
    assert run(capsys, "run", "hall", *PACK, "--answers", str(answers))[0] == 0
    [path] = entry_files(loc)
    return path


def entry_files(loc: Locations) -> list[Path]:
    return sorted(loc.entries_dir.glob("*.json")) if loc.entries_dir.exists() else []


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"medarbeider {__version__}"


def test_where_names_every_folder(
    capsys: pytest.CaptureFixture[str], isolated_environment: Locations
) -> None:
    code, out, _ = run(capsys, "where", "--lang", "en")
    assert code == 0
    rows = dict(_row(line) for line in out.splitlines())
    data = isolated_environment.data_dir
    assert rows["Data (diary)"] == str(data)
    assert rows["Diary entries"] == str(data / "entries")
    assert rows["Quarantine"] == str(data / "quarantine")
    assert rows["Cache (safe to delete)"] == str(data / "cache")
    assert rows["Your packs"] == str(data / "packs")


def _row(line: str) -> tuple[str, str]:
    name, _, path = line.rpartition("  ")
    return name.strip(), path.strip()


def test_no_arguments_without_a_terminal_open_the_plain_menu(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("0\n"))
    code, out, err = run(capsys, "--lang", "en", *PACK)
    assert code == 0, err
    assert "medarbeider, plain mode." in out
    assert "Main menu:" in out
    assert "  0 Quit" in out


def test_packs_list_shows_exercises_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "packs", "list", *PACK, "--lang", "en")
    assert code == 0
    assert "Test pack  [proeve 0.1, path]" in out
    assert "hall  The Hall quadrant (about 8 min)" in out
    _, out_nb, _ = run(capsys, "packs", "list", *PACK)
    assert "hall  Hall-kvadranten (ca. 8 min)" in out_nb


def test_language_from_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEDARBEIDER_LANG", "en")
    _, out, _ = run(capsys, "packs", "list", *PACK)
    assert "The Hall quadrant" in out
    _, out, _ = run(capsys, "packs", "list", *PACK, "--lang", "nb")
    assert "Hall-kvadranten" in out


def test_validate_good_pack(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "packs", "validate", str(TEST_PACK), "--lang", "en")
    assert code == 0
    assert out.strip().endswith("valid (2 exercises, 0 warnings)")


def test_validate_bad_pack_names_file_line_and_fix(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "pack.yaml").write_text(
        "id: bad\nversion: '1'\ntitle: Bad\ndescription: Bad pack\nlanguages: [nb]\n"
        "exercises: [ex.yaml]\n",
        encoding="utf-8",
    )
    (bad / "ex.yaml").write_text(
        "id: ex\ntitle: Ex\ndescription: D\nminutes: 3\nsteps:\n"
        "  - id: s\n    kind: scale\n    scale: nowhere\n    items:\n"
        "      - {id: a, text: A}\n    optinal: true\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "packs", "validate", str(bad), "--lang", "en")
    assert code == 1
    assert f"{bad / 'ex.yaml'}:11:5: unknown field 'optinal' — did you mean 'optional'?" in out
    assert out.endswith(f"{bad}: 1 error, 0 warnings\n")


def test_broken_user_pack_is_skipped_with_a_notice(
    capsys: pytest.CaptureFixture[str], isolated_environment: Locations
) -> None:
    broken = isolated_environment.user_packs_dir / "broken"
    broken.mkdir(parents=True)
    (broken / "pack.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    code, out, err = run(capsys, "packs", "list", *PACK, "--lang", "en")
    assert code == 0
    assert "Test pack" in out
    assert f"The pack in {broken} was skipped" in err
    assert "Traceback" not in out + err


def test_schema_is_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "packs", "schema")
    assert code == 0
    schema = json.loads(out)
    assert set(schema["$defs"]) == {"pack", "exercise"}
    assert "steps" in schema["$defs"]["exercise"]["required"]


def test_answers_file_saves_a_complete_entry_with_results(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, isolated_environment: Locations
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(WORKED_EXAMPLE, encoding="utf-8")
    code, out, _ = run(capsys, "run", "hall", *PACK, "--answers", str(answers))
    assert code == 0
    assert "Plassering: HANDLINGSLAMMET" in out
    assert "Selvbevissthet: 4,0" in out and "Omstillingsdyktighet: 2,3" in out
    [path] = entry_files(isolated_environment)
    assert path.stat().st_mode & 0o777 == 0o600
    entry = json.loads(path.read_text(encoding="utf-8"))
    assert entry["status"] == "complete" and entry["completed_at"]
    assert entry["pack"]["id"] == "proeve" and len(entry["pack"]["sha256"]) == 64
    assert entry["answers"]["sb6"] == 2
    assert entry["answers"]["notat"] == "Første linje.\nAndre linje."
    hall = entry["results"]["hall"]
    assert hall["quadrant"] == "handlingslammet"
    assert hall["y"]["value"] == 4.0
    assert hall["x"]["value"] == pytest.approx(14 / 6)
    assert entry["results"]["self_awareness"]["inputs"]["sb6"] == {
        "answer": 2,
        "scored": 4,
        "reverse": True,
    }


def test_answers_file_json_works_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, isolated_environment: Locations
) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps(
            {f"sb{i}": 5 for i in range(1, 6)}
            | {"sb6": 1}
            | {f"od{i}": 5 for i in range(1, 6)}
            | {"od6": 1}
        )
    )
    code, out, _ = run(
        capsys, "run", "proeve/hall", *PACK, "--answers", str(answers), "--lang", "en"
    )
    assert code == 0
    assert "Placement: PROACTIVE" in out
    assert len(entry_files(isolated_environment)) == 1


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("sb1: 9\n", "sb1: expected a whole number from 1 to 5, got 9"),
        ("sb1: yes\n", "sb1: expected a whole number from 1 to 5, got 'yes'"),
        ("zz9: 3\n", "zz9: unknown question id"),
        ("- 1\n- 2\n", "must hold question ids with their answers, one per line"),
        ("sb1: [unclosed\n", "(line 2, column 1): YAML syntax: a list in [ ] is not closed"),
        (
            "od1: not_relevant\nsb1: not_relevant\n",
            "sb1: expected a whole number from 1 to 5, got 'not_relevant'",
        ),
    ],
)
def test_bad_answers_file_saves_nothing(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    isolated_environment: Locations,
    content: str,
    expected: str,
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "run", "hall", *PACK, "--answers", str(answers), "--lang", "en")
    assert code == 1
    assert expected in err
    assert "Nothing was saved" in err
    assert entry_files(isolated_environment) == []


def test_answers_file_missing_required_step(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, isolated_environment: Locations
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("f1: 3\n", encoding="utf-8")
    code, _, err = run(capsys, "run", "alt", *PACK, "--answers", str(answers), "--lang", "en")
    assert code == 1
    assert "oppgaver: required, but not in the file" in err
    assert entry_files(isolated_environment) == []


def test_unknown_exercise(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "run", "nope", *PACK, "--lang", "en", "--plain")
    assert code == 2
    assert "No exercise called “nope”. Available: " in err and "hall" in err


def test_diary_list_show_and_delete(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    isolated_environment: Locations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, _ = run(capsys, "diary", "list", "--lang", "en")
    assert code == 0 and "The diary is empty" in out
    answers = tmp_path / "a.yaml"
    answers.write_text(WORKED_EXAMPLE, encoding="utf-8")
    assert run(capsys, "run", "hall", *PACK, "--answers", str(answers))[0] == 0
    [path] = entry_files(isolated_environment)
    entry_id = path.stem

    code, out, _ = run(capsys, "diary", "list", *PACK)
    assert code == 0
    assert "fullført" in out and "Hall-kvadranten" in out and entry_id in out

    code, out, _ = run(capsys, "diary", "show", entry_id, *PACK)
    assert code == 0
    assert "  2 Delvis uenig" in out  # sb6 as answered, with its label
    assert "Første linje." in out
    assert "Plassering: HANDLINGSLAMMET" in out

    code, out, _ = run(capsys, "diary", "show", entry_id, "--json")
    assert json.loads(out)["id"] == entry_id

    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    code, out, _ = run(capsys, "diary", "delete", entry_id, "--lang", "en")
    assert code == 1 and "Nothing was deleted" in out
    assert path.exists()
    code, out, _ = run(capsys, "diary", "delete", entry_id, "--yes", "--lang", "en")
    assert code == 0 and not path.exists()
    code, _, err = run(capsys, "diary", "show", entry_id, "--lang", "en")
    assert code == 1 and f"No entry with id {entry_id}" in err


def test_diary_show_without_its_pack_prints_raw_answers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, isolated_environment: Locations
) -> None:
    path = save_worked_example(capsys, tmp_path, isolated_environment)
    code, out, _ = run(capsys, "diary", "show", path.stem, "--lang", "en")  # no --pack
    assert code == 0
    assert "the pack proeve is no longer installed" in out
    assert '"sb1": 4' in out


def test_quarantined_file_is_reported_and_the_rest_listed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, isolated_environment: Locations
) -> None:
    save_worked_example(capsys, tmp_path, isolated_environment)
    broken = isolated_environment.entries_dir / "20200101-000000-abcdef.json"
    broken.write_text('{"schema_version": 1, "id": "2020', encoding="utf-8")
    code, out, err = run(capsys, "diary", "list", *PACK, "--lang", "en")
    assert code == 0
    assert "Hall-kvadranten" not in out  # en title
    assert "The Hall quadrant" in out
    assert "could not be read and was moved to quarantine" in err
    assert not broken.exists()
    assert list(isolated_environment.quarantine_dir.iterdir())


def test_export_writes_a_private_markdown_file_and_never_overwrites(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, isolated_environment: Locations
) -> None:
    path = save_worked_example(capsys, tmp_path, isolated_environment)
    target = tmp_path / "out" / "hall.md"
    target.parent.mkdir()
    code, _, err = run(capsys, "diary", "export", path.stem, *PACK, "-o", str(target))
    assert code == 0, err
    assert target.stat().st_mode & 0o777 == 0o600
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Hall-kvadranten\n")
    assert "Plassering: HANDLINGSLAMMET" in text and "Første linje." in text
    target.write_text("the person's own notes", encoding="utf-8")
    code, _, err = run(
        capsys, "diary", "export", path.stem, *PACK, "-o", str(target), "--lang", "en"
    )
    assert code == 1 and "already exists" in err
    assert target.read_text(encoding="utf-8") == "the person's own notes"
    code, out, _ = run(capsys, "diary", "export", path.stem, "--format", "json")
    assert code == 0 and [entry["id"] for entry in json.loads(out)] == [path.stem]
