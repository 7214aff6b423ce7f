"""The screens: home, exercise, review, result, history, about, and small dialogs."""
