"""Item 2: a coach's notes are kept apart from the answers, in the profile's own private store,
and leave the machine only when asked for, in a section that says they are the coach's."""

from __future__ import annotations

import io
import json
import stat
from pathlib import Path

import pytest

from medarbeider_tui.diary import EntryNotFound
from medarbeider_tui.export.selection import Selection
from medarbeider_tui.service import ExportRequest, ReflectionService
from medarbeider_tui.service.coach_notes import NoteRefused
from tests.cli.test_cli import run

from .conftest import complete

NOTE = "Virket sliten i dag. Spør om arbeidsmengden neste gang."
FORMATS = ("markdown", "html", "json", "csv")


def export(service: ReflectionService, fmt: str, with_notes: bool, entry_id: str) -> str:
    request = ExportRequest(Selection(ids=[entry_id]), fmt, include_coach_notes=with_notes)
    return service.export(request, "nb").files[0].data.decode("utf-8")


def test_a_note_is_kept_apart_from_the_entry(service: ReflectionService) -> None:
    entry = complete(service)
    entry_file = service.locations.entries_dir / f"{entry.id}.json"
    before = entry_file.read_bytes()
    note = service.add_coach_note(entry.id, NOTE)
    service.add_coach_note(entry.id, "Andre notat.")
    assert entry_file.read_bytes() == before  # the entry is what the person answered
    assert [n.text for n in service.coach_notes(entry.id)] == [NOTE, "Andre notat."]
    stored = service.locations.coach_notes_dir / f"{entry.id}.json"
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    data = json.loads(stored.read_text(encoding="utf-8"))
    assert data == {
        "schema_version": 1,
        "entry": entry.id,
        "notes": [
            {"written_at": note.written_at, "text": NOTE},
            {"written_at": data["notes"][1]["written_at"], "text": "Andre notat."},
        ],
    }
    assert NOTE not in service.load(entry.id).to_json().__repr__()


@pytest.mark.parametrize("fmt", FORMATS)
def test_notes_are_exported_only_when_asked_for(service: ReflectionService, fmt: str) -> None:
    entry = complete(service)
    service.add_coach_note(entry.id, NOTE)
    assert NOTE not in export(service, fmt, False, entry.id)
    assert "Coachens notater" not in export(service, fmt, False, entry.id)
    with_notes = export(service, fmt, True, entry.id)
    assert NOTE in with_notes
    if fmt == "json":
        [data] = json.loads(with_notes)
        assert [n["text"] for n in data["coach_notes"]] == [NOTE]
        assert NOTE not in json.dumps(data["answers"])
    else:
        assert "Coachens notater" in with_notes
    if fmt in ("markdown", "html"):
        assert "Skrevet av coachen, ikke en del av svarene." in with_notes
        # the section comes after the person's own answers
        assert with_notes.index("Coachens notater") > with_notes.index("Dine svar")


def test_an_entry_without_notes_says_so_when_notes_are_asked_for(
    service: ReflectionService,
) -> None:
    entry = complete(service)
    assert "Ingen coachnotater på denne oppføringen." in export(service, "markdown", True, entry.id)
    [data] = json.loads(export(service, "json", True, entry.id))
    assert data["coach_notes"] == []
    [data] = json.loads(export(service, "json", False, entry.id))
    assert "coach_notes" not in data  # the stored shape, exactly, unless asked


def test_hostile_note_text_stays_text_in_every_format(service: ReflectionService) -> None:
    entry = complete(service)
    hostile = "# Overskrift\n```\n<script>alert(1)</script> | a | b |\n\x1b]0;tittel\x07"
    service.add_coach_note(entry.id, hostile)
    markdown = export(service, "markdown", True, entry.id)
    assert "\n# Overskrift" not in markdown and "> \\# Overskrift" in markdown
    assert "\x1b" not in markdown and "␛" in markdown
    html = export(service, "html", True, entry.id)
    assert "<script>" not in html and "&lt;script&gt;" in html
    csv = export(service, "csv", True, entry.id)
    assert "\x1b" not in csv


def test_deleting_the_entry_deletes_its_notes(
    capsys: pytest.CaptureFixture[str], service: ReflectionService
) -> None:
    entry = complete(service)
    service.add_coach_note(entry.id, NOTE)
    service.add_coach_note(entry.id, "To.")
    code, out, _ = run(capsys, "diary", "delete", entry.id, "--yes", "--lang", "en")
    assert code == 0 and "The 2 coach notes on the entry were deleted with it." in out
    assert not (service.locations.coach_notes_dir / f"{entry.id}.json").exists()


def test_a_note_needs_text_and_an_entry(service: ReflectionService) -> None:
    entry = complete(service)
    for empty in ("", "  \n\t"):
        with pytest.raises(NoteRefused):
            service.add_coach_note(entry.id, empty)
    with pytest.raises(NoteRefused) as long:
        service.add_coach_note(entry.id, "x" * 20_001)
    assert "20000" in long.value.render("en")
    with pytest.raises(EntryNotFound):
        service.add_coach_note("20261127-123808-3f9a1c", NOTE)
    with pytest.raises(EntryNotFound):
        service.add_coach_note("../../etc/passwd", NOTE)
    assert service.coach_notes(entry.id) == []
    assert service.coach_notes("../x") == []


def test_an_unreadable_notes_file_is_quarantined_not_lost(service: ReflectionService) -> None:
    entry = complete(service)
    service.add_coach_note(entry.id, NOTE)
    stored = service.locations.coach_notes_dir / f"{entry.id}.json"
    stored.write_text('{"schema_version": 1, "entry": "other", "notes": []}', encoding="utf-8")
    assert service.coach_notes(entry.id) == []
    [notice] = service.take_notices()
    assert notice.key == "warning.quarantined"
    [moved] = service.locations.quarantine_dir.iterdir()
    assert moved.name.startswith(f"{entry.id}.json.") and "other" in moved.read_text()


def test_notes_through_the_cli(
    capsys: pytest.CaptureFixture[str],
    service: ReflectionService,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    entry = complete(service)
    code, out, _ = run(capsys, "notes", "show", entry.id, "--lang", "en")
    assert code == 0 and f"No coach notes on {entry.id} yet." in out
    code, out, _ = run(capsys, "notes", "add", entry.id, NOTE, "--lang", "en")
    assert code == 0 and "kept apart from the answers" in out
    monkeypatch.setattr("sys.stdin", io.StringIO("Første linje\nAndre linje\n"))
    assert run(capsys, "notes", "add", entry.id)[0] == 0
    code, out, _ = run(capsys, "notes", "show", entry.id, "--lang", "nb")
    assert code == 0 and out.startswith("Coachnotater på Hall-kvadranten")
    assert f"  {NOTE}" in out and "  Første linje\n  Andre linje" in out
    code, out, _ = run(capsys, "diary", "export", entry.id)
    assert code == 0 and NOTE not in out
    code, out, _ = run(capsys, "diary", "export", entry.id, "--include-coach-notes")
    assert code == 0 and NOTE in out and "## Coachens notater" in out
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = run(capsys, "notes", "add", entry.id, "--lang", "en")
    assert code == 1 and "The note is empty" in err
