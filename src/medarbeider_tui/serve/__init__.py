"""The browser view, `medarbeider serve`: the full-screen app in a browser tab, on loopback.

textual-serve runs the app as a child process whose terminal is a pair of pipes; this package
puts a guard in front of it (a secret token, the page's own origin, one session at a time) and
ships a page that loads nothing from elsewhere. Importing the package itself loads nothing
heavy: the app process only asks `is_served()` to pick keys that browsers leave to the page.
"""

from __future__ import annotations

import os

#: Set by the server in the environment of the app process it starts.
SERVED_ENV = "MEDARBEIDER_SERVED"
#: What textual-serve sets so that Textual talks to it over the pipes.
WEB_DRIVER = "textual.drivers.web_driver:WebDriver"


def is_served() -> bool:
    """Whether this process is the app behind `medarbeider serve` (pipes, not a terminal)."""
    return os.environ.get(SERVED_ENV) == "1" and os.environ.get("TEXTUAL_DRIVER") == WEB_DRIVER
