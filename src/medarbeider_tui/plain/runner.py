"""Walk one exercise line by line: the accessible, plain-terminal mode.

Modelled on huh's accessible mode, without its gaps: every prompt says what it asks, where it is
(«Utsagn 2 av 6»), the range and what its ends mean, and which keys act there; a wrong answer
gets one short line and the same prompt. ``?`` repeats, ``<`` goes back, ``-`` clears, ``=``
repeats the last result, an empty line keeps or skips, a longer text ends with a line holding
only ``.``. Every answer is saved as it is typed; the end of input, Ctrl+C, SIGTERM or SIGHUP
keep the draft (saved while unwinding, never from a signal handler) and say how to resume.
"""

from __future__ import annotations

import contextlib
from typing import TextIO, assert_never

from medarbeider_tui.content import model as m
from medarbeider_tui.content.text import render
from medarbeider_tui.diary import DiaryUnavailable, EntryDeleted
from medarbeider_tui.i18n import Translatable
from medarbeider_tui.plain.ask_choice import ChoiceAsker
from medarbeider_tui.plain.ask_list import ListAsker
from medarbeider_tui.plain.ask_number import NumberAsker
from medarbeider_tui.plain.ask_pages import InfoAsker, ResultAsker
from medarbeider_tui.plain.ask_plan import PlanAsker
from medarbeider_tui.plain.ask_ranking import RankingAsker
from medarbeider_tui.plain.ask_scale import ScaleAsker
from medarbeider_tui.plain.ask_sort import SortAsker
from medarbeider_tui.plain.ask_text import TextAsker
from medarbeider_tui.plain.asking import Asker, Asking
from medarbeider_tui.plain.console import Console
from medarbeider_tui.plain.keys import Back, Key, Quit
from medarbeider_tui.plain.lines import TerminalLines
from medarbeider_tui.plain.signals import Stopped, signals_end_the_walk, signals_held
from medarbeider_tui.service import ExerciseSession, Unit


class PlainRunner:
    """Asks the questions of one session and saves each answer as it comes."""

    def __init__(
        self,
        session: ExerciseSession,
        language: str,
        stdin: TextIO | TerminalLines,
        stdout: TextIO,
        *,
        screen_reader: bool = False,
    ) -> None:
        self.session = session
        self.console = Console(stdin, stdout, language, screen_reader=screen_reader)
        self.asking = Asking(self.console, session)
        self.units = session.units

    def run(self) -> int:
        """0 when the exercise was completed, 130 when the person stopped (draft kept), 1 when
        the answers could not be saved. A signal saves the draft, then ends the program."""
        stop: BaseException | None = None
        kept: Translatable | None = None
        code = 130
        with signals_end_the_walk():
            try:
                self.begin()
                self.walk()
                code = self.complete()
            except Quit as ended:
                stop, kept = ended, ended.kept
            except Stopped as stopped:
                stop, kept = stopped, stopped.kept
            except KeyboardInterrupt as interrupted:
                stop = interrupted
            finally:
                with signals_held():
                    self.asking.write()  # what an interrupted save left unwritten
        if stop is None:
            return code
        with contextlib.suppress(OSError):  # the terminal is gone (SIGHUP): the draft is saved
            self.tell_kept(kept)
        if isinstance(stop, Stopped):
            raise stop
        return 130

    # --- the walk -------------------------------------------------------------------------

    def begin(self) -> None:
        exercise = self.session.exercise
        self.console.say(render(exercise.title, self.console.lang))
        if exercise.attribution:
            self.console.prose(exercise.attribution)
        name = self.console.key_name
        self.console.say(
            self.console.text(
                "plain.intro",
                repeat=name(Key.REPEAT),
                back=name(Key.BACK),
                clear=name(Key.CLEAR),
                result=name(Key.RESULT),
                end=self.console.end_name(),
            )
        )

    def walk(self) -> None:
        """Ask from where the draft left off to the end, and until nothing required is missing."""
        index = self.session.resume_unit()
        introduced: m.AnyStep | None = None
        asked_again: set[str] = set()
        end = len(self.units)
        while True:
            while index < end:
                unit = self.units[index]
                if not self.session.is_shown(unit.step):
                    index += 1  # its condition does not hold: never asked
                    continue
                asker = self.asker_for(unit, can_go_back=self.previous(index) is not None)
                if unit.step is not introduced:
                    asker.introduce()
                    introduced = unit.step
                self.asking.move_to(unit.step)
                try:
                    asker.ask()
                except Back:
                    previous = self.previous(index)
                    if previous is None:
                        self.console.say(self.console.text("plain.at_start"))
                        continue
                    if self.units[previous].step is not unit.step:
                        introduced = None
                    index = previous
                    continue
                index += 1
            missing = self.session.missing_required()
            if not missing:
                return
            names = self.console.join([self.asking.step_name(step) for step in missing])
            if missing[0].id in asked_again:  # it cannot be answered yet (nothing to choose)
                self.console.say(self.console.text("plain.cannot_finish", steps=names))
                raise Quit
            asked_again.add(missing[0].id)
            self.console.say(self.console.text("plain.missing", steps=names))
            # Ask just that step (and whatever «<» leads back to), then look again.
            ours = [i for i, u in enumerate(self.units) if u.step is missing[0]]
            index, end, introduced = ours[0], ours[-1] + 1, None

    def previous(self, index: int) -> int | None:
        """The question before unit ``index`` (info cards and results are passed by)."""
        for i in range(index - 1, -1, -1):
            step = self.units[i].step
            if not isinstance(step, m.InfoStep | m.ResultStep) and self.session.is_shown(step):
                return i
        return None

    def asker_for(self, unit: Unit, *, can_go_back: bool) -> Asker:
        step = unit.step
        kind: type[Asker]
        match step:
            case m.InfoStep():
                kind = InfoAsker
            case m.ResultStep():
                kind = ResultAsker
            case m.ScaleStep():
                kind = ScaleAsker
            case m.TextStep():
                kind = TextAsker
            case m.ChoiceStep():
                kind = ChoiceAsker
            case m.ListStep():
                kind = ListAsker
            case m.SortStep():
                kind = SortAsker
            case m.PlanStep():
                kind = PlanAsker
            case m.RankingStep():
                kind = RankingAsker
            case m.NumberStep():
                kind = NumberAsker
            case _:
                assert_never(step)
        return kind(self.asking, unit, can_go_back=can_go_back)

    # --- the end --------------------------------------------------------------------------

    def complete(self) -> int:
        try:
            entry = self.session.complete()
        except (DiaryUnavailable, EntryDeleted) as failed:
            self.console.say(self.console.text("plain.not_saved", reason=failed))
            return 1
        self.console.say("")
        self.console.say(self.console.text("plain.done", id=entry.id))
        return 0

    def tell_kept(self, kept: Translatable | None) -> None:
        """After a stop: what the draft holds, and how to go on (or that nothing was saved)."""
        self.console.say("")
        if self.asking.unsaved is not None:
            self.console.say(self.console.text("plain.not_saved", reason=self.asking.unsaved))
            return
        if not self.session.entry.revision:
            return  # nothing was answered: no draft was written
        if kept is not None:
            self.console.say(kept.render(self.console.lang))
        entry = self.session.entry
        exercise = self.session.exercise.id
        said = self.console.text("run.draft_kept", exercise=exercise, id=entry.id)
        self.console.say(said, whole=True)
