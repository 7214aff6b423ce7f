"""What validation and answer checks say, in both languages: every key, every placeholder.

The catalogues are walked (each key in nb and en, with the same placeholders and plural
forms), the content code is read for the keys it uses (each must exist, and each key must be
used), and a deliberately broken pack is validated with ``--lang nb``: no English may remain.
"""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import Any

import pytest

from medarbeider_tui.cli import main
from medarbeider_tui.content.packspec import EXERCISE as EXERCISE_SPEC
from medarbeider_tui.content.packspec import PACK as PACK_SPEC
from medarbeider_tui.content.spec import ListOf, MapOf, Obj, Tagged
from medarbeider_tui.i18n import LANGUAGES, has_text, t
from medarbeider_tui.i18n.answer_text import TEXTS as ANSWER_TEXT
from medarbeider_tui.i18n.interface_text import INTERFACE_TEXT
from medarbeider_tui.i18n.validation_text import TEXTS as VALIDATION_TEXT
from tests.content.minipack import BASE, HEADER, PACK, replaced, write_pack

SRC = Path(__file__).resolve().parents[2] / "src" / "medarbeider_tui"
#: Where keys of these catalogues are used: the content layer and what shows its problems.
USERS = [
    *sorted((SRC / "content").glob("*.py")),
    SRC / "commands" / "packs.py",
    SRC / "service" / "reloading.py",  # a pack read again that lost its exercise (--reload)
]
CATALOGUES = {"problem": VALIDATION_TEXT, "hint": VALIDATION_TEXT, "answer": ANSWER_TEXT}
ALL_KEYS = sorted({*VALIDATION_TEXT, *ANSWER_TEXT})
KEY_IN_SOURCE = re.compile(r"""["']((?:problem|hint|answer|packs)\.[a-z0-9_.]+)["']""")


def forms(key: str, language: str) -> dict[str, str]:
    template = {**VALIDATION_TEXT, **ANSWER_TEXT}[key][language]
    return {"": template} if isinstance(template, str) else dict(template)


def placeholders(template: str) -> frozenset[tuple[str, str | None]]:
    """The ``{name}`` / ``{name!r}`` fields of a template (a literal brace is an error)."""
    return frozenset(
        (name, conversion)
        for _, name, _, conversion in string.Formatter().parse(template)
        if name is not None
    )


@pytest.mark.parametrize("key", ALL_KEYS)
def test_every_key_is_in_both_languages_with_the_same_placeholders(key: str) -> None:
    assert key.partition(".")[0] in CATALOGUES, "problem.*, hint.* or answer.* only"
    assert key in CATALOGUES[key.partition(".")[0]], "in the catalogue its prefix is loaded from"
    nb, en = forms(key, "nb"), forms(key, "en")
    assert set(nb) == set(en), "the same plural forms"
    assert set(en) in ({""}, {"one", "other"})
    fields = {placeholders(text) for text in [*nb.values(), *en.values()]}
    assert len(fields) == 1, f"nb and en must fill in the same values: {fields}"
    for text in [*nb.values(), *en.values()]:
        assert text == text.strip() and text, "no stray spaces"
        for _, name, _, _ in string.Formatter().parse(text):
            assert name is None or name.isidentifier(), f"a brace in {text!r}: pass it as a value"
    if set(en) == {"one", "other"}:
        assert ("count", None) in next(iter(fields)), "a plural is chosen by {count}"


@pytest.mark.parametrize("key", ALL_KEYS)
def test_every_key_renders_in_both_languages(key: str) -> None:
    [fields] = {placeholders(text) for text in forms(key, "en").values()}
    for count in (1, 2):
        values = {name: count if name == "count" else f"<{name}>" for name, _ in fields}
        for language in LANGUAGES:
            assert t(key, language, **values)


def used_keys() -> dict[str, list[str]]:
    """Every key the content code names, with the files that name it."""
    found: dict[str, list[str]] = {}
    for path in USERS:
        for key in KEY_IN_SOURCE.findall(path.read_text(encoding="utf-8")):
            found.setdefault(key, []).append(path.name)
    return found


def test_every_key_the_code_uses_exists() -> None:
    used = used_keys()
    assert len(used) > 150
    missing = {key: files for key, files in used.items() if not has_text(key)}
    assert missing == {}


def test_every_key_in_the_catalogues_is_used() -> None:
    assert sorted(set(ALL_KEYS) - set(used_keys())) == []


# --- a broken pack, validated in bokmål ---------------------------------------------------


def yaml_words() -> set[str]:
    """The pack format's own words (field names, kinds): code, the same in every language."""
    found: set[str] = {"high", "low", "true", "false", "yes", "off"}
    todo: list[Any] = [PACK_SPEC, EXERCISE_SPEC]
    while todo:
        spec = todo.pop()
        if isinstance(spec, Obj):
            found.update(spec.fields)
            todo += [f.spec for f in spec.fields.values()]
        elif isinstance(spec, Tagged):
            found.update(spec.variants)
            todo += list(spec.variants.values())
        elif isinstance(spec, ListOf):
            todo.append(spec.item)
        elif isinstance(spec, MapOf):
            todo += [spec.key, spec.value]
    return {word for name in found for word in name.split("_")}


def english_words() -> set[str]:
    """Words the English texts use that the bokmål texts never do."""

    def words(language: str) -> set[str]:
        texts = [
            text
            for catalogue in (VALIDATION_TEXT, ANSWER_TEXT, INTERFACE_TEXT)
            for key in catalogue
            if key.partition(".")[0] in ("problem", "hint", "answer", "packs")
            for text in (
                [catalogue[key][language]]
                if isinstance(catalogue[key][language], str)
                else catalogue[key][language].values()  # type: ignore[union-attr]
            )
        ]
        return {w.lower() for text in texts for w in re.findall(r"[A-Za-z]{3,}", unquoted(text))}

    return words("en") - words("nb") - yaml_words()


def unquoted(text: str) -> str:
    """``text`` without what is quoted from YAML ('…', "…", `…`) and without placeholders."""
    text = re.sub(r"\{[^{}]*\}", " ", text)
    return re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`|«[^»]*»", " ", text)


TAB_PACK = "id: tab\ntitle: Tab\ndescription: D\nminutes: 1\nsteps:\n\t- {id: i, kind: info}\n"
BAD_SEMANTICS = """\
scales:
  s5: {min: 1, max: 5, labels: {1: Lite, 3: Midt}}
steps:
  - {id: sp, kind: scale, scale: s7, items: [{id: a1, text: A}, {id: a1, text: B}]}
  - {id: sorter, kind: sort, items_from: nope, cells: [{id: c, label: C}, {id: c, label: D}]}
  - {id: c, kind: choice, options_from: {score: snitt}, max_selected: 2}
scoring:
  - {id: snitt, kind: mean, items: [a1, a9], thresholds: [2, 1], min_answered: 9}
  - id: q
    kind: quadrant
    x: snitt
    y: nope
    threshold: 9
    quadrants:
      - {id: hh, x: high, y: high, label: HH}
      - {id: hh, x: high, y: high, label: HH}
      - {id: hl, x: high, y: low, label: HL}
      - {id: ll, x: low, y: low, label: LL}
  - {id: r, kind: lowest}
"""
BAD_SHAPES = """\
minutez: 3
scales:
  s5: {min: '1', max: 5.5, labels: {1: Lite, midt: Midt, 5: {de: Mye}}}
steps:
  - {id: Sp, kind: scale, scale: s5, optinal: yes, items: []}
  - {kind: resutl}
  - {id: t, kind: text, max_length: 0, multiline: 3,5}
"""
BAD_YAML = "id: a\ntitle: !custom x\nid: b\n"


def broken_pack(folder: Path) -> Path:
    """A pack with many kinds of problem, over several files (the pack itself loads)."""
    pack = replaced(PACK, "languages: [nb]", "languages: [nb, en]")
    pack = replaced(pack, "title: Mini", "title: {nb: Mini}")
    files = ["ex.yaml", "former.yaml", "tab.yaml", "yaml.yaml", "borte.yaml"]
    pack = replaced(pack, "[ex.yaml]", f"[{', '.join(files)}]")
    return write_pack(
        folder,
        BAD_SEMANTICS,
        pack=pack,
        **{
            "former.yaml": BAD_SHAPES + HEADER,
            "tab.yaml": TAB_PACK,
            "yaml.yaml": BAD_YAML,
        },
    )


def validate(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["packs", "validate", *argv])
    out, err = capsys.readouterr()
    assert err == ""
    return code, out


def test_a_broken_pack_validated_in_bokmal_has_no_english(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = broken_pack(tmp_path / "odelagt")
    code, out = validate(capsys, str(folder), "--lang", "nb")
    assert code == 1
    lines = out.splitlines()
    assert len(lines) > 30, out
    kinds = {line.split(": ", 1)[1].split(" ")[0] for line in lines[:-1]}
    assert len(kinds) > 15, "many kinds of problem"
    english = english_words()
    assert {"expected", "unknown", "the", "with", "found", "error", "warning"} <= english
    left = {
        word
        for line in lines
        for word in re.findall(r"[A-Za-z]{3,}", unquoted(line.replace(str(folder), " ")))
        if word.lower() in english
    }
    assert left == set(), out
    _, out_en = validate(capsys, str(folder), "--lang", "en")
    assert len(out_en.splitlines()) == len(lines)
    assert out_en != out


def test_the_summary_counts_in_words_with_plurals(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pack = replaced(PACK, "languages: [nb]", "languages: [nb, en]")
    pack = replaced(pack, "title: Mini", "title: {nb: Mini}")
    pack = replaced(pack, "description: Ei lita pakke.", "description: {nb: Lita}")
    one_error = write_pack(tmp_path / "en-feil", replaced(BASE, "result", "resutl"), pack=pack)
    assert validate(capsys, str(one_error), "--lang", "en")[1].endswith(
        f"{one_error}: 1 error, 2 warnings\n"
    )
    assert validate(capsys, str(one_error), "--lang", "nb")[1].endswith(
        f"{one_error}: 1 feil, 2 advarsler\n"
    )
    valid = write_pack(
        tmp_path / "gyldig", pack=replaced(pack, "description: {nb: Lita}", "description: Lita")
    )
    code, out = validate(capsys, str(valid), "--lang", "nb")
    assert code == 0
    assert out.endswith(f"{valid}: gyldig (1 øvelse, 1 advarsel)\n")
    assert validate(capsys, str(valid), "--lang", "en")[1].endswith(
        f"{valid}: valid (1 exercise, 1 warning)\n"
    )


def test_validating_an_exercise_file_checks_its_pack(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = write_pack(tmp_path / "mini", replaced(BASE, "result", "resutl"))
    code, out = validate(capsys, str(folder / "ex.yaml"), "--lang", "en")
    assert code == 1
    assert out.splitlines() == [
        f"{folder / 'ex.yaml'} belongs to the pack in {folder}; checking the whole pack.",
        f"{folder / 'ex.yaml'}:14:11: unknown kind 'resutl' — did you mean 'result'?",
        f"{folder}: 1 error, 0 warnings",
    ]
    assert "pack.yaml/pack.yaml" not in out and "ex.yaml/pack.yaml" not in out
