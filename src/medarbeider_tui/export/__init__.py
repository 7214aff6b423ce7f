"""Renderings of the results model as documents: plain text, Markdown, HTML, CSV and JSON.

Everything here renders a ``report.model.Report`` (or an ``ExportDocument`` of several); nothing
computes a score. ``selection`` chooses entries, ``document`` groups them and leaves private
answers out, ``formats`` names each format; the application service writes the files.
"""
