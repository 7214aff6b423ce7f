"""Footer texts that follow the language: binding descriptions are message keys.

Textual's ``Binding.description`` is fixed when a class is defined, but the language can
change at any moment. Screens and widgets declare message keys as descriptions
(``"key.next"``) and, through ``LocalizedBindings``, are translated as they are created:
before they are mounted, so the footer is built once, in the right language. Only a language
switch re-translates live nodes, with one footer redraw per screen: each redraw rebuilds every
footer key, and doing that per widget is what once made start-up slow.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from textual.dom import DOMNode

from medarbeider_tui.i18n import DEFAULT_LANGUAGE, has_text, t


def current_language() -> str:
    """The running app's language (bokmål outside an app, e.g. in a unit test)."""
    from textual._context import active_app

    app = active_app.get(None)
    language = getattr(app, "language", None)
    return language if isinstance(language, str) else DEFAULT_LANGUAGE


class LocalizedBindings:
    """Mixin (list it first): this node's footer texts are message keys, shown translated."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        assert isinstance(self, DOMNode)
        _translate(self, current_language())


def _translate(node: DOMNode, language: str) -> bool:
    """Rewrite ``node``'s message-key descriptions in ``language``; True if any changed."""
    originals: dict[tuple[str, str], str] | None = getattr(node, "_binding_message_keys", None)
    if originals is None:
        originals = {
            (b.key, b.action): b.description
            for bindings in node._bindings.key_to_bindings.values()
            for b in bindings
            if has_text(b.description)
        }
        node._binding_message_keys = originals  # type: ignore[attr-defined]
    if not originals:
        return False
    changed = False
    for key, bindings in node._bindings.key_to_bindings.items():
        translated = []
        for binding in bindings:
            message_key = originals.get((binding.key, binding.action))
            text = t(message_key, language) if message_key else binding.description
            if text != binding.description:
                binding = replace(binding, description=text)
                changed = True
            translated.append(binding)
        node._bindings.key_to_bindings[key] = translated
    return changed


def localize_bindings(node: DOMNode, language: str) -> None:
    """Translate one node's footer texts (and redraw the footer if anything changed)."""
    if _translate(node, language):
        node.refresh_bindings()


def localize_tree(root: DOMNode, language: str) -> None:
    """Translate ``root`` and everything inside it, with a single footer redraw at the end."""
    changed = False
    for node in root.walk_children(with_self=True):
        changed = _translate(node, language) or changed
    if changed:
        root.refresh_bindings()
