"""`medarbeider run EXERCISE`: walk it (plain or full-screen), or take answers from a file."""

from __future__ import annotations

from pathlib import Path

from medarbeider_tui.commands.context import Context
from medarbeider_tui.commands.plain import screen_reader, text_style, wants_plain
from medarbeider_tui.commands.tui import isatty
from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import AnswerError
from medarbeider_tui.content.answers_file import read_answers_file
from medarbeider_tui.export.text import result_lines
from medarbeider_tui.i18n import format_datetime, t
from medarbeider_tui.service import AnswersRejected, ExerciseSession, NoSuchDraft


def run(ctx: Context) -> int:
    found = find_exercise(ctx, ctx.args.exercise)
    if found is None:
        return 2
    pack, exercise = found
    if ctx.args.answers is not None:
        return _from_file(ctx, pack, exercise, ctx.args.answers)
    speaking = screen_reader(ctx)
    plain = wants_plain(ctx, speaking)
    session = _session(ctx, pack, exercise, ask=plain)
    if session is None:
        return 1
    if not plain:
        from medarbeider_tui.commands.tui import start_tui

        return start_tui(ctx, session)
    from medarbeider_tui.plain.runner import PlainRunner

    runner = PlainRunner(session, ctx.language, ctx.stdin, ctx.stdout, screen_reader=speaking)
    return runner.run()


def find_exercise(ctx: Context, name: str) -> tuple[m.Pack, m.Exercise] | None:
    """The one exercise ``name`` means; else says why not (unknown, or in several packs)."""
    matches = ctx.service.find_exercise(name)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        packs = ctx.service.catalog.packs
        available = ", ".join(e.id for p in packs for e in p.exercises) or "–"
        ctx.err(t("run.unknown_exercise", ctx.language, name=name, available=available))
    else:
        example = f"{matches[0][0].id}/{matches[0][1].id}"
        ctx.err(t("run.ambiguous", ctx.language, name=name, example=example))
    return None


def _session(ctx: Context, pack: m.Pack, exercise: m.Exercise, ask: bool) -> ExerciseSession | None:
    """The session to walk: --resume ID, else the latest draft (asked in plain mode; the
    full-screen interface resumes it like its home screen does), else a new one."""
    service = ctx.service
    if ctx.args.resume:
        try:
            return service.resume(ctx.args.resume, pack)
        except NoSuchDraft as missing:
            ctx.err(missing.render(ctx.language))
            return None
    draft = None if ctx.args.new else service.latest_draft(pack, exercise)
    if draft is not None and ask:
        when = format_datetime(draft.updated_at, ctx.language)
        if not isatty(ctx.stdin):
            # A script's input is its answers: never take its first line as this yes or no.
            ctx.out(t("run.resume_piped", ctx.language, when=when, id=draft.id))
        elif not _ask_yes(ctx, t("run.resume_offer", ctx.language, when=when)):
            draft = None
    return service.resume_or_start(pack, exercise, ctx.language, draft=draft, fresh=draft is None)


def _ask_yes(ctx: Context, question: str) -> bool:
    """[J/n] at a terminal: an empty answer means yes; end of input means no."""
    line = ctx.ask(question)
    if not line:
        return False
    return line.strip().lower() in ("", "j", "ja", "y", "yes")


def _from_file(ctx: Context, pack: m.Pack, exercise: m.Exercise, path: Path) -> int:
    """Check every answer like the interactive path does; save only if all are right."""
    lang = ctx.language
    try:
        entry = ctx.service.entry_from_answers(pack, exercise, read_answers_file(path), lang)
    except AnswerError as exc:  # the file as a whole: the message names it
        ctx.err(exc.render(lang))
        ctx.err(t("run.answers_not_saved", lang))
        return 1
    except AnswersRejected as rejected:
        problems = rejected.problems
    else:
        report = ctx.service.report(entry, lang)
        for line in result_lines(report.figures, lang, text_style(ctx)):
            ctx.out(line)
        saved_at = ctx.locations.entries_dir / f"{entry.id}.json"
        ctx.out("\n" + t("run.saved_complete", lang, id=entry.id, path=saved_at))
        return 0
    for problem in problems:
        ctx.err(t("run.answers_error", lang, file=path, problem=problem))
    ctx.err(t("run.answers_not_saved", lang))
    return 1
