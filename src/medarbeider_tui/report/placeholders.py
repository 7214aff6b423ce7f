"""What a placeholder (``{step_id}``, ``{score_id}``) in a step's text is filled with.

The value is person data: an answer as the review shows it (a statement's «4 Delvis enig», a
choice's label, a list's entries, a number with its unit) or a score as its result shows it
(a mean's value, a quadrant's field, a lowest/highest score's picks). It is made one line
(``safe_text.one_line``: a control character is shown, never acted on), cut short, and in a
Markdown field its Markdown marks are escaped, so an answer never turns into markup. Packs of
format 1 have no placeholders: their braces are text as written.
"""

from __future__ import annotations

import re
from typing import Any

from medarbeider_tui.content import model as m
from medarbeider_tui.content.conditions import step_keys
from medarbeider_tui.content.placeholders import FIELDS, fill
from medarbeider_tui.content.scoring import Results
from medarbeider_tui.content.text import Text, render
from medarbeider_tui.i18n import format_number, t
from medarbeider_tui.safe_text import one_line

#: How much of an answer a placeholder repeats; the rest is cut and marked «…».
MAX_FILLED = 120
_MARKDOWN = re.compile(r"([\\`*_\[\]<>#|~!])")


def escape_markdown(text: str) -> str:
    """``text`` with every Markdown mark escaped by a backslash (``report.prose`` reads it)."""
    return _MARKDOWN.sub(r"\\\1", text)


class Filler:
    """Fills the placeholders of one exercise's step texts from its answers and results."""

    def __init__(
        self,
        exercise: m.Exercise,
        pack: m.Pack,
        answers: dict[str, Any],
        results: Results,
        language: str,
    ) -> None:
        self.exercise = exercise
        self.pack = pack
        self.answers = answers
        self.results = results
        self.language = language
        self.keys = {key: step for step in exercise.steps for key in step_keys(step)}

    def text(self, text: Text | None, markdown: bool = False) -> str:
        """``text`` in the language, its placeholders filled (format 2 packs only)."""
        rendered = render(text, self.language)
        if self.pack.format < 2 or "{" not in rendered:
            return rendered

        def value_of(name: str) -> str:
            value = one_line(self.value(name))
            if len(value) > MAX_FILLED:
                value = value[: MAX_FILLED - 1].rstrip() + "…"
            return escape_markdown(value) if markdown else value

        return fill(rendered, value_of)

    def field(self, step: m.AnyStep, name: str) -> str:
        """A step's ``title``, ``prompt``, ``body`` or ``hint``, filled."""
        value = getattr(step, name, None)
        return self.text(value if isinstance(value, Text) else None, FIELDS.get(name, False))

    def value(self, name: str) -> str:
        """What ``{name}`` stands for now: an answer or a score, or «(ikke besvart)»."""
        if name in self.keys:
            return self._answer(self.keys[name], name) or t("placeholder.unanswered", self.language)
        if name in self.results:
            return self._score(name) or t("placeholder.unanswered", self.language)
        return "{" + name + "}"  # validation refuses this; shown as written if it slips by

    def _answer(self, step: m.AnyStep, key: str) -> str:
        from medarbeider_tui.report.build import answer_rows

        if key not in self.answers:
            return ""
        rows = answer_rows(self.exercise, self.pack, step, self.answers, self.language) or []
        if isinstance(step, m.ScaleStep):
            rows = [row for row in rows if row.key == key]
        return ", ".join(row.value for row in rows if row.answered)

    def _score(self, score_id: str) -> str:
        from medarbeider_tui.report.build import label_of

        result = self.results[score_id]
        kind = result.get("kind")
        if kind == "mean":
            value = result.get("value")
            return "" if value is None else format_number(value, self.language)
        if kind == "quadrant":
            score = self.exercise.score(score_id)
            assert isinstance(score, m.QuadrantScore)
            ids = [result["quadrant"]] if result.get("quadrant") else list(result["between"])
            labels = {q.id: q.label.render(self.language) for q in score.quadrants}
            return ", ".join(labels.get(q, q) for q in ids)
        order = result.get("order", "lowest")
        return ", ".join(
            label_of(self.exercise, pick["id"], self.language, order)
            for pick in result.get("picks", [])
        )
