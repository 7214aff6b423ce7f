"""A number with its range and unit: the widget behind number steps.

A line that takes digits, «,» or «.» (and a minus where the range allows it); the unit stands
beside it. What was typed is handed on as typed: the session checks the range and the step,
and the screen says what would fit.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Static

from medarbeider_tui.ui.safe import safe_line


class NumberInput(Horizontal):
    """An input for one number and its unit; posts ``Changed`` with the text typed."""

    DEFAULT_CSS = """
    NumberInput { height: auto; }
    NumberInput Input { width: 16; }
    NumberInput .unit { width: auto; padding: 1 1; }
    """

    @dataclass
    class Changed(Message):
        """The number typed changed (empty: no answer)."""

        number_input: NumberInput
        text: str

        @property
        def control(self) -> NumberInput:
            return self.number_input

    def __init__(
        self, value: str, unit: str, negative: bool = False, *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.value = value
        self.unit = unit
        self.negative = negative

    def compose(self) -> ComposeResult:
        allowed = r"-?[0-9]*[,.]?[0-9]*" if self.negative else r"[0-9]*[,.]?[0-9]*"
        yield Input(self.value, restrict=allowed, id="number")
        if self.unit:
            yield Static(safe_line(self.unit), classes="unit")

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self, event.value.strip()))
