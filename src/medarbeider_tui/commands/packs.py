"""`medarbeider packs list`, `packs validate [--watch]`, `packs schema` and `packs new`."""

from __future__ import annotations

import shutil
import textwrap
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from medarbeider_tui.commands.context import Context
from medarbeider_tui.content.loader import PACK_FILE, load_pack, pack_folders
from medarbeider_tui.content.text import render
from medarbeider_tui.i18n import Translatable, t
from medarbeider_tui.paths import builtin_content_dir


def list_packs(ctx: Context) -> int:
    lang = ctx.language
    packs = ctx.service.packs_listing.packs  # the packs' listing: no content model when cached
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
    """Every problem as file:line:col, a line per pack, exit 1 if any pack has errors; with
    ``--watch``, again whenever a file of the pack changes, until Ctrl+C."""
    locations = list(ctx.args.paths) or [
        *pack_folders(builtin_content_dir()),
        *pack_folders(ctx.locations.user_packs_dir),
        *ctx.args.pack,
    ]
    if getattr(ctx.args, "watch", False):
        return watch(ctx, locations)
    return validate_once(ctx, locations)


def watch(
    ctx: Context,
    locations: list[Path],
    sleep: Callable[[float], None] = time.sleep,
    rounds: int | None = None,
) -> int:
    """Validate, then validate again each time a pack's files change (`content.watch`).
    Ctrl+C ends it with the last result's exit code."""
    from medarbeider_tui.content.watch import WATCH_SECONDS, PackWatch

    files = PackWatch(locations)
    code = validate_once(ctx, locations)
    ctx.out(t("packs.watching", ctx.language))
    try:
        while rounds is None or rounds > 0:
            sleep(WATCH_SECONDS)
            rounds = None if rounds is None else rounds - 1
            if not files.changed():
                continue
            ctx.out()
            ctx.out(t("packs.changed", ctx.language, time=datetime.now().strftime("%H:%M:%S")))
            code = validate_once(ctx, locations)
    except KeyboardInterrupt:
        ctx.out()
    return code


def validate_once(ctx: Context, locations: list[Path]) -> int:
    lang = ctx.language
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


def new_pack(ctx: Context) -> int:
    """Write a new pack folder ``ID`` (in ``--into``, else here) from the template; never over
    anything that is there already."""
    from medarbeider_tui import fsio
    from medarbeider_tui.content.template_pack import is_pack_id, template_files

    lang, pack_id = ctx.language, ctx.args.id
    if not is_pack_id(pack_id):
        ctx.err(t("packs.new.bad_id", lang, id=pack_id))
        return 2
    folder = Path(ctx.args.into or ".") / pack_id
    if folder.exists() or folder.is_symlink():
        ctx.err(t("packs.new.exists", lang, path=folder))
        return 1
    folder.mkdir(mode=0o700)
    for name, data in template_files(pack_id).items():
        (folder / name).parent.mkdir(mode=0o700, exist_ok=True)
        fsio.create_private_file(folder / name, data)
    ctx.out(t("packs.new.done", lang, path=folder))
    return 0
