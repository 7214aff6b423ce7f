"""Trends and the quadrant trail: an exercise's complete entries over time, as one model.

Built from each entry's results digest (kept in the diary index, and as numbers in its trend
columns) and, only where a mean's statements changed between two entries, from those two
entries' stored inputs: such a pair is compared item by item on the statements both were
scored on. Every string is in the reader's language; a chart, a table or a drawing of the
trail is the front end's to make. A trend of thousands of entries keeps its series and
trails as lists and makes each point (its date and numbers written) when it is read.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from fractions import Fraction
from typing import Any, NamedTuple, TypeVar, overload

from medarbeider_tui.content import model as m
from medarbeider_tui.content.text import render
from medarbeider_tui.diary.digest import Digest, QuadrantDigest
from medarbeider_tui.diary.ids import parse_timestamp
from medarbeider_tui.i18n import format_date, format_number, t
from medarbeider_tui.report.build import scale_range


class TrendEntry(NamedTuple):
    """One complete entry as a trend sees it (what the service hands in): of its results
    digest, what a trend reads. A named tuple: a trend of 10,000 entries makes 10,000."""

    entry_id: str
    moment: datetime
    """When it was completed, in the offset it was written with."""
    pack_version: str
    means: Mapping[str, float | None]
    items: Mapping[str, str]
    quadrants: Mapping[str, QuadrantDigest]
    written: str = ""
    """The completion time as stored, or '' where ``moment.isoformat()`` is it (the trend
    columns keep only times written that way)."""

    @property
    def completed_at(self) -> str:
        """The completion time (ISO 8601)."""
        return self.written or self.moment.isoformat()

    @classmethod
    def of(cls, entry_id: str, completed_at: str, digest: Digest) -> TrendEntry:
        """From an entry's digest (its index line's, or its file's)."""
        return cls(
            entry_id,
            parse_timestamp(completed_at),
            digest.pack_version,
            digest.means,
            digest.items,
            digest.quadrants,
            completed_at,
        )


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
    points: Sequence[TrendPoint]
    """Oldest first; a `TrendPoint` is made (its date and numbers written) when it is read."""

    @property
    def values(self) -> list[float | None]:
        """Every point's value, oldest first (what a chart's range and sparkline need)."""
        if isinstance(self.points, SeriesPoints):
            return list(self.points.values)
        return [p.value for p in self.points]

    @property
    def first_to_last(self) -> float | None:
        """The change from the first value to the last, when every step of it is comparable."""
        if isinstance(self.points, SeriesPoints):
            return self.points.first_to_last()
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
    points: Sequence[TrailPoint]
    """Oldest first; made when read, like `TrendSeries.points`."""

    def words(self, language: str, *, last: int | None = None) -> str:
        """«mars 2026: HANDLINGSLAMMET (4,0 / 2,3) → juni 2026: PROAKTIV (4,2 / 3,5)»: every
        placement, or the ``last`` few."""
        steps = []
        points = self.points if last is None else self.points[-last:]
        for point in points:
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
    elif other := sorted({e.pack_version for e in entries} - {found[0].version}):
        all_notes.append(
            t(
                "trend.other_version",
                language,
                versions=", ".join(other),
                installed=found[0].version,
            )
        )
    written = _Written(language)
    changed = _pack_changed(entries)
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
            _series(score_id, found, entries, results_of, written, changed)
            for score_id in _mean_ids(found, entries)
        ],
        trails=[
            _trail(score_id, found, entries, written) for score_id in _quadrant_ids(found, entries)
        ],
        pack_changes=_pack_changes(entries, written, changed),
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


@functools.lru_cache(maxsize=512)
def _month_year(year: int, month: int, language: str) -> str:
    """A trend of thousands of entries has a few dozen months: each is written once."""
    return t("trend.month_year", language, month=t(f"month.{month}", language), year=year)


# --- pieces ------------------------------------------------------------------------------------


def _mean_ids(found: tuple[m.Pack, m.Exercise] | None, entries: Sequence[TrendEntry]) -> list[str]:
    """The exercise's means in declaration order, then any only the entries know; once there
    are entries, only the means some entry holds (a pack changed beyond recognition declares
    means none of them has: an empty series says nothing)."""
    declared = [s.id for s in found[1].scoring if isinstance(s, m.MeanScore)] if found else []
    return _held(declared, [e.means for e in entries])


def _quadrant_ids(
    found: tuple[m.Pack, m.Exercise] | None, entries: Sequence[TrendEntry]
) -> list[str]:
    declared = [s.id for s in found[1].scoring if isinstance(s, m.QuadrantScore)] if found else []
    return _held(declared, [e.quadrants for e in entries])


def _held(declared: list[str], parts: Sequence[Mapping[str, object]]) -> list[str]:
    seen: dict[str, None] = {}
    for part in parts:
        for score_id in part:
            seen[score_id] = None
    ids = declared + [sid for sid in seen if sid not in declared]
    return [sid for sid in ids if sid in seen] if parts else ids


_T = TypeVar("_T")


class _Written:
    """Dates and numbers as the reader writes them, each distinct one written once: every
    series shows the same dates, and means and changes take few values (tenths)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._dates: dict[str, str] = {}
        """By entry id."""
        self._numbers: dict[float, str] = {}
        self._changes: dict[float, str] = {}

    def date(self, entry: TrendEntry) -> str:
        text = self._dates.get(entry.entry_id)
        if text is None:
            text = self._dates[entry.entry_id] = format_date(entry.moment, self.language)
        return text

    def number(self, value: float) -> str:
        text = self._numbers.get(value)
        if text is None:
            text = self._numbers[value] = format_number(value, self.language)
        return text

    def change(self, value: float) -> str:
        text = self._changes.get(value)
        if text is None:
            text = self._changes[value] = signed(value, self.language)
        return text


class _Lazy(Sequence[_T]):
    """Points made when read (and kept): a chart of 8,576 entries shows its last dozen."""

    def __init__(self, count: int) -> None:
        self._count = count
        self._made: dict[int, _T] = {}

    def _make(self, number: int) -> _T:
        raise NotImplementedError

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, position: int) -> _T: ...

    @overload
    def __getitem__(self, position: slice) -> list[_T]: ...

    def __getitem__(self, position: int | slice) -> _T | list[_T]:
        if isinstance(position, slice):
            return [self[n] for n in range(self._count)[position]]
        number = range(self._count)[position]  # IndexError as a list would
        made = self._made.get(number)
        if made is None:
            made = self._made[number] = self._make(number)
        return made

    def __iter__(self) -> Iterator[_T]:
        return (self[n] for n in range(self._count))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(list(self))


class SeriesPoints(_Lazy[TrendPoint]):
    """The points of one mean, kept as columns until read."""

    def __init__(
        self,
        entries: Sequence[TrendEntry],
        values: list[float | None],
        deltas: list[float | None],
        bridges: dict[int, Bridge],
        not_comparable: set[int],
        pack_changed: set[int],
        written: _Written,
    ) -> None:
        super().__init__(len(entries))
        self._entries = entries
        self.values = values
        self._deltas = deltas
        self._bridges = bridges
        self._not_comparable = not_comparable
        self._pack_changed = pack_changed
        self._written = written

    def _make(self, number: int) -> TrendPoint:
        entry, value, delta = self._entries[number], self.values[number], self._deltas[number]
        written = self._written
        return TrendPoint(
            entry.entry_id,
            entry.completed_at,
            written.date(entry),
            value,
            "–" if value is None else written.number(value),
            delta,
            "" if delta is None else written.change(delta),
            self._bridges.get(number),
            number in self._not_comparable,
            number in self._pack_changed,
        )

    def first_to_last(self) -> float | None:
        """`TrendSeries.first_to_last` without making a point."""
        valued = [n for n, v in enumerate(self.values) if v is not None]
        if len(valued) < 2:
            return None
        steps = set(valued[1:])
        if steps & self._not_comparable or steps & self._bridges.keys():
            return None
        return self.values[valued[-1]] - self.values[valued[0]]  # type: ignore[operator]


def _series(
    score_id: str,
    found: tuple[m.Pack, m.Exercise] | None,
    entries: Sequence[TrendEntry],
    results_of: Callable[[str], Mapping[str, Any] | None],
    written: _Written,
    pack_changed: set[int],
) -> TrendSeries:
    label, low, high = score_id, None, None
    if found is not None:
        pack, exercise = found
        try:
            score = exercise.score(score_id)
        except KeyError:
            score = None
        if isinstance(score, m.MeanScore):
            label = render(score.label, written.language) or score_id
            low, high = scale_range(exercise, pack, score)
    values = [entry.means.get(score_id) for entry in entries]
    deltas: list[float | None] = [None] * len(entries)
    bridges: dict[int, Bridge] = {}
    not_comparable: set[int] = set()
    before: float | None = None  # the last value of this mean, and its entry
    previous: TrendEntry | None = None
    for number, (entry, value) in enumerate(zip(entries, values, strict=True)):
        if value is None:
            continue
        if previous is not None:
            assert before is not None
            if previous.items.get(score_id) == entry.items.get(score_id):
                deltas[number] = value - before
            else:
                bridge = common_means(
                    _inputs(results_of(previous.entry_id), score_id),
                    _inputs(results_of(entry.entry_id), score_id),
                )
                if bridge is None:
                    not_comparable.add(number)
                else:
                    bridges[number] = bridge
                    deltas[number] = bridge.after - bridge.before
        previous, before = entry, value
    points = SeriesPoints(entries, values, deltas, bridges, not_comparable, pack_changed, written)
    return TrendSeries(score_id, label, low, high, points)


def _pack_changed(entries: Sequence[TrendEntry]) -> set[int]:
    """The entries made with another pack version than the one before them."""
    return {
        number
        for number in range(1, len(entries))
        if entries[number].pack_version != entries[number - 1].pack_version
    }


def _inputs(results: Mapping[str, Any] | None, score_id: str) -> Mapping[str, Any] | None:
    if not isinstance(results, Mapping):
        return None
    result = results.get(score_id)
    inputs = result.get("inputs") if isinstance(result, Mapping) else None
    return inputs if isinstance(inputs, Mapping) else None


def _scored(data: object) -> int | None:
    scored = data.get("scored") if isinstance(data, Mapping) else None
    return scored if type(scored) is int else None


def _pack_changes(
    entries: Sequence[TrendEntry], written: _Written, changed: set[int]
) -> list[PackChange]:
    return [
        PackChange(
            entries[number].entry_id,
            written.date(entries[number]),
            entries[number - 1].pack_version,
            entries[number].pack_version,
        )
        for number in sorted(changed)
    ]


class TrailPoints(_Lazy[TrailPoint]):
    """The placements of one 2×2, kept as the entries until read."""

    def __init__(
        self, score_id: str, placed: list[TrendEntry], names: dict[str, str], written: _Written
    ) -> None:
        super().__init__(len(placed))
        self._score_id = score_id
        self._placed = placed
        self._names = names
        self._written = written
        self._months = Counter((e.moment.year, e.moment.month) for e in placed)
        self._placements: dict[tuple[str | None, tuple[str, ...]], str] = {}

    def _make(self, number: int) -> TrailPoint:
        entry = self._placed[number]
        where = entry.quadrants[self._score_id]
        language = self._written.language
        month = (entry.moment.year, entry.moment.month)
        label = (
            _month_year(*month, language) if self._months[month] == 1 else self._written.date(entry)
        )
        return TrailPoint(
            entry.entry_id,
            entry.completed_at,
            label,
            entry.means.get(where.x),
            entry.means.get(where.y),
            where.quadrant,
            self._placement(where),
            newest=number == len(self._placed) - 1,
        )

    def _placement(self, where: QuadrantDigest) -> str:
        key = (where.quadrant, where.between)
        text = self._placements.get(key)
        if text is not None:
            return text
        language, names = self._written.language, self._names
        if where.quadrant:
            text = names.get(where.quadrant, where.quadrant.upper())
        elif where.between:
            text = t(
                "summary.between",
                language,
                names=" / ".join(names.get(b, b.upper()) for b in where.between),
            )
        else:
            text = t("summary.not_placed", language)
        self._placements[key] = text
        return text


def _trail(
    score_id: str,
    found: tuple[m.Pack, m.Exercise] | None,
    entries: Sequence[TrendEntry],
    written: _Written,
) -> QuadrantTrail:
    language = written.language
    score: m.QuadrantScore | None = None
    if found is not None:
        try:
            candidate = found[1].score(score_id)
        except KeyError:
            candidate = None
        if isinstance(candidate, m.QuadrantScore):
            score = candidate
    names = {q.id: q.label.render(language) for q in score.quadrants} if score else {}
    placed = [e for e in entries if score_id in e.quadrants]
    x_id = y_id = ""
    if placed:
        last = placed[-1].quadrants[score_id]
        x_id, y_id = last.x, last.y
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
    points = TrailPoints(score_id, placed, names, written)
    return QuadrantTrail(
        score_id, title, x_label, y_label, threshold, x_range, y_range, cells, points
    )
