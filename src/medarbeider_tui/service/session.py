"""One person working through one exercise: answers, drafts, results and completion.

Every front end drives an ``ExerciseSession`` (made by the service); none knows how answers are
checked, scored or saved. Every accepted answer is saved at once as a draft (the diary's
crash-safe write), so closing the terminal at any moment loses nothing.
"""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import (
    Choice,
    answer_keys,
    check_answer,
    is_answered,
    options_for,
    rank_choices,
)
from medarbeider_tui.content.conditions import is_shown, step_keys
from medarbeider_tui.content.scoring import Results, compute
from medarbeider_tui.diary import DiaryStore, Entry, EntryDeleted, PackRef, new_entry
from medarbeider_tui.report.placeholders import Filler


class IncompleteError(ValueError):
    """Completion was asked for while required steps are unanswered."""

    def __init__(self, steps: list[m.AnyStep]) -> None:
        self.steps = steps
        super().__init__("unanswered required steps: " + ", ".join(s.id for s in steps))


def pack_ref(pack: m.Pack) -> PackRef:
    return PackRef(id=pack.id, version=pack.version, sha256=pack.sha256)


@dataclass(frozen=True)
class Unit:
    """One screen's worth of an exercise: a step, or one statement of a scale step.

    Both front ends walk units, so "Steg 3 av 14" means the same in the TUI and plain mode.
    """

    step: m.AnyStep
    item: m.ScaleItem | None = None
    item_number: int = 0

    @property
    def key(self) -> str:
        """The answer key: the item id for a statement, else the step id."""
        return self.item.id if self.item is not None else self.step.id


class ExerciseSession:
    """The state of one exercise being answered, saved after every change."""

    def __init__(self, pack: m.Pack, exercise: m.Exercise, store: DiaryStore, entry: Entry) -> None:
        self.pack = pack
        self.exercise = exercise
        self.store = store
        self.entry = entry
        self.units = self._units()
        # Answers change on the caller's thread; saves may run on another (the TUI never
        # blocks on fsync). _state guards the entry, _saving serialises writes.
        self._state = threading.RLock()
        self._saving = threading.Lock()
        self._dirty = False
        self._writing = False
        self._let_go = False
        self.save_error: Exception | None = None
        """Why the last save failed (None after a save that worked): what a front end shows."""

    @classmethod
    def start(
        cls,
        pack: m.Pack,
        exercise: m.Exercise,
        store: DiaryStore,
        language: str,
        now: datetime | None = None,
    ) -> ExerciseSession:
        """A new draft; it reaches the disk with the first answer."""
        return cls(pack, exercise, store, new_entry(pack_ref(pack), exercise.id, language, now))

    # --- reading --------------------------------------------------------------------------

    @property
    def answers(self) -> dict[str, Any]:
        return self.entry.answers

    @property
    def language(self) -> str:
        return self.entry.language

    @property
    def steps(self) -> list[m.AnyStep]:
        return self.exercise.steps

    def results(self) -> Results:
        return compute(self.exercise, self.pack, self.entry.answers)

    def is_shown(self, step: m.AnyStep) -> bool:
        """Whether ``step`` is asked with the answers given so far (its ``when`` holds)."""
        return is_shown(step, self.entry.answers, self.results())

    def step_text(self, step: m.AnyStep, name: str, language: str | None = None) -> str:
        """A step's ``title``, ``prompt``, ``body`` or ``hint`` in ``language`` (the one the
        front end shows; the entry's own by default), its placeholders filled with the
        answers so far (person data: never markup)."""
        return Filler(
            self.exercise, self.pack, self.answers, self.results(), language or self.language
        ).field(step, name)

    def options(self, step: m.OptionStep) -> list[Choice]:
        return options_for(step, self.exercise, self.entry.answers, self.results())

    def suggestions(self, step: m.PlanStep) -> list[Choice]:
        """What a plan step offers as a starting point (e.g. the lowest-rated items)."""
        if not step.suggestions_from:
            return []
        return rank_choices(self.exercise, step.suggestions_from, self.results())

    def sort_entries(self, step: m.SortStep) -> list[str]:
        return list(self.entry.answers.get(step.items_from) or [])

    def scale_of(self, step: m.ScaleStep) -> m.Scale:
        return self.pack.scale_for(self.exercise, step.scale)

    def start_index(self) -> int:
        """Where to continue: the saved step of a draft, else the beginning."""
        ids = [s.id for s in self.steps]
        current = self.entry.current_step
        return ids.index(current) if current in ids else 0

    def _units(self) -> list[Unit]:
        units: list[Unit] = []
        for step in self.exercise.steps:
            if isinstance(step, m.ScaleStep):
                units += [Unit(step, item, n) for n, item in enumerate(step.items, 1)]
            else:
                units.append(Unit(step))
        return units

    def resume_unit(self) -> int:
        """The unit a draft continues at: its saved step, at the first unanswered statement."""
        start = self.steps[self.start_index()]
        in_step = [i for i, u in enumerate(self.units) if u.step is start]
        for i in in_step:
            item = self.units[i].item
            if item is None or item.id not in self.entry.answers:
                return i
        return in_step[0] if in_step else 0

    def is_private(self, key: str) -> bool:
        """Whether the answer ``key`` stays out of exports: the person or the pack says so."""
        return key in self.entry.private or key in self.exercise.private_keys()

    def missing_required(self) -> list[m.AnyStep]:
        """Required steps shown now and not (fully) answered; hidden steps are never missing.
        An optional list begun with fewer entries than its minimum is missing too."""
        results = self.results()
        return [
            s
            for s in self.steps
            if (not s.optional or (isinstance(s, m.ListStep) and s.id in self.answers))
            and is_shown(s, self.answers, results)
            and not is_answered(s, self.answers)
        ]

    # --- changing (each change is saved) ---------------------------------------------------

    def reload(self, pack: m.Pack, exercise: m.Exercise) -> list[str]:
        """Go on with a new version of the pack (``run --reload``): every answer stays as
        given, also those the new exercise no longer asks for (kept in the draft, never
        dropped: the author may bring the step back). Returns those answers' keys."""
        with self._state:
            self.pack, self.exercise = pack, exercise
            self.units = self._units()
            self.entry.pack = pack_ref(pack)
            if self.entry.revision:
                self._dirty = True  # the draft on disk names the version it is answered in
            asked = answer_keys(exercise)
            return [key for key in self.entry.answers if key not in asked]

    def set_answer(self, key: str, value: Any, save: bool = True) -> Any:
        """Check and store one answer; returns the value as stored.

        With ``save=False`` the caller saves later with ``save_pending`` (e.g. on a worker
        thread); the answer is in memory at once either way.

        Raises:
            AnswerError: the value does not fit the question (nothing is changed).
        """
        with self._state:
            stored = check_answer(
                self.exercise,
                self.pack,
                key,
                value,
                self.entry.answers,
                self.results(),
                partial=True,  # a list is kept entry by entry, before it has its minimum
            )
            self.entry.answers[key] = stored
            self._prune_dependents(key)
            self._changed()
        if save:
            self.save_pending()
        return stored

    def clear_answer(self, key: str, save: bool = True) -> None:
        """Remove an answer (skipping an optional question after all)."""
        with self._state:
            if self.entry.answers.pop(key, None) is None:
                return
            self._prune_dependents(key)
            self._changed()
        if save:
            self.save_pending()

    def set_private(self, key: str, private: bool, save: bool = True) -> None:
        """Mark the answer ``key`` private (kept out of exports unless asked for), or not."""
        with self._state:
            if (key in self.entry.private) == private:
                return
            if private:
                self.entry.private.append(key)
            else:
                self.entry.private.remove(key)
            self._changed()
        if save:
            self.save_pending()

    def move_to(self, step: m.AnyStep, save: bool = True) -> None:
        """Remember where the person is, so a draft resumes there."""
        with self._state:
            if self.entry.current_step == step.id:
                return
            self.entry.current_step = step.id
            if not self.entry.revision and not self._dirty:
                return  # never write an empty draft just for moving
            self._dirty = True
        if save:
            self.save_pending()

    @property
    def has_unsaved_changes(self) -> bool:
        return self._dirty

    @property
    def is_saved(self) -> bool:
        """True only when everything given so far is on disk: saved at least once, nothing
        changed since, no write under way and the last one worked. What «saved» may claim."""
        with self._state:
            return (
                self.entry.revision > 0
                and not self._dirty
                and not self._writing
                and self.save_error is None
            )

    @property
    def deleted_elsewhere(self) -> bool:
        """The entry's file was deleted elsewhere (see `keep_as_new` and `let_go`)."""
        return isinstance(self.save_error, EntryDeleted)

    def save_pending(self) -> bool:
        """Write the entry if it changed since the last save; safe from any thread.

        Returns True if something was written. A failure is kept in `save_error` (and
        raised); the changes stay pending, so the next save tries again.

        Raises:
            EntryDeleted: the entry's file was deleted elsewhere; nothing was written.
            DiaryUnavailable: the write failed; the file holds the earlier version.
        """
        with self._saving:
            with self._state:
                if not self._dirty or self._let_go:
                    return False
                self._dirty = False
                self._writing = True
                self.entry.results = self.results()
                snapshot = copy.deepcopy(self.entry)
            try:
                saved = self.store.save(snapshot)
            except BaseException as exc:
                with self._state:
                    self._dirty = True  # still unsaved: the next save tries again
                    self._writing = False
                    if isinstance(exc, Exception):
                        self.save_error = exc
                raise
            self._saved_as(saved, snapshot)
            return True

    def keep_as_new(self) -> Entry:
        """After `EntryDeleted`: keep the answers as a new entry (a new id, revision 1).

        Raises:
            DiaryUnavailable: the write failed; the answers stay pending.
        """
        with self._saving:
            with self._state:
                self._writing = True
                self.entry.results = self.results()
                snapshot = copy.deepcopy(self.entry)
                self._dirty = False
            try:
                saved = self.store.save_as_new(snapshot)
            except BaseException as exc:
                with self._state:
                    self._dirty = True
                    self._writing = False
                    if isinstance(exc, Exception):
                        self.save_error = exc
                raise
            self._saved_as(saved, snapshot)
            return saved

    def let_go(self) -> None:
        """The person lets the unsaved answers go (the entry was deleted elsewhere, or the disk
        will not take them): nothing more is written for this session."""
        with self._state:
            self._let_go = True
            self._dirty = False

    @property
    def let_go_of(self) -> bool:
        """True once `let_go` was called: this session writes nothing any more."""
        return self._let_go

    def _saved_as(self, saved: Entry, snapshot: Entry) -> None:
        with self._state:
            if saved.id != snapshot.id:  # a conflict copy or a new entry: the id to use now
                self.entry.id = saved.id
            self.entry.revision = saved.revision
            self._writing = False
            self.save_error = None

    def complete(self, now: datetime | None = None) -> Entry:
        """Compute the results and save the entry as complete.

        If the save fails the entry stays the draft it was (the error is raised), so a later
        save never marks it complete behind the person's back.

        Raises:
            IncompleteError: required steps are still unanswered.
            EntryDeleted, DiaryUnavailable: as `save_pending`.
        """
        with self._state:
            missing = self.missing_required()
            if missing:
                raise IncompleteError(missing)
            before = (
                self.entry.status,
                self.entry.completed_at,
                self.entry.updated_at,
                self.entry.current_step,
            )
            self.entry.current_step = None
            self.entry.mark_complete(now)
            self._dirty = True
        try:
            self.save_pending()
        except BaseException:
            with self._state:
                entry = self.entry
                entry.status, entry.completed_at, entry.updated_at, entry.current_step = before
            raise
        return self.entry

    def _changed(self) -> None:
        self.entry.touch()
        self._dirty = True

    def _prune_dependents(self, key: str) -> None:
        """Drop answers built on entries of a list that no longer exist, and the answers of
        steps an answer has hidden (their conditions no longer hold)."""
        self._prune_list_dependents(key)
        self._prune_hidden()

    def _prune_hidden(self) -> None:
        """Answers of hidden steps go, in step order: dropping one may hide a later step."""
        answers = self.entry.answers
        for step in self.steps:
            if step.when is None or not any(k in answers for k in step_keys(step)):
                continue
            if not is_shown(step, answers, compute(self.exercise, self.pack, answers)):
                for key in step_keys(step):
                    if answers.pop(key, None) is not None:
                        self._prune_list_dependents(key)

    def _prune_list_dependents(self, key: str) -> None:
        entries = self.entry.answers.get(key)
        for step in self.steps:
            if isinstance(step, m.SortStep) and step.items_from == key:
                placed = [
                    p
                    for p in self.entry.answers.get(step.id, [])
                    if entries and p["item"] in entries
                ]
                self._replace_or_drop(step.id, placed)
            elif (
                isinstance(step, m.RankingStep)
                and step.options_from
                and step.options_from.step == key
                and step.id in self.entry.answers
                and set(self.entry.answers[step.id]) != set(entries or [])
            ):
                self.entry.answers.pop(step.id)  # a new or dropped entry: order them again
            elif (
                isinstance(step, m.ChoiceStep)
                and step.options_from
                and step.options_from.step == key
                and isinstance(self.exercise.step(key), m.ListStep)
            ):
                chosen = self.entry.answers.get(step.id)
                if isinstance(chosen, list):
                    self._replace_or_drop(step.id, [c for c in chosen if entries and c in entries])
                elif chosen is not None and not (entries and chosen in entries):
                    self.entry.answers.pop(step.id)

    def _replace_or_drop(self, key: str, value: list[Any]) -> None:
        if value:
            self.entry.answers[key] = value
        else:
            self.entry.answers.pop(key, None)
