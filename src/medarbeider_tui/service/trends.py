"""Trends, the quadrant trail, comparisons and «last time», for every front end.

A trend is computed from the diary index: each complete entry's means and placements from the
trend columns (``entries/index.trend``), else its results digest from its index line. No
entry file is opened except where a mean's statements changed between two neighbouring
entries, or an entry's digest could not be read (then its file answers).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from medarbeider_tui.content.text import render
from medarbeider_tui.diary import EntryNotFound, EntrySummary
from medarbeider_tui.diary.digest import Digest, read_digest, read_digests
from medarbeider_tui.diary.ids import parse_timestamp
from medarbeider_tui.i18n import LocalizedError, t
from medarbeider_tui.service.host import ServiceHost

if TYPE_CHECKING:  # the report modules are imported when a trend or comparison is asked for
    from medarbeider_tui.content import model as m
    from medarbeider_tui.report.compare import Comparison
    from medarbeider_tui.report.lasttime import LastTime
    from medarbeider_tui.report.trends import Trend


class NoSuchExercise(LocalizedError):
    """No installed exercise and no entry in the diary has that name."""

    def __init__(self, name: str) -> None:
        super().__init__("trend.no_such_exercise", name=name)


class NotComparable(LocalizedError):
    """Two entries of different exercises cannot be compared."""

    def __init__(self, first: str, second: str) -> None:
        super().__init__("compare.different", first=first, second=second)


class TrendOps(ServiceHost):
    """The over-time operations of `ReflectionService`."""

    def trend_target(self, name: str) -> tuple[str, str]:
        """(pack id, exercise id) for ``exercise-id`` or ``pack-id/exercise-id``: an installed
        exercise, or one the diary still has entries of (its pack may be gone).

        Raises:
            NoSuchExercise: neither.
        """
        found = self.catalog.find_exercise(name)
        if len(found) >= 1:
            pack, exercise = found[0]
            return pack.id, exercise.id
        pack_id, _, exercise_id = name.rpartition("/")
        _, groups = self.listing().counts()
        for owner, listed in groups:
            if listed == exercise_id and (not pack_id or owner == pack_id):
                return owner, listed
        raise NoSuchExercise(name)

    def trend(
        self,
        pack_id: str,
        exercise_id: str,
        language: str,
        *,
        since: date | None = None,
    ) -> Trend:
        """Every mean and 2×2 trail of one exercise over its complete entries, oldest first."""
        from medarbeider_tui.report.trends import TrendEntry, build_trend

        found = self.exercise_of(pack_id, exercise_id)
        title = render(found[1].title, language) if found else exercise_id
        every = self.listing()
        wanted = every.positions(lambda pair: pair == (pack_id, exercise_id), "complete")
        # From the trend columns where they describe an entry, else from its index line.
        dated: list[tuple[datetime, str, TrendEntry | EntrySummary]] = []
        unknown = []
        for position, row in zip(wanted, every.trend_rows(wanted), strict=True):
            if row is None:
                unknown.append(position)
                continue
            entry_id, moment, shape, values = row
            means = dict(zip(shape.means, values, strict=True))
            entry = TrendEntry(
                entry_id, moment, shape.pack_version, means, shape.items, shape.quadrants
            )
            dated.append((moment, entry_id, entry))
        for s in every.summaries(unknown):
            dated.append((parse_timestamp(s.completed_at or s.updated_at), s.id, s))
        if since is not None:
            dated = [item for item in dated if item[0].date() >= since]
        dated.sort(key=itemgetter(0, 1))
        loaded: dict[str, Mapping[str, Any] | None] = {}
        summaries = [item for _, _, item in dated if isinstance(item, EntrySummary)]
        digests = iter(read_digests([s.digest for s in summaries]))
        entries = []
        unread = 0
        for _, _, item in dated:
            if isinstance(item, TrendEntry):
                entries.append(item)
                continue
            digest = next(digests) or self._digest_from_file(item, loaded)
            if digest is None:
                unread += 1
                continue
            entries.append(TrendEntry.of(item.id, item.completed_at or item.updated_at, digest))

        def results_of(entry_id: str) -> Mapping[str, Any] | None:
            if entry_id not in loaded:
                try:
                    loaded[entry_id] = self.load(entry_id).results
                except EntryNotFound:
                    loaded[entry_id] = None
            return loaded[entry_id]

        notes = [t("trend.unreadable", language, count=unread)] if unread else []
        return build_trend(exercise_id, title, found, entries, results_of, language, notes)

    def _digest_from_file(
        self, summary: EntrySummary, loaded: dict[str, Mapping[str, Any] | None]
    ) -> Digest | None:
        try:
            entry = self.load(summary.id)
        except EntryNotFound:
            return None
        loaded[summary.id] = entry.results
        return read_digest(entry.summary().digest)

    def compare(self, first_id: str, second_id: str, language: str) -> Comparison:
        """Two entries of one exercise side by side, the older first.

        Raises:
            EntryNotFound: either entry is not there.
            NotComparable: they are of different exercises.
        """
        from medarbeider_tui.report.compare import DifferentExercises, build_comparison

        first, second = self.load(first_id), self.load(second_id)
        found = self.exercise_of(first.pack.id, first.exercise)
        try:
            return build_comparison(first, second, found, language)
        except DifferentExercises:
            raise NotComparable(
                self.title_of(first.pack.id, first.exercise, language),
                self.title_of(second.pack.id, second.exercise, language),
            ) from None

    def last_time(
        self,
        pack: m.Pack,
        exercise: m.Exercise,
        language: str,
        *,
        excluding: str | None = None,
    ) -> LastTime | None:
        """The previous complete entry of this exercise as «last time», or None if there is
        none; ``excluding`` is the entry being answered now."""
        from medarbeider_tui.report.lasttime import build_last_time

        every = self.listing()
        done = [
            p
            for p in every.positions(lambda pair: pair == (pack.id, exercise.id), "complete")
            if every.entry_id(p) != excluding
        ]
        done.sort(key=lambda p: (every.when(p), every.entry_id(p)))
        for position in reversed(done):
            try:
                entry = self.load(every.entry_id(position))
            except EntryNotFound:
                continue  # moved to quarantine meanwhile: the one before it, then
            return build_last_time(entry, pack, exercise, language)
        return None
