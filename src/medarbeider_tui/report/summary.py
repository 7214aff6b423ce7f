"""An entry's result in a few words, for a history row: «PROAKTIV», «Lavest: Lederstøtte».

Computed from the entry's results digest (kept in the diary index, so a page of the history
never opens an entry file) and the exercise's ``summary`` declaration, or the default when the
pack declares none (docs/pack-format.md): a quadrant's field; else the first lowest/highest
pick among scores; else the lowest mean; else how many things the first sort, list or plan
answer holds; else how many answers there are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import assert_never

from medarbeider_tui.content import model as m
from medarbeider_tui.content.text import render
from medarbeider_tui.diary.digest import Digest
from medarbeider_tui.i18n import format_number, t
from medarbeider_tui.report.build import label_of

#: Parts are joined by this; a row shows at most three.
SEPARATOR = " · "


@dataclass(frozen=True)
class RowSummary:
    """What a history row says of one entry's result, and a note when that is only partial."""

    text: str
    note: str = ""
    """Why the words are fewer than usual (pack gone, another version), or ''."""


def default_summary(exercise: m.Exercise) -> list[m.SummaryPart]:
    """The summary of an exercise that declares none."""
    quadrants = [s for s in exercise.scoring if isinstance(s, m.QuadrantScore)]
    if quadrants:
        return [m.SummaryPart(score=s.id) for s in quadrants[:1]]
    ranks = [s for s in exercise.scoring if isinstance(s, m.RankScore) and s.scores]
    if ranks:
        return [m.SummaryPart(score=ranks[0].id)]
    means = [s.id for s in exercise.scoring if isinstance(s, m.MeanScore)]
    if len(means) > 1:
        return [m.SummaryPart(lowest=means)]
    if means:
        return [m.SummaryPart(score=means[0])]
    for kind in ("sort", "list", "plan"):
        step = next((s for s in exercise.steps if s.kind == kind), None)
        if step is not None:
            return [m.SummaryPart(count=step.id)]
    return []


def row_summary(
    exercise: m.Exercise | None, digest: Digest | None, status: str, language: str
) -> RowSummary:
    """The few words for one entry; ``exercise`` is None when its pack is not installed."""
    if digest is None:
        return RowSummary("", t("summary.no_results", language))
    if status != "complete":
        return RowSummary(t("summary.draft", language, count=digest.answered))
    if exercise is None:
        return RowSummary(_without_pack(digest, language), t("summary.pack_missing", language))
    parts = exercise.summary or default_summary(exercise)
    words = [w for w in (_part(exercise, part, digest, language) for part in parts) if w]
    if not words and parts:
        # Declared parts that this entry's results do not hold: made with another version.
        return RowSummary(_without_pack(digest, language), t("summary.other_version", language))
    if not words:
        return RowSummary(t("summary.answers", language, count=digest.answered))
    return RowSummary(SEPARATOR.join(words))


def _part(exercise: m.Exercise, part: m.SummaryPart, digest: Digest, language: str) -> str:
    label = render(part.label, language)
    if part.score is not None:
        try:
            score = exercise.score(part.score)
        except KeyError:
            return ""
        return _score_words(exercise, score, digest, label, language)
    if part.lowest is not None:
        return _lowest_words(exercise, part.lowest, digest, label, language)
    if part.count is not None:
        if part.count not in digest.sizes:
            return ""
        try:
            step_label = render(exercise.step(part.count).title, language)
        except KeyError:
            step_label = ""
        name = label or step_label or part.count
        return f"{name}: {digest.sizes[part.count]}"
    return ""


def _score_words(
    exercise: m.Exercise, score: m.AnyScore, digest: Digest, label: str, language: str
) -> str:
    match score:
        case m.QuadrantScore():
            found = digest.quadrants.get(score.id)
            if found is None:
                return ""
            names = {q.id: q.label.render(language) for q in score.quadrants}
            if found.quadrant:
                placed = names.get(found.quadrant, found.quadrant)
            elif found.between:
                placed = t(
                    "summary.between",
                    language,
                    names=" / ".join(names.get(b, b) for b in found.between),
                )
            else:
                placed = t("summary.not_placed", language)
            return f"{label}: {placed}" if label else placed
        case m.MeanScore():
            if score.id not in digest.means:
                return ""
            value = digest.means[score.id]
            shown = format_number(value, language) if value is not None else "–"
            return f"{label or render(score.label, language) or score.id} {shown}"
        case m.RankScore():
            picks = digest.picks.get(score.id)
            if picks is None:
                return ""
            name = label or render(score.label, language) or score.id
            if not picks:
                return f"{name}: –"
            shown = ", ".join(label_of(exercise, p, language, score.order) for p in picks[:2])
            more = f" +{len(picks) - 2}" if len(picks) > 2 else ""
            return f"{name}: {shown}{more}"
        case _:
            assert_never(score)


def _lowest_words(
    exercise: m.Exercise, score_ids: list[str], digest: Digest, label: str, language: str
) -> str:
    valued = [(v, sid) for sid in score_ids if (v := digest.means.get(sid)) is not None]
    if not valued:
        return ""
    value, lowest = min(valued, key=lambda pair: pair[0])  # first of equals: declaration order
    name = label or t("summary.lowest", language)
    return f"{name}: {label_of(exercise, lowest, language)} {format_number(value, language)}"


def _without_pack(digest: Digest, language: str) -> str:
    """What the stored results alone say, by id: the field, else the lowest mean."""
    for found in digest.quadrants.values():
        if found.quadrant:
            return found.quadrant.upper()
    valued = [(v, sid) for sid, v in digest.means.items() if v is not None]
    if valued:
        value, lowest = min(valued)
        return f"{t('summary.lowest', language)}: {lowest} {format_number(value, language)}"
    return t("summary.answers", language, count=digest.answered)
