"""What counts as a valid answer for each step kind, and where dynamic options come from.

Every way in (the plain runner, an ``--answers`` file, the TUI) goes through ``check_answer``,
so an answer that reaches the diary always has the documented shape (docs/diary-format.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from medarbeider_tui.content import model as m
from medarbeider_tui.content.scoring import Results
from medarbeider_tui.content.text import Text

MAX_LIST_ITEM = 200
MAX_PLAN_TEXT = 2000


class AnswerError(ValueError):
    """An answer that does not fit its question; the message says what would."""


@dataclass(frozen=True)
class Choice:
    """One option on screen: the id stored in the diary, and the text shown."""

    id: str
    label: Text


def answer_keys(exercise: m.Exercise) -> dict[str, m.AnyStep]:
    """Every key an answer can be stored under (scale items, other answerable steps)."""
    keys: dict[str, m.AnyStep] = {}
    for step in exercise.steps:
        if isinstance(step, m.ScaleStep):
            keys.update({item.id: step for item in step.items})
        elif not isinstance(step, m.InfoStep | m.ResultStep):
            keys[step.id] = step
    return keys


def options_for(
    step: m.ChoiceStep, exercise: m.Exercise, answers: dict[str, Any], results: Results
) -> list[Choice]:
    """The options a choice step offers now (some depend on earlier answers or scores)."""
    if step.options is not None:
        return [Choice(o.id, o.label) for o in step.options]
    source = step.options_from
    assert source is not None  # guaranteed by semantic checks
    if source.step is not None:
        return _step_choices(exercise.step(source.step), exercise, answers, results)
    assert source.score is not None
    return rank_choices(exercise, source.score, results)


def _step_choices(
    step: m.AnyStep, exercise: m.Exercise, answers: dict[str, Any], results: Results
) -> list[Choice]:
    if isinstance(step, m.ScaleStep):
        return [Choice(item.id, item.text) for item in step.items]
    if isinstance(step, m.ChoiceStep):
        return options_for(step, exercise, answers, results)
    if isinstance(step, m.ListStep):
        entries = answers.get(step.id) or []
        return [Choice(entry, Text({"nb": entry}, single=True)) for entry in entries]
    return []


def rank_choices(exercise: m.Exercise, score_id: str, results: Results) -> list[Choice]:
    """A lowest/highest score's picks, labelled with their item text or score label."""
    result = results.get(score_id) or {}
    items = exercise.scale_items()
    choices = []
    for pick in result.get("picks", []):
        pid = pick["id"]
        if pid in items:
            choices.append(Choice(pid, items[pid][1].text))
        else:
            score = exercise.score(pid)
            choices.append(Choice(pid, score.label or Text({"nb": pid}, single=True)))
    return choices


def check_answer(
    exercise: m.Exercise,
    pack: m.Pack,
    key: str,
    value: Any,
    answers: dict[str, Any],
    results: Results,
) -> Any:
    """``value`` normalised for the diary, or ``AnswerError`` saying what would fit."""
    keys = answer_keys(exercise)
    step = keys.get(key)
    if step is None:
        raise AnswerError(f"unknown question id {key!r}; known ids: {', '.join(keys)}")
    if isinstance(step, m.ScaleStep):
        return _check_scale(step, pack.scale_for(exercise, step.scale), value)
    if isinstance(step, m.TextStep):
        return _check_text(step, value)
    if isinstance(step, m.ChoiceStep):
        return _check_choice(step, options_for(step, exercise, answers, results), value)
    if isinstance(step, m.ListStep):
        return _check_list(step, value)
    if isinstance(step, m.SortStep):
        return _check_sort(step, answers.get(step.items_from) or [], value)
    if isinstance(step, m.PlanStep):
        return _check_plan(step, value)
    raise AnswerError(f"{key!r} takes no answer")  # pragma: no cover - keys exclude these


def is_answered(step: m.AnyStep, answers: dict[str, Any]) -> bool:
    """Has this step got an answer (every item, for a scale)?"""
    if isinstance(step, m.ScaleStep):
        return all(item.id in answers for item in step.items)
    if isinstance(step, m.InfoStep | m.ResultStep):
        return True
    return step.id in answers


def _check_scale(step: m.ScaleStep, scale: m.Scale, value: Any) -> Any:
    if value == m.NOT_RELEVANT and step.not_relevant:
        return value
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdecimal():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value not in scale.values:
        extra = f" or {m.NOT_RELEVANT!r}" if step.not_relevant else ""
        raise AnswerError(
            f"expected a whole number from {scale.min} to {scale.max}{extra}, got {value!r}"
        )
    return value


def _check_text(step: m.TextStep, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise AnswerError(f"expected text, got {value!r}")
    text: str = value.strip()
    if not step.multiline and "\n" in text:
        raise AnswerError("expected a single line")
    if len(text) > step.max_length:
        raise AnswerError(
            f"the text is {len(text)} characters, over the limit of {step.max_length}"
        )
    return text


def _check_choice(step: m.ChoiceStep, options: list[Choice], value: Any) -> Any:
    ids = [c.id for c in options]
    if not step.multiple:
        if value not in ids:
            raise AnswerError(f"expected one of {ids}, got {value!r}")
        return value
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or any(v not in ids for v in value):
        raise AnswerError(f"expected a list of options from {ids}, got {value!r}")
    chosen = list(dict.fromkeys(value))
    if len(chosen) < max(step.min_selected, 1):
        raise AnswerError(f"choose at least {max(step.min_selected, 1)}")
    if step.max_selected is not None and len(chosen) > step.max_selected:
        raise AnswerError(f"choose at most {step.max_selected}")
    return chosen


def _check_list(step: m.ListStep, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise AnswerError(f"expected a list of short texts, got {value!r}")
    entries = [v.strip() for v in value if v.strip()]
    if len(set(entries)) != len(entries):
        raise AnswerError("the same entry is listed twice; make each one distinct")
    if any(len(v) > MAX_LIST_ITEM or "\n" in v for v in entries):
        raise AnswerError(f"each entry is one line of at most {MAX_LIST_ITEM} characters")
    if not max(step.min_items, 1) <= len(entries) <= step.max_items:
        raise AnswerError(
            f"expected {max(step.min_items, 1)} to {step.max_items} entries, got {len(entries)}"
        )
    return entries


def _check_sort(step: m.SortStep, entries: list[str], value: Any) -> list[dict[str, str]]:
    cells = [c.id for c in step.cells]
    if isinstance(value, dict):  # {item: cell} is the natural way to write it by hand
        value = [{"item": k, "cell": v} for k, v in value.items()]
    if not isinstance(value, list):
        raise AnswerError("expected a list of {item, cell} pairs")
    placed: list[dict[str, str]] = []
    seen: set[str] = set()
    for pair in value:
        if not isinstance(pair, dict) or set(pair) != {"item", "cell"}:
            raise AnswerError(f"expected {{item: ..., cell: ...}}, got {pair!r}")
        if pair["item"] not in entries:
            raise AnswerError(f"{pair['item']!r} is not one of the listed entries {entries}")
        if pair["cell"] not in cells:
            raise AnswerError(f"unknown cell {pair['cell']!r}; cells are {cells}")
        if pair["item"] in seen:
            raise AnswerError(f"{pair['item']!r} is placed twice")
        seen.add(pair["item"])
        placed.append({"item": pair["item"], "cell": pair["cell"]})
    if not placed:
        raise AnswerError("place at least one entry")
    return placed


def _check_plan(step: m.PlanStep, value: Any) -> dict[str, dict[str, Any]]:
    slots = [s.id for s in step.slots]
    if not isinstance(value, dict) or not value:
        raise AnswerError(f"expected a mapping of slots {slots} to {{what, how, review}}")
    plan: dict[str, dict[str, Any]] = {}
    for slot_id, slot in value.items():
        if slot_id not in slots:
            raise AnswerError(f"unknown slot {slot_id!r}; slots are {slots}")
        if not isinstance(slot, dict) or not set(slot) <= {"what", "how", "review"}:
            raise AnswerError(f"slot {slot_id!r}: expected what, how and an optional review")
        what, how = slot.get("what"), slot.get("how", "")
        if not isinstance(what, str) or not what.strip():
            raise AnswerError(f"slot {slot_id!r}: 'what' must be a short text")
        if not isinstance(how, str) or len(how) > MAX_PLAN_TEXT or len(what) > MAX_PLAN_TEXT:
            raise AnswerError(f"slot {slot_id!r}: texts are at most {MAX_PLAN_TEXT} characters")
        review = slot.get("review")
        if isinstance(review, date):
            review = review.isoformat()
        if review is not None:
            if not step.review_date:
                raise AnswerError(f"slot {slot_id!r}: this plan takes no review date")
            try:
                review = date.fromisoformat(str(review)).isoformat()
            except ValueError:
                raise AnswerError(
                    f"slot {slot_id!r}: review must be a date YYYY-MM-DD, got {review!r}"
                ) from None
        plan[slot_id] = {"what": what.strip(), "how": how.strip(), "review": review}
    return plan
