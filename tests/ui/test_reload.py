"""``run --pack PATH --reload`` (issue 16): the exercise on screen follows its pack as the
author saves it. Keys in, the pack file edited on disk, the screen and the draft on disk out."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.widgets import Static, TextArea

from medarbeider_tui.paths import Locations
from medarbeider_tui.ui.app import MedarbeiderApp
from medarbeider_tui.ui.screens import reload as reload_screen
from tests.authoring.newpack import new_pack
from tests.ui.pilots import (
    app_on_new_pack,
    exercise,
    on_screen,
    saved_entry,
    shown_text,
    until,
    write,
)

ANSWERS = {
    "glede": 4,
    "mestring": 5,
    "verktoy": 1,
    "paavirke": 6,
    "bestemme": 5,
    "viktigst": "faget",
    "timer": 7.5,
    "oppgaver": ["Rapport", "E-post", "Møte"],
    "rekkefolge": ["E-post", "Rapport", "Møte"],
}


@pytest.fixture(autouse=True)
def quick_watch(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pack is looked at every 0.05 s instead of 0.5 s."""
    monkeypatch.setattr(reload_screen, "WATCH_SECONDS", 0.05)


def app_at(folder: Path, loc: Locations, step_id: str) -> MedarbeiderApp:
    return app_on_new_pack(folder, loc, step_id, ANSWERS, saved=True, reload_pack=True)


def edit(file: Path, old: str, new: str) -> None:
    """Save ``file`` with ``old`` replaced, as an editor would (a new modification time)."""
    text = file.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    file.write_text(text.replace(old, new), encoding="utf-8")
    stat = file.stat()  # a save within the same clock tick still looks new
    os.utime(file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))


def problems_line(pilot: object) -> Static:
    return exercise(pilot).query_one("#pack-problems", Static)  # type: ignore[arg-type]


@pytest.mark.slow
async def test_a_valid_save_shows_the_step_again_with_the_new_text(
    tmp_path: Path, isolated_environment: Locations
) -> None:
    from medarbeider_tui.ui.screens.exercise import ExerciseScreen

    folder = new_pack(tmp_path)
    app = app_at(folder, isolated_environment, "timer")
    async with app.run_test(size=(100, 40)) as pilot:
        await until(pilot, on_screen(pilot, ExerciseScreen), "the exercise screen")
        screen = exercise(pilot)
        assert "Tid til fordypning" in shown_text(screen)
        edit(folder / "exercises" / "first.yaml", "Tid til fordypning", "Tid til å tenke")
        await until(pilot, lambda: "Tid til å tenke" in shown_text(screen), "the new title")
        assert screen.unit.key == "timer"
        assert screen.session.answers["timer"] == 7.5
        assert "Pakken er lest inn på nytt" in "".join(str(n.message) for n in app._notifications)
        edit(folder / "exercises" / "first.yaml", "Første øvelse", "Andre øvelse")
        title = screen.query_one("#exercise-title", Static)
        await until(pilot, lambda: "Andre øvelse" in str(title.render()), "the new exercise title")


@pytest.mark.slow
async def test_a_broken_save_shows_the_error_in_place_and_keeps_the_answers(
    tmp_path: Path, isolated_environment: Locations
) -> None:
    from medarbeider_tui.ui.screens.exercise import ExerciseScreen

    folder = new_pack(tmp_path)
    file = folder / "exercises" / "first.yaml"
    app = app_at(folder, isolated_environment, "refleksjon")
    async with app.run_test(size=(100, 40)) as pilot:
        await until(pilot, on_screen(pilot, ExerciseScreen), "the exercise screen")
        screen = exercise(pilot)
        assert not problems_line(pilot).display
        await write(pilot, "Fordi den haster")
        line = next(n for n, text in enumerate(file.read_text("utf-8").splitlines(), 1)
                    if "{viktigst}" in text)  # fmt: skip
        edit(file, "Om «{viktigst}»", "Om «{viktgst}»")
        await until(pilot, lambda: problems_line(pilot).display, "the error shown")
        said = shown_text(problems_line(pilot))
        assert "Pakken har en feil, så forrige versjon vises fortsatt." in said
        assert "Svarene dine er trygge." in said
        assert f"exercises/first.yaml:{line}:" in said
        assert "plassholderen {viktgst} viser ikke til noe svar" in said  # what is wrong, in nb
        assert "mente du 'viktigst'" in said
        assert str(folder) not in said  # the path inside the pack, short enough for 80 columns
        assert "Om «Faget»" in shown_text(screen)  # the version before is still shown
        assert screen.session.answers["refleksjon"] == "Fordi den haster"
        assert screen.session.answers["rekkefolge"] == ["E-post", "Rapport", "Møte"]
        edit(file, "Om «{viktgst}»", "Tenk på «{viktigst}»")
        await until(pilot, lambda: not problems_line(pilot).display, "the error gone")
        await until(pilot, lambda: "Tenk på «Faget»" in shown_text(screen), "the new title")
        assert screen.session.answers["refleksjon"] == "Fordi den haster"
        area = screen.query_one("#step TextArea", TextArea)
        assert area.text == "Fordi den haster"  # the text area holds it again


@pytest.mark.slow
async def test_an_english_screen_says_the_error_in_english(
    tmp_path: Path, isolated_environment: Locations
) -> None:
    from medarbeider_tui.ui.screens.exercise import ExerciseScreen

    folder = new_pack(tmp_path)
    app = app_at(folder, isolated_environment, "timer")
    app.language = "en"
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on_screen(pilot, ExerciseScreen), "the exercise screen")
        (folder / "pack.yaml").write_text("id: min-pakke\nlangauges: [nb]\n", encoding="utf-8")
        await until(pilot, lambda: problems_line(pilot).display, "the error shown")
        said = shown_text(problems_line(pilot))
        assert "so the previous version is still shown. Your answers are safe." in said
        assert "pack.yaml:" in said


@pytest.mark.slow
async def test_answers_to_a_step_that_went_stay_in_the_draft_on_disk(
    tmp_path: Path, isolated_environment: Locations
) -> None:
    from medarbeider_tui.ui.screens.exercise import ExerciseScreen

    folder = new_pack(tmp_path)
    file = folder / "exercises" / "first.yaml"
    app = app_at(folder, isolated_environment, "oppgaver")
    async with app.run_test(size=(100, 40)) as pilot:
        await until(pilot, on_screen(pilot, ExerciseScreen), "the exercise screen")
        screen = exercise(pilot)
        text = file.read_text(encoding="utf-8")
        start, end = text.index("  - id: timer"), text.index("  - id: oppgaver")
        sha_before = screen.session.entry.pack.sha256
        edit(file, text[start:end], "")
        await until(pilot, lambda: "timer" not in [u.key for u in screen.session.units], "gone")
        assert screen.unit.key == "oppgaver"  # still on the step the person was at
        notes = "".join(str(n.message) for n in app._notifications)
        assert "Svaret timer hører til et steg som ikke finnes nå" in notes
        entry = await saved_entry(
            pilot,
            isolated_environment,
            lambda e: e["pack"]["sha256"] != sha_before,
            "the draft saved against the new version",
        )
        assert entry["answers"]["timer"] == 7.5
        assert entry["answers"]["oppgaver"] == ["Rapport", "E-post", "Møte"]
        assert entry["status"] == "draft"
