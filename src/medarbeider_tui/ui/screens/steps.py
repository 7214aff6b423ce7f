"""Which widget answers which step kind, filled with the answer given so far."""

from __future__ import annotations

from typing import assert_never

from textual.app import ComposeResult
from textual.widgets import Static

from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import MAX_LIST_ITEM, MAX_PLAN_TEXT
from medarbeider_tui.content.text import render
from medarbeider_tui.i18n import t
from medarbeider_tui.paths import Locations
from medarbeider_tui.report.lasttime import LastTime
from medarbeider_tui.service import ExerciseSession, Unit
from medarbeider_tui.ui.safe import safe
from medarbeider_tui.ui.served import is_served
from medarbeider_tui.ui.widgets.list_editor import ListEditor, ListTexts
from medarbeider_tui.ui.widgets.number_input import NumberInput
from medarbeider_tui.ui.widgets.options import AnswerOption, AnswerOptions
from medarbeider_tui.ui.widgets.plan import PlanEditor, PlanTexts, SlotSpec
from medarbeider_tui.ui.widgets.ranking import RankingList
from medarbeider_tui.ui.widgets.sort_grid import CellSpec, SortGrid
from medarbeider_tui.ui.widgets.text_answer import EditorTexts, TextAnswer

#: The key for 10 on a 0–10 scale (issue 16): a digit each for 0–9, and «t» (ti, ten) for 10,
#: shown in its row and in the hint under the options.
TEN_KEY = "t"


def scale_key(value: int) -> str:
    """The key that answers ``value``: its digit, «t» for 10, none above (arrows and Enter)."""
    return str(value) if 0 <= value < 10 else TEN_KEY if value == 10 else ""


def scale_label(value: int, label: str) -> str:
    """A value's text; one whose key is not its number says the number too («t  10  …»)."""
    if scale_key(value) == str(value):
        return label
    return f"{value}  {label}".rstrip()


class StepWidgets:
    """Builds the answering widgets for one unit of a session."""

    def __init__(
        self,
        session: ExerciseSession,
        locations: Locations,
        language: str,
        last: LastTime | None = None,
        *,
        show_last: bool = True,
        show_last_text: bool = False,
    ) -> None:
        self.session = session
        self.locations = locations
        self.lang = language
        self.last = last
        """What the person answered the previous time (none: no «sist: …» lines)."""
        self.show_last = show_last
        self.show_last_text = show_last_text

    def tr(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    def build(self, unit: Unit) -> ComposeResult:
        """The widgets that answer ``unit``; none for info and result steps (the exercise
        screen shows those itself)."""
        step = unit.step
        match step:
            case m.InfoStep() | m.ResultStep():
                return
            case m.ScaleStep():
                yield from self._scale(step, unit)
            case m.ChoiceStep():
                yield from self._choice(step)
            case m.TextStep():
                yield from self._text(step)
            case m.ListStep():
                yield from self._list(step)
            case m.SortStep():
                yield from self._sort(step)
            case m.PlanStep():
                yield from self._plan(step)
            case m.RankingStep():
                yield from self._ranking(step)
            case m.NumberStep():
                yield from self._number(step)
            case _:
                assert_never(step)

    def _ranking(self, step: m.RankingStep) -> ComposeResult:
        choices = self.session.options(step)
        if not choices:
            yield Static(self.tr("ui.choice.none"), classes="hint")
            return
        labels = {c.id: render(c.label, self.lang) for c in choices}
        yield RankingList(labels, self.session.answers.get(step.id), id="answer")
        yield Static(self.tr("ui.ranking.help"), classes="hint")

    def _number(self, step: m.NumberStep) -> ComposeResult:
        current = self.session.answers.get(step.id)
        shown = "" if current is None else f"{current:g}"
        if self.lang == "nb":
            shown = shown.replace(".", ",")
        yield NumberInput(shown, render(step.unit, self.lang), step.min < 0, id="answer")
        low, high = (f"{v:g}" for v in (step.min, step.max))
        yield Static(self.tr("ui.number.help", min=low, max=high), classes="hint")

    def _scale(self, step: m.ScaleStep, unit: Unit) -> ComposeResult:
        assert unit.item is not None
        scale = self.session.scale_of(step)
        yield Static(
            self.tr("plain.item", n=unit.item_number, total=len(step.items)), classes="counter"
        )
        note = self.last.note(unit.item.id) if self.last and self.show_last else ""
        classes = "statement with-last" if note else "statement"
        yield Static(safe(render(unit.item.text, self.lang)), classes=classes)
        if note:
            yield Static(safe(note), classes="last-time", id="last-time")
        answers = [
            AnswerOption(v, scale_key(v), scale_label(v, render(scale.labels.get(v), self.lang)))
            for v in scale.values
        ]
        if step.not_relevant and scale.not_relevant_label is not None:
            answers.append(
                AnswerOption(m.NOT_RELEVANT, "0", render(scale.not_relevant_label, self.lang))
            )
        current = self.session.answers.get(unit.item.id)
        yield AnswerOptions(answers, [] if current is None else [current], id="answer")
        ten = any(answer.key == TEN_KEY for answer in answers)
        yield Static(self.tr("ui.scale.help_ten" if ten else "ui.scale.help"), classes="hint")

    def _choice(self, step: m.ChoiceStep) -> ComposeResult:
        choices = self.session.options(step)
        if not choices:
            yield Static(self.tr("ui.choice.none"), classes="hint")
            return
        keys = [str(n) if n < 10 else "" for n in range(1, len(choices) + 1)]
        answers = [
            AnswerOption(c.id, key, render(c.label, self.lang))
            for c, key in zip(choices, keys, strict=True)
        ]
        current = self.session.answers.get(step.id)
        chosen = current if isinstance(current, list) else [] if current is None else [current]
        yield AnswerOptions(answers, chosen, multiple=step.multiple, id="answer")
        yield Static(
            self.tr("ui.choice.multiple" if step.multiple else "ui.choice.single"), classes="hint"
        )

    def _text(self, step: m.TextStep) -> ComposeResult:
        earlier = self.last.texts.get(step.id, "") if self.last else ""
        if earlier and self.show_last_text:
            shown = self.tr("ui.last.text", date=self.last.date if self.last else "")
            yield Static(safe(f"{shown}\n{earlier}"), classes="last-time-text", id="last-time")
        elif earlier:
            yield Static(self.tr("ui.last.text_hint"), classes="last-time", id="last-time")
        served = is_served()  # a browser tab has no terminal to hand an editor
        texts = EditorTexts(
            hint="" if served else self.tr("ui.text.editor", editor="{editor}"),
            none_hint="" if served else self.tr("ui.text.no_editor"),
            none=self.tr("ui.editor.none"),
            failed=self.tr("ui.editor.failed", editor="{editor}", error="{error}"),
        )
        yield TextAnswer(
            self.session.answers.get(step.id, ""),
            render(step.hint, self.lang),
            texts,
            self.locations.scratch_dir,
            step.multiline,
            step.max_length,
            private=self.session.is_private(step.id),
            private_texts=(
                self.tr("ui.text.private"),
                self.tr("ui.text.not_private"),
                self.tr("ui.text.private_by_pack"),
            ),
            private_fixed=step.private,
            id="answer",
        )

    def _list(self, step: m.ListStep) -> ComposeResult:
        earlier = self.last.lists.get(step.id, []) if self.last else []
        if earlier:
            hint = self.tr(
                "ui.last.list", count=len(earlier), date=self.last.date if self.last else ""
            )
            yield Static(safe(hint), classes="last-time", id="last-time")
        texts = ListTexts(
            placeholder=self.tr("ui.list.placeholder"),
            help=self.tr("ui.list.help"),
            empty=self.tr("ui.list.empty"),
            duplicate=self.tr("ui.list.duplicate", entry="{entry}"),
            full=self.tr("ui.list.full", max="{max}"),
            now_full=self.tr("ui.list.now_full", max="{max}"),
            too_long=self.tr("ui.list.too_long", length="{length}", limit="{limit}"),
        )
        yield ListEditor(
            self.session.answers.get(step.id) or [],
            texts,
            step.max_items,
            MAX_LIST_ITEM,
            render(step.hint, self.lang),
            self.lang,
            id="answer",
        )

    def _sort(self, step: m.SortStep) -> ComposeResult:
        entries = self.session.sort_entries(step)
        if not entries:
            yield Static(self.tr("ui.sort.empty"), classes="hint")
            return
        placement = {p["item"]: p["cell"] for p in self.session.answers.get(step.id, [])}
        cells = [
            CellSpec(c.id, render(c.label, self.lang), render(c.hint, self.lang))
            for c in step.cells
        ]
        grid = step.grid
        yield Static(self.tr("ui.sort.help", n=len(cells)), classes="hint")
        yield SortGrid(
            entries,
            cells,
            placement,
            [render(c, self.lang) for c in grid.columns] if grid else None,
            [render(r, self.lang) for r in grid.rows] if grid else None,
            self.tr("ui.sort.unsorted"),
            id="answer",
        )

    def _plan(self, step: m.PlanStep) -> ComposeResult:
        if step.hint:
            yield Static(safe(render(step.hint, self.lang)), classes="hint")
        texts = PlanTexts(
            what=self.tr("ui.plan.what"),
            how=self.tr("ui.plan.how"),
            review=self.tr("ui.plan.review"),
            suggestions=self.tr("ui.plan.suggestions"),
            bad_date=self.tr("ui.plan.bad_date", text="{text}", problem="{problem}"),
        )
        yield PlanEditor(
            [SlotSpec(s.id, render(s.label, self.lang)) for s in step.slots],
            self.session.answers.get(step.id) or {},
            [render(c.label, self.lang) for c in self.session.suggestions(step)],
            render(step.how_prompt, self.lang),
            step.review_date,
            texts,
            self.lang,
            MAX_PLAN_TEXT,
            id="answer",
        )
