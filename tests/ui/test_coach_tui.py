"""Coach mode in the full-screen interface (issue 13): the curtain, the presentation view, the
profile picker, teaching cards and the take-home summary, each at 80×24 in nb and en.

A coach shares the screen with a client: these tests drive the app the way a coach would and
read what the screen shows (``shown_text``, ``painted_text``), what is on disk, and what the
footer offers.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Input, OptionList, TextArea

from medarbeider_tui.cli import build_parser
from medarbeider_tui.diary import DiaryStore
from medarbeider_tui.paths import Locations
from medarbeider_tui.service import ReflectionService
from medarbeider_tui.settings import Settings
from medarbeider_tui.ui.app import MedarbeiderApp
from medarbeider_tui.ui.screens.about import AboutScreen
from medarbeider_tui.ui.screens.cards import CardScreen
from medarbeider_tui.ui.screens.confirm import ConfirmScreen
from medarbeider_tui.ui.screens.curtain import CurtainScreen
from medarbeider_tui.ui.screens.exercise import ExerciseScreen
from medarbeider_tui.ui.screens.home import HomeScreen
from medarbeider_tui.ui.screens.profiles import NameDialog, ProfilePicker
from medarbeider_tui.ui.screens.result import ResultScreen
from medarbeider_tui.ui.screens.take_home import TakeHomeScreen
from medarbeider_tui.ui.widgets.cards import FlowCardView, MatrixCardView, PartsCardView
from tests.conftest import HALL_EXAMPLE
from tests.ui import pilots as p
from tests.ui.conftest import AppFactory, SessionFactory, read_entries

SIZE = (80, 24)
LANGUAGES = ["nb", "en"]
#: All a curtain paints: the key that brings the screen back (and the picture's title).
CURTAIN_WORDS = {"F7", "medarbeider"}


async def home_ready(pilot: p.AnyPilot) -> HomeScreen:
    await p.until(pilot, p.on_screen(pilot, HomeScreen), "home")
    screen = pilot.app.screen
    assert isinstance(screen, HomeScreen)
    await p.until(pilot, lambda: screen._statuses is not None, "the statuses")
    return screen


async def at_step(pilot: p.AnyPilot, session: Any, unit_key: str) -> ExerciseScreen:
    index = next(i for i, u in enumerate(session.units) if u.key == unit_key)
    await pilot.app.push_screen(ExerciseScreen(session, start_at=index))
    await p.until(pilot, p.on_screen(pilot, ExerciseScreen), "the exercise")
    screen = p.exercise(pilot)
    await p.until(pilot, lambda: pilot.app.focused is not None, "focus")
    return screen


# --- the curtain -----------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_curtain_mid_answer_keeps_text_focus_and_step(
    make_app: AppFactory, make_session: SessionFactory, language: str
) -> None:
    """F7 while a note is being written: nothing of it is painted; F7 again and the text, the
    cursor, the focus and the step are as they were; nothing was typed into it meanwhile."""
    session = make_session("hall", HALL_EXAMPLE, language=language)
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        screen = await at_step(pilot, session, "notat")
        area = screen.query_one("#step TextArea", TextArea)
        assert app.focused is area
        await pilot.press(*"Hemmelig")
        await p.until(pilot, lambda: area.text == "Hemmelig", "typed")
        cursor, index = area.cursor_location, screen.index

        await pilot.press("f7")
        await p.until(pilot, p.on_screen(pilot, CurtainScreen), "the curtain")
        painted = p.painted_text(pilot)
        assert "Hemmelig" not in painted
        assert "Hall" not in painted and "Prøve" not in painted
        assert set(painted.split()) <= CURTAIN_WORDS, painted
        await pilot.press(*"xyz", "ctrl+n", "escape", "f2", "f3")  # nothing acts
        assert isinstance(app.screen, CurtainScreen) and app.language == language

        await pilot.press("f7")
        await p.until(pilot, p.on_screen(pilot, ExerciseScreen), "back")
        assert app.screen is screen and screen.index == index
        assert app.focused is area and area.text == "Hemmelig"
        assert area.cursor_location == cursor
        await pilot.press("!")
        await p.until(pilot, lambda: area.text == "Hemmelig!", "typing goes on")


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_curtain_over_a_dialog(
    make_app: AppFactory, make_session: SessionFactory, language: str
) -> None:
    """Over the «close the exercise?» question too: blanked, and the question back after."""
    session = make_session("hall", {"sb1": 4}, language=language)
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        await at_step(pilot, session, "sb2")
        await pilot.press("escape")
        await p.until(pilot, p.on_screen(pilot, ConfirmScreen), "the question")
        question = app.screen
        await pilot.press("f7")
        await p.until(pilot, p.on_screen(pilot, CurtainScreen), "the curtain")
        assert set(p.painted_text(pilot).split()) <= CURTAIN_WORDS
        await pilot.press("j")  # not an answer to the question under the curtain
        await pilot.press("f7")
        await p.until(pilot, lambda: app.screen is question, "the question again")
        assert isinstance(app.screen_stack[-2], ExerciseScreen)


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_curtain_is_in_every_footer(
    make_app: AppFactory, make_session: SessionFactory, language: str
) -> None:
    session = make_session("hall", {}, language=language)
    app = make_app(language=language)
    hide = {"nb": "Skjul", "en": "Hide"}[language]
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        await at_step(pilot, session, "sb1")
        assert p.footer(pilot)["f7"] == hide
        await pilot.press("escape")  # nothing answered: closes at once
        await p.until(pilot, p.on_screen(pilot, HomeScreen), "home")
        await pilot.press("h")
        await p.until(pilot, lambda: not isinstance(app.screen, HomeScreen), "history")
        assert p.footer(pilot)["f7"] == hide


# --- the presentation view -------------------------------------------------------------------


def test_present_on_the_command_line() -> None:
    assert build_parser("nb").parse_args(["--present"]).present is True
    assert build_parser("en").parse_args([]).present is False


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_presentation_home_shows_no_statuses_and_about_no_path(
    make_app: AppFactory,
    diary: dict[str, str],
    isolated_environment: Locations,
    language: str,
) -> None:
    """F5 on home (shown in its footer): the exercises without «utkast» or «sist fullført»;
    About without the data folder; F5 again brings the statuses back."""
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        home = await home_ready(pilot)
        draft = {"nb": "utkast", "en": "draft"}[language]
        assert draft in p.shown_text(home)
        assert "f5" in p.footer(pilot)
        await pilot.press("f5")
        await p.until(pilot, lambda: draft not in p.shown_text(app.screen), "statuses gone")
        shown = p.shown_text(app.screen)
        assert "27.11.2026" not in shown and "Hall" in shown
        assert app.has_class("-present")
        await pilot.press("o")
        await p.until(pilot, p.on_screen(pilot, AboutScreen), "about")
        about = p.painted_text(pilot) + p.shown_text(app.screen)
        assert str(isolated_environment.data_dir) not in about
        assert "/" not in p.shown_text(app.screen.query_one("#about-body .where"))
        await pilot.press("escape")
        await pilot.press("f5")
        await p.until(pilot, lambda: draft in p.shown_text(app.screen), "statuses back")


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_started_presenting_shows_no_path_on_first_run(
    catalog: Any, store: DiaryStore, isolated_environment: Locations, language: str
) -> None:
    """``--present`` and a first start: the privacy note names no folder."""
    service = ReflectionService(isolated_environment, catalog=catalog, store=store)
    app = MedarbeiderApp(service, Settings(), language, present=True)
    async with app.run_test(size=SIZE) as pilot:
        await p.until(pilot, p.on_screen(pilot, AboutScreen), "the privacy note")
        assert str(isolated_environment.data_dir) not in p.painted_text(pilot)
        assert "diary delete" not in p.shown_text(app.screen)


# --- profiles --------------------------------------------------------------------------------


def two_profiles(
    isolated_environment: Locations, make_session: SessionFactory, catalog: Any
) -> ReflectionService:
    """Profiles «Åse» (a completed Hall) and «Bjørn» (nothing); the default has a draft."""
    service = ReflectionService(isolated_environment, catalog=catalog)
    service.profiles.create("Åse")
    service.profiles.create("Bjørn")
    ase = service.for_profile("Åse")
    pack = catalog.packs[0]
    session = ase.start(pack, pack.exercise("hall"), "nb")
    for key, value in HALL_EXAMPLE.items():
        session.set_answer(key, value, save=False)
    session.complete()
    draft = service.start(pack, pack.exercise("alt"), "nb")
    draft.set_answer("f1", 4)
    return service


def picker_app(service: ReflectionService, language: str) -> MedarbeiderApp:
    return MedarbeiderApp(service, Settings(privacy_seen=True), language, choose_profile=True)


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_picker_at_start_and_one_profile_only(
    isolated_environment: Locations,
    make_session: SessionFactory,
    catalog: Any,
    language: str,
) -> None:
    """Profiles exist: the picker comes first. Bjørn chosen: home shows no status of Åse's
    entry or the default profile's draft, and names no other profile; Åse chosen (p): her
    completed Hall, and only hers."""
    service = two_profiles(isolated_environment, make_session, catalog)
    app = picker_app(service, language)
    async with app.run_test(size=SIZE) as pilot:
        await p.until(pilot, p.on_screen(pilot, ProfilePicker), "the picker")
        listing = app.screen.query_one("#profile-list", OptionList)
        names = p.shown_text(listing)
        assert "Åse" in names and "Bjørn" in names
        await pilot.press("down", "enter")  # by name: Bjørn, then Åse
        home = await home_ready(pilot)
        shown = p.shown_text(home)
        assert "Bjørn" in shown and "Åse" not in shown
        assert {"nb": "utkast", "en": "draft"}[language] not in shown
        assert {"nb": "sist fullført", "en": "last completed"}[language] not in shown

        await pilot.press("p")
        await p.until(pilot, p.on_screen(pilot, ProfilePicker), "the picker again")
        await pilot.press("down", "enter")
        home = await home_ready(pilot)
        await p.until(pilot, lambda: "Åse" in p.shown_text(home), "Åse's home")
        shown = p.shown_text(home)
        assert "Bjørn" not in shown
        assert {"nb": "sist fullført", "en": "last completed"}[language] in shown
        assert app.service.locations.profile == service.profiles.find("Åse").slug


@pytest.mark.parametrize("language", LANGUAGES)
async def test_no_picker_without_profiles(make_app: AppFactory, language: str) -> None:
    app = make_app(language=language)
    app._choose_profile = True
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        assert not any(isinstance(s, ProfilePicker) for s in app.screen_stack)


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_create_rename_and_delete_with_the_name_typed(
    isolated_environment: Locations,
    make_session: SessionFactory,
    catalog: Any,
    language: str,
) -> None:
    """n makes «Cato», r renames him «Cato B», d deletes him only once the name is typed
    again: a wrong name is refused in the dialog, nothing is deleted."""
    service = two_profiles(isolated_environment, make_session, catalog)
    app = picker_app(service, language)

    async def type_into_dialog(text: str) -> None:
        await p.until(pilot, p.on_screen(pilot, NameDialog), "the dialog")
        field = app.screen.query_one("#name", Input)
        field.value = text
        await pilot.press("enter")

    def names() -> list[str | None]:
        return [profile.name for profile in service.profiles.named()]

    async with app.run_test(size=SIZE) as pilot:
        await p.until(pilot, p.on_screen(pilot, ProfilePicker), "the picker")
        await pilot.press("n")
        await type_into_dialog("Cato")
        await p.until(pilot, p.on_screen(pilot, ProfilePicker), "back to the picker")
        assert "Cato" in names()
        await pilot.press("r")
        await type_into_dialog("Cato B")
        await p.until(pilot, p.on_screen(pilot, ProfilePicker), "renamed")
        assert "Cato B" in names() and "Cato" not in names()
        await pilot.press("d")
        await type_into_dialog("Cato")
        await p.until(
            pilot, lambda: "Cato B" in p.shown_text(app.screen.query_one("#error")), "refused"
        )
        assert "Cato B" in names()
        await type_into_dialog("cato b")
        await p.until(pilot, p.on_screen(pilot, ProfilePicker), "deleted")
        assert names() == ["Bjørn", "Åse"]


# --- teaching cards --------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.builtin_pack
@pytest.mark.parametrize("language", LANGUAGES)
async def test_hall_card_from_home_before_the_statements(
    make_app: AppFactory, language: str
) -> None:
    """k on Hall-kvadranten: the 2×2 with its four fields and descriptions and both axes, as
    boxes the app draws; Esc back home."""
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        await pilot.press("k")
        await p.until(pilot, p.on_screen(pilot, CardScreen), "the card")
        card = app.screen.query_one(MatrixCardView)
        shown = p.shown_text(card)
        fields = {
            "nb": ["HANDLINGSLAMMET", "PROAKTIV", "BRIKKE", "REAKTIV"],
            "en": ["STUCK", "PROACTIVE", "PAWN", "REACTIVE"],
        }[language]
        for field in fields:
            assert field in shown
        axes = {"nb": ["Selvbevissthet", "Omstillingsdyktighet"], "en": ["Self-awareness"]}
        for axis in axes[language]:
            assert axis in shown
        assert len(card.query(".card-cell")) == 4
        await pilot.press("escape")
        await p.until(pilot, p.on_screen(pilot, HomeScreen), "home")
        assert read_entries(app.locations) == []  # nothing started


@pytest.mark.slow
@pytest.mark.builtin_pack
@pytest.mark.parametrize(
    ("exercise_id", "view"),
    [
        ("prestasjonsdrivere", FlowCardView),
        ("medarbeiderskap", PartsCardView),
        ("prioritering", MatrixCardView),
    ],
)
async def test_every_card_kind_from_inside_the_exercise(
    make_app: AppFactory, exercise_id: str, view: type[Any]
) -> None:
    """Ctrl+O inside the exercise shows its card; Esc goes back to the same step."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        screen = await p.open_exercise(pilot, exercise_id)
        await p.next_step(pilot, "enter")
        index = screen.index
        assert p.footer(pilot)["ctrl+o"] == "Modell"
        await pilot.press("ctrl+o")
        await p.until(pilot, p.on_screen(pilot, CardScreen), "the card")
        assert app.screen.query(view)
        await pilot.press("escape")
        await p.until(pilot, lambda: app.screen is screen, "back")
        assert screen.index == index


# --- the take-home summary -------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
async def test_take_home_at_the_end_of_a_session(
    make_app: AppFactory, make_session: SessionFactory, tmp_path: Any, language: str
) -> None:
    """Finish, t: the export dialog for today's session; written, it holds the entry."""
    session = make_session("hall", HALL_EXAMPLE, language=language)
    app = make_app(language=language)
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        await at_step(pilot, session, "notat")
        await p.to_review(pilot)
        await p.finish(pilot)
        assert "t" in p.footer(pilot)
        await pilot.press("t")
        await p.until(pilot, p.on_screen(pilot, TakeHomeScreen), "the take-home dialog")
        title = {"nb": "Dagens økt", "en": "Today's session"}[language]
        assert title in p.shown_text(app.screen)
        target = tmp_path / "today.md"
        app.screen.query_one("#path", Input).value = str(target)
        await pilot.press("ctrl+s")
        await p.until(pilot, target.exists, "the file")
        text = target.read_text(encoding="utf-8")
        assert title in text
        assert {"nb": "Handlingslammet", "en": "Stuck"}[language].upper() in text.upper()
        await pilot.press("escape")
        await p.until(pilot, p.on_screen(pilot, ResultScreen), "the result")
