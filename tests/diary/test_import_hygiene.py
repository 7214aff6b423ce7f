"""The diary is plain Python: importing it must not pull in the UI toolkit."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_diary_does_not_import_textual() -> None:
    code = (
        "import sys, medarbeider_tui.diary\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich'})\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
