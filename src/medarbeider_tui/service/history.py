"""The history as pages: one listing of the diary, filtered, dressed a page at a time.

A screen of 100,000 entries never needs 100,000 rows at once: `HistoryOps.history` lists the
diary once (the index answers, see `DiaryStore.summaries`), filters it by exercise and status,
counts what is there, and `History.page` gives the few rows a screen shows, each with its
title, date and result in a few words (`report.summary`), computed only for that page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from medarbeider_tui.content.text import render
from medarbeider_tui.diary import EntrySummary
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
    """One listing of the diary, newest first, filtered; rows made a page at a time."""

    def __init__(
        self,
        host: ServiceHost,
        every: list[EntrySummary],
        language: str,
        exercise: tuple[str, str] | str | None,
        status: StatusFilter | None,
    ) -> None:
        self._host = host
        self.language = language
        self._rows: dict[str, HistoryRow] = {}
        self._titles: dict[tuple[str, str], str] = {}
        self.all_count = len(every)
        self.status_counts: dict[str, int] = dict(Counter(s.status for s in every))
        per_exercise = Counter((s.pack_id, s.exercise) for s in every)
        self.exercises = sorted(
            (
                ExerciseCount(pack, ex, self._title(pack, ex), count)
                for (pack, ex), count in per_exercise.items()
            ),
            key=lambda c: (c.title.casefold(), c.pack_id),
        )
        self.summaries = [
            s for s in every if _matches(s, exercise) and (status is None or s.status == status)
        ]

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
        return next((n for n, s in enumerate(self.summaries) if s.id == entry_id), None)

    def _title(self, pack_id: str, exercise_id: str) -> str:
        key = (pack_id, exercise_id)
        if key not in self._titles:
            found = self._host.exercise_of(pack_id, exercise_id)
            self._titles[key] = render(found[1].title, self.language) if found else exercise_id
        return self._titles[key]


def _matches(summary: EntrySummary, exercise: tuple[str, str] | str | None) -> bool:
    if exercise is None:
        return True
    if isinstance(exercise, str):
        return summary.exercise == exercise
    return (summary.pack_id, summary.exercise) == exercise


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
        return History(self, self.summaries(), language, exercise, status)

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
