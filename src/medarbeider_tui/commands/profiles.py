"""`medarbeider profiles list | create NAME | rename NAME NEW | delete NAME`.

Deleting asks for the name to be typed again (or given with ``--confirm NAME``): a profile
holds a whole diary, so ``--yes`` is not enough, and says so.
"""

from __future__ import annotations

from medarbeider_tui.commands.context import Context
from medarbeider_tui.i18n import Count, t
from medarbeider_tui.service.profiles import NotConfirmed, Profile


def _row(profile: Profile, language: str) -> str:
    label = profile.label if isinstance(profile.label, str) else profile.label.render(language)
    entries = t("profiles.entries", language, count=profile.entries, shown=Count(profile.entries))
    damaged = f"  {t('profiles.damaged_mark', language)}" if profile.damaged else ""
    return f"{label}  ({entries}){damaged}"


def list_profiles(ctx: Context) -> int:
    profiles, lang = ctx.service.profiles, ctx.language
    ctx.out(_row(profiles.default(), lang))
    named = profiles.named()
    for profile in named:
        ctx.out(_row(profile, lang))
    if not named:
        ctx.out(t("profiles.none_named", lang))
    return 0


def create(ctx: Context) -> int:
    profile = ctx.service.profiles.create(ctx.args.name)
    ctx.out(t("profiles.created", ctx.language, name=profile.name))
    return 0


def rename(ctx: Context) -> int:
    before = ctx.service.profiles.find(ctx.args.name)
    after = ctx.service.profiles.rename(ctx.args.name, ctx.args.new_name)
    ctx.out(t("profiles.renamed", ctx.language, old=before.name, new=after.name))
    return 0


def delete(ctx: Context) -> int:
    lang = ctx.language
    profile = ctx.service.profiles.find(ctx.args.name)
    typed = ctx.args.confirm
    if typed is None:
        if ctx.args.yes:
            ctx.err(t("profiles.delete.yes_not_enough", lang, name=profile.name))
            return 2
        ctx.out(t("profiles.delete.warning", lang, name=profile.name, count=profile.entries))
        typed = ctx.ask(t("profiles.delete.ask", lang))
    try:
        ctx.service.profiles.delete(ctx.args.name, typed.rstrip("\r\n"))
    except NotConfirmed as refused:
        ctx.err(refused.render(lang))
        return 1
    ctx.out(t("profiles.deleted", lang, name=profile.name))
    return 0
