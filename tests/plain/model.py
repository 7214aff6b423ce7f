"""What a person gave, step by step: the model the plain runner is held to.

A deliberately small, separate statement of plain mode's rules (README, «Enkel modus»), written
against the step kinds rather than the runner's code. Fed the same lines as the runner, it says
what must be on disk after each one. Rules, at every prompt but a line of a longer text:

- ``?`` repeats, ``<`` goes back one question (a step of several prompts: one prompt back, and
  from its first prompt to the previous question), ``-`` clears what this prompt holds, ``=``
  repeats the last result once one has been shown;
- an empty line keeps what is there, skips an optional question, or is refused (required);
- an answer is saved the moment it is typed: each line of a text, each list item, each
  placement of a sort, each part of a plan; a list grows at its end and says when it is full;
- end of input keeps everything typed so far as the draft.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from medarbeider_tui.content import model as m

FAR_YEARS = 5


def review_date(text: str, today: date) -> str | None:
    """The ISO date a review prompt accepts, or None: d.m.yyyy, d.m.yy (20yy) or ISO,
    from today up to five years ahead."""
    text = text.strip()
    try:
        if "." in text:
            day, month, year = (int(part) for part in text.split("."))
            if year < 100:
                year += 2000
            found = date(year, month, day)
        else:
            found = date.fromisoformat(text)
    except ValueError:
        return None
    last = date(today.year + FAR_YEARS, today.month, min(today.day, 28))
    return found.isoformat() if today <= found <= last else None


@dataclass
class Person:
    """The walk as the person makes it: where they are and what they have given."""

    exercise: m.Exercise
    scales: dict[str, m.Scale]
    today: date
    answers: dict[str, Any] = field(default_factory=dict)
    status: str | None = None
    position: int = 0
    part: int = 0
    """The entry of a sort, or the slot × 3 + prompt (what, how, date) of a plan."""
    text_lines: list[str] | None = None
    result_shown: bool = False

    def __post_init__(self) -> None:
        self.units: list[tuple[m.AnyStep, m.ScaleItem | None]] = []
        for step in self.exercise.steps:
            if isinstance(step, m.ScaleStep):
                self.units += [(step, item) for item in step.items]
            else:
                self.units.append((step, None))
        self._arrive()

    # --- where the person is ---------------------------------------------------------------

    @property
    def ended(self) -> bool:
        return self.status is not None

    @property
    def step(self) -> m.AnyStep:
        return self.units[self.position][0]

    def _arrive(self) -> None:
        """Entering a unit: results are shown and passed (input is not a terminal); a step of
        several prompts starts at its first; walking off the end completes the entry."""
        self.part, self.text_lines = 0, None
        while self.position < len(self.units):
            step = self.step
            if isinstance(step, m.ResultStep):
                self.result_shown = True
                self.position += 1
                continue
            if isinstance(step, m.SortStep) and not self.answers.get(step.items_from):
                self.position += 1
                continue
            return
        self.status = "complete"

    def _next(self) -> None:
        self.position += 1
        self._arrive()

    def _back(self) -> None:
        for index in range(self.position - 1, -1, -1):
            if not isinstance(self.units[index][0], m.InfoStep | m.ResultStep):
                self.position = index
                self._arrive()
                return

    # --- what can be typed here --------------------------------------------------------------

    def candidates(self) -> list[str]:
        keys = ["", "?", "<", "-", "="]
        step = self.step
        if self.text_lines is not None:
            return ["", ".", "?", "<", "-", "og mer"]
        match step:
            case m.InfoStep():
                return ["", "?", "<", "x"]
            case m.ScaleStep():
                return [*keys, "0", "1", "3", "5", "6", "x"]
            case m.TextStep():
                return [*keys, ".", "Tanke", "?x"]
            case m.ListStep():
                return [*keys, ".", "A", "B", "C", "D", "A "]
            case m.SortStep():
                return [*keys, "1", "2", "3"]
            case m.ChoiceStep():
                return [*keys, "1", "2", "3", "1 3", "2,1", "4", "x"]
            case m.PlanStep():
                prompt = self.part % 3
                if prompt == 0:
                    return [*keys, "Mål", "Annet"]
                if prompt == 1:
                    return [*keys, "Slik"]
                soon = self.today.replace(day=1)
                future = date(soon.year + 1, soon.month, 15)
                return [
                    *keys,
                    future.strftime("%d.%m.%Y"),
                    f"{future.day}.{future.month}.{future.year % 100}",
                    "15.13.2027",
                    date(self.today.year - 1, 1, 15).strftime("%d.%m.%Y"),
                    f"1.1.{self.today.year + 40}",
                ]
            case _:
                raise AssertionError(step)

    # --- typing a line (None: end of input) --------------------------------------------------

    def feed(self, line: str | None) -> None:
        if line is None:
            self.status = "draft"
            return
        step = self.step
        text = line.strip()
        if self.text_lines is not None:
            self._text_line(step, line)
            return
        if text == "=" and self.result_shown:
            return
        if text == "?":
            return
        if text == "<":
            self._go_back_one()
            return
        match step:
            case m.InfoStep():
                self._next()
            case m.ScaleStep():
                self._scale(step, text)
            case m.TextStep():
                self._text_first(step, line, text)
            case m.ListStep():
                self._list(step, text)
            case m.SortStep():
                self._sort(step, text)
            case m.ChoiceStep():
                self._choice(step, text)
            case m.PlanStep():
                self._plan(step, text)
            case _:
                raise AssertionError(step)

    def _go_back_one(self) -> None:
        step = self.step
        if isinstance(step, m.SortStep) and self.part > 0:
            self.part -= 1
        elif isinstance(step, m.PlanStep) and self.part > 0:
            self.part = self.part - 3 if self.part % 3 == 0 else self.part - 1
        else:
            self._back()

    @property
    def key(self) -> str:
        step, item = self.units[self.position]
        return item.id if item is not None else step.id

    def _empty(self, optional: bool) -> None:
        """Enter alone: keep, skip an optional question, or stay on a required one."""
        if self.key in self.answers or optional:
            self._next()

    def _clear(self) -> None:
        if self.answers.pop(self.key, None) is not None:
            self._prune()

    def _scale(self, step: m.ScaleStep, text: str) -> None:
        scale = self.scales[step.scale]
        if text == "-":
            self._clear()
        elif not text:
            self._empty(step.optional)
        elif text == "0" and step.not_relevant:
            self.answers[self.key] = m.NOT_RELEVANT
            self._next()
        elif text.isdecimal() and int(text) in scale.values:
            self.answers[self.key] = int(text)
            self._next()

    def _text_first(self, step: m.TextStep, line: str, text: str) -> None:
        if text == "-":
            self._clear()
        elif not text or (text == "." and step.multiline):
            self._empty(step.optional)
        elif not step.multiline:
            self.answers[step.id] = text
            self._next()
        else:
            self.text_lines = [line]
            self.answers[step.id] = line.strip()

    def _text_line(self, step: m.AnyStep, line: str) -> None:
        assert self.text_lines is not None
        if line.strip() == ".":
            self._next()
            return
        self.text_lines.append(line)
        self.answers[step.id] = "\n".join(self.text_lines).strip()

    def _list(self, step: m.ListStep, text: str) -> None:
        entries: list[str] = list(self.answers.get(step.id) or [])
        if text == "-":
            self._clear()
        elif not text or text == ".":
            if entries or step.optional:
                self._next()
        elif len(entries) >= step.max_items or text in entries:
            return  # full (said so), or already listed
        else:
            self.answers[step.id] = [*entries, text]
            self._prune()

    def _sort(self, step: m.SortStep, text: str) -> None:
        entries: list[str] = self.answers[step.items_from]
        entry = entries[self.part]
        placed = {p["item"]: p["cell"] for p in self.answers.get(step.id, [])}
        if text == "-":
            placed.pop(entry, None)
        elif not text:
            if entry not in placed and not step.optional:
                return
        elif text.isdecimal() and 1 <= int(text) <= len(step.cells):
            placed[entry] = step.cells[int(text) - 1].id
        else:
            return
        pairs = [{"item": e, "cell": placed[e]} for e in entries if e in placed]
        if pairs:
            self.answers[step.id] = pairs
        else:
            self.answers.pop(step.id, None)
        if text != "-":
            self.part += 1
            if self.part >= len(entries):
                self._next()

    def _choice(self, step: m.ChoiceStep, text: str) -> None:
        assert step.options is not None
        if text == "-":
            self._clear()
            return
        if not text:
            self._empty(step.optional)
            return
        parts = text.replace(",", " ").split()
        if not all(p.isdecimal() and 1 <= int(p) <= len(step.options) for p in parts):
            return
        if not step.multiple and len(parts) != 1:
            return
        ids = list(dict.fromkeys(step.options[int(p) - 1].id for p in parts))
        self.answers[step.id] = ids if step.multiple else ids[0]
        self._next()

    def _plan(self, step: m.PlanStep, text: str) -> None:
        slot_index, prompt = divmod(self.part, 3)
        slot = step.slots[slot_index].id
        plan: dict[str, dict[str, Any]] = copy.deepcopy(self.answers.get(step.id) or {})
        current = plan.get(slot)
        if prompt == 0:  # what
            if text == "-":
                plan.pop(slot, None)
            elif not text:
                self.part += 1 if current else 3
            else:
                plan[slot] = {"what": text, "how": "", "review": None} | (
                    {"how": current["how"], "review": current["review"]} if current else {}
                )
                self.part += 1
        elif prompt == 1:  # how
            assert current is not None
            if text == "-":
                current["how"] = ""
            else:
                if text:
                    current["how"] = text
                self.part += 1 if step.review_date else 2
        else:  # review date
            assert current is not None
            if text == "-":
                current["review"] = None
            elif not text:
                self.part += 1
            else:
                found = review_date(text, self.today)
                if found is None:
                    return
                current["review"] = found
                self.part += 1
        if plan:
            self.answers[step.id] = plan
        else:
            self.answers.pop(step.id, None)
        if self.part >= 3 * len(step.slots):
            if step.id in self.answers or step.optional:
                self._next()
            else:
                self.part = 0

    def _prune(self) -> None:
        """A list that changed takes the placements of entries no longer in it along."""
        for step in self.exercise.steps:
            if isinstance(step, m.SortStep) and step.id in self.answers:
                entries = self.answers.get(step.items_from) or []
                kept = [p for p in self.answers[step.id] if p["item"] in entries]
                if kept:
                    self.answers[step.id] = kept
                else:
                    self.answers.pop(step.id)
