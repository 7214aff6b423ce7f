"""Snapshots (pytest-textual-snapshot) of the screens people see most, at 80×24 and 120×40, in
the calm default theme and the high-contrast one.

Home, a statement, the review and the history are pictured on the test pack
(``tests/packs/proeve``), so editing the built-in texts does not change them; the Hall result
is pictured on the built-in pack, as the product shows it. The fast loop keeps every screen
in the calm theme at 80×24; the other looks are ``slow``.

Nothing here depends on the clock: the diary's entries are made with fixed times
(``conftest.diary``), and exercise screens are opened on sessions built in code, so the
«✓ lagret» marker and completion dates never appear. Regenerate after an intended change with
``pytest tests/ui/test_snapshots.py --snapshot-update`` and look at the SVGs before committing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, TextArea

from medarbeider_tui.service import ExerciseSession
from medarbeider_tui.settings import Settings
from medarbeider_tui.ui.screens.exercise import ExerciseScreen
from medarbeider_tui.ui.screens.history import HistoryScreen
from medarbeider_tui.ui.screens.home import HomeScreen
from medarbeider_tui.ui.screens.review import ReviewScreen
from medarbeider_tui.ui.screens.trend import TrendScreen
from medarbeider_tui.ui.widgets.options import AnswerOptions
from medarbeider_tui.ui.widgets.sort_grid import SortGrid
from tests.ui import pilots as p
from tests.ui.conftest import FIXED_NOW, HALL_EXAMPLE, AppFactory, SessionFactory

SnapCompare = Any  # pytest-textual-snapshot's fixture: (app, press=, run_before=, terminal_size=)
RunBefore = Callable[[Pilot[Any]], Awaitable[None]]

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}
THEMES = {"calm": "medarbeider", "contrast": "medarbeider-kontrast"}


def look(*values: str, theme: str, size: str) -> Any:
    """One picture's parameters; the fast loop keeps the calm theme at 80×24."""
    marks = [] if (theme, size) == ("calm", "80x24") else [pytest.mark.slow]
    return pytest.param(*values, theme, size, id="-".join([*values, theme, size]), marks=marks)


EVERY_LOOK = [look(theme=theme, size=size) for theme in THEMES for size in SIZES]

#: Answers that place the Hall result well inside each quadrant (x adaptability, y
#: self-awareness; sb6 and od6 are reversed).
QUADRANT_ANSWERS: dict[str, dict[str, int]] = {
    "proaktiv": dict(
        sb1=5, sb2=4, sb3=4, sb4=5, sb5=4, sb6=1, od1=4, od2=5, od3=4, od4=4, od5=5, od6=2
    ),  # y 4,5 · x 4,3
    "reaktiv": dict(
        sb1=2, sb2=2, sb3=1, sb4=2, sb5=3, sb6=4, od1=4, od2=4, od3=5, od4=4, od5=3, od6=2
    ),  # y 2,0 · x 4,0
    "handlingslammet": HALL_EXAMPLE,  # y 4,0 · x 2,3 (docs/scoring.md)
    "brikke": dict(
        sb1=2, sb2=3, sb3=2, sb4=1, sb5=2, sb6=4, od1=2, od2=1, od3=2, od4=2, od5=3, od6=5
    ),  # y 2,0 · x 1,8
}
QUADRANT_LOOKS = [
    look(quadrant, theme=theme, size=size)
    for quadrant in QUADRANT_ANSWERS
    for theme, size in (("calm", "80x24"), ("calm", "120x40"), ("contrast", "80x24"))
]


def settings(theme: str) -> Settings:
    return Settings(theme=THEMES[theme], privacy_seen=True)


async def settle(pilot: Pilot[Any], screen: type[Screen[Any]]) -> None:
    """Wait until ``screen`` is on top and has given focus: the picture is then final."""
    app = pilot.app
    await p.until(
        pilot,
        lambda: (
            isinstance(app.screen, screen)
            and app.focused is not None
            and app.focused.screen is app.screen
        ),
        f"{screen.__name__} with focus",
    )


def answer_focused(app: Any) -> bool:
    """The exercise screen has moved focus to the answer (or to the card, if there is none),
    as ``ExerciseScreen._focus_answer`` does after the first refresh."""
    step = app.screen.query_one("#step")
    kinds = AnswerOptions | TextArea | Input | SortGrid
    answers = [w for w in step.query("*") if isinstance(w, kinds) and w.focusable]
    return bool(app.focused is (answers[0] if answers else step))


def open_at(session: ExerciseSession, unit_key: str, review: bool = False) -> RunBefore:
    """A ``run_before`` that opens the session's exercise at a unit (and its review)."""
    index = next(i for i, u in enumerate(session.units) if u.key == unit_key)

    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot, HomeScreen)
        await pilot.app.push_screen(ExerciseScreen(session, start_at=index))
        await settle(pilot, ExerciseScreen)
        await p.until(pilot, lambda: answer_focused(pilot.app), "focus on the answer")
        if review:
            await pilot.app.push_screen(ReviewScreen(session))
            await settle(pilot, ReviewScreen)

    return run_before


async def home(pilot: Pilot[Any]) -> None:
    await settle(pilot, HomeScreen)


async def history(pilot: Pilot[Any]) -> None:
    """Press h on home, as a person would, and wait for the table."""
    await settle(pilot, HomeScreen)
    await pilot.press("h")
    await settle(pilot, HistoryScreen)


@pytest.mark.slow
@pytest.mark.parametrize(("theme", "size"), EVERY_LOOK)
def test_home(
    snap_compare: SnapCompare, make_app: AppFactory, diary: dict[str, str], theme: str, size: str
) -> None:
    """Home with the test pack's two exercises: Hall «sist fullført 27.11.2026» and «Alle
    stegtyper» a draft («utkast – fortsett»)."""
    app = make_app(settings(theme))
    assert snap_compare(app, run_before=home, terminal_size=SIZES[size])


@pytest.mark.slow
@pytest.mark.parametrize(("theme", "size"), EVERY_LOOK)
def test_scale_statement(
    snap_compare: SnapCompare,
    make_app: AppFactory,
    make_session: SessionFactory,
    theme: str,
    size: str,
) -> None:
    """Hall, statement 2 of 6 («Jeg vet hva som gir meg balanse.»), answered 4 «Delvis enig»:
    the chosen option carries ● and bold; the counter, scale help and footer below."""
    session = make_session("hall", {"sb1": 4, "sb2": 4})
    app = make_app(settings(theme))
    assert snap_compare(app, run_before=open_at(session, "sb2"), terminal_size=SIZES[size])


@pytest.mark.slow
@pytest.mark.builtin_pack
@pytest.mark.parametrize(("quadrant", "theme", "size"), QUADRANT_LOOKS)
def test_hall_result(
    snap_compare: SnapCompare,
    make_app: AppFactory,
    make_session: SessionFactory,
    quadrant: str,
    theme: str,
    size: str,
) -> None:
    """The Hall result step: the 2×2 chart with the person's quadrant marked ◆ and reversed,
    the point ● «Du», both means, and «Plassering: <QUADRANT>»."""
    session = make_session("hall-kvadranten", QUADRANT_ANSWERS[quadrant])
    assert session.results()["hall"]["quadrant"] == quadrant
    app = make_app(settings(theme))
    assert snap_compare(app, run_before=open_at(session, "resultat"), terminal_size=SIZES[size])


@pytest.mark.slow
@pytest.mark.parametrize(("theme", "size"), EVERY_LOOK)
def test_review(
    snap_compare: SnapCompare,
    make_app: AppFactory,
    make_session: SessionFactory,
    theme: str,
    size: str,
) -> None:
    """The review of a Hall entry: the twelve statements with their answers, the optional
    note «ikke besvart», and the help line «Velg et svar og trykk Enter …»."""
    session = make_session("hall", HALL_EXAMPLE)
    app = make_app(settings(theme))
    run_before = open_at(session, "notat", review=True)
    assert snap_compare(app, run_before=run_before, terminal_size=SIZES[size])


@pytest.mark.slow
@pytest.mark.parametrize(("theme", "size"), EVERY_LOOK)
def test_history(
    snap_compare: SnapCompare, make_app: AppFactory, diary: dict[str, str], theme: str, size: str
) -> None:
    """The history, opened with h on home: the draft of «Alle stegtyper» (28.11.2026 09:15)
    above the completed Hall entry (27.11.2026 13:38)."""
    app = make_app(settings(theme))
    assert snap_compare(app, run_before=history, terminal_size=SIZES[size])


#: Coach mode (issue 13): the presentation view and the curtain, at both sizes in both themes.
COACH_LOOKS = [
    look(language, theme=theme, size=size)
    for language in ("nb", "en")
    for theme, size in (
        ("calm", "80x24"),
        ("calm", "120x40"),
        ("contrast", "80x24"),
        ("contrast", "120x40"),
    )
]


@pytest.mark.slow
@pytest.mark.parametrize(("language", "theme", "size"), COACH_LOOKS)
def test_presentation_home(
    snap_compare: SnapCompare,
    make_app: AppFactory,
    diary: dict[str, str],
    language: str,
    theme: str,
    size: str,
) -> None:
    """Home in the presentation view (F5): more room, the exercises without any status of
    earlier entries (the diary holds a draft and a completed Hall)."""

    async def presenting(pilot: Pilot[Any]) -> None:
        await settle(pilot, HomeScreen)
        await pilot.press("f5")
        await p.until(pilot, lambda: pilot.app.has_class("-present"), "presenting")
        pilot.app.clear_notifications()
        await pilot.pause()

    app = make_app(settings(theme), language=language)
    assert snap_compare(app, run_before=presenting, terminal_size=SIZES[size])


@pytest.mark.slow
@pytest.mark.parametrize(("language", "theme", "size"), COACH_LOOKS)
def test_curtain(
    snap_compare: SnapCompare,
    make_app: AppFactory,
    make_session: SessionFactory,
    language: str,
    theme: str,
    size: str,
) -> None:
    """F7 mid-answer on a Hall statement: an empty screen but for a faint «F7»."""
    session = make_session("hall", {"sb1": 4, "sb2": 4}, language=language)
    app = make_app(settings(theme), language=language)
    before = open_at(session, "sb2")

    async def curtain(pilot: Pilot[Any]) -> None:
        await before(pilot)
        await pilot.press("f7")
        await p.until(pilot, lambda: type(pilot.app.screen).__name__ == "CurtainScreen")

    assert snap_compare(app, run_before=curtain, terminal_size=SIZES[size])


#: Every snapshot test and the looks it pictures (a new snapshot test goes here too).
PICTURED = {
    "test_home": EVERY_LOOK,
    "test_scale_statement": EVERY_LOOK,
    "test_hall_result": QUADRANT_LOOKS,
    "test_review": EVERY_LOOK,
    "test_history": EVERY_LOOK,
    "test_presentation_home": COACH_LOOKS,
    "test_curtain": COACH_LOOKS,
    "test_trend": EVERY_LOOK,
}


def test_every_picture_on_disk_belongs_to_a_test() -> None:
    """A picture left behind by a renamed or removed test: syrupy reports those only when the
    suite runs in one process, and the README's command runs it on two (pytest-xdist)."""
    folder = Path(__file__).parent / "__snapshots__" / Path(__file__).stem
    on_disk = {path.name for path in folder.glob("*.svg")}
    expected = {f"{test}[{look.id}].svg" for test, looks in PICTURED.items() for look in looks}
    assert on_disk == expected


async def trend(pilot: Pilot[Any]) -> None:
    """The history, then t on the newest Hall entry: its trail and charts."""
    await history(pilot)
    await pilot.press("t")
    await settle(pilot, TrendScreen)


@pytest.mark.slow
@pytest.mark.parametrize(("theme", "size"), EVERY_LOOK)
def test_trend(
    snap_compare: SnapCompare,
    make_app: AppFactory,
    make_session: SessionFactory,
    theme: str,
    size: str,
) -> None:
    """Three Hall entries as a trail on one 2×2 (1, 2, then the newest ●, its field ◆), with
    the words and the first trend chart under it."""
    for n, answers in enumerate(QUADRANT_ANSWERS.values()):
        if n == 3:
            break
        when = FIXED_NOW + timedelta(days=90 * n)
        make_session("hall", answers, now=when).complete(now=when)
    app = make_app(settings(theme))
    assert snap_compare(app, run_before=trend, terminal_size=SIZES[size])
