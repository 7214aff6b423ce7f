"""What pack validation says: each problem and its fix, in bokmål and English."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str | dict[str, str]]] = {}
