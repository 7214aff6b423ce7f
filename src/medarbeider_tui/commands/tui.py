"""Starting the full-screen interface: the only command that imports Textual."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from medarbeider_tui.commands.context import Context
from medarbeider_tui.i18n import LANG_ENV, resolve_language, t
from medarbeider_tui.serve import is_served

if TYPE_CHECKING:
    from medarbeider_tui.service import ExerciseSession


def start_tui(ctx: Context, session: ExerciseSession | None = None) -> int:
    """Run the app; a terminal is needed, except behind `medarbeider serve` (pipes by design)."""
    if not is_served() and (
        os.environ.get("TERM") == "dumb" or not (isatty(ctx.stdin) and isatty(ctx.stdout))
    ):
        ctx.err(t("tui.needs_terminal", ctx.language))
        return 2
    from medarbeider_tui.settings import load_settings
    from medarbeider_tui.ui.app import MedarbeiderApp

    settings = load_settings(ctx.locations)
    # --lang and MEDARBEIDER_LANG win; then the language chosen last time; then the locale.
    explicit = ctx.args.lang or os.environ.get(LANG_ENV)
    language = (
        resolve_language(explicit) if explicit or not settings.language else settings.language
    )
    app = MedarbeiderApp(ctx.service, settings, language, session)
    app.run()
    return app.return_code or 0


def isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False
