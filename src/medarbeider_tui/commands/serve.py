"""`medarbeider serve`: the full-screen app in a browser tab, on this machine, behind a token."""

from __future__ import annotations

import asyncio
import ipaddress
import sys
import webbrowser

from medarbeider_tui.commands.context import Context
from medarbeider_tui.i18n import t
from medarbeider_tui.serve.guard import TOKEN_PARAMETER, Guard, new_token


def serve(ctx: Context) -> int:
    lang = ctx.language
    try:
        address = ipaddress.ip_address(
            "127.0.0.1" if ctx.args.host == "localhost" else ctx.args.host.strip("[]")
        )
    except ValueError:
        ctx.err(t("serve.bad_host", lang, host=ctx.args.host))
        return 2
    try:
        from medarbeider_tui.serve.server import BrowserServer, bind
    except ImportError:
        ctx.err(t("serve.not_installed", lang))
        return 2
    try:
        sock = bind(str(address), ctx.args.port)
    except (OSError, OverflowError) as exc:
        error = getattr(exc, "strerror", None) or str(exc)
        ctx.err(t("serve.cannot_listen", lang, host=address, port=ctx.args.port, error=error))
        return 1
    port: int = sock.getsockname()[1]
    guard = Guard(new_token(), str(address))
    url = f"http://{_url_host(address)}:{port}/?{TOKEN_PARAMETER}={guard.token}"
    server = BrowserServer(app_command(ctx), guard, port, lang)

    def ready() -> None:
        if not address.is_loopback:
            ctx.err(t("serve.exposed_warning", lang, host=address))
            if address.is_unspecified:
                ctx.err(t("serve.other_machines", lang, host=_url_host(address)))
        ctx.out(t("serve.open_this", lang))
        ctx.out(f"  {url}")
        if address.is_loopback:
            ctx.out(t("serve.loopback_only", lang))
        ctx.out(t("serve.stop_hint", lang))
        ctx.stdout.flush()
        if ctx.args.open and not webbrowser.open(url):
            ctx.err(t("serve.browser_failed", lang))

    asyncio.run(server.run(sock, ready))
    ctx.out(t("serve.stopped", lang))
    return 0


def app_command(ctx: Context) -> list[str]:
    """How the server starts the app: this Python, the options given to `serve` passed on."""
    argv = [sys.executable, "-m", "medarbeider_tui"]
    if ctx.args.lang:
        argv += ["--lang", ctx.args.lang]
    for pack in ctx.args.pack:
        argv += ["--pack", str(pack.resolve())]
    if ctx.args.profile is not None:  # the profile `serve` was started for, not a guess
        argv += ["--profile", ctx.args.profile]
    if getattr(ctx.args, "present", False):  # the presentation view, in the tab as well
        argv.append("--present")
    return argv


def _url_host(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    """How the address is written in a URL; a wildcard is reached here through loopback."""
    if address.is_unspecified:
        address = ipaddress.ip_address("::1" if address.version == 6 else "127.0.0.1")
    return f"[{address}]" if address.version == 6 else str(address)
