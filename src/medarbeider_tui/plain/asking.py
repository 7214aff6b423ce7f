"""What every asker shares: saving that tells the truth, positions, and the common prompt loop.

An answer is saved the moment it is typed (each line of a text, each list item, each placement,
each part of a plan), so end of input, Ctrl+C or a signal never costs more than the line being
typed. A save that fails (a full disk, an entry deleted elsewhere) is said once, in the person's
language; the answer stays in memory and the next change tries again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import AnswerError
from medarbeider_tui.diary import DiaryUnavailable, EntryDeleted
from medarbeider_tui.i18n import LocalizedError
from medarbeider_tui.plain.console import Console, Keys
from medarbeider_tui.plain.keys import Clear
from medarbeider_tui.report.prose import first_line, markdown_to_plain
from medarbeider_tui.service import ExerciseSession, Unit


class Asking:
    """The console and the session of one walk, and saving that says what happened."""

    def __init__(self, console: Console, session: ExerciseSession) -> None:
        self.console = console
        self.session = session
        self.unsaved: LocalizedError | None = None
        """Why the last save failed, while it still has not succeeded."""

    @property
    def answers(self) -> dict[str, Any]:
        return self.session.answers

    def save(self, key: str, value: Any) -> bool:
        """Check and keep ``value``; False (and one line saying why) when it does not fit."""
        try:
            self.session.set_answer(key, value, save=False)
        except AnswerError as problem:
            self.console.say(problem.render(self.console.lang))
            return False
        self.write()
        return True

    def clear(self, key: str) -> bool:
        """Remove the answer under ``key``; False if there was none."""
        if key not in self.session.answers:
            return False
        self.session.clear_answer(key, save=False)
        self.write()
        return True

    def move_to(self, step: m.AnyStep) -> None:
        self.session.move_to(step, save=False)
        self.write()

    def write(self) -> None:
        """Write what changed; a failure is said once, and the next change tries again."""
        try:
            self.session.save_pending()
        except (DiaryUnavailable, EntryDeleted) as failed:
            if self.unsaved is None:
                self.console.say(failed.render(self.console.lang))
                self.console.say(self.console.text("plain.save_retry"))
            self.unsaved = failed
            return
        if self.unsaved is not None:
            self.unsaved = None
            self.console.say(self.console.text("plain.saved_again"))

    def step_name(self, step: m.AnyStep) -> str:
        """«Steg 5 av 7 (Hva vil du mest?)»: a step named in a sentence."""
        number = self.session.steps.index(step) + 1
        position = self.console.text("plain.step", n=number, total=len(self.session.steps))
        name = self.session.step_text(step, "title", self.console.lang) or first_line(
            markdown_to_plain(self.session.step_text(step, "prompt", self.console.lang))
        )
        return f"{position} ({name})" if name else position

    def step_header(self, step: m.AnyStep) -> str:
        """«Steg 3 av 6: Selvbevissthet»."""
        number = self.session.steps.index(step) + 1
        position = self.console.text("plain.step", n=number, total=len(self.session.steps))
        title = self.session.step_text(step, "title", self.console.lang)
        return f"{position}: {title}" if title else f"{position}."


class Asker:
    """Asks one unit (a step, or one statement of a scale) until it is answered or left.

    ``introduce`` says the step (once when the walk reaches it, and again on «?»); ``ask`` asks
    and saves, and returns when the walk may go on. «<» at the unit's first prompt and the end of
    input leave as `Back` and `Quit`.
    """

    def __init__(self, asking: Asking, unit: Unit, *, can_go_back: bool) -> None:
        self.asking = asking
        self.console = asking.console
        self.session = asking.session
        self.unit = unit
        self.can_go_back = can_go_back

    @property
    def lang(self) -> str:
        return self.console.lang

    def text(self, key: str, /, **values: object) -> str:
        return self.console.text(key, **values)

    def introduce(self) -> None:
        self.console.say("")
        self.console.say(self.asking.step_header(self.unit.step))
        self.console.prose(self.session.step_text(self.unit.step, "prompt", self.lang))

    def ask(self) -> None:
        raise NotImplementedError

    # --- shared pieces ------------------------------------------------------------------------

    def enter_key(self, answered: bool) -> str | None:
        """What Enter alone does at a question: keep the answer, skip, or (required) nothing."""
        if answered:
            return "plain.enter.keep"
        return "plain.enter.skip" if self.unit.step.optional else None

    def keys(self, answered: bool, clear: str = "plain.key.clear") -> Keys:
        return Keys(
            enter=self.enter_key(answered),
            clear=clear if answered else None,
            back=self.can_go_back,
        )

    def cleared(self, had_answer: bool) -> None:
        self.console.say(self.text("plain.cleared" if had_answer else "plain.nothing_to_clear"))

    def answer_line(
        self,
        key: str,
        ask: str,
        parse: Callable[[str], Any],
        what: Callable[[str], str],
        after: Callable[[Any], None] | None = None,
    ) -> None:
        """One line answers the question: ask until it is given, kept or (optional) skipped.

        ``parse`` gives the value for a line, or None if it does not fit; ``what`` says, for the
        line given, what would fit.
        """
        while True:
            answered = key in self.asking.answers
            keys = self.keys(answered)
            try:
                line = self.console.read(self.console.prompt(ask, keys), keys)
            except Clear:
                self.cleared(self.asking.clear(key))
                continue
            typed = line.strip()
            if not typed:
                if answered or self.unit.step.optional:
                    return
                self.console.say(self.text("plain.required"))
                continue
            value = parse(line)
            if value is None:
                self.console.wrong(what(typed), typed)
                continue
            if self.asking.save(key, value):
                if after is not None:
                    after(value)
                return
