"""A written answer: one line, or several ended by a line holding only «.».

Each line of a longer answer is saved as it is typed, so the end of input or Ctrl+C in the
middle keeps what was written (and says so). A line that would take the answer past its length
limit is refused with the room left; the person sees it, nothing is cut silently.
"""

from __future__ import annotations

from medarbeider_tui.content import model as m
from medarbeider_tui.export.text import about_lines
from medarbeider_tui.i18n import Count, Translatable
from medarbeider_tui.plain.asking import Asker
from medarbeider_tui.plain.console import Keys
from medarbeider_tui.plain.keys import Clear, Quit, Repeat
from medarbeider_tui.plain.signals import Stopped
from medarbeider_tui.report.build import build_figures

#: A current answer longer than this is shown by its start and its length.
SHOWN_ANSWER = 300


class TextAsker(Asker):
    @property
    def step(self) -> m.TextStep:
        assert isinstance(self.unit.step, m.TextStep)
        return self.unit.step

    def introduce(self) -> None:
        self.console.say("")
        self.console.say(self.asking.step_header(self.step))
        if self.step.about:
            session = self.session
            figures = build_figures(
                session.exercise, session.pack, session.results(), self.lang, [self.step.about]
            )
            self.console.lines(about_lines(figures, self.lang, self.console.style))
        self.console.prose(self.session.step_text(self.step, "prompt", self.lang))
        if self.step.hint:
            self.console.prose(self.session.step_text(self.step, "hint", self.lang))

    def ask(self) -> None:
        while True:
            self.show_current()
            try:
                if self.step.multiline:
                    self.ask_lines()
                else:
                    self.answer_line(self.step.id, self.ask_text(), self.one_line, self.what)
                return
            except Repeat:
                self.introduce()

    def show_current(self) -> None:
        current = self.asking.answers.get(self.step.id)
        if current is None:
            return
        if len(current) <= SHOWN_ANSWER:
            self.console.say(self.text("plain.current", answer=current))
        else:
            start = current[:SHOWN_ANSWER].rsplit(" ", 1)[0]
            self.console.say(
                self.text("plain.current_start", start=start, length=Count(len(current)))
            )

    def ask_text(self) -> str:
        if not self.step.multiline:
            ask = self.text("plain.text_one_line")
        else:
            ask = self.text("plain.text_lines", end=self.console.end_name())
        if self.step.id in self.asking.answers:
            ask += " " + self.text("plain.text_replaces")
        return ask

    def one_line(self, line: str) -> str | None:
        text = line.strip()
        return text if len(text) <= self.step.max_length else None

    def what(self, typed: str) -> str:
        return self.text(
            "plain.what.shorter", limit=Count(self.step.max_length), length=Count(len(typed))
        )

    def ask_lines(self) -> None:
        key = self.step.id
        while True:
            answered = key in self.asking.answers
            keys = self.keys(answered)
            try:
                first = self.console.read(self.console.prompt(self.ask_text(), keys), keys)
            except Clear:
                self.cleared(self.asking.clear(key))
                continue
            typed = first.strip()
            if not typed or typed == ".":
                if answered or self.step.optional:
                    return
                self.console.say(self.text("plain.required"))
                continue
            if len(typed) > self.step.max_length:
                self.console.wrong(self.what(typed))
                continue
            if self.asking.save(key, first):
                self.more_lines([first])
                return

    def more_lines(self, lines: list[str]) -> None:
        """Lines after the first, each saved as it comes, until a line holding only «.»."""
        limit = self.step.max_length
        while True:
            prompt = self.text("plain.text_line", n=len(lines) + 1) + ": "
            try:
                line = self.console.read(prompt, Keys(commands=False))
            except Quit:
                raise Quit(Translatable("plain.kept_text", count=len(lines))) from None
            except Stopped as stopped:
                stopped.kept = Translatable("plain.kept_text", count=len(lines))
                raise
            if line.strip() == ".":
                return
            text = "\n".join([*lines, line]).strip()
            if len(text) > limit:
                so_far = len("\n".join(lines).strip())
                self.console.say(
                    self.text(
                        "plain.text_full",
                        limit=Count(limit),
                        length=Count(so_far),
                        end=self.console.end_name(),
                    )
                )
                continue
            lines.append(line)
            self.asking.save(self.step.id, text)
            room = limit - len(text)
            if room < max(200, limit // 10):
                self.console.say(self.text("plain.text_room", count=room, shown=Count(room)))
