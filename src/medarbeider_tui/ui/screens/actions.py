"""The action-plan loop in the full-screen interface: the actions, reviewing one, and an
exercise's open actions shown first when it is opened again.

Every action, its review and its state are the service's (`service.actions`): these screens
show `ActionItem` values and hand what the person wrote back to `review_action`,
`keep_action` or `let_go_of_action`. An action whose entry was deleted is never dropped
silently: it is listed, marked, until the person keeps it (``k``) or lets it go (``l``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text as RichText
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Footer, Input, OptionList, RadioButton, RadioSet, Static
from textual.widgets.option_list import Option

from medarbeider_tui.diary.actions import REVIEW_STATES, ReviewState
from medarbeider_tui.i18n import LocalizedError, parse_date
from medarbeider_tui.service import ActionItem
from medarbeider_tui.ui.localize import LocalizedBindings
from medarbeider_tui.ui.safe import notice, plain, safe, safe_line
from medarbeider_tui.ui.screens.base import BaseModal, BaseScreen

if TYPE_CHECKING:
    from medarbeider_tui.ui.screens.exercise import ExerciseScreen


def describe(item: ActionItem, tr: object) -> RichText:
    """One action as a list row: what, then where it came from and when to look again."""
    assert callable(tr)
    text = RichText()
    text.append(plain(item.action.what), style="bold")
    if item.action.how:
        text.append("\n  " + plain(item.action.how))
    where = f"{item.label} · {item.exercise} · {item.planned}"
    state = tr(f"actions.state.{item.action.state}")
    review = ""
    if item.review:
        review = tr("actions.review_due" if item.due else "actions.review_on", date=item.review)
    line = "  ·  ".join(part for part in (where, state, review) if part)
    text.append("\n  " + plain(line), style="italic")
    if item.orphaned:
        text.append("\n  " + tr("ui.actions.orphaned"), style="bold")
    return text


class ActionList(LocalizedBindings, OptionList):
    """The actions; Enter reviews the highlighted one."""

    BINDINGS = [Binding("enter", "select", "key.review_action")]


class ActionsScreen(BaseScreen[None]):
    """Every open action (and those whose entry was deleted), due first."""

    BINDINGS = [
        Binding("k", "keep", "key.keep_action"),
        Binding("l", "let_go", "key.let_go_action"),
        Binding("escape", "close", "key.back"),
        Binding("f2", "app.toggle_language", "key.language", show=False),
    ]

    items: list[ActionItem] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="actions"):
            yield Static(self.tr("ui.actions.title"), classes="step-title")
            yield Static("", id="actions-due", classes="hint")
            yield ActionList(id="action-list")
        yield Footer()

    def on_screen_resume(self) -> None:
        self._list()

    def restore_state(self, state: object) -> None:
        self._list(state if isinstance(state, int) else None)

    def save_state(self) -> object:
        return self.query_one("#action-list", OptionList).highlighted

    def _list(self, highlighted: int | None = None) -> None:
        listing = self.query_one("#action-list", OptionList)
        keep = listing.highlighted if highlighted is None else highlighted
        try:
            self.items = self.medarbeider.service.actions(self.lang)
        except LocalizedError as problem:
            notice(self, problem.render(self.lang), severity="error", timeout=30)
            self.items = []
        self.medarbeider.show_notices()
        listing.clear_options()
        listing.add_options([Option(describe(i, self.tr), id=i.id) for i in self.items])
        due = sum(1 for i in self.items if i.due)
        line = self.tr("actions.due", count=due) if due else self.tr("actions.none_due")
        if not self.items:
            line = self.tr("actions.none")
        self.query_one("#actions-due", Static).update(line)
        if self.items:
            listing.highlighted = min(keep or 0, len(self.items) - 1)
        self.refresh_bindings()

    def _current(self) -> ActionItem | None:
        listing = self.query_one("#action-list", OptionList)
        if listing.highlighted is None or not self.items:
            return None
        return self.items[min(listing.highlighted, len(self.items) - 1)]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("keep", "let_go"):  # for an action whose entry was deleted
            current = self._current() if self.is_mounted else None
            return current is not None and current.orphaned
        return True

    @on(OptionList.OptionHighlighted, "#action-list")
    def _moved(self) -> None:
        self.refresh_bindings()

    @on(OptionList.OptionSelected, "#action-list")
    def _chosen(self) -> None:
        current = self._current()
        if current is not None:
            self.app.push_screen(ActionReviewScreen(current.id))

    def action_keep(self) -> None:
        current = self._current()
        if current is None or not current.orphaned:
            return
        try:
            self.medarbeider.service.keep_action(current.id)
        except LocalizedError as problem:
            notice(self, problem.render(self.lang), severity="error", timeout=30)
            return
        notice(self, self.tr("actions.kept"), timeout=5)
        self._list()

    def action_let_go(self) -> None:
        current = self._current()
        if current is None or not current.orphaned:
            return
        from medarbeider_tui.ui.screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.medarbeider.service.let_go_of_action(current.id)
            except LocalizedError as problem:
                notice(self, problem.render(self.lang), severity="error", timeout=30)
                return
            notice(self, self.tr("actions.dropped"), timeout=5)
            self._list()

        self.app.push_screen(
            ConfirmScreen(
                self.tr("ui.actions.let_go.title"),
                self.tr("ui.actions.let_go.body", what=current.action.what),
                yes_is_destructive=True,
            ),
            answered,
        )

    def action_close(self) -> None:
        self.dismiss()


class ActionReviewScreen(BaseScreen[bool]):
    """Look back at one action: what helped, what got in the way, and where it stands now.

    Ctrl+S saves the review (dismissing with True); Esc leaves without saving.
    """

    BINDINGS = [
        Binding("ctrl+s", "save", "key.save_review"),
        Binding("escape", "close", "key.back"),
        Binding("f2", "app.toggle_language", "key.language", show=False),
    ]

    def __init__(self, action_id: str) -> None:
        super().__init__()
        self.action_id = action_id

    def compose(self) -> ComposeResult:
        service = self.medarbeider.service
        try:
            item: ActionItem | None = service.action(self.action_id, self.lang)
        except LocalizedError as problem:
            notice(self, problem.render(self.lang), severity="error", timeout=30)
            item = None
        with VerticalScroll(id="action-review"):
            yield Static(self.tr("ui.actions.review.title"), classes="step-title")
            if item is not None:
                yield Static(describe(item, self.tr), id="action-what")
                for past in item.action.reviews[-3:]:
                    state = self.tr(f"actions.state.{past.state}")
                    when = past.at[:10]
                    yield Static(
                        safe_line(self.tr("actions.past_review", date=when, state=state)),
                        classes="hint",
                    )
                yield Static(self.tr("actions.helped"), classes="field-label")
                yield Input(id="helped", max_length=2000)
                yield Static(self.tr("actions.hindered"), classes="field-label")
                yield Input(id="hindered", max_length=2000)
                yield Static(self.tr("ui.actions.state"), classes="field-label")
                with RadioSet(id="state"):
                    for state in REVIEW_STATES:
                        yield RadioButton(
                            self.tr(f"ui.actions.choose.{state}"),
                            value=state == "going_on",
                            id=f"state-{state}",
                        )
                yield Static(self.tr("ui.actions.next"), classes="field-label", id="next-label")
                yield Input(id="next-review", placeholder=self.tr("ui.actions.date_placeholder"))
                yield Static("", id="review-error", classes="error")
                with Horizontal(classes="buttons"):
                    yield Button(self.tr("key.save_review"), id="save", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        for field in self.query("#helped").results(Input):
            field.focus()

    def _state(self) -> ReviewState:
        pressed = self.query_one("#state", RadioSet).pressed_button
        found = (pressed.id or "").removeprefix("state-") if pressed else "going_on"
        return next((s for s in REVIEW_STATES if s == found), "going_on")

    @on(RadioSet.Changed, "#state")
    def _state_changed(self) -> None:
        going_on = self._state() == "going_on"
        self.query_one("#next-review").display = going_on
        self.query_one("#next-label").display = going_on

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        if not self.query("#helped"):
            return
        error = self.query_one("#review-error", Static)
        state = self._state()
        typed = self.query_one("#next-review", Input).value.strip()
        next_review = None
        if state == "going_on" and typed:
            next_review = parse_date(typed)
            if next_review is None:
                error.update(safe(self.tr("ui.actions.bad_date", text=typed)))
                return
        try:
            self.medarbeider.service.review_action(
                self.action_id,
                state,
                helped=self.query_one("#helped", Input).value,
                hindered=self.query_one("#hindered", Input).value,
                next_review=next_review,
            )
        except LocalizedError as problem:
            error.update(safe(problem.render(self.lang)))
            return
        notice(self.app, self.tr(f"ui.actions.saved.{state}"), timeout=5)
        self.dismiss(True)

    def action_close(self) -> None:
        self.dismiss(False)


class OpenActionsFirst(BaseModal[None]):
    """Shown over an exercise opened again: what the person planned last time, still open.

    Enter (or Esc) goes on to the exercise; ``r`` reviews the highlighted action first.
    """

    BINDINGS = [
        Binding("r", "review", "key.review_action"),
        Binding("escape", "close", "key.go_on"),
    ]

    def __init__(self, items: list[ActionItem]) -> None:
        super().__init__()
        self.items = items

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog open-actions"):
            yield Static(
                self.tr("ui.actions.first.title", count=len(self.items)), classes="dialog-title"
            )
            yield ActionList(
                *[Option(describe(i, self.tr), id=i.id) for i in self.items], id="first-list"
            )
            with Horizontal(classes="buttons"):
                yield Button(self.tr("key.go_on"), id="go-on", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#go-on", Button).focus()

    @on(Button.Pressed, "#go-on")
    def _go_on(self) -> None:
        self.dismiss(None)

    @on(OptionList.OptionSelected, "#first-list")
    def _chosen(self) -> None:
        self.action_review()

    def action_review(self) -> None:
        listing = self.query_one("#first-list", OptionList)
        index = listing.highlighted if listing.highlighted is not None else 0
        if not self.items:
            return
        item = self.items[min(index, len(self.items) - 1)]

        def reviewed(saved: bool | None) -> None:
            if saved:
                self.items = [i for i in self.items if i.id != item.id]
                if not self.items:
                    self.dismiss(None)
                    return
                listing.clear_options()
                listing.add_options([Option(describe(i, self.tr), id=i.id) for i in self.items])

        self.app.push_screen(ActionReviewScreen(item.id), reviewed)

    def action_close(self) -> None:
        self.dismiss(None)


def open_actions_to_offer(screen: ExerciseScreen, language: str) -> list[ActionItem]:
    """The open actions to show first when an exercise is started afresh (none for a draft
    being resumed, or when they cannot be read). Lists the diary: the exercise screen asks
    on a worker thread."""
    session = screen.session
    if session.entry.revision or session.answers:
        return []  # a draft being resumed: the person has seen them already
    try:
        return screen.medarbeider.service.open_actions_for(
            session.pack.id, session.exercise.id, language
        )
    except LocalizedError:
        return []  # the actions cannot be read now: answering goes on without them


def offer_open_actions(screen: ExerciseScreen, items: list[ActionItem]) -> None:
    """Show ``items`` (`open_actions_to_offer`) over the exercise, if there are any."""
    if items:
        screen.app.push_screen(OpenActionsFirst(items))
