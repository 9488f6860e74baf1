"""Readers of the HTML that ``render`` and ``report`` write, for the tests: what a browser would show."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any


@dataclass
class MarkedSpan:
    label: str
    color: str
    tokens: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


class DisplacySpans(HTMLParser):
    """The spans displaCy's "span" style marked: a label starts a span at a token, and the
    slices of the same colour and height on the following tokens continue it."""

    def __init__(self) -> None:
        super().__init__()
        self.spans: list[MarkedSpan] = []
        self.tokens: list[str] = []  # every token of the text, marked or not
        self._depth = 0  # inside a marked token's wrapper
        self._token_text: list[str] = []
        self._slices: set[tuple[str, str]] = set()
        self._starts: dict[tuple[str, str], list[str]] = {}
        self._start_key: tuple[str, str] | None = None
        self._open: dict[tuple[str, str], MarkedSpan] = {}
        self._in_text = 0  # depth of divs inside displaCy's <div class="spans">

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        style = dict(attrs).get("style") or ""
        if tag == "div" and (self._in_text or dict(attrs).get("class") == "spans"):
            self._in_text += 1
        if tag == "span" and "display: inline-block" in style:
            self._depth = 1
            self._token_text, self._slices, self._starts = [], set(), {}
            return
        if self._depth:
            if tag == "span":
                self._depth += 1
                bg = re.search(r"background: ([^;]+);", style)
                top = re.search(r"top: (-?[\d.]+)px", style)
                if bg and top:
                    key = (bg.group(1), top.group(1))
                    self._slices.add(key)
                    if "border-top-left-radius" in style:
                        self._start_key = key
                        self._starts[key] = []
            elif tag == "a":
                self._start_key = None  # the visit link after the label

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self._in_text:
            self._in_text -= 1
        if self._depth and tag == "span":
            self._depth -= 1
            if self._depth == 0:
                self._close_token()

    def handle_data(self, data: str) -> None:
        if self._depth == 1:
            self._token_text.append(data)
        elif self._depth > 1 and self._start_key is not None:
            self._starts[self._start_key].append(data)
        elif self._in_text and not self._depth:
            words = data.split()
            self.tokens.extend(words)
            if words:
                self._open.clear()

    def _close_token(self) -> None:
        token = "".join(self._token_text).strip()
        self.tokens.append(token)
        self._start_key = None
        for key in list(self._open):
            if key not in self._slices:
                del self._open[key]
        for key, label in self._starts.items():
            span = MarkedSpan(" ".join("".join(label).split()), key[0])
            self.spans.append(span)
            self._open[key] = span
        for span in self._open.values():
            span.tokens.append(token)


def marked_spans(html: str) -> DisplacySpans:
    reader = DisplacySpans()
    reader.feed(html)
    return reader


def plotly_data(html: str, div_id: str) -> list[dict[str, Any]]:
    """The traces passed to ``Plotly.newPlot`` for the figure ``div_id``."""
    match = re.search(r'Plotly\.newPlot\(\s*"' + re.escape(div_id) + r'",\s*', html)
    assert match, f"no figure {div_id}"
    data, _ = json.JSONDecoder().raw_decode(html, match.end())
    return list(data)


def plotly_layout(html: str, div_id: str) -> dict[str, Any]:
    match = re.search(r'Plotly\.newPlot\(\s*"' + re.escape(div_id) + r'",\s*', html)
    assert match
    decoder = json.JSONDecoder()
    _, end = decoder.raw_decode(html, match.end())
    rest = re.match(r",\s*", html[end:])
    assert rest
    layout, _ = decoder.raw_decode(html, end + rest.end())
    return dict(layout)


def report_data(html: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html, re.S)
    assert match
    return dict(json.loads(match.group(1)))
