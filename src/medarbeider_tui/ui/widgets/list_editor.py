"""A short list the person writes: add with Enter, pick an item to edit or remove it.

| Key | Where | Does |
|---|---|---|
| Enter | the field | add the item (or save the edit) |
| Enter | the list | edit the highlighted item |
| Delete | the list | remove the highlighted item |

What cannot be added (an item already on the list, one over the length limit, one more than
the list takes) stays in the field, and a line below says why: nothing typed is cleared without
a word.
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
from medarbeider_tui.ui.safe import safe, safe_line
from medarbeider_tui.ui.widgets.room import room_note


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


@dataclass(frozen=True)
class ListTexts:
    """What the editor says, in the person's language: ``{entry}``, ``{max}``, ``{length}``
    and ``{limit}`` are filled in."""

    placeholder: str
    help: str
    empty: str
    duplicate: str = "{entry} is already on the list."
    full: str = "The list is full ({max})."
    now_full: str = "The list is full now ({max})."
    too_long: str = "{length} characters; at most {limit}."


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
        texts: ListTexts,
        max_items: int,
        max_length: int,
        hint: str = "",
        language: str = "nb",
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, classes="list-editor")
        self.entries = list(entries)
        self.texts = texts
        self.max_items = max_items
        self.max_length = max_length
        self.hint = hint
        self.language = language
        self.editing: int | None = None
        self._emptied = False  # the field was emptied by adding: its Changed keeps the note

    def compose(self) -> ComposeResult:
        yield EntryList(*[safe_line(e) for e in self.entries], id="entries")
        yield Static(self.texts.empty, classes="empty", id="empty")
        yield Input(placeholder=self.texts.placeholder, id="new-entry", select_on_focus=False)
        yield Static("", classes="error", id="list-message")
        yield Static(safe("  ".join(t for t in (self.hint, self.texts.help) if t)), classes="hint")

    def on_mount(self) -> None:
        self._show()

    def _show(self) -> None:
        entries = self.query_one(EntryList)
        entries.clear_options()
        entries.add_options([safe_line(e) for e in self.entries])
        entries.display = bool(self.entries)
        entries.styles.height = len(self.entries) + 2  # the border; CSS caps it at max-height
        self.query_one("#empty").display = not self.entries

    def _say(self, text: str) -> None:
        self.query_one("#list-message", Static).update(safe(text))

    def _changed(self) -> None:
        self._show()
        self.post_message(self.Changed(self, list(self.entries)))

    @on(Input.Changed, "#new-entry")
    def _typing(self, event: Input.Changed) -> None:
        event.stop()
        if self._emptied and not event.value:
            self._emptied = False
            return
        self._say(room_note(len(event.value.strip()), self.max_length, self.language))

    @on(Input.Submitted, "#new-entry")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if not text:
            return
        texts = self.texts
        others = [e for n, e in enumerate(self.entries) if n != self.editing]
        if len(text) > self.max_length:
            self._say(texts.too_long.format(length=len(text), limit=self.max_length))
            return
        if text in others:
            self._say(texts.duplicate.format(entry=text))
            return
        if self.editing is not None and self.editing < len(self.entries):
            self.entries[self.editing] = text
            self.editing = None
        elif len(self.entries) >= self.max_items:
            self._say(texts.full.format(max=self.max_items))
            return
        else:
            self.entries.append(text)
        self._emptied = True
        event.input.value = ""
        self._say(texts.now_full.format(max=self.max_items) if self._full else "")
        self._changed()

    @property
    def _full(self) -> bool:
        return len(self.entries) >= self.max_items

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
        self._say("")
        self._changed()
