"""A coach's own notes on entries, for `ReflectionService`: kept apart from the answers.

The notes live in their own store in the profile's diary (`diary.coach_notes`), never in an
entry file; exports include them only when asked (``ExportRequest.include_coach_notes``), and
deleting an entry deletes its notes with it (they are about that session).
"""

from __future__ import annotations

from datetime import datetime

from medarbeider_tui.diary.coach_notes import MAX_NOTE_LENGTH, CoachNote, CoachNoteStore
from medarbeider_tui.diary.ids import aware
from medarbeider_tui.i18n import LocalizedError, Translatable
from medarbeider_tui.service.host import ServiceHost


class NoteRefused(LocalizedError):
    """The note cannot be kept: it is empty or too long. Nothing was written."""


class CoachNoteOps(ServiceHost):
    """The coach-note operations of `ReflectionService`."""

    def coach_note_store(self) -> CoachNoteStore:
        """The notes store of this profile, opened (its folder made private) on first use."""
        found = self.__dict__.get("_coach_note_store")
        if found is None:
            found = CoachNoteStore.open(
                self.locations.coach_notes_dir, self.locations.quarantine_dir
            )
            self.__dict__["_coach_note_store"] = found
        return found

    def coach_notes(self, entry_id: str) -> list[CoachNote]:
        """The coach's notes on ``entry_id``, oldest first."""
        store = self.coach_note_store()
        notes = store.notes_of(entry_id)
        self._notes_problems(store)
        return notes

    def add_coach_note(self, entry_id: str, text: str, now: datetime | None = None) -> CoachNote:
        """Keep a coach's note on the entry ``entry_id``.

        Raises:
            EntryNotFound: no such entry.
            NoteRefused: the note is empty or longer than 20 000 characters.
        """
        entry = self.load(entry_id)
        if not text.strip():
            raise NoteRefused("notes.empty")
        if len(text) > MAX_NOTE_LENGTH:
            raise NoteRefused("notes.too_long", length=len(text), limit=MAX_NOTE_LENGTH)
        written_at = aware(now).isoformat(timespec="seconds")
        store = self.coach_note_store()
        note = store.add(entry.id, text, written_at)
        self._notes_problems(store)
        return note

    def remove_coach_notes(self, entry_id: str) -> int:
        """Delete the notes on ``entry_id`` (its entry is deleted); how many there were."""
        store = self.coach_note_store()
        removed = store.remove(entry_id)
        self._notes_problems(store)
        return removed

    def _notes_problems(self, store: CoachNoteStore) -> None:
        found = []
        while store.problems:
            problem = store.problems.pop(0)
            kind = "quarantined" if problem.moved_to else "unreadable"
            path = problem.moved_to or problem.path
            found.append(Translatable(f"warning.{kind}", path=path, detail=problem.detail))
        if found:
            with self._notices_lock:
                self._notices += found
