"""`medarbeider diary list | show ID | delete ID`."""

from __future__ import annotations

import json
import os
from pathlib import Path

from medarbeider_tui.commands.context import Context
from medarbeider_tui.content.text import render
from medarbeider_tui.diary import Entry, EntryNotFound
from medarbeider_tui.i18n import format_datetime, t
from medarbeider_tui.plain.export import entry_markdown
from medarbeider_tui.plain.render import answer_lines, render_results


def _exercise_title(ctx: Context, pack_id: str, exercise_id: str) -> str:
    found = ctx.catalog.exercise_of(pack_id, exercise_id)
    return render(found[1].title, ctx.language) if found else exercise_id


def list_entries(ctx: Context) -> int:
    summaries = ctx.store.summaries()
    ctx.report(ctx.store.warnings)
    if not summaries:
        ctx.out(t("diary.empty", ctx.language))
        return 0
    for s in summaries:
        when = format_datetime(s.completed_at or s.updated_at, ctx.language)
        status = t(f"diary.status.{s.status}", ctx.language)
        ctx.out(f"{when}  {status:<9}  {_exercise_title(ctx, s.pack_id, s.exercise):<32}  {s.id}")
    return 0


def _load(ctx: Context, entry_id: str) -> Entry | None:
    try:
        return ctx.store.load(entry_id)
    except EntryNotFound:
        ctx.report(ctx.store.warnings)
        ctx.err(t("diary.not_found", ctx.language, id=entry_id))
        return None


def show(ctx: Context) -> int:
    entry = _load(ctx, ctx.args.id)
    if entry is None:
        return 1
    if ctx.args.json:
        ctx.out(json.dumps(entry.to_json(), indent=2, ensure_ascii=False))
        return 0
    lang = ctx.language
    status = t(f"diary.status.{entry.status}", lang)
    ctx.out(
        f"{_exercise_title(ctx, entry.pack.id, entry.exercise)} – {status}, "
        f"{format_datetime(entry.completed_at or entry.updated_at, lang)}  ({entry.id})"
    )
    found = ctx.catalog.exercise_of(entry.pack.id, entry.exercise)
    if found is None:
        ctx.out(t("diary.pack_missing", lang, pack=entry.pack.id))
        ctx.out(
            json.dumps(
                {"answers": entry.answers, "results": entry.results}, indent=2, ensure_ascii=False
            )
        )
        return 0
    pack, exercise = found
    ctx.out()
    for line in answer_lines(exercise, pack, entry.answers, lang):
        ctx.out(line)
    if entry.results:
        ctx.out(f"\n{t('result.title', lang)}\n")
        for line in render_results(exercise, pack, entry.results, lang):
            ctx.out(line)
    return 0


def export(ctx: Context) -> int:
    """To stdout, or to a new 0600 file; an existing file is never overwritten."""
    entry = _load(ctx, ctx.args.id)
    if entry is None:
        return 1
    if ctx.args.format == "json":
        text = json.dumps(entry.to_json(), indent=2, ensure_ascii=False) + "\n"
    else:
        found = ctx.catalog.exercise_of(entry.pack.id, entry.exercise)
        if found is None:
            ctx.err(t("diary.pack_missing", ctx.language, pack=entry.pack.id))
            return 1
        text = entry_markdown(entry, *found, ctx.language)
    target: Path | None = ctx.args.output
    if target is None:
        ctx.stdout.write(text)
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
        ctx.stdout.write(t("diary.confirm_delete", ctx.language, id=entry.id))
        ctx.stdout.flush()
        if ctx.stdin.readline().strip().lower() not in ("j", "ja", "y", "yes"):
            ctx.out(t("diary.kept", ctx.language))
            return 1
    ctx.store.delete(entry.id)
    ctx.out(t("diary.deleted", ctx.language, id=entry.id))
    return 0
