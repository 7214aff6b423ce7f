"""The plain menu: everything the full-screen home and history offer, by number, line by line.

`medarbeider --plain` (and `medarbeider` wherever there is no terminal) starts here: the
exercises with their status, a draft to resume or a fresh start, the history, each entry's
result and answers (heard again as often as wanted), exports and deleting, and the
screen-reader setting. Every menu ends in «0» to go back (or quit, at the top).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TextIO

from medarbeider_tui.content import model as m
from medarbeider_tui.content.text import render
from medarbeider_tui.diary import Entry, EntryNotFound, EntrySummary
from medarbeider_tui.diary.listing import ExerciseStatus
from medarbeider_tui.export.text import answer_lines, result_lines
from medarbeider_tui.fsio import StorageError, create_private_file
from medarbeider_tui.i18n import format_date, format_datetime
from medarbeider_tui.plain.ask_choice import pick_numbers
from medarbeider_tui.plain.console import Console, Keys
from medarbeider_tui.plain.keys import Back, Quit, Repeat
from medarbeider_tui.plain.runner import PlainRunner
from medarbeider_tui.safe_text import json_text
from medarbeider_tui.service import (
    ExerciseSession,
    NoSuchDraft,
    PackMissing,
    ReflectionService,
)
from medarbeider_tui.settings import load_settings, save_settings


class PlainMenu:
    """The front page of plain mode, until the person chooses 0 (or input ends)."""

    def __init__(
        self,
        service: ReflectionService,
        language: str,
        stdin: TextIO,
        stdout: TextIO,
        *,
        screen_reader: bool = False,
    ) -> None:
        self.service = service
        self.stdin, self.stdout = stdin, stdout
        self.console = Console(stdin, stdout, language, screen_reader=screen_reader)

    @property
    def lang(self) -> str:
        return self.console.lang

    def text(self, key: str, /, **values: object) -> str:
        return self.console.text(key, **values)

    def run(self) -> int:
        """0 when the person leaves (with 0, or at the end of input)."""
        self.console.say(self.welcome())
        try:
            while self.main_menu():
                pass
        except Quit:
            self.console.say("")
        return 0

    def welcome(self) -> str:
        key = "plain.menu.welcome_spoken" if self.console.screen_reader else "plain.menu.welcome"
        return self.text(key)

    # --- choosing by number ---------------------------------------------------------------

    def choose(self, heading: str, options: list[str], leave: str, *, top: bool = False) -> int:
        """Say ``heading`` and the numbered options; the index chosen, or -1 for 0 («<» too).

        Raises:
            Quit: end of input.
        """
        while True:
            self.console.say("")
            self.console.say(heading)
            for number, label in enumerate(options, 1):
                self.console.say(f"  {number} {label}")
            self.console.say(f"  0 {leave}")
            keys = Keys(clearable=False, back=not top)
            ask = self.text("plain.menu.ask", max=len(options))
            while True:
                try:
                    line = self.console.read(self.console.prompt(ask, keys), keys)
                except Repeat:
                    break
                except Back:
                    if top:
                        self.console.say(self.text("plain.menu.at_top"))
                        continue
                    return -1
                typed = line.strip()
                if typed == "0":
                    return -1
                picked = pick_numbers(typed, len(options), many=False)
                if picked is not None:
                    return picked[0] - 1
                self.console.wrong(self.text("plain.what.menu", max=len(options)), typed)

    def notices(self) -> None:
        """What the diary and the pack loader found, said where the person is listening."""
        for notice in self.service.take_notices():
            self.console.say(notice.render(self.lang))

    # --- the main menu --------------------------------------------------------------------

    def main_menu(self) -> bool:
        """Once round the main menu: False when the person leaves."""
        self.notices()
        packs = self.service.catalog.packs
        exercises = [(pack, exercise) for pack in packs for exercise in pack.exercises]
        statuses = self.service.statuses()
        options = [
            self.exercise_line(pack, exercise, statuses.get((pack.id, exercise.id)), len(packs))
            for pack, exercise in exercises
        ]
        count = len(self.service.listing())
        options.append(self.text("plain.menu.history", count=count))
        setting = "on" if self.console.screen_reader else "off"
        options.append(self.text(f"plain.menu.screen_reader_{setting}"))
        chosen = self.choose(
            self.text("plain.menu.main"), options, self.text("plain.menu.quit"), top=True
        )
        if chosen < 0:
            return False
        if chosen < len(exercises):
            self.open_exercise(*exercises[chosen])
        elif chosen == len(exercises):
            self.history()
        else:
            self.toggle_screen_reader()
        return True

    def exercise_line(
        self, pack: m.Pack, exercise: m.Exercise, status: ExerciseStatus | None, packs: int
    ) -> str:
        """«Hall-kvadranten, omtrent 8 minutter: utkast fra 01.12.2026 09:30.»"""
        title = render(exercise.title, self.lang)
        if packs > 1:
            title = f"{title} ({render(pack.title, self.lang)})"
        draft = status.draft if status else None
        done = status.done if status else None
        parts = []
        if draft is not None:
            parts.append(self.text("plain.status.draft", when=self.when(draft.updated_at)))
        if done is not None:
            completed = done.completed_at or done.updated_at
            parts.append(self.text("plain.status.done", when=self.when(completed, date_only=True)))
        said = "; ".join(parts) if parts else self.text("plain.status.new")
        return self.text("plain.menu.exercise", title=title, minutes=exercise.minutes, status=said)

    def when(self, stamp: str, *, date_only: bool = False) -> str:
        moment = datetime.fromisoformat(stamp)
        return format_date(moment, self.lang) if date_only else format_datetime(moment, self.lang)

    def open_exercise(self, pack: m.Pack, exercise: m.Exercise) -> None:
        """Start it, or (with a draft) ask whether to go on with the draft or start anew."""
        draft = self.service.latest_draft(pack, exercise)
        if draft is None:
            self.walk(self.service.start(pack, exercise, self.lang))
            return
        title = render(exercise.title, self.lang)
        chosen = self.choose(
            self.text("plain.menu.draft_offer", title=title, when=self.when(draft.updated_at)),
            [self.text("plain.menu.resume"), self.text("plain.menu.start_anew")],
            self.text("plain.menu.back"),
        )
        if chosen == 0:
            self.walk(self.service.resume_or_start(pack, exercise, self.lang, draft=draft))
        elif chosen == 1:
            self.walk(self.service.start(pack, exercise, self.lang))

    def walk(self, session: ExerciseSession) -> None:
        runner = PlainRunner(
            session,
            self.lang,
            self.console.stdin,
            self.stdout,
            screen_reader=self.console.screen_reader,
        )
        runner.run()
        self.notices()

    def toggle_screen_reader(self) -> None:
        """Switch the setting now, and remember it for next time."""
        on = not self.console.screen_reader
        self.console.screen_reader = on
        locations = self.service.locations
        settings = load_settings(locations)
        settings.screen_reader = on
        try:
            save_settings(locations, settings)
        except StorageError as failed:
            self.console.say(failed.render(self.lang))
        self.console.say(
            self.text(
                "plain.menu.screen_reader_now_on" if on else "plain.menu.screen_reader_now_off"
            )
        )

    # --- the history ----------------------------------------------------------------------

    def history(self) -> None:
        while True:
            summaries = self.service.summaries()
            if not summaries:
                self.console.say(self.text("plain.menu.history_empty"))
                return
            options = [self.entry_line(summary) for summary in summaries]
            chosen = self.choose(
                self.text("plain.menu.history_heading", count=len(summaries)),
                options,
                self.text("plain.menu.back"),
            )
            if chosen < 0:
                return
            self.entry_menu(summaries[chosen])
            self.notices()

    def entry_line(self, summary: EntrySummary | Entry) -> str:
        """«Hall-kvadranten, fullført 01.12.2026 09:40»."""
        if isinstance(summary, Entry):
            pack_id, stamp = summary.pack.id, summary.completed_at or summary.updated_at
        else:
            pack_id, stamp = summary.pack_id, summary.completed_at or summary.updated_at
        title = self.service.title_of(pack_id, summary.exercise, self.lang)
        status = self.text(f"diary.status.{summary.status}")
        return self.text("plain.menu.entry", title=title, status=status, when=self.when(stamp))

    def entry_menu(self, summary: EntrySummary) -> None:
        """One entry: its result, its answers, resume (a draft), export, delete."""
        while True:
            try:
                entry = self.service.load(summary.id)
            except EntryNotFound:
                self.console.say(self.text("plain.menu.entry_gone"))
                return
            actions = ["resume"] if entry.status == "draft" else ["result"]
            actions += ["answers", "export", "delete"]
            chosen = self.choose(
                self.entry_line(entry) + ".",
                [self.text(f"plain.menu.action.{action}") for action in actions],
                self.text("plain.menu.back"),
            )
            if chosen < 0:
                return
            action = actions[chosen]
            if action == "resume":
                self.resume(entry)
                return
            if action == "delete":
                if self.delete(entry):
                    return
            elif action == "export":
                self.export(entry)
            else:
                self.show(entry, results=action == "result")

    def resume(self, entry: Entry) -> None:
        try:
            session = self.service.resume(entry.id)
        except NoSuchDraft as missing:
            self.console.say(missing.render(self.lang))
            return
        self.walk(session)

    def show(self, entry: Entry, *, results: bool) -> None:
        """The entry's result (heard again with «=» at the next prompt) or its answers."""
        try:
            report = self.service.report(entry, self.lang)
        except PackMissing as missing:
            self.console.say(missing.render(self.lang))
            self.saved(entry)
            return
        style = self.console.style
        if not results:
            self.console.say("")
            self.console.say(self.text("result.your_answers") + ":")
            self.console.lines(answer_lines(report.answers, report.language, style))
            return
        if not report.figures or not entry.results:
            self.console.say(self.text("plain.menu.no_result"))
            return
        lines = result_lines(report.figures, self.lang, style)

        def say_result() -> None:
            self.console.say("")
            self.console.say(self.text("result.title") + ":")
            self.console.lines(lines)

        say_result()
        self.console.replay = say_result

    def saved(self, entry: Entry) -> None:
        """An entry whose pack is gone: its answers and results as saved, by id."""
        from medarbeider_tui.export.saved import saved_answer_lines, saved_result_lines

        for heading, lines in (
            ("result.your_answers", saved_answer_lines(entry.answers, self.lang)),
            ("result.title", saved_result_lines(entry.results, self.lang)),
        ):
            if lines:
                self.console.say("")
                self.console.say(self.text(heading) + ":")
                self.console.lines(lines)

    def export(self, entry: Entry) -> None:
        """To a new private file the person names (a name is offered); never over another."""
        chosen = self.choose(
            self.text("plain.menu.export_heading"),
            [self.text("plain.menu.export_markdown"), self.text("plain.menu.export_json")],
            self.text("plain.menu.back"),
        )
        if chosen < 0:
            return
        if chosen == 0:
            from medarbeider_tui.export.markdown import report_markdown

            try:
                data = report_markdown(self.service.report(entry, self.lang))
            except PackMissing as missing:
                self.console.say(missing.render(self.lang))
                return
            suffix = ".md"
        else:
            data, suffix = json_text(entry.to_json()) + "\n", ".json"
        day = (entry.completed_at or entry.updated_at)[:10]
        offered = Path.cwd() / f"{entry.exercise}-{day}{suffix}"
        keys = Keys(enter="plain.enter.offered_name", clearable=False)
        ask = self.text("plain.menu.export_name", name=offered.name, folder=offered.parent)
        while True:
            try:
                line = self.console.read(self.console.prompt(ask, keys), keys)
            except Repeat:
                continue
            except Back:
                return
            path = Path(line.strip()).expanduser() if line.strip() else offered
            if not path.is_absolute():
                path = Path.cwd() / path
            try:
                create_private_file(path, data.encode("utf-8"))
            except FileExistsError:
                self.console.say(self.text("diary.export_exists", path=path), whole=True)
                continue
            except OSError as failed:
                failure = self.text("plain.menu.export_failed", path=path, error=failed.strerror)
                self.console.say(failure, whole=True)
                continue
            self.console.say(self.text("diary.exported", path=path), whole=True)
            return

    def delete(self, entry: Entry) -> bool:
        """Asked first; True if the entry is gone."""
        keys = Keys(commands=False)
        line = self.console.read(self.text("plain.menu.delete_confirm"), keys)
        if line.strip().lower() not in (self.text("plain.menu.yes"), "j", "y", "ja", "yes"):
            self.console.say(self.text("diary.kept"))
            return False
        self.service.delete(entry.id)
        self.console.say(self.text("ui.deleted"))
        return True
