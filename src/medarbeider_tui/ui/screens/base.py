"""What every medarbeider screen shares: the typed app, translation, live language switch."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar, cast

from textual.screen import ModalScreen, Screen

from medarbeider_tui.ui.localize import LocalizedBindings

if TYPE_CHECKING:
    from medarbeider_tui.ui.app import MedarbeiderApp

ResultT = TypeVar("ResultT")


class _Shared:
    @property
    def medarbeider(self) -> MedarbeiderApp:
        return cast("MedarbeiderApp", getattr(self, "app"))  # noqa: B009 - typed view of .app

    @property
    def lang(self) -> str:
        return self.medarbeider.language

    def tr(self, key: str, **values: object) -> str:
        return self.medarbeider.tr(key, **values)


class _InOrder:
    """Work under way that keys typed meanwhile must wait for (see ``ui.typeahead``)."""

    input_busy: int = 0
    """More than 0 while the screen rebuilds or moves: the next key waits until it is done."""

    @contextmanager
    def busy(self) -> Iterator[None]:
        self.input_busy += 1
        try:
            yield
        finally:
            self.input_busy -= 1


class _Relabelled(_InOrder):
    """A language switch rebuilds a screen's texts; focus and place are kept across it."""

    def language_changed(self) -> None:
        self.input_busy += 1  # from now: a key typed after F2 acts on the rebuilt screen
        self.call_later(self._recompose_in_language)  # type: ignore[attr-defined]

    async def _recompose_in_language(self) -> None:
        try:
            screen = cast("Screen[object]", self)
            focused = screen.focused.id if screen.focused is not None else None
            state = self.save_state()
            await screen.recompose()
            self.restore_state(state)
            if focused:
                again = screen.query(f"#{focused}")
                if again:
                    again.first().focus()
        finally:
            self.input_busy -= 1

    def save_state(self) -> object:
        """What to carry over a rebuild (a highlighted row, a cursor); override as needed."""
        return None

    def restore_state(self, state: object) -> None:
        """Put back what ``save_state`` kept, in the rebuilt widgets."""


class BaseScreen(LocalizedBindings, _Relabelled, _Shared, Screen[ResultT]):
    """A full screen whose texts follow the language."""


class BaseModal(LocalizedBindings, _Relabelled, _Shared, ModalScreen[ResultT]):
    """A dialog over the current screen."""
