"""The one safe-text rule: controls shown, never acting; stored text never changed."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medarbeider_tui.safe_text import is_safe, json_text, one_line, terminal_safe

UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"
)
HOSTILE = [
    "\x1b]0;owned\x07",  # OSC 0: window title
    "\x1b]52;c;b3duZWQ=\x07",  # OSC 52: clipboard
    "\x1b]8;;https://example.invalid\x1b\\link\x1b]8;;\x1b\\",  # OSC 8 hyperlink
    "\x1b[2J\x1b[H",  # CSI: erase and home
    "\x9b31m",  # C1 CSI
    "abc\u202eevil",  # right-to-left override
    "nul\x00byte",
    "carriage\rreturn",
    "lone \udce9 surrogate",
]


@given(st.text())
def test_nothing_unsafe_survives(text: str) -> None:
    shown = terminal_safe(text)
    assert not UNSAFE.search(shown)
    assert is_safe(shown)
    assert terminal_safe(shown) == shown


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs"))))
def test_ordinary_text_is_shown_as_it_is(text: str) -> None:
    if is_safe(text):
        assert terminal_safe(text) == text


def test_hostile_strings_are_made_visible() -> None:
    assert terminal_safe("\x1b]0;owned\x07") == "␛]0;owned␇"
    assert terminal_safe("abc\u202eevil") == "abc⟨U+202E⟩evil"
    assert terminal_safe("\x9b31m") == "⟨U+009B⟩31m"
    assert terminal_safe("lone \udce9 surrogate") == "lone \ufffd surrogate"
    assert terminal_safe("a\r\nb\rc") == "a\nb␍c"
    for text in HOSTILE:
        assert "\x1b" not in terminal_safe(text)


def test_newlines_and_tabs_stay() -> None:
    assert terminal_safe("line one\n\tline two") == "line one\n\tline two"
    assert one_line("line one\nline two") == "line one line two"


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=20,
)


@pytest.mark.slow
@given(JSON)
def test_json_text_is_the_same_data_and_safe_to_print(data: object) -> None:
    text = json_text(data)
    assert is_safe(text)
    assert json.loads(text) == data


def test_json_text_keeps_letters_readable() -> None:
    assert json_text({"svar": "blåbær"}, indent=None) == '{"svar": "blåbær"}'
    assert json_text({"svar": "\x1b[2J"}, indent=None) == '{"svar": "\\u001b[2J"}'
