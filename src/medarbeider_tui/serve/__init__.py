"""The browser view, `medarbeider serve`: the full-screen app in a browser tab, on loopback.

textual-serve runs the app as a child process whose terminal is a pair of pipes; this package
puts a guard in front of it (a secret token, the page's own origin, one session at a time) and
ships a page that loads nothing from elsewhere. Importing the package itself loads nothing
heavy: the app process only asks `is_served()` (``ui/served.py``) to pick keys that browsers
leave to the page.
"""

from __future__ import annotations

from medarbeider_tui.ui.served import SERVED_ENV, WEB_DRIVER, is_served

__all__ = ["SERVED_ENV", "WEB_DRIVER", "is_served"]
