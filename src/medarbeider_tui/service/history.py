"""The history as pages: one listing of the diary, filtered, dressed a page at a time.

A screen of 100,000 entries never needs 100,000 rows at once: `HistoryOps.history` lists the
diary once (the index answers, see `DiaryStore.listing`), filters it by exercise and status,
counts what is there, and `History.page` gives the few rows a screen shows, each with its
title, date and result in a few words (`report.summary`), computed only for that page.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, overload

from medarbeider_tui.content.text import render
from medarbeider_tui.diary import EntrySummary
from medarbeider_tui.diary.columns import Listing
from medarbeider_tui.diary.digest import read_digest
from medarbeider_tui.i18n import format_datetime
from medarbeider_tui.service.host import ServiceHost

if TYPE_CHECKING:  # the results model is imported when the first row is built
    from medarbeider_tui.report.summary import RowSummary

StatusFilter = Literal["draft", "complete"]


@dataclass(frozen=True)
class HistoryRow:
    """One row as a history shows it."""

    summary: EntrySummary
    when: str
    """Completion (or last change) time as the reader writes it."""
    title: str
    """The exercise's title, or its id when the pack is gone."""
    result: RowSummary

    @property
    def entry_id(self) -> str:
        return self.summary.id


@dataclass(frozen=True)
class ExerciseCount:
    """One exercise in the diary, for a filter: how many entries it has."""

    pack_id: str
    exercise_id: str
    title: str
    entries: int


class History:
    """One listing of the diary, newest first, filtered; rows made a page at a time.

    Filters and counts run over the listing's columns (`medarbeider_tui.diary.columns`):
    every entry is counted and filtered, and only the rows shown are read.
    """

    def __init__(
        self,
        host: ServiceHost,
        every: Listing,
        language: str,
        exercise: tuple[str, str] | str | None,
        status: StatusFilter | None,
    ) -> None:
        self._host = host
        self._every = every
        self.language = language
        self.exercise = exercise
        self.status = status
        self._rows: dict[str, HistoryRow] = {}
        self._titles: dict[tuple[str, str], str] = {}
        self.all_count = len(every)
        self.status_counts, per_exercise = every.counts()
        self.exercises = sorted(
            (
                ExerciseCount(pack, ex, self._title(pack, ex), count)
                for (pack, ex), count in per_exercise.items()
            ),
            key=lambda c: (c.title.casefold(), c.pack_id),
        )
        chosen = None if exercise is None else (lambda pair: _matches(pair, exercise))
        self._positions = every.positions(chosen, status)
        self.summaries: Sequence[EntrySummary] = _Filtered(every, self._positions)
        """The entries that pass the filter, newest first (read when indexed)."""

    def filtered(
        self, exercise: tuple[str, str] | str | None, status: StatusFilter | None
    ) -> History:
        """The same listing under another filter (the diary is not listed again)."""
        again = History(self._host, self._every, self.language, exercise, status)
        again._titles = self._titles
        again._rows = self._rows
        return again

    @property
    def total(self) -> int:
        """Entries that pass the filter."""
        return len(self.summaries)

    def page(self, offset: int, limit: int) -> list[HistoryRow]:
        """Rows ``offset`` … ``offset + limit - 1`` of the filtered listing (fewer at the end)."""
        offset = max(offset, 0)
        return [self.row(s) for s in self.summaries[offset : offset + max(limit, 0)]]

    def row(self, summary: EntrySummary) -> HistoryRow:
        """One row, dressed (and remembered: a page shown twice is made once)."""
        made = self._rows.get(summary.id)
        if made is None:
            from medarbeider_tui.report.summary import row_summary

            found = self._host.exercise_of(summary.pack_id, summary.exercise)
            made = HistoryRow(
                summary,
                format_datetime(summary.completed_at or summary.updated_at, self.language),
                self._title(summary.pack_id, summary.exercise),
                row_summary(
                    found[1] if found else None,
                    read_digest(summary.digest),
                    summary.status,
                    self.language,
                ),
            )
            self._rows[summary.id] = made
        return made

    def index_of(self, entry_id: str) -> int | None:
        """Where an entry is in the filtered listing (to keep a cursor on it)."""
        every = self._every
        return next(
            (n for n, p in enumerate(self._positions) if every.entry_id(p) == entry_id), None
        )

    def has(self, entry_id: str) -> bool:
        """Whether an entry passes the filter."""
        return self.index_of(entry_id) is not None

    def _title(self, pack_id: str, exercise_id: str) -> str:
        key = (pack_id, exercise_id)
        if key not in self._titles:
            found = self._host.exercise_of(pack_id, exercise_id)
            self._titles[key] = render(found[1].title, self.language) if found else exercise_id
        return self._titles[key]


def _matches(pair: tuple[str, str], exercise: tuple[str, str] | str) -> bool:
    """Whether (pack id, exercise id) is the exercise a filter names."""
    if isinstance(exercise, str):
        return pair[1] == exercise
    return pair == exercise


class _Filtered(Sequence[EntrySummary]):
    """Some positions of a listing, as a sequence of summaries read when asked for."""

    def __init__(self, every: Listing, positions: Sequence[int]) -> None:
        self._every = every
        self._positions = positions

    def __len__(self) -> int:
        return len(self._positions)

    @overload
    def __getitem__(self, index: int) -> EntrySummary: ...

    @overload
    def __getitem__(self, index: slice) -> list[EntrySummary]: ...

    def __getitem__(self, index: int | slice) -> EntrySummary | list[EntrySummary]:
        if isinstance(index, slice):
            return self._every.summaries([self._positions[i] for i in range(len(self))[index]])
        return self._every.summaries([self._positions[index]])[0]

    def __iter__(self) -> Iterator[EntrySummary]:
        step = 2048
        for start in range(0, len(self), step):
            yield from self[start : start + step]


class HistoryOps(ServiceHost):
    """The history operations of `ReflectionService`."""

    def history(
        self,
        language: str,
        *,
        exercise: tuple[str, str] | str | None = None,
        status: StatusFilter | None = None,
    ) -> History:
        """The diary as pages: ``exercise`` is (pack id, exercise id) or an exercise id."""
        return History(self, self.store.listing(), language, exercise, status)

    def summaries_page(
        self,
        offset: int,
        limit: int,
        language: str,
        *,
        exercise: tuple[str, str] | str | None = None,
        status: StatusFilter | None = None,
    ) -> tuple[list[HistoryRow], int]:
        """One page of the filtered history and the number of entries that pass the filter."""
        found = self.history(language, exercise=exercise, status=status)
        return found.page(offset, limit), found.total
