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

EPILOG = """\
Nothing leaves this machine: no network, no telemetry. Data folder: `medarbeider where`.
Ingenting forlater denne maskinen: ingen nettverk, ingen telemetri."""


def _common_options(defaults: bool) -> argparse.ArgumentParser:
    import argparse
    from pathlib import Path

    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--lang",
        choices=["nb", "en"],
        default=None if defaults else argparse.SUPPRESS,
        help="language: nb (bokmål, default) or en; also MEDARBEIDER_LANG",
    )
    options.add_argument(
        "--pack",
        action="append",
        type=Path,
        default=[] if defaults else argparse.SUPPRESS,
        metavar="PATH",
        help="also use the content pack in PATH (may be repeated)",
    )
    return options


def build_parser() -> argparse.ArgumentParser:
    import argparse
    from pathlib import Path

    # The options work before and after the command: the top level sets the defaults and
    # the commands' copies leave them alone unless given there (SUPPRESS).
    top = _common_options(defaults=True)
    common = _common_options(defaults=False)

    parser = argparse.ArgumentParser(
        prog="medarbeider",
        parents=[top],
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Guided reflection on your working life: «Aktivt medarbeiderskap». "
        "With no command, the full-screen interface starts.",
    )
    parser.add_argument("--version", action="version", version=f"medarbeider {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("where", parents=[common], help="show where data, settings and packs live")

    packs = commands.add_parser("packs", parents=[common], help="content packs")
    packs_cmd = packs.add_subparsers(dest="packs_command", metavar="ACTION", required=True)
    packs_cmd.add_parser("list", parents=[common], help="list packs and their exercises")
    validate = packs_cmd.add_parser(
        "validate", parents=[common], help="check packs; exit 1 on errors"
    )
    validate.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="pack folders, or a file inside a pack (default: every installed pack)",
    )
    schema = packs_cmd.add_parser(
        "schema", parents=[common], help="print the JSON Schema of pack files (for editors)"
    )
    schema.add_argument(
        "--file",
        choices=["pack", "exercise"],
        help="the schema of pack.yaml or of an exercise file alone (default: both in one)",
    )

    diary = commands.add_parser("diary", parents=[common], help="your saved entries")
    diary_cmd = diary.add_subparsers(dest="diary_command", metavar="ACTION", required=True)
    diary_cmd.add_parser("list", parents=[common], help="list entries, newest first")
    show = diary_cmd.add_parser("show", parents=[common], help="show one entry and its results")
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help="print the stored JSON as it is")
    export = diary_cmd.add_parser(
        "export", parents=[common], help="write one entry as Markdown or JSON, to take along"
    )
    export.add_argument("id")
    export.add_argument("--format", choices=["markdown", "json"], default="markdown")
    export.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE (0600) instead of stdout"
    )
    delete = diary_cmd.add_parser("delete", parents=[common], help="delete one entry")
    delete.add_argument("id")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    run = commands.add_parser("run", parents=[common], help="do an exercise")
    run.add_argument(
        "exercise",
        metavar="EXERCISE",
        help="exercise id, or PACK/EXERCISE (see `medarbeider packs list`)",
    )
    run.add_argument(
        "--plain",
        action="store_true",
        help="line-by-line mode for screen readers and plain terminals",
    )
    run.add_argument(
        "--answers",
        type=Path,
        metavar="FILE",
        help="take the answers from a YAML or JSON file and save a complete entry",
    )
    start = run.add_mutually_exclusive_group()
    start.add_argument("--resume", metavar="ID", help="continue this draft")
    start.add_argument("--new", action="store_true", help="start afresh even if a draft exists")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the return value is the process exit code."""
    if (sys.argv[1:] if argv is None else list(argv)) == ["--version"]:
        print(f"medarbeider {__version__}")
        raise SystemExit(0)  # exactly as argparse's version action ends
    args = build_parser().parse_args(argv)
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
