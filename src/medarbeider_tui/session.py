"""One person working through one exercise: answers, drafts, results and completion.

The plain runner and the TUI both drive an ``ExerciseSession``; neither knows how answers are
checked, scored or saved. Every accepted answer is saved at once as a draft (the diary's
crash-safe write), so closing the terminal at any moment loses nothing.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import (
    Choice,
    check_answer,
    is_answered,
    options_for,
    rank_choices,
)
from medarbeider_tui.content.scoring import Results, compute
from medarbeider_tui.diary import DiaryStore, Entry, PackRef, StoreWarning, new_entry


class IncompleteError(ValueError):
    """Completion was asked for while required steps are unanswered."""

    def __init__(self, steps: list[m.AnyStep]) -> None:
        self.steps = steps
        super().__init__("unanswered required steps: " + ", ".join(s.id for s in steps))


def pack_ref(pack: m.Pack) -> PackRef:
    return PackRef(id=pack.id, version=pack.version, sha256=pack.sha256)


class ExerciseSession:
    """The state of one exercise being answered, saved after every change."""

    def __init__(self, pack: m.Pack, exercise: m.Exercise, store: DiaryStore, entry: Entry) -> None:
        self.pack = pack
        self.exercise = exercise
        self.store = store
        self.entry = entry
        self.warnings: list[StoreWarning] = []

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

    def options(self, step: m.ChoiceStep) -> list[Choice]:
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

    def missing_required(self) -> list[m.AnyStep]:
        return [s for s in self.steps if not s.optional and not is_answered(s, self.answers)]

    def is_blocked(self, step: m.AnyStep) -> bool:
        """A step with nothing to work on (a sort of an empty list, a choice with no options)."""
        if isinstance(step, m.SortStep):
            return not self.sort_entries(step)
        if isinstance(step, m.ChoiceStep):
            return not self.options(step)
        return False

    # --- changing (each change is saved) ---------------------------------------------------

    def set_answer(self, key: str, value: Any) -> Any:
        """Check, store and save one answer; returns the value as stored.

        Raises:
            AnswerError: the value does not fit the question (nothing is changed).
        """
        stored = check_answer(
            self.exercise, self.pack, key, value, self.entry.answers, self.results()
        )
        self.entry.answers[key] = stored
        self._prune_dependents(key)
        self._save()
        return stored

    def clear_answer(self, key: str) -> None:
        """Remove an answer (skipping an optional question after all)."""
        if self.entry.answers.pop(key, None) is not None:
            self._prune_dependents(key)
            self._save()

    def move_to(self, step: m.AnyStep) -> None:
        """Remember where the person is, so a draft resumes there."""
        if self.entry.current_step != step.id:
            self.entry.current_step = step.id
            if self.entry.revision:  # never write an empty draft just for moving
                self._save()

    def complete(self, now: datetime | None = None) -> Entry:
        """Compute the results and save the entry as complete.

        Raises:
            IncompleteError: required steps are still unanswered.
        """
        missing = self.missing_required()
        if missing:
            raise IncompleteError(missing)
        self.entry.current_step = None
        self.entry.mark_complete(now)
        self._save(touch=False)
        return self.entry

    def _prune_dependents(self, key: str) -> None:
        """Drop answers built on entries of a list that no longer exist."""
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

    def _save(self, touch: bool = True) -> None:
        if touch:
            self.entry.touch()
        self.entry.results = self.results()
        saved = self.store.save(self.entry)
        if saved.id != self.entry.id and self.store.warnings:
            self.warnings.append(self.store.warnings[-1])  # the conflict copy just made
        self.entry = saved
