"""Reading and writing in plain mode: one prompt, one line, said the way its reader needs it.

Every prompt ends in one line that says how to answer and which keys act there («? gjentar og <
går tilbake»), so it stands alone when heard. With the screen-reader setting, keys are named in
words (speech often skips «?» and «<»), nothing is drawn or hard-wrapped, and lists lose their
bullets; without it, prose is wrapped to the terminal as before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from medarbeider_tui.content.text import Text, render
from medarbeider_tui.export.text import PLAIN, SPOKEN, TextStyle, spoken, wrap
from medarbeider_tui.i18n import Count, t
from medarbeider_tui.plain import signals
from medarbeider_tui.plain.keys import Back, Clear, Key, Quit, Repeat
from medarbeider_tui.plain.lines import TerminalLines
from medarbeider_tui.report.prose import markdown_to_plain
from medarbeider_tui.safe_text import terminal_safe

#: Bytes a terminal's line editor takes on one line (Linux, canonical mode): the rest of a longer
#: pasted line never reaches the program.
LINE_LIMIT = 4095
#: Wrong input up to this long is repeated in the answer to it; anything longer is not read back.
ECHO_LIMIT = 20

_KEY_NAMES = {
    Key.REPEAT: "plain.keyname.repeat",
    Key.BACK: "plain.keyname.back",
    Key.CLEAR: "plain.keyname.clear",
    Key.RESULT: "plain.keyname.result",
}


@dataclass(frozen=True)
class Keys:
    """What a prompt offers, as its last line says it."""

    enter: str | None = None
    """The text key of what Enter alone does here (none: it is refused, or says nothing new)."""
    clear: str | None = None
    """The text key of what «-» does; said only when there is something to clear."""
    back: bool = True
    """Whether to mention «<» (it always works; at the first question it says so)."""
    commands: bool = True
    """False on the lines of a longer text after its first, and in menus: no key but «.»."""
    clearable: bool = True
    """Whether «-» is a key here at all (not on an info card, where any line goes on)."""


class Console:
    """The streams of plain mode, in one language, with or without the screen-reader setting."""

    def __init__(
        self,
        stdin: TextIO | TerminalLines,
        stdout: TextIO,
        language: str,
        *,
        screen_reader: bool = False,
    ) -> None:
        self.stdin = TerminalLines.around(stdin)
        """At a terminal, one reader for the menu and every walk it starts (pass it on)."""
        self.stdout = stdout
        self.lang = language
        self.screen_reader = screen_reader
        self.replay: Callable[[], None] | None = None
        """Says the last result again («=»); set once a walk has shown one."""

    @property
    def style(self) -> TextStyle:
        return SPOKEN if self.screen_reader else PLAIN

    @property
    def interactive(self) -> bool:
        """A person at a terminal (not a script's pipe): worth a pause after a result."""
        try:
            return bool(self.stdin.isatty())
        except (AttributeError, ValueError):
            return False

    def text(self, key: str, /, **values: object) -> str:
        return t(key, self.lang, **values)

    # --- writing ---------------------------------------------------------------------------

    def say(self, text: str = "", *, whole: bool = False) -> None:
        """Lines out, wrapped as the style wants (``whole``: never, e.g. a command to copy);
        pack and person text in them shown safely."""
        fitted = wrap(text) if self.style.hard_wrap and not whole else text
        self.stdout.write(terminal_safe(fitted) + "\n")
        self.stdout.flush()

    def prose(self, text: Text | str | None) -> None:
        """Pack text (Markdown, or already rendered and filled in) as plain lines; nothing when
        the pack has none."""
        rendered = text if isinstance(text, str) else render(text, self.lang)
        plain = markdown_to_plain(rendered).strip("\n")
        if plain:
            self.say(spoken(plain) if self.style.spoken else plain)

    def lines(self, lines: list[str]) -> None:
        for line in lines:
            self.say(line)

    def wrong(self, what: str, typed: str | None = None) -> None:
        """The one line a wrong answer gets: what would fit (the input repeated only if short)."""
        if typed and len(typed) <= ECHO_LIMIT:
            self.say(self.text("plain.wrong.echo", text=typed, what=what))
        else:
            self.say(self.text("plain.wrong", what=what))

    # --- the prompt line -------------------------------------------------------------------

    def key_name(self, key: Key) -> str:
        return self.text(_KEY_NAMES[key]) if self.screen_reader else key.value

    def end_name(self) -> str:
        """How the end of a longer text is named: «et punktum (.)», or in words only."""
        return self.text("plain.keyname.end_spoken" if self.screen_reader else "plain.keyname.end")

    def prompt(self, ask: str, keys: Keys) -> str:
        """``ask`` and what Enter and the keys do here, as one line ending where one types."""
        actions = [self.text(keys.enter)] if keys.enter else []
        if keys.commands:
            actions.append(self.text("plain.key.repeat", key=self.key_name(Key.REPEAT)))
            if keys.back:
                actions.append(self.text("plain.key.back", key=self.key_name(Key.BACK)))
            if keys.clear:
                actions.append(self.text(keys.clear, key=self.key_name(Key.CLEAR)))
            if self.replay is not None:
                actions.append(self.text("plain.key.result", key=self.key_name(Key.RESULT)))
        said = self.join(actions)
        said = said[:1].upper() + said[1:]
        if not ask:
            return f"{said}: "
        return f"{ask} {said}: " if said else f"{ask} "

    def join(self, parts: list[str]) -> str:
        """«a, b og c» / "a, b and c"."""
        if len(parts) <= 1:
            return "".join(parts)
        return f"{', '.join(parts[:-1])} {t('result.and', self.lang)} {parts[-1]}"

    # --- reading ---------------------------------------------------------------------------

    def read(self, prompt: str, keys: Keys | None = None) -> str:
        """One line (without its line end); a key raises what it means.

        Raises:
            Quit: end of input or Ctrl+C.
            Repeat, Back, Clear: «?», «<», «-» (where ``keys`` lets them act).
        """
        keys = keys or Keys()
        while True:
            line = self._line(prompt)
            text = line.strip()
            if keys.commands:
                if text == Key.REPEAT.value:
                    raise Repeat
                if text == Key.BACK.value:
                    raise Back
                if text == Key.CLEAR.value and keys.clearable:
                    raise Clear
                if text == Key.RESULT.value and self.replay is not None:
                    self.replay()
                    continue
            return line

    def _line(self, prompt: str) -> str:
        shown = prompt
        if self.style.hard_wrap and len(prompt) > 1:
            shown = wrap(prompt.rstrip()) + prompt[len(prompt.rstrip()) :]
        self.stdout.write(terminal_safe(shown))
        self.stdout.flush()
        try:
            if isinstance(self.stdin, TerminalLines):
                raw = self.stdin.readline()
            else:
                with signals.raising():
                    raw = self.stdin.readline()
        except KeyboardInterrupt:
            raise Quit from None
        if not raw:
            raise Quit
        line = raw[:-1] if raw.endswith("\n") else raw
        line = line.removesuffix("\r")
        if self.interactive and len(line.encode("utf-8", "surrogateescape")) >= LINE_LIMIT:
            line = _whole_characters(line)
            self.say(self.text("plain.line_cut", limit=Count(LINE_LIMIT)))
        return line


def _whole_characters(line: str) -> str:
    """A line cut at the terminal's limit, without the broken character the cut may leave."""
    while line and (line[-1] == "\ufffd" or "\udc80" <= line[-1] <= "\udcff"):
        line = line[:-1]
    return line
