"""The packs' listing (issue 17): from the cache alone, the same as the loaded catalogue's.

`packs list`, `diary list` and the home screen's first frame list the packs from
`content.listing`, kept in the pack cache beside the pack, so that they never import the
content model; a listing that differed from the catalogue would show a person other packs
than the ones they then open.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from medarbeider_tui.content.listing import CatalogListing, PackListing, discover_listing
from medarbeider_tui.content.loader import discover, pack_sources
from medarbeider_tui.paths import Locations, builtin_content_dir
from medarbeider_tui.service import ReflectionService
from tests.conftest import TEST_PACK


def as_rows(listing: CatalogListing) -> list[tuple[object, ...]]:
    return [
        (
            pack.id,
            pack.version,
            dict(pack.title),
            pack.folder,
            pack.origin,
            [
                (e.id, dict(e.title), dict(e.description), e.minutes, e.has_cards)
                for e in pack.exercises
            ],
        )
        for pack in listing.packs
    ]


def sources(tmp_path: Path, *extra: Path) -> list[tuple[Path, str]]:
    return pack_sources(builtin_content_dir(), tmp_path / "user-packs", list(extra))  # type: ignore[return-value]


def test_the_cached_listing_is_the_catalogues(tmp_path: Path) -> None:
    extra = tmp_path / "proeve"
    shutil.copytree(TEST_PACK, extra)
    cache_dir = tmp_path / "cache"
    assert discover_listing(sources(tmp_path, extra), cache_dir) is None  # nothing cached yet
    catalog = discover(builtin_content_dir(), tmp_path / "user-packs", [extra], cache_dir)
    listing = discover_listing(sources(tmp_path, extra), cache_dir)
    assert listing is not None
    assert as_rows(listing) == as_rows(CatalogListing.of(catalog))
    assert [p.origin for p in listing.packs] == ["builtin", "path"]
    assert any(e.has_cards for p in listing.packs for e in p.exercises)


def test_a_pack_changed_since_it_was_cached_is_not_listed_from_the_cache(tmp_path: Path) -> None:
    extra = tmp_path / "proeve"
    shutil.copytree(TEST_PACK, extra)
    cache_dir = tmp_path / "cache"
    discover(builtin_content_dir(), tmp_path / "user-packs", [extra], cache_dir)
    hall = extra / "hall.yaml"
    time.sleep(0.01)
    hall.write_text(hall.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert discover_listing(sources(tmp_path, extra), cache_dir) is None


def test_an_override_is_told_once_whether_listed_or_loaded(tmp_path: Path) -> None:
    """A second pack of the same id: the listing says so as the catalogue does, and the
    service tells it once although it finds the packs twice (listed, then loaded)."""
    first, second = tmp_path / "one", tmp_path / "two"
    shutil.copytree(TEST_PACK, first)
    shutil.copytree(TEST_PACK, second)
    locations = Locations(tmp_path / "data", tmp_path / "config")
    ReflectionService(locations, [first, second]).catalog  # noqa: B018  # fills the cache
    service = ReflectionService(locations, [first, second])
    listed = service.packs_listing
    assert "catalog" not in service.__dict__  # answered by the cache
    assert [p.folder for p in listed.packs if p.id == "proeve"] == [second]
    told = service.take_notices()
    assert [n.values["notice"].key for n in told] == ["packs.notice.overrides"]
    service.catalog  # noqa: B018  # loaded now: the same override, not told again
    assert service.take_notices() == []
    assert as_rows(service.packs_listing) == as_rows(CatalogListing.of(service.catalog))


def test_a_listing_unpickles_without_its_folder(tmp_path: Path) -> None:
    """The folder and origin are where the pack is found this time, not where it was cached."""
    import pickle

    catalog = discover(builtin_content_dir(), tmp_path / "none")
    pack = PackListing.of(catalog.packs[0])
    again = pickle.loads(pickle.dumps(pack))
    assert again.folder is None and again.id == pack.id
    assert again.placed(tmp_path, "user").folder == tmp_path
