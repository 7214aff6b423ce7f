"""The commands behind the CLI; each takes parsed arguments and returns an exit code.

`dispatch` is the one place where what went wrong reaches the person: a `LocalizedError` that
no command handled itself (the data folder cannot be used, the disk is full, …), a failed
write to standard output, or any other system error, each becomes one message in the person's
language on stderr and exit code 1; never a traceback. Nothing is half-written by then: every
file is written whole or not at all (``fsio``).
"""

from __future__ import annotations

import argparse
import errno

from medarbeider_tui.commands.context import Context
from medarbeider_tui.commands.output import OutputFailed
from medarbeider_tui.i18n import LocalizedError, Shortened, Translatable


def dispatch(args: argparse.Namespace) -> int:
    ctx = Context.from_args(args)
    failure: LocalizedError | OSError | None = None
    try:
        if args.command != "profiles":  # those work on every profile, not inside one
            ctx.use_profile()
        code = _run(ctx, args)
        ctx.stdout.flush()  # here, not at exit: a full disk under `> file` is found now
    except (LocalizedError, OSError) as exc:
        code, failure = 1, exc
    finally:
        ctx.show_notices()
    if failure is not None:
        _tell(ctx, failure)
    return code


def _tell(ctx: Context, failure: LocalizedError | OSError) -> None:
    """Say once, on stderr, what stopped the command (if stderr itself can be written)."""
    if isinstance(failure, OutputFailed):
        failure.output.abandon()
        if not failure.worth_telling or failure.output.name == "stderr":
            return
    message = failure if isinstance(failure, LocalizedError) else _system_error(failure)
    try:
        ctx.err(message.render(ctx.language))
        ctx.stderr.flush()
    except OutputFailed as lost:  # nowhere left to say it: the exit code says it
        lost.output.abandon()


def _system_error(exc: OSError) -> Translatable:
    code = errno.errorcode.get(exc.errno, str(exc.errno)) if exc.errno else type(exc).__name__
    if exc.filename is None:
        return Translatable("cli.os_error", code=code)
    return Translatable("cli.os_error.at", code=code, path=Shortened(exc.filename))


def _run(ctx: Context, args: argparse.Namespace) -> int:
    if args.command is None:
        from medarbeider_tui.commands.plain import start

        return start(ctx)
    if args.command == "where":
        from medarbeider_tui.commands.where import where

        return where(ctx)
    if args.command == "packs":
        from medarbeider_tui.commands import packs

        return {
            "list": packs.list_packs,
            "validate": packs.validate,
            "schema": packs.schema,
            "new": packs.new_pack,
        }[args.packs_command](ctx)
    if args.command == "diary" and args.diary_command in ("trend", "compare"):
        from medarbeider_tui.commands import trend

        return {"trend": trend.trend, "compare": trend.compare}[args.diary_command](ctx)
    if args.command == "actions":
        from medarbeider_tui.commands import actions

        return {
            "list": actions.list_actions,
            "review": actions.review,
            "export": actions.export,
            "keep": actions.keep,
            "drop": actions.drop,
        }[args.actions_command](ctx)
    if args.command == "diary":
        from medarbeider_tui.commands import diary

        return {
            "list": diary.list_entries,
            "show": diary.show,
            "export": diary.export,
            "delete": diary.delete,
        }[args.diary_command](ctx)
    if args.command in ("profiles", "notes", "cards"):
        from medarbeider_tui.commands import cards, notes, profiles

        return {
            ("profiles", "list"): profiles.list_profiles,
            ("profiles", "create"): profiles.create,
            ("profiles", "rename"): profiles.rename,
            ("profiles", "delete"): profiles.delete,
            ("notes", "add"): notes.add,
            ("notes", "show"): notes.show,
            ("cards", "list"): cards.list_cards,
            ("cards", "show"): cards.show,
        }[(args.command, getattr(args, f"{args.command}_command"))](ctx)
    if args.command == "serve":
        from medarbeider_tui.commands.serve import serve

        return serve(ctx)
    from medarbeider_tui.commands.run import run

    return run(ctx)
