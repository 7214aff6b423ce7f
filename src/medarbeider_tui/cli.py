"""Command-line entry point: parse arguments, hand over to a command, return an exit code.

Nothing here imports Textual; only starting the full-screen interface does, so every other
command starts in a few tens of milliseconds. ``medarbeider --version`` alone is answered before
even ``argparse`` and ``pathlib`` are imported: they would triple its start-up time
(``benchmarks/startup.py``).

The streams are made tolerant first (`tolerant_streams`): input that is not valid in the
locale's encoding (Latin-1 typed into a UTF-8 terminal) is kept, not a ``UnicodeDecodeError``,
and output that the terminal's encoding cannot show is replaced, not a ``UnicodeEncodeError``.
argparse's own messages go through the safe-text rule like everything else.
"""

from __future__ import annotations

import sys

from medarbeider_tui import __version__

TYPE_CHECKING = False  # not `from typing import ...`: importing typing costs as much as Python
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence
    from typing import Any

    from _typeshed import SupportsWrite


def _parser_class(language: str) -> type[argparse.ArgumentParser]:
    """argparse, but what it prints (usage, help, errors quoting what was typed) is shown safely
    and a help page that cannot be written is one clear message, like every command's output."""
    import argparse

    class SafeArgumentParser(argparse.ArgumentParser):
        def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
            if not message:
                return
            from medarbeider_tui.safe_text import terminal_safe

            stream = file or sys.stderr
            try:
                stream.write(terminal_safe(message))
                getattr(stream, "flush", lambda: None)()
            except (AttributeError, OSError) as exc:
                if stream is not sys.stderr:  # the help page on stdout: say so, exit 1
                    raise SystemExit(_lost_output(exc, language)) from None

    return SafeArgumentParser


def _lost_output(exc: BaseException, language: str) -> int:
    """Standard output failed outside a command (``--help``, ``--version``): say it once."""
    from medarbeider_tui.commands.output import GuardedOutput, OutputFailed

    stdout = GuardedOutput(sys.stdout, "stdout")
    failure = OutputFailed(stdout, exc if isinstance(exc, OSError) else None)
    stdout.abandon()
    if failure.worth_telling:
        try:
            sys.stderr.write(failure.render(language) + "\n")
            sys.stderr.flush()
        except (AttributeError, OSError):
            pass  # nowhere left to say it: the exit code says it
    return 1


def tolerant_streams() -> None:
    """Read undecodable input bytes as lone surrogates (kept, and stored as JSON escapes),
    and write what the output's encoding cannot hold as «?», instead of raising."""
    for stream, errors in (
        (sys.stdin, "surrogateescape"),
        (sys.stdout, "replace"),
        (sys.stderr, "replace"),
    ):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:  # closed (None), or a test's stand-in
            continue
        try:
            reconfigure(errors=errors)
        except (ValueError, OSError):
            continue


def _common_options(defaults: bool, language: str) -> argparse.ArgumentParser:
    import argparse
    from pathlib import Path

    from medarbeider_tui.i18n import t

    options = _parser_class(language)(add_help=False)
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
    options.add_argument(
        "--profile",
        default=None if defaults else argparse.SUPPRESS,
        metavar=t("cli.metavar.name", language),
        help=t("cli.profile", language),
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


def build_parser(language: str = "nb", *, commands: bool = True) -> argparse.ArgumentParser:
    """The parser, its help and its error messages in ``language``; without ``commands``,
    only the options before a command (enough for a command line that names none)."""

    from medarbeider_tui.i18n import argparse_text, t

    argparse_text.install(language)

    def tr(key: str) -> str:
        return t(key, language)

    # The options work before and after the command: the top level sets the defaults and
    # the commands' copies leave them alone unless given there (SUPPRESS).
    top = _common_options(defaults=True, language=language)
    common = _common_options(defaults=False, language=language)

    parser = _parser_class(language)(
        prog="medarbeider",
        parents=[top, _plain_options(defaults=True, language=language)],
        epilog=tr("cli.epilog"),
        description=tr("cli.description"),
    )
    parser.add_argument("--present", action="store_true", help=tr("cli.present"))
    parser.add_argument(
        "--version", action="version", version=f"medarbeider {__version__}", help=tr("cli.version")
    )
    subcommands = parser.add_subparsers(dest="command", metavar=tr("cli.command"))
    if commands:
        _commands(subcommands, common, language, tr)
    return parser


def _commands(
    commands: Any, common: argparse.ArgumentParser, language: str, tr: Callable[[str], str]
) -> None:
    from pathlib import Path

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
    validate.add_argument("--watch", action="store_true", help=tr("cli.packs.validate.watch"))
    schema = packs_cmd.add_parser("schema", parents=[common], help=tr("cli.packs.schema"))
    schema.add_argument("--file", choices=["pack", "exercise"], help=tr("cli.packs.schema.file"))
    new = packs_cmd.add_parser("new", parents=[common], help=tr("cli.packs.new"))
    new.add_argument("id", metavar="ID", help=tr("cli.packs.new.id"))
    new.add_argument(
        "--into", type=Path, metavar=tr("cli.metavar.folder"), help=tr("cli.packs.new.into")
    )

    diary = commands.add_parser("diary", parents=[common], help=tr("cli.diary"))
    diary_cmd = diary.add_subparsers(dest="diary_command", metavar=tr("cli.action"), required=True)
    diary_cmd.add_parser("list", parents=[common], help=tr("cli.diary.list"))
    show = diary_cmd.add_parser("show", parents=[common], help=tr("cli.diary.show"))
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help=tr("cli.diary.show.json"))
    _export_arguments(
        diary_cmd.add_parser("export", parents=[common], help=tr("cli.diary.export")), tr
    )
    delete = diary_cmd.add_parser("delete", parents=[common], help=tr("cli.diary.delete"))
    delete.add_argument("id")
    delete.add_argument("--yes", action="store_true", help=tr("cli.diary.delete.yes"))

    _over_time_commands(commands, diary_cmd, common, tr)
    _coach_commands(commands, common, tr)

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
    run.add_argument("--reload", action="store_true", help=tr("cli.run.reload"))

    serve = commands.add_parser("serve", parents=[common], help=tr("cli.serve"))
    serve.add_argument("--port", type=int, default=0, metavar="N", help=tr("cli.serve.port"))
    serve.add_argument(
        "--host", default="127.0.0.1", metavar=tr("cli.metavar.address"), help=tr("cli.serve.host")
    )
    serve.add_argument("--open", action="store_true", help=tr("cli.serve.open"))


def _export_arguments(export: argparse.ArgumentParser, tr: Callable[[str], str]) -> None:
    """``diary export``: which entries, which format, where to (issue 12)."""
    import argparse
    from pathlib import Path

    from medarbeider_tui.i18n import parse_date

    def day(text: str) -> object:
        found = parse_date(text)
        if found is None:
            raise argparse.ArgumentTypeError(tr("cli.error.date").format(text=text))
        return found

    def count(text: str) -> int:
        if not text.isdigit() or int(text) < 1:
            raise argparse.ArgumentTypeError(tr("cli.error.count").format(text=text))
        return int(text)

    export.add_argument("ids", nargs="*", metavar="ID", help=tr("cli.diary.export.ids"))
    chosen = export.add_argument_group(tr("cli.diary.export.which"))
    chosen.add_argument(
        "--exercise", metavar=tr("cli.metavar.exercise"), help=tr("cli.diary.export.exercise")
    )
    chosen.add_argument(
        "--since", type=day, metavar=tr("cli.metavar.date"), help=tr("cli.diary.export.since")
    )
    chosen.add_argument(
        "--until", type=day, metavar=tr("cli.metavar.date"), help=tr("cli.diary.export.until")
    )
    chosen.add_argument("--last", type=count, metavar="N", help=tr("cli.diary.export.last"))
    chosen.add_argument(
        "--all", action="store_true", dest="everything", help=tr("cli.diary.export.all")
    )
    chosen.add_argument("--today", action="store_true", help=tr("cli.diary.export.today"))
    chosen.add_argument(
        "--include-private", action="store_true", help=tr("cli.diary.export.include_private")
    )
    chosen.add_argument(
        "--include-coach-notes",
        action="store_true",
        help=tr("cli.diary.export.include_coach_notes"),
    )
    export.add_argument(
        "--format",
        choices=["markdown", "html", "json", "csv"],
        default="markdown",
        help=tr("cli.diary.export.format"),
    )
    where = export.add_mutually_exclusive_group()
    where.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar=tr("cli.metavar.file"),
        help=tr("cli.diary.export.output"),
    )
    where.add_argument(
        "--split", type=Path, metavar=tr("cli.metavar.folder"), help=tr("cli.diary.export.split")
    )


def _over_time_commands(
    commands: Any, diary_cmd: Any, common: argparse.ArgumentParser, tr: Callable[[str], str]
) -> None:
    """``diary trend``, ``diary compare`` and ``actions …`` (issue 11)."""
    from pathlib import Path

    trend = diary_cmd.add_parser("trend", parents=[common], help=tr("cli.diary.trend"))
    trend.add_argument(
        "exercise", metavar=tr("cli.metavar.exercise"), help=tr("cli.diary.trend.exercise")
    )
    trend.add_argument("--since", metavar=tr("cli.metavar.date"), help=tr("cli.diary.trend.since"))
    compare = diary_cmd.add_parser("compare", parents=[common], help=tr("cli.diary.compare"))
    compare.add_argument("first", metavar="ID")
    compare.add_argument("second", metavar="ID")

    actions = commands.add_parser("actions", parents=[common], help=tr("cli.actions"))
    actions_cmd = actions.add_subparsers(
        dest="actions_command", metavar=tr("cli.action"), required=True
    )
    listing = actions_cmd.add_parser("list", parents=[common], help=tr("cli.actions.list"))
    listing.add_argument("--due", action="store_true", help=tr("cli.actions.list.due"))
    listing.add_argument("--all", action="store_true", help=tr("cli.actions.list.all"))
    review = actions_cmd.add_parser("review", parents=[common], help=tr("cli.actions.review"))
    review.add_argument("id")
    review.add_argument(
        "--state", choices=["done", "going-on", "let-go"], help=tr("cli.actions.review.state")
    )
    review.add_argument("--helped", metavar=tr("cli.metavar.text"), help=tr("cli.actions.helped"))
    review.add_argument(
        "--hindered", metavar=tr("cli.metavar.text"), help=tr("cli.actions.hindered")
    )
    review.add_argument("--next", metavar=tr("cli.metavar.date"), help=tr("cli.actions.next"))
    export = actions_cmd.add_parser("export", parents=[common], help=tr("cli.actions.export"))
    export.add_argument(
        "--ics",
        type=Path,
        required=True,
        metavar=tr("cli.metavar.file"),
        help=tr("cli.actions.ics"),
    )
    keep = actions_cmd.add_parser("keep", parents=[common], help=tr("cli.actions.keep"))
    keep.add_argument("id")
    drop = actions_cmd.add_parser("drop", parents=[common], help=tr("cli.actions.drop"))
    drop.add_argument("id")


def _coach_commands(
    commands: Any, common: argparse.ArgumentParser, tr: Callable[[str], str]
) -> None:
    """``profiles …``, ``notes …`` and ``cards …`` (issue 13)."""
    from pathlib import Path

    name = tr("cli.metavar.name")
    profiles = commands.add_parser("profiles", parents=[common], help=tr("cli.profiles"))
    profiles_cmd = profiles.add_subparsers(
        dest="profiles_command", metavar=tr("cli.action"), required=True
    )
    profiles_cmd.add_parser("list", parents=[common], help=tr("cli.profiles.list"))
    create = profiles_cmd.add_parser("create", parents=[common], help=tr("cli.profiles.create"))
    create.add_argument("name", metavar=name, help=tr("cli.profiles.name"))
    rename = profiles_cmd.add_parser("rename", parents=[common], help=tr("cli.profiles.rename"))
    rename.add_argument("name", metavar=name, help=tr("cli.profiles.name"))
    rename.add_argument("new_name", metavar=tr("cli.metavar.new_name"), help=tr("cli.profiles.new"))
    delete = profiles_cmd.add_parser("delete", parents=[common], help=tr("cli.profiles.delete"))
    delete.add_argument("name", metavar=name, help=tr("cli.profiles.name"))
    delete.add_argument("--confirm", metavar=name, help=tr("cli.profiles.delete.confirm"))
    delete.add_argument("--yes", action="store_true", help=tr("cli.profiles.delete.yes"))

    notes = commands.add_parser("notes", parents=[common], help=tr("cli.notes"))
    notes_cmd = notes.add_subparsers(dest="notes_command", metavar=tr("cli.action"), required=True)
    add = notes_cmd.add_parser("add", parents=[common], help=tr("cli.notes.add"))
    add.add_argument("id")
    add.add_argument("text", nargs="?", metavar=tr("cli.metavar.text"), help=tr("cli.notes.text"))
    show = notes_cmd.add_parser("show", parents=[common], help=tr("cli.notes.show"))
    show.add_argument("id")

    cards = commands.add_parser("cards", parents=[common], help=tr("cli.cards"))
    cards_cmd = cards.add_subparsers(dest="cards_command", metavar=tr("cli.action"), required=True)
    listing = cards_cmd.add_parser("list", parents=[common], help=tr("cli.cards.list"))
    listing.add_argument(
        "exercise", nargs="?", metavar=tr("cli.metavar.exercise"), help=tr("cli.cards.exercise")
    )
    card = cards_cmd.add_parser("show", parents=[common], help=tr("cli.cards.show"))
    card.add_argument("exercise", metavar=tr("cli.metavar.exercise"), help=tr("cli.cards.exercise"))
    card.add_argument("card", nargs="?", metavar=tr("cli.metavar.card"), help=tr("cli.cards.card"))
    card.add_argument(
        "--format", choices=["text", "html"], default="text", help=tr("cli.cards.format")
    )
    card.add_argument(
        "-o", "--output", type=Path, metavar=tr("cli.metavar.file"), help=tr("cli.cards.output")
    )


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


def parse_arguments(words: Sequence[str]) -> argparse.Namespace:
    """The command line parsed. Without a command (``medarbeider``, ``medarbeider --plain``:
    only options, no help asked for) the commands' parsers are not built: the full-screen
    interface starts sooner (issue 17), and the result is the same."""
    words = list(words)
    no_command = all(w.startswith("-") and w not in ("-h", "--help") for w in words)
    return build_parser(language_of(words), commands=not no_command).parse_args(words)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the return value is the process exit code."""
    if (sys.argv[1:] if argv is None else list(argv)) == ["--version"]:
        try:
            print(f"medarbeider {__version__}")
            sys.stdout.flush()
        except (AttributeError, OSError) as exc:  # `--version > /dev/full`, or stdout closed
            from medarbeider_tui.i18n import resolve_language

            raise SystemExit(_lost_output(exc, resolve_language())) from None
        raise SystemExit(0)  # exactly as argparse's version action ends
    tolerant_streams()
    args = parse_arguments(sys.argv[1:] if argv is None else list(argv))
    from medarbeider_tui.commands import dispatch  # after parsing: --help/--version stay cheap

    try:
        return dispatch(args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
