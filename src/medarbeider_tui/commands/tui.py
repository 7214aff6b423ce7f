"""Starting the full-screen interface: the only command that imports Textual.

Textual's debug settings would put answers where others can read them: ``TEXTUAL_LOG`` writes
every message (answers among them) to a 0644 file, ``TEXTUAL_SCREENSHOT`` saves the screen as
a 0644 picture, and ``TEXTUAL=devtools`` streams everything to a local port any user can take.
They are removed from the environment before Textual is imported (it reads them then), and the
app says on screen that they were ignored.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from typing import TYPE_CHECKING

from medarbeider_tui.commands.context import Context
from medarbeider_tui.i18n import LANG_ENV, resolve_language, t
from medarbeider_tui.paths import profile_asked_for
from medarbeider_tui.serve import is_served

if TYPE_CHECKING:
    from medarbeider_tui.service import ExerciseSession

#: Settings that make Textual write what is on screen (answers) to files or a port.
DEBUG_SETTINGS = (
    "TEXTUAL_LOG",
    "TEXTUAL_SCREENSHOT",
    "TEXTUAL_SCREENSHOT_LOCATION",
    "TEXTUAL_SCREENSHOT_FILENAME",
    "TEXTUAL_DEBUG",
    "TEXTUAL_DEVTOOLS_HOST",
    "TEXTUAL_DEVTOOLS_PORT",
)
#: Features in ``TEXTUAL`` (a comma-separated list) that connect to devtools or print locals.
DEBUG_FEATURES = frozenset({"devtools", "debug"})


def drop_debug_settings(environ: MutableMapping[str, str] | None = None) -> list[str]:
    """Remove Textual's debug settings from ``environ`` (the process environment); the names
    of those that were set."""
    env = os.environ if environ is None else environ
    dropped = [name for name in DEBUG_SETTINGS if name in env]
    for name in dropped:
        del env[name]
    features = [f.strip() for f in env.get("TEXTUAL", "").split(",") if f.strip()]
    if any(f.lower() in DEBUG_FEATURES for f in features):
        kept = [f for f in features if f.lower() not in DEBUG_FEATURES]
        dropped.append("TEXTUAL=" + ",".join(f for f in features if f not in kept))
        if kept:
            env["TEXTUAL"] = ",".join(kept)
        else:
            del env["TEXTUAL"]
    return dropped


def start_tui(ctx: Context, session: ExerciseSession | None = None) -> int:
    """Run the app; a terminal is needed, except behind `medarbeider serve` (pipes by design)."""
    if not is_served() and (
        os.environ.get("TERM") == "dumb" or not (isatty(ctx.stdin) and isatty(ctx.stdout))
    ):
        ctx.err(t("tui.needs_terminal", ctx.language))
        return 2
    ignored = drop_debug_settings()  # before Textual is imported: it reads them at import
    from medarbeider_tui.settings import load_settings
    from medarbeider_tui.ui.app import MedarbeiderApp

    settings = load_settings(ctx.locations)
    # --lang and MEDARBEIDER_LANG win; then the language chosen last time; then the locale.
    explicit = ctx.args.lang or os.environ.get(LANG_ENV)
    language = (
        resolve_language(explicit) if explicit or not settings.language else settings.language
    )
    app = MedarbeiderApp(
        ctx.service,
        settings,
        language,
        session,
        ignored_settings=ignored,
        present=bool(getattr(ctx.args, "present", False)),
        # a profile asked for by name is used; otherwise the picker offers the profiles
        choose_profile=profile_asked_for(getattr(ctx.args, "profile", None)) is None,
        reload_pack=bool(getattr(ctx.args, "reload", False)),
    )
    app.run()
    for message in app.exit_messages:  # the terminal is back: what was not saved, and why
        ctx.err(message)
    if app.exit_messages and not app.return_code:
        return 1
    return app.return_code or 0


def isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False
