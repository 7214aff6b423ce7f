"""What every medarbeider screen shares: the typed app, translation, live language switch."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, cast

from textual.screen import ModalScreen, Screen

from medarbeider_tui.ui.localize import localize_tree

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


class BaseScreen(_Shared, Screen[ResultT]):
    """A full screen whose texts follow the language."""

    def on_mount(self) -> None:
        self.call_after_refresh(localize_tree, self, self.lang)

    def language_changed(self) -> None:
        self.refresh(recompose=True)


class BaseModal(_Shared, ModalScreen[ResultT]):
    """A dialog over the current screen."""

    def on_mount(self) -> None:
        self.call_after_refresh(localize_tree, self, self.lang)

    def language_changed(self) -> None:
        self.refresh(recompose=True)
