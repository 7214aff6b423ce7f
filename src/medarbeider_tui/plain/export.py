"""An entry as a Markdown document the person can choose to take along (e.g. to a MU-samtale).

Export is the one way answers leave the private folder, and only when asked: the file is
written 0600 all the same, so it stays private until the person decides otherwise.
"""

from __future__ import annotations

from medarbeider_tui.content import model as m
from medarbeider_tui.content.text import render
from medarbeider_tui.diary import Entry
from medarbeider_tui.i18n import format_datetime, t
from medarbeider_tui.plain.render import answer_lines, render_results


def entry_markdown(entry: Entry, pack: m.Pack, exercise: m.Exercise, language: str) -> str:
    """Title, date, answers and results; the drawn grid kept as a fixed-width block."""
    when = format_datetime(entry.completed_at or entry.updated_at, language)
    status = t(f"diary.status.{entry.status}", language)
    lines = [f"# {render(exercise.title, language)}", "", f"*{status}, {when}*", ""]
    lines += [f"## {t('result.your_answers', language)}", "", "```text"]
    lines += answer_lines(exercise, pack, entry.answers, language)
    lines += ["```", ""]
    if exercise.scoring and entry.results:
        lines += [f"## {t('result.title', language)}", "", "```text"]
        lines += render_results(exercise, pack, entry.results, language)
        lines += ["```", ""]
    if exercise.attribution:
        lines += [render(exercise.attribution, language), ""]
    lines += ["---", "", t("privacy.statement", language), ""]
    return "\n".join(lines)
