"""`medarbeider where`: the folders this run uses, and nothing else loaded.

Only paths and texts: no packs, no diary, no content model, no YAML (a person asking where
their files are should not wait for what they did not ask for; ``tests/cli/test_lean_paths.py``
guards it).
"""

from __future__ import annotations

from medarbeider_tui.commands.context import Context
from medarbeider_tui.i18n import t
from medarbeider_tui.paths import builtin_content_dir


def where(ctx: Context) -> int:
    loc, lang = ctx.locations, ctx.language
    rows = [
        (t("where.data", lang), loc.data_dir),
        *([(t("where.profile", lang), loc.diary_dir)] if loc.profile is not None else []),
        (t("where.entries", lang), loc.entries_dir),
        (t("where.quarantine", lang), loc.quarantine_dir),
        (t("where.config", lang), loc.config_dir),
        (t("where.cache", lang), loc.cache_dir),
        (t("where.builtin", lang), builtin_content_dir()),
        (t("where.user_packs", lang), loc.user_packs_dir),
        (t("where.profiles", lang), loc.profiles_dir),
    ]
    width = max(len(name) for name, _ in rows)
    for name, path in rows:
        ctx.out(f"{name:<{width}}  {path}")
    return 0
