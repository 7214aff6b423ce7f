"""«Last time»: what the person answered the previous time they completed an exercise.

Shown quietly while answering («sist: 4 · 03.11.2026»): the answer to each statement, last
time's texts on request, and last time's tasks to keep, drop or add to. Matched by the pack's
ids, so an entry made with an earlier version of the pack still helps where the ids match.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from medarbeider_tui.content import model as m
from medarbeider_tui.diary import Entry
from medarbeider_tui.i18n import format_date, t
from medarbeider_tui.report.build import scale_answer_text


@dataclass(frozen=True)
class LastAnswer:
    """One statement's answer last time."""

    value: int | str
    """As stored: a number on the scale, or ``not_relevant``."""
    shown: str
    """«4 Delvis enig», «Ikke relevant»."""
    note: str
    """The quiet line beside the statement: «sist: 4 · 03.11.2026»."""


@dataclass(frozen=True)
class LastTime:
    """The previous complete entry of an exercise, as the steps being answered can use it."""

    entry_id: str
    when: str
    """The completion time (ISO 8601)."""
    date: str
    """As the reader writes dates («03.11.2026»)."""
    scale: dict[str, LastAnswer] = field(default_factory=dict)
    """By statement id."""
    texts: dict[str, str] = field(default_factory=dict)
    """Text answers by step id."""
    lists: dict[str, list[str]] = field(default_factory=dict)
    """List answers (e.g. prioritering's tasks) by step id, to keep, drop or add to."""
    plans: dict[str, dict[str, str]] = field(default_factory=dict)
    """Plan answers by step id: slot id → what was planned."""

    def note(self, item_id: str) -> str:
        """The note for one statement, or '' if it was not answered last time."""
        found = self.scale.get(item_id)
        return found.note if found else ""


def build_last_time(entry: Entry, pack: m.Pack, exercise: m.Exercise, language: str) -> LastTime:
    """What ``entry`` (a complete entry of ``exercise``) answered, by the current ids."""
    when = entry.completed_at or entry.updated_at
    date = format_date(when, language)
    scale: dict[str, LastAnswer] = {}
    texts: dict[str, str] = {}
    lists: dict[str, list[str]] = {}
    plans: dict[str, dict[str, str]] = {}
    answers = entry.answers
    for step in exercise.steps:
        match step:
            case m.ScaleStep():
                sc = pack.scale_for(exercise, step.scale)
                for item in step.items:
                    value = answers.get(item.id)
                    if not (
                        value == m.NOT_RELEVANT
                        or (type(value) is int and sc.min <= value <= sc.max)
                    ):
                        continue
                    short = (
                        str(value) if type(value) is int else scale_answer_text(sc, value, language)
                    )
                    scale[item.id] = LastAnswer(
                        value,
                        scale_answer_text(sc, value, language),
                        t("lasttime.note", language, answer=short, date=date),
                    )
            case m.TextStep():
                value = answers.get(step.id)
                if isinstance(value, str) and value.strip():
                    texts[step.id] = value
            case m.ListStep():
                value = answers.get(step.id)
                if isinstance(value, list):
                    lists[step.id] = [v for v in value if isinstance(v, str)]
            case m.PlanStep():
                value = answers.get(step.id)
                if isinstance(value, dict):
                    plans[step.id] = {
                        slot: str(data.get("what", ""))
                        for slot, data in value.items()
                        if isinstance(data, dict) and data.get("what")
                    }
            case _:
                pass
    return LastTime(entry.id, when, date, scale, texts, lists, plans)
