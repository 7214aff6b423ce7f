"""The Textual application: wiring only (themes, language, settings, the first screen).

Screens live in ``ui/screens``, widgets in ``ui/widgets``, styles in ``app.tcss``; answers are
checked, scored and saved by ``session`` below this layer.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen

from medarbeider_tui.i18n import t
from medarbeider_tui.service import ExerciseSession, ReflectionService
from medarbeider_tui.settings import Settings, save_settings
from medarbeider_tui.ui.localize import localize_bindings, localize_tree
from medarbeider_tui.ui.served import is_served
from medarbeider_tui.ui.themes import THEME_NAMES, THEMES

#: In a browser tab (`medarbeider serve`), keys browsers keep (Ctrl+N, Ctrl+B, Ctrl+R, F3) get
#: function keys no browser uses, first, so the footer shows them; the old keys work where they can.
BROWSER_KEYMAP = {"next": "f9,ctrl+n", "back": "f8,ctrl+b", "review": "f4,ctrl+r", "theme": "f4,f3"}


class MedarbeiderApp(App[None]):
    """Guided reflection, one calm screen at a time."""

    CSS_PATH = "app.tcss"
    TITLE = "medarbeider"
    BINDINGS = [
        Binding("ctrl+q", "quit", "key.quit", show=False, priority=True),
        Binding("f2", "toggle_language", "key.language", show=False),
        Binding("f3", "next_theme", "key.theme", show=False, id="theme"),
    ]

    language: reactive[str] = reactive("nb", init=False)
    """The interface language; every screen re-renders its texts when it changes."""

    def __init__(
        self,
        service: ReflectionService,
        settings: Settings,
        language: str,
        session: ExerciseSession | None = None,
    ) -> None:
        super().__init__()
        self.service = service
        self.locations = service.locations
        self.settings = settings
        self.set_reactive(MedarbeiderApp.language, language)
        self._start_session = session
        localize_bindings(self, language)  # before the footer exists: no redraw
        if is_served():
            self.set_keymap(BROWSER_KEYMAP)

    # --- start -----------------------------------------------------------------------------

    def get_default_screen(self) -> Screen[Any]:
        """Home is the bottom of the stack (one screen fewer to build before the first paint)."""
        from medarbeider_tui.ui.screens.home import HomeScreen

        return HomeScreen()

    def on_mount(self) -> None:
        for theme in THEMES:
            self.register_theme(theme)
        self.theme = self.settings.theme if self.settings.theme in THEME_NAMES else THEMES[0].name

        if self._start_session is not None:
            from medarbeider_tui.ui.screens.exercise import ExerciseScreen

            self.push_screen(ExerciseScreen(self._start_session))
        if not self.settings.privacy_seen:
            from medarbeider_tui.ui.screens.about import AboutScreen

            self.push_screen(AboutScreen(first_run=True))
        self.show_notices()

    # --- language, theme, settings -------------------------------------------------------

    def tr(self, key: str, **values: object) -> str:
        """Interface text in the current language."""
        return t(key, self.language, **values)

    def watch_language(self, language: str) -> None:
        self.settings.language = language
        self.remember_settings()
        localize_bindings(self, language)
        for screen in self.screen_stack:
            localize_tree(screen, language)
            refresh = getattr(screen, "language_changed", None)
            if refresh is not None:
                refresh()

    def action_toggle_language(self) -> None:
        self.language = "en" if self.language == "nb" else "nb"

    def action_next_theme(self) -> None:
        names = list(THEME_NAMES)
        current = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(current + 1) % len(names)]
        self.settings.theme = self.theme
        self.remember_settings()
        self.notify(self.tr("ui.theme.changed", name=self.theme), timeout=3)

    def remember_settings(self) -> None:
        try:
            save_settings(self.locations, self.settings)
        except OSError as exc:  # settings are a convenience: say so, carry on
            self.notify(str(exc), severity="warning")

    def show_notices(self) -> None:
        """What the diary and the pack loader found (a quarantined file, a skipped pack, a
        conflict copy), as calm notices; the service hands each one over exactly once."""
        for notice in self.service.take_notices():
            self.notify(notice.render(self.language), severity="warning", timeout=15)

    # --- command palette -----------------------------------------------------------------

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield SystemCommand(
            self.tr("ui.cmd.language"), self.tr("key.language"), self.action_toggle_language
        )
        yield SystemCommand(self.tr("ui.cmd.theme"), self.tr("key.theme"), self.action_next_theme)
        yield SystemCommand(
            self.tr("ui.cmd.history"), self.tr("ui.history.title"), self.action_history
        )
        yield SystemCommand(self.tr("ui.cmd.about"), self.tr("ui.about.title"), self.action_about)
        yield from super().get_system_commands(screen)

    def action_history(self) -> None:
        from medarbeider_tui.ui.screens.history import HistoryScreen

        if not isinstance(self.screen, HistoryScreen):
            self.push_screen(HistoryScreen())

    def action_about(self) -> None:
        from medarbeider_tui.ui.screens.about import AboutScreen

        if not isinstance(self.screen, AboutScreen):
            self.push_screen(AboutScreen())
