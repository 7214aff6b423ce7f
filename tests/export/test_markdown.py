"""The Markdown export as markdown-it-py reads it: a document, and person text never structure.

markdown-it-py (CommonMark with GFM tables) is another program's reading of our output, so these
tests cannot pass by agreeing with our own escaping code.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from medarbeider_tui.safe_text import terminal_safe
from tests.export.conftest import QUADRANT_ANSWERS, ExportText, SaveEntry

MD = MarkdownIt("commonmark").enable("table")

#: Every character Markdown (and GFM) gives a meaning to, line-start markers and controls.
HOSTILE = st.lists(
    st.sampled_from(
        [
            *"\\`*_[]<>#|~&$!()-+=.:;'\"{} \t\n1aZæ",
            "```",
            "~~~",
            "    ",
            "\r\n",
            "\x1b",
            "\x00",
            "\u202e",
            "\u2028",
            "\ud800",
            "&amp;",
        ]
    ),
    max_size=40,
).map("".join)


def tokens(text: str) -> list[Token]:
    """Every token, the inline children after their block."""
    out: list[Token] = []
    for token in MD.parse(text):
        out.append(token)
        out += token.children or []
    return out


#: Tokens that are text, not structure: an answer may have any number of lines and paragraphs.
PROSE = {"text", "inline", "hardbreak", "softbreak", "paragraph_open", "paragraph_close"}


def kinds(text: str) -> list[str]:
    return [token.type for token in tokens(text)]


def structure(text: str) -> list[str]:
    """The document's structure: every token but text, in order."""
    return [kind for kind in kinds(text) if kind not in PROSE]


def shown_texts(text: str) -> list[str]:
    """The text a viewer shows of each block quote (the free-text answers), line breaks kept."""
    out, inside, parts = [], 0, []
    for token in MD.parse(text):
        if token.type == "blockquote_open":
            inside, parts = inside + 1, []
        elif token.type == "blockquote_close":
            inside -= 1
            out.append("".join(parts))
        elif inside and token.type == "inline":
            for child in token.children or []:
                parts.append("\n" if child.type in ("hardbreak", "softbreak") else child.content)
            parts.append("\n")
    return out


def inline_texts(text: str) -> list[str]:
    """What a viewer shows of each line of text (a cell, a list item, a paragraph)."""
    return [
        "".join(child.content for child in token.children or [])
        for token in MD.parse(text)
        if token.type == "inline"
    ]


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_a_hall_entry_is_a_document_of_headings_tables_and_lists(
    save_entry: SaveEntry, export_text: ExportText
) -> None:
    entry = save_entry(answers={**QUADRANT_ANSWERS["handlingslammet"], "egen-refleksjon": "Ja."})
    text = export_text([entry.id])
    found = tokens(text)
    headings = [
        (token.tag, found[number + 1].content)
        for number, token in enumerate(found)
        if token.type == "heading_open"
    ]
    assert headings[0] == ("h1", "Hall-kvadranten")
    assert ("h2", "Resultat") in headings and ("h2", "Dine svar") in headings
    assert ("h3", "Selvbevissthet") in headings and ("h3", "Refleksjon") in headings
    assert kinds(text).count("table_open") >= 5  # the 2×2, the axes, the why ×2, answers ×2
    assert "bullet_list_open" in kinds(text)  # the reflection questions
    fences = [t for t in found if t.type == "fence"]
    assert [f.info for f in fences] == ["mermaid"]  # no code block of terminal text
    assert "code_block" not in kinds(text)
    assert fences[0].content.startswith("quadrantChart\n")
    assert "Plassering: HANDLINGSLAMMET" in text


def test_the_2x2_table_marks_the_persons_field(
    save_entry: SaveEntry, export_text: ExportText
) -> None:
    for quadrant in ("proaktiv", "reaktiv", "handlingslammet", "brikke"):
        text = export_text([save_entry(answers=QUADRANT_ANSWERS[quadrant]).id])
        html = MD.render(text)
        table = html[: html.index("</table>")]
        rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]
        cells = [re.findall(r"<td>(.*?)</td>", row, re.S)[1:] for row in rows]
        marked = [
            (r, c) for r, row in enumerate(cells) for c, cell in enumerate(row) if "←" in cell
        ]
        where = {"handlingslammet": (0, 0), "proaktiv": (0, 1), "brikke": (1, 0), "reaktiv": (1, 1)}
        assert marked == [where[quadrant]], (quadrant, cells)


def test_the_mermaid_chart_follows_mermaid_grammar(
    save_entry: SaveEntry, export_text: ExportText
) -> None:
    """Quoted texts (Mermaid's letters are ASCII only), coordinates «1» or «0.dd»."""
    for quadrant, (x_high, y_high) in {
        "proaktiv": (True, True),
        "handlingslammet": (False, True),
        "brikke": (False, False),
        "reaktiv": (True, False),
    }.items():
        text = export_text([save_entry(answers=QUADRANT_ANSWERS[quadrant]).id])
        [chart] = [t.content for t in tokens(text) if t.type == "fence"]
        lines = chart.splitlines()
        assert lines[0] == "quadrantChart"
        assert any(re.fullmatch(r'    x-axis "[^"]+" --> "[^"]+"', line) for line in lines)
        labels = dict(re.findall(r'quadrant-(\d) "([^"]+)"', chart))
        assert labels == {"1": "PROAKTIV", "2": "HANDLINGSLAMMET", "3": "BRIKKE", "4": "REAKTIV"}
        [(x, y)] = re.findall(r'"Du": \[(1|0(?:\.\d+)?), (1|0(?:\.\d+)?)\]', chart)
        assert (float(x) > 0.5, float(y) > 0.5) == (x_high, y_high)


def test_every_kind_of_answer_has_its_structure(
    save_entry: SaveEntry, export_text: ExportText
) -> None:
    tasks = ["Rapport", "Møter", "E-post | svar", "Plan"]
    sort = [
        {"item": "Rapport", "cell": "q1"},
        {"item": "Møter", "cell": "q3"},
        {"item": "E-post | svar", "cell": "q3"},
        {"item": "Plan", "cell": "q2"},
    ]
    prioritering = save_entry("prioritering", {"oppgaver": tasks, "matrise": sort})
    text = export_text([prioritering.id])
    html = MD.render(text)
    assert "<li>E-post | svar</li>" in html  # a list entry, its pipe a pipe
    grid = re.search(r"<th>\s*</th>.*?</table>", html, re.S)
    assert grid is not None
    rows = re.findall(r"<tr>(.*?)</tr>", grid.group(0), re.S)
    body = [re.findall(r"<td>(.*?)</td>", row, re.S) for row in rows]
    assert body[0][1:] == ["Rapport", "Plan"]  # Viktig: haster | haster ikke
    assert body[1][1:] == ["Møter · E-post | svar", ""]

    plan = {
        "utvikling-1": {"what": "Gi tilbakemelding", "how": "Hver fredag", "review": "2027-01-15"}
    }
    leder = save_entry("lederferdigheter", {"lf1": 4, "plan-utvikling": plan})
    html = MD.render(export_text([leder.id]))
    assert "<strong>Hvordan:</strong>" not in html  # details are labelled, not shouted
    assert "<em>Hvordan:</em> Hver fredag" in html
    assert "<em>Se på igjen:</em> 15.01.2027" in html

    selv = save_entry(
        "selvledelse",
        {"styrker": ["initiativ", "arbeidspress"], "selv-gjore": "Spørre.", "hjelp": "Tid."},
    )
    text = export_text([selv.id])
    html = MD.render(text)
    assert "<li>Ta initiativ og være proaktiv</li>" in html
    # Two steps share a title; each is labelled by its own question.
    assert html.count("<h3>Selvledelse fremover</h3>") == 2
    assert "<em>Hva kan jeg selv gjøre for å bli enda bedre på selvledelse?</em>" in html
    assert "<em>Hva trenger jeg eventuelt hjelp til?</em>" in html
    assert "Velg så mange du vil" not in html  # the instruction is not the question


def test_several_entries_are_grouped_by_exercise_then_date(
    save_entry: SaveEntry, export_text: ExportText
) -> None:
    late = save_entry(days=2)
    leader = save_entry("lederferdigheter", {"lf1": 4}, days=1)
    early = save_entry(days=0)
    text = export_text([late.id, leader.id, early.id])
    found = tokens(text)
    headings = [
        (token.tag, found[number + 1].content)
        for number, token in enumerate(found)
        if token.type == "heading_open" and token.tag in ("h1", "h2", "h3")
    ]
    assert headings == [
        ("h1", "medarbeider: 3 oppføringer"),
        ("h2", "Hall-kvadranten"),
        ("h3", "27.11.2026 10:31"),
        ("h3", "29.11.2026 10:31"),
        ("h2", "Lederferdigheter som utvikler selvledede medarbeidere"),
        ("h3", "28.11.2026 10:31"),
    ]


@pytest.mark.slow
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(answer=HOSTILE, task=HOSTILE)
def test_hostile_answers_never_become_structure(
    save_entry: SaveEntry, export_text: ExportText, answer: str, task: str
) -> None:
    """Any text, in a free-text answer and in a list entry (listed, and sorted into the 2×2
    table), leaves the document's structure as it is for a harmless answer, and the free text
    reads back as written (controls made visible)."""

    def answers(task: str, text: str) -> dict[str, Any]:
        sorted_task = [{"item": task, "cell": "q1"}]
        return {"oppgaver": [task], "matrise": sorted_task, "slutte": text}

    baseline = structure(export_text([save_entry("prioritering", answers("Rapport", "Nei.")).id]))
    answer = answer if answer.strip() else "x"
    task = " ".join(task.replace("\r", "\n").split("\n")).strip() or "y"
    entry = save_entry("prioritering", answers(task, answer))
    text = export_text([entry.id])
    assert structure(text) == baseline
    assert "\x1b" not in text and "\u202e" not in text
    [shown] = shown_texts(text)
    assert flat(shown) == flat(terminal_safe(answer.strip()))
    shown_task = flat(terminal_safe(task))
    assert [flat(line) for line in inline_texts(text)].count(shown_task) >= 2  # list and 2×2
