"""Item 3: teaching cards. Declared in the pack (validated with file:line in nb and en, in the
JSON Schema), built once into the card model (`report.cards`), said in words and written as
HTML; the built-in pack's four models in the deck's wording."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
import yaml

from medarbeider_tui.content.loader import load_pack
from medarbeider_tui.content.packspec import json_schema_for
from medarbeider_tui.export.cards import card_html, card_lines, cards_page
from medarbeider_tui.i18n import Translatable as T
from medarbeider_tui.paths import builtin_content_dir
from medarbeider_tui.report.cards import FlowCard, MatrixCard, PartsCard, build_cards
from medarbeider_tui.service import ReflectionService
from tests.cli.test_cli import run
from tests.content.minipack import HEADER, dedent, line_of, only_error, write_pack

PACK_DIR = builtin_content_dir() / "aktivt-medarbeiderskap"
#: The rest of an exercise with cards: a scale step, a list and a sort with a grid, two means
#: and a quadrant over them. Cards come first in the file, so their line numbers are the file's.
REST = """\
scales:
  s5: {min: 1, max: 5, labels: {1: Lite, 5: Mye}}
steps:
  - id: sp
    kind: scale
    scale: s5
    items: [{id: a1, text: Første}, {id: a2, text: Andre}]
  - {id: liste, kind: list}
  - id: sorter
    kind: sort
    items_from: liste
    grid: {columns: [Haster, Haster ikke], rows: [Viktig, Ikke viktig]}
    cells:
      - {id: c1, label: Én, hint: Gjør nå}
      - {id: c2, label: To}
      - {id: c3, label: Tre}
      - {id: c4, label: Fire}
  - {id: ferdig, kind: result}
scoring:
  - {id: x, kind: mean, label: Evne, items: [a1]}
  - {id: y, kind: mean, label: Vilje, items: [a2]}
  - id: q
    kind: quadrant
    x: x
    y: y
    threshold: 3
    quadrants:
      - {id: hh, x: high, y: high, label: HH, description: Begge høye}
      - {id: lh, x: low, y: high, label: LH}
      - {id: hl, x: high, y: low, label: HL}
      - {id: ll, x: low, y: low, label: LL}
"""


def pack_with_cards(folder: Path, cards: str) -> Path:
    return write_pack(folder, dedent(cards) + REST)


def builtin() -> dict[str, object]:
    result = load_pack(PACK_DIR)
    assert result.pack is not None and result.problems == []
    return {e.id: e for e in result.pack.exercises}


# --- the built-in pack ------------------------------------------------------------------------


def test_the_hall_card_is_the_quadrant_of_the_exercise() -> None:
    exercise = builtin()["hall-kvadranten"]
    [card] = build_cards(exercise, "nb")  # type: ignore[arg-type]
    assert isinstance(card, MatrixCard)
    assert (card.x_axis, card.y_axis) == ("Omstillingsdyktighet", "Selvbevissthet")
    assert (card.columns, card.rows) == (("Lav", "Høy"), ("Høy", "Lav"))
    assert [(c.position, c.label, c.quadrant_id) for c in card.cells] == [
        ("top_left", "HANDLINGSLAMMET", "handlingslammet"),
        ("top_right", "PROAKTIV", "proaktiv"),
        ("bottom_left", "BRIKKE", "brikke"),
        ("bottom_right", "REAKTIV", "reaktiv"),
    ]
    # the deck's descriptions (docs/content-sources.md §1.3)
    assert card.cells[0].text.startswith("Problemorientert, kan tillegge andre skylden")
    assert card.cells[3].text == "Fleksibel, men liten bevissthet om egne ønsker og muligheter."
    assert "Douglas T. Hall" in card.source
    [english] = build_cards(exercise, "en")  # type: ignore[arg-type]
    assert isinstance(english, MatrixCard)
    assert [c.label for c in english.cells] == ["STUCK", "PROACTIVE", "PAWN", "REACTIVE"]
    assert english.x_axis == "Adaptability" and english.columns == ("Low", "High")


def test_the_kuvaas_card_leads_from_six_drivers_to_effort_and_results() -> None:
    [card] = build_cards(builtin()["prestasjonsdrivere"], "nb")  # type: ignore[arg-type]
    assert isinstance(card, FlowCard)
    assert [(s.label, s.items) for s in card.stages] == [
        (
            "Prestasjonsdrivere",
            (
                "Lederstøtte",
                "Kollegastøtte",
                "Identitet",
                "Talentutnyttelse",
                "Mål- og resultatfokus",
                "Jobbautonomi",
            ),
        ),
        ("Arbeidsinnsats", ()),
        ("", ("Bedre resultater", "Redusert turnover og sykefravær", "Økt produksjon")),
    ]
    assert card.title == "Motivasjon, medarbeiderskap og helsenærvær"
    assert card.source == "Kilde: Bård Kuvaas, BI"


def test_the_employeeship_card_has_three_parts_and_their_behaviours() -> None:
    [card] = build_cards(builtin()["medarbeiderskap"], "nb")  # type: ignore[arg-type]
    assert isinstance(card, PartsCard)
    assert card.centre == "Hvordan du forholder deg til …"
    assert [(p.label, p.relates_to, len(p.behaviours)) for p in card.parts] == [
        ("Selvledelse", "deg selv", 3),
        ("Med-ledelse", "lederen din", 3),
        ("Medarbeiderledelse", "kollegene dine", 3),
    ]
    assert card.parts[1].behaviours[2] == "Gjøre din leder god"
    assert card.parts[2].behaviours[2] == (
        "Være en god kollega – verdsette ulikhet og utvikle tillit i relasjon til andre"
    )


def test_the_priority_card_is_the_important_urgent_matrix() -> None:
    [card] = build_cards(builtin()["prioritering"], "en")  # type: ignore[arg-type]
    assert isinstance(card, MatrixCard)
    assert (card.x_axis, card.y_axis) == ("", "")
    assert (card.columns, card.rows) == (("Urgent", "Not urgent"), ("Important", "Not important"))
    assert [(c.label, c.text) for c in card.cells] == [
        ("Important and urgent", "Do now"),
        ("Important, not urgent", "Schedule it"),
        ("Urgent, not important", "Delegate, limit, clarify"),
        ("Neither important nor urgent", "Eliminate"),
    ]


# --- in words and as HTML ---------------------------------------------------------------------

#: What ASCII art would be drawn with: a card in words has none of it.
DRAWING = re.compile(r"[─│┌┐└┘├┤┬┴┼═║+|]|-{3,}|_{3,}")


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize(
    "exercise", ["hall-kvadranten", "prestasjonsdrivere", "medarbeiderskap", "prioritering"]
)
def test_every_card_is_said_in_words(exercise: str, language: str) -> None:
    [card] = build_cards(builtin()[exercise], language)  # type: ignore[arg-type]
    lines = card_lines(card, language)
    text = "\n".join(lines)
    assert lines[0] == card.title
    assert not DRAWING.search(text), text

    def said(words: str) -> bool:  # wherever the lines were wrapped
        return "".join(words.split()) in "".join(text.split())

    if isinstance(card, MatrixCard):
        assert all(said(cell.label) and said(cell.text) for cell in card.cells)
    if isinstance(card, FlowCard):
        assert all(said(item) for stage in card.stages for item in stage.items)
        assert text.count("fører til" if language == "nb" else "leads to") == 2
    if isinstance(card, PartsCard):
        assert all(said(b) for p in card.parts for b in p.behaviours)


def test_the_hall_card_in_words_says_where_each_field_lies() -> None:
    [card] = build_cards(builtin()["hall-kvadranten"], "nb")  # type: ignore[arg-type]
    text = "\n".join(card_lines(card, "nb"))
    assert "Vannrett: Omstillingsdyktighet, med «Lav» til venstre og «Høy» til høyre." in text
    assert "Loddrett: Selvbevissthet, med «Høy» øverst og «Lav» nederst." in text
    flat = " ".join(text.split())
    assert (
        "Øverst til venstre (Omstillingsdyktighet: Lav, Selvbevissthet: Høy): HANDLINGSLAMMET –"
        in flat
    )


class _Structure(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in ("br", "meta"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open.pop() == tag, (tag, self.open)


def test_cards_as_html_are_well_formed_and_load_nothing() -> None:
    exercises = builtin()
    cards = [c for e in exercises.values() for c in build_cards(e, "nb")]  # type: ignore[attr-defined]
    page = cards_page(cards, "Modellene", "nb")
    parser = _Structure()
    parser.feed(page)
    assert parser.open == []
    assert "script" not in parser.tags and "img" not in parser.tags and "link" not in parser.tags
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert page.count('<section class="card ') == 4


def test_pack_text_in_a_card_is_escaped(tmp_path: Path) -> None:
    cards = """\
    cards:
      - id: k
        kind: parts
        title: "<script>alert(1)</script>"
        parts:
          - {label: "A & B", behaviours: ["<b>fet</b>"]}
          - {label: C}
    """
    result = load_pack(pack_with_cards(tmp_path / "p", cards))
    assert result.pack is not None, [str(p) for p in result.problems]
    [card] = build_cards(result.pack.exercises[0], "nb")
    html = card_html(card, "nb")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "A &amp; B" in html and "&lt;b&gt;fet&lt;/b&gt;" in html


# --- validation -------------------------------------------------------------------------------

MATRIX = """\
cards:
  - id: k
    kind: matrix
    title: Kortet
"""


def test_a_valid_card_of_every_kind(tmp_path: Path) -> None:
    cards = """\
    cards:
      - {id: fra-skar, kind: matrix, title: Fra skår, score: q}
      - {id: fra-sort, kind: matrix, title: Fra sort, sort: sorter, x_axis: Tid}
      - id: egne
        kind: matrix
        title: Egne felt
        columns: [Venstre, Høyre]
        rows: [Opp, Ned]
        cells: [{label: A, text: a}, {label: B}, {label: C}, {label: D}]
      - id: flyt
        kind: flow
        title: Flyt
        intro: "**Drivere** fører til innsats."
        stages: [{label: Drivere, scores: [x, y]}, {label: Innsats}, {items: [Resultat]}]
        source: Kilde
      - id: deler
        kind: parts
        title: Deler
        centre: Midten
        parts: [{label: En, step: sp}, {label: To, relates_to: deg, behaviours: [Gjøre]}]
    """
    result = load_pack(pack_with_cards(tmp_path / "p", cards))
    assert result.pack is not None and result.problems == [], [str(p) for p in result.problems]
    built = build_cards(result.pack.exercises[0], "nb")
    assert [c.card_id for c in built] == ["fra-skar", "fra-sort", "egne", "flyt", "deler"]
    first, second, third, flow, parts = built
    assert isinstance(first, MatrixCard) and first.cells[1].label == "HH"
    assert first.cells[1].text == "Begge høye" and first.x_axis == "Evne"
    assert isinstance(second, MatrixCard) and second.x_axis == "Tid"
    assert second.cells[0].text == "Gjør nå"
    assert isinstance(third, MatrixCard) and third.rows == ("Opp", "Ned")
    assert isinstance(flow, FlowCard) and flow.stages[0].items == ("Evne", "Vilje")
    assert flow.intro is not None and flow.intro.markdown
    assert isinstance(parts, PartsCard) and parts.parts[0].behaviours == ("Første", "Andre")


@pytest.mark.parametrize(
    ("card", "needle", "message", "hint"),
    [
        (
            MATRIX,
            "- id: k",
            T("problem.card.matrix_source"),
            T("hint.card.matrix_source"),
        ),
        (
            MATRIX + "    score: q\n    sort: sorter\n",
            "- id: k",
            T("problem.card.matrix_source"),
            T("hint.card.matrix_source"),
        ),
        (
            MATRIX + "    score: x\n",
            "- id: k",
            T("problem.card.not_quadrant", score="x"),
            T("hint.card.quadrant", defined="q"),
        ),
        (
            MATRIX + "    sort: liste\n",
            "- id: k",
            T("problem.card.not_grid", step="liste"),
            T("hint.card.grid"),
        ),
        (
            MATRIX + "    cells: [{label: A}, {label: B}, {label: C}, {label: D}]\n",
            "- id: k",
            T("problem.card.headings"),
            T("hint.card.headings"),
        ),
        (
            MATRIX + "    score: q\n    columns: [A, B]\n",
            "- id: k",
            T("problem.card.headings_unused"),
            T("hint.card.headings_unused"),
        ),
        (
            "cards:\n  - id: f\n    kind: flow\n    title: F\n    stages:\n"
            "      - {label: A}\n      - {items: []}\n",
            "{items: []}",
            T("problem.card.empty_stage"),
            T("hint.card.stage"),
        ),
        (
            "cards:\n  - id: f\n    kind: flow\n    title: F\n    stages:\n"
            "      - {label: A}\n      - {items: [B], scores: [x]}\n",
            "scores: [x]",
            T("problem.card.items_and_scores"),
            T("hint.card.stage"),
        ),
        (
            "cards:\n  - id: f\n    kind: flow\n    title: F\n    stages:\n"
            "      - {label: A}\n      - {scores: [q]}\n",
            "scores: [q]",
            T("problem.rank.not_a_mean", score="q"),
            T("hint.rank.mean"),
        ),
        (
            "cards:\n  - id: p\n    kind: parts\n    title: P\n    parts:\n"
            "      - {label: A, step: sp, behaviours: [B]}\n      - {label: C}\n",
            "step: sp",
            T("problem.card.behaviours_and_step"),
            T("hint.card.part"),
        ),
        (
            "cards:\n  - id: p\n    kind: parts\n    title: P\n    parts:\n"
            "      - {label: A, step: liste}\n      - {label: C}\n",
            "step: liste",
            T("problem.card.not_scale", step="liste"),
            T("hint.card.part"),
        ),
    ],
    ids=[
        "no-source",
        "two-sources",
        "not-a-quadrant",
        "not-a-grid",
        "cells-without-headings",
        "headings-with-a-source",
        "empty-stage",
        "items-and-scores",
        "stage-score-not-a-mean",
        "behaviours-and-step",
        "part-step-not-a-scale",
    ],
)
def test_each_card_mistake_points_at_its_line(
    tmp_path: Path, card: str, needle: str, message: T, hint: T
) -> None:
    p = only_error(load_pack(pack_with_cards(tmp_path / "p", card)))
    assert p.path.name == "ex.yaml"
    assert (p.line, p.message, p.hint) == (line_of(card, needle), message, hint), str(p)
    for language in ("nb", "en"):
        assert p.render(language)


def test_two_cards_with_one_id(tmp_path: Path) -> None:
    cards = (
        "cards:\n  - {id: k, kind: matrix, title: A, score: q}\n"
        "  - {id: k, kind: matrix, title: B, sort: sorter}\n"
    )
    p = only_error(load_pack(pack_with_cards(tmp_path / "p", cards)))
    assert p.line == 3 and p.message == T(
        "problem.id_twice", what=T("problem.what.card"), id="k", line=2
    )


@pytest.mark.parametrize(
    ("cards", "key"),
    [
        ("cards:\n  - {id: k, kind: chart, title: A}\n", "problem.unknown_kind"),
        ("cards:\n  - {id: k, kind: matrix, score: q}\n", "problem.missing_field"),
        (
            "cards:\n  - {id: k, kind: matrix, title: A, columns: [A, B], rows: [C, D],"
            " cells: [{label: A}]}\n",
            "problem.too_few_items",
        ),
        (
            "cards:\n  - {id: k, kind: flow, title: A, stages: [{label: B}]}\n",
            "problem.too_few_items",
        ),
        (
            "cards:\n  - {id: k, kind: parts, title: A, parts: [{label: B}], farge: rød}\n",
            "problem.unknown_field",
        ),
    ],
)
def test_card_shapes_are_checked_by_the_schema_too(tmp_path: Path, cards: str, key: str) -> None:
    result = load_pack(pack_with_cards(tmp_path / "p", cards))
    assert result.pack is None
    assert key in [p.message.key for p in result.errors]
    assert all(p.line == 2 for p in result.errors)
    schema = json_schema_for("exercise")
    # As a validator sees YAML: JSON, whose keys are strings (a scale label 1: is "1").
    document = json.loads(json.dumps(yaml.safe_load(cards + REST + HEADER)))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)


@pytest.mark.slow
def test_the_schema_describes_cards_and_accepts_the_builtin_ones() -> None:
    schema = json_schema_for("exercise")
    assert "cards" in schema["properties"]
    variants = json.dumps(schema["properties"]["cards"])
    assert all(f'"const": "{kind}"' in variants for kind in ("matrix", "flow", "parts"))
    for name in ("hall-kvadranten", "prestasjonsdrivere", "medarbeiderskap", "prioritering"):
        text = (PACK_DIR / "exercises" / f"{name}.yaml").read_text("utf-8")
        document = json.loads(json.dumps(yaml.safe_load(text)))  # keys as JSON has them
        assert document["cards"]
        jsonschema.validate(document, schema)


def test_the_pack_cache_keeps_the_cards(tmp_path: Path, isolated_environment: object) -> None:
    first = ReflectionService(isolated_environment)  # type: ignore[arg-type]
    [(_, exercise)] = first.find_exercise("hall-kvadranten")
    second = ReflectionService(isolated_environment)  # type: ignore[arg-type]
    [(_, cached)] = second.find_exercise("hall-kvadranten")
    assert cached.cards == exercise.cards and cached.cards


# --- the command line -------------------------------------------------------------------------


def test_cards_through_the_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "cards", "list", "--lang", "en")
    assert code == 0 and out.splitlines() == [
        "hall-kvadranten modellen  What are the most important competence requirements in a "
        "changing working life?  [aktivt-medarbeiderskap]",
        "prestasjonsdrivere modellen  Motivation, employeeship and health-related presence at "
        "work  [aktivt-medarbeiderskap]",
        "medarbeiderskap tre-deler  Increased demands for active employeeship  "
        "[aktivt-medarbeiderskap]",
        "prioritering modellen  Important or urgent?  [aktivt-medarbeiderskap]",
    ]
    code, out, _ = run(capsys, "cards", "show", "prestasjonsdrivere", "--lang", "nb")
    assert code == 0 and "Arbeidsinnsats\nfører til\n" in out
    code, _, err = run(capsys, "cards", "show", "hall-kvadranten", "kart", "--lang", "en")
    assert code == 2 and "no card called “kart”. Its cards are: modellen" in err
    code, out, _ = run(capsys, "cards", "show", "tre-sporsmal", "--lang", "en")
    assert code == 0 and "has no teaching cards" in out
    target = tmp_path / "kort.html"
    code, _, err = run(
        capsys, "cards", "show", "hall-kvadranten", "--format", "html", "-o", str(target)
    )
    assert code == 0 and target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (
        run(capsys, "cards", "show", "hall-kvadranten", "--format", "html", "-o", str(target))[0]
        == 1
    )
