"""Item 1: profiles. Names are data, folders are slugs inside profiles/, nothing escapes or is
lost, the default profile stays where today's diary is, and delete needs the name typed again."""

from __future__ import annotations

import io
import os
import stat
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medarbeider_tui.diary.profiles import (
    MAX_NAME_LENGTH,
    MAX_SLUG_LENGTH,
    ProfileExists,
    ProfileNameRefused,
    is_slug,
    slug_base,
)
from medarbeider_tui.paths import Locations
from medarbeider_tui.service import ReflectionService
from medarbeider_tui.service.profiles import NoSuchProfile, NotConfirmed, Profiles
from tests.cli.test_cli import run

from .conftest import PLAN, complete


def profile_folders(loc: Locations) -> list[str]:
    return sorted(os.listdir(loc.profiles_dir)) if loc.profiles_dir.exists() else []


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- the default profile --------------------------------------------------------------------


def test_the_default_profile_is_where_the_diary_has_always_been(
    isolated_environment: Locations,
) -> None:
    loc = isolated_environment
    data = loc.data_dir
    assert loc.profile is None and loc.diary_dir == data
    assert (loc.entries_dir, loc.quarantine_dir, loc.actions_dir, loc.scratch_dir) == (
        data / "entries",
        data / "quarantine",
        data / "actions",
        data / "tmp",
    )
    named = loc.for_profile("ola")
    assert named.entries_dir == data / "profiles" / "ola" / "entries"
    assert (named.user_packs_dir, named.cache_dir) == (loc.user_packs_dir, loc.cache_dir)


def test_an_existing_diary_keeps_working_when_profiles_come(
    capsys: pytest.CaptureFixture[str], service: ReflectionService
) -> None:
    """A diary from before profiles (entries at the top of the data folder) is the default
    profile's: still listed without --profile, and never shown in a named profile."""
    old = complete(service)
    assert run(capsys, "profiles", "create", "Kari")[0] == 0
    code, out, _ = run(capsys, "diary", "list")
    assert code == 0 and old.id in out
    code, out, _ = run(capsys, "diary", "list", "--profile", "Kari")
    assert code == 0 and old.id not in out
    assert (service.locations.entries_dir / f"{old.id}.json").is_file()
    fresh = ReflectionService(service.locations)
    assert [s.id for s in fresh.summaries()] == [old.id]


# --- names are data -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Åse Ødegård", "ase-odegard"),
        ("..", "profile"),
        ("/", "profile"),
        ("../../etc/passwd", "etc-passwd"),
        ("a/b\\c", "a-b-c"),
        ("王伟", "profile"),
        ("CON", "con-p"),
        ("  Kari  ", "kari"),
        ("x" * MAX_NAME_LENGTH, "x" * MAX_SLUG_LENGTH),
    ],
)
def test_any_name_is_kept_and_its_folder_stays_inside_profiles(
    service: ReflectionService, name: str, slug: str
) -> None:
    made = service.profiles.create(name)
    assert made.name == name.strip()
    assert made.slug == slug
    folder = service.locations.profiles_dir / slug
    assert folder.parent == service.locations.profiles_dir and folder.is_dir()
    assert profile_folders(service.locations) == [".lock", slug]
    assert service.profiles.find(name).slug == slug
    assert mode(folder) == 0o700 and mode(folder / "profile.json") == 0o600


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("", "profiles.name.empty"),
        ("   \n ", "profiles.name.empty"),
        ("x" * (MAX_NAME_LENGTH + 1), "profiles.name.too_long"),
        ("Ola\x00", "profiles.name.control"),
        ("a\u202eb", "profiles.name.control"),
        ("Ola\x1b]0;title\x07", "profiles.name.control"),
        ("Ola\nNordmann", "profiles.name.control"),
        ("Ola\u2028Nordmann", "profiles.name.control"),
    ],
)
def test_names_that_cannot_be_shown_as_they_are_are_refused(
    service: ReflectionService, name: str, key: str
) -> None:
    with pytest.raises(ProfileNameRefused) as refused:
        service.profiles.create(name)
    assert refused.value.message.key == key
    for language in ("nb", "en"):
        assert refused.value.render(language)
    assert profile_folders(service.locations) in ([], [".lock"])


def test_the_same_name_in_another_case_or_composition_is_the_same_profile(
    service: ReflectionService,
) -> None:
    service.profiles.create("Åse")
    for same in ("åse", "ÅSE", unicodedata.normalize("NFD", "Åse"), " åse "):
        with pytest.raises(ProfileExists):
            service.profiles.create(same)
        assert service.profiles.find(same).name == "Åse"
    assert [p.name for p in service.profiles.named()] == ["Åse"]


def test_two_names_with_the_same_slug_are_told_apart(service: ReflectionService) -> None:
    first = service.profiles.create("Åse")
    second = service.profiles.create("Ase")
    third = service.profiles.create("ÅSE!")  # not the same name as «Åse»: it has a «!»
    assert (first.slug, second.slug, third.slug) == ("ase", "ase-2", "ase-3")
    assert service.profiles.find("Ase").slug == "ase-2"
    assert service.profiles.find("ase-3").name == "ÅSE!"  # a folder name finds it too
    for name, profile in (("Åse", first), ("Ase", second)):
        other = service.for_profile(name)
        assert other.locations.diary_dir == service.locations.profiles_dir / str(profile.slug)


@pytest.mark.slow
@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(max_size=100))
def test_a_name_is_either_refused_or_kept_in_a_folder_of_its_own(
    isolated_environment: Locations, name: str
) -> None:
    profiles = Profiles(isolated_environment)
    try:
        made = profiles.create(name)
    except (ProfileNameRefused, ProfileExists):
        return
    assert made.slug is not None and is_slug(made.slug) and len(made.slug) <= MAX_SLUG_LENGTH
    folder = isolated_environment.profiles_dir / made.slug
    assert folder.resolve().parent == isolated_environment.profiles_dir.resolve()
    assert made.name == unicodedata.normalize("NFC", name).strip()
    assert profiles.find(name).slug == made.slug
    profiles.delete(name, name)
    assert not folder.exists()


def test_slug_base_never_leaves_the_slug_alphabet() -> None:
    for name in ("ß", "Þórr", "Œuvre", "Łódź", "İstanbul", "-", "a--b", "ø" * 100):
        slug = slug_base(name)
        assert is_slug(slug), (name, slug)


# --- which profile a command uses -------------------------------------------------------------


def test_an_unknown_profile_is_said_and_never_created(
    capsys: pytest.CaptureFixture[str], isolated_environment: Locations
) -> None:
    code, out, err = run(capsys, "diary", "list", "--profile", "Nobody", "--lang", "en")
    assert code == 1 and out == ""
    assert "No profile called “Nobody”" in err and "profiles create" in err
    assert not isolated_environment.profiles_dir.exists()
    assert not isolated_environment.data_dir.exists()
    run(capsys, "profiles", "create", "Kari")
    code, _, err = run(capsys, "run", "hall-kvadranten", "--profile", "Karin", "--lang", "nb")
    assert code == 1 and "Profilene er: Kari" in err


def test_the_environment_names_the_profile_and_the_option_wins(
    capsys: pytest.CaptureFixture[str],
    service: ReflectionService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service.profiles.create("Kari")
    service.profiles.create("Ola")
    kari = complete(service.for_profile("Kari"))
    ola = complete(service.for_profile("Ola"))
    monkeypatch.setenv("MEDARBEIDER_PROFILE", "kari")
    out = run(capsys, "diary", "list")[1]
    assert kari.id in out and ola.id not in out
    out = run(capsys, "diary", "list", "--profile", "Ola")[1]
    assert ola.id in out and kari.id not in out
    out = run(capsys, "--profile", "", "diary", "list")[1]  # empty: the default profile
    assert kari.id not in out and ola.id not in out
    monkeypatch.setenv("MEDARBEIDER_PROFILE", "")
    assert kari.id not in run(capsys, "diary", "list")[1]


def test_where_shows_the_profiles_folders(
    capsys: pytest.CaptureFixture[str], service: ReflectionService
) -> None:
    service.profiles.create("Kari")
    out = run(capsys, "where", "--profile", "Kari", "--lang", "en")[1]
    profile = service.locations.profiles_dir / "kari"
    assert f"This profile's diary    {profile}" in out
    assert f"{profile / 'entries'}" in out


# --- the service says what there is -----------------------------------------------------------


def test_the_service_says_whether_profiles_exist_and_lists_them(
    service: ReflectionService,
) -> None:
    assert not service.profiles.exist()
    assert service.profiles.named() == []
    assert not service.locations.profiles_dir.exists()  # asking creates nothing
    complete(service)
    service.profiles.create("Ola")
    service.profiles.create("Kari")
    complete(service.for_profile("Kari"))
    assert service.profiles.exist()
    assert [(p.name, p.entries) for p in service.profiles.named()] == [("Kari", 1), ("Ola", 0)]
    default = service.profiles.default()
    assert default.is_default and default.entries == 1
    assert default.label.render("nb") == "standardprofilen"  # type: ignore[union-attr]
    assert service.profile() == default
    kari = service.for_profile("kari")
    assert kari.profile().name == "Kari" and kari.profile().entries == 1


# --- rename -----------------------------------------------------------------------------------


def test_rename_moves_the_whole_diary_in_one_rename(service: ReflectionService) -> None:
    service.profiles.create("Ola")
    ola = service.for_profile("Ola")
    entry = complete(ola)
    planned = complete(ola, "lederferdigheter", PLAN)
    ola.add_coach_note(entry.id, "Et notat.")
    actions_before = [a.action.what for a in ola.actions("nb")]
    before = sorted(
        p.relative_to(ola.locations.diary_dir) for p in ola.locations.diary_dir.rglob("*")
    )

    renamed = service.profiles.rename("ola", "Ola Nordmann")
    assert renamed.name == "Ola Nordmann" and renamed.slug == "ola-nordmann"
    assert profile_folders(service.locations) == [".lock", "ola-nordmann"]
    moved = service.for_profile("Ola Nordmann")
    after = sorted(
        p.relative_to(moved.locations.diary_dir) for p in moved.locations.diary_dir.rglob("*")
    )
    assert after == before
    assert {s.id for s in moved.summaries()} == {entry.id, planned.id}
    assert [n.text for n in moved.coach_notes(entry.id)] == ["Et notat."]
    assert [a.action.what for a in moved.actions("nb")] == actions_before
    with pytest.raises(NoSuchProfile):
        service.profiles.find("Ola")


def test_a_rename_that_keeps_the_slug_moves_nothing(service: ReflectionService) -> None:
    service.profiles.create("ola")
    entry = complete(service.for_profile("ola"))
    renamed = service.profiles.rename("OLA", "Ola")
    assert renamed.slug == "ola" and renamed.name == "Ola"
    assert [s.id for s in service.for_profile("Ola").summaries()] == [entry.id]


def test_a_rename_to_a_taken_or_refused_name_changes_nothing(service: ReflectionService) -> None:
    service.profiles.create("Kari")
    service.profiles.create("Ola")
    with pytest.raises(ProfileExists):
        service.profiles.rename("Ola", "KARI")
    with pytest.raises(ProfileNameRefused):
        service.profiles.rename("Ola", "\u202eOla")
    with pytest.raises(NoSuchProfile):
        service.profiles.rename("Per", "Pål")
    assert [p.name for p in service.profiles.named()] == ["Kari", "Ola"]
    assert profile_folders(service.locations) == [".lock", "kari", "ola"]


# --- delete -----------------------------------------------------------------------------------


def test_delete_needs_the_name_typed_again(service: ReflectionService) -> None:
    service.profiles.create("Kari")
    kari = service.for_profile("Kari")
    complete(kari)
    for wrong in ("", "ja", "y", "Kar", "Kari Nordmann"):
        with pytest.raises(NotConfirmed):
            service.profiles.delete("Kari", wrong)
        assert len(kari.summaries()) == 1
    service.profiles.delete("Kari", "kari")
    assert profile_folders(service.locations) == [".lock"]  # nothing hidden is left either
    with pytest.raises(NoSuchProfile):
        service.profiles.find("Kari")


def test_the_cli_delete_asks_for_the_name_and_yes_is_not_enough(
    capsys: pytest.CaptureFixture[str],
    service: ReflectionService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service.profiles.create("Kari")
    complete(service.for_profile("Kari"))
    code, _, err = run(capsys, "profiles", "delete", "Kari", "--yes", "--lang", "en")
    assert code == 2 and "--yes is not enough" in err and "--confirm “Kari”" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("Karo\n"))
    code, out, err = run(capsys, "profiles", "delete", "Kari", "--lang", "nb")
    assert code == 1 and "1 oppføring" in out and "Skriv navnet på profilen" in out
    assert "ingenting er slettet" in err
    assert service.profiles.exist()
    monkeypatch.setattr("sys.stdin", io.StringIO("KARI\n"))
    code, out, _ = run(capsys, "profiles", "delete", "Kari", "--lang", "nb")
    assert code == 0 and "Slettet profilen «Kari»" in out
    assert not service.profiles.exist()


def test_the_cli_delete_takes_the_name_with_confirm(
    capsys: pytest.CaptureFixture[str], service: ReflectionService
) -> None:
    service.profiles.create("Ola")
    assert run(capsys, "profiles", "delete", "Ola", "--confirm", "Per")[0] == 1
    assert run(capsys, "profiles", "delete", "Ola", "--confirm", "ola", "--yes")[0] == 0
    assert not service.profiles.exist()


# --- the CLI, and what is left or broken on disk ---------------------------------------------


def test_profiles_list_create_and_rename_through_the_cli(
    capsys: pytest.CaptureFixture[str], service: ReflectionService
) -> None:
    code, out, _ = run(capsys, "profiles", "list", "--lang", "en")
    assert code == 0 and "the default profile  (0 entries)" in out and "No named profiles" in out
    assert run(capsys, "profiles", "create", "Åse", "--lang", "en")[0] == 0
    code, _, err = run(capsys, "profiles", "create", "åse", "--lang", "en")
    assert code == 1 and "already a profile called “Åse”" in err
    code, out, _ = run(capsys, "profiles", "rename", "åse", "Åse B.", "--lang", "nb")
    assert code == 0 and "«Åse» heter nå «Åse B.»" in out
    code, out, _ = run(capsys, "profiles", "list", "--lang", "nb")
    assert out.splitlines() == ["standardprofilen  (0 oppføringer)", "Åse B.  (0 oppføringer)"]


def test_a_hostile_name_reaches_the_terminal_only_as_visible_text(
    capsys: pytest.CaptureFixture[str], service: ReflectionService
) -> None:
    code, _, err = run(capsys, "profiles", "create", "Ola\x1b[2J", "--lang", "en")
    assert code == 1 and "\x1b" not in err and "U+001B" in err
    code, _, err = run(capsys, "diary", "list", "--profile", "\x1b]52;c;x\x07", "--lang", "en")
    assert code == 1 and "\x1b" not in err and "\x07" not in err


def test_a_create_cut_short_is_cleared_and_a_damaged_profile_keeps_its_diary(
    service: ReflectionService,
) -> None:
    service.profiles.create("Kari")
    root = service.locations.profiles_dir
    (root / ".new-999999999-0123abcd").mkdir()  # a create whose process died
    (root / "kari" / "profile.json").write_text("{not json", encoding="utf-8")
    entry = complete(service.for_profile("kari"))  # the folder's name still finds it
    (root / "README.txt").write_text("not a profile", encoding="utf-8")
    [damaged] = service.profiles.named()
    assert damaged.damaged and damaged.name == "kari" and damaged.entries == 1
    keys = sorted(n.key for n in service.take_notices())
    assert keys == ["profiles.warning.damaged", "profiles.warning.stray"]
    repaired = service.profiles.rename("kari", "Kari")
    assert not repaired.damaged and repaired.name == "Kari"
    assert [s.id for s in service.for_profile("Kari").summaries()] == [entry.id]
    assert not (root / ".new-999999999-0123abcd").exists()


def test_a_profile_diary_is_private(service: ReflectionService) -> None:
    service.profiles.create("Kari")
    kari = service.for_profile("Kari")
    entry = complete(kari)
    kari.add_coach_note(entry.id, "Notat")
    loc = kari.locations
    for folder in (loc.profiles_dir, loc.diary_dir, loc.entries_dir, loc.coach_notes_dir):
        assert mode(folder) == 0o700, folder
    assert mode(loc.entries_dir / f"{entry.id}.json") == 0o600
    assert mode(loc.coach_notes_dir / f"{entry.id}.json") == 0o600
