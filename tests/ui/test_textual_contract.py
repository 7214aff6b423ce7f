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
