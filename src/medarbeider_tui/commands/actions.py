"""`medarbeider actions list [--due] [--all] | review ID | export --ics FILE | keep | drop`."""

from __future__ import annotations

from datetime import date

from medarbeider_tui.commands.context import Context
from medarbeider_tui.diary.actions import REVIEW_STATES, ActionNotFound, ReviewState
from medarbeider_tui.fsio import create_private_file
from medarbeider_tui.i18n import format_date, parse_date, t
from medarbeider_tui.report.prose import first_line
from medarbeider_tui.service import ActionItem

#: What a person types for each state (nb and en both work), and the words on the command line.
_STATE_WORDS: dict[str, ReviewState] = {
    "1": "done",
    "2": "going_on",
    "3": "let_go",
    "done": "done",
    "going-on": "going_on",
    "let-go": "let_go",
}


def list_actions(ctx: Context) -> int:
    lang = ctx.language
    items = ctx.service.actions(lang, due_only=ctx.args.due, include_closed=ctx.args.all)
    due = sum(1 for item in items if item.due)
    if due:
        ctx.out(t("actions.due", lang, count=due))
        ctx.out()
    if not items:
        ctx.out(t("actions.none_due" if ctx.args.due else "actions.none", lang))
        return 0
    for item in items:
        for line in item_lines(item, lang):
            ctx.out(line)
        ctx.out()
    return 0


def item_lines(item: ActionItem, lang: str) -> list[str]:
    """One action: id, state and date, where it came from, then what and how."""
    action = item.action
    if item.orphaned:
        when = t("actions.orphaned", lang, id=action.id)
    elif item.due:
        when = t("actions.review_due", lang, date=item.review)
    elif item.review:
        when = t("actions.review_on", lang, date=item.review)
    else:
        when = t(f"actions.state.{action.state}", lang)
    lines = [
        f"{action.id}  {when}",
        f"  {item.label} · {item.exercise}, {item.planned}",
        f"  {first_line(action.what)}",
    ]
    if action.how:
        lines.append(f"  {t('report.plan.how', lang)}: {first_line(action.how)}")
    if action.reviews:
        last = action.reviews[-1]
        lines.append(
            "  "
            + t(
                "actions.last_review",
                lang,
                date=format_date(last.at, lang),
                state=t(f"actions.state.{last.state}", lang),
            )
        )
    return lines


def review(ctx: Context) -> int:
    lang = ctx.language
    try:
        item = ctx.service.action(ctx.args.id, lang)
    except ActionNotFound:
        ctx.err(t("actions.not_found", lang, id=ctx.args.id))
        return 1
    for line in item_lines(item, lang):
        ctx.out(line)
    if item.action.what != first_line(item.action.what):
        ctx.out()
        ctx.out(item.action.what)
    for past in item.action.reviews:
        ctx.out(
            t(
                "actions.past_review",
                lang,
                date=format_date(past.at, lang),
                state=t(f"actions.state.{past.state}", lang),
            )
        )
        for key, text in (("actions.helped", past.helped), ("actions.hindered", past.hindered)):
            if text:
                ctx.out(f"    {t(key, lang)} {text}")
    ctx.out()
    args = ctx.args
    asked = args.state is None
    helped = (
        args.helped
        if args.helped is not None
        else (ctx.ask(t("actions.helped", lang) + " ") if asked else "")
    )
    hindered = (
        args.hindered
        if args.hindered is not None
        else (ctx.ask(t("actions.hindered", lang) + " ") if asked else "")
    )
    state = _STATE_WORDS.get(args.state) if args.state is not None else None
    while state is None:
        answer = ctx.ask(t("actions.ask_state", lang) + " ")
        if answer == "":  # end of input: nothing is saved
            ctx.err(t("actions.not_reviewed", lang))
            return 1
        state = _STATE_WORDS.get(answer.strip().lower() or "2")
    next_review: date | None = None
    if state == "going_on":
        given = (
            args.next
            if args.next is not None
            else (ctx.ask(t("actions.ask_next", lang) + " ") if asked else "")
        )
        while given.strip():
            next_review = parse_date(given)
            if next_review is not None:
                break
            if not asked:
                ctx.err(t("trend.bad_date", lang, given=given.strip()))
                return 2
            given = ctx.ask(t("actions.ask_next_again", lang) + " ")
    ctx.service.review_action(
        item.id, state, helped=helped.strip(), hindered=hindered.strip(), next_review=next_review
    )
    ctx.out(
        t(
            f"actions.reviewed.{state}",
            lang,
            date=format_date(next_review, lang) if next_review else "",
        )
    )
    return 0


def export(ctx: Context) -> int:
    lang = ctx.language
    data, count = ctx.service.review_calendar(lang)
    target = ctx.args.ics
    try:
        create_private_file(target, data)
    except FileExistsError:
        ctx.err(t("diary.export_exists", lang, path=target))
        return 1
    except OSError as exc:
        ctx.err(f"{target}: {exc.strerror}")
        return 1
    ctx.err(t("actions.exported", lang, count=count, path=target))
    return 0


def keep(ctx: Context) -> int:
    try:
        ctx.service.keep_action(ctx.args.id)
    except ActionNotFound:
        ctx.err(t("actions.not_found", ctx.language, id=ctx.args.id))
        return 1
    ctx.out(t("actions.kept", ctx.language))
    return 0


def drop(ctx: Context) -> int:
    lang = ctx.language
    try:
        item = ctx.service.action(ctx.args.id, lang)
    except ActionNotFound:
        ctx.err(t("actions.not_found", lang, id=ctx.args.id))
        return 1
    if not item.orphaned:
        ctx.err(t("actions.drop_only_orphans", lang, id=item.id))
        return 1
    ctx.service.let_go_of_action(item.id)
    ctx.out(t("actions.dropped", lang))
    return 0


__all__ = ["REVIEW_STATES", "drop", "export", "keep", "list_actions", "review"]
