"""argparse's own words («usage:», its error messages) in bokmål.

argparse looks its texts up through ``gettext`` at the moment it uses them; `install` points
that lookup here for the chosen language, so ``--help`` and a mistyped option read in nb too.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

#: argparse's message ids (Python 3.11–3.13) and their bokmål text.
NB: dict[str, str] = {
    "usage: ": "bruk: ",
    "positional arguments": "argumenter",
    "options": "valg",
    "show this help message and exit": "vis denne hjelpen og avslutt",
    "%(prog)s: error: %(message)s\n": "%(prog)s: feil: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ugyldig valg: %(value)r (velg blant %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ugyldig verdi: %(value)r",
    "the following arguments are required: %s": "disse argumentene mangler: %s",
    "unrecognized arguments: %s": "ukjente argumenter: %s",
    "expected one argument": "venter ett argument",
    "expected at most one argument": "venter høyst ett argument",
    "expected at least one argument": "venter minst ett argument",
    "not allowed with argument %s": "kan ikke brukes sammen med %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tvetydig valg: %(option)s kan bety %(matches)s"
    ),
    "one of the arguments %s is required": "ett av argumentene %s må være med",
    "ignored explicit argument %r": "ignorerte argumentet %r",
    "unexpected option string: %s": "uventet valg: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "ukjent kommando %(parser_name)r (velg blant %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "kan ikke åpne «%(filename)s»: %(error)s",
}


def lookup(language: str) -> Callable[[str], str]:
    """A ``gettext`` for argparse in ``language`` (English texts are argparse's own)."""
    table = NB if language == "nb" else {}
    return lambda message: table.get(message, message)


def install(language: str) -> None:
    """Make argparse speak ``language`` from now on (its module looks ``_`` up at call time)."""
    argparse._ = lookup(language)  # type: ignore[attr-defined]
