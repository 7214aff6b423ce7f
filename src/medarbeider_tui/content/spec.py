"""Tiny schema combinators: one declaration gives both the validator and the JSON Schema.

A pack's shape is declared once (``packspec.py``) with these building blocks. ``check`` walks a
YAML node tree, collects located problems and builds plain Python values or model objects;
``json_schema`` describes the same shape for editors' YAML plugins. Keeping both in one object
means the schema printed by ``medarbeider packs schema`` can never drift from what is enforced.
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

JSON = dict[str, Any]


class Invalid:
    """Marker for a value that failed validation (its problem is already recorded)."""

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = Invalid()

_NULLS = {"", "~", "null", "Null", "NULL"}
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}


@dataclass
class Context:
    """What a check needs besides the node: where we are, and what was found so far."""

    path: Path
    languages: tuple[str, ...] = ("nb",)
    problems: list[PackProblem] = field(default_factory=list)

    def error(self, node: yaml.Node | None, message: str, hint: str = "") -> Any:
        self.problems.append(problem_at(self.path, node, message, hint))
        return INVALID

    def warn(self, node: yaml.Node | None, message: str, hint: str = "") -> None:
        p = problem_at(self.path, node, message, hint)
        self.problems.append(PackProblem(p.path, p.line, p.column, message, hint, "warning"))


def suggest(wrong: str, known: list[str], otherwise: str) -> str:
    """«did you mean 'optional'?» for a near miss, else what is allowed."""
    close = difflib.get_close_matches(wrong, known, n=1)
    return f"did you mean {close[0]!r}?" if close else otherwise


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return "nothing" if _is_null(node) else f"{node.value!r}"


def is_plain(node: yaml.Node) -> bool:
    """Unquoted scalar (libyaml reports the plain style as '', pure-Python PyYAML as None)."""
    return isinstance(node, yaml.ScalarNode) and not node.style


def _is_null(node: yaml.Node) -> bool:
    return is_plain(node) and node.value in _NULLS


class Spec:
    """A node validator that can also describe itself as JSON Schema."""

    description: str = ""

    def check(self, node: yaml.Node, ctx: Context) -> Any:
        raise NotImplementedError

    def json_schema(self) -> JSON:
        raise NotImplementedError

    def _described(self, schema: JSON) -> JSON:
        if self.description:
            schema["description"] = self.description
        return schema


@dataclass
class Str(Spec):
    """Plain text, kept as written even where YAML would guess a bool, number or date."""

    description: str = ""
    pattern: str | None = None
    pattern_hint: str = ""
    max_length: int = 20_000

    def check(self, node: yaml.Node, ctx: Context) -> Any:
        if not isinstance(node, yaml.ScalarNode) or _is_null(node):
            return ctx.error(node, f"expected text, found {_kind(node)}", "write the text here")
        value: str = node.value
        if not value.strip():
            return ctx.error(node, "this text is empty", "write something or remove the field")
        if len(value) > self.max_length:
            return ctx.error(
                node,
                f"this text is {len(value):,} characters long, over the "
                f"limit of {self.max_length:,}",
                "shorten it",
            )
        if self.pattern and not re.fullmatch(self.pattern, value):
            return ctx.error(node, f"{value!r} is not allowed here", self.pattern_hint)
        return value

    def json_schema(self) -> JSON:
        schema: JSON = {"type": "string", "minLength": 1}
        if self.pattern:
            schema["pattern"] = f"^{self.pattern}$"
        return self._described(schema)


def Ident(description: str = "") -> Str:
    """A stable identifier: lower-case letters, digits, '-' and '_'."""
    return Str(
        description=description,
        pattern=r"[a-z0-9][a-z0-9_-]{0,63}",
        pattern_hint="use lower-case letters, digits, '-' or '_' (e.g. 'sb1', "
        "'hall-kvadranten'), at most 64 characters",
    )


@dataclass
class Number(Spec):
    """An int or float within bounds; ``integer`` refuses fractions."""

    description: str = ""
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False

    def check(self, node: yaml.Node, ctx: Context) -> Any:
        what = "a whole number" if self.integer else "a number"
        if not is_plain(node):
            return ctx.error(
                node, f"expected {what}, found {_kind(node)}", "write the number without quotes"
            )
        raw = node.value.replace("_", "")
        try:
            value: float = int(raw) if self.integer else float(raw)
        except ValueError:
            hint = "use a point as the decimal mark (3.5)" if "," in raw else f"write {what}"
            return ctx.error(node, f"expected {what}, found {node.value!r}", hint)
        if not math.isfinite(value):
            return ctx.error(node, f"expected a finite number, found {node.value!r}", "")
        if self.minimum is not None and value < self.minimum:
            return ctx.error(
                node,
                f"{node.value} is below the minimum {self.minimum:g}",
                f"use a value of at least {self.minimum:g}",
            )
        if self.maximum is not None and value > self.maximum:
            return ctx.error(
                node,
                f"{node.value} is above the maximum {self.maximum:g}",
                f"use a value of at most {self.maximum:g}",
            )
        return value

    def json_schema(self) -> JSON:
        schema: JSON = {"type": "integer" if self.integer else "number"}
        if self.minimum is not None:
            schema["minimum"] = self.minimum
        if self.maximum is not None:
            schema["maximum"] = self.maximum
        return self._described(schema)


@dataclass
class Bool(Spec):
    """``true`` or ``false`` only; YAML 1.1's yes/no/on/off are refused, not guessed."""

    description: str = ""

    def check(self, node: yaml.Node, ctx: Context) -> Any:
        if is_plain(node) and node.value in _BOOLS:
            return _BOOLS[node.value]
        return ctx.error(
            node,
            f"expected true or false, found {_kind(node)}",
            "write true or false (yes/no/on/off are not accepted)",
        )

    def json_schema(self) -> JSON:
        return self._described({"type": "boolean"})


@dataclass
class LocalText(Spec):
    """Text for people to read: one string, or a map of language code to string.

    A missing language is a warning, not an error: the reader sees the default language,
    marked, which is better than no question at all.
    """

    description: str = ""
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
                f"expected text or a map of languages, found {_kind(node)}",
                "write the text, or e.g. {nb: ..., en: ...}",
            )
        out: dict[str, str] = {}
        for key, value_node in node.value:
            if key.value not in ctx.languages:
                if _is_null(value_node) and node.flow_style:
                    hint = "a comma inside { } starts a new entry: put the text in quotes"
                else:
                    hint = f"use one of the pack's languages: {', '.join(ctx.languages)}"
                ctx.error(key, f"unknown language {key.value!r} in this text", hint)
                continue
            value = plain.check(value_node, ctx)
            if value is not INVALID:
                out[key.value] = value
        if not out:
            return INVALID if len(ctx.problems) > before else ctx.error(node, "no text given", "")
        missing = [lang for lang in ctx.languages if lang not in out]
        if missing:
            ctx.warn(
                node,
                f"missing translation: {', '.join(missing)}",
                f"add '{missing[0]}:' here; until then readers see "
                f"'{next(iter(out))}' text, marked",
            )
        return Text(out)

    def json_schema(self) -> JSON:
        string: JSON = {"type": "string", "minLength": 1}
        return self._described(
            {
                "anyOf": [
                    string,
                    {
                        "type": "object",
                        "propertyNames": {"pattern": "^[a-z]{2,3}$"},
                        "additionalProperties": string,
                        "minProperties": 1,
                    },
                ]
            }
        )


@dataclass
class ListOf(Spec):
    """A list of items of one kind."""

    item: Spec
    description: str = ""
    min_items: int = 0
    max_items: int = 1000

    def check(self, node: yaml.Node, ctx: Context) -> Any:
        if not isinstance(node, yaml.SequenceNode):
            return ctx.error(
                node,
                f"expected a list, found {_kind(node)}",
                "start each item on its own line with '- '",
            )
        if len(node.value) < self.min_items:
            return ctx.error(node, f"this list needs at least {self.min_items} item(s)", "")
        if len(node.value) > self.max_items:
            return ctx.error(
                node,
                f"this list has {len(node.value)} items, over the limit of {self.max_items}",
                "",
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
    description: str = ""
    min_items: int = 0

    def check(self, node: yaml.Node, ctx: Context) -> Any:
        if not isinstance(node, yaml.MappingNode):
            return ctx.error(
                node, f"expected a mapping, found {_kind(node)}", "write 'key: value' lines"
            )
        if len(node.value) < self.min_items:
            return ctx.error(node, f"this mapping needs at least {self.min_items} entries", "")
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
                    f"{key_node.value!r} means the same as the key on line {first}",
                    "keep only one of them",
                )
                ok = False
                continue
            out[key], where[key] = value, key_node
        return out if ok else INVALID

    def json_schema(self) -> JSON:
        return self._described({"type": "object", "additionalProperties": self.value.json_schema()})


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
    description: str = ""
    title: str = ""

    def check(self, node: yaml.Node, ctx: Context) -> Any:
        if not isinstance(node, yaml.MappingNode):
            return ctx.error(
                node,
                f"expected a mapping with {self._field_list()}, found {_kind(node)}",
                "write 'key: value' lines",
            )
        values: dict[str, Any] = {}
        ok = True
        for key_node, value_node in node.value:
            name = key_node.value
            spec_field = self.fields.get(name)
            if spec_field is None:
                hint = suggest(name, list(self.fields), f"allowed here: {self._field_list()}")
                ctx.error(key_node, f"unknown field {name!r}", hint)
                ok = False
                continue
            value = spec_field.spec.check(value_node, ctx)
            ok = ok and value is not INVALID
            values[name] = value
        for name, spec_field in self.fields.items():
            if name in values:
                continue
            if spec_field.required:
                ctx.error(
                    node,
                    f"missing required field {name!r}",
                    f"add '{name}:' ({spec_field.spec.description or 'see the schema'})",
                )
                ok = False
            else:
                values[name] = spec_field.default
        if not ok:
            return INVALID
        return self.build(node=node, **values)

    def _field_list(self) -> str:
        return ", ".join(self.fields)

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
    description: str = ""

    def check(self, node: yaml.Node, ctx: Context) -> Any:
        if not isinstance(node, yaml.MappingNode):
            return ctx.error(
                node,
                f"expected a mapping with '{self.key}:', found {_kind(node)}",
                f"start with '{self.key}: ' and one of: {', '.join(self.variants)}",
            )
        for key_node, value_node in node.value:
            if key_node.value == self.key:
                kind = value_node.value if isinstance(value_node, yaml.ScalarNode) else None
                variant = self.variants.get(kind) if isinstance(kind, str) else None
                if variant is None:
                    hint = suggest(
                        str(kind), list(self.variants), f"use one of: {', '.join(self.variants)}"
                    )
                    return ctx.error(value_node, f"unknown {self.key} {kind!r}", hint)
                return variant.check(node, ctx)
        return ctx.error(
            node,
            f"missing '{self.key}:'",
            f"add '{self.key}:' with one of: {', '.join(self.variants)}",
        )

    def json_schema(self) -> JSON:
        options = []
        for name, variant in self.variants.items():
            schema = variant.json_schema()
            schema["properties"] = {**schema["properties"], self.key: {"const": name}}
            others = [name for name in schema.get("required", []) if name != self.key]
            schema["required"] = [self.key, *others]
            options.append(schema)
        return self._described({"oneOf": options})


def const(value: str) -> Spec:
    """The discriminator field itself: checked by ``Tagged``, kept for the schema."""
    return Str(pattern=re.escape(value), pattern_hint=f"must be {value!r}")
