"""Pack text made plain or filled in: the small text rules every renderer shares."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from medarbeider_tui.content.text import Text

# Strong/emphasis as CommonMark reads them: '_' never inside a word (snake_case stays).
# A mark escaped by a backslash (``\*``, as a filled-in answer is) is text, not a mark.
_EMPHASIS = re.compile(r"(?<!\\)(\*\*|\*|(?<!\w)__|(?<!\w)_)(?=\S)(.+?)(?<=\S)(?<!\\)\1(?!\w)")
_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_ESCAPED = re.compile(r"\\([\\`*_\[\]<>#|~!{}()+.-])")


def unescape(text: str) -> str:
    """Markdown's backslash escapes read as the characters they escape."""
    return _ESCAPED.sub(r"\1", text)


def markdown_to_plain(text: str) -> str:
    """Pack Markdown read aloud well: emphasis marks and heading hashes dropped, escapes read."""
    return unescape(_HEADING.sub("", _EMPHASIS.sub(r"\2", text)))


def fill(text: Text, language: str, **values: str) -> str:
    """Substitute {name} placeholders in pack text without ``str.format`` (packs may use {})."""
    out = text.render(language)
    for name, value in values.items():
        out = out.replace("{" + name + "}", value)
    return out


def first_line(text: str) -> str:
    """The first non-empty line of ``text`` (a prompt's question, without its explanation)."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


# --- pack Markdown as blocks, for documents ----------------------------------------------------

Style = Literal["", "strong", "em"]
Span = tuple[str, Style]

_ITEM = re.compile(r"^\s{0,3}(?:(?P<bullet>[-*+])|(?P<number>\d{1,9})[.)])\s+(?P<text>.*)$")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of spans."""

    spans: list[Span]


@dataclass(frozen=True)
class ItemList:
    """A bulleted or numbered list; each item a line of spans."""

    ordered: bool
    items: list[list[Span]]


Block = Paragraph | ItemList


def spans(text: str) -> list[Span]:
    """``text`` cut into plain, strong (``**x**``) and emphasised (``*x*``, ``_x_``) runs."""
    out: list[Span] = []
    at = 0
    for match in _EMPHASIS.finditer(text):
        if match.start() > at:
            out.append((unescape(text[at : match.start()]), ""))
        out.append((unescape(match.group(2)), "strong" if len(match.group(1)) == 2 else "em"))
        at = match.end()
    if at < len(text):
        out.append((unescape(text[at:]), ""))
    return out


def blocks(text: str, markdown: bool) -> list[Block]:
    """Pack text as paragraphs and lists: the small part of Markdown packs use (emphasis, lists).

    Everything else a pack writes (headings, links, images, HTML, code) is kept as its plain
    words, so a document shows it and never lets it act: pack text comes from other people.
    Paragraphs are separated by a blank line; the lines of one are joined, as Markdown does.
    """
    out: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [line for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        if not markdown:
            out.append(Paragraph([(" ".join(line.strip() for line in lines), "")]))
            continue
        paragraph: list[str] = []
        items: list[str] = []
        ordered = False
        for line in lines:
            item = _ITEM.match(line)
            if item is not None:
                if paragraph:
                    out.append(Paragraph(spans(" ".join(paragraph))))
                    paragraph = []
                if items and ordered != (item["number"] is not None):
                    out.append(ItemList(ordered, [spans(i) for i in items]))
                    items = []
                ordered = item["number"] is not None
                items.append(item["text"].strip())
            elif items:  # a continuation line of the last item
                items[-1] += " " + line.strip()
            else:
                paragraph.append(_HEADING.sub("", line.strip()))
        if items:
            out.append(ItemList(ordered, [spans(i) for i in items]))
        if paragraph:
            out.append(Paragraph(spans(" ".join(paragraph))))
    return out
