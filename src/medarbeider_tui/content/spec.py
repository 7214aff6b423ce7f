"""Tiny schema combinators: one declaration gives both the validator and the JSON Schema.

A pack's shape is declared once (``packspec.py``) with these building blocks. ``check`` walks a
YAML node tree, collects located problems and builds plain Python values or model objects;
``json_schema`` describes the same shape for editors' YAML plugins. Keeping both in one object
means the schema printed by ``medarbeider packs schema`` can never drift from what is enforced.
Every message is a `Translatable` (``problem.*`` / ``hint.*``); a field's ``description`` is
one too, so "add 'title:' (…)" reads in the author's language while the schema shows English.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from medarbeider_tui.content.errors import PackProblem
from medarbeider_tui.content.text import Text
from medarbeider_tui.content.yamlsafe import problem_at
from medarbeider_tui.i18n import Translatable
from medarbeider_tui.safe_text import is_safe

JSON = dict[str, Any]


class Invalid:
    """Marker for a value that failed validation (its problem is already recorded)."""

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = Invalid()

_NULLS = {"", "~", "null", "Null", "NULL"}
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}


T = Translatable


@dataclass
class Context:
    """What a check needs besides the node: where we are, and what was found so far.

    ``languages_known`` is False when the pack's ``languages`` could not be read: texts are
    then not checked against them, so one misspelt key gives one error, not one per text.
    """

    path: Path
    languages: tuple[str, ...] = ("nb",)
    problems: list[PackProblem] = field(default_factory=list)
    languages_known: bool = True

    def error(self, node: yaml.Node | None, message: T, hint: T | None = None) -> Any:
        self.problems.append(problem_at(self.path, node, message, hint))
        return INVALID

    def warn(self, node: yaml.Node | None, message: T, hint: T | None = None) -> None:
        self.problems.append(problem_at(self.path, node, message, hint, "warning"))


def suggest(wrong: str, known: list[str], otherwise: T) -> T:
    """«did you mean 'optional'?» for a near miss, else what is allowed."""
    close = difflib.get_close_matches(wrong, known, n=1)
    return T("hint.did_you_mean", suggestion=close[0]) if close else otherwise


def near_miss(wrong: str, known: list[str]) -> str | None:
    """The known name ``wrong`` is probably a misspelling of, if any."""
    close = difflib.get_close_matches(wrong, known, n=1)
    return close[0] if close else None


def _found(node: yaml.Node) -> T:
    """What was written instead: «a mapping», «a list», «nothing» or the value itself."""
    if isinstance(node, yaml.MappingNode):
        return T("problem.found.mapping")
    if isinstance(node, yaml.SequenceNode):
        return T("problem.found.list")
    return (
        T("problem.found.nothing") if _is_null(node) else T("problem.found.value", value=node.value)
    )


def names(values: list[str] | tuple[str, ...]) -> str:
    """Field names, kinds or ids listed for a hint: YAML words, the same in every language."""
    return ", ".join(values)


def is_plain(node: yaml.Node) -> bool:
    """Unquoted scalar (libyaml reports the plain style as '', pure-Python PyYAML as None)."""
    return isinstance(node, yaml.ScalarNode) and not node.style


def _is_null(node: yaml.Node) -> bool:
    return is_plain(node) and node.value in _NULLS


def anchored(pattern: str) -> str:
    """A JSON Schema ``pattern`` (a search) that must match the whole value, like fullmatch."""
    return f"^(?:{pattern})$"


def keyed_object(key_schema: JSON | None, value_schema: JSON) -> JSON:
    """An object whose keys match ``key_schema``'s pattern, each holding ``value_schema``.

    Written as ``patternProperties`` with no other property allowed, not as ``propertyNames``:
    yaml-language-server checks ``propertyNames`` only on keys YAML reads as strings, so a
    scale label ``-1:`` or ``1.5:`` (a number key) passed it unseen.
    """
    if key_schema is None:
        return {"type": "object", "additionalProperties": value_schema}
    return {
        "type": "object",
        "patternProperties": {key_schema["pattern"]: value_schema},
        "additionalProperties": False,
    }


class Spec:
    """A node validator that can also describe itself as JSON Schema."""

    description: T | None = None

    def check(self, node: yaml.Node, ctx: Context) -> Any:
        raise NotImplementedError

    def json_schema(self) -> JSON:
        raise NotImplementedError

    def key_schema(self) -> JSON | None:
        """What a mapping key checked by this spec looks like, for ``propertyNames``."""
        return None

    def _described(self, schema: JSON) -> JSON:
        if self.description is not None:
            schema["description"] = str(self.description)
        return schema


def control_problem(value: str) -> T | None:
    """What is wrong with a text that holds a control character, or None if it holds none.

    Pack text reaches people's terminals: a control character (C0 but tab and newline, DEL,
    C1), a direction override or isolate, an invisible line break or a lone surrogate is
    refused, by the same rule the front ends use to show text safely (``safe_text``). In YAML
    such characters are usually written as escapes in double quotes (``"\\e"``, ``"\\u202e"``).
    """
    if is_safe(value):
        return None
    position, char = next((n, c) for n, c in enumerate(value, 1) if not is_safe(c))
    return T("problem.control_character", char=f"U+{ord(char):04X}", position=position)


@dataclass
class Str(Spec):
    """Plain text, kept as written even where YAML would guess a bool, number or date; never
    a control character (see `control_problem`)."""

    description: T | None = None
    pattern: str | None = None
    pattern_hint: T | None = None
    max_length: int = 20_000

    def check(self, node: yaml.Node, ctx: Context) -> Any:
        if not isinstance(node, yaml.ScalarNode) or _is_null(node):
            return ctx.error(
                node, T("problem.expected_text", found=_found(node)), T("hint.write_text")
            )
        value: str = node.value
        control = control_problem(value)
        if control is not None:
            return ctx.error(node, control, T("hint.control_character"))
        if not value.strip():
            return ctx.error(node, T("problem.text_empty"), T("hint.write_or_remove"))
        if len(value) > self.max_length:
            return ctx.error(
                node,
                T("problem.text_too_long", length=len(value), limit=self.max_length),
                T("hint.shorten"),
            )
        if self.pattern and not re.fullmatch(self.pattern, value):
            return ctx.error(node, T("problem.not_allowed", value=value), self.pattern_hint)
        return value

    def json_schema(self) -> JSON:
        schema: JSON = {"type": "string", "minLength": 1}
        if self.pattern:
            schema["pattern"] = anchored(self.pattern)
        return self._described(schema)

    def key_schema(self) -> JSON | None:
        return {"pattern": anchored(self.pattern)} if self.pattern else None


@dataclass
class Scalar(Spec):
    """One value to compare with: an id, a word or a number, kept as the text written (the
    semantic checks read it as what its source holds)."""

    description: T | None = None

    def check(self, node: yaml.Node, ctx: Context) -> Any:
        return Str(max_length=200).check(node, ctx)

    def json_schema(self) -> JSON:
        return self._described({"type": ["string", "number"], "minLength": 1})


IDENT_PATTERN = r"[a-z0-9][a-z0-9_-]{0,63}"


def Ident(description: T | None = None) -> Str:
    """A stable identifier: lower-case letters, digits, '-' and '_'."""
    return Str(description=description, pattern=IDENT_PATTERN, pattern_hint=T("hint.ident"))


@dataclass
class Number(Spec):
    """An int or float within bounds; ``integer`` refuses fractions."""

    description: T | None = None
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False

    def check(self, node: yaml.Node, ctx: Context) -> Any:
        expected = "problem.expected_whole_number" if self.integer else "problem.expected_number"
        write = T("hint.write_whole_number" if self.integer else "hint.write_number")
        if not is_plain(node):
            quoted = isinstance(node, yaml.ScalarNode) and not _is_null(node)
            return ctx.error(
                node, T(expected, found=_found(node)), T("hint.no_quotes") if quoted else write
            )
        raw = node.value.replace("_", "")
        try:
            value: float = int(raw) if self.integer else float(raw)
        except ValueError:
            hint = T("hint.decimal_point") if "," in raw else write
            return ctx.error(node, T(expected, found=_found(node)), hint)
        if not math.isfinite(value):
            return ctx.error(node, T("problem.not_finite", value=node.value))
        if self.minimum is not None and value < self.minimum:
            return ctx.error(
                node,
                T("problem.below_minimum", value=node.value, minimum=f"{self.minimum:g}"),
                T("hint.at_least", minimum=f"{self.minimum:g}"),
            )
        if self.maximum is not None and value > self.maximum:
            return ctx.error(
                node,
                T("problem.above_maximum", value=node.value, maximum=f"{self.maximum:g}"),
                T("hint.at_most", maximum=f"{self.maximum:g}"),
            )
        return value

    def json_schema(self) -> JSON:
        schema: JSON = {"type": "integer" if self.integer else "number"}
        if self.minimum is not None:
            schema["minimum"] = self.minimum
        if self.maximum is not None:
            schema["maximum"] = self.maximum
        return self._described(schema)

    def key_schema(self) -> JSON | None:
        # Outside validators see integer keys as text: digits only, as the app reads them
        # (it also takes 05 for 5); the bounds stay the app's to check.
        if not self.integer:
            return None
        negative = self.minimum is None or self.minimum < 0
        return {"pattern": anchored("-?[0-9]+" if negative else "[0-9]+")}


@dataclass
class Bool(Spec):
    """``true`` or ``false`` only; YAML 1.1's yes/no/on/off are refused, not guessed."""

    description: T | None = None

    def check(self, node: yaml.Node, ctx: Context) -> Any:
        if is_plain(node) and node.value in _BOOLS:
            return _BOOLS[node.value]
        return ctx.error(
            node, T("problem.expected_bool", found=_found(node)), T("hint.true_or_false")
        )

    def json_schema(self) -> JSON:
        return self._described({"type": "boolean"})


LANGUAGE_PATTERN = "[a-z]{2,3}"


@dataclass
class LocalText(Spec):
    """Text for people to read: one string, or a map of language code to string.

    A missing language is a warning, not an error: the reader sees the default language,
    marked, which is better than no question at all.
    """

    description: T | None = None
    markdown: bool = False
    max_length: int = 20_000

    def check(self, node: yaml.Node, ctx: Context) -> Any:
        plain = Str(max_length=self.max_length)
        before = len(ctx.problems)
        if isinstance(node, yaml.ScalarNode):
            value = plain.check(node, ctx)
            return INVALID if value is INVALID else Text({ctx.languages[0]: value}, single=True)
        if not isinstance(node, yaml.MappingNode):
            return ctx.error(
                node,
                T("problem.expected_local_text", found=_found(node)),
                T("hint.text_or_languages", example="{nb: ..., en: ...}"),
            )
        out: dict[str, str] = {}
        for key, value_node in node.value:
            language = key.value
            if not self._language_ok(language, ctx):
                if _is_null(value_node) and node.flow_style:
                    hint = T("hint.comma_in_braces", braces="{ }")
                else:
                    hint = T("hint.pack_languages", languages=names(ctx.languages))
                ctx.error(key, T("problem.unknown_language", language=language), hint)
                continue
            value = plain.check(value_node, ctx)
            if value is not INVALID:
                out[language] = value
        if not out:
            return INVALID if len(ctx.problems) > before else ctx.error(node, T("problem.no_text"))
        missing = [lang for lang in ctx.languages if lang not in out]
        if missing and ctx.languages_known:
            ctx.warn(
                node,
                T("problem.missing_translation", languages=names(missing)),
                T("hint.add_translation", language=missing[0], fallback=next(iter(out))),
            )
        return Text(out)

    @staticmethod
    def _language_ok(language: str, ctx: Context) -> bool:
        if ctx.languages_known:
            return language in ctx.languages
        return re.fullmatch(LANGUAGE_PATTERN, language) is not None

    def json_schema(self) -> JSON:
        string: JSON = {"type": "string", "minLength": 1}
        return self._described(
            {
                "anyOf": [
                    string,
                    {
                        **keyed_object({"pattern": anchored(LANGUAGE_PATTERN)}, string),
                        "minProperties": 1,
                    },
                ]
            }
        )


@dataclass
class ListOf(Spec):
    """A list of items of one kind."""

    item: Spec
    description: T | None = None
    min_items: int = 0
    max_items: int = 1000

    def check(self, node: yaml.Node, ctx: Context) -> Any:
        if not isinstance(node, yaml.SequenceNode):
            return ctx.error(
                node, T("problem.expected_list", found=_found(node)), T("hint.list_items")
            )
        if len(node.value) < self.min_items:
            return ctx.error(node, T("problem.too_few_items", count=self.min_items))
        if len(node.value) > self.max_items:
            return ctx.error(
                node, T("problem.too_many_items", found=len(node.value), count=self.max_items)
            )
        values = [self.item.check(child, ctx) for child in node.value]
        return INVALID if any(v is INVALID for v in values) else values

    def json_schema(self) -> JSON:
        schema: JSON = {"type": "array", "items": self.item.json_schema()}
        if self.min_items:
            schema["minItems"] = self.min_items
        schema["maxItems"] = self.max_items
        return self._described(schema)


@dataclass
class MapOf(Spec):
    """A mapping from keys of one kind (checked as scalars) to values of one kind."""

    key: Spec
    value: Spec
    description: T | None = None
    min_items: int = 0

    def check(self, node: yaml.Node, ctx: Context) -> Any:
        if not isinstance(node, yaml.MappingNode):
            return ctx.error(
                node, T("problem.expected_mapping", found=_found(node)), T("hint.key_value_lines")
            )
        if len(node.value) < self.min_items:
            return ctx.error(node, T("problem.too_few_entries", count=self.min_items))
        out: dict[Any, Any] = {}
        where: dict[Any, yaml.Node] = {}
        ok = True
        for key_node, value_node in node.value:
            key = self.key.check(key_node, ctx)
            value = self.value.check(value_node, ctx)
            if key is INVALID or value is INVALID:
                ok = False
                continue
            if key in out:  # e.g. 1 and 01: different text, the same number
                first = where[key].start_mark.line + 1
                ctx.error(
                    key_node,
                    T("problem.same_key", key=key_node.value, line=first),
                    T("hint.keep_one"),
                )
                ok = False
                continue
            out[key], where[key] = value, key_node
        return out if ok else INVALID

    def json_schema(self) -> JSON:
        return self._described(keyed_object(self.key.key_schema(), self.value.json_schema()))


@dataclass
class Field:
    """One key of an object: its spec, whether it must be there, and its default."""

    spec: Spec
    required: bool = False
    default: Any = None


@dataclass
class Obj(Spec):
    """A mapping with known keys, built into a model object (usually a frozen dataclass).

    ``build`` receives the checked values as keyword arguments plus ``node`` so the model can
    remember where it came from for later, cross-file checks.
    """

    fields: Mapping[str, Field]
    build: Callable[..., Any]
    description: T | None = None
    title: str = ""

    def check(self, node: yaml.Node, ctx: Context) -> Any:
        if not isinstance(node, yaml.MappingNode):
            return ctx.error(
                node,
                T("problem.expected_fields", fields=names(list(self.fields)), found=_found(node)),
                T("hint.key_value_lines"),
            )
        values: dict[str, Any] = {}
        meant: set[str] = set()  # required fields a misspelt key was probably meant to be
        ok = True
        for key_node, value_node in node.value:
            name = key_node.value
            spec_field = self.fields.get(name)
            if spec_field is None:
                guess = near_miss(name, [n for n in self.fields if n not in values])
                if guess:
                    hint = T("hint.did_you_mean", suggestion=guess)
                elif _is_null(value_node) and node.flow_style:  # {a: 3,5}: '5' became a key
                    hint = T("hint.comma_in_braces", braces="{ }")
                else:
                    hint = T("hint.allowed_fields", fields=names(list(self.fields)))
                ctx.error(key_node, T("problem.unknown_field", name=name), hint)
                meant.update([guess] if guess else [])
                ok = False
                continue
            value = spec_field.spec.check(value_node, ctx)
            ok = ok and value is not INVALID
            values[name] = value
        for name, spec_field in self.fields.items():
            if name in values:
                continue
            if spec_field.required:
                ok = False
                if name in meant:
                    continue  # already said: "unknown field 'tilte' — did you mean 'title'?"
                ctx.error(
                    node,
                    T("problem.missing_field", name=name),
                    T(
                        "hint.add_field",
                        name=name,
                        about=spec_field.spec.description or T("hint.about.see_schema"),
                    ),
                )
            else:
                values[name] = spec_field.default
        if not ok:
            return INVALID
        return self.build(node=node, **values)

    def json_schema(self) -> JSON:
        schema: JSON = {
            "type": "object",
            "properties": {name: f.spec.json_schema() for name, f in self.fields.items()},
            "additionalProperties": False,
        }
        required = [name for name, f in self.fields.items() if f.required]
        if required:
            schema["required"] = required
        if self.title:
            schema["title"] = self.title
        return self._described(schema)


@dataclass
class Tagged(Spec):
    """One of several object shapes, chosen by a discriminating key (``kind``)."""

    variants: Mapping[str, Obj]
    key: str = "kind"
    description: T | None = None

    def check(self, node: yaml.Node, ctx: Context) -> Any:
        kinds = names(list(self.variants))
        if not isinstance(node, yaml.MappingNode):
            return ctx.error(
                node,
                T("problem.expected_tagged", key=self.key, found=_found(node)),
                T("hint.start_with_key", key=self.key, kinds=kinds),
            )
        for key_node, value_node in node.value:
            if key_node.value == self.key:
                kind = value_node.value if isinstance(value_node, yaml.ScalarNode) else None
                variant = self.variants.get(kind) if isinstance(kind, str) else None
                if variant is None:
                    hint = suggest(str(kind), list(self.variants), T("hint.one_of", kinds=kinds))
                    return ctx.error(
                        value_node, T("problem.unknown_kind", key=self.key, kind=str(kind)), hint
                    )
                return variant.check(node, ctx)
        return ctx.error(
            node,
            T("problem.missing_key", key=self.key),
            T("hint.add_key", key=self.key, kinds=kinds),
        )

    def json_schema(self) -> JSON:
        # if/then per kind rather than oneOf: an outside validator then reports the errors of
        # the variant the author chose, not of whichever variant failed least.
        branches = []
        for name, variant in self.variants.items():
            schema = variant.json_schema()
            schema["properties"] = {**schema["properties"], self.key: {"const": name}}
            others = [field for field in schema.get("required", []) if field != self.key]
            schema["required"] = [self.key, *others]
            branches.append({"if": {"properties": {self.key: {"const": name}}}, "then": schema})
        return self._described(
            {
                "type": "object",
                "required": [self.key],
                "properties": {self.key: {"enum": list(self.variants)}},
                "allOf": branches,
            }
        )


def const(value: str) -> Spec:
    """The discriminator field itself: checked by ``Tagged``, kept for the schema."""
    return Str(pattern=re.escape(value), pattern_hint=T("hint.must_be", value=value))
