"""An entry as a Markdown document the person can choose to take along (e.g. to a MU-samtale).

Export is the one way answers leave the private folder, and only when asked.
"""

from __future__ import annotations

from medarbeider_tui.export.text import answer_lines, prose_text, result_lines
from medarbeider_tui.i18n import t
from medarbeider_tui.report.model import Report


def report_markdown(report: Report) -> str:
    """Title, date, answers and results; the drawn grid kept as a fixed-width block."""
    lang = report.language
    lines = [f"# {report.title}", "", f"*{report.status}, {report.when}*", ""]
    lines += [f"## {t('result.your_answers', lang)}", "", "```text"]
    lines += answer_lines(report.answers)
    lines += ["```", ""]
    if report.figures:
        lines += [f"## {t('result.title', lang)}", "", "```text"]
        lines += result_lines(report.figures, lang)
        lines += ["```", ""]
    if report.attribution:
        lines += [prose_text(report.attribution), ""]
    lines += ["---", "", t("privacy.statement", lang), ""]
    return "\n".join(lines)
