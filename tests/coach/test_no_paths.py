"""Item 5: nothing the service tells a screen needs a path. Notices (and errors) render without
any path when asked, however deep the path sits; a presentation view shows none."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from medarbeider_tui.fsio import StorageError
from medarbeider_tui.i18n import Shortened, Translatable
from medarbeider_tui.paths import Locations
from medarbeider_tui.service import ReflectionService
from medarbeider_tui.service.notices import without_paths

from .conftest import complete


def noisy_diary(loc: Locations, tmp_path: Path) -> ReflectionService:
    """A data folder where the diary, the packs and the profiles all have something to say."""
    service = ReflectionService(loc, [tmp_path / "not-a-pack"])
    complete(service)
    (loc.entries_dir / "20261127-123808-3f9a1c.json").write_text("{broken", encoding="utf-8")
    os.chmod(loc.entries_dir, 0o755)
    broken = loc.user_packs_dir / "broken"
    broken.mkdir(parents=True)
    (broken / "pack.yaml").write_text("id: broken\n", encoding="utf-8")
    service.profiles.create("Kari")
    (loc.profiles_dir / "kari" / "profile.json").unlink()
    (loc.profiles_dir / "stray.txt").write_text("x", encoding="utf-8")
    fresh = ReflectionService(loc, [tmp_path / "not-a-pack"])
    fresh.summaries()
    assert fresh.catalog.packs  # the broken pack is skipped, with a notice
    fresh.profiles.named()
    return fresh


def rendered(notices: list[Translatable]) -> list[str]:
    return [n.render(language) for n in notices for language in ("nb", "en")]


def test_notices_without_paths_name_no_folder(
    isolated_environment: Locations, tmp_path: Path
) -> None:
    service = noisy_diary(isolated_environment, tmp_path)
    notices = service.take_notices()
    kinds = {n.key for n in notices}
    assert {
        "warning.quarantined",
        "warning.permissions",
        "packs.skipped",
        "profiles.warning.damaged",
        "profiles.warning.stray",
    } <= kinds, kinds
    assert any(str(tmp_path) in text for text in rendered(notices))  # the test can fail
    hidden = [without_paths(n) for n in notices]
    for text in rendered(hidden):
        assert str(tmp_path) not in text and os.sep + "data" not in text, text
        assert os.path.expanduser("~") not in text
    assert any("(sti skjult)" in n.render("nb") for n in hidden)
    assert any("(path hidden)" in n.render("en") for n in hidden)


def test_take_notices_hides_paths_when_asked(
    isolated_environment: Locations, tmp_path: Path
) -> None:
    service = noisy_diary(isolated_environment, tmp_path)
    for text in rendered(service.take_notices(paths=False)):
        assert str(tmp_path) not in text, text
    assert service.take_notices(paths=False) == []  # each told once, either way


@pytest.mark.parametrize(
    "value",
    [
        Path("/home/kari/.local/share/medarbeider"),
        "/home/kari/x.json",
        "~/x",
        "./x",
        Shortened(Path("/home/kari/a")),
        Translatable("warning.unreadable", path=Path("/home/kari/a"), detail="d"),
        StorageError("denied", Path("/home/kari/a")),
    ],
    ids=["path", "absolute", "home", "relative", "shortened", "nested", "error"],
)
def test_a_path_is_hidden_however_deep(value: object) -> None:
    message = Translatable("packs.note", notice=value)
    assert "kari" in message.render("en") or value in ("~/x", "./x")
    for language in ("nb", "en"):
        hidden = without_paths(message).render(language)
        assert "kari" not in hidden and "~/x" not in hidden and "./x" not in hidden, hidden


def test_names_that_are_not_paths_stay(isolated_environment: Locations) -> None:
    message = Translatable(
        "run.unknown_exercise", name="aktivt-medarbeiderskap/hall", available="a"
    )
    assert without_paths(message) == message
    error = StorageError("denied", Path("/home/kari/a"))
    assert "kari" not in without_paths(error.message).render("nb")
