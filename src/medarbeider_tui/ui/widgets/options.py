"""A list of numbered answers: the widget behind scale statements and choices.

| Key | Does |
|---|---|
| 1–9, 0 | answer with that number (toggle it, in a multiple choice) |
| ↑ ↓ | move |
| Enter | answer with the highlighted option, as its number would (toggle, in a multiple choice) |
| Space | toggle, in a multiple choice |

The chosen options carry a ``●`` (a single choice) or a ``☑`` (a multiple choice: boxes, not
round radio marks) and bold text, so the state reads without colour. The cursor (where ↑ ↓
and Enter act, on the first option until the person moves it) is only a ``›`` before its row:
a filled row would read as an answer on a shared screen, before anything is chosen.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text as RichText
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from medarbeider_tui.ui.localize import LocalizedBindings
from medarbeider_tui.ui.safe import plain


@dataclass(frozen=True)
class AnswerOption:
    """One answer: the value stored, the key that picks it, and the text shown."""

    value: object
    key: str
    label: str


class AnswerOptions(LocalizedBindings, OptionList):
    """Numbered options, single or multiple; posts ``Changed`` with the chosen values."""

    BINDINGS = [
        Binding("space", "toggle_option", "key.toggle", show=False),
    ]

    @dataclass
    class Changed(Message):
        """The person chose (or unchose) something."""

        options: AnswerOptions
        values: list[object]
        by_key: bool
        """True when a key answered (a digit, or Enter): the screen may move on by itself."""
        typed_at: float = 0.0
        """When that key was typed (the key event's time)."""

        @property
        def control(self) -> AnswerOptions:
            return self.options

    def __init__(
        self,
        answers: list[AnswerOption],
        chosen: list[object] | None = None,
        multiple: bool = False,
        *,
        id: str | None = None,
    ) -> None:
        self.answers = answers
        self.multiple = multiple
        self.chosen: list[object] = list(chosen or [])
        super().__init__(*self._build(), id=id)

    def on_mount(self) -> None:
        first = next((i for i, a in enumerate(self.answers) if a.value in self.chosen), 0)
        self.highlighted = first

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        self._refresh_marks()

    def _prompt(self, answer: AnswerOption, at_cursor: bool = False) -> RichText:
        on = answer.value in self.chosen
        text = RichText()
        text.append("› " if at_cursor else "  ", style="bold")
        marks = ("☑ ", "☐ ") if self.multiple else ("● ", "○ ")
        text.append(marks[0] if on else marks[1], style="bold" if on else "")
        text.append(f"{answer.key}  ", style="bold")
        text.append(plain(answer.label), style="bold" if on else "")
        return text

    def _build(self) -> list[Option]:
        return [Option(self._prompt(answer)) for answer in self.answers]

    def _refresh_marks(self) -> None:
        for index, answer in enumerate(self.answers):
            at_cursor = index == self.highlighted
            self.replace_option_prompt_at_index(index, self._prompt(answer, at_cursor))

    def _choose(self, index: int, by_key: bool, typed_at: float = 0.0) -> None:
        value = self.answers[index].value
        if self.multiple:
            if value in self.chosen:
                self.chosen.remove(value)
            else:
                self.chosen.append(value)
            # keep the options' order, not the order of clicking
            self.chosen.sort(key=lambda v: [a.value for a in self.answers].index(v))
        else:
            self.chosen = [value]
        self.highlighted = index
        self._refresh_marks()
        self.post_message(self.Changed(self, list(self.chosen), by_key, typed_at))

    def on_key(self, event: events.Key) -> None:
        if event.key == "enter" and self.highlighted is not None:
            # Enter answers as the highlighted option's number would (and moves on with it)
            event.stop()
            event.prevent_default()
            self._choose(self.highlighted, by_key=not self.multiple, typed_at=event.time)
            return
        for index, answer in enumerate(self.answers):
            if event.character is not None and event.character == answer.key:
                event.stop()
                event.prevent_default()
                self._choose(index, by_key=not self.multiple, typed_at=event.time)
                return

    def action_select(self) -> None:
        if self.highlighted is not None:
            self._choose(self.highlighted, by_key=False)

    def action_toggle_option(self) -> None:
        if self.multiple and self.highlighted is not None:
            self._choose(self.highlighted, by_key=False)
