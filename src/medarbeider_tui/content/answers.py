"""What counts as a valid answer for each step kind, and where dynamic options come from.

Every way in (the plain runner, an ``--answers`` file, the TUI) goes through ``check_answer``,
so an answer that reaches the diary always has the documented shape (docs/diary-format.md).
A whole answers file is read by ``answers_file.read_answers_file`` and checked by
``check_answers``, which reports every problem at once, the root cause first. Messages are
keys (``answer.*`` in ``i18n/answer_text.py``); a value the person gave is echoed cut short,
never in full.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, assert_never

from medarbeider_tui.content import model as m
from medarbeider_tui.content.conditions import as_number, is_shown, step_keys
from medarbeider_tui.content.scoring import Results, compute
from medarbeider_tui.content.text import Text
from medarbeider_tui.i18n import LocalizedError, Translatable

MAX_LIST_ITEM = 200
MAX_PLAN_TEXT = 2000
#: How much of a value a message repeats; the rest is cut and marked «…».
MAX_SHOWN = 60


class AnswerError(LocalizedError, ValueError):
    """An answer that does not fit its question; the messages say what would.

    Raised with a key and values (``AnswerError("answer.text.single_line")``) or with several
    `Translatable` at once (a plan reports every slot's problem). ``render(language)`` joins
    them; ``str()`` is English.
    """

    def __init__(
        self, key: str | Translatable | Sequence[Translatable], /, **values: object
    ) -> None:
        if isinstance(key, str):
            self.messages = [Translatable(key, **values)]
        elif isinstance(key, Translatable):
            self.messages = [key]
        else:
            self.messages = list(key)
        if not self.messages:
            raise ValueError("an AnswerError needs at least one message")
        self.message = self.messages[0]
        Exception.__init__(self, *(message.key for message in self.messages))

    def render(self, language: str) -> str:
        return "; ".join(message.render(language) for message in self.messages)

    def __str__(self) -> str:
        return self.render("en")


def shown(value: Any) -> str:
    """``value`` as a message repeats it: its repr, cut to ``MAX_SHOWN`` characters with «…»."""
    text = repr(value)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def _ids(ids: Sequence[str]) -> str:
    """Ids or entries a message offers as the choice, cut short like any echoed value."""
    return shown(list(ids))


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
    step: m.OptionStep, exercise: m.Exercise, answers: dict[str, Any], results: Results
) -> list[Choice]:
    """The options a choice or ranking step offers now (some depend on earlier answers or
    scores)."""
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
    order = result.get("order", "lowest")
    choices = []
    for pick in result.get("picks", []):
        pid = pick["id"]
        if pid in items:
            choices.append(Choice(pid, items[pid][1].text_as_pick(order)))
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
    *,
    partial: bool = False,
) -> Any:
    """``value`` normalised for the diary, or ``AnswerError`` saying what would fit.

    A sort may place only some entries here (the person is still sorting); whether every
    entry is placed is part of being answered (``is_answered``). With ``partial`` (a draft
    being written, not a file of answers) a list may also hold fewer than its ``min_items``:
    each entry is kept as it is typed, and the list counts as answered once it has enough.
    """
    keys = answer_keys(exercise)
    step = keys.get(key)
    if step is None:
        raise AnswerError("answer.unknown_key", key=shown(key), known=", ".join(keys))
    match step:
        case m.ScaleStep():
            return _check_scale(step, pack.scale_for(exercise, step.scale), value)
        case m.TextStep():
            return _check_text(step, value)
        case m.ChoiceStep():
            return _check_choice(step, options_for(step, exercise, answers, results), value)
        case m.ListStep():
            return _check_list(step, value, partial)
        case m.SortStep():
            return _check_sort(step, answers.get(step.items_from) or [], value)
        case m.PlanStep():
            return _check_plan(step, value)
        case m.RankingStep():
            return _check_ranking(step, options_for(step, exercise, answers, results), value)
        case m.NumberStep():
            return check_number(step, value)
        case m.InfoStep() | m.ResultStep():  # pragma: no cover - answer_keys leaves these out
            raise AnswerError("answer.no_answer", key=key)
        case _:
            assert_never(step)


def is_answered(step: m.AnyStep, answers: dict[str, Any]) -> bool:
    """Has this step got an answer (every item, for a scale; every entry placed, for a sort;
    at least ``min_items`` entries, for a list)?"""
    match step:
        case m.ScaleStep():
            return all(item.id in answers for item in step.items)
        case m.InfoStep() | m.ResultStep():
            return True
        case m.SortStep():
            return step.id in answers and not unplaced(step, answers)
        case m.ListStep():
            return len(answers.get(step.id) or []) >= max(step.min_items, 1)
        case m.TextStep() | m.ChoiceStep() | m.PlanStep() | m.RankingStep() | m.NumberStep():
            return step.id in answers
        case _:
            assert_never(step)


def unplaced(step: m.SortStep, answers: Mapping[str, Any]) -> list[str]:
    """The listed entries this sort has not placed in a cell yet."""
    placed = {pair["item"] for pair in answers.get(step.id) or []}
    return [entry for entry in answers.get(step.items_from) or [] if entry not in placed]


def _check_scale(step: m.ScaleStep, scale: m.Scale, value: Any) -> Any:
    if value == m.NOT_RELEVANT and step.not_relevant:
        return value
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdecimal():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value not in scale.values:
        if step.not_relevant:
            raise AnswerError(
                "answer.scale.range_or_not_relevant",
                min=scale.min,
                max=scale.max,
                not_relevant=m.NOT_RELEVANT,
                value=shown(value),
            )
        raise AnswerError("answer.scale.range", min=scale.min, max=scale.max, value=shown(value))
    return value


def _check_text(step: m.TextStep, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise AnswerError("answer.text.expected", value=shown(value))
    text: str = value.strip()
    if not step.multiline and "\n" in text:
        raise AnswerError("answer.text.single_line")
    if len(text) > step.max_length:
        raise AnswerError("answer.text.too_long", length=len(text), limit=step.max_length)
    return text


def _check_choice(step: m.ChoiceStep, options: list[Choice], value: Any) -> Any:
    ids = [c.id for c in options]
    if not ids:
        raise _nothing_to_choose(step)
    if not step.multiple:
        if value not in ids:
            raise AnswerError("answer.choice.one_of", options=_ids(ids), value=shown(value))
        return value
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or any(v not in ids for v in value):
        raise AnswerError("answer.choice.list_of", options=_ids(ids), value=shown(value))
    chosen = list(dict.fromkeys(value))
    if len(chosen) < max(step.min_selected, 1):
        raise AnswerError("answer.choice.at_least", count=max(step.min_selected, 1))
    if step.max_selected is not None and len(chosen) > step.max_selected:
        raise AnswerError("answer.choice.at_most", count=step.max_selected)
    return chosen


def _nothing_to_choose(step: m.ChoiceStep) -> AnswerError:
    """Options taken from an earlier answer or score that has none yet: say where from."""
    source = step.options_from
    if source is not None and source.score is not None:
        return AnswerError("answer.choice.no_options_score", source=source.score)
    return AnswerError("answer.choice.no_options_step", source=source.step if source else step.id)


def _check_list(step: m.ListStep, value: Any, partial: bool = False) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise AnswerError("answer.list.expected", value=shown(value))
    entries = [v.strip() for v in value if v.strip()]
    twice = next((entry for n, entry in enumerate(entries) if entry in entries[:n]), None)
    if twice is not None:
        raise AnswerError("answer.list.twice", entry=shown(twice))
    if any(len(v) > MAX_LIST_ITEM or "\n" in v for v in entries):
        raise AnswerError("answer.list.entry_too_long", limit=MAX_LIST_ITEM)
    fewest = 1 if partial else max(step.min_items, 1)
    if not fewest <= len(entries) <= step.max_items:
        raise AnswerError(
            "answer.list.count",
            min=max(step.min_items, 1),
            max=step.max_items,
            count=len(entries),
        )
    return entries


def _check_ranking(step: m.RankingStep, options: list[Choice], value: Any) -> list[str]:
    """Every option exactly once, in the person's order (most important first)."""
    ids = [c.id for c in options]
    if not ids:
        raise AnswerError("answer.ranking.nothing", source=_source_name(step))
    if not isinstance(value, list) or any(not isinstance(v, str) for v in value):
        raise AnswerError("answer.ranking.expected", options=_ids(ids), value=shown(value))
    unknown = [v for v in value if v not in ids]
    if unknown:
        raise AnswerError("answer.ranking.unknown", value=shown(unknown[0]), options=_ids(ids))
    twice = next((v for n, v in enumerate(value) if v in value[:n]), None)
    if twice is not None:
        raise AnswerError("answer.ranking.twice", value=shown(twice))
    left = [i for i in ids if i not in value]
    if left:
        raise AnswerError("answer.ranking.missing", options=_ids(left))
    return list(value)


def _source_name(step: m.OptionStep) -> str:
    source = step.options_from
    if source is None:
        return step.id
    return source.step or source.score or step.id


def check_number(step: m.NumberStep, value: Any) -> int | float:
    """A number inside the range, on one of its steps; «2,5» and «2.5» alike. Stored as an int
    when every allowed value is whole."""
    if isinstance(value, str):
        value = value.strip().replace(",", ".")
        if not value.isascii():
            value = None
    number = as_number(value)
    low, high = as_number(step.min), as_number(step.max)
    unit = as_number(step.step)
    assert low is not None and high is not None and unit is not None
    if number is None or not low <= number <= high:
        raise AnswerError(
            "answer.number.range", min=f"{step.min:g}", max=f"{step.max:g}", value=shown(value)
        )
    if unit and (number - low) % unit:
        raise AnswerError("answer.number.step", step=f"{step.step:g}", min=f"{step.min:g}")
    return int(number) if number.denominator == 1 and step.whole else float(number)


_PAIR = "{item: ..., cell: ...}"


def _check_sort(step: m.SortStep, entries: list[str], value: Any) -> list[dict[str, str]]:
    cells = [c.id for c in step.cells]
    if not entries:
        raise AnswerError("answer.sort.nothing_to_place", source=step.items_from)
    if isinstance(value, dict):  # {item: cell} is the natural way to write it by hand
        value = [{"item": k, "cell": v} for k, v in value.items()]
    if not isinstance(value, list):
        raise AnswerError("answer.sort.expected", shape=_PAIR)
    placed: list[dict[str, str]] = []
    seen: set[str] = set()
    for pair in value:
        if not isinstance(pair, dict) or set(pair) != {"item", "cell"}:
            raise AnswerError("answer.sort.pair", shape=_PAIR, value=shown(pair))
        if pair["item"] not in entries:
            raise AnswerError(
                "answer.sort.not_listed", item=shown(pair["item"]), entries=_ids(entries)
            )
        if pair["cell"] not in cells:
            raise AnswerError(
                "answer.sort.unknown_cell", cell=shown(pair["cell"]), cells=_ids(cells)
            )
        if pair["item"] in seen:
            raise AnswerError("answer.sort.twice", item=shown(pair["item"]))
        seen.add(pair["item"])
        placed.append({"item": pair["item"], "cell": pair["cell"]})
    if not placed:
        raise AnswerError("answer.sort.empty")
    return placed


_SLOT_SHAPE = "{what, how, review}"


def _check_plan(step: m.PlanStep, value: Any) -> dict[str, dict[str, Any]]:
    """Each slot checked in full: every problem in the plan is reported, not just the first."""
    slots = [s.id for s in step.slots]
    if not isinstance(value, dict) or not value:
        raise AnswerError("answer.plan.expected", slots=_ids(slots), shape=_SLOT_SHAPE)
    plan: dict[str, dict[str, Any]] = {}
    problems: list[Translatable] = []
    for slot_id, slot in value.items():
        checked = _check_slot(step, slots, slot_id, slot)
        if isinstance(checked, list):
            problems += checked
        else:
            plan[slot_id] = checked
    if problems:
        raise AnswerError(problems)
    return plan


def _check_slot(
    step: m.PlanStep, slots: list[str], slot_id: Any, slot: Any
) -> dict[str, Any] | list[Translatable]:
    """One slot normalised, or everything wrong with it."""
    if slot_id not in slots:
        return [Translatable("answer.plan.unknown_slot", slot=shown(slot_id), slots=_ids(slots))]
    name = shown(slot_id)
    if not isinstance(slot, dict) or not set(slot) <= {"what", "how", "review"}:
        return [Translatable("answer.plan.slot_keys", slot=name)]
    problems: list[Translatable] = []
    what, how = slot.get("what"), slot.get("how", "")
    if not isinstance(what, str) or not what.strip():
        problems.append(Translatable("answer.plan.what", slot=name))
    if not isinstance(how, str):
        problems.append(Translatable("answer.plan.how", slot=name))
    if any(isinstance(text, str) and len(text) > MAX_PLAN_TEXT for text in (what, how)):
        problems.append(Translatable("answer.plan.too_long", slot=name, limit=MAX_PLAN_TEXT))
    review = slot.get("review")
    if isinstance(review, date):
        review = review.isoformat()
    if review is not None:
        if not step.review_date:
            problems.append(Translatable("answer.plan.no_review", slot=name))
        else:
            try:
                review = date.fromisoformat(str(review)).isoformat()
            except ValueError:
                problems.append(
                    Translatable("answer.plan.review_date", slot=name, value=shown(review))
                )
    if problems:
        return problems
    assert isinstance(what, str) and isinstance(how, str)
    return {"what": what.strip(), "how": how.strip(), "review": review}


# --- a whole answers file ----------------------------------------------------------------


@dataclass(frozen=True)
class AnswerProblem:
    """Something wrong with one answer of a file (``key``), in the person's language later."""

    key: str
    messages: list[Translatable]

    def render(self, language: str) -> str:
        return f"{self.key}: " + "; ".join(message.render(language) for message in self.messages)

    def __str__(self) -> str:
        return self.render("en")


@dataclass
class AnswersCheck:
    """The answers of a file that fit, and what is wrong with the rest (root causes first)."""

    answers: dict[str, Any] = field(default_factory=dict)
    problems: list[AnswerProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_answers(exercise: m.Exercise, pack: m.Pack, given: Mapping[str, Any]) -> AnswersCheck:
    """Every answer of a file checked as the interactive path checks it, in step order.

    An answer that builds on another (a choice from a list's entries, a sort of them, a choice
    from a score's picks) is held back when what it builds on was refused: the root cause is
    reported, not its echo («expected one of [], got …»). Required questions the file leaves
    out are named, and a required sort must place every listed entry.
    """
    keys = answer_keys(exercise)
    out = AnswersCheck()
    refused: set[str] = set()
    for key in given:
        if key not in keys:
            out.problems.append(
                AnswerProblem(
                    key,
                    [Translatable("answer.unknown_key", key=shown(key), known=", ".join(keys))],
                )
            )
    for step in exercise.steps:  # in order, so options built on earlier answers are known
        if not is_shown(step, out.answers, compute(exercise, pack, out.answers)):
            # Not asked with these answers: an answer given anyway is named, not kept.
            out.problems += _hidden(step, given, refused)
            continue
        for key in step_keys(step):
            if key in given:
                out.problems += _check_given(exercise, pack, step, key, given[key], out, refused)
        if not step.optional:
            out.problems += _unanswered(step, out.answers, refused)
    return out


def _hidden(step: m.AnyStep, given: Mapping[str, Any], refused: set[str]) -> list[AnswerProblem]:
    """Answers a file gives to a step its condition hides; held back if the condition's
    source was itself refused (the root cause is reported there)."""
    assert step.when is not None
    problems = []
    for key in step_keys(step):
        if key not in given:
            continue
        refused.add(key)
        if step.when.source in refused:
            message = Translatable("answer.held_back", source=step.when.source)
        else:
            message = Translatable("answer.hidden", source=step.when.source)
        problems.append(AnswerProblem(key, [message]))
    return problems


def _check_given(
    exercise: m.Exercise,
    pack: m.Pack,
    step: m.AnyStep,
    key: str,
    value: Any,
    out: AnswersCheck,
    refused: set[str],
) -> list[AnswerProblem]:
    """One answer of the file into ``out.answers``, or why not (held back after a refusal)."""
    blocked = [source for source in builds_on(step, exercise) if source in refused]
    if blocked:
        refused.add(key)
        return [AnswerProblem(key, [Translatable("answer.held_back", source=blocked[0])])]
    try:
        out.answers[key] = check_answer(
            exercise, pack, key, value, out.answers, compute(exercise, pack, out.answers)
        )
    except AnswerError as exc:
        refused.add(key)
        return [AnswerProblem(key, exc.messages)]
    return []


def _unanswered(step: m.AnyStep, answers: dict[str, Any], refused: set[str]) -> list[AnswerProblem]:
    """A required step the file leaves (partly) unanswered; nothing if a refusal said why."""
    missing = Translatable("answer.required_missing")
    if isinstance(step, m.ScaleStep):
        return [
            AnswerProblem(item.id, [missing])
            for item in step.items
            if item.id not in answers and item.id not in refused
        ]
    if is_answered(step, answers) or step.id in refused:
        return []
    if isinstance(step, m.SortStep) and step.id in answers:
        left = unplaced(step, answers)
        return [
            AnswerProblem(
                step.id, [Translatable("answer.sort.unplaced", count=len(left), entries=_ids(left))]
            )
        ]
    return [AnswerProblem(step.id, [missing])]


def builds_on(step: m.AnyStep, exercise: m.Exercise) -> list[str]:
    """The answer keys whose answers decide what ``step`` accepts."""
    if isinstance(step, m.SortStep):
        return [step.items_from]
    if isinstance(step, m.ChoiceStep | m.RankingStep) and step.options_from is not None:
        source = step.options_from
        if source.step is not None:
            origin = exercise.step(source.step)
            if isinstance(origin, m.ChoiceStep | m.RankingStep):
                return [origin.id, *builds_on(origin, exercise)]
            return [origin.id] if isinstance(origin, m.ListStep) else []
        if source.score is not None:
            return _score_keys(exercise, source.score)
    return []


def _score_keys(exercise: m.Exercise, score_id: str) -> list[str]:
    """The scale items a score is computed from (through the scores it ranks)."""
    score = exercise.score(score_id)
    if isinstance(score, m.MeanScore):
        return list(score.items)
    if isinstance(score, m.RankScore):
        if score.items is not None:
            return list(score.items)
        return [key for sid in score.scores or [] for key in _score_keys(exercise, sid)]
    return [key for sid in (score.x, score.y) for key in _score_keys(exercise, sid)]
