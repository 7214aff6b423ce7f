"""One exercise, one screen per step (or per statement of a scale), saved as you go.

Answers are checked at once and kept in memory; the draft is written by a worker thread a
moment later, so the screen never waits for the disk. Leaving (Esc) asks first and keeps the
draft; the last changes are flushed before the screen goes.
"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.timer import Timer
from textual.widgets import Footer, Input, Markdown, Static, TextArea

from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import AnswerError
from medarbeider_tui.content.text import render
from medarbeider_tui.export.text import about_lines
from medarbeider_tui.report.build import build_figures
from medarbeider_tui.report.model import Figure
from medarbeider_tui.service import ExerciseSession, Unit
from medarbeider_tui.ui.safe import safe
from medarbeider_tui.ui.screens.base import BaseScreen
from medarbeider_tui.ui.screens.steps import StepWidgets
from medarbeider_tui.ui.widgets.list_editor import ListEditor
from medarbeider_tui.ui.widgets.options import AnswerOptions
from medarbeider_tui.ui.widgets.plan import PlanEditor
from medarbeider_tui.ui.widgets.results import ResultsView
from medarbeider_tui.ui.widgets.sort_grid import SortGrid
from medarbeider_tui.ui.widgets.text_answer import TextAnswer

SAVE_DELAY = 0.3
TEXT_SAVE_DELAY = 1.0
ADVANCE_DELAY = 0.25


class ExerciseScreen(BaseScreen[None]):
    """Walks the units of a session: answer, next, back, review, leave."""

    BINDINGS = [
        Binding("ctrl+n", "next", "key.next", id="next"),
        Binding("ctrl+b", "back", "key.back", id="back"),
        Binding("ctrl+r", "review", "key.review", id="review"),
        Binding("escape", "leave", "key.close"),
        Binding("enter", "next", "key.next", show=False),
        Binding("f2", "app.toggle_language", "key.language", show=False),
    ]

    def __init__(self, session: ExerciseSession, start_at: int | None = None) -> None:
        super().__init__()
        self.session = session
        self.index = session.resume_unit() if start_at is None else start_at
        self._save_timer: Timer | None = None
        self._advance_timer: Timer | None = None

    @property
    def unit(self) -> Unit:
        return self.session.units[self.index]

    # --- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="topbar"):
            yield Static(render(self.session.exercise.title, self.lang), id="exercise-title")
            yield Static(self._progress(), id="progress")
            yield Static("", id="saved")
        with VerticalScroll(id="step"):
            yield from self._step_body()
        yield Footer()

    def on_mount(self) -> None:
        self.session.move_to(self.unit.step, save=False)
        self.call_after_refresh(self._focus_answer)

    def restore_state(self, state: object) -> None:
        self._focus_answer()

    def _progress(self) -> str:
        return self.tr("ui.progress", n=self.index + 1, total=len(self.session.units))

    def _step_body(self) -> ComposeResult:
        unit, lang = self.unit, self.lang
        step = unit.step
        title = render(step.title, lang)
        if title:
            optional = (
                f"  ({self.tr('ui.optional')})"
                if step.optional and not isinstance(step, m.InfoStep | m.ResultStep)
                else ""
            )
            yield Static(title + optional, classes="step-title")
        if isinstance(step, m.TextStep) and step.about:
            yield Static(
                "\n".join(about_lines(self._figures([step.about]), lang)),
                classes="about-score",
                markup=False,
            )
        if step.prompt and (unit.item is None or unit.item_number == 1):
            yield Markdown(render(step.prompt, lang), classes="prompt")
        if isinstance(step, m.InfoStep):
            yield Markdown(render(step.body, lang), classes="card")
        elif isinstance(step, m.ResultStep):
            yield ResultsView(self._figures(step.show), lang)
        else:
            yield from StepWidgets(self.session, self.medarbeider.locations, lang).build(unit)
        yield Static("", id="error", classes="error")

    def _figures(self, show: list[str] | None) -> list[Figure]:
        session = self.session
        return build_figures(session.exercise, session.pack, session.results(), self.lang, show)

    async def show_unit(self, index: int) -> None:
        self.index = max(0, min(index, len(self.session.units) - 1))
        self.session.move_to(self.unit.step, save=False)
        self._request_save()
        step = self.query_one("#step", VerticalScroll)
        await step.remove_children()
        await step.mount_all(list(self._step_body()))
        step.scroll_home(animate=False)
        self.query_one("#progress", Static).update(self._progress())
        self._focus_answer()

    def _focus_answer(self) -> None:
        for widget in self.query_one("#step").query("*"):
            if isinstance(widget, AnswerOptions | TextArea | Input | SortGrid) and widget.focusable:
                widget.focus()
                return
        self.query_one("#step", VerticalScroll).focus()  # arrows and PgDn scroll a long card

    # --- navigation ------------------------------------------------------------------------

    async def action_next(self) -> None:
        if self._advance_timer is not None:
            self._advance_timer.stop()
            self._advance_timer = None
        if self.index + 1 < len(self.session.units):
            await self.show_unit(self.index + 1)
        else:
            self.action_review()

    async def action_back(self) -> None:
        if self.index > 0:
            await self.show_unit(self.index - 1)

    def action_review(self) -> None:
        from medarbeider_tui.ui.screens.review import ReviewScreen

        self._flush()
        self.app.push_screen(ReviewScreen(self.session), self._after_review)

    async def _after_review(self, outcome: str | None) -> None:
        if outcome == "finished":
            from medarbeider_tui.ui.screens.result import ResultScreen

            self.app.switch_screen(ResultScreen(self.session.entry, just_finished=True))
        elif outcome and outcome.startswith("unit:"):  # change this answer
            await self.show_unit(int(outcome.removeprefix("unit:")))

    def action_leave(self) -> None:
        if not self.session.entry.revision and not self.session.has_unsaved_changes:
            self.dismiss()
            return
        from medarbeider_tui.ui.screens.confirm import ConfirmScreen

        def leave(yes: bool | None) -> None:
            if yes:
                self._flush()
                self.dismiss()

        self.app.push_screen(
            ConfirmScreen(self.tr("ui.leave.title"), self.tr("ui.leave.body")), leave
        )

    # --- answers ---------------------------------------------------------------------------

    def _answer(self, value: Any, delay: float = SAVE_DELAY) -> bool:
        """Store the current unit's answer (None clears it); True if it was accepted."""
        error = self.query_one("#error", Static)
        try:
            if value is None or value == [] or value == {} or value == "":
                self.session.clear_answer(self.unit.key, save=False)
            else:
                self.session.set_answer(self.unit.key, value, save=False)
        except AnswerError as exc:
            error.update(safe(exc.render(self.lang)))
            return False
        error.update("")
        self._request_save(delay)
        return True

    @on(AnswerOptions.Changed)
    def _options_changed(self, event: AnswerOptions.Changed) -> None:
        step = self.unit.step
        multiple = isinstance(step, m.ChoiceStep) and step.multiple
        value = event.values if multiple else (event.values[0] if event.values else None)
        if self._answer(value) and event.by_key and not multiple:
            self._advance_timer = self.set_timer(ADVANCE_DELAY, self.action_next)

    @on(TextAnswer.Changed)
    def _text_changed(self, event: TextAnswer.Changed) -> None:
        self._answer(event.text.strip() or None, delay=TEXT_SAVE_DELAY)

    @on(TextAnswer.PrivacyChanged)
    def _privacy_changed(self, event: TextAnswer.PrivacyChanged) -> None:
        self.session.set_private(self.unit.key, event.private, save=False)
        self._request_save()

    @on(ListEditor.Changed)
    def _list_changed(self, event: ListEditor.Changed) -> None:
        self._answer(event.entries)

    @on(SortGrid.Changed)
    def _sort_changed(self, event: SortGrid.Changed) -> None:
        self._answer(event.placement)

    @on(PlanEditor.Changed)
    def _plan_changed(self, event: PlanEditor.Changed) -> None:
        self._answer(event.plan, delay=TEXT_SAVE_DELAY)

    # --- saving (off the UI thread) --------------------------------------------------------

    def _request_save(self, delay: float = SAVE_DELAY) -> None:
        if not self.session.has_unsaved_changes:
            return
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(delay, self._save_in_background)

    def _save_in_background(self) -> None:
        self.query_one("#saved", Static).update(self.tr("ui.saving"))
        self.run_worker(self._write, thread=True, group="save", exit_on_error=False)

    def _write(self) -> None:
        try:
            self.session.save_pending()
        except OSError as exc:
            self.app.call_from_thread(self._save_failed, exc)
            return
        self.app.call_from_thread(self._saved)

    def _saved(self) -> None:
        self.query_one("#saved", Static).update(self.tr("ui.saved"))
        self.medarbeider.show_notices()

    def _save_failed(self, exc: OSError) -> None:
        self.query_one("#saved", Static).update("")
        self.notify(
            f"{exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}",
            severity="error",
            timeout=15,
        )

    def _flush(self) -> None:
        """Write what is pending now (before leaving, reviewing, quitting)."""
        if self._save_timer is not None:
            self._save_timer.stop()
        try:
            self.session.save_pending()
        except OSError as exc:
            self._save_failed(exc)

    def on_unmount(self) -> None:
        self._flush()
