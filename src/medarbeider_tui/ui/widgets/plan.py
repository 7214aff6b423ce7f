"""Named plan slots («Utviklingsområde 1»): what, how, and an optional date to look again.

Suggestions from the person's own answers (e.g. their lowest-rated items) are offered in the
«what» field: type the beginning and press → to accept, or write something else entirely.

Tab into a filled field puts the cursor at its end (nothing is selected, so one key never
replaces an answer), and the view follows the focus. Near a text's limit the room left is
shown; text past it is kept, and the answer says it is too long.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.suggester import SuggestFromList
from textual.widgets import Input, Static

from medarbeider_tui.content.review_dates import DateProblem, example, read_review_date
from medarbeider_tui.i18n import format_date, t
from medarbeider_tui.ui.safe import plain, safe
from medarbeider_tui.ui.widgets.room import room_note


@dataclass(frozen=True)
class SlotSpec:
    id: str
    label: str


#: How a date is typed into a field, in either language.
DATE_TYPED = "%d.%m.%Y"


@dataclass(frozen=True)
class PlanTexts:
    what: str
    how: str
    review: str
    suggestions: str
    bad_date: str  # with {text} and {problem}


class PlanEditor(Vertical):
    """One box per slot; posts ``Changed`` with the filled slots."""

    @dataclass
    class Changed(Message):
        editor: PlanEditor
        plan: dict[str, dict[str, Any]]

        @property
        def control(self) -> PlanEditor:
            return self.editor

    def __init__(
        self,
        slots: list[SlotSpec],
        plan: dict[str, dict[str, Any]],
        suggestions: list[str],
        how_prompt: str,
        review_date: bool,
        texts: PlanTexts,
        language: str,
        max_length: int = 2000,
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, classes="plan-editor")
        self.slots = slots
        self.plan = plan
        self.suggestions = suggestions
        self.how_prompt = how_prompt
        self.review_date = review_date
        self.texts = texts
        self.language = language
        self.max_length = max_length
        self._loaded_reviews: dict[str, tuple[str, str]] = {}
        """Each slot's review date as it was opened: (as shown, as stored). A date set months
        ago may have passed since; it stays as it was until the person changes it."""

    def compose(self) -> ComposeResult:
        if self.suggestions:
            listed = "; ".join(f"{n}) {s}" for n, s in enumerate(self.suggestions, 1))
            yield Static(safe(f"{self.texts.suggestions}: {listed}"), classes="hint")
        suggester = SuggestFromList([plain(s) for s in self.suggestions], case_sensitive=False)
        for slot in self.slots:
            current = self.plan.get(slot.id, {})
            with Vertical(classes="slot"):
                yield Static(safe(slot.label), classes="slot-title")
                yield Input(
                    current.get("what", ""),
                    placeholder=plain(self.texts.what),
                    suggester=suggester,
                    id=f"what-{slot.id}",
                    select_on_focus=False,
                )
                yield Input(
                    current.get("how", ""),
                    placeholder=plain(self.how_prompt or self.texts.how),
                    id=f"how-{slot.id}",
                    select_on_focus=False,
                )
                if self.review_date:
                    review = current.get("review")
                    # As it is typed, in either language (and it fits the field's ten places).
                    shown = date.fromisoformat(review).strftime(DATE_TYPED) if review else ""
                    if review:
                        self._loaded_reviews[slot.id] = (shown, review)
                    yield Input(
                        shown,
                        placeholder=self.texts.review,
                        id=f"review-{slot.id}",
                        max_length=10,
                        select_on_focus=False,
                    )
                yield Static("", classes="error", id=f"error-{slot.id}")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        """Enter: a number in «what» picks that suggestion; then on to the next field."""
        event.stop()
        field = event.input
        value = field.value.strip()
        if (field.id or "").startswith("what-") and value.isascii() and value.isdecimal():
            number = int(value)
            if 1 <= number <= len(self.suggestions):
                field.value = self.suggestions[number - 1]
        self.screen.focus_next()

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.plan = self.collect()
        self.post_message(self.Changed(self, self.plan))

    def collect(self) -> dict[str, dict[str, Any]]:
        """The plan as the fields hold it now (and each slot's note brought up to date)."""
        plan: dict[str, dict[str, Any]] = {}
        for slot in self.slots:
            what = self.query_one(f"#what-{slot.id}", Input).value.strip()
            how = self.query_one(f"#how-{slot.id}", Input).value.strip()
            notes = [room_note(len(text), self.max_length, self.language) for text in (what, how)]
            review = None
            if self.review_date:
                raw = self.query_one(f"#review-{slot.id}", Input).value.strip()
                review, problem = self._review_date(slot.id, raw)
                if problem:
                    notes.append(problem)
            note = "  ".join(n for n in notes if n)
            self.query_one(f"#error-{slot.id}", Static).update(safe(note))
            if what:
                plan[slot.id] = {"what": what, "how": how, "review": review}
        return plan

    def _review_date(self, slot_id: str, raw: str) -> tuple[str | None, str]:
        """The review date typed for a slot, as stored (or None), and what is wrong with it.
        «15.1.27» is 15 January 2027; a date already past or more than five years away is
        refused with how to write one, as in plain mode."""
        if not raw:
            return None, ""
        loaded = self._loaded_reviews.get(slot_id)
        if loaded is not None and raw == loaded[0]:
            return loaded[1], ""
        today = date.today()
        found = read_review_date(raw, today)
        if isinstance(found, DateProblem):
            last = format_date(found.last, self.language) if found.last else ""
            shown = example(today).strftime(DATE_TYPED)
            problem = t(found.key, self.language, example=shown, last=last)
            return None, self.texts.bad_date.format(text=raw, problem=problem)
        return found.isoformat(), ""
