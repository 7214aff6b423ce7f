"""Finding packs: built-in, the person's own and --pack paths, overrides, and the fingerprint."""

from __future__ import annotations

import shutil
from pathlib import Path

from medarbeider_tui.content.loader import discover, load_pack
from medarbeider_tui.i18n import Translatable as T
from tests.content.minipack import BASE, PACK, replaced, write_pack

# --- discover and the catalogue ---------------------------------------------------------


def other_pack(pack_id: str, title: str) -> str:
    return replaced(replaced(PACK, "id: mini", f"id: {pack_id}"), "title: Mini", f"title: {title}")


def test_a_user_pack_overrides_a_builtin_of_the_same_id(tmp_path: Path) -> None:
    builtin = write_pack(tmp_path / "builtin" / "mini", pack=other_pack("mini", "Innebygd"))
    user = write_pack(tmp_path / "user" / "min-kopi", pack=other_pack("mini", "Min egen"))
    write_pack(tmp_path / "builtin" / "annen", pack=other_pack("annen", "Annen"))

    catalog = discover(tmp_path / "builtin", tmp_path / "user")

    [notice] = catalog.notices
    assert notice == T("packs.notice.overrides", folder=user, id="mini", previous=builtin)
    assert str(notice) == f"{user} overrides the pack 'mini' from {builtin}"
    assert notice.render("nb") == f"{user} erstatter pakken 'mini' fra {builtin}"
    assert catalog.skipped == []
    assert sorted(p.id for p in catalog.packs) == ["annen", "mini"]
    mini = catalog.pack("mini")
    assert mini is not None
    assert (mini.title.render("nb"), mini.origin, mini.folder) == ("Min egen", "user", user)
    assert catalog.pack("annen").origin == "builtin"  # type: ignore[union-attr]


def test_an_extra_path_overrides_the_user_pack(tmp_path: Path) -> None:
    write_pack(tmp_path / "user" / "mini")
    extra = write_pack(tmp_path / "elsewhere", pack=other_pack("mini", "Fra sti"))
    catalog = discover(tmp_path / "builtin-missing", tmp_path / "user", [extra])
    assert len(catalog.notices) == 1
    assert [(p.title.render("nb"), p.origin) for p in catalog.packs] == [("Fra sti", "path")]


def test_a_broken_pack_is_skipped_and_the_others_load(tmp_path: Path) -> None:
    write_pack(tmp_path / "builtin" / "mini")
    broken = write_pack(
        tmp_path / "user" / "odelagt",
        replaced(BASE, "kind: result", "kind: resutl"),
        pack=other_pack("odelagt", "Ødelagt"),
    )
    write_pack(tmp_path / "user" / "fin", pack=other_pack("fin", "Fin"))

    catalog = discover(tmp_path / "builtin", tmp_path / "user")

    assert catalog.skipped == [broken]
    assert sorted(p.id for p in catalog.packs) == ["fin", "mini"]
    assert [str(p) for p in catalog.problems] == [
        f"{broken / 'ex.yaml'}:14:11: unknown kind 'resutl' — did you mean 'result'?"
    ]
    assert catalog.notices == []


def test_folders_without_pack_yaml_are_not_packs(tmp_path: Path) -> None:
    write_pack(tmp_path / "user" / "mini")
    (tmp_path / "user" / "notes").mkdir()
    (tmp_path / "user" / "README.txt").write_text("hei")
    catalog = discover(tmp_path / "none", tmp_path / "user")
    assert [p.id for p in catalog.packs] == ["mini"]
    assert catalog.skipped == []
    assert catalog.problems == []


def test_find_exercise_by_name_and_by_pack_and_name(tmp_path: Path) -> None:
    write_pack(tmp_path / "user" / "mini")
    write_pack(tmp_path / "user" / "maxi", pack=other_pack("maxi", "Maxi"))
    catalog = discover(tmp_path / "none", tmp_path / "user")

    ambiguous = catalog.find_exercise("ex")
    assert sorted(pack.id for pack, _ in ambiguous) == ["maxi", "mini"]
    assert all(exercise.id == "ex" for _, exercise in ambiguous)

    [(pack, exercise)] = catalog.find_exercise("maxi/ex")
    assert (pack.id, exercise.id) == ("maxi", "ex")

    assert catalog.find_exercise("nope") == []
    assert catalog.find_exercise("nope/ex") == []
    assert catalog.find_exercise("mini/nope") == []
    assert catalog.pack("nope") is None


# --- the pack's fingerprint -------------------------------------------------------------


def test_the_sha256_names_the_content(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "mini")
    first = load_pack(folder).pack
    assert first is not None
    assert len(first.sha256) == 64
    assert int(first.sha256, 16) >= 0

    again = load_pack(folder).pack
    assert again is not None
    assert again.sha256 == first.sha256, "the same files give the same digest"

    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    moved = load_pack(copy).pack
    assert moved is not None
    assert moved.sha256 == first.sha256, "the digest does not depend on where the pack lies"

    (folder / "NOTES.txt").write_text("not part of the pack")
    unrelated = load_pack(folder).pack
    assert unrelated is not None
    assert unrelated.sha256 == first.sha256, "files the pack does not list are not hashed"

    with (folder / "ex.yaml").open("a", encoding="utf-8") as f:
        f.write("# a comment changes the bytes\n")
    changed = load_pack(folder).pack
    assert changed is not None
    assert changed.sha256 != first.sha256

    (folder / "pack.yaml").write_text(PACK.replace("Mini", "Mini 2"), encoding="utf-8")
    changed_pack = load_pack(folder).pack
    assert changed_pack is not None
    assert changed_pack.sha256 not in {first.sha256, changed.sha256}
