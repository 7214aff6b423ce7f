"""Footer texts that follow the language: binding descriptions are message keys.

Textual's ``Binding.description`` is fixed when a class is defined, but the language can
change at any moment. Screens and widgets with ``LocalizedBindings`` declare message keys as
descriptions (``"key.next"``) and swap in the text of the current language on mount and
whenever the language changes.
"""

from __future__ import annotations

from dataclasses import replace

from textual.dom import DOMNode

from medarbeider_tui.i18n import t
from medarbeider_tui.messages import MESSAGES


def localize_bindings(node: DOMNode, language: str) -> None:
    """Rewrite ``node``'s binding descriptions (given as message keys) in ``language``."""
    originals: dict[tuple[str, str], str] | None = getattr(node, "_binding_message_keys", None)
    if originals is None:
        originals = {
            (b.key, b.action): b.description
            for bindings in node._bindings.key_to_bindings.values()
            for b in bindings
        }
        node._binding_message_keys = originals  # type: ignore[attr-defined]
    for key, bindings in node._bindings.key_to_bindings.items():
        node._bindings.key_to_bindings[key] = [
            replace(b, description=t(originals[(b.key, b.action)], language))
            if originals.get((b.key, b.action)) in MESSAGES
            else b
            for b in bindings
        ]
    node.refresh_bindings()


def localize_tree(root: DOMNode, language: str) -> None:
    """``localize_bindings`` for ``root`` and everything inside it (after a mount)."""
    for node in root.walk_children(with_self=True):
        localize_bindings(node, language)
