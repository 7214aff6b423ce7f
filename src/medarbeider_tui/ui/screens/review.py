"""Review before finishing: every answer listed; pick one to change it, or finish."""

from __future__ import annotations

from rich.text import Text as RichText
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from medarbeider_tui.content.text import render
from medarbeider_tui.diary import EntryDeleted
from medarbeider_tui.export.text import answer_text, heading_of
from medarbeider_tui.report.build import build_answers, question_of
from medarbeider_tui.service import ExerciseSession
from medarbeider_tui.ui.problems import problem_text
from medarbeider_tui.ui.safe import notice, plain, safe
from medarbeider_tui.ui.screens.base import BaseScreen


class ReviewScreen(BaseScreen[str | None]):
    """Dismisses with ``"unit:N"`` to change an answer, ``"finished"`` when completed, and
    ``"deleted"`` when the entry turned out to be deleted elsewhere (the exercise asks what
    to do with the answers)."""

    BINDINGS = [
        Binding("enter", "change", "key.edit", show=False),
        Binding("f", "finish", "key.finish"),
        Binding("escape", "close", "key.back"),
        Binding("f2", "app.toggle_language", "key.language", show=False),
    ]

    def __init__(self, session: ExerciseSession) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        with Vertical(id="review"):
            title = render(self.session.exercise.title, self.lang)
            yield Static(safe(f"{self.tr('ui.review.title')}: {title}"), classes="step-title")
            yield Static(self.tr("ui.review.help"), classes="hint")
            yield OptionList(*self._rows(), id="answers")
            yield Static("", id="error", classes="error")
        yield Footer()

    def _rows(self) -> list[Option]:
        """A row per statement or question, in the order of the walk."""
        session = self.session
        steps = {
            step.step_id: step
            for step in build_answers(session.exercise, session.pack, session.answers, self.lang)
        }
        missing = self.tr("ui.review.unanswered")
        rows = []
        for index, unit in enumerate(session.units):
            answered = steps.get(unit.step.id)
            if answered is None:  # an info or result step: nothing to review
                continue
            text = RichText()
            if unit.item is not None:
                row = next(r for r in answered.rows if r.key == unit.item.id)
                text.append(plain(row.label) + "\n")
                shown = row.value if row.answered else missing
            else:
                text.append(plain(heading_of(answered)) + "\n")
                given = any(r.answered for r in answered.rows)
                shown = (
                    "; ".join(line.strip() for line in answer_text(answered)) if given else missing
                )
            required = not unit.step.optional and unit.key not in session.answers
            mark = "! " if required else ""
            text.append(f"   {mark}{plain(shown)}", style="bold" if required else "italic")
            rows.append(Option(text, id=f"unit:{index}"))
        return rows

    @on(OptionList.OptionSelected, "#answers")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_change(self) -> None:
        answers = self.query_one("#answers", OptionList)
        if answers.highlighted is not None:
            self.dismiss(answers.get_option_at_index(answers.highlighted).id)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_finish(self) -> None:
        missing = self.session.missing_required()
        if missing:
            names = ", ".join(question_of(s, self.lang).rstrip(":") for s in missing)
            self.query_one("#error", Static).update(safe(self.tr("ui.review.missing", steps=names)))
            return
        self.run_worker(self._complete, thread=True, exit_on_error=False)

    def _complete(self) -> None:
        try:
            self.session.complete()
        except Exception as exc:  # every failure is said on screen; the entry stays a draft
            self.app.call_from_thread(self._not_finished, exc)
            return
        self.app.call_from_thread(self.dismiss, "finished")

    def _not_finished(self, error: Exception) -> None:
        if isinstance(error, EntryDeleted):
            self.dismiss("deleted")
            return
        text = self.tr("ui.finish.failed", problem=problem_text(error, self.lang))
        notice(self, text, severity="error", timeout=20)
