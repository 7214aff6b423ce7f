"""Walk an exercise line by line on stdin/stdout: the accessible, plain-terminal mode.

Modelled on huh's accessible mode, without its gaps: numbered options, a digit answers a
scale, multi-line text ends with a line holding only ``.``, an empty line skips an optional
question (or keeps the answer already given), ``?`` repeats the question, ``<`` goes back.
Every answer is saved as a draft at once; end of input or Ctrl-C keeps the draft and says
how to resume.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TextIO, assert_never

from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import AnswerError, Choice
from medarbeider_tui.content.text import Text, render
from medarbeider_tui.export.text import about_lines, result_lines, wrap
from medarbeider_tui.i18n import format_date, parse_date, t
from medarbeider_tui.report.build import build_figures
from medarbeider_tui.report.prose import markdown_to_plain
from medarbeider_tui.safe_text import terminal_safe
from medarbeider_tui.service import ExerciseSession, Unit


def plain_text(text: Text | None, language: str) -> str:
    """Pack Markdown as plain text, for reading line by line."""
    return markdown_to_plain(render(text, language))


class _Quit(Exception):
    """End of input or Ctrl-C: stop asking, keep the draft."""


class _Back(Exception):
    """The person typed ``<``."""


class _Repeat(Exception):
    """The person typed ``?``."""


_KEEP = object()
_SKIP = object()


class PlainRunner:
    """Asks the questions of one session and saves each answer as it comes."""

    def __init__(
        self, session: ExerciseSession, language: str, stdin: TextIO, stdout: TextIO
    ) -> None:
        self.session = session
        self.lang = language
        self.stdin = stdin
        self.stdout = stdout
        self.units = session.units

    # --- the walk -------------------------------------------------------------------------

    def run(self) -> int:
        """0 when the exercise was completed, 130 when the person stopped (draft kept)."""
        self.say(t("plain.help", self.lang))
        exercise = self.session.exercise
        self.say(f"\n== {render(exercise.title, self.lang)} ==")
        if exercise.attribution:
            self.say(wrap(plain_text(exercise.attribution, self.lang)))
        index = self.session.resume_unit()
        shown_header: m.AnyStep | None = None
        try:
            while index < len(self.units):
                unit = self.units[index]
                if unit.step is not shown_header:
                    self._header(unit.step)
                    shown_header = unit.step
                self.session.move_to(unit.step)
                try:
                    self._ask(unit)
                except _Back:
                    previous = self._previous_question(index)
                    if previous is None:
                        self.say(t("plain.at_start", self.lang))
                        continue
                    index, shown_header = previous, None
                    continue
                index += 1
        except _Quit:
            self.say("")
            if self.session.entry.revision:
                self.say(
                    t(
                        "run.draft_kept",
                        self.lang,
                        exercise=self.session.exercise.id,
                        id=self.session.entry.id,
                    )
                )
            return 130
        entry = self.session.complete()
        self.say("\n" + t("plain.done", self.lang, id=entry.id))
        return 0

    def _previous_question(self, index: int) -> int | None:
        for i in range(index - 1, -1, -1):
            if not isinstance(self.units[i].step, m.InfoStep | m.ResultStep):
                return i
        return None

    def _header(self, step: m.AnyStep) -> None:
        number = self.session.steps.index(step) + 1
        title = render(step.title, self.lang)
        self.say(
            "\n"
            + t("plain.step", self.lang, n=number, total=len(self.session.steps))
            + (f": {title}" if title else "")
        )
        if step.prompt and isinstance(step, m.ScaleStep | m.InfoStep | m.ResultStep):
            self.say(wrap(plain_text(step.prompt, self.lang)))
        if isinstance(step, m.ScaleStep):
            self._scale_legend(step)

    def _ask(self, unit: Unit) -> None:
        step = unit.step
        match step:
            case m.InfoStep():
                while True:
                    self.say(wrap(plain_text(step.body, self.lang)))
                    try:
                        self.read(t("plain.enter_to_continue", self.lang) + " ")
                        return
                    except _Repeat:
                        continue
            case m.ResultStep():
                session = self.session
                figures = build_figures(
                    session.exercise, session.pack, session.results(), self.lang, step.show
                )
                self.say("\n".join(result_lines(figures, self.lang)))
            case m.ScaleStep():
                assert unit.item is not None
                self._answer(unit.item.id, lambda: self._ask_scale(step, unit))
            case m.TextStep():
                self._answer(step.id, lambda: self._ask_text(step))
            case m.ChoiceStep():
                self._answer(step.id, lambda: self._ask_choice(step))
            case m.ListStep():
                self._answer(step.id, lambda: self._ask_list(step))
            case m.SortStep():
                self._answer(step.id, lambda: self._ask_sort(step))
            case m.PlanStep():
                self._answer(step.id, lambda: self._ask_plan(step))
            case _:
                assert_never(step)

    def _answer(self, key: str, ask: Callable[[], Any]) -> None:
        """Ask until the answer is accepted (or kept, or skipped where allowed)."""
        while True:
            try:
                value = ask()
            except _Repeat:
                self._header(self.session.exercise.step(self._step_id_of(key)))
                continue
            if value is _KEEP:
                return
            if value is _SKIP:
                step = self.session.exercise.step(self._step_id_of(key))
                if step.optional:
                    self.session.clear_answer(key)
                    return
                self.say(t("plain.required", self.lang))
                continue
            try:
                self.session.set_answer(key, value)
                return
            except AnswerError as exc:
                self.say(f"! {exc.render(self.lang)}")

    def _step_id_of(self, key: str) -> str:
        items = self.session.exercise.scale_items()
        return items[key][0].id if key in items else key

    # --- reading input --------------------------------------------------------------------

    def say(self, text: str) -> None:
        """One or more lines out; pack and person text in them is shown safely."""
        self.stdout.write(terminal_safe(text) + "\n")
        self.stdout.flush()

    def read(self, prompt: str, commands: bool = True) -> str:
        self.stdout.write(terminal_safe(prompt))
        self.stdout.flush()
        try:
            line = self.stdin.readline()
        except KeyboardInterrupt:
            raise _Quit from None
        if not line:
            raise _Quit
        text = line.rstrip("\r\n")
        if commands and text.strip() == "?":
            raise _Repeat
        if commands and text.strip() == "<":
            raise _Back
        return text

    def _empty(self, key: str) -> object:
        """An empty line keeps an earlier answer, or skips."""
        return _KEEP if key in self.session.answers else _SKIP

    def _current(self, key: str, shown: str | None = None) -> None:
        if key in self.session.answers:
            value = shown if shown is not None else self.session.answers[key]
            self.say(f"  ({t('plain.your_answer', self.lang)}: {value}; Enter = OK)")

    def _pick_numbers(self, text: str, count: int, many: bool) -> list[int] | None:
        parts = text.replace(",", " ").split()
        if not parts or (len(parts) > 1 and not many):
            return None
        try:
            numbers = [int(p) for p in parts]
        except ValueError:
            return None
        return numbers if all(1 <= n <= count for n in numbers) else None

    # --- one asker per step kind -------------------------------------------------------------

    def _scale_legend(self, step: m.ScaleStep) -> None:
        scale = self.session.scale_of(step)
        for value in scale.values:
            label = scale.labels.get(value)
            self.say(f"  {value} {render(label, self.lang)}" if label else f"  {value}")
        if step.not_relevant and scale.not_relevant_label:
            self.say(
                "  "
                + t(
                    "plain.not_relevant_key",
                    self.lang,
                    label=render(scale.not_relevant_label, self.lang),
                )
            )

    def _ask_scale(self, step: m.ScaleStep, unit: Unit) -> Any:
        assert unit.item is not None
        scale = self.session.scale_of(step)
        number = t("plain.item", self.lang, n=unit.item_number, total=len(step.items))
        self.say("\n" + wrap(f"{number}: {render(unit.item.text, self.lang)}"))
        self._current(unit.item.id)
        optional = f" {t('plain.optional', self.lang)}" if step.optional else ""
        text = self.read(
            f"{t('plain.scale_prompt', self.lang, min=scale.min, max=scale.max)}{optional}: "
        ).strip()
        if not text:
            return self._empty(unit.item.id)
        if text == "0" and step.not_relevant and scale.min != 0:
            return m.NOT_RELEVANT
        if text.isascii() and text.isdecimal() and int(text) in scale.values:
            return int(text)
        raise_msg = t(
            "plain.bad_number",
            self.lang,
            text=text,
            expected=t("plain.scale_prompt", self.lang, min=scale.min, max=scale.max),
        )
        self.say(raise_msg)
        raise _Repeat

    def _ask_text(self, step: m.TextStep) -> Any:
        if step.about:
            self._show_about(step.about)
        self.say(wrap(plain_text(step.prompt, self.lang)))
        if step.hint:
            self.say(wrap(f"({plain_text(step.hint, self.lang)})"))
        self._current(step.id)
        optional = t("plain.optional", self.lang) + " " if step.optional else ""
        if not step.multiline:
            text = self.read(f"{optional}> ")
            return text if text.strip() else self._empty(step.id)
        self.say(optional + t("plain.text_multiline", self.lang))
        first = self.read("> ")
        if not first.strip():
            return self._empty(step.id)
        lines = [first]
        while True:
            line = self.read("> ", commands=False)
            if line.strip() == ".":
                break
            lines.append(line)
        return "\n".join(lines)

    def _show_about(self, score_id: str) -> None:
        session = self.session
        figures = build_figures(
            session.exercise, session.pack, session.results(), self.lang, [score_id]
        )
        self.say("\n".join(wrap(line) for line in about_lines(figures, self.lang)))

    def _numbered(self, choices: list[Choice]) -> None:
        for n, choice in enumerate(choices, 1):
            self.say(f"  {n} {render(choice.label, self.lang)}")

    def _ask_choice(self, step: m.ChoiceStep) -> Any:
        choices = self.session.options(step)
        self.say(wrap(plain_text(step.prompt, self.lang)))
        if not choices:
            self.say(t("plain.no_list_items", self.lang))
            return _KEEP
        self._numbered(choices)
        current = self.session.answers.get(step.id)
        if current is not None:
            chosen = current if isinstance(current, list) else [current]
            marked = [str(i) for i, c in enumerate(choices, 1) if c.id in chosen]
            self._current(step.id, " ".join(marked))
        hint = t("plain.choice_multiple" if step.multiple else "plain.choice_single", self.lang)
        optional = f" {t('plain.optional', self.lang)}" if step.optional else ""
        text = self.read(f"{hint}{optional} ").strip()
        if not text:
            return self._empty(step.id)
        numbers = self._pick_numbers(text, len(choices), step.multiple)
        if numbers is None:
            self.say(t("plain.bad_number", self.lang, text=text, expected=hint))
            raise _Repeat
        ids = [choices[n - 1].id for n in numbers]
        return ids if step.multiple else ids[0]

    def _ask_list(self, step: m.ListStep) -> Any:
        self.say(wrap(plain_text(step.prompt, self.lang)))
        if step.hint:
            self.say(wrap(f"({plain_text(step.hint, self.lang)})"))
        current = self.session.answers.get(step.id)
        if current:
            self._current(step.id, "; ".join(current))
        self.say(t("plain.list_prompt", self.lang))
        first = self.read("- ")
        if not first.strip() or first.strip() == ".":
            return self._empty(step.id)
        entries = [first.strip()]
        while len(entries) < step.max_items:
            line = self.read("- ", commands=False).strip()
            if not line or line == ".":
                break
            entries.append(line)
        return entries

    def _ask_sort(self, step: m.SortStep) -> Any:
        entries = self.session.sort_entries(step)
        self.say(wrap(plain_text(step.prompt, self.lang)))
        if not entries:
            self.say(t("plain.no_list_items", self.lang))
            return _KEEP
        cells = [Choice(c.id, c.label) for c in step.cells]
        for n, cell in enumerate(step.cells, 1):
            hint = f" – {render(cell.hint, self.lang)}" if cell.hint else ""
            self.say(f"  {n} {render(cell.label, self.lang)}{hint}")
        placed = {p["item"]: p["cell"] for p in self.session.answers.get(step.id, [])}
        pairs = []
        for entry in entries:
            while True:
                current = next(
                    (str(i) for i, c in enumerate(cells, 1) if c.id == placed.get(entry)), ""
                )
                suffix = f" [{current}]" if current else ""
                text = self.read(t("plain.sort_item", self.lang, item=entry) + suffix + " ")
                text = text.strip() or current
                numbers = self._pick_numbers(text, len(cells), many=False) if text else None
                if numbers:
                    pairs.append({"item": entry, "cell": cells[numbers[0] - 1].id})
                    break
                if not text and step.optional:
                    break
                self.say(
                    t(
                        "plain.bad_number",
                        self.lang,
                        text=text,
                        expected=t("plain.choice_single", self.lang),
                    )
                )
        return pairs if pairs else _SKIP

    def _ask_plan(self, step: m.PlanStep) -> Any:
        self.say(wrap(plain_text(step.prompt, self.lang)))
        if step.hint:
            self.say(wrap(f"({plain_text(step.hint, self.lang)})"))
        suggestions = self.session.suggestions(step)
        current = self.session.answers.get(step.id) or {}
        plan: dict[str, dict[str, Any]] = {}
        for slot in step.slots:
            name = render(slot.label, self.lang)
            earlier = current.get(slot.id)
            if suggestions:
                self.say("\n" + t("plain.plan_what", self.lang, slot=name))
                self._numbered(suggestions)
            else:
                self.say("\n" + t("plain.plan_what_free", self.lang, slot=name))
            if earlier:
                self.say(f"  ({t('plain.your_answer', self.lang)}: {earlier['what']}; Enter = OK)")
            what = self.read("> ").strip()
            if what.isascii() and what.isdecimal() and suggestions:
                numbers = self._pick_numbers(what, len(suggestions), many=False)
                if numbers is None:
                    self.say(
                        t(
                            "plain.bad_number",
                            self.lang,
                            text=what,
                            expected=t("plain.choice_single", self.lang),
                        )
                    )
                    raise _Repeat
                what = render(suggestions[numbers[0] - 1].label, self.lang)
            if not what:
                if earlier:
                    plan[slot.id] = earlier
                continue
            self.say(render(step.how_prompt, self.lang) if step.how_prompt else "")
            how = self.read("> ", commands=False).strip()
            review = None
            if step.review_date:
                while True:
                    raw = self.read(t("plain.plan_review", self.lang) + " ", commands=False).strip()
                    if not raw:
                        break
                    parsed = parse_date(raw)
                    if parsed:
                        review = parsed.isoformat()
                        self.say(f"  = {format_date(parsed, self.lang)}")
                        break
                    self.say(t("plain.bad_date", self.lang, text=raw))
            plan[slot.id] = {"what": what, "how": how, "review": review}
        return plan if plan else _SKIP
