"""All seven exercises done and reviewed from the plain menu alone, with the screen-reader
setting, under a real pseudo-terminal, in nb and en.

Every prompt says where it is («n av N») and the range it takes, names its keys in words; no
drawing, rule, arrow or escape byte is written; each kind of wrong input gets exactly one line
and the same prompt again (a long one is not read back); each result is said again with «=».
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

from medarbeider_tui.content.loader import discover
from medarbeider_tui.paths import builtin_content_dir
from tests.plain.pty_session import PtySession, prompt_line

PATTERNS = {
    "nb": {
        "menu": r"^Velg et nummer fra 0 til \d+\.",
        "result": r"^Det var resultatet\.",
        "info": r"^Trykk Enter for å gå videre\.",
        "scale": r"^Svar med et tall fra \d+",
        "text": r"^Skriv svaret; det kan gå over flere linjer",
        "line": r"^Skriv svaret på én linje",
        "more": r"^Linje \d+: $",
        "one": r"^Velg ett nummer fra 1 til",
        "many": r"^Velg (ett eller flere|opptil \d+) numre fra 1 til",
        "item": r"^Punkt \d+ av høyst \d+",
        "full": r"^Listen er full",
        "sort": r"^Hvor hører det hjemme\?",
        "what": r"^Hva\? Skriv med egne ord",
        "how": r", hvordan: ",
        "date": r"dato for å se på dette igjen",
    },
    "en": {
        "menu": r"^Choose a number from 0 to \d+\.",
        "result": r"^That was the result\.",
        "info": r"^Press Enter to continue\.",
        "scale": r"^Answer with a number from \d+",
        "text": r"^Write your answer; it may take several lines",
        "line": r"^Write your answer on one line",
        "more": r"^Line \d+: $",
        "one": r"^Choose one number from 1 to",
        "many": r"^Choose (one or more|up to \d+) numbers from 1 to",
        "item": r"^Item \d+ of at most \d+",
        "full": r"^The list is full",
        "sort": r"^Where does it belong\?",
        "what": r"^What\? Write it in your own words",
        "how": r", how: ",
        "date": r"a date to look at this again",
    },
}
POSITION = {"nb": r"\b\d+ av (høyst )?\d+\b", "en": r"\b\d+ of (at most )?\d+\b"}
RANGE = {"nb": r"fra \d+ (\([^)]*\) )?til \d+", "en": r"from \d+ (\([^)]*\) )?to \d+"}
KEYS_IN_WORDS = {"nb": "spørsmålstegn gjentar", "en": "question mark repeats"}
NUMERIC = {"menu", "scale", "one", "many", "sort"}
#: Box drawing, block elements, geometric shapes and arrows: drawings, not words.
DRAWN = re.compile("[\u2190-\u21ff\u2500-\u25ff\u27f0-\u27ff\u2900-\u297f]")
RULE = re.compile(r"^\s*([-=_*+|~])\1{2,}|==|\+-|-\+|->")
LONG_WRONG = "x" * 40


def wrong_inputs(kind: str, prompt: str, language: str) -> list[str]:
    """What to type wrong at the first prompt of each kind (each must get one line)."""
    past = (date.today() - timedelta(days=400)).strftime("%d.%m.%Y")
    far = f"1.1.{date.today().year + 40}"
    suggestions = re.search(RANGE[language], prompt) is not None
    return {
        "menu": ["42", "x"],
        "scale": ["9", LONG_WRONG, "-"],
        "one": ["99"],
        "many": ["1 99"],
        "sort": ["7"],
        "what": ["99"] if suggestions else [],
        "date": ["15.13.2027", past, far],
    }.get(kind, [])


@dataclass
class Walk:
    """Plays a person through the menu, checking every block on the way."""

    session: PtySession
    language: str
    wrong_done: set[str] = field(default_factory=set)
    results_heard: int = 0
    list_items: int = 0
    plan_slots: int = 0

    def kind(self, block: str) -> str:
        prompt = prompt_line(block)
        for kind, pattern in PATTERNS[self.language].items():
            if re.search(pattern, prompt):
                return kind
        raise AssertionError(f"a prompt of no known kind: {prompt!r}\n{block[-1500:]}")

    def check(self, block: str, kind: str, *, after_wrong: bool = False) -> None:
        prompt = prompt_line(block)
        if kind not in ("menu", "more") and not after_wrong:
            assert re.search(POSITION[self.language], block), f"no «n av N»: {block[-800:]!r}"
        if kind in NUMERIC:
            assert re.search(RANGE[self.language], prompt), f"no range: {prompt!r}"
        if kind not in ("more",) and not (kind == "item" and "(" in prompt):
            assert KEYS_IN_WORDS[self.language] in prompt.lower(), f"keys not in words: {prompt!r}"

    def try_wrong(self, block: str, kind: str) -> str:
        """Each wrong input of this kind: one line, then the same prompt."""
        if kind in self.wrong_done:
            return block
        self.wrong_done.add(kind)
        prompt = prompt_line(block)
        for typed in wrong_inputs(kind, prompt, self.language):
            again = self.session.answer(typed)
            lines = again.rstrip("\n").split("\n")
            assert len(lines) == 2, f"{typed!r} at {prompt!r} gave {lines!r}"
            assert lines[1] == prompt, f"{typed!r}: not the same prompt: {lines!r}"
            assert LONG_WRONG not in lines[0], "a long wrong input was read back"
        return block

    def respond(self, block: str, kind: str) -> str:
        """The right answer for this prompt."""
        prompt = prompt_line(block)
        if kind == "result":
            return self.hear_result_again(block)
        if kind == "item":
            return self.list_item(block)
        if kind == "what":
            self.plan_slots += 1
            if self.plan_slots % 2 == 0:
                return ""  # the second slot of each plan is skipped
            return "1" if re.search(RANGE[self.language], prompt) else "Et eget mål"
        if kind == "date":
            return (date.today() + timedelta(days=30)).strftime("%d.%m.%Y")
        return {
            "info": "",
            "scale": "4",
            "text": "Et svar i ord",
            "more": ".",
            "line": "Ord",
            "one": "1",
            "many": "1 2",
            "full": "",
            "sort": "2",
            "how": "Slik gjør jeg det",
        }[kind]

    def list_item(self, block: str) -> str:
        """First an empty line (the list is required: one line), a duplicate, then two items."""
        self.list_items += 1
        if self.list_items == 1:
            again = self.session.answer("")
            lines = again.rstrip("\n").split("\n")
            assert len(lines) == 2 and lines[1] == prompt_line(block), lines
            return "Første punkt"
        if self.list_items == 2:
            again = self.session.answer("Første punkt")
            lines = again.rstrip("\n").split("\n")
            assert len(lines) == 2 and lines[1] == prompt_line(block), lines
            return "Andre punkt"
        return ""

    def hear_result_again(self, block: str) -> str:
        """«=» says the result again, whole, then the same prompt."""
        again = self.session.answer("=")
        assert prompt_line(again) == prompt_line(block)
        said = block.rstrip("\n").split("\n")
        header = next(i for i, line in enumerate(said) if re.search(POSITION[self.language], line))
        first = "\n".join(said[header:-1]).strip()
        assert first and first in again, f"not the same result:\n{first}\n----\n{again}"
        self.results_heard += 1
        return ""

    def exercise(self, number: int, block: str) -> str:
        """Choose exercise ``number`` in the main menu and walk it to the end."""
        assert self.kind(block) == "menu"
        block = self.session.answer(str(number))
        while True:
            kind = self.kind(block)
            if kind == "menu":
                return block
            self.check(block, kind)
            self.try_wrong(block, kind)
            block = self.session.answer(self.respond(block, kind))


@pytest.mark.slow  # walks all seven built-in exercises: ~35 s each
@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_exercise_done_and_reviewed_from_the_menu_with_the_screen_reader_setting(
    language: str, tmp_path: Path
) -> None:
    session = PtySession(["--screen-reader", "--lang", language], tmp_path)
    walk = Walk(session, language)
    try:
        block = session.block()
        assert "screen-reader setting on" in block or "skjermleserinnstillingen på" in block
        walk.check(block, "menu")
        walk.try_wrong(block, "menu")
        exercises = len(discover(builtin_content_dir(), tmp_path / "none").packs[0].exercises)
        assert exercises == 7
        for number in range(1, exercises + 1):
            block = walk.exercise(number, block)
            assert ("Ferdig." if language == "nb" else "Done.") in block
        assert walk.results_heard == 4  # every exercise with a result step
        assert walk.wrong_done >= {"menu", "scale", "many", "sort", "what", "date"}
        heard_from_history = review_every_entry(session, language, exercises + 1)
        assert heard_from_history == 4
        session.type("0")
        assert session.finish() == 0
    finally:
        session.close()
    raw = session.raw
    assert "\x1b" not in raw, "an escape byte reached the terminal"
    drawn = sorted(set(DRAWN.findall(raw)))
    assert not drawn, f"drawn characters: {drawn}"
    ruled = [line for line in raw.splitlines() if RULE.search(line)]
    assert not ruled, ruled[:5]
    if language == "nb":  # no hard wrapping: the Hall caveat is one line
        assert re.search(r"^Plasseringen bygger bare på dine egne svar.*jobben\.\r?$", raw, re.M)


def review_every_entry(session: PtySession, language: str, history: int) -> int:
    """From the history, each entry's result (and «=» at the next prompt says it again)."""
    block = session.answer(str(history))
    entries = len(re.findall(r"^  [1-9]\d* ", block, re.M))
    heard = 0
    for number in range(1, entries + 1):
        block = session.answer(str(number))  # the entry's own menu
        assert re.search(RANGE[language], prompt_line(block))
        shown = session.answer("1")  # show the result
        if "har ikke noe resultat" in shown or "has no result" in shown:
            block = session.answer("0")
            continue
        again = session.answer("=")
        result = shown.rstrip("\n").split("\n")
        body = "\n".join(line for line in result[:-1] if line.strip())
        assert body.split("\n", 2)[1] in again, "the result was not said again"
        heard += 1
        block = session.answer("0")  # back to the history
    session.answer("0")  # back to the main menu
    return heard


@pytest.mark.slow
def test_the_hall_walk_as_it_reads(tmp_path: Path) -> None:
    """One Hall walk in nb with the setting, straight through, result heard twice."""
    session = PtySession(["run", "hall-kvadranten", "--screen-reader"], tmp_path)
    keys = ["", "", "4", "4", "3", "5", "4", "2", "2", "3", "2", "3", "2", "4", "=", ""]
    keys += ["Jeg kjenner meg igjen.", "Neste uke snakker jeg med lederen min.", "."]
    try:
        for key in keys:
            session.block()
            session.type(key)
        session.block()
        assert session.finish() == 0
    finally:
        session.close()
    heard = "".join(session.transcript)
    assert "Plassering: HANDLINGSLAMMET" in heard
    assert heard.count("Det var resultatet. Trykk Enter for å gå videre.") == 2
    assert "Linje 3: " in heard and "Ferdig. Svarene er lagret som" in heard
