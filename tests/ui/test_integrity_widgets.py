"""Issue 8, cases 5, 6 and 8, and issue 9, item 10: what a person types is never lost in a widget.

Plan editor (5): Tab into a filled field must not select it all (one key would replace the
answer); at 80×24 the view follows the focus. Editor (6): Ctrl+E opens an editor that exists
and says which; with none it says so calmly. List editor (8): an item over the limit, a
duplicate or one too many is kept in the field and the reason shown. Scratch texts (item 10):
a text an editor was working on when the app was stopped is offered back at the next start.
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.widgets import Input

from medarbeider_tui.diary import DiaryStore
from medarbeider_tui.fsio import new_scratch_file
from medarbeider_tui.service import ExerciseSession, ReflectionService
from medarbeider_tui.settings import Settings
from medarbeider_tui.ui.app import MedarbeiderApp
from tests.ui.integrity import (
    all_done,
    answers_on_disk,
    app_on,
    builtin_catalog,
    builtin_pack,
    dialog,
    locations_in,
    type_key,
    type_keys,
    until,
)
from tests.ui.integrity import (
    exercise_screen as current_exercise,
)
from tests.ui.pilots import shown_text

LEADER_RATINGS = {f"lf{n}": r for n, r in enumerate([4, 4, 5, 2, 3, 2, 4, 5, 4, 4, 1, 2, 3, 3], 1)}


def at_the_plan(tmp_path: Path) -> tuple[MedarbeiderApp, ExerciseSession]:
    """«Lederferdigheter» with every statement rated, opened at its first plan."""
    locations = locations_in(tmp_path)
    store = DiaryStore.open(locations)
    pack = builtin_pack()
    session = ExerciseSession.start(pack, pack.exercise("lederferdigheter"), store, "nb")
    for key, value in LEADER_RATINGS.items():
        session.set_answer(key, value, save=False)
    session.entry.current_step = "plan-utvikling"
    session.save_pending()  # a draft, as the person left it
    service = ReflectionService(locations, catalog=builtin_catalog(), store=store)
    return MedarbeiderApp(service, Settings(privacy_seen=True), "nb", session), session


# --- case 5: the plan editor ---------------------------------------------------------------


@pytest.mark.slow
async def test_tab_into_a_filled_plan_field_keeps_what_is_there(tmp_path: Path) -> None:
    app, session = at_the_plan(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: isinstance(app.focused, Input), "the first field")
        await type_keys(app, list("Lytte mer"), every=0.01)
        await type_keys(app, ["tab", "shift+tab", "!"], every=0.05)
        await all_done(pilot)
        what = current_exercise(app).query_one("#what-utvikling-1", Input)
        assert what.value == "Lytte mer!"  # one key added, nothing replaced
    assert session.answers["plan-utvikling"]["utvikling-1"]["what"] == "Lytte mer!"


@pytest.mark.slow
async def test_at_80x24_the_view_follows_the_focus_through_the_plan(tmp_path: Path) -> None:
    app, _ = at_the_plan(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: isinstance(app.focused, Input), "the first field")
        screen = current_exercise(app)
        step = screen.query_one("#step")
        seen = []
        for _ in range(5):  # from «what» of the first slot to the date of the second
            type_key(app, "tab")
            await all_done(pilot)
            await pilot.pause()
            focused = app.focused
            assert isinstance(focused, Input), focused
            seen.append(focused.id)
            visible = step.region  # the part of the screen the step scrolls in
            box = focused.region
            assert box.height and visible.contains_region(box), (focused.id, box, visible)
        assert "review-utvikling-2" in seen


@pytest.mark.slow
async def test_a_plan_text_near_its_limit_shows_the_room_left(tmp_path: Path) -> None:
    app, _ = at_the_plan(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: isinstance(app.focused, Input), "the first field")
        what = current_exercise(app).query_one("#what-utvikling-1", Input)
        what.insert_text_at_cursor("x" * 1990)
        await all_done(pilot)
        assert "10 tegn igjen" in shown_text(app.screen)
        what.insert_text_at_cursor("y" * 20)
        await all_done(pilot)
        assert what.value == "x" * 1990 + "y" * 20  # nothing cut off
        assert "10 tegn for mye" in shown_text(app.screen)


# --- case 6: which editor Ctrl+E opens ----------------------------------------------------


def editors(folder: Path, *names: str) -> str:
    """A PATH with only these (do-nothing) programs on it."""
    folder.mkdir(exist_ok=True)
    for name in names:
        program = folder / name
        program.write_text("#!/bin/sh\nexit 0\n")
        program.chmod(0o755)
    return str(folder)


def test_the_editor_is_one_that_exists(tmp_path: Path) -> None:
    from medarbeider_tui.ui.editor import find_editor

    path = editors(tmp_path / "bin", "vi", "micro")
    assert find_editor({"PATH": path, "VISUAL": "code -w", "EDITOR": "micro"}) is not None
    found = find_editor({"PATH": path, "VISUAL": "code -w", "EDITOR": "micro"})
    assert found is not None and found.name == "micro"  # VISUAL names nothing installed
    found = find_editor({"PATH": path, "EDITOR": "vi -n"})
    assert found is not None and found.name == "vi" and found.command[1:] == ("-n",)
    found = find_editor({"PATH": path})  # no setting: the usual ones, nano first (not here)
    assert found is not None and found.name == "micro"
    assert find_editor({"PATH": str(tmp_path / "empty")}) is None
    assert find_editor({"PATH": path, "EDITOR": "'unbalanced"}) is not None  # skipped, not raised


def test_debian_s_editor_link_is_named_by_what_it_opens(tmp_path: Path) -> None:
    from medarbeider_tui.ui.editor import find_editor

    folder = tmp_path / "bin"
    editors(folder, "nano")
    (folder / "editor").symlink_to(folder / "nano")
    found = find_editor({"PATH": str(folder)})
    assert found is not None and found.name == "nano"


@pytest.mark.slow
async def test_with_no_editor_the_hint_and_ctrl_e_say_so_calmly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hint said «Ctrl+E åpner nano» on a machine without nano, and Ctrl+E froze."""
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    app = app_on(locations_in(tmp_path), "tre-sporsmal")
    async with app.run_test(size=(80, 24)) as pilot:
        await type_keys(app, ["enter", *"Hei"], every=0.05)
        await all_done(pilot)
        shown = shown_text(app.screen)
        assert "Ingen tekstredigerer funnet" in shown
        assert "nano" not in shown
        type_key(app, "ctrl+e")
        await until(lambda: bool(app._notifications), "the notice")
        (said,) = [n.message for n in app._notifications]
        assert said.startswith("Fant ingen tekstredigerer å åpne.")
        await type_keys(app, list(" du"), every=0.05)  # the app goes on as before
        await all_done(pilot)
        assert current_exercise(app).session.answers == {"hvem-er-du": "Hei du"}


@pytest.mark.slow
async def test_the_hint_names_the_editor_that_will_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", editors(tmp_path / "bin", "vi"))
    monkeypatch.setenv("EDITOR", "nano")  # not installed here: vi opens, and the hint says so
    monkeypatch.delenv("VISUAL", raising=False)
    app = app_on(locations_in(tmp_path), "tre-sporsmal")
    async with app.run_test(size=(80, 24)) as pilot:
        await type_keys(app, ["enter"], every=0.05)
        await all_done(pilot)
        assert "Ctrl+E åpner vi" in shown_text(app.screen)


# --- case 8: the list editor --------------------------------------------------------------


@pytest.mark.slow
async def test_a_duplicate_is_kept_in_the_field_with_the_reason(tmp_path: Path) -> None:
    locations = locations_in(tmp_path)
    app = app_on(locations, "prioritering")
    async with app.run_test(size=(80, 24)) as pilot:
        await type_keys(app, ["enter", *"Rapport", "enter", *"Rapport", "enter"], every=0.02)
        await all_done(pilot)
        field = current_exercise(app).query_one("#new-entry", Input)
        assert field.value == "Rapport"
        assert "«Rapport» står allerede på lista." in shown_text(app.screen)
    assert answers_on_disk(locations) == {"oppgaver": ["Rapport"]}


@pytest.mark.slow
async def test_an_item_over_the_limit_is_kept_with_the_reason(tmp_path: Path) -> None:
    app = app_on(locations_in(tmp_path), "prioritering")
    async with app.run_test(size=(80, 24)) as pilot:
        await type_keys(app, ["enter"], every=0.05)
        await all_done(pilot)
        field = current_exercise(app).query_one("#new-entry", Input)
        field.insert_text_at_cursor("x" * 195)
        await all_done(pilot)
        assert "5 tegn igjen" in shown_text(app.screen)
        field.insert_text_at_cursor("y" * 10)  # nothing typed is refused or cut
        await all_done(pilot)
        assert len(field.value) == 205
        type_key(app, "enter")
        await all_done(pilot)
        assert len(field.value) == 205
        assert "Punktet har 205 tegn, men det er plass til 200." in shown_text(app.screen)
        assert "oppgaver" not in current_exercise(app).session.answers


@pytest.mark.slow
async def test_a_full_list_says_so_and_keeps_the_item_typed(tmp_path: Path) -> None:
    app = app_on(locations_in(tmp_path), "prioritering")
    async with app.run_test(size=(80, 24)) as pilot:
        await type_keys(app, ["enter"], every=0.05)
        await all_done(pilot)  # on to the list (however busy the machine)
        field = current_exercise(app).query_one("#new-entry", Input)
        for n in range(1, 21):
            await type_keys(app, [*f"Oppgave {n}", "enter"], every=0.0)
        await all_done(pilot, patience=60)  # 220 keys, each handled in turn: slow on a busy machine
        assert "Lista er full nå (20 punkter)." in shown_text(app.screen)
        await type_keys(app, [*"Én til", "enter"], every=0.0)
        await all_done(pilot)
        assert field.value == "Én til"
        assert "Lista er full: den har plass til 20 punkter." in shown_text(app.screen)
        assert len(current_exercise(app).session.answers["oppgaver"]) == 20


# --- issue 9, item 10: editor texts left by a stopped run are offered back -----------------


@pytest.mark.slow
async def test_a_text_left_in_the_scratch_folder_is_offered_at_start(tmp_path: Path) -> None:
    from medarbeider_tui.ui.screens.recover import RecoveredText

    locations = locations_in(tmp_path)
    left = new_scratch_file(locations.scratch_dir, "Det jeg skrev i nano")
    keep_too = new_scratch_file(locations.scratch_dir, "Et annet utkast")
    assert stat.S_IMODE(left.stat().st_mode) == 0o600
    app = app_on(locations)
    async with app.run_test(size=(80, 24)) as pilot:
        shown = await dialog(app, "Tekst fra en redigering som ble avbrutt")
        assert "Den er ikke lagret i noe svar." in shown
        first = app.screen
        assert isinstance(first, RecoveredText)
        offered = first.leftover.path
        type_key(app, "enter")  # «Kopier» has the focus
        await until(lambda: bool(app.clipboard), "the copy")
        assert app.clipboard == first.leftover.text
        first.query_one("#discard").press()  # type: ignore[attr-defined]
        await until(lambda: app.screen is not first, "the next one")
        assert not offered.exists()
        await dialog(app, "Tekst fra en redigering som ble avbrutt")
        type_key(app, "escape")  # keep it for next time
        await until(lambda: not isinstance(app.screen, RecoveredText), "home")
        await pilot.pause()
    remaining = [p for p in (left, keep_too) if p.exists()]
    assert len(remaining) == 1


# --- issue 8, case 13, in the TUI: review dates as people write them --------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("typed", "kept", "said"),
    [
        ("15.1.27", "2027-01-15", None),
        ("15.01.2027", "2027-01-15", None),
        ("01.01.2020", None, "den datoen er passert"),
        ("01.01.2099", None, "mer enn fem år fram"),
        ("32.13.2027", None, "ikke en dato"),
    ],
)
async def test_a_review_date_is_read_as_people_write_it(
    tmp_path: Path, typed: str, kept: str | None, said: str | None
) -> None:
    app, session = at_the_plan(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: isinstance(app.focused, Input), "the first field")
        await type_keys(app, list("Lytte mer"), every=0.0)
        screen = current_exercise(app)
        screen.query_one("#review-utvikling-1", Input).insert_text_at_cursor(typed)
        await all_done(pilot)
        if said is not None:
            assert said in shown_text(app.screen)
    review = session.answers["plan-utvikling"]["utvikling-1"]["review"]
    assert review == kept  # never the year 27, never a date already past


# --- a message from a unit the screen has left ---------------------------------------------


@pytest.mark.slow
async def test_a_late_message_from_the_unit_left_is_kept_for_that_unit_only(
    tmp_path: Path,
) -> None:
    """A field posts ``Changed`` as it is mounted (with what it holds) and whenever it is
    edited; the message reaches the screen a moment later. Arriving after the screen moved on
    (a key typed ahead, or the CI run of the hostile walk), it must not be taken as the answer
    to the unit now shown: «Utviklingsområder» is followed by «Styrker», a plan of the same
    shape."""
    from medarbeider_tui.ui.widgets.plan import PlanEditor

    app, session = at_the_plan(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: isinstance(app.focused, Input), "the first field")
        screen = current_exercise(app)
        editor = screen.query_one(PlanEditor)
        await type_keys(app, list("Lytte mer"), every=0.0)
        await all_done(pilot)
        late = {"utvikling-1": {"what": "Lytte mer, og spørre", "how": "", "review": None}}
        await screen.show_unit(screen.index + 1)  # on to «Styrker»
        assert screen.unit.key == "plan-styrker"
        screen.post_message(PlanEditor.Changed(editor, late))
        await all_done(pilot)
        assert "plan-styrker" not in session.answers
        assert screen._refused is None  # nothing said about «Styrker»
        assert screen.query_one("#error").render().plain == ""  # type: ignore[attr-defined]
    assert session.answers["plan-utvikling"] == late  # kept, for the unit it was typed in
    assert "plan-styrker" not in answers_on_disk(session_locations(tmp_path))
    assert answers_on_disk(session_locations(tmp_path))["plan-utvikling"] == late


def session_locations(tmp_path: Path):  # type: ignore[no-untyped-def]
    return locations_in(tmp_path)


@pytest.mark.slow
async def test_a_digit_that_reached_the_statement_left_answers_the_one_shown(
    tmp_path: Path,
) -> None:
    """The other side of the rule above: a digit typed ahead is meant for the statement shown
    when it is handled. If it reached the options of the statement the screen was leaving
    (a move slower than the feeder's patience on a loaded machine), it answers the one now
    shown, and the screen moves on from there; the statement left keeps its answer."""
    from medarbeider_tui.ui.widgets.options import AnswerOptions

    locations = locations_in(tmp_path)
    app = app_on(locations, "hall-kvadranten")
    async with app.run_test(size=(80, 24)) as pilot:
        await type_keys(app, ["enter", "enter"], every=0.05)
        await until(lambda: current_exercise(app).index == 2, "the first statement")
        await all_done(pilot)
        screen = current_exercise(app)
        left = screen.query_one(AnswerOptions)  # «sb1»'s options
        await type_keys(app, ["4"], every=0.0)
        await all_done(pilot)
        assert screen.index == 3 and screen.session.answers == {"sb1": 4}
        # The next digit, as if it reached «sb1»'s options while the screen moved on:
        screen.post_message(AnswerOptions.Changed(left, [2], by_key=True, typed_at=0.0))
        await all_done(pilot)
        assert screen.session.answers == {"sb1": 4, "sb2": 2}
        assert screen.index == 4
