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
from medarbeider_tui.i18n import LocalizedError, format_date
from medarbeider_tui.ui.localize import LocalizedBindings
from medarbeider_tui.ui.safe import notice, plain
from medarbeider_tui.ui.screens.base import BaseScreen


class ExerciseList(LocalizedBindings, OptionList):
    """The exercises; its own Enter (which the screen's would not reach) is shown as «Start»."""

    BINDINGS = [Binding("enter", "select", "key.start")]


class HomeScreen(BaseScreen[None]):
    """Pick an exercise: Enter starts it, or resumes its draft."""

    BINDINGS = [
        Binding("n", "start_new", "key.new", show=True),
        Binding("h", "app.history", "key.history"),
        Binding("o", "app.about", "key.about"),
        Binding("f2", "app.toggle_language", "key.language"),
        Binding("f3", "app.next_theme", "key.theme", id="theme"),
        Binding("q", "app.quit", "key.quit"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="home"):
            yield Static("medarbeider", id="brand")
            yield Static(self.tr("app.tagline"), id="tagline")
            yield Static(self.tr("ui.home.intro"), classes="help")
            yield ExerciseList(id="exercises")
        yield Footer()

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
        try:
            statuses = self.medarbeider.service.statuses()
        except LocalizedError as problem:  # the diary's folder cannot be used: say why
            self.app.call_from_thread(self._diary_unavailable, problem)
            return
        self.app.call_from_thread(self._statuses_read, statuses)

    def _diary_unavailable(self, problem: LocalizedError) -> None:
        notice(self, problem.render(self.lang), severity="error", timeout=30)
        self._statuses_read({})

    def _statuses_read(self, statuses: Mapping[tuple[str, str], ExerciseStatus]) -> None:
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
        for pack in self.medarbeider.service.catalog.packs:
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
                if statuses is None:
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
                label.append(
                    f"  ·  {self.tr('ui.minutes', n=exercise.minutes)}  ·  {status}", style="italic"
                )
                label.append("\n" + plain(render(exercise.description, lang)))
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
        assert found is not None
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
