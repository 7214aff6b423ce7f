"""Two entries of one exercise side by side: results, then answers, with what moved.

The comparison is the service's (`ReflectionService.compare`, older entry first); this screen
lays it out as tables: what, before, after, and how far it moved («+1», «−0,5»). Rows that
changed are bold and marked ``›``; ``m`` shows only those.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text as RichText
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from medarbeider_tui.i18n import LocalizedError, t
from medarbeider_tui.report.compare import Comparison, Moved
from medarbeider_tui.ui.safe import notice, plain, safe
from medarbeider_tui.ui.screens.base import BaseScreen


class CompareScreen(BaseScreen[None]):
    """Read-only; Esc goes back."""

    BINDINGS = [
        Binding("m", "toggle_moved", "key.only_moved"),
        Binding("escape,q", "close", "key.back"),
        Binding("f2", "app.toggle_language", "key.language"),
    ]

    only_moved = False

    def __init__(self, first_id: str, second_id: str) -> None:
        super().__init__()
        self.first_id = first_id
        self.second_id = second_id

    def _comparison(self) -> Comparison | None:
        try:
            return self.medarbeider.service.compare(self.first_id, self.second_id, self.lang)
        except (LocalizedError, FileNotFoundError) as problem:
            text = (
                problem.render(self.lang) if isinstance(problem, LocalizedError) else str(problem)
            )
            notice(self, text, severity="error", timeout=30)
            return None

    def compose(self) -> ComposeResult:
        found = self._comparison()
        lang = self.lang
        with VerticalScroll(id="compare"):
            if found is None:
                yield Static(self.tr("ui.compare.title"), classes="step-title")
            else:
                before, after = found.before, found.after
                title = f"{self.tr('ui.compare.title')}: {found.title}"
                yield Static(safe(title), classes="step-title")
                yield Static(
                    safe(t("compare.sides", lang, before=before.when, after=after.when)),
                    classes="hint",
                )
                for note in found.notes:
                    yield Static(safe(note), classes="caveat")
                moved = t("compare.moved_count", lang, count=len(found.moved))
                yield Static(safe(moved), id="moved-count", classes="hint")
                if found.results:
                    yield Static(self.tr("result.title"), classes="compare-heading")
                    yield Static(self._table(found.results), classes="compare-table")
                for step in found.answers:
                    rows = [r for r in step.rows if r.changed or not self.only_moved]
                    if not rows:
                        continue
                    heading = step.title or self.tr("compare.answers")
                    yield Static(safe(heading), classes="compare-heading")
                    yield Static(self._table(rows), classes="compare-table")
        yield Footer()

    def _table(self, rows: list[Moved]) -> Table:
        lang = self.lang
        table = Table(box=None, padding=(0, 1), expand=True, show_edge=False)
        table.add_column("", ratio=3)
        table.add_column(self.tr("ui.compare.before"), ratio=2)
        table.add_column(self.tr("ui.compare.after"), ratio=2)
        table.add_column(self.tr("ui.compare.moved"), no_wrap=True, justify="right")
        for row in rows:
            if self.only_moved and not row.changed:
                continue
            style = "bold" if row.changed else ""
            mark = "› " if row.changed else "  "
            shown = row.moved_shown if row.changed else t("compare.same", lang)
            if row.changed and not shown:
                shown = self.tr("ui.compare.changed")
            label = RichText(mark + plain(row.label), style=style)
            if row.note:
                label.append("\n  " + plain(row.note), style="italic")
            table.add_row(
                label,
                RichText(plain(row.before), style=style),
                RichText(plain(row.after), style=style),
                RichText(shown, style=style),
            )
        return table

    async def action_toggle_moved(self) -> None:
        self.only_moved = not self.only_moved
        await self.recompose()

    def action_close(self) -> None:
        self.dismiss()
