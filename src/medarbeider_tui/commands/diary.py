"""`medarbeider diary list | show ID | export ID | delete ID`."""

from __future__ import annotations

import os
from pathlib import Path

from medarbeider_tui.commands.context import Context
from medarbeider_tui.diary import Entry, EntryNotFound
from medarbeider_tui.export.text import answer_lines, result_lines
from medarbeider_tui.i18n import format_datetime, t
from medarbeider_tui.safe_text import json_text, terminal_safe
from medarbeider_tui.service import PackMissing


def list_entries(ctx: Context) -> int:
    service, lang = ctx.service, ctx.language
    summaries = service.summaries()
    if not summaries:
        ctx.out(t("diary.empty", lang))
        return 0
    for s in summaries:
        when = format_datetime(s.completed_at or s.updated_at, lang)
        status = t(f"diary.status.{s.status}", lang)
        title = service.title_of(s.pack_id, s.exercise, lang)
        ctx.out(f"{when}  {status:<9}  {title:<32}  {s.id}")
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
    lang = ctx.language
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
    for line in answer_lines(report.answers):
        ctx.out(line)
    if report.figures and entry.results:
        ctx.out(f"\n{t('result.title', lang)}\n")
        for line in result_lines(report.figures, lang):
            ctx.out(line)
    return 0


def export(ctx: Context) -> int:
    """To stdout, or to a new 0600 file; an existing file is never overwritten."""
    entry = _load(ctx, ctx.args.id)
    if entry is None:
        return 1
    if ctx.args.format == "json":
        text = json_text(entry.to_json()) + "\n"
    else:
        from medarbeider_tui.export.markdown import report_markdown

        try:
            text = report_markdown(ctx.service.report(entry, ctx.language))
        except PackMissing as missing:
            ctx.err(missing.render(ctx.language))
            return 1
    target: Path | None = ctx.args.output
    if target is None:
        ctx.stdout.write(text if ctx.args.format == "json" else terminal_safe(text))
        return 0
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        ctx.err(t("diary.export_exists", ctx.language, path=target))
        return 1
    except OSError as exc:
        ctx.err(f"{target}: {exc.strerror}")
        return 1
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        os.fchmod(handle.fileno(), 0o600)
        handle.write(text)
    ctx.err(t("diary.exported", ctx.language, path=target))
    return 0


def delete(ctx: Context) -> int:
    entry = _load(ctx, ctx.args.id)
    if entry is None:
        return 1
    if not ctx.args.yes:
        answer = ctx.ask(t("diary.confirm_delete", ctx.language, id=entry.id))
        if answer.strip().lower() not in ("j", "ja", "y", "yes"):
            ctx.out(t("diary.kept", ctx.language))
            return 1
    ctx.service.delete(entry.id)
    ctx.out(t("diary.deleted", ctx.language, id=entry.id))
    return 0
