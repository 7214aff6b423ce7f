"""Fuzz the pack loader: whatever a pack folder holds, `load_pack` answers with located problems.

Inputs come from two directions:

- **structured mutations of the real built-in pack** (``content/aktivt-medarbeiderskap``): its
  YAML is read as data, one place in one file is changed (a key deleted, a value of the wrong
  type, a huge string, deep nesting, an alias bomb, a duplicate key, an invalid date, an unsafe
  ``!!python/object`` tag…), and the pack is written to a temporary folder and loaded; plus a
  sweep that puts a wrong type at *every* field of every file;
- **raw bytes and text**: random bytes, byte-level edits of the real files, and "YAML soup"
  made of YAML's own tokens (anchors, aliases, tags, braces, indentation).

The properties: `load_pack` never raises; when it gives no pack, at least one error names a
file of that pack and a line ≥ 1 (every problem is located, in fact); and input that must be
refused (an unsafe tag, a duplicate key, an alias bomb) is. PyYAML's ``safe_load`` raises
``ValueError`` on an invalid date and ``RecursionError`` on deep nesting, not only
``YAMLError``; a 340-byte alias bomb expands to 39 MB.

Examples per test come from the hypothesis profile (``tests/reliability/conftest.py``):
``HYPOTHESIS_PROFILE=slow`` runs ten times as many.
"""

from __future__ import annotations

import copy
import functools
import os
import re
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import yaml
from hypothesis import given, note, settings
from hypothesis import strategies as st

from medarbeider_tui.cli import main
from medarbeider_tui.content import yamlsafe
from medarbeider_tui.content.loader import PackResult, load_pack
from medarbeider_tui.content.yamlsafe import MAX_NODES
from medarbeider_tui.paths import Locations, builtin_content_dir

PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
BUILTIN = builtin_content_dir() / "aktivt-medarbeiderskap"
#: Both of PyYAML's safe loaders, libyaml's (used where compiled in) four times as often: the
#: pure-Python one is six times slower.
LOADERS = [*[getattr(yaml, "CSafeLoader", yaml.SafeLoader)] * 4, yaml.SafeLoader]
Path_ = tuple[str | int, ...]


# --- the real pack, as text and as data -----------------------------------------------------


@functools.cache
def real_texts() -> dict[str, str]:
    """Every YAML file of the built-in pack, by its path relative to the pack folder."""
    return {
        path.relative_to(BUILTIN).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(BUILTIN.rglob("*.yaml"))
    }


@functools.cache
def real_data() -> dict[str, Any]:
    return {name: yaml.safe_load(text) for name, text in real_texts().items()}


@functools.cache
def paths_in(name: str) -> list[Path_]:
    """Every place in one file of the real pack."""
    return places(real_data()[name])


def places(data: Any) -> list[Path_]:
    """Every place in a YAML document: the root, every mapping value and every list item."""
    found: list[Path_] = []

    def walk(node: Any, at: Path_) -> None:
        found.append(at)
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, (*at, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, (*at, index))

    walk(data, ())
    return found


def exercise_files() -> list[str]:
    return [name for name in real_texts() if name != "pack.yaml"]


# --- writing a pack and checking what the loader says ---------------------------------------


@contextmanager
def pack_folder(files: dict[str, bytes]) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="fuzzpack-") as tmp:
        folder = Path(tmp) / "pack"
        folder.mkdir()
        for name, content in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        if hasattr(os, "symlink"):  # links a mutated list of exercise files may point at
            (folder / "loop.yaml").symlink_to("loop.yaml")
            (Path(tmp) / "outside.yaml").write_text("id: outside\n", encoding="utf-8")
            (folder / "out.yaml").symlink_to(Path(tmp) / "outside.yaml")
        yield folder


def small_pack(data: dict[str, Any], exercise: str) -> dict[str, Any]:
    """The real pack.yaml listing only ``exercise``: one file to load keeps each example fast."""
    pack = copy.deepcopy(data)
    if isinstance(pack, dict) and isinstance(pack.get("exercises"), list):
        pack["exercises"] = [exercise]
    return pack


_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def load_checked(folder: Path, loader: type | None = None) -> PackResult:
    """`load_pack` under the properties every input must satisfy; returns its result."""
    patch = mock.patch.object(yamlsafe, "_Loader", loader) if loader else nullcontext()
    with patch:
        result = load_pack(folder)  # must not raise: any exception fails the test
    for problem in result.problems:
        text = str(problem)
        assert problem.line >= 1 and problem.column >= 1, text
        assert problem.message.render("en") and problem.message.render("nb"), text
        assert os.path.abspath(problem.path).startswith(str(folder) + os.sep), text
    if result.pack is None:
        assert result.errors, "no pack, but no error says why"
    return result


# --- structured mutations -------------------------------------------------------------------

#: One-line YAML that must make the file refused wherever it appears.
REFUSED_SNIPPETS = [
    "!!python/object/apply:os.system ['echo pwned']",
    "!!python/name:os.system",
    "!!python/object:collections.OrderedDict {}",
    "!custom value",
    "!!binary aGVsbG8=",
    "!!set {a, b}",
    "!!omap [a: 1]",
    "{<<: {a: 1}, b: 2}",
    "{a: 1, a: 2}",
    "{[a, b]: 1}",
    "{!!python/str k: 1}",
]
#: One-line YAML that is odd but may be fine; the loader decides, it must not crash.
ODD_SNIPPETS = [
    "2026-02-30",
    "!!timestamp 2026-02-30",
    "!!int 12",
    "!!float .nan",
    "1e999",
    "-.inf",
    ".NaN",
    "0x1F",
    "0o17",
    "1_000",
    "+12",
    "~",
    "null",
    "yes",
    "NO",
    "''",
    '""',
    '"\\uD800"',
    '"\\0 \\x07 \\e"',
    "*undefined_alias",
    "&anchor {a: 1}",
    "[&a x, *a, *a]",
    "|",
    "'unterminated",
    "{unclosed: 1",
    "- a\n- b",
]


def alias_bomb(depth: int, width: int = 9) -> str:
    """A one-line billion-laughs value: ``width ** depth`` nodes from a few hundred bytes."""
    layers = [f"&l0 [{', '.join(['lol'] * width)}]"]
    for level in range(1, depth):
        layers.append(f"&l{level} [{', '.join([f'*l{level - 1}'] * width)}]")
    return "[" + ", ".join(layers) + "]"


def deep(depth: int, kind: str) -> str:
    return "[" * depth + "]" * depth if kind == "list" else "{a: " * depth + "1" + "}" * depth


@dataclass(frozen=True)
class Mutation:
    """One change at one place, and whether the result must be refused."""

    kind: str
    value: Any = None
    snippet: str = ""
    must_refuse: bool = False


MUTATIONS = st.one_of(
    st.just(Mutation("delete")),
    st.builds(
        lambda v: Mutation("replace", value=v),
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(),
            st.floats(allow_nan=True, allow_infinity=True),
            st.text(max_size=30),
            st.lists(st.integers(), max_size=3),
            st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
            st.sampled_from(["", " ", "x" * 20_001, "æøå " * 6000]),
        ),
    ),
    st.builds(
        lambda s: Mutation("raw", snippet=s, must_refuse=True), st.sampled_from(REFUSED_SNIPPETS)
    ),
    st.builds(lambda s: Mutation("raw", snippet=s), st.sampled_from(ODD_SNIPPETS)),
    st.builds(
        lambda d: Mutation("raw", snippet=alias_bomb(d), must_refuse=9**d > MAX_NODES),
        st.integers(2, 9),
    ),
    st.builds(
        lambda d, k: Mutation("raw", snippet=deep(d, k), must_refuse=d > 1100),
        st.integers(10, 3000),
        st.sampled_from(["list", "map"]),
    ),
    st.builds(lambda n: Mutation("raw", snippet="x" * n), st.sampled_from([50_000, 1_100_000])),
    st.just(Mutation("duplicate-key", must_refuse=True)),
    st.just(Mutation("tag-on-key", snippet="!!python/object:os.system", must_refuse=True)),
    st.builds(lambda k: Mutation("unknown-key", value=k), st.text(min_size=1, max_size=12)),
    st.just(Mutation("swap")),
)

PLACEHOLDER = "zzmutationzz"
KEY_PLACEHOLDER = "zzmutationkeyzz"


def mutate(data: Any, at: Path_, mutation: Mutation, other: Any) -> tuple[Any, dict[str, str]]:
    """``data`` with ``mutation`` applied at ``at``, and text replacements to do after dumping."""
    data = copy.deepcopy(data)
    replacements: dict[str, str] = {}
    if not at and mutation.kind in ("delete", "replace", "raw", "swap"):
        if mutation.kind == "raw":
            return PLACEHOLDER, {PLACEHOLDER: mutation.snippet}
        return (None if mutation.kind == "delete" else mutation.value), {}
    parent = data
    for step in at[:-1]:
        parent = parent[step]
    last = at[-1] if at else None
    target = parent[last] if at else data
    if mutation.kind == "delete":
        del parent[last]
    elif mutation.kind == "replace":
        parent[last] = mutation.value
    elif mutation.kind == "swap":
        parent[last] = copy.deepcopy(other)
    elif mutation.kind == "raw":
        parent[last] = PLACEHOLDER
        replacements[PLACEHOLDER] = mutation.snippet
    elif mutation.kind in ("duplicate-key", "tag-on-key", "unknown-key"):
        mapping = target if isinstance(target, dict) and target else None
        if mapping is None:
            return data, {}
        existing = str(next(iter(mapping)))
        if mutation.kind == "unknown-key":
            mapping[mutation.value] = "x"
        elif mutation.kind == "duplicate-key":  # a second key of the same name, later on
            mapping[KEY_PLACEHOLDER] = "x"
            replacements[KEY_PLACEHOLDER] = existing
        else:  # the same key, tagged: `!!python/object:os.system id: ...`
            renamed = {KEY_PLACEHOLDER if k == existing else k: v for k, v in mapping.items()}
            mapping.clear()
            mapping.update(renamed)
            replacements[KEY_PLACEHOLDER] = f"{mutation.snippet} {existing}"
    return data, replacements


@dataclass(frozen=True)
class PackCase:
    """Files to write, and what was done to them (the repr hypothesis prints on a failure)."""

    files: dict[str, bytes]
    must_refuse: bool
    what: str

    def __repr__(self) -> str:
        return f"PackCase({self.what!r}, must_refuse={self.must_refuse})"


#: Entries for the pack's list of exercise files that point somewhere odd.
ODD_EXERCISE_PATHS = [
    "a" * 300 + ".yaml",  # longer than a file name may be
    "loop.yaml",  # a link to itself (see `pack_folder`)
    "out.yaml",  # a link to a file outside the pack
    "missing.yaml",
    "pack.yaml",
    "exercises/../pack.yaml",
    "../outside.yaml",
    "/etc/hostname.yaml",
    "exercises",
    "exercises/",
    "./exercises/./hall-kvadranten.yaml",
    "EXERCISES/HALL-KVADRANTEN.YAML",
    "exercises\\hall-kvadranten.yaml",
]


@st.composite
def mutated_pack(draw: st.DrawFn) -> PackCase:
    """A small real pack (pack.yaml and one exercise file) with one mutation in one file."""
    exercise = draw(st.sampled_from(exercise_files()))
    files = {"pack.yaml": small_pack(real_data()["pack.yaml"], exercise)}
    files[exercise] = real_data()[exercise]
    name = draw(st.sampled_from(["pack.yaml", exercise]))
    if name == "pack.yaml" and draw(st.integers(0, 9)) == 0:  # the list of files itself
        at: Path_ = ("exercises", 0)
        mutation = Mutation("replace", value=draw(st.sampled_from(ODD_EXERCISE_PATHS)))
    else:
        at = draw(st.sampled_from(places(files[name])))
        mutation = draw(MUTATIONS)
    source = draw(st.sampled_from(exercise_files()))
    other_at = draw(st.sampled_from(paths_in(source)))
    other: Any = real_data()[source]
    for step in other_at:
        other = other[step]
    what = f"{mutation.kind} at {name}:{at!r} {(mutation.snippet or repr(mutation.value))[:80]}"
    note(what)
    mutated, replacements = mutate(files[name], at, mutation, other)
    texts = {key: dump(value) for key, value in files.items()}
    text = dump(mutated)
    applied = all(token in text for token in replacements)
    for token, snippet in replacements.items():
        text = text.replace(token, snippet, 1)
    texts[name] = text
    must_refuse = mutation.must_refuse and applied and bool(replacements)
    return PackCase({key: value.encode("utf-8") for key, value in texts.items()}, must_refuse, what)


@pytest.mark.slow
@given(case=mutated_pack(), loader=st.sampled_from(LOADERS))
@settings(PROFILE)
def test_mutations_of_the_real_pack_give_located_problems(case: PackCase, loader: type) -> None:
    with pack_folder(case.files) as folder:
        result = load_checked(folder, loader)
        if case.must_refuse:
            assert result.pack is None, "unsafe or ambiguous YAML was accepted"


@pytest.mark.parametrize("entry", ODD_EXERCISE_PATHS, ids=lambda entry: entry[:40])
def test_odd_exercise_file_entries_give_located_problems(entry: str) -> None:
    files = {"pack.yaml": small_pack(real_data()["pack.yaml"], entry)}
    with pack_folder({"pack.yaml": dump(files["pack.yaml"]).encode("utf-8")}) as folder:
        (folder / "exercises").mkdir()
        (folder / "exercises" / "hall-kvadranten.yaml").write_text(
            real_texts()["exercises/hall-kvadranten.yaml"], encoding="utf-8"
        )
        load_checked(folder)


def test_regression_a_link_loop_or_a_too_long_name_is_a_problem_not_a_crash(
    capsys: pytest.CaptureFixture[str], isolated_environment: Locations
) -> None:
    """Found by this fuzzing: pathlib raised RuntimeError (link loop) and OSError (name too
    long) out of `load_pack`, so one bad pack crashed every command that lists packs."""
    long_name = "a" * 300 + ".yaml"
    pack = {**small_pack(real_data()["pack.yaml"], "loop.yaml")}
    pack["exercises"] = ["loop.yaml", long_name]
    user_pack = isolated_environment.user_packs_dir / "broken"
    user_pack.mkdir(parents=True)
    (user_pack / "pack.yaml").write_text(dump(pack), encoding="utf-8")
    if hasattr(os, "symlink"):
        (user_pack / "loop.yaml").symlink_to("loop.yaml")

    result = load_checked(user_pack)
    messages = [str(p.message) for p in result.errors]
    if hasattr(os, "symlink"):
        assert "the exercise file 'loop.yaml' is a loop of symbolic links" in messages
    assert f"the exercise file {long_name!r} does not exist" in messages
    missing = load_checked(user_pack.parent / ("b" * 300)).errors[0]
    assert str(missing.message) == "no pack.yaml here"

    assert main(["packs", "validate", str(user_pack), "--lang", "en"]) == 1
    assert "loop of symbolic links" in capsys.readouterr().out
    assert main(["diary", "list", "--lang", "en"]) == 0  # the other packs still load


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_named_like_an_exercise_file_does_not_hang_the_loader() -> None:
    """Reading a FIFO blocks until someone writes to it; the loader must not even try."""
    pack = small_pack(real_data()["pack.yaml"], "exercises/x.yaml")
    with pack_folder({"pack.yaml": dump(pack).encode("utf-8")}) as folder:
        (folder / "exercises").mkdir()
        os.mkfifo(folder / "exercises" / "x.yaml")
        signal.signal(signal.SIGALRM, _hung)
        signal.alarm(10)
        try:
            result = load_checked(folder)
        finally:
            signal.alarm(0)
        assert result.pack is None


def _hung(signum: int, frame: object) -> None:
    raise AssertionError("load_pack hung on a FIFO")


# --- byte-level edits of the real files -----------------------------------------------------

EDITS = st.sampled_from(
    ["truncate", "delete", "insert", "duplicate-line", "indent", "tab", "bom", "encoding", "nul"]
)


@st.composite
def edited_pack(draw: st.DrawFn) -> dict[str, bytes]:
    exercise = draw(st.sampled_from(exercise_files()))
    pack_text = real_texts()["pack.yaml"]
    listed = re.sub(r"(?ms)^exercises:\n(  - .*\n)+", f"exercises:\n  - {exercise}\n", pack_text)
    files = {"pack.yaml": listed.encode("utf-8"), exercise: real_texts()[exercise].encode("utf-8")}
    name = draw(st.sampled_from(sorted(files)))
    raw = files[name]
    for _ in range(draw(st.integers(1, 3))):
        edit = draw(EDITS)
        at = draw(st.integers(0, len(raw)))
        if edit == "truncate":
            raw = raw[:at]
        elif edit == "delete":
            raw = raw[:at] + raw[at + draw(st.integers(1, 200)) :]
        elif edit == "insert":
            token = draw(st.sampled_from([*YAML_TOKENS, "\n", "\r", "\u2028", "\ufeff"]))
            raw = raw[:at] + token.encode("utf-8") + raw[at:]
        elif edit == "duplicate-line":
            lines = raw.splitlines(keepends=True) or [b""]
            index = draw(st.integers(0, len(lines) - 1))
            raw = b"".join([*lines[: index + 1], lines[index], *lines[index + 1 :]])
        elif edit == "indent":
            lines = raw.splitlines(keepends=True) or [b""]
            index = draw(st.integers(0, len(lines) - 1))
            lines[index] = b" " * draw(st.integers(1, 5)) + lines[index]
            raw = b"".join(lines)
        elif edit == "tab":
            raw = raw.replace(b"  ", b"\t", draw(st.integers(1, 3)))
        elif edit == "bom":
            raw = b"\xef\xbb\xbf" + raw
        elif edit == "encoding":
            codec = draw(st.sampled_from(["utf-16", "latin-1", "utf-32", "cp1252"]))
            raw = raw.decode("utf-8", "replace").encode(codec, "replace")
        elif edit == "nul":
            raw = raw[:at] + b"\x00" + raw[at:]
    files[name] = raw
    return files


@pytest.mark.slow
@given(files=edited_pack(), loader=st.sampled_from(LOADERS))
@settings(PROFILE)
def test_byte_edits_of_the_real_pack_give_located_problems(
    files: dict[str, bytes], loader: type
) -> None:
    with pack_folder(files) as folder:
        load_checked(folder, loader)


# --- raw bytes and YAML soup ----------------------------------------------------------------

YAML_TOKENS = [
    "id: ",
    "kind: ",
    "steps:",
    "- ",
    ": ",
    "? ",
    ",",
    "[",
    "]",
    "{",
    "}",
    "&a ",
    "*a",
    "&b ",
    "*b",
    "!!python/object:os.system ",
    "!!str ",
    "!tag ",
    "<<: ",
    "|",
    ">-",
    "'",
    '"',
    "#",
    "---",
    "...",
    "%YAML 1.1",
    "%TAG ! tag:x,2002:",
    "\n",
    "\n  ",
    "\n    ",
    "\t",
    "2026-02-30",
    "1e999",
    "nb",
    "en",
    "æøå",
    "🙂",
    "\\",
    "\x00",
    "\x85",
]
PACK_YAML = b"""\
id: fuzz
version: '1'
title: {nb: Fuzz, en: Fuzz}
description: {nb: Fuzz, en: Fuzz}
languages: [nb, en]
exercises: [ex.yaml]
"""

soup = st.lists(st.one_of(st.sampled_from(YAML_TOKENS), st.text(max_size=6)), max_size=80).map(
    "".join
)


@pytest.mark.slow
@given(
    content=st.one_of(st.binary(max_size=3000), soup.map(lambda s: s.encode("utf-8", "replace")))
)
@settings(PROFILE)
def test_random_bytes_as_pack_yaml_give_located_problems(content: bytes) -> None:
    with pack_folder({"pack.yaml": content}) as folder:
        load_checked(folder)


@pytest.mark.slow
@given(
    content=st.one_of(
        soup.map(lambda s: s.encode("utf-8", "replace")),
        soup.map(
            lambda s: ("id: ex\ntitle: T\ndescription: D\nminutes: 3\nsteps:\n" + s).encode(
                "utf-8", "replace"
            )
        ),
        st.binary(max_size=3000),
    ),
    loader=st.sampled_from(LOADERS),
)
@settings(PROFILE)
def test_yaml_soup_as_an_exercise_gives_located_problems(content: bytes, loader: type) -> None:
    with pack_folder({"pack.yaml": PACK_YAML, "ex.yaml": content}) as folder:
        load_checked(folder, loader)


# --- a wrong type at every field ------------------------------------------------------------


def _wrong(value: Any) -> Any:
    """A value of another type: a mapping for a scalar, a number for a mapping or a list."""
    return 7 if isinstance(value, dict | list) else {"wrong": [1, 2]}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(real_texts()))
def test_a_wrong_type_at_every_field_gives_located_problems(name: str) -> None:
    """Not sampled: every place in every file of the real pack, one at a time."""
    if name == "pack.yaml":  # the whole pack, so that the list of exercise files is real
        files = dict(real_data())
    else:
        files = {"pack.yaml": small_pack(real_data()["pack.yaml"], name), name: real_data()[name]}
    with pack_folder({key: dump(data).encode("utf-8") for key, data in files.items()}) as folder:
        for at in paths_in(name):
            original: Any = real_data()[name]
            for step in at:
                original = original[step]
            wrong, _ = mutate(files[name], at, Mutation("replace", _wrong(original)), None)
            (folder / name).write_text(dump(wrong), encoding="utf-8")
            load_checked(folder)
