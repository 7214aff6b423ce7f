"""What every command needs: language, folders, packs, diary and the three streams."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from functools import cached_property
from typing import TextIO

from medarbeider_tui.content.loader import Catalog, discover
from medarbeider_tui.diary import DiaryStore, StoreWarning
from medarbeider_tui.i18n import resolve_language, t
from medarbeider_tui.paths import Locations, builtin_content_dir, locations


@dataclass
class Context:
    args: argparse.Namespace
    language: str
    locations: Locations
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        return cls(args=args, language=resolve_language(args.lang), locations=locations())

    def out(self, text: str = "") -> None:
        print(text, file=self.stdout)

    def err(self, text: str) -> None:
        print(text, file=self.stderr)

    @cached_property
    def catalog(self) -> Catalog:
        """All usable packs; problems of skipped packs and overrides are told on stderr."""
        catalog = discover(
            builtin_content_dir(),
            self.locations.user_packs_dir,
            list(self.args.pack),
            cache_dir=self.locations.cache_dir,
        )
        for notice in catalog.notices:
            self.err(t("packs.note", self.language, notice=notice))
        for folder in catalog.skipped:
            self.err(t("packs.skipped", self.language, path=folder))
        return catalog

    @cached_property
    def store(self) -> DiaryStore:
        store = DiaryStore.open(self.locations)
        self.report(store.warnings)
        store.warnings.clear()
        return store

    def report(self, warnings: list[StoreWarning]) -> None:
        """Say calmly what the diary found (a quarantined file, loose permissions)."""
        for warning in warnings:
            key = f"warning.{warning.kind}"
            self.err(t(key, self.language, path=warning.path, detail=warning.detail))
