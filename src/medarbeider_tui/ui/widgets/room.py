"""How much room is left in a text with a length limit: shown near the limit, and past it.

Text is never cut at a limit: a person who writes too much sees how much, and decides.
"""

from __future__ import annotations

from medarbeider_tui.i18n import Count, t


def near_limit(length: int, limit: int) -> bool:
    """Close enough to the limit to show the room left: the last tenth (at least 20 characters)."""
    return length >= limit - max(20, limit // 10)


def room_note(length: int, limit: int, language: str) -> str:
    """«312 tegn igjen» near the limit, «12 tegn for mye …» past it, else nothing."""
    if length > limit:
        over = length - limit
        return t("ui.room.over", language, count=over, shown=Count(over))
    if near_limit(length, limit):
        left = limit - length
        return t("ui.room.left", language, count=left, shown=Count(left))
    return ""
