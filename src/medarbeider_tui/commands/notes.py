"""`medarbeider notes add ID [TEXT] | show ID`: a coach's own notes on an entry.

Kept apart from the person's answers (never in the entry file) and out of every export unless
asked for (``diary export --include-coach-notes``).
"""

from __future__ import annotations

from medarbeider_tui.commands.context import Context
from medarbeider_tui.commands.tui import isatty
from medarbeider_tui.i18n import format_datetime, t


def add(ctx: Context) -> int:
    """The note is TEXT, or (without it) everything on standard input until its end."""
    text = ctx.args.text
    if text is None:
        if isatty(ctx.stdin):
            ctx.err(t("notes.type_it", ctx.language))
        text = ctx.stdin.read()
    ctx.service.add_coach_note(ctx.args.id, text.rstrip("\n"))
    ctx.out(t("notes.added", ctx.language, id=ctx.args.id))
    return 0


def show(ctx: Context) -> int:
    lang = ctx.language
    entry = ctx.service.load(ctx.args.id)
    title = ctx.service.title_of(entry.pack.id, entry.exercise, lang)
    when = format_datetime(entry.completed_at or entry.updated_at, lang)
    notes = ctx.service.coach_notes(entry.id)
    ctx.out(t("notes.heading", lang, title=title, when=when, id=entry.id))
    if not notes:
        ctx.out(t("notes.none", lang, id=entry.id))
        return 0
    for note in notes:
        ctx.out()
        ctx.out(format_datetime(note.written_at, lang))
        for line in note.text.split("\n"):  # other line-breaking controls stay visible
            ctx.out(f"  {line}")
    return 0
