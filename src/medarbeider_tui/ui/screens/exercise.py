"""One exercise, one screen per step (or per statement of a scale), saved as you go.

Answers are checked at once and kept in memory; the draft is written by a worker thread a
moment later, so the screen never waits for the disk. What the top bar says about saving is
the truth: «✓ lagret» only once the write is durable, «⚠ ikke lagret» with the reason and what
to do when it failed (Ctrl+S tries again). Leaving (Esc) saves first and says honestly whether
it worked; an entry deleted elsewhere is never brought back silently.

Keys typed ahead land where they were meant: a digit answers the statement on screen and the
screen moves on a moment later (the pause is for the eye only). The app passes keys on in order
(``ui.typeahead``), and a key typed during that pause first finishes the move, so the next
digit answers the next statement. Enter or Ctrl+N typed within the pause only hurries it: it
never skips a statement.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, Markdown, Static, TextArea

from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import AnswerError
from medarbeider_tui.content.text import render
from medarbeider_tui.diary import EntryDeleted
from medarbeider_tui.export.text import SELF_WRAPPING, about_lines
from medarbeider_tui.report.build import build_figures
from medarbeider_tui.report.model import Figure
from medarbeider_tui.service import ExerciseSession, Unit
from medarbeider_tui.ui.localize import node_bindings
from medarbeider_tui.ui.problems import problem_text
from medarbeider_tui.ui.safe import notice, plain, safe, safe_line
from medarbeider_tui.ui.screens.base import BaseScreen
from medarbeider_tui.ui.screens.last_time import LastTimeShown
from medarbeider_tui.ui.screens.steps import StepWidgets
from medarbeider_tui.ui.widgets.footer import FittingFooter
from medarbeider_tui.ui.widgets.hanging import HangingText
from medarbeider_tui.ui.widgets.list_editor import ListEditor
from medarbeider_tui.ui.widgets.number_input import NumberInput
from medarbeider_tui.ui.widgets.options import AnswerOptions
from medarbeider_tui.ui.widgets.plan import PlanEditor
from medarbeider_tui.ui.widgets.ranking import RankingList
from medarbeider_tui.ui.widgets.results import ResultsView
from medarbeider_tui.ui.widgets.sort_grid import SortGrid
from medarbeider_tui.ui.widgets.text_answer import TextAnswer

if TYPE_CHECKING:
    from medarbeider_tui.service import ActionItem
    from medarbeider_tui.ui.screens.reload import PackReloader

SAVE_DELAY = 0.3
TEXT_SAVE_DELAY = 1.0
ADVANCE_DELAY = 0.25


@dataclass(frozen=True)
class PendingAdvance:
    """A key answered and the screen is about to move on (after `ADVANCE_DELAY`)."""

    typed_at: float
    """When the answering key was typed (its event time)."""


class ExerciseScreen(BaseScreen[None]):
    """Walks the units of a session: answer, next, back, review, leave."""

    BINDINGS = [
        Binding("ctrl+n", "next", "key.next", id="next"),
        Binding("ctrl+b", "back", "key.back", id="back"),
        Binding("ctrl+r", "review", "key.review", id="review"),
        Binding("ctrl+s", "save_now", "key.save_again", id="save"),
        Binding("ctrl+o", "cards", "key.cards", id="cards"),  # the teaching cards (issue 13)
        Binding("ctrl+l", "last_time", "key.last_time", id="last_time"),
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
        self._pending: PendingAdvance | None = None
        self._answered_by_key: PendingAdvance | None = None
        """The key before the next one answered and moved on (even if the move is done)."""
        self._refused: AnswerError | None = None
        """The current unit's answer as last given was not accepted (too long, say)."""
        self._writes = 0  # saves under way on the worker thread
        self._asking_about_deletion = False
        self._gone = False
        self._built_for: WeakKeyDictionary[Widget, str] = WeakKeyDictionary()
        """Each answer field shown, and the unit (its key) it was built for."""
        self._back_to_review = False
        """An answer is being changed from the review: going on returns there."""

    @property
    def unit(self) -> Unit:
        return self.session.units[self.index]

    # --- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="topbar"):
            yield Static(
                safe_line(render(self.session.exercise.title, self.lang)), id="exercise-title"
            )
            yield Static(self._progress(), id="progress")
            yield Static(self._save_state(), id="saved")
        yield Static("", id="save-problem", classes="error")
        if self.reloader is not None:  # run --reload: the pack's errors, when a save has any
            yield self.reloader.widget()
        with VerticalScroll(id="step"):
            yield from self._step_body()
        yield FittingFooter()

    @cached_property
    def reloader(self) -> PackReloader | None:
        """With ``run --reload``: the pack read again on each save (`ui.screens.reload`)."""
        if not self.medarbeider.reload_pack:
            return None
        from medarbeider_tui.ui.screens.reload import PackReloader

        return PackReloader(self)

    def on_mount(self) -> None:
        self.session.move_to(self.unit.step, save=False)
        self._show_save_state()
        # The first field is focused once the screen is laid out; until then a key typed
        # would reach the screen, not the field (the type-ahead feeder waits for it).
        self.input_busy += 1
        self.call_after_refresh(self._first_focus)
        self._look_back(offer_actions=True)
        if self.reloader is not None:
            self.reloader.start()

    @cached_property
    def last_time(self) -> LastTimeShown:
        """«Last time» for this session (`ui.screens.last_time`)."""
        return LastTimeShown(self.medarbeider.service, self.session)

    def _look_back(self, *, offer_actions: bool = False) -> None:
        """«Last time», and the open actions when opened afresh, looked up on a worker: both
        list the diary, which at 10,000 entries (or while another terminal holds the diary's
        lock) takes longer than painting the first step. The step is painted without them;
        keys typed meanwhile wait (`input_busy`) until what they bring is in place."""
        from medarbeider_tui.ui.screens.actions import open_actions_to_offer

        language, shown = self.lang, self.last_time  # made here, on the UI thread
        self.input_busy += 1

        def look() -> None:
            items: list[ActionItem] = []
            try:
                shown.get(language)
                if offer_actions:
                    items = open_actions_to_offer(self, language)
            finally:
                with suppress(RuntimeError):  # the app has closed meanwhile
                    self.app.call_from_thread(self.call_later, self._looked_back, language, items)

        self.run_worker(look, thread=True, group="look-back", exit_on_error=False)

    async def _looked_back(self, language: str, items: list[ActionItem]) -> None:
        """On the UI thread: the step again with «sist: …», Ctrl+L, the open actions."""
        from medarbeider_tui.ui.screens.actions import offer_open_actions

        try:
            if self not in self.app.screen_stack:
                return  # left meanwhile
            step = self.unit.step
            if (
                language == self.lang
                and self.last_time.known(language) is not None
                and not isinstance(step, m.InfoStep | m.ResultStep)
            ):
                self._take_from_widget()
                await self.show_unit(self.index)
            self.refresh_bindings()
            offer_open_actions(self, items)
        finally:
            self.input_busy -= 1

    async def action_last_time(self) -> None:
        """Ctrl+L: hide or show «sist: …»; on a text step, last time's text; on a list, take
        last time's entries in (to keep, drop or add to)."""
        self._take_from_widget()
        taken = self.last_time.act(self.unit, self.index, self.medarbeider, self.lang)
        if taken is not None:
            self._answer(taken)
        await self.show_unit(self.index)

    def restore_state(self, state: object) -> None:
        self._show_save_state()
        self._focus_answer()
        if not self.last_time.looked_up(self.lang):  # another language: last time in it
            self._look_back()

    def _progress(self) -> str:
        return self.tr("ui.progress", n=self.index + 1, total=len(self.session.units))

    def _step_body(self) -> ComposeResult:
        unit, lang = self.unit, self.lang
        step = unit.step
        title = self.session.step_text(step, "title", self.lang)
        if title:
            optional = (
                f"  ({self.tr('ui.optional')})"
                if step.optional and not isinstance(step, m.InfoStep | m.ResultStep)
                else ""
            )
            yield Static(safe(title + optional), classes="step-title")
        if isinstance(step, m.TextStep) and step.about:
            yield HangingText(
                about_lines(self._figures([step.about]), lang, SELF_WRAPPING),
                classes="about-score",
            )
        if step.prompt and (unit.item is None or unit.item_number == 1):
            yield Markdown(
                plain(self.session.step_text(step, "prompt", self.lang)), classes="prompt"
            )
        if isinstance(step, m.InfoStep):
            yield Markdown(plain(self.session.step_text(step, "body", self.lang)), classes="card")
        elif isinstance(step, m.ResultStep):
            yield ResultsView(self._figures(step.show), lang)
        else:
            for widget in StepWidgets(
                self.session,
                self.medarbeider.locations,
                lang,
                self.last_time.known(lang),  # None until looked up (`_look_back`)
                show_last=self.medarbeider.show_last_time,
                show_last_text=self.index in self.last_time.texts_shown,
            ).build(unit):
                if widget.id == "answer":
                    self._built_for[widget] = unit.key
                yield widget
        yield Static("", id="error", classes="error")

    def _figures(self, show: list[str] | None) -> list[Figure]:
        session = self.session
        return build_figures(session.exercise, session.pack, session.results(), self.lang, show)

    async def show_unit(self, index: int) -> None:
        with self.busy():
            self.index = max(0, min(index, len(self.session.units) - 1))
            self._refused = None
            self.session.move_to(self.unit.step, save=False)
            self._request_save()
            step = self.query_one("#step", VerticalScroll)
            await step.remove_children()
            await step.mount_all(list(self._step_body()))
            step.scroll_home(animate=False)
            self.query_one("#progress", Static).update(self._progress())
            self._show_save_state()
            self._focus_answer()

    def _first_focus(self) -> None:
        try:
            self._focus_answer()
        finally:
            self.input_busy -= 1

    def _focus_answer(self) -> None:
        """Focus the step's answer field now, not later (`Widget.focus` waits for the app's
        queue): the next key typed must reach the field of the step it was typed for."""
        target: Widget = self.query_one("#step", VerticalScroll)  # arrows and PgDn scroll a card
        for widget in target.query("*"):
            focusing = AnswerOptions | TextArea | Input | SortGrid | RankingList
            if isinstance(widget, focusing) and widget.focusable:
                target = widget
                break
        self.set_focus(target, scroll_visible=False)  # the step's title and prompt stay in view

    # --- keys typed ahead ------------------------------------------------------------------

    def before_key(self, event: events.Key) -> bool:
        """Every key, before it acts: one typed while the screen is about to move on first
        finishes the move, then acts there. Enter or Ctrl+N typed within the pause after an
        answer (by the keys' own times) only hurries the move: True, it goes no further."""
        answered, self._answered_by_key = self._answered_by_key, None
        # Decided by when the keys were typed, not by how quickly the app got to them.
        hurried = (
            answered is not None
            and self._moves_on(event.key)
            and event.time - answered.typed_at < ADVANCE_DELAY
        )
        if self._pending is not None:
            self.input_busy += 1
            self.call_later(self._hurry)
        return hurried

    def _moves_on(self, key: str) -> bool:
        bindings = node_bindings(self).key_to_bindings.get(key, [])
        return key == "enter" or any(binding.action == "next" for binding in bindings)

    async def _hurry(self) -> None:
        try:
            await self._advance()
        finally:
            self.input_busy -= 1

    async def _advance(self) -> None:
        """The move on after an answer by key (from the timer, or hurried by a key)."""
        if self._pending is None:
            return
        self._pending = None
        if self._advance_timer is not None:
            self._advance_timer.stop()
            self._advance_timer = None
        await self._forward()

    def _cancel_advance(self) -> None:
        self._pending = None
        if self._advance_timer is not None:
            self._advance_timer.stop()
            self._advance_timer = None

    # --- navigation ------------------------------------------------------------------------

    async def action_next(self) -> None:
        self._cancel_advance()
        await self._leave_unit(self._forward)

    def _shown_from(self, index: int, by: int) -> int | None:
        """The nearest unit from ``index`` on (``by`` ±1) whose step is shown now: a step
        whose condition does not hold is passed by."""
        units = self.session.units
        while 0 <= index < len(units):
            if self.session.is_shown(units[index].step):
                return index
            index += by
        return None

    async def _forward(self) -> None:
        following = self._shown_from(self.index + 1, 1)
        if self._back_to_review:  # an answer changed from the review: back to the review
            self._back_to_review = False
            self._open_review()
        elif following is not None:
            await self.show_unit(following)
        else:
            self._open_review()

    async def action_back(self) -> None:
        self._cancel_advance()
        before = self._shown_from(self.index - 1, -1)
        if before is not None:
            await self._leave_unit(lambda: self.show_unit(before))

    async def action_review(self) -> None:
        self._cancel_advance()

        async def review() -> None:
            self._open_review()

        await self._leave_unit(review)

    def _open_review(self) -> None:
        from medarbeider_tui.ui.screens.review import ReviewScreen

        self._flush()
        self._back_to_review = False
        self.app.push_screen(ReviewScreen(self.session), self._after_review)

    async def _after_review(self, outcome: str | None) -> None:
        if outcome == "finished":
            from medarbeider_tui.ui.screens.result import ResultScreen

            self.app.switch_screen(ResultScreen(self.session.entry, just_finished=True))
        elif outcome == "deleted":
            self._entry_deleted()
        elif outcome and outcome.startswith("unit:"):  # change this answer, then review
            await self.show_unit(int(outcome.removeprefix("unit:")))
            self._back_to_review = True

    async def _leave_unit(self, move: Callable[[], Awaitable[None]]) -> None:
        """Go on with ``move``; if this unit's answer was not accepted, ask first: going on
        keeps what was saved before, and the text on screen goes."""
        for ranking in self.query("#answer").filter(".ranking"):
            assert isinstance(ranking, RankingList)
            # Going on from a ranking accepts the order on screen, moved or not.
            if ranking.order != self.session.answers.get(self.unit.key):
                self._answer(ranking.order)
        refused = self._refused
        if refused is None:
            await move()
            return
        from medarbeider_tui.ui.screens.confirm import ConfirmScreen

        async def answered(go: bool | None) -> None:
            if go:
                self._refused = None
                await move()

        body = self.tr("ui.refused.body", reason=refused.render(self.lang))
        self.app.push_screen(
            ConfirmScreen(
                self.tr("ui.refused.title"),
                body,
                yes_is_destructive=True,
                yes_label=self.tr("ui.refused.go"),
                no_label=self.tr("ui.stay"),
            ),
            answered,
        )

    def action_leave(self) -> None:
        session = self.session
        if not session.entry.revision and not session.has_unsaved_changes and not self._refused:
            self.dismiss()
            return
        from medarbeider_tui.ui.screens.confirm import ConfirmScreen

        problem = self.save_now()
        if problem is None:

            def leave(yes: bool | None) -> None:
                if yes:
                    self.dismiss()

            self.app.push_screen(
                ConfirmScreen(self.tr("ui.leave.title"), self.tr("ui.leave.body")), leave
            )
            return

        def leave_unsaved(yes: bool | None) -> None:
            if yes:
                if session.save_error is not None:
                    session.let_go()
                self.dismiss()

        self.app.push_screen(
            ConfirmScreen(
                self.tr("ui.leave.unsaved.title"),
                self.tr("ui.leave.unsaved.body", problem=problem),
                yes_is_destructive=True,
                yes_label=self.tr("ui.leave.unsaved.yes"),
                no_label=self.tr("ui.stay"),
            ),
            leave_unsaved,
        )

    # --- answers ---------------------------------------------------------------------------

    def _answer(self, value: Any, delay: float = SAVE_DELAY) -> bool:
        """Store the current unit's answer (None clears it); True if it was accepted."""
        try:
            self._store(self.unit.key, value)
        except AnswerError as exc:
            self._refused = exc
            self._say_refused(self.tr("ui.answer.refused", reason=exc.render(self.lang)))
            self._show_save_state()
            return False
        self._refused = None
        self._say_refused("")
        self._request_save(delay)
        self._show_save_state()
        return True

    def _store(self, key: str, value: Any) -> None:
        if value is None or value == [] or value == {} or value == "":
            self.session.clear_answer(key, save=False)
        else:
            self.session.set_answer(key, value, save=False)

    def _say_refused(self, text: str) -> None:
        for error in self.query("#error").results(Static):  # none while a step is rebuilt
            error.update(safe(text))

    def _answer_from(self, widget: Widget, value: Any, delay: float = SAVE_DELAY) -> bool:
        """An answer a widget posted: for the unit it was built for, whichever is shown now.

        A widget says what it holds as it is mounted and whenever it is edited, and the
        message reaches the screen a moment later: after a key typed ahead it may come when
        the screen has moved on. It is then kept for its own unit, quietly (an answer not
        accepted there leaves what was accepted before), never taken as the answer to the
        unit on screen. True if it was the current unit's and was accepted."""
        key = self._built_for.get(widget)
        if key is None:  # not an answer field of this screen
            return False
        if key != self.unit.key:
            with suppress(AnswerError):
                self._store(key, value)
                self._request_save(delay)
            return False
        return self._answer(value, delay)

    @on(AnswerOptions.Changed)
    def _options_changed(self, event: AnswerOptions.Changed) -> None:
        step = self.unit.step
        multiple = isinstance(step, m.ChoiceStep) and step.multiple
        value = event.values if multiple else (event.values[0] if event.values else None)
        # A key a person typed acts on the statement shown when it is handled: typed ahead,
        # it may reach the options of the one the screen is leaving (`ui.typeahead`).
        typed = event.by_key and not multiple and event.control in self._built_for
        accepted = self._answer(value) if typed else self._answer_from(event.control, value)
        if accepted and event.by_key and not multiple:
            self._cancel_advance()
            self._pending = self._answered_by_key = PendingAdvance(event.typed_at)
            self._advance_timer = self.set_timer(ADVANCE_DELAY, self._advance)

    @on(TextAnswer.Changed)
    def _text_changed(self, event: TextAnswer.Changed) -> None:
        self._answer_from(event.control, event.text.strip() or None, delay=TEXT_SAVE_DELAY)

    @on(TextAnswer.PrivacyChanged)
    def _privacy_changed(self, event: TextAnswer.PrivacyChanged) -> None:
        key = self._built_for.get(event.control)
        if key is None:
            return
        self.session.set_private(key, event.private, save=False)
        self._request_save()

    @on(ListEditor.Changed)
    def _list_changed(self, event: ListEditor.Changed) -> None:
        self._answer_from(event.control, event.entries)

    @on(SortGrid.Changed)
    def _sort_changed(self, event: SortGrid.Changed) -> None:
        self._answer_from(event.control, event.placement)

    @on(PlanEditor.Changed)
    def _plan_changed(self, event: PlanEditor.Changed) -> None:
        self._answer_from(event.control, event.plan, delay=TEXT_SAVE_DELAY)

    @on(RankingList.Changed)
    def _ranking_changed(self, event: RankingList.Changed) -> None:
        self._answer_from(event.control, event.order)

    @on(NumberInput.Changed)
    def _number_changed(self, event: NumberInput.Changed) -> None:
        self._answer_from(event.control, event.text or None, delay=TEXT_SAVE_DELAY)

    def _take_from_widget(self) -> None:
        """What a text field holds now, into the session (it may not have said so yet)."""
        for widget in self.query("#answer"):
            if isinstance(widget, TextAnswer):
                text = widget.text.strip() or None
                if text != self.session.answers.get(self.unit.key):
                    self._answer(text)
            elif isinstance(widget, PlanEditor):
                plan = widget.collect()
                if plan != (self.session.answers.get(self.unit.key) or {}):
                    self._answer(plan)

    # --- saving (off the UI thread), and what the top bar says about it ---------------------

    def _save_state(self) -> str:
        session = self.session
        if session.save_error is not None or self._refused is not None:
            return self.tr("ui.save.failed")
        if self._writes:
            return self.tr("ui.saving")
        if session.is_saved:
            return self.tr("ui.saved")
        return ""  # nothing yet, or changes about to be written: no claim either way

    def _show_save_state(self) -> None:
        if self._gone:
            return
        for saved in self.query("#saved").results(Static):
            saved.update(self._save_state())
        error = self.session.save_error
        for line in self.query("#save-problem").results(Static):
            line.display = error is not None
            if error is not None:
                text = self.tr("ui.save.problem", problem=problem_text(error, self.lang))
                line.update(safe(text))
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "save_now":  # shown only when a save failed
            return self.session.save_error is not None
        if action == "cards":
            return bool(self.session.exercise.cards)
        if action == "last_time":  # shown when there is a last time
            return self.last_time.known(self.lang) is not None
        return True

    def action_cards(self) -> None:
        from medarbeider_tui.ui.screens.cards import open_cards

        self._take_from_widget()  # what is typed is in the session (and saved) meanwhile
        open_cards(self, self.session.exercise)

    def _request_save(self, delay: float = SAVE_DELAY) -> None:
        if not self.session.has_unsaved_changes:
            return
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(delay, self._save_in_background)

    def _save_in_background(self) -> None:
        self._writes += 1
        self._show_save_state()
        self.run_worker(self._write, thread=True, group="save", exit_on_error=False)

    def _write(self) -> None:
        error: Exception | None = None
        try:
            self.session.save_pending()
        except Exception as exc:  # every failure is shown: the person must know
            error = exc
        with suppress(RuntimeError):  # the app is closing: on_unmount saves again
            self.app.call_from_thread(self._save_finished, error)

    def _save_finished(self, error: Exception | None) -> None:
        self._writes -= 1
        if self._gone:
            return
        self._show_save_state()
        if isinstance(error, EntryDeleted):
            self._entry_deleted()
        elif error is None:
            self.medarbeider.show_notices()

    def _flush(self) -> bool:
        """Write what is pending now (before leaving, reviewing, quitting); True if it is all
        on disk (or nothing was given)."""
        if self._save_timer is not None:
            self._save_timer.stop()
        try:
            self.session.save_pending()
        except EntryDeleted:
            self._show_save_state()
            self._entry_deleted()
            return False
        except Exception:
            self._show_save_state()
            return False
        self._show_save_state()
        return True

    def save_now(self) -> str | None:
        """Save everything given so far; None if it is on disk, else what the person should
        read about why not (the app asks this before quitting and on a signal)."""
        self._take_from_widget()
        self._flush()
        if self.session.let_go_of:
            return None
        error = self.session.save_error
        if error is not None:
            return problem_text(error, self.lang)
        if self._refused is not None:
            return self.tr("ui.answer.refused", reason=self._refused.render(self.lang))
        return None

    def action_save_now(self) -> None:
        """Ctrl+S after a failed save: try again now."""
        if self._flush():
            notice(self, self.tr("ui.save.retried"), timeout=5)

    def _entry_deleted(self) -> None:
        """The draft's file was deleted elsewhere: keep the answers as a new entry, or let
        them go (and close). Esc decides nothing: the next save asks again."""
        if self._asking_about_deletion or self._gone or not self.session.deleted_elsewhere:
            return  # asked already, or decided since (a save still under way said it again)
        self._asking_about_deletion = True
        from medarbeider_tui.ui.screens.confirm import ConfirmScreen

        def decided(keep: bool | None) -> None:
            self._asking_about_deletion = False
            if keep is None:
                return
            if not keep:
                self.session.let_go()
                notice(self.app, self.tr("ui.deleted_elsewhere.gone"), timeout=8)
                self.dismiss()
                return
            try:
                self.session.keep_as_new()
            except Exception:
                pass  # the top bar says why, and Ctrl+S tries again
            else:
                notice(self, self.tr("ui.deleted_elsewhere.kept"), timeout=8)
            self._show_save_state()

        self.app.push_screen(
            ConfirmScreen(
                self.tr("ui.deleted_elsewhere.title"),
                EntryDeleted(self.session.entry.id).render(self.lang),
                yes_label=self.tr("ui.deleted_elsewhere.keep"),
                no_label=self.tr("ui.deleted_elsewhere.let_go"),
                escape_answers=None,
            ),
            decided,
        )

    def on_unmount(self) -> None:
        self._gone = True
        self._cancel_advance()
        if self._save_timer is not None:
            self._save_timer.stop()
        try:
            self.session.save_pending()
        except Exception as exc:  # nothing may crash on the way out: the app says it at exit
            self.medarbeider.unsaved_at_exit(problem_text(exc, self.lang))
