"""What the diary says about its files reads in the person's language (issue 9, item 4).

Every `StoreWarning` detail and every `EntryNotFound` is a key with values, rendered where it is
shown: a bokmål run never shows the store's English sentences, an English run never shows
bokmål. Each way a warning or a missing entry comes about is made to happen for real (a broken
file, a link, a folder, a loose file, two windows saving at once, a quarantine that cannot be
written), then rendered through the service's notices and through the CLI.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import string
from pathlib import Path

import pytest

from medarbeider_tui.cli import main
from medarbeider_tui.diary import DiaryStore, EntryNotFound, StoreWarning
from medarbeider_tui.i18n import Translatable
from medarbeider_tui.i18n.interface_text import INTERFACE_TEXT
from medarbeider_tui.paths import Locations
from medarbeider_tui.service import ReflectionService
from tests.diary.helpers import make_entry

BAD_ID = "20261127-120000-0badf0"
#: English the store used to write into every message, whatever the language.
ENGLISH = ("no such entry", "moved to", "left in place", "could not", "was saved", "unreadable")


def bad_file(locations: Locations, content: bytes = b"{") -> Path:
    path = locations.entries_dir / f"{BAD_ID}.json"
    path.write_bytes(content)
    return path


def assert_both_languages(text: Translatable) -> None:
    nb, en = text.render("nb"), text.render("en")
    assert nb != en and "{" not in nb + en
    assert not [word for word in ENGLISH if word in nb], nb


def warnings_of(store: DiaryStore) -> list[StoreWarning]:
    found = list(store.warnings)
    assert found, "the case must produce a warning"
    for warning in found:
        assert isinstance(warning.detail, Translatable)
        assert_both_languages(warning.detail)
    return found


@pytest.fixture
def store(locations: Locations) -> DiaryStore:
    return DiaryStore.open(locations)


def test_a_quarantined_file(store: DiaryStore, locations: Locations) -> None:
    bad_file(locations)
    assert store.entries() == []
    [warning] = warnings_of(store)
    assert warning.kind == "quarantined"
    assert "ikke en gyldig dagbokoppføring" in warning.detail.render("nb")


@pytest.mark.parametrize("what", ["link", "folder"])
def test_something_that_is_not_a_file(store: DiaryStore, locations: Locations, what: str) -> None:
    path = locations.entries_dir / f"{BAD_ID}.json"
    if what == "link":
        path.symlink_to("/etc/passwd")
    else:
        path.mkdir()
    assert store.entries() == []
    [warning] = warnings_of(store)
    shown = {"link": "en symbolsk lenke", "folder": "en mappe"}[what]
    assert warning.detail.render("nb").startswith(shown)
    with pytest.raises(EntryNotFound) as missing:
        store.load(BAD_ID)
    assert_both_languages(missing.value.message)
    if what == "folder":
        with pytest.raises(EntryNotFound) as refused:
            store.delete(BAD_ID)
        assert "ikke en vanlig fil" in refused.value.render("nb")


def test_a_loose_file_made_private(store: DiaryStore, locations: Locations) -> None:
    saved = store.save(make_entry())
    os.chmod(locations.entries_dir / f"{saved.id}.json", 0o644)
    reader = DiaryStore(locations)
    reader.load(saved.id)
    [warning] = warnings_of(reader)
    assert warning.kind == "permissions" and "0600" in warning.detail.render("nb")


def test_a_conflict_between_two_windows(store: DiaryStore, locations: Locations) -> None:
    first = store.save(make_entry())
    other = DiaryStore(locations)
    other.save(dataclasses.replace(first, answers={"sb1": 1}))
    store.save(dataclasses.replace(first, answers={"sb1": 5}))
    [warning] = warnings_of(store)
    assert warning.kind == "conflict"
    assert "ble lagret et annet sted i mellomtiden" in warning.detail.render("nb")


def test_a_file_that_cannot_be_read_or_moved(
    store: DiaryStore, locations: Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad_file(locations)
    real_rename = os.rename

    def refuse(src: object, dst: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "rename", refuse)
    assert store.entries() == []
    [warning] = warnings_of(store)
    assert warning.kind == "unreadable" and "EROFS" in warning.detail.render("nb")
    monkeypatch.setattr(os, "rename", real_rename)

    real_open = os.open

    def broken_disk(path: object, flags: int, *args: object) -> int:
        if str(path).endswith(f"{BAD_ID}.json"):
            raise OSError(errno.EIO, "Input/output error")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", broken_disk)
    reader = DiaryStore(locations)
    assert reader.entries() == []
    [warning] = warnings_of(reader)
    assert "systemfeil EIO" in warning.detail.render("nb")


@pytest.mark.parametrize(
    ("entry_id", "nb", "en"),
    [
        ("20261127-120000-abcdef", "Fant ingen oppføring", "No entry with id"),
        ("../../etc/passwd", "er ikke en gyldig id", "is not a valid diary entry id"),
        (BAD_ID, "kan ikke leses: uleselig", "cannot be read: unreadable"),
    ],
    ids=["missing", "not an id", "unreadable"],
)
def test_diary_show_says_why_in_the_persons_language(
    capsys: pytest.CaptureFixture[str],
    locations: Locations,
    entry_id: str,
    nb: str,
    en: str,
) -> None:
    for language, expected in (("nb", nb), ("en", en)):
        DiaryStore.open(locations)
        bad_file(locations)
        assert main(["diary", "show", entry_id, "--lang", language]) == 1
        out, err = capsys.readouterr()
        assert out == "" and expected in err, err
        assert "Traceback" not in err
        if language == "nb":
            assert not [word for word in ENGLISH if word in err], err


def test_the_notices_render_in_the_persons_language(locations: Locations) -> None:
    """The service renders every warning it drains: nb for a bokmål run, en for English."""
    service = ReflectionService(locations)
    service.store.save(make_entry())
    bad_file(locations)
    (locations.entries_dir / "20261127-120000-11ee11.json").symlink_to("/etc/passwd")
    service.summaries()
    notices = service.take_notices()
    assert {notice.key for notice in notices} == {"warning.quarantined", "warning.unreadable"}
    for notice in notices:
        assert_both_languages(notice)
    assert service.take_notices() == []  # each said once


def test_the_new_texts_are_whole_in_both_languages() -> None:
    """Every text of this block: nb and en, the same values filled in, no stray braces."""
    keys = [
        key
        for key in INTERFACE_TEXT
        if key.startswith(("store.", "cli.output.", "cli.os_error", "cli.stream.", "diary.not_"))
    ]
    assert len(keys) > 20
    for key in keys:
        texts = INTERFACE_TEXT[key]
        assert set(texts) == {"nb", "en"}, key
        fields = [
            {name for _, name, _, _ in string.Formatter().parse(str(text)) if name}
            for text in texts.values()
        ]
        assert fields[0] == fields[1], key
