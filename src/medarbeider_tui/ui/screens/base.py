"""What every medarbeider screen shares: the typed app, translation, live language switch."""

from __future__ import annotations

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


class BaseScreen(LocalizedBindings, _Shared, Screen[ResultT]):
    """A full screen whose texts follow the language."""

    def language_changed(self) -> None:
        self.refresh(recompose=True)


class BaseModal(LocalizedBindings, _Shared, ModalScreen[ResultT]):
    """A dialog over the current screen."""

    def language_changed(self) -> None:
        self.refresh(recompose=True)
