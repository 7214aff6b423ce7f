"""«Last time» while answering: what the exercise screen shows of the previous entry, and the
one key (Ctrl+L) that hides or shows it.

The previous answers come from the service (`ReflectionService.last_time`, built by
`report.lasttime`); this keeps them for the screen, per language, and decides what the key
does on each kind of step: on a scale it hides or shows every «sist: 4 · 03.11.2026» (for the
whole app: a coach may want them hidden), on a text step it shows or hides last time's text,
and on a list (prioritering's tasks) it takes last time's entries in, to keep, drop or add to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medarbeider_tui.content import model as m
from medarbeider_tui.i18n import LocalizedError
from medarbeider_tui.report.lasttime import LastTime
from medarbeider_tui.service import ExerciseSession, ReflectionService, Unit

if TYPE_CHECKING:
    from medarbeider_tui.ui.app import MedarbeiderApp


class LastTimeShown:
    """The previous complete entry of a session's exercise, as one exercise screen shows it."""

    def __init__(self, service: ReflectionService, session: ExerciseSession) -> None:
        self._service = service
        self._session = session
        self._found: dict[str, LastTime | None] = {}
        self.texts_shown: set[int] = set()
        """The units (by index) whose step shows last time's text."""

    def get(self, language: str) -> LastTime | None:
        """Last time, in ``language`` (None when this is the first time, or it cannot be read)."""
        if language not in self._found:
            session = self._session
            try:
                found = self._service.last_time(
                    session.pack, session.exercise, language, excluding=session.entry.id
                )
            except LocalizedError:  # the diary cannot be read now: answering goes on without
                found = None
            self._found[language] = found
        return self._found[language]

    def known(self, language: str) -> LastTime | None:
        """Last time if it has been looked up already (`get`); never reads the diary."""
        return self._found.get(language)

    def looked_up(self, language: str) -> bool:
        return language in self._found

    def act(self, unit: Unit, index: int, app: MedarbeiderApp, language: str) -> list[str] | None:
        """What Ctrl+L does on ``unit``; a list answer to give when it takes entries in."""
        last = self.get(language)
        step = unit.step
        if isinstance(step, m.TextStep):
            self.texts_shown ^= {index}
            return None
        if isinstance(step, m.ListStep) and last is not None and step.id in last.lists:
            now = self._session.answers.get(step.id) or []
            merged = list(now) + [e for e in last.lists[step.id] if e not in now]
            return merged[: step.max_items]
        app.show_last_time = not app.show_last_time
        return None
