"""The full-screen interface (Textual). Only this package may import Textual.

It presents and collects; checking, scoring and saving belong to ``session`` and the layers
below, so the plain mode and this interface always agree.
"""
