"""The guard over plain HTTP, no browser: token, cookie, Host, Origin, one session, the page.

These hold whether or not Chromium is installed, so the security of the browser view never
depends on the browser tests running.
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import time
from collections.abc import Iterator

import aiohttp
import pytest

from medarbeider_tui.paths import Locations
from medarbeider_tui.serve.server import TAKEOVER_WAIT
from tests.serve.conftest import ServedApp, open_app, start_server, wait_until

EVERY_PATH = ["/", "/ws", "/static/js/textual.js", "/static/css/xterm.css", "/nothing-here"]


@pytest.fixture(scope="module")
def quiet_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedApp]:
    """One server for the checks that start no app (each refusal must leave it untouched)."""
    root = tmp_path_factory.mktemp("serve")
    server = start_server(Locations(data_dir=root / "data", config_dir=root / "config"))
    yield server
    assert server.stop() == 0


def test_the_address_carries_a_token_of_at_least_128_bits(quiet_server: ServedApp) -> None:
    assert quiet_server.url.startswith("http://127.0.0.1:")
    token = quiet_server.token
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", token)  # 32 random bytes, URL-safe base64
    assert "Bare denne maskinen kan nå den" in "".join(quiet_server.output)


@pytest.mark.parametrize("path", EVERY_PATH)
@pytest.mark.parametrize(
    "credentials",
    [
        {},
        {"query": "token=wrong"},
        {"query": "token="},
        {"query": "token=%C3%B8"},  # a non-ASCII token must not crash the comparison
        {"cookie": "medarbeider-{port}=wrong"},
        {"cookie": "medarbeider-1={token}"},  # another server's cookie name
    ],
    ids=["none", "wrong", "empty", "non-ascii", "wrong-cookie", "other-port-cookie"],
)
def test_without_the_token_every_path_is_403_and_nothing_else(
    quiet_server: ServedApp, path: str, credentials: dict[str, str]
) -> None:
    query = credentials.get("query")
    headers = {}
    if "cookie" in credentials:
        headers["Cookie"] = credentials["cookie"].format(
            port=quiet_server.port, token=quiet_server.token
        )
    reply = quiet_server.get(f"{path}?{query}" if query else path, headers)
    assert reply.status == 403
    assert reply.body == b""
    assert "Set-Cookie" not in reply.headers
    assert quiet_server.upgrade(f"{path}?{query}" if query else path, headers) == 403
    assert quiet_server.app_pids() == set()


def test_a_post_without_the_token_is_403_too(quiet_server: ServedApp) -> None:
    assert quiet_server.get("/", method="POST").status == 403


def test_the_token_in_the_address_becomes_a_strict_httponly_cookie(
    quiet_server: ServedApp,
) -> None:
    reply = quiet_server.get(f"/?token={quiet_server.token}")
    assert reply.status == 303
    assert reply.headers["Location"] == "/"  # out of the address bar and the history
    cookie = reply.headers["Set-Cookie"]
    assert cookie.startswith(f"medarbeider-{quiet_server.port}={quiet_server.token};")
    assert "HttpOnly" in cookie
    assert "SameSite=Strict" in cookie
    assert "Path=/" in cookie

    page = quiet_server.get("/", {"Cookie": quiet_server.cookie})
    assert page.status == 200
    assert page.headers["Content-Type"].startswith("text/html")
    assert page.headers["Cache-Control"] == "no-store"
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
    assert quiet_server.get("/static/js/textual.js", {"Cookie": quiet_server.cookie}).status == 200


def test_the_page_loads_nothing_from_elsewhere(quiet_server: ServedApp) -> None:
    html = quiet_server.get("/", {"Cookie": quiet_server.cookie}).body.decode()
    assert "<title>medarbeider</title>" in html
    assert "googleapis" not in html
    links = re.findall(r"""(?:src|href)\s*=\s*["']([^"']*)["']""", html)
    assert links, html
    for link in links:
        assert link.startswith("/") or link == "data:,", link
    assert re.findall(r"url\(", html) == []
    assert f'data-session-websocket-url="ws://{quiet_server.authority}/ws"' in html
    assert "Økten er lukket. Svarene du har gitt, er lagret." in html


def test_every_answer_tells_the_browser_to_keep_nothing(quiet_server: ServedApp) -> None:
    for path in ("/", "/static/js/textual.js", "/nothing-here"):
        reply = quiet_server.get(path, {"Cookie": quiet_server.cookie})
        assert reply.headers["Cache-Control"] == "no-store", path
        assert reply.headers["Referrer-Policy"] == "no-referrer", path
    assert quiet_server.get("/static/", {"Cookie": quiet_server.cookie}).status in (403, 404)


@pytest.mark.parametrize(
    "host", ["evil.example:{port}", "attacker.test", "10.0.0.1:{port}", "127.0.0.1.nip.io:{port}"]
)
def test_a_host_that_is_not_loopback_is_refused_even_with_the_token(
    quiet_server: ServedApp, host: str
) -> None:
    """A page on a domain that resolves to 127.0.0.1 (DNS rebinding) names its own host."""
    headers = {"Host": host.format(port=quiet_server.port), "Cookie": quiet_server.cookie}
    assert quiet_server.get("/", headers).status == 403
    assert quiet_server.upgrade("/ws", {**headers, "Origin": f"http://{headers['Host']}"}) == 403


@pytest.mark.parametrize(
    "origin",
    [
        None,
        "null",
        "http://evil.example",
        "http://127.0.0.1",  # another port is another origin
        "http://127.0.0.1:1",
        "https://127.0.0.1:{port}",
        "http://localhost:{port}",  # not the host this page was asked for
    ],
)
def test_the_websocket_refuses_another_origin_even_with_the_token(
    quiet_server: ServedApp, origin: str | None
) -> None:
    headers = {"Cookie": quiet_server.cookie}
    if origin is not None:
        headers["Origin"] = origin.format(port=quiet_server.port)
    assert quiet_server.upgrade("/ws", headers) == 403
    assert quiet_server.upgrade(f"/ws?token={quiet_server.token}", headers) == 403
    assert quiet_server.app_pids() == set()


def test_loopback_names_other_than_the_printed_one_still_work(quiet_server: ServedApp) -> None:
    """Through an SSH tunnel the browser may say localhost and another port."""
    headers = {"Host": "localhost:8022", "Cookie": quiet_server.cookie}
    assert quiet_server.get("/", headers).status == 200


# --- one session at a time ---------------------------------------------------------------------


@pytest.mark.slow
def test_one_session_at_a_time_and_the_next_after_the_first_ends(served: ServedApp) -> None:
    async def scenario() -> None:
        async with aiohttp.ClientSession() as http:
            first = await open_app(http, served)
            await first.until("Personvern")  # the app runs and drew its first screen
            [app_pid] = served.app_pids()

            right = {"Cookie": served.cookie, "Origin": served.origin}
            began = time.monotonic()
            assert await asyncio.to_thread(served.upgrade, "/ws", right) == 409
            assert time.monotonic() - began >= TAKEOVER_WAIT - 0.1  # it waited for a reload
            assert served.app_pids() == {app_pid}  # never a second process on the diary
            page = served.get("/", right).body.decode()
            assert "medarbeider er allerede åpen" in page  # what the page shows if refused

            # A tab that comes while the first is going (a reload) takes over when it is gone.
            second = asyncio.ensure_future(open_app(http, served))
            await asyncio.sleep(0.5)
            assert not second.done()
            await first.websocket.close()
            taken_over = await second
            await taken_over.until("Personvern")
            assert len(served.app_pids()) == 1
            assert app_pid not in served.app_pids()
            await taken_over.websocket.close()

    asyncio.run(scenario())


@pytest.mark.slow
def test_the_app_ending_by_itself_frees_the_session(served: ServedApp) -> None:
    async def scenario() -> None:
        async with aiohttp.ClientSession() as http:
            app = await open_app(http, served)
            await app.until("Personvern")
            await app.keys("\x11")  # Ctrl+Q
            await asyncio.wait_for(app.closed.wait(), 20)
        await asyncio.to_thread(wait_until, lambda: not served.app_pids(), "the app to end")
        assert served.get("/", {"Cookie": served.cookie}).status == 200

    asyncio.run(scenario())


# --- who may listen where ------------------------------------------------------------------------


def run_serve(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "medarbeider_tui", "serve", *args],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize("host", ["", "example.org", "0", "all"])
def test_a_host_that_is_not_an_ip_address_is_refused(host: str) -> None:
    done = run_serve("--host", host)
    assert done.returncode == 2
    assert "er ikke en IP-adresse" in done.stderr
    assert "http://" not in done.stdout


@pytest.mark.slow
def test_a_port_in_use_is_told_calmly(served: ServedApp) -> None:
    done = run_serve("--port", str(served.port), "--lang", "en")
    assert done.returncode == 1
    assert f"Cannot listen on 127.0.0.1:{served.port}" in done.stderr


def test_all_interfaces_only_when_spelled_out_and_with_a_warning(
    isolated_environment: Locations,
) -> None:
    server = start_server(isolated_environment, "--host", "0.0.0.0", "--lang", "en")
    try:
        told = "".join(server.output)
        assert "Warning: the server listens on 0.0.0.0" in told
        assert "the key in the address is the only thing that protects" in told
        assert "not encrypted" in told
        assert server.url.startswith("http://127.0.0.1:")
        # Bound wide, the token is still asked for on every path.
        assert server.get("/", {"Host": f"192.0.2.7:{server.port}"}).status == 403
        assert (
            server.get("/", {"Host": f"192.0.2.7:{server.port}", "Cookie": server.cookie}).status
            == 200
        )
    finally:
        assert server.stop() == 0


def test_the_default_is_loopback_without_a_warning(served: ServedApp) -> None:
    told = "".join(served.output)
    assert "Advarsel" not in told
    assert served.url.startswith("http://127.0.0.1:")


@pytest.mark.slow
def test_without_the_extra_installed_serve_says_how_to_get_it() -> None:
    code = (
        "import sys; sys.modules['textual_serve'] = None\n"  # as if medarbeider[serve] is absent
        "from medarbeider_tui.cli import main; sys.exit(main(['serve', '--lang', 'en']))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "pip install 'medarbeider[serve]'" in done.stderr
    assert "http://" not in done.stdout
