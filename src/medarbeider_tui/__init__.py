"""medarbeider: guided reflection on work life, in the terminal.

The package root stays import-free so that every command starts fast; the layers live in
``content`` (packs, validation, scoring), ``diary`` (local JSON entries) and ``ui`` (Textual).
"""

__version__ = "0.1.0"
