"""`ReflectionService`: packs, entries and sessions for every front end."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterable, Mapping
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medarbeider_tui.content.listing import CatalogListing, ExerciseListing, discover_listing
from medarbeider_tui.content.loader import Catalog, discover, pack_sources
from medarbeider_tui.content.text import render
from medarbeider_tui.diary import DiaryStore, Entry, EntryNotFound, EntrySummary
from medarbeider_tui.diary.columns import Listing
from medarbeider_tui.diary.listing import ExerciseStatus, statuses_of
from medarbeider_tui.fsio import StorageError, ensure_chosen_folder
from medarbeider_tui.i18n import LocalizedError, Translatable
from medarbeider_tui.paths import Locations, builtin_content_dir
from medarbeider_tui.service.actions import ActionOps
from medarbeider_tui.service.coach_notes import CoachNoteOps
from medarbeider_tui.service.history import HistoryOps
from medarbeider_tui.service.notices import without_paths
from medarbeider_tui.service.profiles import Profile, Profiles
from medarbeider_tui.service.trends import TrendOps

if TYPE_CHECKING:  # what only reports, exports and sessions use is imported when they are
    from medarbeider_tui.content import model as m
    from medarbeider_tui.content.answers import AnswerProblem
    from medarbeider_tui.diary.export_defaults import ExportDefaults
    from medarbeider_tui.report.cards import Card
    from medarbeider_tui.report.model import Report
    from medarbeider_tui.service.exporting import Export, ExportRequest
    from medarbeider_tui.service.session import ExerciseSession


class NoSuchDraft(LocalizedError):
    """``--resume ID`` (or a history row) names no draft of this exercise."""

    def __init__(self, entry_id: str) -> None:
        super().__init__("run.no_such_draft", id=entry_id)


class PackMissing(LocalizedError):
    """The pack an entry was made with is not installed (any more)."""

    def __init__(self, pack_id: str) -> None:
        super().__init__("diary.pack_missing", pack=pack_id)
        self.pack_id = pack_id


class AnswersRejected(Exception):
    """An answers file did not fit the exercise; every problem found, nothing saved."""

    def __init__(self, problems: list[AnswerProblem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


class ReflectionService(HistoryOps, TrendOps, ActionOps, CoachNoteOps):
    """The packs this run can use and the diary of one profile (one person) in this data folder.

    The history as pages, trends, comparisons, «last time», the action-plan loop and a coach's
    notes come from their own modules (`service.history`, `service.trends`, `service.actions`,
    `service.coach_notes`); profiles from `service.profiles`.

    Built cheaply: the packs are discovered and the diary opened only when first needed, so a
    command that needs neither (``where``) pays for neither.
    """

    def __init__(
        self,
        locations: Locations,
        extra_packs: list[Path] | None = None,
        *,
        catalog: Catalog | None = None,
        store: DiaryStore | None = None,
    ) -> None:
        self.locations = locations
        self._extra_packs = list(extra_packs or [])
        self._notices: list[Translatable] = []
        self._notices_lock = threading.Lock()
        if catalog is not None:
            self.__dict__["catalog"] = catalog
            self._catalog_found(catalog)
        if store is not None:
            self.__dict__["store"] = store

    # --- what this run has ------------------------------------------------------------------

    @cached_property
    def catalog(self) -> Catalog:
        """Every usable pack (built-in, the person's, then ``--pack`` paths)."""
        catalog = discover(
            builtin_content_dir(),
            self.locations.user_packs_dir,
            self._extra_packs,
            cache_dir=self._cache_dir(),
        )
        self._catalog_found(catalog)
        return catalog

    @property
    def packs_listing(self) -> CatalogListing:
        """The packs as a list shows them (titles, exercises, minutes): from the pack cache
        alone while the packs are current there, without loading the packs or importing the
        content model (`content.listing`); otherwise, and once loaded, from the catalogue."""
        catalog = self.__dict__.get("catalog")
        if catalog is None:
            cached = self.__dict__.get("_cached_listing")
            if cached is None:
                sources = pack_sources(
                    builtin_content_dir(), self.locations.user_packs_dir, self._extra_packs
                )
                cached = discover_listing(sources, self._cache_dir())
                if cached is not None:
                    self._tell_pack_notices(cached.notices)
                    self.__dict__["_cached_listing"] = cached
            if cached is not None:
                return cached
            catalog = self.catalog
        listed = self.__dict__.get("_catalog_listing")
        if listed is None or listed[0] is not catalog:
            listed = (catalog, CatalogListing.of(catalog))
            self.__dict__["_catalog_listing"] = listed
        return listed[1]

    def _cache_dir(self) -> Path | None:
        """The pack cache's folder, inside the data folder, if that folder may be used: the
        cache must not create a home folder that does not exist, nor write into a folder that
        is shared or someone else's. Without it the packs are simply read again; what is wrong
        with the folder is said when the diary is opened."""
        try:
            ensure_chosen_folder(self.locations.data_dir, home=self.locations.home)
        except StorageError:
            return None
        return self.locations.cache_dir

    @cached_property
    def store(self) -> DiaryStore:
        """The diary, its folders created (or tightened) on first use."""
        return DiaryStore.open(self.locations)

    def _catalog_found(self, catalog: Catalog) -> None:
        self._tell_pack_notices(catalog.notices, catalog.skipped)

    def _tell_pack_notices(self, found: list[Translatable], skipped: Iterable[Path] = ()) -> None:
        """What finding the packs showed, each thing once: the listing and the catalogue
        find the same overrides."""
        notices = [Translatable("packs.note", notice=notice) for notice in found]
        notices += [Translatable("packs.skipped", path=folder) for folder in skipped]
        with self._notices_lock:
            told = self.__dict__.setdefault("_pack_notices_told", [])
            new = [notice for notice in notices if notice not in told]
            told += new
            self._notices += new

    def take_notices(self, *, paths: bool = True) -> list[Translatable]:
        """What the person should hear about since last asked, each thing once.

        ``paths=False`` hides every file path in them (a presentation view on a shared
        screen shows none: `service.notices.without_paths`). Safe from any thread: saves on a
        worker thread add the diary's findings as they go.
        """
        found: list[Translatable] = []
        profiles = self.__dict__.get("profiles")
        if profiles is not None:
            found += profiles.take_notices()
        store = self.__dict__.get("store")
        if store is not None:
            while store.warnings:
                warning = store.warnings.pop(0)
                kind = warning.kind
                if kind == "permissions" and not warning.path.is_dir():
                    kind = "permissions_file"
                found.append(
                    Translatable(f"warning.{kind}", path=warning.path, detail=warning.detail)
                )
        with self._notices_lock:
            found, self._notices = self._notices + found, []
        return found if paths else [without_paths(notice) for notice in found]

    # --- profiles ---------------------------------------------------------------------------

    @cached_property
    def profiles(self) -> Profiles:
        """The profiles of this data folder: whether there are any (a picker at start), their
        list, and creating, renaming and deleting them."""
        return Profiles(self.locations)

    def profile(self) -> Profile:
        """The profile whose diary this service reads and writes."""
        slug = self.locations.profile
        if slug is None:
            return self.profiles.default()
        found = next((p for p in self.profiles.named() if p.slug == slug), None)
        return found or Profile(slug, slug, 0, damaged=True)

    def for_profile(self, name: str | None) -> ReflectionService:
        """A service for the diary of profile ``name`` (None: the default profile), with the
        packs this one has found.

        Raises:
            NoSuchProfile: no profile has that name.
        """
        other = ReflectionService(self.profiles.resolve(name), self._extra_packs)
        # Found once, and its notices told here: the packs loaded, or only listed so far.
        for found in ("catalog", "_cached_listing", "_pack_notices_told"):
            if found in self.__dict__:
                other.__dict__[found] = self.__dict__[found]
        return other

    # --- exercises --------------------------------------------------------------------------

    def find_exercise(self, name: str) -> list[tuple[m.Pack, m.Exercise]]:
        """Exercises matching ``exercise-id`` or ``pack-id/exercise-id``."""
        return self.catalog.find_exercise(name)

    def exercise_of(self, pack_id: str, exercise_id: str) -> tuple[m.Pack, m.Exercise] | None:
        """The pack and exercise an entry was made with, if still installed."""
        return self.catalog.exercise_of(pack_id, exercise_id)

    def title_of(self, pack_id: str, exercise_id: str, language: str) -> str:
        """The exercise's title, or its id when its pack is gone."""
        found = self.listed_exercise(pack_id, exercise_id)
        return render(found.title, language) if found else exercise_id

    def listed_exercise(self, pack_id: str, exercise_id: str) -> ExerciseListing | None:
        """The exercise as a list shows it (`listing`), if its pack is installed and has it."""
        return self.packs_listing.exercise_of(pack_id, exercise_id)

    def cards(self, exercise: m.Exercise, language: str) -> list[Card]:
        """The teaching cards of ``exercise`` in ``language``, ready to draw or say."""
        from medarbeider_tui.report.cards import build_cards

        return build_cards(exercise, language)

    # --- the diary --------------------------------------------------------------------------

    def summaries(self) -> list[EntrySummary]:
        """Every entry, newest first."""
        return self.store.summaries()

    def listing(self) -> Listing:
        """Every entry, newest first, as columns (summaries read when asked for)."""
        return self.store.listing()

    def statuses(self) -> Mapping[tuple[str, str], ExerciseStatus]:
        """Per (pack id, exercise id): the draft to resume and the last completion."""
        return statuses_of(self.listing())

    def latest_draft(self, pack: m.Pack, exercise: m.Exercise) -> EntrySummary | None:
        """The draft a person would expect to continue: the one changed last."""
        return self.statuses().get((pack.id, exercise.id), ExerciseStatus()).draft

    def load(self, entry_id: str) -> Entry:
        """One entry.

        Raises:
            EntryNotFound: no readable entry with that id (a notice says why, if it was moved).
        """
        return self.store.load(entry_id)

    def delete(self, entry_id: str) -> None:
        """Remove an entry for good (the person asked for it); gone already is fine.

        The actions planned in it are made first and kept: they go only when the person lets
        them go (`actions_of_entry`, `keep_action`, `let_go_of_action`). A coach's notes on it
        go with it: they are about that session.
        """
        self.sync_actions()
        try:
            self.store.delete(entry_id)
        except EntryNotFound:
            return
        self.remove_coach_notes(entry_id)

    def report(self, entry: Entry, language: str) -> Report:
        """The entry as a document in ``language``.

        Raises:
            PackMissing: the entry's pack or exercise is not installed.
        """
        found = self.exercise_of(entry.pack.id, entry.exercise)
        if found is None:
            raise PackMissing(entry.pack.id)
        from medarbeider_tui.report.build import build_report

        return build_report(entry, *found, language)

    # --- exports ----------------------------------------------------------------------------

    def export(self, request: ExportRequest, interface_language: str) -> Export:
        """The files ``request`` asks for, in memory (nothing is written yet).

        Documents are in each entry's language unless ``request.language`` says otherwise;
        headings of a document of several languages use ``interface_language``. Entries whose
        pack is gone are left out (with a notice) of every format but JSON.

        Raises:
            LocalizedError: nothing was chosen, an id is unknown, nothing matches or nothing
                chosen can be shown (``export.selection``, ``service.exporting``).
        """

        from medarbeider_tui.service.exporting import make_export

        def report(entry: Entry, language: str) -> Report | None:
            try:
                return self.report(entry, language)
            except PackMissing:
                return None

        return make_export(
            self.summaries(),
            request,
            self.load,
            report,
            self.exercise_order(),
            interface_language,
            self._notice,
            self.coach_notes,
        )

    def take_home(
        self,
        interface_language: str,
        request: ExportRequest | None = None,
        *,
        today: date | None = None,
    ) -> Export:
        """The take-home summary: the entries of this profile completed today, as one
        document titled «Dagens økt», each entry in the language it was answered in.

        ``request`` says the format and what else to include (private answers, coach notes;
        its other choices narrow today's entries further); its dates are today's.

        Raises:
            LocalizedError: ``export.take_home.nothing`` when nothing was completed today.
        """
        from medarbeider_tui.export.selection import NothingMatches, Selection
        from medarbeider_tui.service.exporting import Day, ExportRequest, take_home_title

        day = today or date.today()
        base = request or ExportRequest(Selection())
        chosen = dataclasses.replace(
            base,
            selection=dataclasses.replace(base.selection, since=day, until=day),
            title=take_home_title(day),
        )
        try:
            return self.export(chosen, interface_language)
        except NothingMatches:
            raise LocalizedError("export.take_home.nothing", date=Day(day)) from None

    def export_defaults(self) -> ExportDefaults:
        """What this profile's last export was made as (format, folder, what it included)."""
        from medarbeider_tui.diary.export_defaults import load_export_defaults

        return load_export_defaults(self.locations)

    def remember_export_defaults(self, defaults: ExportDefaults) -> None:
        """Keep ``defaults`` for this profile's next export (each profile its own).

        Raises:
            StorageError: they could not be written (the export itself is not affected).
        """
        from medarbeider_tui.diary.export_defaults import save_export_defaults

        save_export_defaults(self.locations, defaults)

    def write_export(self, export: Export, target: Path) -> Path:
        """Write a one-file export to the new private file ``target`` (never over anything).

        Raises:
            ExportWriteError: with the real reason; nothing was left behind.
        """
        from medarbeider_tui.service.exporting import write_new_file

        [file] = export.files
        return write_new_file(target, file.data)

    def write_export_into(self, export: Export, folder: Path) -> list[Path]:
        """Write each file of an export into ``folder`` (made 0700 if missing), or none."""
        from medarbeider_tui.service.exporting import write_files_into

        return write_files_into(folder, export.files)

    def exercise_order(self) -> list[tuple[str, str]]:
        """(pack id, exercise id) of every exercise, in the order the packs offer them."""
        return [(pack.id, e.id) for pack in self.catalog.packs for e in pack.exercises]

    def _notice(self, notice: Translatable) -> None:
        with self._notices_lock:
            self._notices.append(notice)

    # --- sessions ---------------------------------------------------------------------------

    def start(self, pack: m.Pack, exercise: m.Exercise, language: str) -> ExerciseSession:
        """A new draft (it reaches the disk with the first answer)."""
        from medarbeider_tui.service.session import ExerciseSession

        return ExerciseSession.start(pack, exercise, self.store, language)

    def resume(self, entry_id: str, pack: m.Pack | None = None) -> ExerciseSession:
        """Continue the draft ``entry_id`` (of the exercise in ``pack``, if given).

        Raises:
            NoSuchDraft: no such entry, not a draft, or its pack is not installed.
        """
        from medarbeider_tui.service.session import ExerciseSession

        try:
            entry = self.store.load(entry_id)
        except EntryNotFound:
            raise NoSuchDraft(entry_id) from None
        found = self.exercise_of(entry.pack.id, entry.exercise)
        if (
            entry.status != "draft"
            or found is None
            or (pack is not None and found[0].id != pack.id)
        ):
            raise NoSuchDraft(entry_id)
        return ExerciseSession(found[0], found[1], self.store, entry)

    def resume_or_start(
        self,
        pack: m.Pack,
        exercise: m.Exercise,
        language: str,
        *,
        draft: EntrySummary | None = None,
        fresh: bool = False,
    ) -> ExerciseSession:
        """The exercise's latest draft (or ``draft``), else a new one; ``fresh`` always starts anew.

        A draft that cannot be read any more (moved to quarantine meanwhile) is not resumed: a
        new draft starts and a notice says what happened to the old one.
        """
        from medarbeider_tui.service.session import ExerciseSession

        if not fresh:
            draft = draft or self.latest_draft(pack, exercise)
            if draft is not None:
                try:
                    return ExerciseSession(pack, exercise, self.store, self.store.load(draft.id))
                except EntryNotFound:
                    pass
        return self.start(pack, exercise, language)

    def entry_from_answers(
        self, pack: m.Pack, exercise: m.Exercise, given: Mapping[str, Any], language: str
    ) -> Entry:
        """Check every answer of a file as the interactive path does; save a complete entry.

        Raises:
            AnswersRejected: with every problem found (root causes first); nothing is saved.
        """
        from medarbeider_tui.content.answers import check_answers
        from medarbeider_tui.service.session import ExerciseSession

        checked = check_answers(exercise, pack, given)
        if not checked.ok:
            raise AnswersRejected(checked.problems)
        session = ExerciseSession.start(pack, exercise, self.store, language)
        session.entry.answers.update(checked.answers)
        return session.complete()
