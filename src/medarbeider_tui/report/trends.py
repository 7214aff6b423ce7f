"""Trends and the quadrant trail: an exercise's complete entries over time, as one model.

Built from each entry's results digest (kept in the diary index) and, only where a mean's
statements changed between two entries, from those two entries' stored inputs: such a pair
is compared item by item on the statements both were scored on. Every string is in the
reader's language; a chart, a table or a drawing of the trail is the front end's to make.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from fractions import Fraction
from typing import Any

from medarbeider_tui.content import model as m
from medarbeider_tui.content.text import render
from medarbeider_tui.diary.digest import Digest
from medarbeider_tui.i18n import format_date, format_number, t
from medarbeider_tui.report.build import scale_range


@dataclass(frozen=True)
class TrendEntry:
    """One complete entry as a trend sees it (what the service hands in)."""

    entry_id: str
    completed_at: str
    digest: Digest


@dataclass(frozen=True)
class Bridge:
    """Two entries' means over the statements both were scored on (their statements differ)."""

    before: float
    after: float
    common: int
    """How many statements the two share (and both answered)."""


@dataclass(frozen=True)
class TrendPoint:
    """One entry's value of one mean."""

    entry_id: str
    when: str
    """The completion time (ISO 8601), for sorting and axes."""
    date: str
    """The date as the reader writes it («03.11.2026»)."""
    value: float | None
    shown: str
    """«4,2», or «–» where too few statements were answered."""
    delta: float | None = None
    """The change from the previous point with a value (on common statements if they changed)."""
    delta_shown: str = ""
    """«+0,3», «−0,5», «±0,0»; '' for the first point or when nothing is comparable."""
    bridge: Bridge | None = None
    """Set where the statements changed since the previous point: the comparison used."""
    not_comparable: bool = False
    """The statements changed and none are shared: no change can be given."""
    pack_changed: bool = False
    """This entry was made with another version of the pack than the one before it."""


@dataclass(frozen=True)
class TrendSeries:
    """The values of one mean score over time."""

    score_id: str
    label: str
    low: int | None
    high: int | None
    """The scale the mean is on (None when the pack is gone)."""
    points: list[TrendPoint]

    @property
    def first_to_last(self) -> float | None:
        """The change from the first value to the last, when every step of it is comparable."""
        valued = [p for p in self.points if p.value is not None]
        if len(valued) < 2 or any(p.bridge or p.not_comparable for p in valued[1:]):
            return None
        return valued[-1].value - valued[0].value  # type: ignore[operator]


@dataclass(frozen=True)
class PackChange:
    """Where the pack changed: between the entry before and ``entry_id``."""

    entry_id: str
    date: str
    before: str
    after: str
    """The pack versions on either side."""


@dataclass(frozen=True)
class TrailPoint:
    """One placement on a 2×2 model."""

    entry_id: str
    when: str
    label: str
    """When, as the trail's words say it: «mars 2026» (or the date if a month repeats)."""
    x: float | None
    y: float | None
    quadrant_id: str | None
    placement: str
    """«PROAKTIV», «på grensen: PROAKTIV / REAKTIV», «ikke plassert»."""
    newest: bool = False


@dataclass(frozen=True)
class QuadrantTrail:
    """Every placement of one 2×2 score, oldest to newest: what a drawing of the path needs."""

    score_id: str
    title: str
    x_label: str
    y_label: str
    threshold: float | None
    x_range: tuple[int, int] | None
    y_range: tuple[int, int] | None
    cells: dict[str, tuple[str, str, str]]
    """Quadrant id → (x side, y side, label), e.g. ``"proaktiv": ("high", "high", "PROAKTIV")``."""
    points: list[TrailPoint]

    def words(self, language: str) -> str:
        """«mars 2026: HANDLINGSLAMMET (4,0 / 2,3) → juni 2026: PROAKTIV (4,2 / 3,5)»."""
        steps = []
        for point in self.points:
            values = " / ".join(
                "–" if v is None else format_number(v, language) for v in (point.y, point.x)
            )
            steps.append(f"{point.label}: {point.placement} ({values})")
        return " → ".join(steps)

    def legend(self, language: str) -> str:
        """What the two numbers in the words are: «(Selvbevissthet / Omstillingsdyktighet)»."""
        return t("trend.trail_legend", language, y=self.y_label, x=self.x_label)


@dataclass(frozen=True)
class Trend:
    """An exercise's complete entries over time: every mean, every 2×2 trail, the pack changes."""

    exercise_id: str
    title: str
    entries: int
    series: list[TrendSeries]
    trails: list[QuadrantTrail]
    pack_changes: list[PackChange]
    notes: list[str] = field(default_factory=list)
    """Said once under the trend: the pack is gone, an entry's results could not be read …"""
    nothing_to_compare: str = ""
    """Set when there are fewer than two entries: what to say instead of a trend."""


def build_trend(
    exercise_id: str,
    title: str,
    found: tuple[m.Pack, m.Exercise] | None,
    entries: Sequence[TrendEntry],
    results_of: Callable[[str], Mapping[str, Any] | None],
    language: str,
    notes: Sequence[str] = (),
) -> Trend:
    """The trend of ``entries`` (complete, oldest first).

    ``found`` is the exercise as installed (None when its pack is gone: ids stand in for
    labels); ``results_of(entry_id)`` returns an entry's stored results and is called only
    where a mean's statements differ between two neighbouring entries.
    """
    all_notes = list(notes)
    if found is None:
        all_notes.append(t("trend.pack_missing", language))
    elif other := sorted({e.digest.pack_version for e in entries} - {found[0].version}):
        all_notes.append(
            t(
                "trend.other_version",
                language,
                versions=", ".join(other),
                installed=found[0].version,
            )
        )
    dates: dict[str, str] = {}  # every series shows the same dates: format each once
    nothing = ""
    if len(entries) == 0:
        nothing = t("trend.none", language, title=title)
    elif len(entries) == 1:
        nothing = t("trend.one", language, title=title)
    return Trend(
        exercise_id=exercise_id,
        title=title,
        entries=len(entries),
        series=[
            _series(score_id, found, entries, results_of, language, dates)
            for score_id in _mean_ids(found, entries)
        ],
        trails=[
            _trail(score_id, found, entries, language, dates)
            for score_id in _quadrant_ids(found, entries)
        ],
        pack_changes=_pack_changes(entries, language),
        notes=all_notes,
        nothing_to_compare=nothing,
    )


def common_means(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None
) -> Bridge | None:
    """Two means' inputs (``results[score]["inputs"]``) over the statements both scored."""
    if not isinstance(before, Mapping) or not isinstance(after, Mapping):
        return None
    shared = [
        (_scored(before[key]), _scored(after[key]))
        for key in before
        if key in after and _scored(before[key]) is not None and _scored(after[key]) is not None
    ]
    if not shared:
        return None
    a = Fraction(sum(p[0] for p in shared), len(shared))  # type: ignore[misc]
    b = Fraction(sum(p[1] for p in shared), len(shared))  # type: ignore[misc]
    return Bridge(float(a), float(b), len(shared))


def signed(value: float, language: str) -> str:
    """«+0,3», «−0,5», «±0,0»: a change, with its direction always written out."""
    rounded = round(value, 1)
    if rounded == 0:
        return "±" + format_number(0.0, language)
    sign = "+" if rounded > 0 else "−"
    return sign + format_number(abs(rounded), language)


def month_label(when: str, language: str) -> str:
    """«mars 2026», "March 2026"."""
    moment = datetime.fromisoformat(when)
    return _month_year(moment.year, moment.month, language)


@functools.lru_cache(maxsize=512)
def _month_year(year: int, month: int, language: str) -> str:
    """A trend of thousands of entries has a few dozen months: each is written once."""
    return t("trend.month_year", language, month=t(f"month.{month}", language), year=year)


# --- pieces ------------------------------------------------------------------------------------


def _mean_ids(found: tuple[m.Pack, m.Exercise] | None, entries: Sequence[TrendEntry]) -> list[str]:
    """The exercise's means in declaration order, then any only the entries know; once there
    are entries, only the means some entry holds (a pack changed beyond recognition declares
    means none of them has: an empty series says nothing)."""
    ids = [s.id for s in found[1].scoring if isinstance(s, m.MeanScore)] if found else []
    for entry in entries:
        ids += [sid for sid in entry.digest.means if sid not in ids]
    if entries:
        ids = [sid for sid in ids if any(sid in e.digest.means for e in entries)]
    return ids


def _quadrant_ids(
    found: tuple[m.Pack, m.Exercise] | None, entries: Sequence[TrendEntry]
) -> list[str]:
    ids = [s.id for s in found[1].scoring if isinstance(s, m.QuadrantScore)] if found else []
    for entry in entries:
        ids += [sid for sid in entry.digest.quadrants if sid not in ids]
    if entries:
        ids = [sid for sid in ids if any(sid in e.digest.quadrants for e in entries)]
    return ids


def _series(
    score_id: str,
    found: tuple[m.Pack, m.Exercise] | None,
    entries: Sequence[TrendEntry],
    results_of: Callable[[str], Mapping[str, Any] | None],
    language: str,
    dates: dict[str, str],
) -> TrendSeries:
    label, low, high = score_id, None, None
    if found is not None:
        pack, exercise = found
        try:
            score = exercise.score(score_id)
        except KeyError:
            score = None
        if isinstance(score, m.MeanScore):
            label = render(score.label, language) or score_id
            low, high = scale_range(exercise, pack, score)
    points: list[TrendPoint] = []
    # Means and changes take few distinct values (tenths on a short scale): each written once.
    numbers: dict[float, str] = {}
    changes: dict[float, str] = {}
    previous: TrendEntry | None = None  # the last entry with a value of this mean
    last_version: str | None = None
    for entry in entries:
        digest = entry.digest
        pack_changed = last_version is not None and digest.pack_version != last_version
        last_version = digest.pack_version
        value = digest.means.get(score_id)
        delta: float | None = None
        bridge: Bridge | None = None
        not_comparable = False
        if value is not None and previous is not None:
            before = previous.digest.means[score_id]
            assert before is not None
            if previous.digest.items.get(score_id) == digest.items.get(score_id):
                delta = value - before
            else:
                bridge = common_means(
                    _inputs(results_of(previous.entry_id), score_id),
                    _inputs(results_of(entry.entry_id), score_id),
                )
                if bridge is None:
                    not_comparable = True
                else:
                    delta = bridge.after - bridge.before
        if value is not None:
            previous = entry
        points.append(
            TrendPoint(
                entry.entry_id,
                entry.completed_at,
                dates.get(entry.entry_id)
                or dates.setdefault(entry.entry_id, format_date(entry.completed_at, language)),
                value,
                "–" if value is None else _written(numbers, value, format_number, language),
                delta,
                "" if delta is None else _written(changes, delta, signed, language),
                bridge,
                not_comparable,
                pack_changed,
            )
        )
    return TrendSeries(score_id, label, low, high, points)


def _written(
    known: dict[float, str], value: float, write: Callable[[float, str], str], language: str
) -> str:
    text = known.get(value)
    if text is None:
        text = known[value] = write(value, language)
    return text


def _inputs(results: Mapping[str, Any] | None, score_id: str) -> Mapping[str, Any] | None:
    if not isinstance(results, Mapping):
        return None
    result = results.get(score_id)
    inputs = result.get("inputs") if isinstance(result, Mapping) else None
    return inputs if isinstance(inputs, Mapping) else None


def _scored(data: object) -> int | None:
    scored = data.get("scored") if isinstance(data, Mapping) else None
    return scored if type(scored) is int else None


def _pack_changes(entries: Sequence[TrendEntry], language: str) -> list[PackChange]:
    changes = []
    for before, after in itertools.pairwise(entries):
        if before.digest.pack_version != after.digest.pack_version:
            changes.append(
                PackChange(
                    after.entry_id,
                    format_date(after.completed_at, language),
                    before.digest.pack_version,
                    after.digest.pack_version,
                )
            )
    return changes


def _trail(
    score_id: str,
    found: tuple[m.Pack, m.Exercise] | None,
    entries: Sequence[TrendEntry],
    language: str,
    dates: dict[str, str],
) -> QuadrantTrail:
    score: m.QuadrantScore | None = None
    if found is not None:
        try:
            candidate = found[1].score(score_id)
        except KeyError:
            candidate = None
        if isinstance(candidate, m.QuadrantScore):
            score = candidate
    names = {q.id: q.label.render(language) for q in score.quadrants} if score else {}
    placed = [e for e in entries if score_id in e.digest.quadrants]
    months = [month_label(e.completed_at, language) for e in placed]
    month_counts = Counter(months)
    points = []
    x_id = y_id = ""
    for number, (entry, month) in enumerate(zip(placed, months, strict=True)):
        where = entry.digest.quadrants[score_id]
        x_id, y_id = where.x, where.y
        if where.quadrant:
            placement = names.get(where.quadrant, where.quadrant.upper())
        elif where.between:
            placement = t(
                "summary.between",
                language,
                names=" / ".join(names.get(b, b.upper()) for b in where.between),
            )
        else:
            placement = t("summary.not_placed", language)
        label = (
            month
            if month_counts[month] == 1
            else dates.get(entry.entry_id)
            or dates.setdefault(entry.entry_id, format_date(entry.completed_at, language))
        )
        points.append(
            TrailPoint(
                entry.entry_id,
                entry.completed_at,
                label,
                entry.digest.means.get(where.x),
                entry.digest.means.get(where.y),
                where.quadrant,
                placement,
                newest=number == len(placed) - 1,
            )
        )
    title, x_label, y_label = score_id, x_id, y_id
    threshold = None
    x_range = y_range = None
    cells: dict[str, tuple[str, str, str]] = {}
    if score is not None and found is not None:
        pack, exercise = found
        title = render(score.label, language) or score_id
        threshold = score.threshold
        cells = {q.id: (q.x, q.y, q.label.render(language)) for q in score.quadrants}
        x_id, y_id = score.x, score.y
        for axis_id, which in ((score.x, "x"), (score.y, "y")):
            axis = exercise.score(axis_id)
            if isinstance(axis, m.MeanScore):
                text = render(axis.label, language) or axis_id
                if which == "x":
                    x_label, x_range = text, scale_range(exercise, pack, axis)
                else:
                    y_label, y_range = text, scale_range(exercise, pack, axis)
    return QuadrantTrail(
        score_id, title, x_label, y_label, threshold, x_range, y_range, cells, points
    )
