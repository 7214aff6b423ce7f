"""About and privacy: what this is (and is not), what is stored where, and the sources."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Footer, Markdown, Static

from medarbeider_tui.content.text import render
from medarbeider_tui.ui.safe import plain, safe
from medarbeider_tui.ui.screens.base import BaseModal


class AboutScreen(BaseModal[None]):
    """Shown once on first start, and always reachable as «Om» (o on the home screen)."""

    BINDINGS = [
        Binding("escape,enter,o", "close", "key.ok"),
        Binding("f2", "app.toggle_language", "key.language"),
    ]

    def __init__(self, first_run: bool = False) -> None:
        super().__init__()
        self.first_run = first_run

    def compose(self) -> ComposeResult:
        app = self.medarbeider
        with Vertical(id="about", classes="dialog"):
            title = "ui.privacy.title" if self.first_run else "ui.about.title"
            yield Static(self.tr(title), classes="dialog-title")
            with VerticalScroll(id="about-body"):
                yield Static(self.tr("privacy.statement"), classes="statement")
                yield Static(
                    safe(self.tr("privacy.where", path=app.locations.data_dir)), classes="where"
                )
                yield Static(self.tr("ui.about.keys"), classes="help")
                for pack in app.service.catalog.packs:
                    if pack.about:
                        yield Static(safe(render(pack.title, self.lang)), classes="section-title")
                        yield Markdown(plain(render(pack.about, self.lang)))
        yield Footer()

    def action_close(self) -> None:
        if self.first_run:
            self.medarbeider.settings.privacy_seen = True
            self.medarbeider.remember_settings()
        self.dismiss()
