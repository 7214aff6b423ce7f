"""Issue 8, cases 3, 4, 7 and 9: what the screen says about saving is the truth.

Faults are injected at every write a save makes (``os.open`` of the temp file, ``os.write``,
``os.fsync``, ``os.replace``), with ENOSPC, EROFS and EACCES; as root the same is done for real
on a 1 MB tmpfs and a read-only bind mount. In every case: the screen never claims a save that
did not happen, it says why in the person's language and what to do, nothing crashes (also not
on the way out), the earlier draft on disk is whole, and Ctrl+S saves once the fault is gone.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from medarbeider_tui.diary import DiaryStore
from medarbeider_tui.paths import Locations
from medarbeider_tui.ui.app import MedarbeiderApp
from medarbeider_tui.ui.screens import exercise as exercise_screen
from medarbeider_tui.ui.screens.exercise import ExerciseScreen
from medarbeider_tui.ui.screens.home import HomeScreen
from tests.ui.integrity import (
    AnyPilot,
    all_done,
    answers_on_disk,
    app_on,
    dialog,
    entry_files,
    locations_in,
    type_key,
    type_keys,
    until,
)
from tests.ui.integrity import (
    exercise_screen as current_exercise,
)
from tests.ui.pilots import shown_text

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX system calls")

ERRORS = {errno.ENOSPC: "ENOSPC", errno.EROFS: "EROFS", errno.EACCES: "EACCES"}
#: What the person reads for each, in bokmål: what happened and what to do.
SAID = {
    errno.ENOSPC: "Disken er full, så medarbeider fikk ikke lagret",
    errno.EROFS: "ligger på en skrivebeskyttet disk",
    errno.EACCES: "medarbeider har ikke tilgang til",
}
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture(autouse=True)
def quick_saves(quick_advance: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exercise_screen, "SAVE_DELAY", 0.05)
    monkeypatch.setattr(exercise_screen, "TEXT_SAVE_DELAY", 0.05)


class Broken:
    """``os.<name>`` failing with ``code`` for every write into ``folder`` while armed."""

    def __init__(self, name: str, code: int, folder: Path) -> None:
        self.name, self.code, self.folder = name, code, str(folder)
        self.real: Callable[..., Any] = getattr(os, name)
        self.armed = False
        self.failed = 0
        self._fds: set[int] = set()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.armed and self._is_write(args):
            self.failed += 1
            raise OSError(self.code, os.strerror(self.code))
        return self.real(*args, **kwargs)

    def _is_write(self, args: tuple[Any, ...]) -> bool:
        if self.name == "open":
            return bool(args[1] & WRITE_FLAGS) and str(args[0]).startswith(self.folder)
        if self.name == "replace":
            return str(args[1]).startswith(self.folder)
        # write, fsync: any descriptor of a file in the folder (the temp file of a save)
        try:
            target = os.readlink(f"/proc/self/fd/{args[0]}")
        except OSError:
            return False
        return target.startswith(self.folder)


@contextlib.contextmanager
def broken(monkeypatch: pytest.MonkeyPatch, name: str, code: int, folder: Path) -> Iterator[Broken]:
    fault = Broken(name, code, folder)
    with monkeypatch.context() as patch:
        patch.setattr(os, name, fault)
        yield fault


def top_bar(app: MedarbeiderApp) -> str:
    """What the exercise's top bar says about saving ("" while a question is on top)."""
    screen = app.screen
    if not isinstance(screen, ExerciseScreen):
        return ""
    return str(screen.query_one("#saved", Static).render())


def problem_line(app: MedarbeiderApp) -> str:
    line = current_exercise(app).query_one("#save-problem", Static)
    return str(line.render()) if line.display else ""


def leftovers(locations: Locations) -> list[str]:
    return [
        p.name
        for p in locations.entries_dir.iterdir()
        if p.name not in (".lock", "index.jsonl", "index.cols", "index.trend")
        and not p.name.endswith(".json")
    ]


async def answer_first(pilot: AnyPilot, app: MedarbeiderApp) -> None:
    """Past the two cards, sb1 answered 4 and saved."""
    await type_keys(app, ["enter", "enter", "4"], every=0.05)
    await all_done(pilot)
    assert top_bar(app) == "✓ lagret"


async def failed_save(pilot: AnyPilot, app: MedarbeiderApp) -> None:
    await until(lambda: "ikke lagret" in top_bar(app), "the failure on screen")
    await all_done(pilot)


@pytest.mark.slow
@pytest.mark.parametrize("code", list(ERRORS), ids=list(ERRORS.values()))
@pytest.mark.parametrize("name", ["open", "write", "fsync", "replace"])
async def test_a_failed_write_is_shown_as_not_saved_and_ctrl_s_saves_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, code: int
) -> None:
    locations = locations_in(tmp_path)
    app = app_on(locations, "hall-kvadranten")
    async with app.run_test(size=(80, 24)) as pilot:
        await answer_first(pilot, app)
        before = entry_files(locations)[0].read_bytes()
        with broken(monkeypatch, name, code, locations.entries_dir) as fault:
            fault.armed = True
            type_key(app, "3")  # sb2
            await failed_save(pilot, app)
            assert fault.failed
            assert top_bar(app) == "⚠ ikke lagret"
            problem = problem_line(app)
            assert problem.startswith("Svarene dine er ikke lagret.")
            assert SAID[code] in problem
            assert problem.endswith("Ctrl+S prøver igjen.")
            assert "No space" not in problem and "Errno" not in problem
            assert entry_files(locations)[0].read_bytes() == before  # the earlier draft, whole
            assert leftovers(locations) == []
            assert "ctrl+s" in app.screen.active_bindings  # the retry is offered
            type_key(app, "ctrl+s")  # still broken: still not saved, nothing claimed
            await all_done(pilot)
            assert top_bar(app) == "⚠ ikke lagret"
            fault.armed = False
            type_key(app, "ctrl+s")
            await until(lambda: top_bar(app) == "✓ lagret", "the retried save")
        assert problem_line(app) == ""
        assert "ctrl+s" not in app.screen.active_bindings
    assert answers_on_disk(locations) == {"sb1": 4, "sb2": 3}


@pytest.mark.slow
async def test_english_says_it_in_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locations = locations_in(tmp_path)
    app = app_on(locations, "hall-kvadranten", language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await type_keys(app, ["enter", "enter", "4"], every=0.05)
        await all_done(pilot)
        with broken(monkeypatch, "write", errno.ENOSPC, locations.entries_dir) as fault:
            fault.armed = True
            type_key(app, "3")
            await until(lambda: "not saved" in top_bar(app), "the failure")
            assert top_bar(app) == "⚠ not saved"
            assert problem_line(app).startswith("Your answers are not saved. The disk is full")


@pytest.mark.slow
async def test_no_save_claimed_while_changes_wait_to_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«✓ lagret» goes as soon as something new is given; it comes back after the write."""
    locations = locations_in(tmp_path)
    app = app_on(locations, "tre-sporsmal")
    async with app.run_test(size=(80, 24)) as pilot:
        await type_keys(app, ["enter", *"Hei"], every=0.05)
        await all_done(pilot)
        assert top_bar(app) == "✓ lagret"
        screen = current_exercise(app)
        monkeypatch.setattr(exercise_screen, "TEXT_SAVE_DELAY", 5.0)  # what is shown meanwhile?
        type_key(app, "!")
        await until(lambda: screen.session.answers.get("hvem-er-du") == "Hei!", "the text")
        assert top_bar(app) != "✓ lagret"
        assert answers_on_disk(locations) == {"hvem-er-du": "Hei"}


@pytest.mark.slow
async def test_esc_after_a_failed_save_says_it_is_not_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Esc said «Svarene dine er lagret som utkast», which was false."""
    locations = locations_in(tmp_path)
    app = app_on(locations, "hall-kvadranten")
    async with app.run_test(size=(80, 24)) as pilot:
        await answer_first(pilot, app)
        with broken(monkeypatch, "replace", errno.ENOSPC, locations.entries_dir) as fault:
            fault.armed = True
            type_key(app, "3")
            await failed_save(pilot, app)
            type_key(app, "escape")
            shown = await dialog(app, "Lukke uten å lagre?")
            assert "lagret som et utkast" not in shown
            assert "Disken er full" in shown
            type_key(app, "n")  # stay, and try again later
            await until(lambda: isinstance(app.screen, ExerciseScreen), "back")
            fault.armed = False
            type_key(app, "escape")  # now it saves first, and can say so truthfully
            await dialog(app, "Svarene dine er lagret som et utkast")
            type_key(app, "j")
            await until(lambda: isinstance(app.screen, HomeScreen), "home")
    assert answers_on_disk(locations) == {"sb1": 4, "sb2": 3}


@pytest.mark.slow
async def test_quitting_after_a_failed_save_asks_and_never_crashes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+Q crashed in on_unmount (``NoMatches: '#saved'``) and the answer was gone."""
    locations = locations_in(tmp_path)
    app = app_on(locations, "hall-kvadranten")
    async with app.run_test(size=(80, 24)) as pilot:
        await answer_first(pilot, app)
        with broken(monkeypatch, "write", errno.ENOSPC, locations.entries_dir) as fault:
            fault.armed = True
            type_key(app, "3")
            await failed_save(pilot, app)
            type_key(app, "ctrl+q")
            shown = await dialog(app, "Avslutte uten å lagre?")
            assert "Disken er full" in shown
            type_key(app, "j")
            await until(lambda: not app.is_running, "the app to close")
    assert app.return_code in (0, None)
    assert answers_on_disk(locations) == {"sb1": 4}  # the earlier draft, as it was


@pytest.mark.slow
async def test_a_save_that_fails_on_the_way_out_is_said_after_the_app_closes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locations = locations_in(tmp_path)
    app = app_on(locations, "hall-kvadranten")
    with broken(monkeypatch, "write", errno.ENOSPC, locations.entries_dir) as fault:
        async with app.run_test(size=(80, 24)) as pilot:
            await answer_first(pilot, app)
            monkeypatch.setattr(exercise_screen, "SAVE_DELAY", 60.0)  # still waiting at exit
            type_key(app, "3")
            await until(lambda: current_exercise(app).session.has_unsaved_changes, "the answer")
            fault.armed = True
            app.exit()  # an exit path that asks nothing: the screen saves on unmount
    assert app.exit_messages
    assert app.exit_messages[0].startswith("Ikke alle svarene dine ble lagret")
    assert "Disken er full" in app.exit_messages[0]


@pytest.mark.slow
async def test_a_refused_text_is_never_dropped_silently(tmp_path: Path) -> None:
    """Issue 8, case 4: text past the limit (5000) was dropped while «✓ lagret» stayed on."""
    locations = locations_in(tmp_path)
    app = app_on(locations, "tre-sporsmal")
    async with app.run_test(size=(80, 24)) as pilot:
        await type_keys(app, ["enter", *"Kort"], every=0.05)
        await all_done(pilot)
        screen = current_exercise(app)
        area = screen.query_one("TextArea")
        area.insert("x" * 4950)  # type: ignore[attr-defined]
        await until(lambda: "tegn igjen" in shown_text(screen), "the room left")
        assert "46 tegn igjen" in shown_text(screen)
        area.insert("y" * 60)  # type: ignore[attr-defined]
        await until(lambda: "tegn for mye" in shown_text(screen), "too much")
        await all_done(pilot)
        shown = shown_text(screen)
        assert "14 tegn for mye" in shown
        assert "Dette svaret er ikke lagret: teksten har 5014 tegn" in shown
        assert top_bar(app) == "⚠ ikke lagret"
        assert len(screen.query_one("TextArea").text) == 5014  # type: ignore[attr-defined]
        type_key(app, "ctrl+n")  # leaving asks first: the text on screen would go
        await dialog(app, "Gå videre uten å lagre svaret?")
        type_key(app, "n")
        await until(lambda: isinstance(app.screen, ExerciseScreen), "back to the text")
        assert screen.unit.key == "hvem-er-du"
        area.action_delete_left()  # type: ignore[attr-defined]
        for _ in range(14):
            area.action_delete_left()  # type: ignore[attr-defined]
        await all_done(pilot)
        assert top_bar(app) == "✓ lagret"
    assert len(answers_on_disk(locations)["hvem-er-du"]) == 4999


# --- a real full disk and a real read-only folder (as root) ----------------------------------


@contextlib.contextmanager
def mounted(*commands: list[str], undo: list[str]) -> Iterator[None]:
    for command in commands:
        subprocess.run(command, check=True, capture_output=True)
    try:
        yield
    finally:
        subprocess.run(undo, check=False, capture_output=True)


def fill(disk: Path) -> Path:
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for block in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * block)
    finally:
        os.close(fd)
    return filler


@pytest.mark.slow
@pytest.mark.skipif(not IS_ROOT, reason="mounting a tmpfs needs root; injected ENOSPC covers it")
async def test_a_real_full_disk(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    command = ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(disk)]
    with mounted(command, undo=["umount", str(disk)]):
        locations = Locations(disk / "data", tmp_path / "config")
        app = app_on(locations, "hall-kvadranten", store=DiaryStore.open(locations))
        async with app.run_test(size=(80, 24)) as pilot:
            await answer_first(pilot, app)
            before = entry_files(locations)[0].read_bytes()
            filler = fill(disk)
            type_key(app, "3")
            await failed_save(pilot, app)
            assert "Disken er full" in problem_line(app)
            assert entry_files(locations)[0].read_bytes() == before
            assert leftovers(locations) == []
            filler.unlink()
            type_key(app, "ctrl+s")
            await until(lambda: top_bar(app) == "✓ lagret", "the retried save")
            assert answers_on_disk(locations) == {"sb1": 4, "sb2": 3}


@pytest.mark.slow
@pytest.mark.skipif(not IS_ROOT, reason="a read-only bind mount needs root; EROFS is injected too")
async def test_a_real_read_only_folder(tmp_path: Path) -> None:
    locations = locations_in(tmp_path)
    app = app_on(locations, "hall-kvadranten")
    folder = str(locations.entries_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await answer_first(pilot, app)
        before = entry_files(locations)[0].read_bytes()
        with mounted(
            ["mount", "--bind", folder, folder],
            ["mount", "-o", "remount,ro,bind", folder],
            undo=["umount", folder],
        ):
            type_key(app, "3")
            await failed_save(pilot, app)
            assert "skrivebeskyttet" in problem_line(app)
            assert entry_files(locations)[0].read_bytes() == before
        type_key(app, "ctrl+s")
        await until(lambda: top_bar(app) == "✓ lagret", "the retried save")
    assert answers_on_disk(locations) == {"sb1": 4, "sb2": 3}


# --- case 7: an entry deleted elsewhere is never brought back silently ----------------------


async def delete_elsewhere(locations: Locations) -> None:
    """What another window (History, d) or ``medarbeider diary delete`` does."""
    (entry,) = entry_files(locations)
    DiaryStore.open(locations).delete(entry.stem)


@pytest.mark.slow
@pytest.mark.parametrize("choice", ["keep", "let-go"])
async def test_a_draft_deleted_elsewhere_is_kept_as_new_or_let_go(
    tmp_path: Path, choice: str
) -> None:
    """The next answer re-created the deleted file with every earlier answer."""
    locations = locations_in(tmp_path)
    app = app_on(locations, "hall-kvadranten")
    async with app.run_test(size=(80, 24)) as pilot:
        await answer_first(pilot, app)
        old_id = entry_files(locations)[0].stem
        await delete_elsewhere(locations)
        type_key(app, "3")
        shown = await dialog(app, "Oppføringen er slettet")
        assert "Du kan beholde dem som en ny oppføring, eller la dem gå." in shown
        assert entry_files(locations) == []  # not brought back behind the person's back
        type_key(app, "j" if choice == "keep" else "n")
        if choice == "keep":
            await until(lambda: top_bar(app) == "✓ lagret", "the new entry")
            (kept,) = entry_files(locations)
            assert kept.stem != old_id
            assert answers_on_disk(locations) == {"sb1": 4, "sb2": 3}
            type_key(app, "5")  # and it goes on being saved, to the new entry
            await all_done(pilot)
            assert answers_on_disk(locations) == {"sb1": 4, "sb2": 3, "sb3": 5}
        else:
            await until(lambda: isinstance(app.screen, HomeScreen), "the exercise closed")
            await all_done(pilot)
    if choice == "let-go":
        assert entry_files(locations) == []


@pytest.mark.slow
async def test_esc_at_the_deleted_question_decides_nothing(tmp_path: Path) -> None:
    locations = locations_in(tmp_path)
    app = app_on(locations, "hall-kvadranten")
    async with app.run_test(size=(80, 24)) as pilot:
        await answer_first(pilot, app)
        await delete_elsewhere(locations)
        type_key(app, "3")
        await dialog(app, "Oppføringen er slettet")
        type_key(app, "escape")
        await until(lambda: isinstance(app.screen, ExerciseScreen), "back")
        assert top_bar(app) == "⚠ ikke lagret"
        type_key(app, "2")  # the next save asks again
        await dialog(app, "Oppføringen er slettet")
    assert entry_files(locations) == []


# --- case 9: an unexpected error never ends the app silently ---------------------------------


class Boom(RuntimeError):
    pass


@pytest.mark.slow
async def test_an_unexpected_error_saves_first_and_leaves_a_private_report_without_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locations = locations_in(tmp_path)
    app = app_on(locations, "tre-sporsmal")
    secret = "Mitt hemmelige svar"

    def fail(self: ExerciseScreen) -> None:
        raise Boom(str(self.session.answers))  # a message holding the answers

    with pytest.raises(Boom):
        async with app.run_test(size=(80, 24)):
            monkeypatch.setattr(exercise_screen, "TEXT_SAVE_DELAY", 60.0)  # not saved before
            await type_keys(app, ["enter", *secret], every=0.02)
            await until(
                lambda: current_exercise(app).session.answers.get("hvem-er-du") == secret,
                "the text",
            )
            monkeypatch.setattr(ExerciseScreen, "action_review", fail)
            type_key(app, "ctrl+r")
            await until(lambda: not app.is_running, "the app to stop")
    assert answers_on_disk(locations) == {"hvem-er-du": secret}  # saved first
    (message,) = app.exit_messages
    assert message.startswith("medarbeider stoppet på grunn av en uventet feil.")
    assert "Svarene dine er lagret som utkast" in message
    (report,) = (locations.data_dir / "errors").iterdir()
    assert f"En feilrapport uten svarene dine ligger i {report}." in message
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert stat.S_IMODE(report.parent.stat().st_mode) == 0o700
    assert not app._exit_renderables  # Textual's traceback (with local variables) is not printed
    text = report.read_text(encoding="utf-8")
    assert "test_integrity_saving.Boom" in text
    assert "raise Boom(str(self.session.answers))" in text  # where: the line of code
    assert secret not in text and "hemmelige" not in text  # no messages, no variables


def test_the_report_names_where_it_happened(tmp_path: Path) -> None:
    from medarbeider_tui.ui.crash import report_text

    try:
        json.loads("{" + "Mitt svar")
    except ValueError as error:
        text = report_text(error)
    assert "json.decoder.JSONDecodeError" in text
    assert 'json.loads("{" + "Mitt svar")' in text  # the line of code (not the value)
    assert "Expecting" not in text  # the message: kept out


# --- an unusable data folder from the start ------------------------------------------------


@pytest.mark.slow
async def test_a_data_folder_that_cannot_be_used_is_said_and_crashes_nothing(
    tmp_path: Path,
) -> None:
    """The diary's folder is a file (it could as well be read-only or someone else's): the
    home screen says why, in bokmål, and starting an exercise starts nothing."""
    from medarbeider_tui.service import ReflectionService
    from medarbeider_tui.settings import Settings
    from tests.ui.integrity import builtin_catalog

    locations = locations_in(tmp_path)
    locations.data_dir.parent.mkdir(parents=True, exist_ok=True)
    locations.data_dir.write_text("not a folder")
    service = ReflectionService(locations, catalog=builtin_catalog())  # the diary opens lazily
    app = MedarbeiderApp(service, Settings(privacy_seen=True), "nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: bool(app._notifications), "the notice")
        said = [n.message for n in app._notifications]
        assert any("men der (eller på veien dit) ligger det en fil" in s for s in said)
        type_key(app, "enter")  # start the first exercise: there is nowhere to save it
        await all_done(pilot)
        assert isinstance(app.screen, HomeScreen)
        type_key(app, "h")
        await all_done(pilot)
        assert app.is_running
    assert locations.data_dir.read_text() == "not a folder"


@pytest.mark.slow
async def test_finishing_when_the_save_fails_says_so_and_keeps_the_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from medarbeider_tui.ui.screens.result import ResultScreen
    from medarbeider_tui.ui.screens.review import ReviewScreen

    locations = locations_in(tmp_path)
    app = app_on(locations, "tre-sporsmal")
    async with app.run_test(size=(80, 24)) as pilot:
        await type_keys(app, ["enter", *"En", "ctrl+n", *"To", "ctrl+n", *"Tre"], every=0.02)
        await all_done(pilot)
        with broken(monkeypatch, "write", errno.ENOSPC, locations.entries_dir) as fault:
            fault.armed = True
            await type_keys(app, ["ctrl+r"], every=0.05)
            await until(lambda: isinstance(app.screen, ReviewScreen), "the review")
            await all_done(pilot)
            type_key(app, "f")
            await until(lambda: bool(app._notifications), "the notice")
            (said,) = [n.message for n in app._notifications]
            assert said.startswith("Øvelsen er ikke fullført, fordi den ikke kunne lagres.")
            assert "Disken er full" in said
            assert isinstance(app.screen, ReviewScreen)
            (draft,) = entry_files(locations)
            assert json.loads(draft.read_text())["status"] == "draft"
            fault.armed = False
            type_key(app, "f")
            await until(lambda: isinstance(app.screen, ResultScreen), "the result")
    assert json.loads(entry_files(locations)[0].read_text())["status"] == "complete"
