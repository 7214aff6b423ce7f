"""Widgets for each step kind and for drawn results, built like Textual's own."""
