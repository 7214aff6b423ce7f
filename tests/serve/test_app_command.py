"""What `serve` passes on to the app it starts in the browser tab: the person's choices."""

from __future__ import annotations

import sys

from medarbeider_tui.cli import build_parser
from medarbeider_tui.commands.context import Context
from medarbeider_tui.commands.serve import app_command


def command_for(*argv: str) -> list[str]:
    return app_command(Context.from_args(build_parser().parse_args(list(argv))))


def test_nothing_chosen_starts_the_app_plainly() -> None:
    assert command_for("serve") == [sys.executable, "-m", "medarbeider_tui"]


def test_profile_language_and_presentation_view_are_passed_on() -> None:
    argv = command_for("--present", "--lang", "en", "serve", "--profile", "Åse")
    assert argv[:3] == [sys.executable, "-m", "medarbeider_tui"]
    assert argv[argv.index("--profile") + 1] == "Åse"
    assert argv[argv.index("--lang") + 1] == "en"
    assert "--present" in argv  # a coach sharing a tab wants it there too
