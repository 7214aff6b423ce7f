"""A short list the person writes: add with Enter, pick an item to edit or remove it.

| Key | Where | Does |
|---|---|---|
| Enter | the field | add the item (or save the edit) |
| Enter | the list | edit the highlighted item |
| Delete | the list | remove the highlighted item |
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList, Static

from medarbeider_tui.ui.localize import LocalizedBindings


class EntryList(LocalizedBindings, OptionList):
    BINDINGS = [
        Binding("delete,backspace", "remove", "key.remove"),
        Binding("enter", "select", "key.edit"),
    ]

    @dataclass
    class RemoveRequested(Message):
        index: int

    def action_remove(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.RemoveRequested(self.highlighted))


class ListEditor(Vertical):
    """Entries as a list above an input; posts ``Changed`` with the entries."""

    @dataclass
    class Changed(Message):
        editor: ListEditor
        entries: list[str]

        @property
        def control(self) -> ListEditor:
            return self.editor

    def __init__(
        self,
        entries: list[str],
        placeholder: str,
        help_text: str,
        empty_text: str,
        max_items: int,
        hint: str = "",
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, classes="list-editor")
        self.entries = list(entries)
        self.placeholder = placeholder
        self.help_text = help_text
        self.empty_text = empty_text
        self.max_items = max_items
        self.hint = hint
        self.editing: int | None = None

    def compose(self) -> ComposeResult:
        yield EntryList(*self.entries, id="entries")
        yield Static(self.empty_text, classes="empty", id="empty")
        yield Input(placeholder=self.placeholder, max_length=200, id="new-entry")
        yield Static("  ".join(t for t in (self.hint, self.help_text) if t), classes="hint")

    def on_mount(self) -> None:
        self._show()

    def _show(self) -> None:
        entries = self.query_one(EntryList)
        entries.clear_options()
        entries.add_options(self.entries)
        entries.display = bool(self.entries)
        entries.styles.height = len(self.entries) + 2  # the border; CSS caps it at max-height
        self.query_one("#empty").display = not self.entries

    def _changed(self) -> None:
        self._show()
        self.post_message(self.Changed(self, list(self.entries)))

    @on(Input.Submitted, "#new-entry")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if not text:
            return
        if self.editing is not None and self.editing < len(self.entries):
            self.entries[self.editing] = text
            self.editing = None
        elif text not in self.entries and len(self.entries) < self.max_items:
            self.entries.append(text)
        event.input.value = ""
        self._changed()

    @on(OptionList.OptionSelected, "#entries")
    def _edit(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.editing = event.option_index
        field = self.query_one("#new-entry", Input)
        field.value = self.entries[event.option_index]
        field.focus()

    @on(EntryList.RemoveRequested)
    def _remove(self, event: EntryList.RemoveRequested) -> None:
        event.stop()
        del self.entries[event.index]
        self.editing = None
        self._changed()
