"""A save or storage failure as the person reads it: what went wrong and what to do.

Storage failures below this layer are `LocalizedError` values that already say what to do (a
full disk, a read-only folder, an entry deleted elsewhere); anything else is an unexpected
error, named by its kind only (its message could hold answer text).
"""

from __future__ import annotations

from medarbeider_tui.i18n import LocalizedError, t


def problem_text(error: BaseException, language: str) -> str:
    """Why something could not be saved, in ``language``."""
    if isinstance(error, LocalizedError):
        return error.render(language)
    return t("ui.save.failed_other", language, kind=type(error).__name__)
