"""Which entries an export holds: ids, an exercise, a date range, the last N, or all.

Pure functions over the diary's summaries (no disk access), shared by the CLI and the
full-screen interface, so «the last three Hall entries» means the same in both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from medarbeider_tui.diary import EntrySummary
from medarbeider_tui.diary.ids import parse_timestamp
from medarbeider_tui.i18n import LocalizedError


class NothingChosen(LocalizedError):
    """No ids and no filter: an export never takes the whole diary without being asked."""

    def __init__(self) -> None:
        super().__init__("export.nothing_chosen")


class NoSuchEntry(LocalizedError):
    def __init__(self, entry_id: str) -> None:
        super().__init__("diary.not_found", id=entry_id)


class NothingMatches(LocalizedError):
    def __init__(self) -> None:
        super().__init__("export.nothing_matches")


@dataclass(frozen=True)
class Selection:
    """What to export. Ids may name drafts; the filters choose among completed entries.

    Ids and filters combine: ``ids`` with ``exercise`` keeps the ids of that exercise.
    """

    ids: list[str] = field(default_factory=list)
    exercise: str | None = None
    """An exercise id, or ``pack-id/exercise-id``."""
    since: date | None = None
    until: date | None = None
    """Inclusive, by the day the entry was completed (as its own clock showed it)."""
    last: int | None = None
    """Only the newest N of what the rest chooses."""
    everything: bool = False
    """``--all``: every completed entry (the other filters still apply)."""

    @property
    def is_empty(self) -> bool:
        return not (
            self.ids
            or self.exercise
            or self.since
            or self.until
            or self.last is not None
            or self.everything
        )


def moment_of(summary: EntrySummary) -> str:
    return summary.completed_at or summary.updated_at


def day_of(summary: EntrySummary) -> date:
    """The calendar day of the entry in the offset it was saved with (the person's day)."""
    return parse_timestamp(moment_of(summary)).date()


def select(summaries: list[EntrySummary], selection: Selection) -> list[EntrySummary]:
    """The chosen entries, newest first.

    Raises:
        NothingChosen: the selection names nothing.
        NoSuchEntry: an id is not in the diary.
        NothingMatches: the filters leave nothing.
    """
    if selection.is_empty:
        raise NothingChosen()
    if selection.ids:
        by_id = {s.id: s for s in summaries}
        missing = next((i for i in selection.ids if i not in by_id), None)
        if missing is not None:
            raise NoSuchEntry(missing)
        chosen = [by_id[i] for i in dict.fromkeys(selection.ids)]
    else:
        chosen = [s for s in summaries if s.status == "complete"]
    if selection.exercise:
        name = selection.exercise
        chosen = [s for s in chosen if name in (s.exercise, f"{s.pack_id}/{s.exercise}")]
    if selection.since is not None:
        since = selection.since
        chosen = [s for s in chosen if day_of(s) >= since]
    if selection.until is not None:
        until = selection.until
        chosen = [s for s in chosen if day_of(s) <= until]
    chosen.sort(key=lambda s: (parse_timestamp(moment_of(s)), s.id), reverse=True)
    if selection.last is not None:
        chosen = chosen[: selection.last]
    if not chosen:
        raise NothingMatches()
    return chosen
