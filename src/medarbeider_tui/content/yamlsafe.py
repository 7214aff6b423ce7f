"""Read YAML as a tree of nodes that keep their line numbers, with the unsafe parts refused.

We compose (not construct) with PyYAML's safe loader, so no tag is ever turned into an object,
and leave the meaning of each scalar to the schema: a title of ``NO`` stays the text "NO" and a
version of ``1.0`` stays "1.0". This module refuses what a pack never needs: custom tags, merge
keys, duplicate keys, files that are too big, and alias expansion past a fixed budget (a
340-byte "billion laughs" file would otherwise expand to tens of megabytes).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from medarbeider_tui.content.errors import PackProblem

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


def problem_at(path: Path, node: yaml.Node | None, message: str, hint: str = "") -> PackProblem:
    """A problem located at ``node`` (1-based line and column), or at the top of the file."""
    if node is None:
        return PackProblem(path, 1, 1, message, hint)
    mark = node.start_mark
    return PackProblem(path, mark.line + 1, mark.column + 1, message, hint)


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
                f"cannot read the file ({exc.strerror})",
                "check that it exists and is readable",
            )
        ]
    return compose_bytes(raw, path)


def compose_bytes(raw: bytes, path: Path) -> tuple[yaml.Node | None, list[PackProblem]]:
    """Parse YAML bytes (named ``path`` in messages) into a checked node tree."""
    if len(raw) > MAX_FILE_BYTES:
        return None, [
            PackProblem(
                path,
                1,
                1,
                f"the file is {len(raw):,} bytes, over the "
                f"{MAX_FILE_BYTES:,}-byte limit for a pack file",
                "split it into several exercise files",
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
                "the file is not valid UTF-8",
                "save it as UTF-8 (most editors offer this in 'Save as')",
            )
        ]
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or exc.context or "not valid YAML"
        return None, [
            PackProblem(
                path,
                line,
                col,
                f"YAML syntax: {what}",
                "check indentation, colons and quotes around this spot",
            )
        ]
    except (yaml.YAMLError, RecursionError, ValueError, MemoryError) as exc:
        return None, [
            PackProblem(
                path,
                1,
                1,
                f"YAML could not be read: {type(exc).__name__}",
                "simplify the file: nesting this deep is never needed",
            )
        ]
    if node is None:
        return None, [
            PackProblem(
                path,
                1,
                1,
                "the file is empty",
                "write the pack's fields, see `medarbeider packs schema`",
            )
        ]
    problems = _check_tree(node, path)
    return (None if any(p.severity == "error" for p in problems) else node), problems


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
                    f"the file expands to more than {MAX_NODES:,} values "
                    "(anchors and aliases are counted each time they are used)",
                    "write the values out instead of repeating aliases",
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
        f"the tag {node.tag!r} is not allowed",
        "remove the '!' tag; packs hold plain text, numbers, lists and mappings only",
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
                f"unquoted text with '?' inside {{ }} or [ ]: {child.value!r}",
                "put the text in quotes; some YAML readers cut it at the '?'",
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
                    path, key, "merge keys ('<<') are not supported", "write the keys out in full"
                )
            )
            continue
        if not isinstance(key, yaml.ScalarNode):
            problems.append(
                problem_at(path, key, "a key must be plain text", "use a simple word as the key")
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
                    f"duplicate key {key.value!r} (first on line {first})",
                    "remove one of them; YAML would silently keep only the last",
                )
            )
        seen[key.value] = key
    return problems
