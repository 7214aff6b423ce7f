"""Starting the full-screen interface (the only command that imports Textual)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from medarbeider_tui.commands.context import Context
from medarbeider_tui.i18n import t

if TYPE_CHECKING:
    from medarbeider_tui.session import ExerciseSession


def start_tui(ctx: Context, session: ExerciseSession | None = None) -> int:
    """Until the full-screen interface lands, say so plainly (and walk plainly if asked to)."""
    ctx.out(t("tui.not_yet", ctx.language))
    if session is None:
        return 0
    from medarbeider_tui.plain.runner import PlainRunner

    return PlainRunner(session, ctx.language, ctx.stdin, ctx.stdout).run()
