"""The browser view in a real browser: Debian's Chromium, driven by Playwright.

A person's path: the printed address opens the app, keys typed in the page answer Hall
statements, the draft lands on disk; a second tab is turned away; nothing the page asks for
leaves the served origin. Then the refusals as a browser meets them: no token, a wrong one, a
WebSocket from a page without the cookie, and one from another origin that knows the token.

Without Chromium (or Playwright) these tests skip and say why; with CI=true they fail instead,
so CI cannot pass without running them.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from typing import Any

import pytest

from medarbeider_tui.paths import Locations
from tests.serve.conftest import PATIENCE, ServedApp, screen_text, start_server, wait_until

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI must run the browser tests (.ci/run installs Chromium)")
    pytest.skip(f"{reason}: browser tests skipped (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed")
    if not os.access(CHROMIUM, os.X_OK):
        _unavailable(f"Chromium is not installed at {CHROMIUM}")
    with sync_playwright() as playwright:
        # Chromium itself blocks a page it deems public (as made-up pages are) from reaching
        # loopback (Local Network Access); off, so that every refusal seen is the server's own.
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--disable-features=LocalNetworkAccessChecks"],
        )
        yield chromium
        chromium.close()


class Page:
    """A tab on the served app, with what the app draws read from its WebSocket frames."""

    def __init__(self, browser: Any, served: ServedApp) -> None:
        self.context = browser.new_context(viewport={"width": 1000, "height": 640})
        self.page = self.context.new_page()
        self.served = served
        self.requests: list[str] = []
        self.sockets: list[str] = []
        self.chunks: list[bytes] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("websocket", self._on_websocket)

    def _on_websocket(self, websocket: Any) -> None:
        self.sockets.append(websocket.url)
        websocket.on(
            "framereceived",
            lambda payload: self.chunks.append(payload) if isinstance(payload, bytes) else None,
        )

    def until(self, text: str, since: int = 0) -> int:
        """Wait until the app has drawn ``text`` (after chunk ``since``); the count so far."""
        deadline = time.monotonic() + PATIENCE
        while text not in screen_text(self.chunks[since:]):
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never drawn:\n{screen_text(self.chunks)[-3000:]}")
            self.page.wait_for_timeout(50)
        return len(self.chunks)

    def press(self, key: str) -> None:
        self.page.keyboard.press(key)

    def answer(self, digit: str, then: str, since: int) -> int:
        """Type ``digit`` on a statement and wait until the app has moved on to ``then``. Once:
        keys typed ahead are taken in order (issue 8), so a second press would answer the next
        statement."""
        self.press(digit)
        return self.until(then, since)


def answers_on_disk(served: ServedApp) -> dict[str, Any]:
    entries = served.entries()
    return entries[0]["answers"] if len(entries) == 1 else {}


@pytest.mark.slow
def test_the_printed_address_opens_the_app_and_keys_in_the_page_reach_the_diary(
    browser: Any, served: ServedApp
) -> None:
    tab = Page(browser, served)
    response = tab.page.goto(served.url)
    assert response is not None and response.status == 200
    assert tab.page.url == served.origin + "/"  # the token left the address bar
    assert tab.page.title() == "medarbeider"

    mark = tab.until("Personvern")  # first run: the privacy note over home
    tab.press("Enter")  # no click first: the page gives the app the keyboard
    mark = tab.until("f2 English", mark)  # home, its footer with a key the browser leaves alone
    tab.press("Enter")  # the first exercise: the Hall quadrant
    mark = tab.until("Steg 1 av", mark)
    tab.press("Enter")
    mark = tab.until("Steg 2 av", mark)
    tab.press("Enter")
    mark = tab.until("Utsagn 1 av 6", mark)
    assert "f9 Neste" in screen_text(tab.chunks)
    assert "f8 Tilbake" in screen_text(tab.chunks)
    mark = tab.answer("4", "Utsagn 2 av 6", mark)
    mark = tab.answer("2", "Utsagn 3 av 6", mark)
    tab.press("F8")  # back, in place of Ctrl+B
    mark = tab.until("Utsagn 2 av 6", mark)
    mark = tab.answer("5", "Utsagn 3 av 6", mark)
    wait_until(lambda: answers_on_disk(served) == {"sb1": 4, "sb2": 5}, "the draft on disk")
    [entry] = served.entries()
    assert entry["status"] == "draft"
    assert entry["exercise"] == "hall-kvadranten"

    # A second tab, and a second browser with the address: both told the session is in use.
    second_tab = tab.context.new_page()
    second_tab.goto(served.origin + "/")
    other_browser = browser.new_context()
    other_tab = other_browser.new_page()
    other_tab.goto(served.url)
    for refused in (second_tab, other_tab):
        notice = refused.wait_for_selector("#in-use", state="visible", timeout=PATIENCE * 1000)
        assert notice is not None
        assert "medarbeider er allerede åpen" in notice.inner_text()
    other_browser.close()
    second_tab.close()
    assert len(served.app_pids()) == 1

    # A reload: the new page takes the session over once the old one has let it go.
    [before] = served.app_pids()
    mark = len(tab.chunks)
    tab.page.reload()
    tab.until("f2 English", mark)  # home again, in a new app process
    assert served.app_pids() != {before} and len(served.app_pids()) == 1

    # Everything the page asked for went to the served origin, and nowhere else.
    assert tab.requests and tab.sockets
    for url in tab.requests:
        assert url.startswith(served.origin + "/"), url
    for url in tab.sockets:
        assert url.startswith(f"ws://{served.authority}/ws?"), url

    # Closing the tab ends the app (its draft kept) and frees the session for the next one.
    tab.context.close()
    wait_until(lambda: not served.app_pids(), "the app to end with its tab")
    assert answers_on_disk(served) == {"sb1": 4, "sb2": 5}


@pytest.mark.slow
def test_a_browser_without_the_token_is_refused_over_http_and_websocket(
    browser: Any, isolated_environment: Locations
) -> None:
    from playwright.sync_api import Error as PlaywrightError

    served = start_server(isolated_environment)
    context = browser.new_context()
    try:
        page = context.new_page()
        statuses: dict[str, int] = {}
        page.on("response", lambda response: statuses.setdefault(response.url, response.status))
        for address in (served.origin + "/", served.origin + "/?token=wrong"):
            # 403 with an empty body: Chromium shows its own error page instead.
            with pytest.raises(PlaywrightError, match="ERR_HTTP_RESPONSE_CODE_FAILURE"):
                page.goto(address)
            assert statuses[address] == 403, address
        assert context.cookies() == []

        def a_page_at(origin: str) -> None:
            """A blank page of ``origin``, made up in the browser; nothing is fetched for it."""
            page.route(
                f"{origin}/blank",
                lambda route: route.fulfill(status=200, content_type="text/html", body="<p>.</p>"),
            )
            page.goto(f"{origin}/blank")

        # A page of the served origin, but without the cookie: its WebSocket is refused.
        a_page_at(served.origin)
        assert page.evaluate(OPEN_WEBSOCKET, f"ws://{served.authority}/ws") == "refused"

        # A page of another origin that even knows the token: refused for its Origin.
        a_page_at("http://attacker.test")
        with_token = f"ws://{served.authority}/ws?token={served.token}"
        assert page.evaluate(OPEN_WEBSOCKET, with_token) == "refused"
        assert served.app_pids() == set()  # no app was ever started

        # The control: the same call from the served origin with the token opens.
        a_page_at(served.origin)
        assert page.evaluate(OPEN_WEBSOCKET, with_token) == "opened"
    finally:
        context.close()
        assert served.stop() == 0


#: In the page: open a WebSocket and say whether it opened or was refused.
OPEN_WEBSOCKET = """
(url) => new Promise((resolve) => {
  const socket = new WebSocket(url);
  socket.onopen = () => { socket.close(); resolve("opened"); };
  socket.onerror = () => resolve("refused");
  socket.onclose = () => resolve("refused");
  setTimeout(() => resolve("no answer"), 5000);
})
"""
