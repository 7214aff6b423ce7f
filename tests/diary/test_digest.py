"""The results digest: made from any results dict without failing, believed only when exact."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medarbeider_tui.diary.digest import MAX_PARTS, read_digest, results_digest

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.just(10**400)
    | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
NAMES = st.from_regex(r"[a-z][a-z0-9_-]{0,8}", fullmatch=True)
RESULT = st.fixed_dictionaries(
    {"kind": st.sampled_from(["mean", "quadrant", "rank", "other"])},
    optional={
        "value": JSON,
        "quadrant": NAMES | JSON,
        "between": st.lists(NAMES) | JSON,
        "x": st.fixed_dictionaries({"score": NAMES}) | JSON,
        "y": st.fixed_dictionaries({"score": NAMES}) | JSON,
        "picks": st.lists(st.fixed_dictionaries({"id": NAMES})) | JSON,
    },
)


@pytest.mark.slow
@given(
    results=st.dictionaries(NAMES | st.text(max_size=6), RESULT | JSON, max_size=6),
    answers=st.dictionaries(NAMES | st.text(max_size=6), JSON, max_size=6),
)
def test_any_results_give_a_digest_that_reads_back(
    results: dict[str, Any], answers: dict[str, Any]
) -> None:
    text = results_digest(results, answers, "1.0.0", "ab" * 32)
    digest = read_digest(text)
    assert digest is not None
    assert set(digest.means) <= set(results)
    for score, value in digest.means.items():
        raw = results[score].get("value")
        number = type(raw) is float or (type(raw) is int and abs(raw) < 2**53)
        assert value == (float(raw) if number else None)


def test_a_digest_that_is_not_exactly_ours_is_not_believed() -> None:
    good = json.loads(results_digest({"m": {"kind": "mean", "value": 3.5}}, {}, "1", ""))
    assert read_digest(json.dumps(good)) is not None
    for bad in (
        {**good, "extra": 1},
        {**good, "means": {"m": "3,5"}},
        {**good, "means": {"M A": 3.5}},
        {**good, "answered": -1},
        {**good, "pack": ["1"]},
        {**good, "quadrants": {"q": [None, [], "x"]}},
        {**good, "sizes": {"s": 1.5}},
        {**good, "picks": {"p": ["../x"]}},
    ):
        assert read_digest(json.dumps(bad)) is None, bad
    assert read_digest("not json") is None
    assert read_digest("") is None


def test_a_huge_results_dict_gives_a_bounded_digest() -> None:
    results = {f"s{n}": {"kind": "mean", "value": 1.0} for n in range(10_000)}
    digest = read_digest(results_digest(results, {}, "1", ""))
    assert digest is not None
    assert len(digest.means) == MAX_PARTS
