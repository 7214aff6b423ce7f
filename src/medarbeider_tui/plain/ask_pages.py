"""The steps that ask nothing: an info card, and a result (which can be heard again with «=»)."""

from __future__ import annotations

from medarbeider_tui.content import model as m
from medarbeider_tui.export.text import result_lines
from medarbeider_tui.plain.asking import Asker
from medarbeider_tui.plain.console import Keys
from medarbeider_tui.plain.keys import Repeat
from medarbeider_tui.report.build import build_figures


class InfoAsker(Asker):
    """The card's text, then Enter to go on."""

    @property
    def step(self) -> m.InfoStep:
        assert isinstance(self.unit.step, m.InfoStep)
        return self.unit.step

    def introduce(self) -> None:
        super().introduce()
        self.console.prose(self.session.step_text(self.step, "body", self.lang))

    def ask(self) -> None:
        keys = Keys(clearable=False, back=self.can_go_back)
        ask = self.text("plain.enter_to_continue")
        while True:
            try:
                self.console.read(self.console.prompt(ask, keys), keys)
                return
            except Repeat:
                self.introduce()


class ResultAsker(Asker):
    """The result in words (and, in plain mode without the screen-reader setting, the grid).

    At a terminal a pause follows, so the result does not run into the next question; «=» says
    it again there and at every prompt after it. A script's input is never asked to press Enter.
    """

    @property
    def step(self) -> m.ResultStep:
        assert isinstance(self.unit.step, m.ResultStep)
        return self.unit.step

    def result(self) -> list[str]:
        session = self.session
        figures = build_figures(
            session.exercise, session.pack, session.results(), self.lang, self.step.show
        )
        return result_lines(figures, self.lang, self.console.style)

    def introduce(self) -> None:
        super().introduce()
        self.console.lines(self.result())

    def replay(self) -> None:
        self.console.say("")
        self.console.say(self.asking.step_header(self.step))
        self.console.lines(self.result())

    def ask(self) -> None:
        self.console.replay = self.replay
        if not self.console.interactive:
            return
        keys = Keys(clearable=False, back=self.can_go_back)
        ask = self.text("plain.result_continue")
        while True:
            try:
                self.console.read(self.console.prompt(ask, keys), keys)
                return
            except Repeat:
                self.replay()
