"""Evidence view of one article: the text with every fact's words marked, the visits beside it.

The marking is spaCy's displaCy ("span" style, which stacks overlapping spans: an official's
name inside an institution's name keeps both marks). The text goes to displaCy paragraph by
paragraph as tokens cut at whitespace and at every evidence boundary, so a marked span holds
exactly the evidence's characters. Each mark links to the card of its visit.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from html import escape
from itertools import pairwise
from typing import Any

from spacy.displacy.render import SpanRenderer

from visitparse.schema import Article, Evidence, Visit

KIND_COLORS = {"REGION": "#8fd3ff", "OFFICIAL": "#ffb38a", "INSTITUTION": "#b7e59c", "DATE": "#e3b5ff"}

_PARAGRAPH = re.compile(r"[^\n]+")
_TOKEN = re.compile(r"\S+")

PAGE_CSS = """
body{font-family:system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:12px 20px;background:#263238;color:#fff}
header a{color:#9cf}
main{display:flex;gap:20px;padding:16px 20px;align-items:flex-start}
.text{flex:3;background:#fff;padding:8px 16px;border:1px solid #ddd;border-radius:6px}
.visits{flex:2;position:sticky;top:8px}
.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 12px;margin-bottom:12px}
.card h3{margin:4px 0 8px}
table{border-collapse:collapse;width:100%;font-size:13px;margin-bottom:8px}
td,th{border-bottom:1px solid #eee;padding:3px 6px;text-align:left;vertical-align:top}
.legend span{display:inline-block;padding:1px 8px;margin-right:6px;border-radius:4px;color:#222}
.warn{color:#b00}
"""


@dataclass(frozen=True)
class Mark:
    """One evidence span to mark: characters ``start:end`` of the text, its label and visit."""

    start: int
    end: int
    label: str
    visit: int  # 1-based


def _visit_marks(visit: Visit) -> Iterator[tuple[Evidence, str]]:
    for region in visit.regions:
        label = f"REGION {region.role}" if region.role else "REGION"
        yield from ((ev, label) for ev in region.evidence)
    for official in visit.officials:
        label = f"OFFICIAL {official.side}" if official.side else "OFFICIAL"
        yield from ((ev, label) for ev in official.evidence)
    for inst in visit.institutions:
        label = "INSTITUTION visited" if inst.visited else "INSTITUTION"
        yield from ((ev, label) for ev in inst.evidence)
    yield from ((ev, "DATE") for ev in visit.date_evidence)


def evidence_marks(article: Article, text: str) -> list[Mark]:
    """Every evidence span of every visit that matches ``text``, sorted, without repeats."""
    marks: set[Mark] = set()
    many = len(article.visits) > 1
    for number, visit in enumerate(article.visits, 1):
        for ev, label in _visit_marks(visit):
            if 0 <= ev.start < ev.end <= len(text) and text[ev.start : ev.end] == ev.text:
                marks.add(Mark(ev.start, ev.end, f"V{number} {label}" if many else label, number))
    return sorted(marks, key=lambda m: (m.start, -m.end, m.label))


def _tokens(text: str, start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    """Whitespace-separated words of ``text[start:end]``, also cut at the sorted offsets ``cuts``."""
    tokens: list[tuple[int, int]] = []
    for word in _TOKEN.finditer(text, start, end):
        a, b = word.span()
        inner = cuts[bisect_right(cuts, a) : bisect_left(cuts, b)]
        tokens.extend(pairwise([a, *inner, b]) if inner else [(a, b)])
    return tokens


def _paragraph_doc(text: str, start: int, end: int, marks: list[Mark]) -> dict[str, Any]:
    """displaCy's manual input for one paragraph."""
    cuts = sorted({m.start for m in marks} | {m.end for m in marks})
    tokens = _tokens(text, start, end, cuts)
    first = {s: i for i, (s, _) in enumerate(tokens)}
    last = {e: i for i, (_, e) in enumerate(tokens)}
    spans = []
    for m in marks:
        if m.start in first and m.end in last:
            spans.append(
                {
                    "start_token": first[m.start],
                    "end_token": last[m.end] + 1,
                    "label": m.label,
                    "kb_id": f"V{m.visit}",
                    "kb_url": f"#visit-{m.visit}",
                }
            )
    return {"text": text[start:end], "tokens": [text[s:e] for s, e in tokens], "spans": spans}


def _colors(marks: list[Mark]) -> dict[str, str]:
    """Each label in its kind's colour ("V2 OFFICIAL host" is an official's)."""
    return {m.label: next(KIND_COLORS[w] for w in m.label.split() if w in KIND_COLORS) for m in marks}


def marked_text_html(article: Article, text: str) -> str:
    """The text as displaCy markup, one block per paragraph, with the evidence marked."""
    marks = evidence_marks(article, text)
    docs = []
    for para in _PARAGRAPH.finditer(text):
        inside = [m for m in marks if para.start() <= m.start and m.end <= para.end()]
        docs.append(_paragraph_doc(text, para.start(), para.end(), inside))
    if not docs:
        return ""
    renderer = _span_renderer()
    renderer.colors = {label.upper(): color for label, color in _colors(marks).items()}
    html: str = renderer.render(docs).strip()  # what displacy.render(style="span", manual=True) does
    return html


@cache
def _span_renderer() -> SpanRenderer:
    """displaCy's span renderer, made once: making one reads spaCy's colour registry, the slow part."""
    return SpanRenderer()


def _cell(value: object) -> str:
    return "" if value is None else escape(str(value))


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else ("yes" if value else "no")


def _table(header: list[str], rows: list[list[object]]) -> str:
    if not rows:
        return ""
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def visit_card(visit: Visit, number: int) -> str:
    """One visit's facts as HTML tables, anchored ``#visit-N``."""
    dates = "no date" if visit.start_date is None else f"{visit.start_date} – {visit.end_date or '?'}"
    regions = _table(["region", "code", "role"], [[r.name, r.code, r.role] for r in visit.regions])
    officials = _table(
        ["official", "position", "organization", "side"],
        [[o.name, o.position, o.organization, o.side] for o in visit.officials],
    )
    institutions = _table(
        ["institution", "visited"],
        [[i.name, _yes_no(i.visited)] for i in visit.institutions],
    )
    return (
        f'<div class="card" id="visit-{number}"><h3>Visit {number}: {escape(dates)}</h3>'
        f"{regions}{officials}{institutions}</div>"
    )


def _header(article: Article) -> str:
    title = escape(article.title or article.doc_id or "article")
    link = f' · <a href="{escape(article.url)}">source</a>' if article.url else ""
    meta = f"{escape(article.language)} · published {escape(article.published or 'unknown')}{link}"
    legend = "".join(f'<span style="background:{c}">{k.lower()}</span>' for k, c in KIND_COLORS.items())
    warnings = "".join(f'<div class="warn">{escape(w)}</div>' for w in article.warnings)
    return f'<header><h2>{title}</h2><div>{meta}</div><div class="legend">{legend}</div>{warnings}</header>'


def render_html(article: Article, text: str) -> str:
    """A self-contained HTML page: ``text`` with ``article``'s evidence marked, its visits beside it.

    ``text`` is the text the article was parsed from (evidence offsets index into it).
    """
    cards = "".join(visit_card(v, n) for n, v in enumerate(article.visits, 1)) or "<p>No visit reported.</p>"
    title = escape(article.title or article.doc_id or "visitparse")
    return (
        f'<!DOCTYPE html><html lang="{escape(article.language)}"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{PAGE_CSS}</style></head><body>{_header(article)}"
        f'<main><div class="text">{marked_text_html(article, text)}</div>'
        f'<div class="visits">{cards}</div></main></body></html>'
    )
