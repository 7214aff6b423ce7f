"""Read YAML as a tree of nodes that keep their line numbers, with the unsafe parts refused.

We compose (not construct) with PyYAML's safe loader, so no tag is ever turned into an object,
and leave the meaning of each scalar to the schema: a title of ``NO`` stays the text "NO" and a
version of ``1.0`` stays "1.0". This module refuses what a pack never needs: custom tags, merge
keys, duplicate keys, files that are too big, and alias expansion past a fixed budget (a
340-byte "billion laughs" file would otherwise expand to tens of megabytes).
"""

from __future__ import annotations

import errno
from pathlib import Path

import yaml

from medarbeider_tui.content.errors import PackProblem, Severity
from medarbeider_tui.i18n import Count, Translatable

MAX_FILE_BYTES = 1_000_000
#: Nodes one file may expand to, aliases counted each time they are used.
MAX_NODES = 50_000

_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}

try:  # libyaml is ~10x faster; fall back quietly where it was not compiled in
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader


def problem_at(
    path: Path,
    node: yaml.Node | None,
    message: Translatable,
    hint: Translatable | None = None,
    severity: Severity = "error",
) -> PackProblem:
    """A problem located at ``node`` (1-based line and column), or at the top of the file."""
    if node is None:
        return PackProblem(path, 1, 1, message, hint, severity)
    mark = node.start_mark
    return PackProblem(path, mark.line + 1, mark.column + 1, message, hint, severity)


def compose_file(path: Path) -> tuple[yaml.Node | None, list[PackProblem]]:
    """Parse ``path`` into a checked node tree, or return the problems that stop it."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [
            PackProblem(
                path,
                1,
                1,
                Translatable("problem.file.unreadable", reason=os_reason(exc)),
                Translatable("hint.file.readable"),
            )
        ]
    return compose_bytes(raw, path)


def os_reason(exc: OSError) -> Translatable:
    """Why a file could not be read, in words (the system's own text only when it is rare)."""
    key = _OS_REASONS.get(exc.errno or 0)
    if key is not None:
        return Translatable(key)
    return Translatable("problem.reason.other", detail=exc.strerror or type(exc).__name__)


_OS_REASONS = {
    errno.ENOENT: "problem.reason.not_found",
    errno.EACCES: "problem.reason.no_access",
    errno.EPERM: "problem.reason.no_access",
    errno.EISDIR: "problem.reason.is_folder",
    errno.ELOOP: "problem.reason.link_loop",
    errno.ENAMETOOLONG: "problem.reason.name_too_long",
}


def compose_bytes(raw: bytes, path: Path) -> tuple[yaml.Node | None, list[PackProblem]]:
    """Parse YAML bytes (named ``path`` in messages) into a checked node tree."""
    if len(raw) > MAX_FILE_BYTES:
        return None, [
            PackProblem(
                path,
                1,
                1,
                Translatable(
                    "problem.file.too_big", size=Count(len(raw)), limit=Count(MAX_FILE_BYTES)
                ),
                Translatable("hint.file.split"),
            )
        ]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [
            PackProblem(
                path,
                line,
                1,
                Translatable("problem.file.not_utf8"),
                Translatable("hint.file.save_utf8"),
            )
        ]
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(path, text, exc)]
    except (yaml.YAMLError, RecursionError, ValueError, MemoryError):
        return None, [
            PackProblem(
                path,
                1,
                1,
                Translatable("problem.yaml.too_deep"),
                Translatable("hint.yaml.simplify"),
            )
        ]
    if node is None:
        return None, [
            PackProblem(
                path,
                1,
                1,
                Translatable("problem.file.empty"),
                Translatable("hint.file.write_fields", command="medarbeider packs schema"),
            )
        ]
    problems = _check_tree(node, path)
    return (None if any(p.severity == "error" for p in problems) else node), problems


#: What PyYAML's two parsers say (libyaml's words, then pure PyYAML's), in our words. Values
#: that are braces come in as values: templates never hold a literal brace.
_SYNTAX: list[tuple[tuple[str, ...], Translatable, Translatable]] = [
    (
        ("mapping values are not allowed",),
        Translatable("problem.yaml.colon"),
        Translatable("hint.yaml.colon"),
    ),
    (
        ("expected ',' or ']'",),
        Translatable("problem.yaml.open_list"),
        Translatable("hint.yaml.open_list"),
    ),
    (
        ("expected ',' or '}'",),
        Translatable("problem.yaml.open_mapping", braces="{ }"),
        Translatable("hint.yaml.open_mapping", close="}"),
    ),
    (
        ("expected key", "expected <block end>", "expected '-' indicator"),
        Translatable("problem.yaml.indentation"),
        Translatable("hint.yaml.indentation"),
    ),
    (
        ("undefined alias",),
        Translatable("problem.yaml.undefined_alias"),
        Translatable("hint.yaml.undefined_alias"),
    ),
    (
        ("duplicate anchor",),
        Translatable("problem.yaml.duplicate_anchor"),
        Translatable("hint.yaml.duplicate_anchor"),
    ),
    (
        ("unknown escape character",),
        Translatable("problem.yaml.escape"),
        Translatable("hint.yaml.escape"),
    ),
    (
        ("quoted scalar",),
        Translatable("problem.yaml.open_quote"),
        Translatable("hint.yaml.open_quote"),
    ),
    (
        ("another document", "<document start>"),
        Translatable("problem.yaml.documents"),
        Translatable("hint.yaml.documents"),
    ),
    (("node content",), Translatable("problem.yaml.no_value"), Translatable("hint.yaml.syntax")),
]


def _syntax_problem(path: Path, text: str, exc: yaml.MarkedYAMLError) -> PackProblem:
    """A YAML syntax error said plainly: a tab is called a tab, a stray colon a colon."""
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line, mark.column) if mark else (0, 0)
    lines = text.splitlines() or [""]
    source = lines[line] if line < len(lines) else ""
    indent = source[: len(source) - len(source.lstrip(" \t"))]
    if "\t" in indent or source[column : column + 1] == "\t":
        tab = indent.index("\t") if "\t" in indent else column
        return PackProblem(
            path, line + 1, tab + 1, Translatable("problem.yaml.tab"), Translatable("hint.yaml.tab")
        )
    said = " ".join(part for part in (exc.context, exc.problem) if part)
    message, hint = next(
        ((message, hint) for phrases, message, hint in _SYNTAX if any(p in said for p in phrases)),
        (None, Translatable("hint.yaml.syntax")),
    )
    if message is None and "cannot start any token" in said:
        message = Translatable("problem.yaml.character", character=source[column : column + 1])
        hint = Translatable("hint.yaml.character")
    if message is None:
        message = Translatable("problem.yaml.other", detail=exc.problem or exc.context or "?")
    return PackProblem(path, line + 1, column + 1, message, hint)


def _check_tree(root: yaml.Node, path: Path) -> list[PackProblem]:
    """Walk the tree once (iteratively, so depth cannot overflow the stack) and refuse extras.

    A node reached again through an alias counts against the budget each time but is
    reported once; problems come out in file order.
    """
    problems: list[PackProblem] = []
    budget = MAX_NODES
    stack: list[yaml.Node] = [root]
    seen_nodes: set[int] = set()
    while stack:
        node = stack.pop()
        budget -= 1
        if budget < 0:
            return [
                problem_at(
                    path,
                    root,
                    Translatable("problem.yaml.too_many_nodes", limit=Count(MAX_NODES)),
                    Translatable("hint.yaml.too_many_nodes"),
                )
            ]
        first_visit = id(node) not in seen_nodes
        seen_nodes.add(id(node))
        if first_visit:
            problems.extend(_node_problems(node, path))
        if node.tag not in _STANDARD_TAGS:
            continue  # refused: what is inside does not matter
        if isinstance(node, yaml.MappingNode):
            stack.extend(value for key, value in node.value if isinstance(key, yaml.ScalarNode))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
    return sorted(problems, key=lambda p: (p.line, p.column))


def _tag_problem(path: Path, node: yaml.Node) -> PackProblem | None:
    if node.tag in _STANDARD_TAGS:
        return None
    return problem_at(
        path,
        node,
        Translatable("problem.yaml.tag", tag=node.tag),
        Translatable("hint.yaml.tag"),
    )


def _node_problems(node: yaml.Node, path: Path) -> list[PackProblem]:
    """What is wrong with one node itself (its tag; its keys, if it is a mapping)."""
    tag = _tag_problem(path, node)
    if tag is not None:
        return [tag]
    problems: list[PackProblem] = []
    children = (
        [child for pair in node.value for child in pair]
        if isinstance(node, yaml.MappingNode)
        else node.value
        if isinstance(node, yaml.SequenceNode)
        else []
    )
    if getattr(node, "flow_style", False):
        # Pure-Python PyYAML ends unquoted text at '?' inside { } or [ ], libyaml does not:
        # refuse it, so a pack reads the same on every machine.
        problems += [
            problem_at(
                path,
                child,
                Translatable("problem.yaml.question_mark", braces="{ }", text=child.value),
                Translatable("hint.yaml.question_mark"),
            )
            for child in children
            if isinstance(child, yaml.ScalarNode) and not child.style and "?" in child.value
        ]
    if not isinstance(node, yaml.MappingNode):
        return problems
    seen: dict[str, yaml.Node] = {}
    for key, _value in node.value:
        if key.tag == "tag:yaml.org,2002:merge" or (
            isinstance(key, yaml.ScalarNode) and key.value == "<<" and not key.style
        ):
            problems.append(
                problem_at(
                    path,
                    key,
                    Translatable("problem.yaml.merge_key"),
                    Translatable("hint.yaml.merge_key"),
                )
            )
            continue
        if not isinstance(key, yaml.ScalarNode):
            problems.append(
                problem_at(
                    path,
                    key,
                    Translatable("problem.yaml.key_not_text"),
                    Translatable("hint.yaml.key"),
                )
            )
            continue
        key_tag = _tag_problem(path, key)
        if key_tag is not None:
            problems.append(key_tag)
            continue
        if key.value in seen:
            first = seen[key.value].start_mark.line + 1
            problems.append(
                problem_at(
                    path,
                    key,
                    Translatable("problem.yaml.duplicate_key", key=key.value, line=first),
                    Translatable("hint.yaml.duplicate_key"),
                )
            )
        seen[key.value] = key
    return problems
