"""The Textual application: wiring only (themes, language, settings, the first screen).

Screens live in ``ui/screens``, widgets in ``ui/widgets``, styles in ``app.tcss``; answers are
checked, scored and saved by ``session`` below this layer.

What the app itself guarantees, on every screen:

- keys are handled in the order typed, each completely before the next (``ui.typeahead``);
- no control character from a pack or an answer is painted (``ui.safe.ControlFilter``);
- every way out saves first: quitting (and it asks if a save failed), SIGTERM, SIGHUP and a
  closed terminal, and an unexpected error, which also leaves a private report without answer
  text (``ui.crash``) and a calm message instead of Textual's traceback of local variables.
"""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import sys
import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.filter import LineFilter
from textual.reactive import reactive
from textual.screen import Screen

from medarbeider_tui.fsio import find_scratch_texts
from medarbeider_tui.i18n import t
from medarbeider_tui.service import ReflectionService
from medarbeider_tui.settings import Settings, save_settings
from medarbeider_tui.ui.localize import localize_bindings, localize_tree
from medarbeider_tui.ui.safe import ControlFilter, notice
from medarbeider_tui.ui.screens.curtain import CURTAIN_KEY, UNDER_CURTAIN, curtain_is_up
from medarbeider_tui.ui.served import is_served
from medarbeider_tui.ui.themes import THEME_NAMES, THEMES
from medarbeider_tui.ui.typeahead import KeyFeeder

if TYPE_CHECKING:  # a session's modules (scoring, answers) come with the first exercise
    from medarbeider_tui.service import ExerciseSession
    from medarbeider_tui.ui.screens.exercise import ExerciseScreen

#: In a browser tab (`medarbeider serve`), keys browsers keep (Ctrl+N, Ctrl+B, Ctrl+R, F3) get
#: function keys no browser uses, first, so the footer shows them; the old keys work where they can.
BROWSER_KEYMAP = {
    "next": "f9,ctrl+n",
    "back": "f8,ctrl+b",
    "review": "f4,ctrl+r",
    "theme": "f4,f3",
    "save": "f6,ctrl+s",
    "cards": "f10,ctrl+o",
    # Ctrl+L moves to the address bar, F7 is the curtain: Alt+L in a browser.
    "last_time": "alt+l,ctrl+l",
}

#: The signals that end the app from outside; each saves first. SIGHUP is also what a closed
#: terminal sends.
STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)
#: After a stop signal the app is given this long to close by itself, then the process ends
#: (the answers are on disk by then; a closed terminal can leave Textual waiting to write).
STOP_GRACE = 5.0

#: How long, after a stop signal, the keys typed before it may take to land (each is handled
#: in turn; on a busy machine a step can take a few tenths of a second to be ready).
STOP_DRAIN = 2.0
#: The presentation view on and off (also ``--present``).
PRESENT_KEY = "f5"


class _Collector:  # the process's one start-up
    started = False
    paused = False


def _collect_from_now_on() -> None:
    """The first frame is out (or the app closes): garbage is collected again, start-up's
    objects left frozen."""
    if _Collector.paused:
        _Collector.paused = False
        gc.freeze()
        gc.enable()


class MedarbeiderApp(App[None]):
    """Guided reflection, one calm screen at a time."""

    CSS_PATH = "app.tcss"
    TITLE = "medarbeider"
    BINDINGS = [
        Binding("ctrl+q", "quit", "key.quit", show=False, priority=True),
        Binding("f2", "toggle_language", "key.language", show=False),
        Binding("f3", "next_theme", "key.theme", show=False, id="theme"),
        Binding("ctrl+p", "command_palette", "key.palette", show=False, priority=True),
        # coach mode (issue 13): the curtain on every screen and dialog, the presentation view
        Binding(CURTAIN_KEY, "curtain", "key.curtain", priority=True, id="curtain"),
        Binding(PRESENT_KEY, "present", "key.present", show=False, id="present"),
    ]

    show_last_time = True
    """Beside each statement, what was answered last time (Ctrl+L hides it, for this run)."""

    language: reactive[str] = reactive("nb", init=False)
    """The interface language; every screen re-renders its texts when it changes."""
    presenting: reactive[bool] = reactive(False, init=False)
    """The presentation view (a shared screen): more space, no paths, no other entries."""

    def __init__(
        self,
        service: ReflectionService,
        settings: Settings,
        language: str,
        session: ExerciseSession | None = None,
        *,
        ignored_settings: Sequence[str] = (),
        present: bool = False,
        choose_profile: bool = False,
        reload_pack: bool = False,
    ) -> None:
        super().__init__()
        # The theme is set before mount, not in on_mount: set there, it restyled the mounted
        # home screen and parsed the styles again before the first paint (issue 17).
        for theme in THEMES:
            self.register_theme(theme)
        self.theme = settings.theme if settings.theme in THEME_NAMES else THEMES[0].name
        self.service = service
        self.locations = service.locations
        for screen in self.screen_stack:
            changed = getattr(screen, "profile_changed", None)
            if changed is not None:
                changed()
        self.settings = settings
        self.set_reactive(MedarbeiderApp.language, language)
        self._start_session = session
        self._ignored_settings = list(ignored_settings)
        self._feeder = KeyFeeder(self)
        self._control_filter = ControlFilter()
        self.exit_messages: list[str] = []
        """What the person must read after the app has closed (answers that were not saved)."""
        self._crashed = False
        self._stopping = False  # a stop signal is being handled
        self._choose_profile = choose_profile
        self.reload_pack = reload_pack
        """``run --reload``: the exercise screen reads its pack again whenever it is saved."""
        self.set_reactive(MedarbeiderApp.presenting, present)
        self.set_class(present, "-present")
        localize_bindings(self, language)  # before the footer exists: no redraw
        if is_served():
            self.set_keymap(BROWSER_KEYMAP)

    # --- start -----------------------------------------------------------------------------

    def get_default_screen(self) -> Screen[Any]:
        """Home is the bottom of the stack (one screen fewer to build before the first paint)."""
        from medarbeider_tui.ui.screens.home import HomeScreen

        return HomeScreen()

    def on_load(self) -> None:
        """Running now: until the first frame is out, no garbage collection (issue 17). What
        start-up makes (modules, classes, styles, the first screen) lives as long as the app,
        and walking it cost more than anything else before the first frame (a full collection
        of 50-90 ms under load; none in a bare Textual app). Frozen, it is never walked again.
        Only for the process's first app, the one a person starts (tests start many)."""
        if not _Collector.started and gc.isenabled():
            _Collector.started = _Collector.paused = True
            gc.freeze()
            gc.disable()

    def on_mount(self) -> None:
        self.call_after_refresh(self.call_after_refresh, _collect_from_now_on)
        self._feeder.start()
        if not self.is_headless:
            self._catch_stop_signals()
        if self._start_session is not None:
            from medarbeider_tui.ui.screens.exercise import ExerciseScreen

            self.push_screen(ExerciseScreen(self._start_session))
        if self._choose_profile and self._start_session is None:
            from medarbeider_tui.ui.screens.profiles import offer_profiles

            offer_profiles(self)
        if not self.settings.privacy_seen:
            from medarbeider_tui.ui.screens.about import AboutScreen

            self.push_screen(AboutScreen(first_run=True))
        if find_scratch_texts(self.locations.scratch_dir):  # its screen (a TextArea) if needed
            from medarbeider_tui.ui.screens.recover import offer_scratch_texts

            offer_scratch_texts(self)
        if self._ignored_settings:
            names = ", ".join(self._ignored_settings)
            notice(self, self.tr("ui.debug_ignored", names=names), severity="warning", timeout=15)
        self.show_notices()

    def on_unmount(self) -> None:
        _collect_from_now_on()  # closed before its first frame was out
        self._feeder.stop()

    # --- keys in order, lines without controls -------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key | events.Paste) and not self.screen_stack:
            return  # the app is closing: no screen is left to take a key
        feeder = self._feeder
        if (
            isinstance(event, events.Key | events.Paste)
            and not event.is_forwarded
            and feeder.running
            and not feeder.is_released(event)
        ):
            feeder.take(event)
            return
        feeder.handling += 1
        came_back = isinstance(event, events.Key | events.Paste) and event.is_forwarded
        try:
            await super().on_event(event)
        finally:
            feeder.handling -= 1
            if isinstance(event, events.Key | events.Paste):
                feeder.at_app(event, came_back)

    def get_line_filters(self) -> Sequence[LineFilter]:
        return [*super().get_line_filters(), self._control_filter]

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
        name = self.tr(f"ui.theme.name.{self.theme}")
        self.notify(self.tr("ui.theme.changed", name=name), timeout=3, markup=False)

    # --- coach mode: the curtain, the presentation view, profiles (issue 13) ----------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Under the curtain nothing acts but raising it (and quitting, which saves)."""
        if action == "present" and is_served():
            return False  # F5 reloads a browser tab: the command palette has it there
        return action in UNDER_CURTAIN or not curtain_is_up(self.screen)

    async def action_curtain(self) -> None:
        """Blank the screen at once, or bring back exactly what was there."""
        from medarbeider_tui.ui.screens.curtain import CurtainScreen

        if curtain_is_up(self.screen):
            self.pop_screen()
        else:
            await self.push_screen(CurtainScreen())

    def action_present(self) -> None:
        self.presenting = not self.presenting

    def watch_presenting(self, presenting: bool) -> None:
        self.set_class(presenting, "-present")
        for screen in self.screen_stack:
            refresh = getattr(screen, "language_changed", None)  # rebuilt: paths, statuses
            if refresh is not None:
                refresh()
        key = "ui.present.on" if presenting else "ui.present.off"
        notice(self, self.tr(key, shortcut=PRESENT_KEY.upper()), timeout=4)

    def use_profile(self, service: ReflectionService) -> None:
        """Read and write the diary of another profile from now on (the picker chose it)."""
        self.service = service
        self.locations = service.locations
        for screen in self.screen_stack:
            changed = getattr(screen, "profile_changed", None)
            if changed is not None:
                changed()

    def remember_settings(self) -> None:
        try:
            save_settings(self.locations, self.settings)
        except OSError as exc:  # settings are a convenience: say so, carry on
            from medarbeider_tui.ui.problems import problem_text

            notice(self, problem_text(exc, self.language), severity="warning")

    def show_notices(self) -> None:
        """What the diary and the pack loader found (a quarantined file, a skipped pack, a
        conflict copy), as calm notices; the service hands each one over exactly once."""
        for found in self.service.take_notices(paths=not self.presenting):
            notice(self, found.render(self.language), severity="warning", timeout=15)

    # --- every way out saves first ---------------------------------------------------------

    def exercise_screens(self) -> list[ExerciseScreen]:
        from medarbeider_tui.ui.screens.exercise import ExerciseScreen

        return [s for s in self.screen_stack if isinstance(s, ExerciseScreen)]

    def save_everything(self) -> list[str]:
        """Save what every open exercise holds; what could not be saved, and why."""
        problems = []
        for screen in self.exercise_screens():
            try:
                problem = screen.save_now()
            except Exception as exc:  # saving on the way out must never itself end the app
                from medarbeider_tui.ui.problems import problem_text

                problem = problem_text(exc, self.language)
            if problem is not None:
                problems.append(problem)
        return problems

    def unsaved_at_exit(self, problem: str) -> None:
        """A save on the way out failed: the person reads it once the terminal is back."""
        message = self.tr("ui.exit.unsaved", problem=problem)
        if message not in self.exit_messages:
            self.exit_messages.append(message)

    async def action_quit(self) -> None:
        """Ctrl+Q: save everything, then quit; if something could not be saved, ask first."""
        from medarbeider_tui.ui.screens.confirm import QuitQuestion

        if isinstance(self.screen, QuitQuestion):
            self._quit_without_saving()  # Ctrl+Q again at the question: that is the answer
            return
        problems = self.save_everything()
        if not problems:
            self.exit()
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._quit_without_saving()

        question = QuitQuestion(
            self.tr("ui.quit.unsaved.title"),
            self.tr("ui.quit.unsaved.body", problem="\n".join(problems)),
            yes_is_destructive=True,
            yes_label=self.tr("ui.quit.unsaved.yes"),
            no_label=self.tr("ui.stay"),
        )
        self.push_screen(question, answered)

    def _quit_without_saving(self) -> None:
        for screen in self.exercise_screens():
            screen.session.let_go()
        self.exit()

    def _catch_stop_signals(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in STOP_SIGNALS:
            try:
                loop.add_signal_handler(signum, self._stop_signal, signum)
            except (NotImplementedError, RuntimeError, ValueError):  # not the main thread
                return

    def _stop_signal(self, signum: int) -> None:
        """SIGTERM, SIGHUP (the terminal closed), SIGINT: save everything at once, let the keys
        typed before the signal land (briefly), save again, then close."""
        if self._stopping:
            return  # one stop at a time (a closed terminal can bring SIGHUP more than once)
        self._stopping = True
        self.save_everything()
        if signum == signal.SIGHUP and _terminal_gone():
            self._draw_nowhere()
        code = 128 + signum
        threading.Thread(target=_end_after, args=(STOP_GRACE, code), daemon=True).start()
        self.run_worker(self._stop(code), group="stop", exit_on_error=False)

    def panic(self, *renderables: Any) -> None:
        """Textual's input thread dies when the terminal closes under the app and asks for a
        panic, which would end the app at once, before the keys typed last have landed: take
        it for what it is, the terminal hanging up (SIGHUP), and stop as on that signal."""
        if _terminal_gone():
            self._stop_signal(signal.SIGHUP)
            return
        super().panic(*renderables)

    def _draw_nowhere(self) -> None:
        """The terminal is gone: what the app still draws while the keys typed before it
        land goes nowhere. (Textual's writer thread dies at the first failed write, and the
        app would then stop, its output queue full, before those keys were handled.)"""
        driver = self._driver
        if driver is not None:
            driver.write = lambda data: None  # type: ignore[method-assign]
            driver.flush = lambda: None  # type: ignore[method-assign]

    async def _stop(self, code: int) -> None:
        await self._feeder.drain(patience=STOP_DRAIN)
        for problem in self.save_everything():
            self.unsaved_at_exit(problem)
        for screen in self.exercise_screens():
            screen.session.let_go()  # saved (or said): nothing more on the way out
        self.exit(return_code=code)

    def _handle_exception(self, error: Exception) -> None:
        """An unexpected error: save the drafts, keep a private report without answer text,
        and say calmly what happened instead of Textual's traceback (which shows the local
        variables, answers among them). The app still closes: its state is not to be trusted.
        """
        if not self._crashed:
            self._crashed = True
            problems = self.save_everything()
            for screen in self.exercise_screens():
                screen.session.let_go()
            self.exit_messages.insert(0, self._crash_message(error, problems))
        super()._handle_exception(error)
        self._exit_renderables.clear()  # commands/tui.py prints exit_messages instead

    def _crash_message(self, error: Exception, problems: list[str]) -> str:
        from medarbeider_tui.ui.crash import write_report

        lines = [self.tr("ui.crash.title")]
        if problems:
            lines.append(self.tr("ui.crash.not_saved", problem="\n".join(problems)))
        elif self.exercise_screens():
            lines.append(self.tr("ui.crash.saved"))
        try:
            report = write_report(self.locations, error)
        except Exception:
            lines.append(self.tr("ui.crash.no_report"))
        else:
            lines.append(self.tr("ui.crash.report", path=report))
        return "\n".join(lines)

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
        # Textual's own commands, in the person's language; not its screenshot (a file of
        # the screen, answers in it) nor its picker of Textual's themes.
        yield SystemCommand(self.tr("ui.cmd.present"), self.tr("key.present"), self.action_present)
        yield SystemCommand(self.tr("ui.cmd.curtain"), self.tr("key.curtain"), self.action_curtain)
        if screen.query("HelpPanel"):
            yield SystemCommand(
                self.tr("ui.cmd.keys"), self.tr("ui.cmd.keys.hide"), self.action_hide_help_panel
            )
        else:
            yield SystemCommand(
                self.tr("ui.cmd.keys"), self.tr("ui.cmd.keys.show"), self.action_show_help_panel
            )
        yield SystemCommand(self.tr("ui.cmd.quit"), self.tr("ui.cmd.quit.help"), self.action_quit)

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            placeholder = self.tr("ui.cmd.search")
            self.push_screen(CommandPalette(placeholder=placeholder, id="--command-palette"))

    def action_help_quit(self) -> None:
        """Ctrl+C (a reflex to quit): say how to quit, in the person's language."""
        notice(self, self.tr("ui.cmd.how_to_quit"), timeout=5)

    def action_history(self) -> None:
        from medarbeider_tui.ui.screens.history import HistoryScreen

        if not isinstance(self.screen, HistoryScreen):
            self.push_screen(HistoryScreen())

    def action_about(self) -> None:
        from medarbeider_tui.ui.screens.about import AboutScreen

        if not isinstance(self.screen, AboutScreen):
            self.push_screen(AboutScreen())


def _terminal_gone() -> bool:
    """True if the terminal hung up (closed under the app): writing to it fails at once."""
    try:
        os.write(sys.__stderr__.fileno(), b"")  # type: ignore[union-attr]  # Textual draws there
    except OSError:
        return True
    except (AttributeError, ValueError):  # no standard output to ask
        return False
    return False


def _end_after(seconds: float, code: int) -> None:
    """The last resort after a stop signal: end the process if it has not ended by itself."""
    threading.Event().wait(seconds)
    os._exit(code)
