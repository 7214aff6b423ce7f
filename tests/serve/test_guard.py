"""The guard's rules on their own: tokens, loopback names, hosts and origins."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medarbeider_tui.serve.guard import Guard, is_loopback, new_token, split_host, tokens_match


def test_tokens_are_long_fresh_and_url_safe() -> None:
    tokens = {new_token() for _ in range(50)}
    assert len(tokens) == 50
    for token in tokens:
        assert len(token) == 43  # 256 bits in URL-safe base64
        assert token.isascii() and " " not in token and "/" not in token and "+" not in token


@given(st.text())
def test_only_the_token_matches_whatever_is_sent(given_text: str) -> None:
    token = "A" * 43
    assert tokens_match(given_text, token) == (given_text == token)


def test_an_absent_token_never_matches() -> None:
    assert not tokens_match(None, new_token())
    assert not tokens_match("", new_token())


def test_any_of_several_candidates_may_carry_the_token() -> None:
    guard = Guard(new_token(), "127.0.0.1")
    assert guard.authorised(None, guard.token)
    assert guard.authorised(guard.token, "wrong")
    assert not guard.authorised(None, None)
    assert not guard.authorised("wrong", guard.token[:-1])


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("LOCALHOST", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.20", False),
        ("localhost.evil.example", False),
        ("127.0.0.1.nip.io", False),
        ("", False),
    ],
)
def test_loopback_is_what_only_this_machine_reaches(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize(
    ("authority", "host"),
    [
        ("127.0.0.1:8000", "127.0.0.1"),
        ("localhost", "localhost"),
        ("[::1]:8000", "::1"),
        ("[::1]", "::1"),
        ("evil.example:80", "evil.example"),
    ],
)
def test_the_host_part_of_a_host_header(authority: str, host: str) -> None:
    assert split_host(authority) == host


def test_bound_to_loopback_only_loopback_hosts_and_the_same_origin() -> None:
    guard = Guard(new_token(), "127.0.0.1")
    assert guard.host_allowed("127.0.0.1:4711")
    assert guard.host_allowed("localhost:9000")  # an SSH tunnel's end
    assert not guard.host_allowed("evil.example:4711")
    assert not guard.host_allowed(None)
    assert guard.origin_allowed("http://127.0.0.1:4711", "127.0.0.1:4711")
    assert not guard.origin_allowed("http://127.0.0.1:4712", "127.0.0.1:4711")
    assert not guard.origin_allowed("http://evil.example:4711", "evil.example:4711")
    assert not guard.origin_allowed(None, "127.0.0.1:4711")


def test_bound_wide_any_host_but_still_the_same_origin() -> None:
    guard = Guard(new_token(), "0.0.0.0")
    assert guard.host_allowed("192.168.1.20:4711")
    assert guard.origin_allowed("http://192.168.1.20:4711", "192.168.1.20:4711")
    assert not guard.origin_allowed("http://evil.example", "192.168.1.20:4711")
