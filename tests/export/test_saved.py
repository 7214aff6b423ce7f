"""An entry whose pack is gone still shows the person's answers, by id (`export/saved.py`)."""

from __future__ import annotations

from medarbeider_tui.export.saved import saved_answer_lines, saved_result_lines


def test_every_answer_is_under_its_id_and_nested_ones_indented() -> None:
    answers = {
        "sb1": 4,
        "hvem-er-du": "Første linje\nandre linje",
        "tasks": ["Ringe Kari", "Rydde innboksen"],
        "sorted": {"viktig": ["A"], "haster": []},
        "plan": {"s1": {"what": "Kurs", "when": "2027-03-15"}},
        "hours": 7.5,
    }
    assert saved_answer_lines(answers, "nb") == [
        "sb1: 4",
        "hvem-er-du: Første linje",
        "  andre linje",
        "tasks:",
        "  - Ringe Kari",
        "  - Rydde innboksen",
        "sorted:",
        "  viktig:",
        "    - A",
        "  haster:",
        "plan:",
        "  s1:",
        "    what: Kurs",
        "    when: 2027-03-15",
        "hours: 7,5",
    ]
    assert saved_answer_lines({"hours": 7.5}, "en") == ["hours: 7.5"]


def test_results_in_brief_a_mean_by_its_value_a_quadrant_by_its_field() -> None:
    results = {
        "self_awareness": {"kind": "mean", "value": 3.6666666666666665, "inputs": {}},
        "hall": {"kind": "quadrant", "quadrant": "handlingslammet", "x": {"value": 2.1}},
        "odd": "not a result",
    }
    assert saved_result_lines(results, "nb") == ["self_awareness: 3,7", "hall: HANDLINGSLAMMET"]
    assert saved_result_lines(results, "en")[0] == "self_awareness: 3.7"
