"""Named plan slots («Utviklingsområde 1»): what, how, and an optional date to look again.

Suggestions from the person's own answers (e.g. their lowest-rated items) are offered in the
«what» field: type the beginning and press → to accept, or write something else entirely.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.suggester import SuggestFromList
from textual.widgets import Input, Static

from medarbeider_tui.i18n import format_date, parse_date


@dataclass(frozen=True)
class SlotSpec:
    id: str
    label: str


@dataclass(frozen=True)
class PlanTexts:
    what: str
    how: str
    review: str
    suggestions: str
    bad_date: str  # with {text}


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

    def compose(self) -> ComposeResult:
        if self.suggestions:
            listed = "; ".join(f"{n}) {s}" for n, s in enumerate(self.suggestions, 1))
            yield Static(f"{self.texts.suggestions}: {listed}", classes="hint")
        suggester = SuggestFromList(self.suggestions, case_sensitive=False)
        for slot in self.slots:
            current = self.plan.get(slot.id, {})
            with Vertical(classes="slot"):
                yield Static(slot.label, classes="slot-title")
                yield Input(
                    current.get("what", ""),
                    placeholder=self.texts.what,
                    suggester=suggester,
                    id=f"what-{slot.id}",
                    max_length=300,
                )
                yield Input(
                    current.get("how", ""),
                    placeholder=self.how_prompt or self.texts.how,
                    id=f"how-{slot.id}",
                    max_length=2000,
                )
                if self.review_date:
                    review = current.get("review")
                    shown = format_date(review, self.language) if review else ""
                    yield Input(
                        shown, placeholder=self.texts.review, id=f"review-{slot.id}", max_length=10
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
        plan: dict[str, dict[str, Any]] = {}
        for slot in self.slots:
            what = self.query_one(f"#what-{slot.id}", Input).value.strip()
            how = self.query_one(f"#how-{slot.id}", Input).value.strip()
            review = None
            if self.review_date:
                raw = self.query_one(f"#review-{slot.id}", Input).value.strip()
                parsed = parse_date(raw) if raw else None
                error = self.query_one(f"#error-{slot.id}", Static)
                error.update(self.texts.bad_date.format(text=raw) if raw and not parsed else "")
                review = parsed.isoformat() if parsed else None
            if what:
                plan[slot.id] = {"what": what, "how": how, "review": review}
        self.plan = plan
        self.post_message(self.Changed(self, plan))
