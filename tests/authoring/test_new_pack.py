"""`packs new` writes a pack that validates with no warning, in check-jsonschema too, and runs:
with --answers, in plain mode (hidden step left out, placeholders filled), in review and in
every export; `packs validate --watch` checks again when a file is saved."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from medarbeider_tui.content.loader import load_pack
from medarbeider_tui.paths import Locations
from tests.authoring.newpack import ANSWERS_YAML, PLAIN_KEYS, new_pack
from tests.plain.helpers import walk


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "medarbeider_tui", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=os.environ.copy(),
        timeout=120,
    )


@pytest.mark.slow
def test_packs_new_writes_a_pack_that_validates_and_runs(tmp_path: Path) -> None:
    made = cli("packs", "new", "min-pakke", "--into", str(tmp_path), "--lang", "en")
    assert made.returncode == 0, made.stderr
    folder = tmp_path / "min-pakke"
    assert "packs validate --watch" in made.stdout
    assert sorted(p.name for p in folder.iterdir()) == [
        "exercise.schema.json",
        "exercises",
        "pack.schema.json",
        "pack.yaml",
    ]
    result = load_pack(folder)
    assert result.pack is not None and result.problems == [], [str(p) for p in result.problems]
    kinds = {step.kind for step in result.pack.exercises[0].steps}
    assert kinds == {
        "info", "scale", "text", "choice", "list", "sort", "plan", "ranking", "number", "result"
    }  # fmt: skip
    assert cli("packs", "validate", str(folder)).returncode == 0

    answers = tmp_path / "svar.yaml"
    answers.write_text(ANSWERS_YAML, encoding="utf-8")
    ran = cli("run", "first", "--pack", str(folder), "--answers", str(answers), "--lang", "nb")
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "Plassering: TRYGG" in ran.stdout
    # A reverse-keyed statement among the strengths, said the positive way:
    assert "Jeg har verktøyene jeg trenger." in ran.stdout.split("Styrker:")[1].split("Trivsel")[0]


def test_packs_new_refuses_a_bad_id_and_an_existing_folder(tmp_path: Path) -> None:
    bad = cli("packs", "new", "Min Pakke", "--into", str(tmp_path), "--lang", "en")
    assert bad.returncode == 2 and "cannot be a pack id" in bad.stderr
    (tmp_path / "finnes").mkdir()
    (tmp_path / "finnes" / "pack.yaml").write_text("mine\n", encoding="utf-8")
    taken = cli("packs", "new", "finnes", "--into", str(tmp_path), "--lang", "en")
    assert taken.returncode == 1 and "already exists; nothing was changed" in taken.stderr
    assert (tmp_path / "finnes" / "pack.yaml").read_text(encoding="utf-8") == "mine\n"


def test_the_new_pack_in_plain_mode(tmp_path: Path, isolated_environment: Locations) -> None:
    folder = new_pack(tmp_path)
    walked = walk(isolated_environment, "first", PLAIN_KEYS, pack=folder)
    assert walked.code == 0, walked.out
    assert "Steg 5 av 12" not in walked.out  # «Noe annet» is hidden: Faget was chosen
    assert "Steg 4 av 12" in walked.out and "Steg 6 av 12" in walked.out
    assert "Rekkefølge: 1. E-post, 2. Rapport, 3. Møte." in walked.out
    assert "Svar med et tall fra 0 til 40 timer, i steg på 0,5." in walked.out
    assert "Steg 11 av 12: Om «Faget»" in walked.out
    assert "Du la «E-post, Rapport, Møte» i den rekkefølgen." in walked.out
    assert walked.answers["timer"] == 7.5
    assert walked.answers["rekkefolge"] == ["E-post", "Rapport", "Møte"]
    assert "annet-hva" not in walked.answers


def test_choosing_again_drops_the_hidden_answer_in_plain_mode(
    tmp_path: Path, isolated_environment: Locations
) -> None:
    folder = new_pack(tmp_path)
    keys = PLAIN_KEYS.split("\n")
    # «Noe annet» (3) opens step 5; back («<») from it to step 4, then Faget (2): step 5 closes.
    at = keys.index("2")
    keys[at : at + 1] = ["3", "Kaffen", "<", "<", "2"]
    walked = walk(isolated_environment, "first", "\n".join(keys), pack=folder)
    assert walked.code == 0, walked.out
    assert "Steg 5 av 12: Noe annet" in walked.out
    assert "annet-hva" not in walked.answers and walked.answers["viktigst"] == "faget"


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["markdown", "html", "csv", "json"])
def test_the_new_kinds_in_review_and_exports(tmp_path: Path, fmt: str) -> None:
    folder = new_pack(tmp_path)
    answers = tmp_path / "svar.yaml"
    answers.write_text(ANSWERS_YAML, encoding="utf-8")
    ran = cli("run", "first", "--pack", str(folder), "--answers", str(answers), "--lang", "nb")
    assert ran.returncode == 0, ran.stdout + ran.stderr
    [entry] = (Path(os.environ["MEDARBEIDER_DATA_DIR"]) / "entries").glob("*.json")
    shown = cli("diary", "show", entry.stem, "--pack", str(folder), "--lang", "nb")
    assert shown.returncode == 0, shown.stderr
    review = shown.stdout
    assert "7,5 timer" in review
    assert "1: E-post" in review and "3: Møte" in review
    assert "Om «Faget»" in review
    assert "Noe annet" not in review and "Hva er det?" not in review  # the hidden step
    out = tmp_path / f"ut.{fmt}"
    exported = cli(
        "diary", "export", "--all", "--format", fmt, "--output", str(out),
        "--pack", str(folder), "--lang", "nb",
    )  # fmt: skip
    assert exported.returncode == 0, exported.stdout + exported.stderr
    text = out.read_text(encoding="utf-8")
    assert "E-post" in text and "Rapport" in text
    assert ("7,5" in text) or ("7.5" in text)
    assert "Hva er det?" not in text  # the hidden question is in no export
    if fmt == "markdown":
        assert "1. E-post\n2. Rapport\n3. Møte" in text
    if fmt == "html":
        assert "<ol><li>E-post</li><li>Rapport</li><li>Møte</li></ol>" in text


@pytest.mark.slow
def test_validate_watch_checks_again_when_a_file_is_saved(tmp_path: Path) -> None:
    folder = new_pack(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "medarbeider_tui", "packs", "validate", "--watch", str(folder),
         "--lang", "en"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy(),
    )  # fmt: skip
    assert process.stdout is not None
    try:
        assert "valid" in process.stdout.readline()
        assert "Watching" in process.stdout.readline()
        exercise = folder / "exercises" / "first.yaml"
        time.sleep(0.2)
        exercise.write_text(
            exercise.read_text(encoding="utf-8").replace("{viktigst}", "{viktgst}"),
            encoding="utf-8",
        )
        lines = [process.stdout.readline() for _ in range(4)]
        said = "".join(lines)
        assert "changed" in said
        assert "placeholder {viktgst} names no answer or score — did you mean 'viktigst'" in said
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)


@pytest.mark.slow
def test_a_scale_from_0_with_not_relevant_reaches_neither_front_end(
    tmp_path: Path, isolated_environment: Locations
) -> None:
    """Issue 16 («Wrong today»): 0–10 with «not relevant» gave two 0s in plain mode and the
    key 0 twice in the TUI. It is refused in validation, so no front end gets such a pack:
    plain mode says the pack was skipped and how to see why; the catalog the TUI's home lists
    leaves it out."""
    from medarbeider_tui.service import ReflectionService

    folder = new_pack(tmp_path)
    pack_file = folder / "pack.yaml"
    text = pack_file.read_text(encoding="utf-8")
    text = text.replace("  enig5:\n    min: 1", "  enig5:\n    min: 0", 1)
    pack_file.write_text(text.replace("      1: {nb: Helt uenig", "      0: {nb: Helt uenig", 1))
    plain = cli("run", "first", "--pack", str(folder), "--plain", "--lang", "en")
    assert plain.returncode == 2
    assert f"The pack in {folder} was skipped because it has errors" in plain.stderr
    checked = cli("packs", "validate", str(folder), "--lang", "en")
    assert "starts at 0, so «not relevant» cannot be chosen" in checked.stdout
    service = ReflectionService(isolated_environment, [folder])
    assert "min-pakke" not in [pack.id for pack in service.catalog.packs]
