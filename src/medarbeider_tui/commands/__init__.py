"""The commands behind the CLI; each takes parsed arguments and returns an exit code."""

from __future__ import annotations

import argparse

from medarbeider_tui.commands.context import Context


def dispatch(args: argparse.Namespace) -> int:
    ctx = Context.from_args(args)
    try:
        return _run(ctx, args)
    finally:
        ctx.show_notices()


def _run(ctx: Context, args: argparse.Namespace) -> int:
    if args.command is None:
        from medarbeider_tui.commands.plain import start

        return start(ctx)
    if args.command == "where":
        from medarbeider_tui.commands.packs import where

        return where(ctx)
    if args.command == "packs":
        from medarbeider_tui.commands import packs

        return {"list": packs.list_packs, "validate": packs.validate, "schema": packs.schema}[
            args.packs_command
        ](ctx)
    if args.command == "diary":
        from medarbeider_tui.commands import diary

        return {
            "list": diary.list_entries,
            "show": diary.show,
            "export": diary.export,
            "delete": diary.delete,
        }[args.diary_command](ctx)
    if args.command == "serve":
        from medarbeider_tui.commands.serve import serve

        return serve(ctx)
    from medarbeider_tui.commands.run import run

    return run(ctx)
