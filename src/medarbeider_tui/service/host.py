"""What the over-time operations (history pages, trends, actions) use of `ReflectionService`.

They are mixed into the service from their own modules; this base declares, for the type
checker, the parts of the service they build on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import threading

    from medarbeider_tui.content import model as m
    from medarbeider_tui.content.loader import Catalog
    from medarbeider_tui.diary import DiaryStore, Entry, EntrySummary
    from medarbeider_tui.diary.columns import Listing
    from medarbeider_tui.i18n import Translatable
    from medarbeider_tui.paths import Locations


class ServiceHost:
    """The service as the mixins see it."""

    if TYPE_CHECKING:
        locations: Locations
        _notices: list[Translatable]
        _notices_lock: threading.Lock

        @property
        def store(self) -> DiaryStore: ...

        @property
        def catalog(self) -> Catalog: ...

        def summaries(self) -> list[EntrySummary]: ...

        def listing(self) -> Listing: ...

        def load(self, entry_id: str) -> Entry: ...

        def exercise_of(
            self, pack_id: str, exercise_id: str
        ) -> tuple[m.Pack, m.Exercise] | None: ...

        def title_of(self, pack_id: str, exercise_id: str, language: str) -> str: ...
