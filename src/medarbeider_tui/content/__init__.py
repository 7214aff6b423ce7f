"""The content layer: pack format, loading with located validation, and scoring.

Plain Python (no Textual), so the CLI, the plain runner and the TUI share one truth.
"""
