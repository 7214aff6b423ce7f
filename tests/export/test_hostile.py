"""Person text never becomes structure or breaks an export (issue 9 items 4 and 11).

Checked with markdown-it-py, another program's reading of the Markdown, not our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from medarbeider_tui.cli import main
from tests.export.conftest import SaveEntry

#: A text answer that closes a code fence and then tries every kind of structure.
BREAK_OUT = (
    "Helt vanlig start.\n"
    "```\n"
    "# Overskrift fra svaret\n"
    "\n"
    "| a | b |\n"
    "|---|---|\n"
    "| c | d |\n"
    "\n"
    '<img src="x" onerror="alert(1)">\n'
    "~~~\n"
    "- liste\n"
    "1. nummerert\n"
    "> sitat\n"
    "[lenke](javascript:alert(1)) ![bilde](http://example.invalid/x.png) <http://example.invalid>\n"
    "    innrykket kode\n"
    "Setext\n"
    "===\n"
    "***\n"
    "`kode` *kursiv* **fet** _x_ \\ &amp; &#x41;\n"
    "\x1b]0;tittel\x07 \x1b[2J \u202e snudd"
)


def parse(text: str) -> list[str]:
    md = MarkdownIt("commonmark").enable("table")
    return [token.type for token in md.parse(text)] + [
        child.type for token in md.parse(text) for child in token.children or []
    ]


def markdown_export(
    capsys: pytest.CaptureFixture[str], save_entry: SaveEntry, tmp_path: Path, text: str
) -> str:
    entry = save_entry(answers={"sb1": 4, "egen-refleksjon": text})
    tmp_path.mkdir()
    target = tmp_path / "out.md"
    assert main(["diary", "export", entry.id, "-o", str(target)]) == 0, capsys.readouterr()
    capsys.readouterr()
    return target.read_text(encoding="utf-8")


def test_a_fence_in_an_answer_never_opens_structure(
    capsys: pytest.CaptureFixture[str], save_entry: SaveEntry, tmp_path: Path
) -> None:
    baseline = parse(markdown_export(capsys, save_entry, tmp_path / "a", "Helt vanlig start."))
    hostile = markdown_export(capsys, save_entry, tmp_path / "b", BREAK_OUT)
    types = parse(hostile)
    for kind in ("html_block", "html_inline", "image", "link_open", "code_inline"):
        assert kind not in types, kind
    for kind in (
        "heading_open",
        "table_open",
        "fence",
        "code_block",
        "blockquote_open",
        "bullet_list_open",
        "ordered_list_open",
        "hr",
        "em_open",
        "strong_open",
    ):
        assert types.count(kind) == baseline.count(kind), kind
    assert "\x1b" not in hostile and "\u202e" not in hostile


def test_a_lone_surrogate_is_exported_visibly(
    capsys: pytest.CaptureFixture[str], save_entry: SaveEntry, tmp_path: Path
) -> None:
    """Latin-1 input read as UTF-8 with surrogateescape leaves lone surrogates in an answer."""
    text = b"Bl\xe5b\xe6r".decode("utf-8", "surrogateescape")
    for fmt in ("markdown", "html", "csv", "json"):
        entry = save_entry(answers={"sb1": 4, "egen-refleksjon": text})
        target = tmp_path / f"out.{fmt}"
        code = main(["diary", "export", entry.id, "--format", fmt, "-o", str(target)])
        assert code == 0, (fmt, capsys.readouterr())
        written = target.read_bytes().decode("utf-8")  # strict: valid UTF-8
        assert ("\\udce5" in written) if fmt == "json" else ("Bl\ufffdb\ufffdr" in written)
    capsys.readouterr()
