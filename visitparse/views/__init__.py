"""Pages to look at: the evidence view of one article and the report of an archive.

:func:`render_html` needs only spaCy; :mod:`visitparse.views.report` needs the ``views``
extra (networkx, plotly).
"""

from __future__ import annotations

from visitparse.views.render import evidence_marks, render_html

__all__ = ["evidence_marks", "render_html"]
