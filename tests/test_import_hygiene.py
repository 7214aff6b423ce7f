"""Only the UI layer may import Textual: the domain and the CLI stay fast and testable."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import TEST_PACK


@pytest.mark.parametrize(
    "code",
    [
        "import medarbeider_tui, medarbeider_tui.content.loader, medarbeider_tui.content.scoring",
        "import medarbeider_tui.report.build, medarbeider_tui.export.text",
        "import medarbeider_tui.diary, medarbeider_tui.service, medarbeider_tui.plain.runner",
        "from medarbeider_tui.cli import main; main(['packs', 'list', '--pack', PACK])",
        "from medarbeider_tui.cli import main; main(['diary', 'list'])",
        "from medarbeider_tui.cli import main; main(['packs', 'validate', PACK])",
        "from medarbeider_tui.cli import main\ntry: main(['--version'])\nexcept SystemExit: pass",
    ],
)
def test_textual_is_not_imported(code: str) -> None:
    script = (
        f"PACK = {str(TEST_PACK)!r}\n{code}\nimport sys\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "assert not bad, bad\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_package_root_imports_nothing_heavy() -> None:
    script = (
        "import sys; before = set(sys.modules); import medarbeider_tui\n"
        "new = sorted(set(sys.modules) - before)\nassert new == ['medarbeider_tui'], new\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
