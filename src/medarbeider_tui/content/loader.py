"""Load content packs from folders, and find every pack this run can use.

A pack that fails validation is left out of the catalogue and its problems are returned for
the caller to show; nothing here prints or raises for bad content.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from medarbeider_tui.content.errors import PackProblem
from medarbeider_tui.i18n import Translatable

if TYPE_CHECKING:  # the model comes with the packs (packspec, or the cache's unpickling)
    import yaml

    from medarbeider_tui.content import model as m

PACK_FILE = "pack.yaml"
Origin = Literal["builtin", "user", "path"]


@dataclass
class PackResult:
    """A pack (if it could be used) and what was found wrong or doubtful in it."""

    pack: m.Pack | None
    problems: list[PackProblem] = field(default_factory=list)
    #: The pack folder that was checked (found above a file inside it, if one was given).
    folder: Path | None = None

    @property
    def errors(self) -> list[PackProblem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[PackProblem]:
        return [p for p in self.problems if p.severity == "warning"]


def load_pack(location: Path, origin: Origin = "path") -> PackResult:
    """Load and validate the pack in folder ``location``.

    ``location`` may also be the pack's ``pack.yaml`` or any other file inside the pack (an
    exercise file, say): the pack is then the nearest folder above it with a ``pack.yaml``.
    """
    if _is_file(location) and location.name != PACK_FILE:
        return _load_pack_around(location, origin)
    folder = location.parent if location.name == PACK_FILE else location
    return _load_folder(folder, origin)


def find_pack_folder(path: Path) -> Path | None:
    """The nearest folder at or above ``path`` that holds a pack.yaml."""
    for folder in [path, *path.parents]:
        if _is_file(folder / PACK_FILE):
            return folder
    return None


def _load_pack_around(file: Path, origin: Origin) -> PackResult:
    """A file was named: check the pack it belongs to, and say if the pack does not list it."""
    folder = find_pack_folder(file.parent)
    if folder is None:
        return PackResult(
            None,
            [
                PackProblem(
                    file,
                    1,
                    1,
                    Translatable("problem.pack.no_pack_above"),
                    Translatable("hint.pack.pass_folder"),
                )
            ],
        )
    result = _load_folder(folder, origin)
    listed = _listed_files(folder)
    if listed is not None and _resolved(file) not in listed:
        result.problems.insert(
            0,
            PackProblem(
                file,
                1,
                1,
                Translatable("problem.pack.file_not_listed", pack=folder / PACK_FILE),
                Translatable("hint.pack.list_file"),
                "warning",
            ),
        )
    return result


def _listed_files(folder: Path) -> set[Path] | None:
    """The files a pack lists (its pack.yaml and exercises), resolved; None if unreadable."""
    import yaml

    from medarbeider_tui.content.yamlsafe import compose_file

    node, _ = compose_file(folder / PACK_FILE)
    if node is None:
        return None
    entries = [
        n.value for n in _list_item_nodes(node, "exercises") if isinstance(n, yaml.ScalarNode)
    ]
    return {_resolved(folder / PACK_FILE), *(_resolved(folder / str(e)) for e in entries)}


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (RuntimeError, OSError):
        return path.absolute()


def _load_folder(folder: Path, origin: Origin) -> PackResult:
    # Imported here: with a current cache (see `discover`) no YAML is read at all.
    from medarbeider_tui.content.packspec import EXERCISE, PACK
    from medarbeider_tui.content.semantic import check_exercise, check_scales
    from medarbeider_tui.content.spec import INVALID, Context

    pack_file = folder / PACK_FILE
    if not _is_file(pack_file):
        return PackResult(
            None,
            [
                PackProblem(
                    pack_file,
                    1,
                    1,
                    Translatable("problem.pack.no_pack_yaml"),
                    Translatable("hint.pack.what_a_pack_is"),
                )
            ],
            folder,
        )
    loaded: dict[Path, bytes] = {}
    node, problems = _compose(pack_file, loaded)
    if node is None:
        return PackResult(None, problems, folder)
    languages = _languages(node)
    ctx = Context(
        pack_file,
        languages=languages or ("nb",),
        problems=problems,
        languages_known=languages is not None,
    )
    pack = PACK.check(node, ctx)
    if pack is INVALID:
        return PackResult(None, in_file_order(ctx.problems), folder)
    ctx.problems.extend(check_scales(pack.scales, pack_file))

    exercises: list[m.Exercise] = []
    files = [pack_file]
    listed = _list_item_nodes(pack.node, "exercises")
    for number, relative in enumerate(pack.exercise_files):
        path = folder / relative
        entry_node = listed[number] if number < len(listed) else pack.node
        try:
            inside = path.resolve().is_relative_to(folder.resolve())
        except (RuntimeError, OSError):  # pathlib raises RuntimeError on a loop of links
            ctx.error(
                entry_node,
                Translatable("problem.pack.link_loop", file=relative),
                Translatable("hint.pack.link_loop"),
            )
            continue
        if not inside:
            ctx.error(
                entry_node,
                Translatable("problem.pack.outside", file=relative),
                Translatable("hint.pack.outside"),
            )
            continue
        if not _is_file(path):
            ctx.error(
                entry_node,
                Translatable("problem.pack.file_missing", file=relative),
                Translatable("hint.pack.file_missing", path=path),
            )
            continue
        exercise_node, file_problems = _compose(path, loaded)
        ctx.problems.extend(file_problems)
        if exercise_node is None:
            continue
        files.append(path)
        exercise_ctx = Context(path, languages=ctx.languages, problems=ctx.problems)
        exercise = EXERCISE.check(exercise_node, exercise_ctx)
        if exercise is INVALID:
            continue
        ctx.problems.extend(check_exercise(exercise, pack.scales, path, pack.format))
        exercises.append(replace(exercise, source_file=path))

    seen: dict[str, m.Exercise] = {}
    for exercise in exercises:
        if exercise.id in seen:
            ctx.problems.append(
                PackProblem(
                    exercise.source_file or pack_file,
                    exercise.node.start_mark.line + 1,
                    1,
                    Translatable(
                        "problem.pack.exercise_id_twice",
                        id=exercise.id,
                        file=seen[exercise.id].source_file,
                    ),
                    Translatable("hint.pack.exercise_id_twice"),
                )
            )
        seen[exercise.id] = exercise
    problems = in_file_order(ctx.problems)
    if any(p.severity == "error" for p in problems):
        return PackResult(None, problems, folder)
    pack = replace(
        pack,
        exercises=exercises,
        folder=folder,
        origin=origin,
        sha256=_digest(folder, {path: loaded[path] for path in files}),
    )
    return PackResult(pack, problems, folder)


def in_file_order(problems: list[PackProblem]) -> list[PackProblem]:
    """Each file's problems from its top down (files in the order they were read).

    The checks run field by field and then across the exercise; an author reads the file
    from the top, and what comes first there is usually what the rest builds on.
    """
    first_seen = {path: n for n, path in reversed(list(enumerate(p.path for p in problems)))}
    return sorted(problems, key=lambda p: (first_seen[p.path], p.line, p.column))


def _list_item_nodes(node: yaml.Node, key: str) -> list[yaml.Node]:
    """The item nodes of the list under ``key`` (to point at the line of one entry)."""
    import yaml

    if isinstance(node, yaml.MappingNode):
        for key_node, value in node.value:
            if key_node.value == key and isinstance(value, yaml.SequenceNode):
                return list(value.value)
    return []


def _languages(node: yaml.Node) -> tuple[str, ...] | None:
    """The pack's languages, read early: every text in the pack is checked against them.

    None when they cannot be read (the key is missing or misspelt, or not a list of codes):
    its own error says so, and texts are then not held against a guess.
    """
    import yaml

    from medarbeider_tui.content.spec import LANGUAGE_PATTERN

    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == "languages" and isinstance(value, yaml.SequenceNode):
                langs = tuple(v.value for v in value.value if isinstance(v, yaml.ScalarNode))
                if langs and all(re.fullmatch(LANGUAGE_PATTERN, lang) for lang in langs):
                    return langs
    return None


def _compose(path: Path, loaded: dict[Path, bytes]) -> tuple[yaml.Node | None, list[PackProblem]]:
    """`compose_file`, keeping the bytes it parsed in ``loaded``: the pack's sha256 is computed
    from exactly what was validated, never from a second read that could see a newer file."""
    from medarbeider_tui.content.yamlsafe import compose_bytes, compose_file

    problems: list[PackProblem] = []
    for _attempt in range(3):
        try:
            raw = path.read_bytes()
        except OSError:
            node, problems = compose_file(path)  # fails the same way and says why, its words
            if node is None:
                return None, problems
            continue  # readable again a moment later: read it once more, for its bytes
        loaded[path] = raw
        return compose_bytes(raw, path)
    return None, problems  # a file that keeps flickering between unreadable and readable


def _digest(folder: Path, files: dict[Path, bytes]) -> str:
    """sha256 over the pack's files (relative name and bytes), so an entry names its content."""
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(
            path.relative_to(folder).as_posix().encode("utf-8", "surrogateescape") + b"\0"
        )
        digest.update(files[path] + b"\0")
    return digest.hexdigest()


@dataclass
class Catalog:
    """Every usable pack, with the problems and notices found while looking."""

    packs: list[m.Pack] = field(default_factory=list)
    problems: list[PackProblem] = field(default_factory=list)
    notices: list[Translatable] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)

    def find_exercise(self, name: str) -> list[tuple[m.Pack, m.Exercise]]:
        """Exercises matching ``name`` (``exercise-id`` or ``pack-id/exercise-id``)."""
        pack_id, _, exercise_id = name.rpartition("/")
        return [
            (pack, exercise)
            for pack in self.packs
            if not pack_id or pack.id == pack_id
            for exercise in pack.exercises
            if exercise.id == exercise_id
        ]

    def pack(self, pack_id: str) -> m.Pack | None:
        return next((p for p in self.packs if p.id == pack_id), None)

    def exercise_of(self, pack_id: str, exercise_id: str) -> tuple[m.Pack, m.Exercise] | None:
        """The pack and exercise a diary entry was made with, if still installed."""
        pack = self.pack(pack_id)
        if pack is None:
            return None
        try:
            return pack, pack.exercise(exercise_id)
        except KeyError:
            return None


def pack_folders(root: Path) -> list[Path]:
    """Sub-folders of ``root`` holding a pack.yaml, in name order."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if _is_file(p / PACK_FILE))


def _is_file(path: Path) -> bool:
    """``path.is_file()``, but False rather than an exception when the path cannot even be
    looked up: a name too long for the file system, a folder this user may not enter."""
    try:
        return path.is_file()
    except OSError:
        return False


def load_pack_cached(folder: Path, origin: Origin, cache_dir: Path | None) -> PackResult:
    """``load_pack``, answered from the cache of validated packs when it is current."""
    if cache_dir is None:
        return load_pack(folder, origin)
    from medarbeider_tui.content import cache

    key = cache.fingerprint(folder)  # before reading: a file saved meanwhile then misses
    cached = cache.load(cache_dir, folder, key)
    if cached is not None:
        pack, warnings = cached
        return PackResult(replace(pack, folder=folder, origin=origin), warnings)
    result = load_pack(folder, origin)
    if result.pack is not None and key is not None:
        cache.store(cache_dir, folder, result.pack, result.warnings, key)
    return result


def pack_sources(
    builtin_root: Path, user_root: Path, extra: list[Path] | None = None
) -> list[tuple[Path, Origin]]:
    """Where the packs of a run are, in the order they are read (later ones override)."""
    sources: list[tuple[Path, Origin]] = [(p, "builtin") for p in pack_folders(builtin_root)]
    sources += [(p, "user") for p in pack_folders(user_root)]
    sources += [(p, "path") for p in extra or []]
    return sources


def discover(
    builtin_root: Path,
    user_root: Path,
    extra: list[Path] | None = None,
    cache_dir: Path | None = None,
) -> Catalog:
    """Built-in packs, then the user's packs, then ``--pack`` paths; later ones override.

    With ``cache_dir``, packs unchanged since they were last validated come from the cache.
    """
    catalog = Catalog()
    by_id: dict[str, m.Pack] = {}
    for folder, origin in pack_sources(builtin_root, user_root, extra):
        result = load_pack_cached(folder, origin, cache_dir)
        catalog.problems.extend(result.problems)
        if result.pack is None:
            catalog.skipped.append(folder)
            continue
        previous = by_id.get(result.pack.id)
        if previous is not None:
            catalog.notices.append(
                Translatable(
                    "packs.notice.overrides",
                    folder=result.pack.folder,
                    id=previous.id,
                    previous=previous.folder,
                )
            )
        by_id[result.pack.id] = result.pack
    catalog.packs = list(by_id.values())
    return catalog
