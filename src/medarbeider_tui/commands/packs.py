"""`medarbeider packs list`, `packs validate` and `packs schema`."""

from __future__ import annotations

import shutil
import textwrap

from medarbeider_tui.commands.context import Context
from medarbeider_tui.content.loader import PACK_FILE, load_pack, pack_folders
from medarbeider_tui.content.text import render
from medarbeider_tui.i18n import Translatable, t
from medarbeider_tui.paths import builtin_content_dir


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
    lang = ctx.language
    locations = list(ctx.args.paths) or [
        *pack_folders(builtin_content_dir()),
        *pack_folders(ctx.locations.user_packs_dir),
        *ctx.args.pack,
    ]
    if not locations:
        ctx.out(t("packs.none", lang))
        return 0
    failed = False
    for location in locations:
        result = load_pack(location)
        folder = result.folder or location
        if folder != location and location.name != PACK_FILE:
            ctx.out(t("packs.checked_pack_of", lang, file=location, folder=folder))
        for problem in result.problems:
            ctx.out(problem.render(lang))
        warnings = Translatable("packs.count.warnings", count=len(result.warnings))
        if result.pack is not None:
            exercises = Translatable("packs.count.exercises", count=len(result.pack.exercises))
            ctx.out(t("packs.valid", lang, path=folder, exercises=exercises, warnings=warnings))
        else:
            failed = True
            errors = Translatable("packs.count.errors", count=len(result.errors))
            ctx.out(t("packs.invalid", lang, path=folder, errors=errors, warnings=warnings))
    return 1 if failed else 0


def schema(ctx: Context) -> int:
    """The combined schema, or with ``--file pack|exercise`` the one for that kind of file."""
    from medarbeider_tui.content.packspec import json_schema_for, json_schemas

    kind = getattr(ctx.args, "file", None)
    ctx.out_json(json_schema_for(kind) if kind else json_schemas())
    return 0
