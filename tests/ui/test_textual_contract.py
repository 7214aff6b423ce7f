"""What medarbeider relies on in Textual beyond its public API: fails loudly on an upgrade.

``ui/localize.py`` rewrites the binding texts of live nodes through ``DOMNode._bindings``, and
Textual is pinned (pyproject.toml) so this holds. If an upgrade breaks any of it, these tests
say exactly what changed before a footer quietly shows «key.next». ``ui/typeahead.py`` reads
``Message._stop_propagation`` to know a key passed on has been taken by a widget.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingsMap
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from medarbeider_tui.ui.localize import LocalizedBindings, localize_tree, message_keys


class Keyed(LocalizedBindings, Widget, can_focus=True):
    BINDINGS: ClassVar[list[Binding]] = [
        Binding("ctrl+n,f9", "next", "key.next"),
        Binding("x", "other", "Literal"),
    ]


class Host(App[None]):
    language = "en"

    def compose(self) -> ComposeResult:
        yield Keyed(id="one")
        yield Keyed(id="two")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#one").focus()


def test_each_node_has_its_own_bindings_map() -> None:
    first, second = Widget(), Widget()
    assert isinstance(first._bindings, BindingsMap)
    assert isinstance(first._bindings.key_to_bindings, dict)
    assert first._bindings is not second._bindings, "nodes would share (and leak) texts"


def test_message_keys_come_from_the_declared_bindings() -> None:
    assert message_keys(Keyed) == {("ctrl+n", "next"): "key.next", ("f9", "next"): "key.next"}


async def run(app: App[Any]) -> list[str]:
    async with app.run_test() as pilot:
        await pilot.pause()
        texts = [key.description for key in app.screen.query(FooterKey)]
        app.language = "nb"  # type: ignore[misc]
        localize_tree(app.screen, "nb")
        await pilot.pause()
        await pilot.pause()
        return texts + ["|"] + [key.description for key in app.screen.query(FooterKey)]


async def test_the_footer_shows_the_rewritten_texts_and_follows_a_switch() -> None:
    shown = await run(Host())
    before, after = shown[: shown.index("|")], shown[shown.index("|") + 1 :]
    assert "Next" in before and "key.next" not in before, before
    assert "Neste" in after and "Next" not in after, after
    assert "Literal" in before and "Literal" in after
    # The class's own declaration is untouched: a new node starts from the message key again.
    assert Keyed.BINDINGS[0].description == "key.next"


def test_a_stopped_message_says_so() -> None:
    """The feeder takes a key as handled once a widget has stopped it (`KeyFeeder._in_flight`)."""
    from textual import events

    key = events.Key("x", "x")
    assert key._stop_propagation is False
    assert not key.is_forwarded
    key.stop()
    assert key._stop_propagation is True


# --- the history's table (ui/screens/history.py EntryTable) ------------------------------------


class Entries(App[None]):
    def compose(self) -> ComposeResult:
        from medarbeider_tui.ui.screens.history import EntryTable

        yield EntryTable(id="entries")


async def test_the_entry_tables_own_size_is_the_size_textual_measures() -> None:
    """EntryTable skips DataTable's measuring (fixed widths, two-line rows): the scrollable
    size it sets must be the one Textual's own `_update_dimensions` would."""
    from textual.widgets import DataTable

    from medarbeider_tui.ui.screens.history import EntryTable

    app = Entries()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(EntryTable)
        table.add_column("Dato", width=18, key="date")
        table.add_column("Øvelse og resultat", width=50, key="story")
        keys = [table.add_row(f"{n}\nfullført", f"Hall {n}\nPROAKTIV", height=2) for n in range(7)]
        await pilot.pause()
        ours = table.virtual_size
        DataTable._update_dimensions(table, keys)
        assert table.virtual_size == ours == (18 + 50 + 4, 7 * 2 + 1)


def test_only_the_data_table_handles_resize_below_the_entry_table() -> None:
    """EntryTable's Resize handler stops the event before DataTable's (which only drops the
    render caches); a handler added further down by an upgrade would be skipped too."""
    from medarbeider_tui.ui.screens.history import EntryTable

    handlers = [
        cls.__name__
        for cls in EntryTable.__mro__
        if "_on_resize" in cls.__dict__ or "on_resize" in cls.__dict__
    ]
    assert handlers == ["EntryTable", "DataTable"]
