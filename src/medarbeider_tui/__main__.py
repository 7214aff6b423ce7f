"""Allow ``python -m medarbeider_tui``."""

import sys

from medarbeider_tui.cli import main

sys.exit(main())
