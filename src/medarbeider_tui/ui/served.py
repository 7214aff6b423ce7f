"""Whether this app runs behind `medarbeider serve`: in a browser tab, on pipes, not a terminal.

The server (``serve/``) sets `SERVED_ENV` in the environment of the app process it starts;
textual-serve sets ``TEXTUAL_DRIVER``. The interface then uses keys browsers leave to the page.
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
