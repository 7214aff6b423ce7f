"""Footer texts that follow the language: binding descriptions are message keys.

Textual's ``Binding.description`` is fixed when a class is defined, but the language can
change at any moment. Screens and widgets declare message keys as descriptions
(``"key.next"``) and, through ``LocalizedBindings``, are translated as they are created:
before they are mounted, so the footer is built once, in the right language. Only a language
switch re-translates live nodes, with one footer redraw per screen: each redraw rebuilds every
footer key, and doing that per widget is what once made start-up slow.

Textual has no public way to change a live node's binding texts, so one private thing is used,
here only: each node's own copy of its bindings (``DOMNode._bindings``, a ``BindingsMap``).
``tests/ui/test_textual_contract.py`` fails loudly if a Textual upgrade changes it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

from medarbeider_tui.i18n import DEFAULT_LANGUAGE, has_text, t


def language_of(node: DOMNode) -> str:
    """The language of the app ``node`` belongs to (bokmål outside an app, e.g. in a test)."""
    try:
        app = node.app
    except RuntimeError:  # Textual's NoActiveAppError: not inside a running app
        return DEFAULT_LANGUAGE
    language = getattr(app, "language", None)
    return language if isinstance(language, str) else DEFAULT_LANGUAGE


class LocalizedBindings:
    """Mixin (list it first): this node's footer texts are message keys, shown translated."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        assert isinstance(self, DOMNode)
        _translate(self, language_of(self))


@cache
def message_keys(cls: type[DOMNode]) -> dict[tuple[str, str], str]:
    """(key, action) -> message key, for the bindings ``cls`` and its bases declare.

    Read from the public ``BINDINGS`` lists, nearest class first, so the original key of a
    description is known however often it has been translated since.
    """
    found: dict[tuple[str, str], str] = {}
    for klass in cls.__mro__:
        declared = klass.__dict__.get("BINDINGS", [])
        for binding in Binding.make_bindings(declared):
            if has_text(binding.description):
                found.setdefault((binding.key, binding.action), binding.description)
    return found


def node_bindings(node: DOMNode) -> BindingsMap:
    """The node's own bindings (private in Textual; the one place this module reaches in)."""
    bindings: BindingsMap = node._bindings
    return bindings


def _translate(node: DOMNode, language: str) -> bool:
    """Rewrite ``node``'s message-key descriptions in ``language``; True if any changed."""
    originals = message_keys(type(node))
    if not originals:
        return False
    changed = False
    by_key = node_bindings(node).key_to_bindings
    for key, bindings in by_key.items():
        translated = []
        for binding in bindings:
            message_key = originals.get((binding.key, binding.action))
            text = t(message_key, language) if message_key else binding.description
            if text != binding.description:
                binding = replace(binding, description=text)
                changed = True
            translated.append(binding)
        by_key[key] = translated
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
