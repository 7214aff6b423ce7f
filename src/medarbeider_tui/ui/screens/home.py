"""Home: the exercises of every installed pack, with time estimate and status."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text as RichText
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from medarbeider_tui.content.text import render
from medarbeider_tui.diary.listing import ExerciseStatus
from medarbeider_tui.i18n import LocalizedError, Translatable, format_date
from medarbeider_tui.ui.localize import LocalizedBindings
from medarbeider_tui.ui.safe import notice, plain, safe
from medarbeider_tui.ui.screens.base import BaseScreen
from medarbeider_tui.ui.screens.profiles import brand_line


class ExerciseList(LocalizedBindings, OptionList):
    """The exercises; its own Enter (which the screen's would not reach) is shown as «Start»."""

    BINDINGS = [Binding("enter", "select", "key.start")]


class HomeScreen(BaseScreen[None]):
    """Pick an exercise: Enter starts it, or resumes its draft."""

    BINDINGS = [
        Binding("n", "start_new", "key.new", show=False),
        Binding("h", "app.history", "key.history"),
        Binding("a", "actions", "key.actions"),
        Binding("o", "app.about", "key.about"),
        Binding("k", "cards", "key.cards"),
        Binding("p", "profiles", "key.profiles"),
        Binding("f2", "app.toggle_language", "key.language"),
        Binding("f3", "app.next_theme", "key.theme", show=False, id="theme"),
        Binding("f5", "app.present", "key.present"),
        Binding("q", "app.quit", "key.quit"),
        # home shows nothing to hide: the curtain works here too, without a place in the footer
        Binding("f7", "app.curtain", "key.curtain", show=False, priority=True),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="home"):
            yield Static(safe(brand_line(self.medarbeider)), id="brand")
            yield Static(self.tr("ui.home.tagline"), id="tagline")
            yield Static(self.tr("ui.home.intro"), classes="help")
            due = Static(self._due_text, id="home-due")
            due.display = self._due is not None
            yield due
            yield ExerciseList(id="exercises")
        yield Footer(compact=True, show_command_palette=False)  # all fits 80 columns

    _statuses: Mapping[tuple[str, str], ExerciseStatus] | None = None
    """Per exercise: a draft to resume, the last completion; None until first listed."""

    def on_screen_resume(self) -> None:
        """Shown, or back from an exercise or the history: statuses may have changed.

        The exercises are listed at once; their statuses come from the diary listing, which
        runs on a worker thread (at 10,000 entries it costs more than the whole first paint).
        """
        self._list(self.query_one("#exercises", OptionList).highlighted)
        # Once the list is on screen: reading the listing is CPU work, and on a thread it would
        # still hold the GIL against painting (at 10,000 entries it delayed the first paint by
        # a fifth of a second). The first refresh lays the list out, the second paints it.
        self.call_after_refresh(self.call_after_refresh, self._start_reading_statuses)

    def _start_reading_statuses(self) -> None:
        self.run_worker(self._read_statuses, thread=True, exclusive=True, group="statuses")

    def _read_statuses(self) -> None:
        service = self.medarbeider.service
        try:
            # The packs themselves, off the UI thread: the first frame listed them from the
            # cache's listing (no content model); starting an exercise needs them loaded.
            service.catalog  # noqa: B018
            statuses = service.statuses()
        except LocalizedError as problem:  # the diary's folder cannot be used: say why
            self.app.call_from_thread(self._diary_unavailable, problem)
            return
        self.app.call_from_thread(self._statuses_read, statuses, service)
        try:  # what is due, off the UI thread too (it may read entries not yet seen)
            due = service.actions_due_notice()
        except LocalizedError:
            due = None
        self.app.call_from_thread(self._due_read, due, service)
        # The results model, which a history row is dressed with (`report.summary`), loaded
        # while the person reads home: imported on the UI thread it was a third of what the
        # history's first paint at 10,000 entries took over an empty diary's.
        import medarbeider_tui.report.summary  # noqa: F401

    def profile_changed(self) -> None:
        """Another profile was chosen: nothing of the last one stays on screen."""
        self._statuses = None
        self._due = None
        self.language_changed()

    _due: Translatable | None = None
    """«2 handlinger å se på igjen», or None when nothing is due (or not read yet)."""

    @property
    def _due_text(self) -> str:
        return self.tr("ui.home.due", due=self._due.render(self.lang)) if self._due else ""

    def _due_read(self, due: Translatable | None, service: object = None) -> None:
        if service is not None and service is not self.medarbeider.service:
            return  # read for the profile used before
        self._due = due
        line = self.query_one("#home-due", Static)
        line.update(self._due_text)
        line.display = due is not None

    def action_actions(self) -> None:
        from medarbeider_tui.ui.screens.actions import ActionsScreen

        self.app.push_screen(ActionsScreen())

    def _diary_unavailable(self, problem: LocalizedError) -> None:
        notice(self, problem.render(self.lang), severity="error", timeout=30)
        self._statuses_read({})

    def _statuses_read(
        self, statuses: Mapping[tuple[str, str], ExerciseStatus], service: object = None
    ) -> None:
        if service is not None and service is not self.medarbeider.service:
            return  # read for the profile used before: never shown for this one
        self._statuses = statuses
        self.medarbeider.show_notices()
        self._list(self.query_one("#exercises", OptionList).highlighted)

    def save_state(self) -> object:
        return self.query_one("#exercises", OptionList).highlighted

    def restore_state(self, state: object) -> None:
        self._list(state if isinstance(state, int) else None)

    def _list(self, highlighted: int | None) -> None:
        exercises = self.query_one("#exercises", OptionList)
        exercises.clear_options()
        exercises.add_options(self._options())
        if highlighted is None:  # first showing: the first exercise, not the pack heading
            highlighted = next(
                (
                    i
                    for i in range(exercises.option_count)
                    if not exercises.get_option_at_index(i).disabled
                ),
                None,
            )
        exercises.highlighted = highlighted

    def _options(self) -> list[Option | None]:
        options: list[Option | None] = []
        lang = self.lang
        statuses = self._statuses
        for pack in self.medarbeider.service.packs_listing.packs:
            options.append(
                Option(
                    RichText(plain(render(pack.title, lang)).upper(), style="bold"),
                    disabled=True,
                    id=f"pack:{pack.id}",
                )
            )
            for exercise in pack.exercises:
                status_of = (statuses or {}).get((pack.id, exercise.id), ExerciseStatus())
                draft, done = status_of.draft, status_of.done
                if self.medarbeider.presenting:
                    status = ""  # a shared screen: nothing of earlier entries
                elif statuses is None:
                    status = "…"  # being read
                elif draft is not None:
                    status = self.tr("ui.status.draft")
                elif done is not None:
                    status = self.tr(
                        "ui.status.done",
                        date=format_date(done.completed_at or done.updated_at, lang),
                    )
                else:
                    status = self.tr("ui.status.new")
                label = RichText()
                label.append(plain(render(exercise.title, lang)), style="bold")
                meta = [self.tr("ui.minutes", n=exercise.minutes), *([status] if status else [])]
                label.append("  ·  " + "  ·  ".join(meta), style="italic")
                label.append("\n" + plain(render(exercise.description, lang)))
                if self.medarbeider.presenting:
                    label.append("\n ")  # more room between exercises, seen from across a desk
                options.append(Option(label, id=f"{pack.id}/{exercise.id}"))
            options.append(None)
        return options[:-1] if options and options[-1] is None else options

    def _selected(self) -> tuple[str, str] | None:
        exercises = self.query_one("#exercises", OptionList)
        if exercises.highlighted is None:
            return None
        option_id = exercises.get_option_at_index(exercises.highlighted).id or ""
        pack_id, _, exercise_id = option_id.partition("/")
        return (pack_id, exercise_id) if exercise_id else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cards":  # shown for an exercise that has a model to show
            selected = self._selected() if self.is_mounted else None
            listed = self.medarbeider.service.listed_exercise(*selected) if selected else None
            return listed is not None and listed.has_cards
        return True

    @on(OptionList.OptionHighlighted, "#exercises")
    def _highlighted(self) -> None:
        self.refresh_bindings()

    @on(OptionList.OptionSelected, "#exercises")
    def _chosen(self) -> None:
        self.action_start()

    def action_start(self, fresh: bool = False) -> None:
        selected = self._selected()
        if selected is None:
            return
        pack_id, exercise_id = selected
        service = self.medarbeider.service
        found = service.exercise_of(pack_id, exercise_id)
        if found is None:  # gone since it was listed (a pack changed): the list follows
            self._list(None)
            return
        pack, exercise = found
        # Before the statuses arrived the service looks the draft up itself: Enter pressed
        # early never starts a second draft by mistake.
        draft = None
        if self._statuses is not None:
            draft = self._statuses.get((pack_id, exercise_id), ExerciseStatus()).draft
        try:
            session = service.resume_or_start(pack, exercise, self.lang, draft=draft, fresh=fresh)
        except LocalizedError as problem:  # no diary to save in: nothing is started
            notice(self, problem.render(self.lang), severity="error", timeout=30)
            return
        self.medarbeider.show_notices()
        from medarbeider_tui.ui.screens.exercise import ExerciseScreen

        self.app.push_screen(ExerciseScreen(session))

    def action_start_new(self) -> None:
        self.action_start(fresh=True)

    def action_cards(self) -> None:
        """The highlighted exercise's teaching cards (issue 13), before anything is answered."""
        from medarbeider_tui.ui.screens.cards import open_cards

        selected = self._selected()
        found = self.medarbeider.service.exercise_of(*selected) if selected else None
        if found is not None:
            open_cards(self, found[1])

    def action_profiles(self) -> None:
        from medarbeider_tui.ui.screens.profiles import ProfilePicker, choose

        self.app.push_screen(ProfilePicker(), lambda chosen: choose(self.medarbeider, chosen))
