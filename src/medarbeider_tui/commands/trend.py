"""`medarbeider diary trend EXERCISE [--since DATE]` and `diary compare ID ID`."""

from __future__ import annotations

from medarbeider_tui.commands.context import Context
from medarbeider_tui.diary import EntryNotFound
from medarbeider_tui.export.overtime_text import comparison_lines, trend_lines
from medarbeider_tui.i18n import parse_date, t
from medarbeider_tui.service import NoSuchExercise, NotComparable


def trend(ctx: Context) -> int:
    lang = ctx.language
    since = None
    if ctx.args.since is not None:
        since = parse_date(ctx.args.since)
        if since is None:
            ctx.err(t("trend.bad_date", lang, given=ctx.args.since))
            return 2
    try:
        pack_id, exercise_id = ctx.service.trend_target(ctx.args.exercise)
    except NoSuchExercise as missing:
        ctx.err(missing.render(lang))
        return 1
    for line in trend_lines(ctx.service.trend(pack_id, exercise_id, lang, since=since), lang):
        ctx.out(line)
    return 0


def compare(ctx: Context) -> int:
    lang = ctx.language
    try:
        comparison = ctx.service.compare(ctx.args.first, ctx.args.second, lang)
    except EntryNotFound as missing:
        wanted = next(
            (i for i in (ctx.args.first, ctx.args.second) if i in str(missing)), ctx.args.first
        )
        ctx.err(t("diary.not_found", lang, id=wanted))
        return 1
    except NotComparable as different:
        ctx.err(different.render(lang))
        return 1
    for line in comparison_lines(comparison, lang):
        ctx.out(line)
    return 0
