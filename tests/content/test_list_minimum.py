"""A list's ``min_items`` (issue 16): a draft keeps a list entry by entry (the session checks
with ``partial``), the list is answered once it has enough, and a file of answers must give
enough at once."""

from __future__ import annotations

from pathlib import Path

from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import check_answers, is_answered
from medarbeider_tui.content.loader import load_pack
from tests.authoring.newpack import new_pack


def pack_asking_for_three(tmp_path: Path) -> tuple[m.Pack, m.Exercise]:
    folder = new_pack(tmp_path)
    exercise = folder / "exercises" / "first.yaml"
    text = exercise.read_text(encoding="utf-8").replace("min_items: 1", "min_items: 3")
    exercise.write_text(text, encoding="utf-8")
    pack = load_pack(folder).pack
    assert pack is not None
    return pack, pack.exercise("first")


def test_a_list_short_of_its_minimum_is_not_answered(tmp_path: Path) -> None:
    _, exercise = pack_asking_for_three(tmp_path)
    step = exercise.step("oppgaver")
    assert not is_answered(step, {"oppgaver": ["Rapport", "E-post"]})
    assert is_answered(step, {"oppgaver": ["Rapport", "E-post", "Møte"]})


def test_a_file_of_answers_must_give_the_minimum(tmp_path: Path) -> None:
    pack, exercise = pack_asking_for_three(tmp_path)
    checked = check_answers(exercise, pack, {"oppgaver": ["Rapport"]})
    [problem] = [p for p in checked.problems if p.key == "oppgaver"]
    assert "expected 3 to 6 entries, got 1" in problem.messages[0].render("en")
