"""Who may talk to the browser view: the rules, free of any web framework so they test plainly.

A request is let in only if it carries the secret token (in the address once, then in a cookie
the page cannot read and other sites cannot send), names a host that fits the address the
server listens on (a page on an attacker's domain that resolves to 127.0.0.1 names its own), and,
for the WebSocket that drives the app, comes from a page of this very origin.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

#: 32 random bytes: 256 bits, far past guessing over a network in any number of lifetimes.
TOKEN_BYTES = 32
TOKEN_PARAMETER = "token"
LOOPBACK_NAMES = frozenset({"localhost"})


def new_token() -> str:
    """A fresh secret for one run of the server (URL-safe base64, 43 characters)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def tokens_match(given: str | None, expected: str) -> bool:
    """Compare in constant time; anything that is not the token (absent, odd bytes) is False."""
    if not given:
        return False
    return hmac.compare_digest(given.encode("utf-8", "surrogateescape"), expected.encode())


def cookie_name(port: int) -> str:
    """Cookies are shared by every port of a host: a name per port keeps two servers apart."""
    return f"medarbeider-{port}"


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and the name localhost: addresses only this machine can reach."""
    name = host.strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def split_host(authority: str) -> str:
    """The host part of a Host header (``127.0.0.1:8000``, ``[::1]:8000``, ``localhost``)."""
    if authority.startswith("["):
        return authority[1:].partition("]")[0]
    return authority.rpartition(":")[0] if authority.count(":") == 1 else authority


@dataclass(frozen=True)
class Guard:
    """The three checks, for a server that listens on ``bound_host``."""

    token: str
    bound_host: str

    def authorised(self, *candidates: str | None) -> bool:
        """True if any candidate (the query parameter, the cookie) is the token."""
        found = False
        for candidate in candidates:  # no early exit: every candidate costs the same
            found = tokens_match(candidate, self.token) or found
        return found

    def host_allowed(self, host_header: str | None) -> bool:
        """Bound to loopback, only loopback names may be asked for (no DNS rebinding); bound
        wider, the token alone decides, since the machine's names cannot all be known."""
        if not host_header:
            return False
        if not is_loopback(self.bound_host):
            return True
        return is_loopback(split_host(host_header))

    def origin_allowed(self, origin: str | None, host_header: str | None) -> bool:
        """The WebSocket must come from a page this server served: Origin is http://<Host>."""
        if not origin or not host_header or not self.host_allowed(host_header):
            return False
        parts = urlsplit(origin)
        return parts.scheme == "http" and parts.netloc.lower() == host_header.lower()
