"""`medarbeider run EXERCISE`: walk it (plain or full-screen), or take answers from a file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from medarbeider_tui.commands.context import Context
from medarbeider_tui.commands.tui import isatty
from medarbeider_tui.content import model as m
from medarbeider_tui.content.answers import AnswerError, answer_keys, check_answer
from medarbeider_tui.content.scoring import compute
from medarbeider_tui.diary import EntryNotFound
from medarbeider_tui.i18n import format_datetime, t
from medarbeider_tui.plain.render import render_results
from medarbeider_tui.session import ExerciseSession

MAX_ANSWERS_FILE = 1_000_000


def run(ctx: Context) -> int:
    found = _find(ctx, ctx.args.exercise)
    if found is None:
        return 2
    pack, exercise = found
    if ctx.args.answers is not None:
        return _from_file(ctx, pack, exercise, ctx.args.answers)
    plain = _wants_plain(ctx)
    session = _session(ctx, pack, exercise, ask=plain)
    if session is None:
        return 1
    if not plain:
        from medarbeider_tui.commands.tui import start_tui

        return start_tui(ctx, session)
    from medarbeider_tui.plain.runner import PlainRunner

    code = PlainRunner(session, ctx.language, ctx.stdin, ctx.stdout).run()
    ctx.report(session.warnings)
    return code


def _wants_plain(ctx: Context) -> bool:
    """--plain, a dumb terminal, or anything that is not an interactive terminal."""
    if ctx.args.plain or os.environ.get("TERM", "") == "dumb":
        return True
    return not (isatty(ctx.stdin) and isatty(ctx.stdout))


def _find(ctx: Context, name: str) -> tuple[m.Pack, m.Exercise] | None:
    matches = ctx.catalog.find_exercise(name)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        available = ", ".join(e.id for p in ctx.catalog.packs for e in p.exercises) or "–"
        ctx.err(t("run.unknown_exercise", ctx.language, name=name, available=available))
    else:
        example = f"{matches[0][0].id}/{matches[0][1].id}"
        ctx.err(t("run.ambiguous", ctx.language, name=name, example=example))
    return None


def _session(ctx: Context, pack: m.Pack, exercise: m.Exercise, ask: bool) -> ExerciseSession | None:
    """The session to walk: --resume ID, else the latest draft (asked in plain mode; the
    full-screen interface resumes it like its home screen does), else a new one."""
    store = ctx.store
    if ctx.args.resume:
        try:
            entry = store.load(ctx.args.resume)
        except EntryNotFound:
            entry = None
        if entry is None or entry.exercise != exercise.id or entry.status != "draft":
            ctx.report(store.warnings)
            ctx.err(t("run.no_such_draft", ctx.language, id=ctx.args.resume))
            return None
        return ExerciseSession(pack, exercise, store, entry)
    if not ctx.args.new:
        draft, _ = store.latest_for(exercise.id, pack.id)
        ctx.report(store.warnings)
        if draft is not None and (
            not ask
            or _ask_yes(
                ctx,
                t(
                    "run.resume_offer",
                    ctx.language,
                    when=format_datetime(draft.updated_at, ctx.language),
                ),
            )
        ):
            return ExerciseSession(pack, exercise, store, store.load(draft.id))
    return ExerciseSession.start(pack, exercise, store, ctx.language)


def _ask_yes(ctx: Context, question: str) -> bool:
    """[J/n]: an empty answer means yes; end of input means no."""
    ctx.stdout.write(question)
    ctx.stdout.flush()
    line = ctx.stdin.readline()
    if not line:
        return False
    return line.strip().lower() in ("", "j", "ja", "y", "yes")


def read_answers_file(path: Path) -> dict[str, Any]:
    """A YAML or JSON mapping of item id to answer.

    Raises:
        AnswerError: the file cannot be read or is not such a mapping.
    """
    import yaml

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise AnswerError(f"cannot read the file ({exc.strerror})") from None
    if len(raw) > MAX_ANSWERS_FILE:
        raise AnswerError("the file is larger than 1 MB; an answers file is never that big")
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(raw.decode("utf-8-sig"), Loader=loader)
    except UnicodeDecodeError:
        raise AnswerError("the file is not valid UTF-8") from None
    except (yaml.YAMLError, ValueError, RecursionError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise AnswerError(f"{where}not valid YAML or JSON") from None
    if not isinstance(data, dict):
        raise AnswerError("expected a mapping of question ids to answers, e.g. 'sb1: 4'")
    return {str(k): v for k, v in data.items()}


def _from_file(ctx: Context, pack: m.Pack, exercise: m.Exercise, path: Path) -> int:
    """Check every answer like the interactive path does; save only if all are right."""
    problems: list[str] = []
    try:
        given = read_answers_file(path)
    except AnswerError as exc:
        given, problems = {}, [str(exc)]
    keys = answer_keys(exercise)
    problems += [
        f"{key}: unknown question id (known: {', '.join(keys)})" for key in given if key not in keys
    ]
    answers: dict[str, Any] = {}
    for key in keys:  # in step order, so options built on earlier answers are known
        if key in given:
            try:
                answers[key] = check_answer(
                    exercise, pack, key, given[key], answers, compute(exercise, pack, answers)
                )
            except AnswerError as exc:
                problems.append(f"{key}: {exc}")
    if not problems:
        session = ExerciseSession.start(pack, exercise, ctx.store, ctx.language)
        session.entry.answers.update(answers)
        problems += [f"{s.id}: required, but not in the file" for s in session.missing_required()]
    if problems:
        for problem in problems:
            ctx.err(t("run.answers_error", ctx.language, file=path, problem=problem))
        ctx.err(t("run.answers_not_saved", ctx.language))
        return 1
    entry = session.complete()
    ctx.report(session.warnings)
    for line in render_results(exercise, pack, entry.results, ctx.language):
        ctx.out(line)
    ctx.out(
        "\n"
        + t(
            "run.saved_complete",
            ctx.language,
            id=entry.id,
            path=ctx.locations.entries_dir / f"{entry.id}.json",
        )
    )
    return 0
