"""``run --pack PATH --reload``: the exercise on screen follows its pack as the author saves it.

Every `WATCH_SECONDS` the pack's files are looked at (`content.watch`, the same watcher as
``packs validate --watch``: a ``stat`` per file, nothing read until one changed). A change is
read and checked on a worker thread. A version that validates replaces the pack in the
session, and the current step is drawn again with the new text, its answer kept; answers whose
steps are gone stay in the draft (a notice says so). A version with errors changes nothing: a
calm line above the step says what is wrong, file:line first, until a save that validates.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from textual.widgets import Static

from medarbeider_tui.content.errors import PackProblem
from medarbeider_tui.content.loader import PackResult
from medarbeider_tui.content.text import render
from medarbeider_tui.content.watch import WATCH_SECONDS, PackWatch
from medarbeider_tui.service.reloading import Reloaded, pack_folder, read_again, take_new_version
from medarbeider_tui.ui.safe import notice, safe, safe_line

if TYPE_CHECKING:
    from medarbeider_tui.ui.screens.exercise import ExerciseScreen

#: At most this many problems are listed above the step; `packs validate` lists them all.
SHOWN_PROBLEMS = 4


class PackReloader:
    """Watches the pack of ``screen``'s session and brings each valid save onto the screen."""

    def __init__(self, screen: ExerciseScreen) -> None:
        self.screen = screen
        folder = pack_folder(screen.session)
        self._watch = PackWatch([folder]) if folder is not None else None
        self._reading = False
        self.errors: list[PackProblem] = []
        """The last save's errors (the screen shows the version before), or none."""

    def start(self) -> None:
        if self._watch is not None:
            self.screen.set_interval(WATCH_SECONDS, self._look)

    def widget(self) -> Static:
        """The line above the step that shows the errors (hidden while there are none)."""
        line = Static(safe(self._errors_text()), id="pack-problems", classes="error")
        line.styles.padding = (0, 1)
        line.display = bool(self.errors)
        return line

    def _errors_text(self) -> str:
        if not self.errors:
            return ""
        screen, folder = self.screen, pack_folder(self.screen.session)
        lines = [screen.tr("ui.reload.problems", count=len(self.errors))]
        for problem in self.errors[:SHOWN_PROBLEMS]:
            if folder is not None and problem.path.is_relative_to(folder):
                problem = replace(problem, path=problem.path.relative_to(folder))
            lines.append("  " + problem.render(screen.lang))
        hidden = len(self.errors) - SHOWN_PROBLEMS
        if hidden > 0:
            lines.append("  " + screen.tr("ui.reload.more", count=hidden))
        return "\n".join(lines)

    def _look(self) -> None:
        """A file of the pack was saved (and the exercise is on top): read it again."""
        watch = self._watch
        if watch is None or self._reading or not self.screen.is_current or not watch.changed():
            return
        self._reading = True
        self.screen.run_worker(self._read, thread=True, group="reload", exit_on_error=False)

    def _read(self) -> None:
        try:
            result = read_again(self.screen.session)
        except BaseException:
            self._reading = False  # the next save tries again
            raise
        with suppress(RuntimeError):  # the app is closing
            self.screen.app.call_from_thread(lambda: self.screen.call_later(self._take, result))

    async def _take(self, result: PackResult) -> None:
        """On the UI thread: one version at a time, in the order they were read."""
        self._reading = False
        screen = self.screen
        if not screen.is_attached:
            return
        screen._take_from_widget()  # what is typed goes with the session, not lost
        old_unit = screen.unit
        outcome = take_new_version(screen.medarbeider.service, screen.session, result)
        self.errors = outcome.errors
        for line in screen.query("#pack-problems").results(Static):
            line.update(safe(self._errors_text()))
            line.display = bool(self.errors)
        if outcome.taken:
            await self._show_new_version(old_unit.key, old_unit.step.id, outcome)

    async def _show_new_version(self, key: str, step_id: str, outcome: Reloaded) -> None:
        screen = self.screen
        session = screen.session
        units = session.units
        at = next((i for i, u in enumerate(units) if u.key == key), None)
        if at is None:
            at = next((i for i, u in enumerate(units) if u.step.id == step_id), None)
        if at is None:
            at = min(screen.index, len(units) - 1)
        title = safe_line(render(session.exercise.title, screen.lang))
        screen.query_one("#exercise-title", Static).update(title)
        await screen.show_unit(at)
        said = screen.tr("ui.reload.done", time=datetime.now().strftime("%H:%M:%S"))
        if outcome.kept:
            keys = ", ".join(outcome.kept)
            said += " " + screen.tr("ui.reload.kept", count=len(outcome.kept), keys=keys)
        notice(screen, said, timeout=6)
