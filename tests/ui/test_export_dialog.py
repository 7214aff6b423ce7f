"""The export dialog, driven by the keyboard: from a result and from marked history rows.

Issue 12's "done when": a person exports the last three Hall entries and a leader
self-assessment as one HTML file and one Markdown file, private and never over anything, and
sees where they went.
"""

from __future__ import annotations

import stat
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from textual.widgets import Checkbox, DataTable, Input, RadioSet, TextArea

from medarbeider_tui.ui.screens.export import ExportScreen
from medarbeider_tui.ui.screens.history import HistoryScreen
from medarbeider_tui.ui.screens.result import ResultScreen
from tests.ui.conftest import FIXED_NOW, HALL_EXAMPLE, AppFactory, SessionFactory
from tests.ui.pilots import AnyPilot, on_screen, shown_text, until

SECRET = "Bare for meg."

#: These walk the built-in pack: its Hall, leader and self-leadership exercises are the point.
pytestmark = pytest.mark.builtin_pack


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The person's documents folder, as platformdirs finds it (XDG_DOCUMENTS_DIR)."""
    folder = tmp_path / "Dokumenter"
    folder.mkdir()
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(folder))
    return folder


async def open_dialog(pilot: AnyPilot) -> ExportScreen:
    await pilot.press("e")
    await until(pilot, on_screen(pilot, ExportScreen), "the export dialog")
    screen = pilot.app.screen
    assert isinstance(screen, ExportScreen)
    return screen


async def choose(pilot: AnyPilot, dialog: ExportScreen, fmt: str) -> None:
    """Arrow to the format in the list and press Enter (the list has the focus)."""
    formats = dialog.query_one("#format", RadioSet)
    formats.focus()
    order = ["markdown", "html", "csv", "json"]
    await pilot.press("home", *["down"] * order.index(fmt), "enter")
    await until(pilot, lambda: dialog.format == fmt, fmt)


async def export(pilot: AnyPilot, dialog: ExportScreen) -> Path:
    await pilot.press("ctrl+s")
    await until(pilot, lambda: dialog.written is not None, "the file written")
    assert dialog.written is not None
    return dialog.written


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.slow
async def test_from_a_result_to_a_private_html_file_in_documents(
    make_app: AppFactory, make_session: SessionFactory, documents: Path
) -> None:
    session = make_session("hall-kvadranten", HALL_EXAMPLE)
    entry = session.complete(now=FIXED_NOW)
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await app.push_screen(ResultScreen(entry))
        await until(pilot, on_screen(pilot, ResultScreen), "the result")
        dialog = await open_dialog(pilot)
        field = dialog.query_one("#path", Input)
        assert field.value == str(documents / "medarbeider-hall-kvadranten-2026-11-27.md")
        await choose(pilot, dialog, "html")
        assert field.value == str(documents / "medarbeider-hall-kvadranten-2026-11-27.html")
        written = await export(pilot, dialog)
        assert written == documents / "medarbeider-hall-kvadranten-2026-11-27.html"
        assert private(written) and "<svg" in written.read_text(encoding="utf-8")
        assert f"Skrev {written} (bare lesbar for deg)" in shown_text(dialog)
        await pilot.press("c")
        await until(pilot, lambda: app.clipboard == str(written), "the path copied")

        await pilot.press("escape")
        await until(pilot, on_screen(pilot, ResultScreen), "back on the result")
        dialog = await open_dialog(pilot)  # again: the suggestion moves aside, never over
        await choose(pilot, dialog, "html")
        second = await export(pilot, dialog)
        assert second.name == "medarbeider-hall-kvadranten-2026-11-27-2.html"


@pytest.mark.slow
async def test_a_path_that_is_taken_is_refused_and_left_alone(
    make_app: AppFactory, make_session: SessionFactory, documents: Path
) -> None:
    entry = make_session("hall-kvadranten", HALL_EXAMPLE).complete(now=FIXED_NOW)
    mine = documents / "mine.md"
    mine.write_text("my own notes", encoding="utf-8")
    app = make_app(language="en")
    async with app.run_test(size=(100, 40)) as pilot:
        await app.push_screen(ResultScreen(entry))
        await until(pilot, on_screen(pilot, ResultScreen), "the result")
        dialog = await open_dialog(pilot)
        dialog.query_one("#path", Input).value = str(mine)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "already exists" in shown_text(dialog), "the refusal")
        assert dialog.written is None
        dialog.query_one("#path", Input).value = str(documents)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "is a folder" in shown_text(dialog), "the folder named")
    assert mine.read_text(encoding="utf-8") == "my own notes"


@pytest.mark.slow
async def test_marked_history_rows_become_one_html_and_one_markdown_document(
    make_app: AppFactory, make_session: SessionFactory, documents: Path
) -> None:
    halls = []
    for days in range(4):
        session = make_session("hall-kvadranten", HALL_EXAMPLE, now=FIXED_NOW + timedelta(days))
        halls.append(session.complete(now=FIXED_NOW + timedelta(days)))
    later = FIXED_NOW + timedelta(days=5)
    leader = make_session("lederferdigheter", {"lf1": 4, "lf2": 2}, now=later)
    leader.complete(now=later)
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("h")
        await until(pilot, on_screen(pilot, HistoryScreen), "the history")
        history = app.screen
        assert isinstance(history, HistoryScreen)
        table = history.query_one("#entries", DataTable)
        # Newest first: the leader assessment, then the Hall entries; mark four, skip the last.
        await pilot.press("space", "space", "space", "space")
        await until(pilot, lambda: len(history.marked) == 4, "four marked")
        marks = [str(table.get_row_at(i)[0]).startswith("✓ ") for i in range(table.row_count)]
        assert marks == [True, True, True, True, False]

        dialog = await open_dialog(pilot)
        assert "4 oppføringer" in shown_text(dialog)
        await choose(pilot, dialog, "html")
        page = (await export(pilot, dialog)).read_text(encoding="utf-8")
        await pilot.press("escape")
        await until(pilot, on_screen(pilot, HistoryScreen), "back in the history")
        dialog = await open_dialog(pilot)
        markdown = (await export(pilot, dialog)).read_text(encoding="utf-8")

    assert page.count("<article") == 4, [h.id for h in halls]
    assert [halls[0].id in page, *(h.id in page for h in halls[1:])] == [False, True, True, True]
    assert leader.entry.id in page
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    assert [t.info for t in tokens if t.type in ("fence", "code_block")] == ["mermaid"] * 3
    assert sum(t.type == "table_open" for t in tokens) > 6
    assert len(list(documents.iterdir())) == 2
    assert all(private(path) for path in documents.iterdir())


@pytest.mark.slow
async def test_ctrl_t_marks_a_text_answer_private_and_the_export_leaves_it_out(
    make_app: AppFactory, make_session: SessionFactory, documents: Path
) -> None:
    session = make_session("tre-sporsmal")
    session.entry.current_step = "hvem-er-du"  # past the introduction
    app = make_app(session=session)
    async with app.run_test(size=(100, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.focused, TextArea), "the first question")
        area = app.focused
        assert isinstance(area, TextArea)
        area.text = SECRET
        await until(pilot, lambda: session.answers.get("hvem-er-du") == SECRET, "the answer")
        await pilot.press("ctrl+t")
        await until(pilot, lambda: session.is_private("hvem-er-du"), "marked private")
        assert "Privat: holdes utenfor eksporter" in shown_text(app.screen)
        await pilot.pause(1.2)
        await app.workers.wait_for_complete()
    saved = app.service.load(session.entry.id)
    assert saved.private == ["hvem-er-du"]

    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("h")
        await until(pilot, on_screen(pilot, HistoryScreen), "the history")
        dialog = await open_dialog(pilot)
        assert "1 privat svar er holdt utenfor." in shown_text(dialog)
        left = (await export(pilot, dialog)).read_text(encoding="utf-8")
        await pilot.press("escape")
        await until(pilot, on_screen(pilot, HistoryScreen), "back in the history")
        dialog = await open_dialog(pilot)
        dialog.query_one("#include-private", Checkbox).value = True
        kept = (await export(pilot, dialog)).read_text(encoding="utf-8")
    assert SECRET not in left and SECRET in kept


@pytest.mark.slow
async def test_the_dialog_speaks_english_too(
    make_app: AppFactory, make_session: SessionFactory, documents: Path
) -> None:
    entry: Any = make_session("hall-kvadranten", HALL_EXAMPLE).complete(now=FIXED_NOW)
    app = make_app(language="en")
    async with app.run_test(size=(100, 40)) as pilot:
        await app.push_screen(ResultScreen(entry))
        await until(pilot, on_screen(pilot, ResultScreen), "the result")
        dialog = await open_dialog(pilot)
        shown = shown_text(dialog)
        assert "Export" in shown and "Saved as" in shown and "1 entry" in shown
        assert "readable only by you" in shown
        written = await export(pilot, dialog)
        assert f"Wrote {written} (readable only by you)" in shown_text(dialog)


@pytest.mark.slow
async def test_f2_in_the_dialog_switches_language_and_keeps_the_choice(
    make_app: AppFactory, make_session: SessionFactory, documents: Path
) -> None:
    entry = make_session("hall-kvadranten", HALL_EXAMPLE).complete(now=FIXED_NOW)
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await app.push_screen(ResultScreen(entry))
        await until(pilot, on_screen(pilot, ResultScreen), "the result")
        dialog = await open_dialog(pilot)
        await choose(pilot, dialog, "csv")
        await pilot.press("f2")
        await until(pilot, lambda: "Saved as" in shown_text(dialog), "the dialog in English")
        assert dialog.format == "csv"
        assert dialog.query_one("#path", Input).value.endswith("2026-11-27.csv")
