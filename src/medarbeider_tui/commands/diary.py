"""`medarbeider diary list | show ID | export [ID …] | delete ID`."""

from __future__ import annotations

from medarbeider_tui.commands.context import Context
from medarbeider_tui.diary import Entry, EntryNotFound
from medarbeider_tui.i18n import LocalizedError, format_datetime, t
from medarbeider_tui.service import PackMissing


def list_entries(ctx: Context) -> int:
    service, lang = ctx.service, ctx.language
    listing = service.listing()  # columns: no entry's index line is read
    if not listing:
        ctx.out(t("diary.empty", lang))
        return 0
    statuses = {s: t(f"diary.status.{s}", lang) for s in ("draft", "complete")}
    titles: dict[tuple[str, str], str] = {}
    lines = []
    for entry_id, status, key, moment in listing.brief():
        if key not in titles:
            titles[key] = f"{service.title_of(*key, lang):<32}"
        when = format_datetime(moment, lang)
        lines.append(f"{when}  {statuses[status]:<9}  {titles[key]}  {entry_id}")
    ctx.out_lines(lines)
    return 0


def _load(ctx: Context, entry_id: str) -> Entry | None:
    try:
        return ctx.service.load(entry_id)
    except EntryNotFound as missing:  # no such entry, not an id, or why it cannot be read
        ctx.err(missing.render(ctx.language))
        return None


def show(ctx: Context) -> int:
    entry = _load(ctx, ctx.args.id)
    if entry is None:
        return 1
    if ctx.args.json:
        ctx.out_json(entry.to_json())
        return 0
    from medarbeider_tui.commands.plain import text_style
    from medarbeider_tui.export.text import answer_lines, result_lines

    lang, style = ctx.language, text_style(ctx)
    ctx.out(
        f"{ctx.service.title_of(entry.pack.id, entry.exercise, lang)} – "
        f"{t(f'diary.status.{entry.status}', lang)}, "
        f"{format_datetime(entry.completed_at or entry.updated_at, lang)}  ({entry.id})"
    )
    try:
        report = ctx.service.report(entry, lang)
    except PackMissing as missing:
        ctx.out(missing.render(lang))
        raw = {"answers": entry.answers, "results": entry.results}
        ctx.out_json(raw)
        return 0
    ctx.out()
    for line in answer_lines(report.answers, lang, style):
        ctx.out(line)
    if report.figures and entry.results:
        ctx.out(f"\n{t('result.title', lang)}\n")
        for line in result_lines(report.figures, lang, style):
            ctx.out(line)
    return 0


def export(ctx: Context) -> int:
    """One document (to stdout, ``-o -``, or a new 0600 file), or a file per entry (``--split``).

    Nothing is ever overwritten; a failed write says why and leaves nothing behind.
    """
    from medarbeider_tui.export.selection import Selection
    from medarbeider_tui.service import ExportRequest

    args, lang = ctx.args, ctx.language
    request = ExportRequest(
        selection=Selection(
            ids=list(args.ids),
            exercise=args.exercise,
            since=args.since,
            until=args.until,
            last=args.last,
            everything=args.everything,
        ),
        format=args.format,
        language=args.lang,  # only an explicit --lang: otherwise each entry's own language
        include_private=args.include_private,
        split=args.split is not None,
        include_coach_notes=args.include_coach_notes,
    )
    try:
        if args.today:  # the take-home summary of today's session
            exported = ctx.service.take_home(lang, request)
        else:
            exported = ctx.service.export(request, lang)
        if args.split is not None:
            written = ctx.service.write_export_into(exported, args.split)
            ctx.err(t("export.wrote_files", lang, count=len(written), folder=args.split))
        elif args.output is None or str(args.output) == "-":
            write_stdout(ctx, exported.files[0].data)
        else:
            path = ctx.service.write_export(exported, args.output)
            ctx.err(t("diary.exported", lang, path=path))
    except LocalizedError as problem:
        ctx.err(problem.render(lang))
        return 1
    except OSError as exc:  # standard output is full or closed
        ctx.err(t("export.error.stdout", lang, reason=exc.strerror or exc))
        return 1
    if exported.left_out:
        hint = t("export.left_out_hint", lang)
        ctx.err(f"{t('export.left_out', lang, count=exported.left_out)} {hint}")
    return 0


def write_stdout(ctx: Context, data: bytes) -> None:
    """The file's bytes as they are (UTF-8 whatever the locale says); already safe to show."""
    raw = getattr(ctx.stdout, "buffer", None)
    if raw is None:
        ctx.stdout.write(data.decode("utf-8"))
        return
    ctx.stdout.flush()
    raw.write(data)
    raw.flush()


def delete(ctx: Context) -> int:
    entry = _load(ctx, ctx.args.id)
    if entry is None:
        return 1
    if not ctx.args.yes:
        answer = ctx.ask(t("diary.confirm_delete", ctx.language, id=entry.id))
        if answer.strip().lower() not in ("j", "ja", "y", "yes"):
            ctx.out(t("diary.kept", ctx.language))
            return 1
    notes = len(ctx.service.coach_notes(entry.id))
    ctx.service.delete(entry.id)
    ctx.out(t("diary.deleted", ctx.language, id=entry.id))
    if notes:
        ctx.out(t("notes.deleted_with_entry", ctx.language, count=notes))
    kept = ctx.service.actions_of_entry(entry.id)
    if kept:
        ctx.out(t("actions.kept_after_delete", ctx.language, count=len(kept)))
    return 0
