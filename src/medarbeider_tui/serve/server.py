"""textual-serve behind a guard: the token, the origin, one session, our own page.

textual-serve's `Server` gives the message pump between the browser and the app process; this
subclass builds its own routes (no download route, no folder listings), puts `guard` in front
of every one, keeps one app process at a time (a second tab would be a second process writing
the same diary: it waits a moment for the first to end, as on a reload, then is told the session
is in use), and on Ctrl+C or SIGTERM asks the app to quit, so that it saves its draft,
before the server goes. The app process runs in a session of its own: the terminal's Ctrl+C
reaches the server only, and the server decides how the app ends.
"""

from __future__ import annotations

import asyncio
import html
import logging
import shlex
import signal
import socket
import string
from asyncio.subprocess import PIPE, Process
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from medarbeider_tui.i18n import t
from medarbeider_tui.serve import SERVED_ENV
from medarbeider_tui.serve.guard import TOKEN_PARAMETER, Guard, cookie_name, tokens_match

log = logging.getLogger("medarbeider.serve")

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"  # ours; textual-serve's (textual.js) are at /static
#: How long the app may take to quit (and save) before it is terminated, then killed.
STOP_GRACE = 5.0
#: How long a new tab waits for the running session to end (a reload closes the old page's
#: socket only once the new page is there) before it is told the session is in use.
TAKEOVER_WAIT = 3.0
HEARTBEAT = 15.0

#: Sent with every answer: nothing is kept by the browser, nothing framed, nothing referred.
SECURITY_HEADERS: Mapping[str, str] = {
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
}


#: The page's placeholders and the texts that fill them.
PAGE_TEXTS: Mapping[str, str] = {
    "connecting": "serve.page.connecting",
    "closed": "serve.page.closed",
    "reopen": "serve.page.reopen",
    "in_use_title": "serve.page.in_use.title",
    "in_use_body": "serve.page.in_use.body",
    "reload": "serve.page.reload",
}


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host``:``port`` (0: a free port), before anything is printed.

    Raises:
        OSError: the address is taken or not on this machine.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(16)
    except OSError:
        sock.close()
        raise
    return sock


def forbidden() -> web.Response:
    """403 and nothing else: no page, no hint of what is behind."""
    return web.Response(status=403, headers=SECURITY_HEADERS)


class AppProcess(AppService):
    """One app process, started without a shell and in its own session; ends when told."""

    def __init__(self, argv: Sequence[str], env: Mapping[str, str], **kwargs: object) -> None:
        super().__init__(shlex.join(argv), **kwargs)  # type: ignore[arg-type]
        self.argv = list(argv)
        self.extra_env = dict(env)

    async def _open_app_process(self, width: int = 80, height: int = 24) -> Process:
        environment = self._build_environment(width=width, height=height)
        environment.update(self.extra_env)
        self._process = process = await asyncio.create_subprocess_exec(
            *self.argv,
            stdin=PIPE,
            stdout=PIPE,
            stderr=PIPE,
            env=environment,
            start_new_session=True,
        )
        assert process.stdin is not None
        self._stdin = process.stdin
        return process

    async def run(self) -> None:
        """As textual-serve runs it; then close the page's socket, however the app ended."""
        await super().run()
        await self.remote_close()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    async def end(self, grace: float = STOP_GRACE) -> None:
        """Ask the app to quit (it saves its draft); terminate, then kill, if it will not."""
        try:
            await asyncio.wait_for(self.stop(), grace)
        except TimeoutError:
            log.warning("the app did not quit within %s s; terminating it", grace)
        process = self._process
        if process is None:
            return
        if process.returncode is None:
            process.terminate()
            try:
                await asyncio.wait_for(process.wait(), grace)
            except TimeoutError:
                process.kill()
        await process.wait()


@dataclass
class Session:
    """The one browser tab that drives the one app process."""

    pump: asyncio.Task[None] | None = None
    app: AppProcess | None = None
    finished: asyncio.Event = field(default_factory=asyncio.Event)


class BrowserServer(Server):
    """Serves the app to the holder of the token, one tab at a time."""

    def __init__(
        self,
        app_argv: Sequence[str],
        guard: Guard,
        port: int,
        language: str,
    ) -> None:
        super().__init__(
            shlex.join(app_argv),
            host=guard.bound_host,
            port=port,
            title="medarbeider",
            templates_path=TEMPLATES,
        )
        self.app_argv = list(app_argv)
        self.guard = guard
        self.language = language
        self.cookie = cookie_name(port)
        self.session: Session | None = None
        self.stopping = False
        self._page = string.Template((TEMPLATES / "app_index.html").read_text(encoding="utf-8"))

    # --- routes ----------------------------------------------------------------------------

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self._guard_middleware])
        app.add_routes(
            [
                web.get("/", self.page, name="index"),
                web.get("/ws", self.app_socket, name="websocket"),
                web.static("/static", self.statics_path, show_index=False, name="static"),
                web.static("/page", STATIC, show_index=False, name="page"),
            ]
        )
        return app

    @web.middleware
    async def _guard_middleware(
        self,
        request: web.Request,
        handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
    ) -> web.StreamResponse:
        host = request.headers.get("Host")
        query_token = request.query.get(TOKEN_PARAMETER)
        if not self.guard.host_allowed(host) or not self.guard.authorised(
            query_token, request.cookies.get(self.cookie)
        ):
            return forbidden()
        if request.path == "/ws" and not self.guard.origin_allowed(
            request.headers.get("Origin"), host
        ):
            return forbidden()
        if self.stopping:
            return web.Response(status=503, headers=SECURITY_HEADERS)
        from_address = tokens_match(query_token, self.guard.token)
        if from_address and request.path == "/":
            # The token leaves the address bar (and the history); the cookie carries it on.
            response: web.StreamResponse = web.Response(
                status=303, headers={**SECURITY_HEADERS, "Location": "/"}
            )
        else:
            try:
                response = await handler(request)
            except web.HTTPException as exc:
                exc.headers.update(SECURITY_HEADERS)
                raise
        if not response.prepared:
            response.headers.update(SECURITY_HEADERS)
            if from_address:
                response.set_cookie(
                    self.cookie, self.guard.token, httponly=True, samesite="Strict", path="/"
                )
        return response

    async def page(self, request: web.Request) -> web.Response:
        """The page that runs the app; it says so itself if the session turns out to be taken."""
        lang = self.language
        texts = {name: html.escape(t(key, lang)) for name, key in PAGE_TEXTS.items()}
        page = self._page.substitute(
            lang=lang,
            title="medarbeider",
            websocket_url=html.escape(f"ws://{request.headers['Host']}/ws", quote=True),
            **texts,
        )
        return web.Response(text=page, content_type="text/html")

    async def app_socket(self, request: web.Request) -> web.StreamResponse:
        """Start the app for this tab, unless another tab keeps it (409, nothing started)."""
        if not await self._wait_for_the_session_to_end():
            return web.Response(status=409, headers=SECURITY_HEADERS)
        session = self.session = Session()  # claimed with no await since the check: no race
        try:
            websocket = web.WebSocketResponse(heartbeat=HEARTBEAT)
            websocket.headers.update(SECURITY_HEADERS)
            width = to_int(request.query.get("width", "80"), 80)
            height = to_int(request.query.get("height", "24"), 24)
            await websocket.prepare(request)
            session.app = app = AppProcess(
                self.app_argv,
                {SERVED_ENV: "1"},
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,
                download_manager=self.download_manager,
            )
            try:
                await app.start(width, height)
                session.pump = asyncio.create_task(self._process_messages(websocket, app))
                if self.stopping:
                    session.pump.cancel()
                await asyncio.wait({session.pump})
                if not session.pump.cancelled() and session.pump.exception() is not None:
                    log.error("message pump failed", exc_info=session.pump.exception())
            finally:
                await app.end()
                await websocket.close()
            return websocket
        finally:
            self.session = None
            session.finished.set()

    async def _wait_for_the_session_to_end(self) -> bool:
        """True once no session runs (at once, or within TAKEOVER_WAIT); False if one stays."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + TAKEOVER_WAIT
        while self.session is not None:
            remaining = deadline - loop.time()
            if remaining <= 0 or self.stopping:
                return False
            try:
                await asyncio.wait_for(self.session.finished.wait(), remaining)
            except TimeoutError:
                return False
        return not self.stopping

    # --- running ---------------------------------------------------------------------------

    async def run(self, sock: socket.socket, ready: Callable[[], None]) -> None:
        """Serve on ``sock`` until SIGINT or SIGTERM; then end the session and stop."""
        runner = web.AppRunner(await self._make_app(), handle_signals=False, access_log=None)
        await runner.setup()
        site = web.SockSite(runner, sock)
        await site.start()
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        try:
            ready()
            await stop.wait()
        finally:
            for signum in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(signum)
            await self.end_session()
            await runner.cleanup()

    async def end_session(self) -> None:
        """Let the running app quit and save; refuse what comes in meanwhile."""
        self.stopping = True
        session = self.session
        if session is None:
            return
        if session.pump is not None:
            session.pump.cancel()
        try:
            await asyncio.wait_for(session.finished.wait(), 3 * STOP_GRACE)
        except TimeoutError:
            log.error("the session did not end in time")
