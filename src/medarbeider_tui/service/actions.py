"""The action-plan loop: what people plan becomes actions that come back to be reviewed.

A pack marks the steps whose answers are plans (``action: true`` on a plan, text or list
step). When an entry of such an exercise is complete, its plans become actions in the
diary's action store (`diary.actions`), once; each has an optional review date (a plan slot's
own, or the step's ``review_in_days`` after completion). Reviewing asks what helped and what
got in the way and records the state: done, going on (with a new date) or let go. An action
whose entry was deleted stays until the person keeps it or lets it go.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from medarbeider_tui.content.text import render
from medarbeider_tui.diary import Entry, EntryNotFound
from medarbeider_tui.diary.actions import (
    MAX_TEXT,
    Action,
    ActionNotFound,
    ActionSource,
    ActionStore,
    Review,
    ReviewState,
    action_id_for,
    reviewed,
)
from medarbeider_tui.diary.ids import parse_timestamp, timestamp
from medarbeider_tui.i18n import LocalizedError, Translatable, format_date, t
from medarbeider_tui.service.host import ServiceHost

if TYPE_CHECKING:  # the model is in memory once there is an exercise: imported where used
    from medarbeider_tui.content import model as m

__all__ = ["ActionItem", "ActionNotFound", "ActionOps", "BadReview", "actions_from_entry"]


class BadReview(LocalizedError):
    """A review that cannot be recorded (a text too long, a date in the wrong form)."""


@dataclass(frozen=True)
class ActionItem:
    """One action as a front end shows it, in the reader's language."""

    action: Action
    label: str
    """What kind of plan («Utviklingsområde 1», «Slutte»)."""
    exercise: str
    """The exercise's title (its id when the pack is gone)."""
    planned: str
    """When it was planned, as the reader writes dates."""
    review: str
    """The review date as the reader writes it, or ''."""
    due: bool
    orphaned: bool
    """Its entry was deleted and the person has not chosen yet: keep it, or let it go."""

    @property
    def id(self) -> str:
        return self.action.id


def actions_from_entry(entry: Entry, exercise: m.Exercise) -> list[Action]:
    """The actions a complete entry's plans make, by the exercise's ``action`` steps."""
    from medarbeider_tui.content import model as m

    when = entry.completed_at or entry.updated_at
    done = parse_timestamp(when).date()
    made: list[Action] = []

    def add(
        step: m.ActionStep, part: str | None, label: str, what: Any, how: Any, due: Any
    ) -> None:
        if not isinstance(what, str) or not what.strip():
            return
        review = due if isinstance(due, str) and _is_date(due) else None
        if review is None and step.review_in_days:
            review = (done + timedelta(days=step.review_in_days)).isoformat()
        source = ActionSource(entry.id, entry.pack.id, entry.exercise, step.id, part)
        made.append(
            Action(
                id=action_id_for(source),
                created_at=when,
                updated_at=when,
                source=source,
                label=label[:MAX_TEXT],
                language=entry.language,
                what=what.strip()[:MAX_TEXT],
                how=how.strip()[:MAX_TEXT] if isinstance(how, str) else "",
                review=review,
            )
        )

    for step in exercise.action_steps():
        answer = entry.answers.get(step.id)
        title = _step_label(step, entry.language)
        match step:
            case m.PlanStep() if isinstance(answer, dict):
                labels = {s.id: s.label.render(entry.language) for s in step.slots}
                for slot, data in answer.items():
                    if isinstance(data, dict):
                        add(
                            step,
                            str(slot),
                            labels.get(str(slot), str(slot)),
                            data.get("what"),
                            data.get("how"),
                            data.get("review"),
                        )
            case m.TextStep():
                add(step, None, title, answer, "", None)
            case m.ListStep() if isinstance(answer, list):
                for position, item in enumerate(answer):
                    add(step, str(position), title, item, "", None)
            case _:
                pass
    return made


class ActionOps(ServiceHost):
    """The action operations of `ReflectionService`."""

    def action_store(self) -> ActionStore:
        """The action store, opened (its folder made private) on first use."""
        found = self.__dict__.get("_action_store")
        if found is None:
            found = ActionStore.open(self.locations.diary_dir, self.locations.quarantine_dir)
            self.__dict__["_action_store"] = found
        return found

    def sync_actions(self) -> int:
        """Make the actions of every complete entry not yet seen; returns how many were made.

        Entries whose pack is not installed wait (their steps are not known) until it is.
        """
        book = self.action_store()
        seen = book.made_from()
        batch: list[tuple[str, list[Action]]] = []
        every = self.listing()
        for position in every.positions(None, "complete"):
            entry_id = every.entry_id(position)
            if entry_id in seen:
                continue
            found = self.exercise_of(*every.group(position))
            if found is None:
                continue
            exercise = found[1]
            if not exercise.action_steps():
                continue
            try:
                entry = self.load(entry_id)
            except EntryNotFound:
                continue
            batch.append((entry.id, actions_from_entry(entry, exercise)))
        made = len(book.add_from_entries(batch))
        self._action_problems()
        return made

    def actions(
        self,
        language: str,
        *,
        today: date | None = None,
        due_only: bool = False,
        include_closed: bool = False,
    ) -> list[ActionItem]:
        """The actions to show: open ones (and, asked for, the closed), due first, then by date."""
        self.sync_actions()
        today = today or date.today()
        live = self.listing().ids()
        items = []
        for action in self.action_store().all():
            item = self._item(action, language, today, live)
            if due_only and not item.due:
                continue
            if not (include_closed or action.is_open or item.orphaned):
                continue
            items.append(item)
        self._action_problems()
        items.sort(key=lambda i: (not i.due, not i.orphaned, i.action.review or "9999", i.id))
        return items

    def due_count(self, today: date | None = None) -> int:
        """How many open actions have come up for review."""
        today = today or date.today()
        self.sync_actions()
        return sum(1 for a in self.action_store().all() if a.is_due(today))

    def actions_due_notice(self, today: date | None = None) -> Translatable | None:
        """For home: «2 handlinger å se på igjen», or None when nothing is due."""
        count = self.due_count(today)
        return Translatable("actions.due", count=count) if count else None

    def open_actions_for(
        self, pack_id: str, exercise_id: str, language: str, today: date | None = None
    ) -> list[ActionItem]:
        """An exercise's open actions: to show first when it is opened again."""
        return [
            item
            for item in self.actions(language, today=today)
            if item.action.is_open
            and (item.action.source.pack, item.action.source.exercise) == (pack_id, exercise_id)
        ]

    def action(self, action_id: str, language: str, today: date | None = None) -> ActionItem:
        """Raises: ActionNotFound."""
        live = self.listing().ids()
        return self._item(self.action_store().get(action_id), language, today or date.today(), live)

    def review_action(
        self,
        action_id: str,
        state: ReviewState,
        *,
        helped: str = "",
        hindered: str = "",
        next_review: date | None = None,
        now: datetime | None = None,
    ) -> Action:
        """Record a review: what helped, what got in the way, and the state now.

        Raises:
            ActionNotFound: no such action.
            BadReview: a text is too long.
        """
        for text in (helped, hindered):
            if len(text) > MAX_TEXT:
                raise BadReview("actions.text_too_long", limit=MAX_TEXT)
        stamp = timestamp(now)
        review = Review(
            at=stamp,
            state=state,
            helped=helped.strip(),
            hindered=hindered.strip(),
            next_review=next_review.isoformat() if next_review and state == "going_on" else None,
        )
        return self.action_store().change(action_id, lambda a: reviewed(a, review, stamp))

    def set_action_review(
        self, action_id: str, when: date | None, now: datetime | None = None
    ) -> Action:
        """Give an action a review date (or none). Raises: ActionNotFound."""
        stamp = timestamp(now)
        return self.action_store().change(
            action_id,
            lambda a: replace(a, review=when.isoformat() if when else None, updated_at=stamp),
        )

    def keep_action(self, action_id: str, now: datetime | None = None) -> Action:
        """Keep an action whose entry was deleted. Raises: ActionNotFound."""
        stamp = timestamp(now)
        return self.action_store().change(
            action_id, lambda a: replace(a, kept_without_entry=True, updated_at=stamp)
        )

    def let_go_of_action(self, action_id: str) -> None:
        """Remove an action for good, with its reviews: for one whose entry was deleted, when
        the person does not want to keep it. Raises: ActionNotFound."""
        self.action_store().remove(action_id)

    def actions_of_entry(self, entry_id: str) -> list[Action]:
        """The actions made from one entry (to say what deleting it leaves behind)."""
        return [a for a in self.action_store().all() if a.source.entry == entry_id]

    def review_calendar(self, language: str, now: datetime | None = None) -> tuple[bytes, int]:
        """Every open action's review date as an iCalendar file (RFC 5545); and how many."""
        from medarbeider_tui.export.ics import CalendarItem, calendar

        items = [
            CalendarItem(
                uid=f"{item.id}-{item.action.review}@medarbeider.invalid",
                day=date.fromisoformat(item.action.review),
                summary=t("ics.summary", language, what=_short(item.action.what)),
                description="\n".join(
                    part
                    for part in (
                        item.action.what,
                        item.action.how,
                        t(
                            "ics.source",
                            language,
                            label=item.label,
                            exercise=item.exercise,
                            date=item.planned,
                        ),
                    )
                    if part
                ),
            )
            for item in self.actions(language)
            if item.action.review is not None and item.action.is_open
        ]
        return calendar(items, now), len(items)

    # --- pieces --------------------------------------------------------------------------------

    def _item(self, action: Action, language: str, today: date, live: set[str]) -> ActionItem:
        source = action.source
        found = self.exercise_of(source.pack, source.exercise)
        label = action.label
        title = source.exercise
        if found is not None:
            exercise = found[1]
            title = render(exercise.title, language)
            label = _current_label(exercise, source, language) or label
        return ActionItem(
            action,
            label,
            title,
            format_date(action.created_at, language),
            format_date(action.review, language) if action.review else "",
            action.is_due(today),
            source.entry not in live and not action.kept_without_entry,
        )

    def _action_problems(self) -> None:
        book = self.action_store()
        found = []
        while book.problems:
            problem = book.problems.pop(0)
            kind = "quarantined" if problem.moved_to else "unreadable"
            found.append(
                Translatable(
                    f"warning.{kind}", path=problem.moved_to or problem.path, detail=problem.detail
                )
            )
        if found:
            with self._notices_lock:
                self._notices += found


def _current_label(exercise: m.Exercise, source: ActionSource, language: str) -> str:
    from medarbeider_tui.content import model as m

    try:
        step = exercise.step(source.step)
    except KeyError:
        return ""
    if isinstance(step, m.PlanStep):
        slot = next((s for s in step.slots if s.id == source.part), None)
        return slot.label.render(language) if slot else ""
    return _step_label(step, language)


def _step_label(step: m.AnyStep, language: str) -> str:
    from medarbeider_tui.report.prose import first_line, markdown_to_plain

    return render(step.title, language) or first_line(
        markdown_to_plain(render(step.prompt, language))
    )


def _short(text: str, limit: int = 60) -> str:
    from medarbeider_tui.report.prose import first_line

    line = first_line(text)
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10
