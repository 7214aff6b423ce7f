"""yamlsafe: what a pack file may not contain, and where the refusal points.

Most tests run with both of PyYAML's safe loaders: libyaml's ``CSafeLoader`` (used when it was
compiled in) and the pure-Python ``SafeLoader`` (the quiet fallback). They disagree on small
things (libyaml reports the plain style as ``''``, pure PyYAML as ``None``; their syntax
messages differ), and a pack must be judged the same either way.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from medarbeider_tui.content import yamlsafe
from medarbeider_tui.content.errors import PackProblem
from medarbeider_tui.content.loader import load_pack
from medarbeider_tui.content.spec import INVALID, Bool, Context, Number, Str, is_plain
from medarbeider_tui.content.yamlsafe import MAX_FILE_BYTES, MAX_NODES, compose_file
from medarbeider_tui.i18n import Count
from medarbeider_tui.i18n import Translatable as T

_CSafeLoader = getattr(yaml, "CSafeLoader", None)
_NO_LIBYAML = pytest.mark.skipif(_CSafeLoader is None, reason="PyYAML built without libyaml")

LIBYAML = pytest.param(_CSafeLoader, id="libyaml", marks=_NO_LIBYAML)
PURE = pytest.param(yaml.SafeLoader, id="pure")


@pytest.fixture(params=[LIBYAML, PURE])
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> type:
    """Run the test with one of the two loaders behind ``compose_file``."""
    monkeypatch.setattr(yamlsafe, "_Loader", request.param)
    return request.param


def compose(tmp_path: Path, content: str | bytes, name: str = "pack.yaml"):
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path, *compose_file(path)


def refused(tmp_path: Path, content: str | bytes) -> tuple[Path, PackProblem]:
    """The one problem that stops ``content`` (and check that nothing is returned)."""
    path, node, problems = compose(tmp_path, content)
    assert node is None, "a refused file must not give a node tree"
    assert len(problems) == 1, [str(p) for p in problems]
    problem = problems[0]
    assert problem.path == path
    assert problem.severity == "error"
    assert problem.hint, "every refusal says how to fix it"
    return path, problem


# --- what is accepted -------------------------------------------------------------------


def test_a_plain_file_composes_to_nodes_with_no_problems(tmp_path: Path, loader: type) -> None:
    _, node, problems = compose(tmp_path, "id: a\ntitle: NO\nversion: 1.0\nlist: [1, 2]\n")
    assert problems == []
    assert isinstance(node, yaml.MappingNode)
    values = {k.value: v.value for k, v in node.value if isinstance(v, yaml.ScalarNode)}
    # Composed, not constructed: NO and 1.0 are still the text the author wrote.
    assert values == {"id": "a", "title": "NO", "version": "1.0"}


def test_a_few_aliases_and_a_utf8_bom_are_fine(tmp_path: Path, loader: type) -> None:
    _, node, problems = compose(tmp_path, "\ufeffa: &x hei\nb: *x\n".encode())
    assert problems == []
    assert node is not None


def test_standard_tags_written_out_are_allowed(tmp_path: Path, loader: type) -> None:
    _, node, problems = compose(tmp_path, "a: !!str 5\nb: !!int 3\n")
    assert problems == []
    assert node is not None


# --- duplicate keys ---------------------------------------------------------------------


def test_duplicate_key_points_at_the_second_and_names_the_first(
    tmp_path: Path, loader: type
) -> None:
    path, p = refused(tmp_path, "id: a\ntitle: T\nid: b\n")
    assert (p.line, p.column) == (3, 1)
    assert str(p) == (
        f"{path}:3:1: duplicate key 'id' (first on line 1)"
        " — remove one of them; YAML would silently keep only the last"
    )


def test_duplicate_key_inside_a_list_item(tmp_path: Path, loader: type) -> None:
    text = "steps:\n  - id: a\n    kind: info\n    id: b\n"
    _, p = refused(tmp_path, text)
    assert (p.line, p.column) == (4, 5)
    assert p.message == T("problem.yaml.duplicate_key", key="id", line=2)


def test_same_key_in_two_mappings_is_not_a_duplicate(tmp_path: Path, loader: type) -> None:
    _, node, problems = compose(tmp_path, "a: {id: x}\nb: {id: x}\n")
    assert problems == []
    assert node is not None


# --- tags -------------------------------------------------------------------------------


Y = "tag:yaml.org,2002:"


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ('!!python/object/apply:os.system ["echo owned"]', Y + "python/object/apply:os.system"),
        ("!!python/object:collections.OrderedDict {}", Y + "python/object:collections.OrderedDict"),
        ("!!python/name:os.system ''", Y + "python/name:os.system"),
        ("!custom hello", "!custom"),
        ("!!binary aGVp", Y + "binary"),
        ("!!set {a}", Y + "set"),
    ],
)
def test_custom_and_unsafe_tags_are_refused_where_they_stand(
    tmp_path: Path, loader: type, value: str, tag: str
) -> None:
    path, p = refused(tmp_path, f"id: a\nfield: {value}\n")
    assert (p.line, p.column) == (2, 8)
    assert str(p) == (
        f"{path}:2:8: the tag {tag!r} is not allowed — remove the '!' tag; "
        "packs hold plain text, numbers, lists and mappings only"
    )


def test_every_tagged_node_is_reported(tmp_path: Path, loader: type) -> None:
    _, node, problems = compose(tmp_path, "a: !one x\nb:\n  - !two y\n")
    assert node is None
    # (the walk is depth-first from the end, so they come bottom-up; the order is not pinned)
    assert sorted((p.line, p.column, str(p.message)) for p in problems) == [
        (1, 4, "the tag '!one' is not allowed"),
        (3, 5, "the tag '!two' is not allowed"),
    ]


def test_a_tag_on_a_key_is_refused_too(tmp_path: Path, loader: type) -> None:
    _, p = refused(tmp_path, "id: a\n!custom title: T\n")
    assert (p.line, p.column) == (2, 1)
    assert str(p.message) == "the tag '!custom' is not allowed"


# --- merge keys -------------------------------------------------------------------------


def test_merge_key_is_refused(tmp_path: Path, loader: type) -> None:
    path, p = refused(tmp_path, "base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n")
    assert str(p) == f"{path}:3:3: merge keys ('<<') are not supported — write the keys out in full"


def test_a_quoted_double_angle_key_is_just_text(tmp_path: Path, loader: type) -> None:
    # Only the plain '<<' is YAML's merge key; the plain-style check must work with both
    # loaders (libyaml reports plain as '', pure PyYAML as None).
    _, node, problems = compose(tmp_path, "c:\n  '<<': 1\n")
    assert problems == []
    assert node is not None


# --- alias bombs and deep nesting -------------------------------------------------------

BILLION_LAUGHS = b"""\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_billion_laughs_is_refused_quickly_without_expanding(tmp_path: Path, loader: type) -> None:
    assert len(BILLION_LAUGHS) < 350  # ~9**9 strings once expanded
    start = time.perf_counter()
    path, p = refused(tmp_path, BILLION_LAUGHS)
    elapsed = time.perf_counter() - start
    assert elapsed < 2.0, f"took {elapsed:.2f}s: the aliases were expanded"
    assert str(p) == (
        f"{path}:1:1: the file expands to more than {MAX_NODES:,} values "
        "(anchors and aliases are counted each time they are used)"
        " — write the values out instead of repeating aliases"
    )


def test_alias_budget_counts_each_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlsafe, "MAX_NODES", 10)
    # 1 mapping + 3 keys' values: a list of 3, and two uses of it = 1 + 4 + 4 + 4 = 13 nodes
    _, p = refused(tmp_path, "a: &x [1, 2, 3]\nb: *x\nc: *x\n")
    assert p.message == T("problem.yaml.too_many_nodes", limit=Count(10))
    _, node, problems = compose(tmp_path, "a: &x [1, 2, 3]\nb: *x\n")  # 9 nodes
    assert problems == []
    assert node is not None


@pytest.mark.parametrize(
    ("loader_class", "depth"),
    # The pure loader recurses in Python and is slow on deep input, so it gets less.
    [
        pytest.param(_CSafeLoader, 5000, id="libyaml", marks=_NO_LIBYAML),
        pytest.param(yaml.SafeLoader, 800, id="pure"),
    ],
)
def test_deep_nesting_is_a_problem_not_an_exception(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loader_class: type, depth: int
) -> None:
    monkeypatch.setattr(yamlsafe, "_Loader", loader_class)
    _, p = refused(tmp_path, b"[" * depth + b"]" * depth)
    assert p.line == 1
    assert p.message.key.startswith("problem.yaml.")
    if loader_class is yaml.SafeLoader:
        assert str(p).endswith(
            "the YAML is nested too deeply to be read"
            " — simplify the file: nesting this deep is never needed"
        )


@_NO_LIBYAML
def test_nesting_libyaml_accepts_is_walked_without_recursion(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(yamlsafe, "_Loader", _CSafeLoader)
    _, node, problems = compose(tmp_path, "a: " + "[" * 900 + "]" * 900 + "\n")
    assert problems == []
    assert node is not None


# --- bytes, size, syntax, missing -------------------------------------------------------


def test_non_utf8_bytes_name_the_line(tmp_path: Path, loader: type) -> None:
    path, p = refused(tmp_path, b"id: a\ntitle: bl\xe5b\xe6r\n")  # latin-1 «blåbær»
    assert str(p) == (
        f"{path}:2:1: the file is not valid UTF-8 — save it as UTF-8 (most editors offer this "
        "in 'Save as')"
    )


@pytest.mark.parametrize("content", [b"", b"# only a comment\n", b"\n\n"])
def test_an_empty_file_is_refused(tmp_path: Path, loader: type, content: bytes) -> None:
    path, p = refused(tmp_path, content)
    assert str(p) == (
        f"{path}:1:1: the file is empty — write the pack's fields, see `medarbeider packs schema`"
    )


def test_an_oversize_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path, p = refused(tmp_path, b"a: 1\n" + b"#" * (MAX_FILE_BYTES - 4))
    assert str(p) == (
        f"{path}:1:1: the file is {MAX_FILE_BYTES + 1:,} bytes, over the "
        f"{MAX_FILE_BYTES:,}-byte limit for a pack file — split it into several exercise files"
    )


def test_a_file_of_exactly_the_limit_is_read(tmp_path: Path) -> None:
    _, node, problems = compose(tmp_path, b"a: 1\n" + b"#" * (MAX_FILE_BYTES - 5))
    assert problems == []
    assert node is not None


@pytest.mark.parametrize(
    ("content", "line", "column", "key"),
    [
        ("id: a\ntitle: [one, two\ndescription: x\n", 3, 12, "open_list"),
        ("id: a\ntitle: {nb: x\n", 3, 1, "open_mapping"),
        ("id: a\n  title: b\n", 2, 8, "colon"),  # indented key
        ("id: a\ntitle: b: c\n", 2, 9, "colon"),
        ('id: a\ntitle: "open\n', 3, 1, "open_quote"),
        ("id: a\ntitle: *nope\n", 2, 8, "undefined_alias"),
        ("a: &x 1\nb: &x 2\n", 2, 4, "duplicate_anchor"),
        ("id: a\n---\nid: b\n", 2, 1, "documents"),
        ("id: a\ntitle: @x\n", 2, 8, "character"),
        ("id: a\ntitle: }\n", 2, 8, "no_value"),
        ("a: 1\n- b\n", 2, 1, "indentation"),
        ("- a\nb: 1\n", 2, 1, "indentation"),
        ("id: a\nsteps:\n\t- id: b\n", 3, 1, "tab"),
        ("a:\n  b: 1\n\tc: 2\n", 3, 1, "tab"),
        ("a:\n  b: 1\n  \tc: 2\n", 3, 3, "tab"),
    ],
)
def test_syntax_error_points_at_the_error_and_says_it_plainly(
    tmp_path: Path, loader: type, content: str, line: int, column: int, key: str
) -> None:
    """Both loaders give the same place and the same words (libyaml's own differ)."""
    path, p = refused(tmp_path, content)
    assert (p.line, p.column, p.message.key) == (line, column, f"problem.yaml.{key}")
    assert str(p).startswith(f"{path}:{line}:{column}: YAML syntax: ")
    assert p.render("nb").startswith(f"{path}:{line}:{column}: YAML-syntaks: ")


def test_a_tab_is_named_with_the_fix(tmp_path: Path, loader: type) -> None:
    """Issue 16: a tab was «found character that cannot start any token»."""
    path, p = refused(tmp_path, "id: a\nsteps:\n\t- id: b\n")
    assert str(p) == (
        f"{path}:3:1: YAML syntax: a tab character in the indentation — YAML indents with spaces"
        " only: replace the tab with spaces (set your editor to insert spaces for Tab)"
    )


def test_a_syntax_error_of_no_known_kind_keeps_the_parsers_words(
    tmp_path: Path, loader: type
) -> None:
    _, p = refused(tmp_path, "a: |x\n  y\n")
    assert p.message.key == "problem.yaml.other"
    assert p.hint == T("hint.yaml.syntax")


def test_a_missing_file_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    node, problems = compose_file(path)
    assert node is None
    assert [str(p) for p in problems] == [
        f"{path}:1:1: cannot read the file (it does not exist)"
        " — check that it exists and is readable"
    ]


# --- the plain style, with both loaders -------------------------------------------------

STYLES = """\
flag: true
flag_quoted: "true"
number: 5
number_quoted: '5'
nothing: ~
nothing_quoted: "~"
"""


def test_plain_style_is_detected_with_both_loaders(tmp_path: Path, loader: type) -> None:
    path, node, problems = compose(tmp_path, STYLES)
    assert problems == []
    assert node is not None
    nodes = {k.value: v for k, v in node.value}

    # The two loaders spell "plain" differently; is_plain must accept both spellings.
    assert nodes["flag"].style == ("" if loader is _CSafeLoader else None)
    assert [name for name, n in nodes.items() if is_plain(n)] == ["flag", "number", "nothing"]

    ctx = Context(path)
    assert Bool().check(nodes["flag"], ctx) is True
    assert Number(integer=True).check(nodes["number"], ctx) == 5
    assert Str().check(nodes["nothing_quoted"], ctx) == "~"
    assert ctx.problems == []

    assert Bool().check(nodes["flag_quoted"], ctx) is INVALID
    assert Number(integer=True).check(nodes["number_quoted"], ctx) is INVALID
    assert Str().check(nodes["nothing"], ctx) is INVALID
    assert [str(p) for p in ctx.problems] == [
        f"{path}:2:14: expected true or false, found 'true'"
        " — write true or false (yes/no/on/off are not accepted)",
        f"{path}:4:16: expected a whole number, found '5' — write the number without quotes",
        f"{path}:5:10: expected text, found nothing — write the text here",
    ]


def _small_pack(folder: Path, title: str) -> Path:
    folder.mkdir()
    (folder / "pack.yaml").write_text(
        "id: liten\nversion: 1.0\n"
        f"title: {title}\n"
        "description: {nb: Beskrivelse, en: Description}\n"
        "languages: [nb, en]\nexercises: [ex.yaml]\n",
        encoding="utf-8",
    )
    (folder / "ex.yaml").write_text(
        "id: ex\ntitle: NO\ndescription: yes\nminutes: 5\n"
        "steps:\n  - {id: i, kind: info, optional: false}\n",
        encoding="utf-8",
    )
    return folder


def test_a_pack_loads_the_same_with_both_loaders(tmp_path: Path, loader: type) -> None:
    result = load_pack(_small_pack(tmp_path / "p", "{nb: Tittel, en: Title}"))
    assert [str(p) for p in result.problems] == []
    assert result.pack is not None
    assert result.pack.version == "1.0"
    exercise = result.pack.exercises[0]
    assert (exercise.title.render("en"), exercise.description.render("nb")) == ("NO", "yes")
    assert exercise.steps[0].optional is False


@pytest.mark.parametrize("loader_class", [LIBYAML, yaml.SafeLoader], ids=["libyaml", "pure"])
def test_a_question_mark_inside_braces_is_refused_by_both_loaders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loader_class: type
) -> None:
    # Pure-Python PyYAML cuts unquoted text at '?' inside { }; libyaml does not. A pack must
    # read the same everywhere, so the unquoted form is an error with either loader.
    monkeypatch.setattr(yamlsafe, "_Loader", loader_class)
    result = load_pack(_small_pack(tmp_path / "p", "{nb: Hva nå?, en: What now?}"))
    assert result.pack is None
    assert result.errors
    if loader_class is LIBYAML:
        assert "unquoted text with '?' inside { } or [ ]: 'Hva nå?'" in str(result.errors[0])
        assert "put the text in quotes" in str(result.errors[0])


@pytest.mark.parametrize("loader_class", [LIBYAML, yaml.SafeLoader], ids=["libyaml", "pure"])
def test_a_quoted_question_mark_inside_braces_loads_with_both_loaders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loader_class: type
) -> None:
    monkeypatch.setattr(yamlsafe, "_Loader", loader_class)
    result = load_pack(_small_pack(tmp_path / "p", '{nb: "Hva nå?", en: "What now?"}'))
    assert [str(p) for p in result.errors] == []
    assert result.pack is not None
    assert result.pack.title.render("en") == "What now?"
