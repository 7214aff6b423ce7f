"""What every command needs: language, folders, the application service and the three streams."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, TextIO, cast

from medarbeider_tui.commands.output import GuardedOutput, OutputFailed
from medarbeider_tui.i18n import resolve_language
from medarbeider_tui.paths import Locations, locations, profile_asked_for
from medarbeider_tui.safe_text import json_text, terminal_safe

if TYPE_CHECKING:
    from collections.abc import Iterable

    from medarbeider_tui.service import ReflectionService


@dataclass
class Context:
    """One command's run: its arguments, language, folders, streams and (on first use) service."""

    args: argparse.Namespace
    language: str
    locations: Locations
    stdin: TextIO = field(default_factory=lambda: _input(sys.stdin))
    stdout: TextIO = field(default_factory=lambda: _guarded(sys.stdout, "stdout"))
    stderr: TextIO = field(default_factory=lambda: _guarded(sys.stderr, "stderr"))

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        return cls(args=args, language=resolve_language(args.lang), locations=locations())

    def out(self, text: str = "") -> None:
        """A line on stdout; pack and person text in it is shown safely (controls visible)."""
        print(terminal_safe(text), file=self.stdout)

    def out_lines(self, lines: Iterable[str]) -> None:
        """Many lines on stdout in one write (a listing of 10,000 entries is one write, not
        20,000), each shown safely as `out` does."""
        self.stdout.write("".join(f"{terminal_safe(line)}\n" for line in lines))

    def out_json(self, data: object) -> None:
        """JSON on stdout, with controls escaped so it stays the same data and safe to print."""
        print(json_text(data), file=self.stdout)

    def ask(self, question: str) -> str:
        """Write ``question`` (no line end) and read one line of the answer ('' at the end)."""
        self.stdout.write(terminal_safe(question))
        self.stdout.flush()
        return self.stdin.readline()

    def err(self, text: str) -> None:
        print(terminal_safe(text), file=self.stderr)

    def use_profile(self) -> None:
        """Read and write the diary of the profile asked for (``--profile``, else
        ``MEDARBEIDER_PROFILE``), before anything opens it.

        Raises:
            NoSuchProfile: no profile has that name (nothing is created).
        """
        name = profile_asked_for(getattr(self.args, "profile", None))
        if name is None:
            return  # the default profile: nothing to look up (and nothing imported)
        from medarbeider_tui.service.profiles import Profiles

        self.locations = Profiles(self.locations).resolve(name)

    @cached_property
    def service(self) -> ReflectionService:
        """Packs and diary, opened on first use (``where`` needs neither)."""
        from medarbeider_tui.service import ReflectionService

        return ReflectionService(self.locations, list(self.args.pack))

    def show_notices(self) -> None:
        """Say calmly, on stderr, what the diary and the pack loader found (if stderr can
        still be written: a command that failed must not fail again here)."""
        if "service" not in self.__dict__:
            return
        for notice in self.service.take_notices():
            with contextlib.suppress(OutputFailed):
                self.err(notice.render(self.language))


def _guarded(stream: TextIO | None, name: str) -> TextIO:
    """``stream`` with its write failures as `OutputFailed` (a text stream in every other way)."""
    return cast(TextIO, GuardedOutput(stream, name))


def _input(stream: TextIO | None) -> TextIO:
    """Standard input; when it is closed (``<&-``), an empty one: the end of input at once."""
    return stream if stream is not None else open(os.devnull, encoding="utf-8")
