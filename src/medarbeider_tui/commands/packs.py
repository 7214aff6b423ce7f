"""`medarbeider where`, `packs list`, `packs validate` and `packs schema`."""

from __future__ import annotations

import shutil
import textwrap

from medarbeider_tui.commands.context import Context
from medarbeider_tui.content.loader import load_pack, pack_folders
from medarbeider_tui.content.text import render
from medarbeider_tui.i18n import t
from medarbeider_tui.paths import builtin_content_dir


def where(ctx: Context) -> int:
    loc, lang = ctx.locations, ctx.language
    rows = [
        (t("where.data", lang), loc.data_dir),
        (t("where.entries", lang), loc.entries_dir),
        (t("where.quarantine", lang), loc.quarantine_dir),
        (t("where.config", lang), loc.config_dir),
        (t("where.cache", lang), loc.cache_dir),
        (t("where.builtin", lang), builtin_content_dir()),
        (t("where.user_packs", lang), loc.user_packs_dir),
    ]
    width = max(len(name) for name, _ in rows)
    for name, path in rows:
        ctx.out(f"{name:<{width}}  {path}")
    return 0


def list_packs(ctx: Context) -> int:
    lang = ctx.language
    packs = ctx.service.catalog.packs
    if not packs:
        ctx.out(t("packs.none", lang))
        return 0
    columns = max(60, min(shutil.get_terminal_size().columns, 100))
    for pack in packs:
        ctx.out(f"{render(pack.title, lang)}  [{pack.id} {pack.version}, {pack.origin}]")
        width = max(len(e.id) for e in pack.exercises)
        indent = " " * (width + 4)
        for exercise in pack.exercises:
            minutes = t("packs.minutes", lang, n=exercise.minutes)
            ctx.out(f"  {exercise.id:<{width}}  {render(exercise.title, lang)} ({minutes})")
            ctx.out(
                textwrap.fill(
                    render(exercise.description, lang),
                    columns,
                    initial_indent=indent,
                    subsequent_indent=indent,
                )
            )
        ctx.out()
    return 0


def validate(ctx: Context) -> int:
    """Every problem as file:line:col, a line per pack, exit 1 if any pack has errors."""
    folders = list(ctx.args.paths) or [
        *pack_folders(builtin_content_dir()),
        *pack_folders(ctx.locations.user_packs_dir),
        *ctx.args.pack,
    ]
    if not folders:
        ctx.out(t("packs.none", ctx.language))
        return 0
    failed = False
    for folder in folders:
        result = load_pack(folder)
        for problem in result.problems:
            ctx.out(str(problem))
        if result.pack is not None:
            ctx.out(
                t(
                    "packs.valid",
                    ctx.language,
                    path=folder,
                    exercises=len(result.pack.exercises),
                    warnings=len(result.warnings),
                )
            )
        else:
            failed = True
            ctx.out(
                t(
                    "packs.invalid",
                    ctx.language,
                    path=folder,
                    errors=len(result.errors),
                    warnings=len(result.warnings),
                )
            )
    return 1 if failed else 0


def schema(ctx: Context) -> int:
    from medarbeider_tui.content.packspec import json_schemas

    ctx.out_json(json_schemas())
    return 0
