"""Command-line entry point: parse arguments, hand over to a command, return an exit code.

Nothing here imports Textual; only starting the full-screen interface does, so every other
command starts in a few tens of milliseconds. ``medarbeider --version`` alone is answered before
even ``argparse`` and ``pathlib`` are imported: they would triple its start-up time
(``benchmarks/startup.py``).
"""

from __future__ import annotations

import sys

from medarbeider_tui import __version__

TYPE_CHECKING = False  # not `from typing import ...`: importing typing costs as much as Python
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence


def _common_options(defaults: bool, language: str) -> argparse.ArgumentParser:
    import argparse
    from pathlib import Path

    from medarbeider_tui.i18n import t

    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--lang",
        choices=["nb", "en"],
        default=None if defaults else argparse.SUPPRESS,
        help=t("cli.lang", language),
    )
    options.add_argument(
        "--pack",
        action="append",
        type=Path,
        default=[] if defaults else argparse.SUPPRESS,
        metavar=t("cli.metavar.folder", language),
        help=t("cli.pack", language),
    )
    return options


def _plain_options(defaults: bool, language: str) -> argparse.ArgumentParser:
    """--plain and --screen-reader, before the command and after ``run`` alike."""
    import argparse

    from medarbeider_tui.i18n import t

    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--plain",
        action="store_true",
        default=False if defaults else argparse.SUPPRESS,
        help=t("cli.plain", language),
    )
    options.add_argument(
        "--screen-reader",
        action=argparse.BooleanOptionalAction,
        default=None if defaults else argparse.SUPPRESS,
        help=t("cli.screen_reader", language),
    )
    return options


def build_parser(language: str = "nb") -> argparse.ArgumentParser:
    """The parser, its help and its error messages in ``language``."""
    import argparse
    from pathlib import Path

    from medarbeider_tui.i18n import argparse_text, t

    argparse_text.install(language)

    def tr(key: str) -> str:
        return t(key, language)

    # The options work before and after the command: the top level sets the defaults and
    # the commands' copies leave them alone unless given there (SUPPRESS).
    top = _common_options(defaults=True, language=language)
    common = _common_options(defaults=False, language=language)

    parser = argparse.ArgumentParser(
        prog="medarbeider",
        parents=[top, _plain_options(defaults=True, language=language)],
        epilog=tr("cli.epilog"),
        description=tr("cli.description"),
    )
    parser.add_argument(
        "--version", action="version", version=f"medarbeider {__version__}", help=tr("cli.version")
    )
    commands = parser.add_subparsers(dest="command", metavar=tr("cli.command"))

    commands.add_parser("where", parents=[common], help=tr("cli.where"))

    packs = commands.add_parser("packs", parents=[common], help=tr("cli.packs"))
    packs_cmd = packs.add_subparsers(dest="packs_command", metavar=tr("cli.action"), required=True)
    packs_cmd.add_parser("list", parents=[common], help=tr("cli.packs.list"))
    validate = packs_cmd.add_parser("validate", parents=[common], help=tr("cli.packs.validate"))
    validate.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar=tr("cli.metavar.folder"),
        help=tr("cli.packs.validate.paths"),
    )
    schema = packs_cmd.add_parser("schema", parents=[common], help=tr("cli.packs.schema"))
    schema.add_argument("--file", choices=["pack", "exercise"], help=tr("cli.packs.schema.file"))

    diary = commands.add_parser("diary", parents=[common], help=tr("cli.diary"))
    diary_cmd = diary.add_subparsers(dest="diary_command", metavar=tr("cli.action"), required=True)
    diary_cmd.add_parser("list", parents=[common], help=tr("cli.diary.list"))
    show = diary_cmd.add_parser("show", parents=[common], help=tr("cli.diary.show"))
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help=tr("cli.diary.show.json"))
    export = diary_cmd.add_parser("export", parents=[common], help=tr("cli.diary.export"))
    export.add_argument("id")
    export.add_argument(
        "--format",
        choices=["markdown", "json"],
        default="markdown",
        help=tr("cli.diary.export.format"),
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar=tr("cli.metavar.file"),
        help=tr("cli.diary.export.output"),
    )
    delete = diary_cmd.add_parser("delete", parents=[common], help=tr("cli.diary.delete"))
    delete.add_argument("id")
    delete.add_argument("--yes", action="store_true", help=tr("cli.diary.delete.yes"))

    run = commands.add_parser(
        "run",
        parents=[common, _plain_options(defaults=False, language=language)],
        help=tr("cli.run"),
    )
    run.add_argument("exercise", metavar=tr("cli.metavar.exercise"), help=tr("cli.run.exercise"))
    run.add_argument(
        "--answers", type=Path, metavar=tr("cli.metavar.file"), help=tr("cli.run.answers")
    )
    start = run.add_mutually_exclusive_group()
    start.add_argument("--resume", metavar="ID", help=tr("cli.run.resume"))
    start.add_argument("--new", action="store_true", help=tr("cli.run.new"))

    serve = commands.add_parser("serve", parents=[common], help=tr("cli.serve"))
    serve.add_argument("--port", type=int, default=0, metavar="N", help=tr("cli.serve.port"))
    serve.add_argument(
        "--host", default="127.0.0.1", metavar=tr("cli.metavar.address"), help=tr("cli.serve.host")
    )
    serve.add_argument("--open", action="store_true", help=tr("cli.serve.open"))
    return parser


def language_of(argv: Sequence[str]) -> str:
    """The language asked for before argparse has run: ``--lang X`` or ``--lang=X`` anywhere,
    else MEDARBEIDER_LANG and the locale (so ``--help`` and errors follow it)."""
    from medarbeider_tui.i18n import resolve_language

    explicit = None
    for number, word in enumerate(argv):
        if word == "--lang" and number + 1 < len(argv):
            explicit = argv[number + 1]
        elif word.startswith("--lang="):
            explicit = word.partition("=")[2]
    return resolve_language(explicit)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the return value is the process exit code."""
    if (sys.argv[1:] if argv is None else list(argv)) == ["--version"]:
        print(f"medarbeider {__version__}")
        raise SystemExit(0)  # exactly as argparse's version action ends
    words = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(language_of(words)).parse_args(words)
    from medarbeider_tui.commands import dispatch  # after parsing: --help/--version stay cheap

    try:
        return dispatch(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `medarbeider diary list | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
