"""Plain mode from the command line: when it is chosen, the screen-reader setting, the menu.

Plain mode is chosen by ``--plain``, by the screen-reader setting, by ``TERM=dumb``, or by there
being no terminal (except behind `medarbeider serve`, whose app runs on pipes by design). The
screen-reader setting comes from ``--screen-reader`` / ``--no-screen-reader`` (remembered in the
settings), else ``MEDARBEIDER_SCREEN_READER``, else what was remembered.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from medarbeider_tui.commands.context import Context
from medarbeider_tui.commands.tui import isatty
from medarbeider_tui.fsio import StorageError
from medarbeider_tui.serve import is_served
from medarbeider_tui.settings import load_settings, save_settings

if TYPE_CHECKING:
    from medarbeider_tui.export.text import TextStyle

SCREEN_READER_ENV = "MEDARBEIDER_SCREEN_READER"
_YES = {"1", "true", "yes", "ja", "on", "på"}
_NO = {"0", "false", "no", "nei", "off", "av", ""}


def screen_reader(ctx: Context) -> bool:
    """Whether plain mode speaks in words only; a choice on the command line is remembered.

    Ask once per command: the answer may write the settings.
    """
    chosen: bool | None = getattr(ctx.args, "screen_reader", None)
    if chosen is not None:
        remember_screen_reader(ctx, chosen)
        return chosen
    value = os.environ.get(SCREEN_READER_ENV)
    if value is not None and value.strip().lower() in _YES:
        return True
    if value is not None and value.strip().lower() in _NO:
        return False
    return load_settings(ctx.locations).screen_reader


def text_style(ctx: Context) -> TextStyle:
    """How a command prints results: in words only with the screen-reader setting (as plain
    mode speaks), else as a document (the grid before the words)."""
    from medarbeider_tui.export.text import DOCUMENT, SPOKEN

    return SPOKEN if screen_reader(ctx) else DOCUMENT


def remember_screen_reader(ctx: Context, on: bool) -> None:
    """Keep the choice for next time; a settings folder that cannot be written is said, once."""
    settings = load_settings(ctx.locations)
    if settings.screen_reader == on:
        return
    settings.screen_reader = on
    try:
        save_settings(ctx.locations, settings)
    except StorageError as failed:
        ctx.err(failed.render(ctx.language))


def wants_plain(ctx: Context, speaking: bool) -> bool:
    """--plain, the screen-reader setting (``speaking``), a dumb terminal, or no terminal."""
    if is_served():
        return False
    if getattr(ctx.args, "plain", False) or speaking:
        return True
    if os.environ.get("TERM", "") == "dumb":
        return True
    return not (isatty(ctx.stdin) and isatty(ctx.stdout))


def start(ctx: Context) -> int:
    """`medarbeider` without a command: the plain menu or the full-screen interface."""
    speaking = screen_reader(ctx)
    if wants_plain(ctx, speaking):
        from medarbeider_tui.plain.menu import PlainMenu

        menu = PlainMenu(ctx.service, ctx.language, ctx.stdin, ctx.stdout, screen_reader=speaking)
        return menu.run()
    from medarbeider_tui.commands.tui import start_tui

    return start_tui(ctx)
