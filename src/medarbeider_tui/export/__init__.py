"""Renderings of the results model as documents: plain text and Markdown (more to come).

Everything here renders a ``report.model.Report`` (or parts of one); nothing computes a score.
"""
