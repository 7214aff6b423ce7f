"""The results model: what an entry's answers and results say, built once for every renderer.

``build`` turns an exercise, answers and results into the typed ``model``; ``quadrant_drawing``
lays the 2×2 out as text. Front ends and exports only decide how it looks.
"""
