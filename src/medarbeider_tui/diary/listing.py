"""Grouping a listing of entries (pure functions over summaries, no disk access)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from medarbeider_tui.diary.columns import Listing
from medarbeider_tui.diary.entry import EntrySummary
from medarbeider_tui.diary.ids import parse_timestamp


@dataclass(frozen=True)
class ExerciseStatus:
    """What the home screen says about one exercise: a draft to resume, the last completion."""

    draft: EntrySummary | None = None
    done: EntrySummary | None = None


def status_by_exercise(summaries: Iterable[EntrySummary]) -> dict[tuple[str, str], ExerciseStatus]:
    """(pack id, exercise id) -> its latest draft and latest completed entry, in one pass."""
    drafts: dict[tuple[str, str], EntrySummary] = {}
    done: dict[tuple[str, str], EntrySummary] = {}
    for summary in summaries:
        key = (summary.pack_id, summary.exercise)
        if summary.status == "draft":
            if key not in drafts or _updated(summary) > _updated(drafts[key]):
                drafts[key] = summary
        elif key not in done or _completed(summary) > _completed(done[key]):
            done[key] = summary
    return {key: ExerciseStatus(drafts.get(key), done.get(key)) for key in drafts.keys() | done}


def _updated(summary: EntrySummary) -> tuple[object, str]:
    return parse_timestamp(summary.updated_at), summary.id


def _completed(summary: EntrySummary) -> tuple[object, str]:
    return parse_timestamp(summary.completed_at or summary.updated_at), summary.id


def statuses_of(listing: Listing) -> dict[tuple[str, str], ExerciseStatus]:
    """`status_by_exercise` from a listing's columns: only the winners' summaries are read."""
    latest = listing.latest()
    wanted = sorted({p for pair in latest.values() for p in pair if p is not None})
    read = dict(zip(wanted, listing.summaries(wanted), strict=True))
    return {
        key: ExerciseStatus(
            None if draft is None else read[draft], None if done is None else read[done]
        )
        for key, (draft, done) in latest.items()
    }
