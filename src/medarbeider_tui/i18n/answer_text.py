"""What answer checks say when an answer does not fit its question (nb and en)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str | dict[str, str]]] = {}
