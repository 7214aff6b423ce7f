"""Hostile text, for every test that shows pack or person text (issue 9, item 1).

Packs come from other people and answers are free text: either may try to drive the terminal
(OSC 0 window title, OSC 8 links, OSC 52 clipboard, CSI cursor moves and erases, C1 controls),
to make a line read differently from what it holds (bidi overrides), to hide (zero-width
characters), to become structure (Textual or Rich markup, Markdown, HTML), to be too much (very
long lines), or to be impossible to write at all (lone surrogates, from bytes that were not
UTF-8). This module holds that corpus and the tools to use it:

- `CONTROLS`: text the safe-text rule must neutralise, and pack validation refuses;
- `PRINTABLE`: hostile text that is allowed in a pack (markup, Markdown, HTML, zero-width,
  long lines, scripts written right to left): it must be shown as the characters it is;
- `hostile_pack`: a copy of the test pack with a text in *every* text field of the pack format
  (found from the JSON Schema, so a field added later is covered too);
- `answer_sets`: answers of every answer kind (text, list, sort, plan; choices and scales
  beside them) that together carry every string of a corpus;
- `run_cli`, `unsafe_in` and `assert_clean`: run ``medarbeider`` as a subprocess and check the
  raw bytes it wrote.

The export and full-screen tests import it too: ``from tests.hostile import CORPUS, ...``.
"""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from medarbeider_tui.content.answers import MAX_LIST_ITEM, MAX_PLAN_TEXT
from medarbeider_tui.content.packspec import FORMAT_2_FIELDS, json_schemas
from medarbeider_tui.safe_text import json_text

ROOT = Path(__file__).resolve().parents[1]
TEST_PACK = ROOT / "tests" / "packs" / "proeve"

# --- the corpus ---------------------------------------------------------------------------

#: Every C0 control but tab and newline, and DEL.
C0 = {f"c0-{code:02x}": f"a{chr(code)}b" for code in [*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F]}
#: Every C1 control.
C1 = {f"c1-{code:02x}": f"a{chr(code)}b" for code in range(0x80, 0xA0)}
SEQUENCES = {
    "osc0-title": "\x1b]0;owned\x07",
    "osc0-title-st": "\x1b]0;owned\x1b\\",
    "osc2-title": "\x1b]2;owned\x07",
    "osc8-link": "\x1b]8;;https://example.invalid/\x1b\\click me\x1b]8;;\x1b\\",
    "osc52-clipboard": "\x1b]52;c;b3duZWQ=\x07",
    "osc52-read": "\x1b]52;c;?\x07",
    "csi-erase": "\x1b[2J\x1b[3J\x1b[H",
    "csi-cursor": "line\x1b[1A\x1b[2Kover",
    "csi-colour": "\x1b[31;1mred\x1b[0m",
    "csi-report": "\x1b[6n\x1b[c",
    "c1-csi": "\x9b2J",
    "c1-osc": "\x9d0;owned\x9c",
    "dcs": "\x1bP+q544e\x1b\\",
    "carriage-return": "safe text\rEVIL",
    "backspaces": "good\x08\x08\x08\x08evil",
    "bell": "ding\x07",
    "nul": "nul\x00byte",
}
#: Characters that reorder or isolate text ("Trojan Source"), and invisible line breaks.
BIDI = {
    f"bidi-{ord(char):04x}": f"abc{char}def"
    for char in "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
}
SEPARATORS = {"line-separator": "one\u2028two", "paragraph-separator": "one\u2029two"}
#: Lone surrogates: what Python makes of bytes that were not UTF-8 (surrogateescape).
SURROGATES = {
    "surrogate-latin1": "bl\udce5b\udce6r",  # «blåbær» typed in a Latin-1 terminal
    "surrogate-high": "x\ud800y",
    "surrogate-low": "x\udfffy",
}
CONTROLS: dict[str, str] = {**C0, **C1, **SEQUENCES, **BIDI, **SEPARATORS, **SURROGATES}

MARKUP = {
    "rich-bold": "[b]bold[/b]",
    "rich-unclosed": "Budget [/x] draft",
    "rich-link": "[link=https://example.invalid]x[/link]",
    "rich-style": "[red on white]x[/]",
    "textual-click": "[@click=app.quit]quit[/]",
    "textual-variable": "[$accent]x[/]",
    "nb-marker": "[nb] Ledelse",
    "escaped-bracket": "\\[b] not bold",
    "rich-emoji": ":smiley: :warning:",
}
MARKDOWN = {
    "md-heading": "# A heading",
    "md-fence": "```\n# not a heading\n```",
    "md-table": "| a | b |\n|---|---|\n| 1 | 2 |",
    "md-link": "[click](javascript:alert(1))",
    "md-image": "![x](https://example.invalid/x.png)",
    "md-emphasis": "*a* _b_ **c** `d`",
    "md-list": "- item\n1. item\n> quote",
    "html-img": "<img src=x onerror=alert(1)>",
    "html-script": "<script>alert(1)</script>",
    "html-entity": "&lt;b&gt; &amp; &#27;",
}
OTHER = {
    "zero-width": "zero\u200bwidth\u200cnon\u200djoiner\u2060word\ufeffbom",
    "combining": "e\u0301\u0301\u0301 Z\u0336\u0337",
    "wide": "全角テキスト 😀👍🏽",
    "rtl-script": "שלום עליכם مرحبا",
    "format-braces": "{name} {0} {{}} %s %(x)s",
    "quotes": "'\"«»`\\",
    "long-line": "lang linje " * 1400,
}
PRINTABLE: dict[str, str] = {**MARKUP, **MARKDOWN, **OTHER}
CORPUS: dict[str, str] = {**CONTROLS, **PRINTABLE}

#: What must never reach a terminal: the C0 controls but tab and newline, DEL, C1, direction
#: controls and invisible line breaks (the rule of ``safe_text``, stated again on its own).
UNSAFE_OUTPUT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)


def typed(text: str) -> bytes | None:
    """The bytes a terminal sends that read back as ``text`` (lone surrogates as the bytes
    they stand for); None for a surrogate no bytes give (\\ud800), or text holding NUL (it
    cannot be an argument or an environment variable)."""
    if "\x00" in text:
        return None
    try:
        return os.fsencode(text)
    except UnicodeEncodeError:
        return None


def unsafe_in(raw: bytes) -> list[str]:
    """What in ``raw`` (output bytes) must not be there: controls, and bytes that are not UTF-8
    (a lone surrogate written raw). Empty when the output is clean."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [f"not UTF-8 at byte {exc.start}: {raw[exc.start : exc.start + 8]!r}"]
    return sorted({f"U+{ord(char):04X}" for char in UNSAFE_OUTPUT.findall(text)})


def assert_clean(done: subprocess.CompletedProcess[bytes], what: str = "") -> None:
    """No traceback, and nothing unsafe on stdout or stderr."""
    label = what or " ".join(map(str, done.args[3:]))
    assert b"Traceback" not in done.stderr, f"{label}: {done.stderr.decode(errors='replace')}"
    assert unsafe_in(done.stdout) == [], f"{label}: stdout"
    assert unsafe_in(done.stderr) == [], f"{label}: stderr"


def run_cli(
    *args: str | Path,
    env: Mapping[str, str] | None = None,
    stdin: bytes = b"",
    timeout: float = 120,
) -> subprocess.CompletedProcess[bytes]:
    """``medarbeider ARGS`` as its own process, in this test's environment (plus ``env``),
    with the raw bytes of stdout and stderr. A str argument may hold lone surrogates: they
    become the raw bytes they stand for, as a shell would pass them."""
    return subprocess.run(
        [sys.executable, "-m", "medarbeider_tui", *map(os.fsencode, args)],
        input=stdin,
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=timeout,
        check=False,
    )


# --- every text field of a pack -----------------------------------------------------------


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@dataclass(frozen=True)
class Spot:
    """One text field of a pack: the file and the keys that lead to it, and its new text."""

    file: str
    keys: tuple[str | int, ...]
    text: str


def hostile_pack(
    dest: Path,
    texts: Iterable[str],
    source: Path = TEST_PACK,
    add_missing: bool = True,
    files: Iterable[str] | None = None,
) -> list[Spot]:
    """Copy the pack at ``source`` to ``dest`` with the next of ``texts`` (cycled) in every
    text field of every file (or of ``files`` only; the others are copied as they are), in
    both languages; fields the pack leaves out are added too (``add_missing``). Returns where
    each text went, in order."""
    supply = itertools.cycle(list(texts))
    schemas = json_schemas()["$defs"]
    chosen = None if files is None else set(files)
    dest.mkdir(parents=True, exist_ok=True)
    spots: list[Spot] = []
    for path in sorted(source.glob("*.yaml")):
        if chosen is not None and path.name not in chosen:
            (dest / path.name).write_bytes(path.read_bytes())
            continue
        data = yaml.load(path.read_bytes(), Loader=_LOADER)
        schema = schemas["pack" if path.name == "pack.yaml" else "exercise"]
        filled = _fill(data, schema, supply, spots, path.name, (), add_missing)
        (dest / path.name).write_text(dump_yaml(filled), encoding="utf-8")
    return spots


def dump_yaml(data: Any) -> str:
    """YAML that holds any text exactly: ASCII only, controls and surrogates as escapes."""
    options: dict[str, Any] = {"allow_unicode": False, "sort_keys": False, "width": 1 << 30}
    try:
        return yaml.dump(data, Dumper=_DUMPER, **options)
    except UnicodeEncodeError:  # libyaml cannot write a lone surrogate; PyYAML escapes it
        return yaml.dump(data, Dumper=yaml.SafeDumper, **options)


def lines_of(folder: Path, spots: Iterable[Spot]) -> dict[Spot, list[int]]:
    """For each spot, the lines (from 1) where its text starts in its file: one line for a
    text written once, one per language for a language map."""
    trees: dict[str, yaml.Node] = {}
    found: dict[Spot, list[int]] = {}
    for spot in spots:
        if spot.file not in trees:
            trees[spot.file] = yaml.compose((folder / spot.file).read_bytes(), Loader=_LOADER)
        node = trees[spot.file]
        for key in spot.keys:
            if isinstance(node, yaml.SequenceNode):
                assert isinstance(key, int)
                node = node.value[key]
            else:
                assert isinstance(node, yaml.MappingNode)
                node = next(v for k, v in node.value if k.value == str(key))
        values = [v for _, v in node.value] if isinstance(node, yaml.MappingNode) else [node]
        found[spot] = [int(value.start_mark.line) + 1 for value in values]
    return found


def _is_text(schema: Mapping[str, Any]) -> bool:
    """A person-readable text: LocalText (string or language map), or free Str."""
    if "anyOf" in schema:
        return any(option.get("type") == "string" for option in schema["anyOf"])
    return schema.get("type") == "string" and not {"pattern", "enum", "const"} & set(schema)


def _variant(schema: Mapping[str, Any], value: Any) -> Mapping[str, Any]:
    """The ``then`` branch a tagged object (steps, scores) takes by its ``kind``."""
    for branch in schema.get("allOf", []):
        if branch["if"]["properties"]["kind"]["const"] == value.get("kind"):
            return dict(branch["then"])
    return schema


def _fill(
    value: Any,
    schema: Mapping[str, Any],
    texts: Iterator[str],
    spots: list[Spot],
    file: str,
    keys: tuple[str | int, ...],
    add_missing: bool,
) -> Any:
    if _is_text(schema):
        text = next(texts)
        spots.append(Spot(file, keys, text))
        return {"nb": text, "en": text} if "anyOf" in schema else text
    if isinstance(value, list):
        item = schema.get("items", {})
        return [
            _fill(v, item, texts, spots, file, (*keys, n), add_missing) for n, v in enumerate(value)
        ]
    if not isinstance(value, dict):
        return value
    schema = _variant(schema, value)
    properties: Mapping[str, Any] = schema.get("properties", {})
    extra = schema.get("additionalProperties")
    if extra is False:  # keys by pattern (scale labels): each value is what the pattern holds
        extra = next(iter(schema.get("patternProperties", {}).values()), None)
    out: dict[Any, Any] = {}
    for key, child in value.items():
        child_schema = properties.get(key, extra if isinstance(extra, dict) else {})
        out[key] = _fill(child, child_schema, texts, spots, file, (*keys, key), add_missing)
    if add_missing:
        for key, child_schema in properties.items():
            if key in FORMAT_2_FIELDS:
                continue  # the test pack is format 1, where these are refused
            if key not in out and _is_text(child_schema):
                out[key] = _fill(None, child_schema, texts, spots, file, (*keys, key), False)
    return out


# --- answers of every kind ----------------------------------------------------------------

#: The test pack's scale answers, which carry no text.
_HALL_SCALES = {f"{prefix}{n}": 3 for prefix in ("sb", "od") for n in range(1, 7)}


def answer_sets(texts: Iterable[str]) -> list[tuple[str, dict[str, Any]]]:
    """(exercise, answers) for the test pack, together holding every one of ``texts`` in a
    text answer (``hall``: ``notat``), in list entries and sort placements, and in plan slots
    (``alt``). Each text is wrapped in «…», so that an answer's spaces at either end (some
    controls count as spaces) are not taken away by the answer check; a text longer than an
    answer may be is cut to fit."""
    wrapped = [f"«{text}»" for text in texts]
    sets: list[tuple[str, dict[str, Any]]] = [
        ("hall", {**_HALL_SCALES, "notat": "\n".join(chunk)}) for chunk in _chunks(wrapped, 4500)
    ]
    one_line = [text.replace("\n", " ") for text in wrapped if len(text) <= MAX_LIST_ITEM]
    entries = [" ".join(group) for group in _chunks(one_line, MAX_LIST_ITEM)]
    sets += [("alt", _alt_answers(entries[n : n + 8])) for n in range(0, len(entries), 8)]
    plans = list(_chunks(wrapped, MAX_PLAN_TEXT))
    for what, how in itertools.zip_longest(plans[::2], plans[1::2], fillvalue=[]):
        sets.append(("alt", _alt_answers(["x"], what, how)))
    return sets


def _alt_answers(
    entries: list[str], what: list[str] | None = None, how: list[str] | None = None
) -> dict[str, Any]:
    cells = ["q1", "q2", "q3", "q4"]
    plan = {"what": "\n".join(what or entries[:1]), "how": "\n".join(how or [])}
    return {
        "f1": 1,
        "f2": 4,
        "f3": 5,
        "oppgaver": entries,
        "matrise": [{"item": e, "cell": cells[n % 4]} for n, e in enumerate(entries)],
        "styrker": ["f3"],
        "retning": "mer",
        "utvikling": {"u1": {**plan, "review": "2031-01-15"}, "u2": {"what": entries[-1]}},
    }


def _chunks(texts: list[str], size: int) -> Iterator[list[str]]:
    """``texts`` in groups that, joined by line breaks, hold at most ``size`` characters (a
    text longer than that alone, cut to ``size``)."""
    group: list[str] = []
    for text in texts:
        if len(text) > size:
            text = text[:size].rstrip()  # as the answer check would keep it
        if group and sum(map(len, group)) + len(group) + len(text) > size:
            yield group
            group = []
        group.append(text)
    if group:
        yield group


def answers_file(folder: Path, name: str, answers: Mapping[str, Any]) -> Path:
    """``answers`` as a file for ``run --answers``: JSON (which is YAML) with every control
    written as an escape (YAML does not allow them raw), so they reach the program exactly.
    Not for lone surrogates: YAML refuses even their escapes."""
    path = folder / name
    path.write_text(json_text(answers), encoding="utf-8")
    return path
