"""The quadrant trail drawn on one 2×2 (report.quadrant_drawing.draw_trail): every placement
oldest to newest, the path between, the newest standing out."""

from __future__ import annotations

from dataclasses import replace

from medarbeider_tui.report.quadrant_drawing import (
    ASCII,
    BOX,
    draw_trail,
    drawing_as_text,
    trail_marks,
)
from medarbeider_tui.service import ReflectionService
from tests.conftest import HALL_EXAMPLE
from tests.overtime.conftest import HALL_LATER, at, complete

HALL = ("aktivt-medarbeiderskap", "hall-kvadranten")


def test_marks_number_the_nine_before_the_newest_and_group_the_older() -> None:
    assert trail_marks(0, BOX) == []
    assert trail_marks(1, BOX) == ["●"]
    assert trail_marks(3, BOX) == ["1", "2", "●"]
    assert trail_marks(12, BOX) == ["○", "○", *[str(n) for n in range(1, 10)], "●"]


def test_three_placements_are_drawn_with_the_path_between_and_the_newest_marked(
    service: ReflectionService,
) -> None:
    complete(service, "hall-kvadranten", HALL_EXAMPLE, at(3))  # HANDLINGSLAMMET, 4,0 / 2,3
    complete(service, "hall-kvadranten", HALL_LATER, at(6))  # PROAKTIV, 4,3 / 3,7
    complete(service, "hall-kvadranten", {**HALL_LATER, "sb1": 1, "sb2": 1}, at(9))
    [trail] = service.trend(*HALL, "nb").trails
    drawn = draw_trail(trail, 20, BOX, low="lav", high="høy")
    assert drawn is not None
    text = "\n".join(drawing_as_text(drawn))
    assert text.count("●") == 1 and "1" in text and "2" in text
    roles = {role for line in drawn for _, role in line}
    assert {"path", "trail", "point", "mine"} <= roles
    newest_field = "".join(t for line in drawn for t, role in line if role == "mine")
    assert newest_field == "◆ " + trail.points[-1].placement
    # Oldest to newest: 1 is left of 2 (adaptability grew from 2,3 to 3,7).
    columns = {}
    for line in drawn:
        at_column = 0
        for text, role in line:
            if role == "trail":
                columns[text] = at_column
            at_column += len(text)
    assert columns["1"] < columns["2"]
    ascii_text = "\n".join(
        drawing_as_text(draw_trail(trail, 20, ASCII, low="lav", high="høy") or [])
    )
    assert "X" in ascii_text and "." in ascii_text  # plain characters draw it too


def test_without_the_model_there_is_no_drawing(service: ReflectionService) -> None:
    complete(service, "hall-kvadranten", HALL_EXAMPLE, at(3))
    [trail] = service.trend(*HALL, "nb").trails
    assert draw_trail(replace(trail, threshold=None), 20, BOX, low="l", high="h") is None
