"""Profiles in the full-screen interface: whom this session is for, chosen at start.

When named profiles exist and none was asked for (``--profile``, ``MEDARBEIDER_PROFILE``), the
picker comes first; home's `p` opens it again. Here, and only here, the profiles' names are
listed: every other screen shows the current profile's name alone (`profile_line`). Enter
chooses, `n` makes a new profile, `r` renames the highlighted one, `d` deletes it after its name
is typed again (a profile holds a whole diary: a yes is not enough). The default profile can
be chosen, never renamed or deleted. The rules and the folders are `service.profiles`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from medarbeider_tui.i18n import LocalizedError
from medarbeider_tui.service import Profile, ReflectionService
from medarbeider_tui.ui.localize import LocalizedBindings
from medarbeider_tui.ui.safe import notice, safe, safe_line
from medarbeider_tui.ui.screens.base import BaseModal, BaseScreen

if TYPE_CHECKING:
    from medarbeider_tui.ui.app import MedarbeiderApp

DEFAULT_ID = "profile:default"


def offer_profiles(app: MedarbeiderApp) -> None:
    """At start: the picker, if there is any named profile to choose."""
    try:
        exist = app.service.profiles.exist()
    except (LocalizedError, OSError):  # an unusable data folder: home says why
        return
    if exist:
        app.push_screen(ProfilePicker(), lambda chosen: choose(app, chosen))


def choose(app: MedarbeiderApp, chosen: Profile | None) -> None:
    """Use ``chosen``'s diary from now on (None: the picker was closed, nothing changes)."""
    if chosen is None:
        return
    try:
        service = app.service.for_profile(chosen.name)
    except LocalizedError as problem:  # deleted meanwhile (another window)
        notice(app, problem.render(app.language), severity="error", timeout=15)
        return
    app.use_profile(service)


def profile_line(app: MedarbeiderApp) -> str:
    """The current profile, calmly («Profil: Åse»), or '' for the default profile: the only
    profile name a screen other than the picker shows."""
    slug = app.service.locations.profile
    if slug is None:
        return ""
    name = app.service.profile().name or slug
    return app.tr("ui.profile.current", name=name)


def brand_line(app: MedarbeiderApp) -> str:
    """Home's first line: the name of the tool, and the current profile's if it has one."""
    line = profile_line(app)
    return f"medarbeider  ·  {line}" if line else "medarbeider"


class ProfileList(LocalizedBindings, OptionList):
    BINDINGS = [Binding("enter", "select", "key.choose")]


class ProfilePicker(BaseScreen[Profile | None]):
    """Whom this session is for; dismisses with the chosen profile, or None (Esc)."""

    BINDINGS = [
        Binding("n", "create", "key.new"),
        Binding("r", "rename", "key.rename"),
        Binding("d", "delete", "key.delete"),
        Binding("escape", "close", "key.close"),
        Binding("f2", "app.toggle_language", "key.language", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._profiles: list[Profile] = []

    @property
    def _service(self) -> ReflectionService:
        return self.medarbeider.service

    def compose(self) -> ComposeResult:
        with Vertical(id="profiles"):
            yield Static(self.tr("ui.profiles.title"), classes="step-title")
            yield Static(self.tr("ui.profiles.help"), classes="hint")
            yield ProfileList(id="profile-list")
            yield Static("", id="error", classes="error")
        yield Footer()

    def on_mount(self) -> None:
        self._list()

    def save_state(self) -> object:
        return self.query_one("#profile-list", OptionList).highlighted

    def restore_state(self, state: object) -> None:
        self._list(state if isinstance(state, int) else None)

    def _list(self, highlighted: int | None = None, select: str | None = None) -> None:
        profiles = self._service.profiles
        try:
            self._profiles = [profiles.default(), *profiles.named()]
        except (LocalizedError, OSError) as problem:
            self._profiles = [profiles.default()]
            text = problem.render(self.lang) if isinstance(problem, LocalizedError) else ""
            self.query_one("#error", Static).update(safe(text))
        current = self._service.locations.profile
        options = []
        for profile in self._profiles:
            label = profile.label
            name = label if isinstance(label, str) else label.render(self.lang).capitalize()
            mark = "  ·  " + self.tr("ui.profiles.in_use") if profile.slug == current else ""
            options.append(Option(safe_line(name + mark), id=_option_id(profile)))
        listing = self.query_one("#profile-list", OptionList)
        listing.clear_options()
        listing.add_options(options)
        if select is not None:
            highlighted = next(
                (i for i, p in enumerate(self._profiles) if p.slug == select), highlighted
            )
        if highlighted is None:
            highlighted = next((i for i, p in enumerate(self._profiles) if p.slug == current), 0)
        listing.highlighted = min(highlighted, len(options) - 1)
        listing.focus()

    def _highlighted(self) -> Profile | None:
        index = self.query_one("#profile-list", OptionList).highlighted
        return self._profiles[index] if index is not None else None

    @on(OptionList.OptionSelected, "#profile-list")
    def _chosen(self) -> None:
        self.dismiss(self._highlighted())

    def action_close(self) -> None:
        self.dismiss(None)

    def _named(self) -> Profile | None:
        """The highlighted profile if it has a name (the default one is never changed)."""
        profile = self._highlighted()
        if profile is None or profile.is_default:
            self.query_one("#error", Static).update(self.tr("ui.profiles.default_fixed"))
            return None
        return profile

    def action_create(self) -> None:
        profiles = self._service.profiles

        def create(name: str) -> Profile:
            return profiles.create(name)

        self.app.push_screen(
            NameDialog(self.tr("ui.profiles.create.title"), "", create), self._changed
        )

    def action_rename(self) -> None:
        profile = self._named()
        if profile is None or profile.name is None:
            return
        profiles, old = self._service.profiles, profile.name

        def rename(name: str) -> Profile:
            return profiles.rename(old, name)

        title = self.tr("ui.profiles.rename.title", name=old)
        in_use = profile.slug == self._service.locations.profile

        def renamed(result: Profile | str | None) -> None:
            if in_use and isinstance(result, Profile):  # its folder moved: follow it
                choose(self.medarbeider, result)
            self._changed(result)

        self.app.push_screen(NameDialog(title, old, rename), renamed)

    def action_delete(self) -> None:
        profile = self._named()
        if profile is None or profile.name is None:
            return
        if profile.slug == self._service.locations.profile:
            self.query_one("#error", Static).update(self.tr("ui.profiles.in_use_kept"))
            return
        profiles, name = self._service.profiles, profile.name

        def delete(typed: str) -> None:
            profiles.delete(name, typed)

        body = self.tr("ui.profiles.delete.body", name=name, count=profile.entries)
        dialog = NameDialog(
            self.tr("ui.profiles.delete.title", name=name),
            "",
            delete,
            body=body,
            destructive=True,
        )
        self.app.push_screen(dialog, self._changed)

    def _changed(self, result: Profile | str | None) -> None:
        self.query_one("#error", Static).update("")
        if result is None:
            return
        if isinstance(result, Profile):
            self._list(select=result.slug)
        else:
            self._list(0)
            notice(self, result, timeout=6)


def _option_id(profile: Profile) -> str:
    return DEFAULT_ID if profile.slug is None else f"profile:{profile.slug}"


class NameDialog(BaseModal[Profile | str | None]):
    """One name typed (a new name, or a name typed again to confirm a delete), acted on by
    ``act``; what it refuses is said in the dialog, which stays open. Esc changes nothing."""

    BINDINGS = [Binding("escape", "close", "key.close")]

    def __init__(
        self,
        title: str,
        value: str,
        act: Callable[[str], Profile | None],
        *,
        body: str = "",
        destructive: bool = False,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.act = act
        self.body = body
        self.destructive = destructive

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog confirm"):
            yield Static(safe(self.title_text), classes="dialog-title")
            if self.body:
                yield Static(safe(self.body))
            yield Input(self.value, id="name")
            yield Static("", id="error", classes="error")
            with Horizontal(classes="buttons"):
                ok = self.tr("key.delete" if self.destructive else "key.ok")
                yield Button(ok, id="ok", variant="error" if self.destructive else "primary")
                yield Button(self.tr("ui.stay" if self.destructive else "key.close"), id="no")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    @on(Input.Submitted, "#name")
    def _submitted(self) -> None:
        self._act()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self._act()
        else:
            self.dismiss(None)

    def _act(self) -> None:
        typed = self.query_one("#name", Input).value
        try:
            done = self.act(typed)
        except LocalizedError as problem:
            self.query_one("#error", Static).update(safe(problem.render(self.lang)))
            return
        self.dismiss(done if done is not None else self.tr("ui.profiles.deleted"))

    def action_close(self) -> None:
        self.dismiss(None)
