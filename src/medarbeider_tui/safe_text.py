"""Text made safe to show: no terminal control, no direction tricks, nothing invisible that acts.

Pack text comes from other people and answers are free text; either may hold bytes that drive a
terminal (an OSC sequence that sets the window title or writes the clipboard, cursor moves that
paint over a line), bidirectional overrides that make a line read differently from what it
holds, or lone surrogates that cannot even be written. Every front end and export shows person
and pack text through `terminal_safe` (the full-screen interface through ``ui/safe.py``), so the
text is shown exactly as it is stored, only with its controls made visible. What is stored is
never changed: the person's answer keeps what they typed.
"""

from __future__ import annotations

import re

#: C0 controls other than tab and newline, DEL, and C1 controls.
_C0 = "\x00-\x08\x0b-\x1f\x7f"
_C1 = "\x80-\x9f"
#: Characters that change the direction of the text around them (the "Trojan Source" set),
#: and the line and paragraph separators that break a line where no line break is seen.
_DIRECTION = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_SEPARATORS = "\u2028\u2029"
_SURROGATES = "\ud800-\udfff"
_UNSAFE = re.compile(f"[{_C0}{_C1}{_DIRECTION}{_SEPARATORS}{_SURROGATES}]")

#: A Windows line end is one line end, not a carriage return to make visible.
_CRLF = re.compile("\r\n")


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ … ␟ (␛ for ESC)
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"  # a lone surrogate (bytes that were not UTF-8): the replacement mark
    return f"⟨U+{code:04X}⟩"


def terminal_safe(text: str) -> str:
    """``text`` with every control shown as a visible mark instead of acting.

    Newlines and tabs stay; ESC becomes «␛», C1 controls and direction overrides become
    «⟨U+009B⟩» and «⟨U+202E⟩», a lone surrogate becomes «�».
    """
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_visible, _CRLF.sub("\n", text))


def one_line(text: str) -> str:
    """``terminal_safe`` for a single line (a title, a table cell): line breaks become spaces."""
    return " ".join(terminal_safe(text).split("\n"))


def is_safe(text: str) -> bool:
    """True if ``text`` holds nothing `terminal_safe` would change."""
    return _UNSAFE.search(text) is None


def json_text(data: object, indent: int | None = 2) -> str:
    """``data`` as JSON that reads the same as ``json.dumps`` gives, but safe to print.

    Letters stay letters (no ``ensure_ascii``), while every character `terminal_safe` would
    change is written as a ``\\uXXXX`` escape: still the same JSON value, exactly.
    """
    import json

    text = json.dumps(data, indent=indent, ensure_ascii=False)
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
