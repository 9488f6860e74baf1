"""HTML page -> main text, title, publication date and URL.

trafilatura finds the article body (dropping menus, footers, scripts and comments) and
reads the title and date from the page's metadata.  It is given the page as a string, so
it never fetches anything, and its signal-based timeout is off so it works in worker
threads (Dask) too.  When it finds no main text (short pages, odd markup) a plain tag
strip is used instead, which keeps block structure as newlines and skips script/style.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from configparser import ConfigParser
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from typing import Any

from visitparse.io.decode import normalize_text

__all__ = ["HtmlContent", "extract_html", "looks_like_html", "strip_tags"]

_HTML_START = re.compile(
    r"\A\s{0,200}(?:<\?xml[^>]{0,200}>\s{0,50})?(?:<!--.{0,500}?-->\s{0,50})?<(?:!doctype\s+html|html|head|body)\b",
    re.I | re.S,
)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Elements whose text is never article text.
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas"})
_BLOCK = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "section", "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "figcaption",
    }
)  # fmt: skip
_META_DATE_NAMES = frozenset(
    {
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
        "publishdate", "dc.date",
    }
)  # fmt: skip
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")

_config_lock = threading.Lock()
_config: ConfigParser | None = None


@dataclass(frozen=True)
class HtmlContent:
    """What a page gives: main text, and metadata when the page has it."""

    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    extractor: str = "trafilatura"  # or "tag-strip" when the fallback was used


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML document rather than plain text."""
    return bool(_HTML_START.match(text[:2000]))


def extract_html(html: str, *, url: str | None = None) -> HtmlContent:
    """Extract the main text and metadata of an HTML page (never fetches anything)."""
    import trafilatura  # lazy: a heavy import only HTML input needs

    doc: Any = None  # a trafilatura Document
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            config=_trafilatura_config(),
        )
    except Exception:  # broken markup must not lose the page: fall back to the tag strip
        doc = None
    meta = _MetaReader.read(html)
    if doc is not None and (doc.text or "").strip():
        return HtmlContent(
            text=normalize_text(doc.text),
            title=_clean(doc.title) or meta.title,
            published=_iso_day(doc.date) or meta.published,
            url=doc.url or url or meta.url,
            extractor="trafilatura",
        )
    return HtmlContent(
        text=strip_tags(html),
        title=meta.title,
        published=meta.published,
        url=url or meta.url,
        extractor="tag-strip",
    )


def strip_tags(html: str) -> str:
    """Plain text of an HTML fragment: tags removed, blocks on their own lines."""
    stripper = _TagStripper()
    stripper.feed(html)
    stripper.close()
    text = unescape("".join(stripper.parts))
    lines = (_SPACES.sub(" ", line).strip() for line in normalize_text(text).split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _trafilatura_config() -> ConfigParser:
    global _config
    with _config_lock:
        if _config is None:
            from trafilatura.settings import use_config

            config = use_config()
            # The timeout uses SIGALRM, which only works in a process's main thread.
            config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
            # Press releases can be short; keep their text rather than dropping it.
            config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "50")
            config.set("DEFAULT", "MIN_OUTPUT_SIZE", "10")
            _config = config
        return _config


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = _SPACES.sub(" ", value).strip()
    return value or None


def _iso_day(value: str | None) -> str | None:
    if not value:
        return None
    m = _ISO_DAY.search(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


class _TagStripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)

    def handle_entityref(self, name: str) -> None:
        if not self._skip_depth:
            self.parts.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        if not self._skip_depth:
            self.parts.append(f"&#{name};")


@dataclass
class _Meta:
    title: str | None = None
    published: str | None = None
    url: str | None = None


class _MetaReader(HTMLParser):
    """Title, canonical URL and publication date from <head>, for the fallback path."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta = _Meta()
        self._in_title = False
        self._title: list[str] = []

    @classmethod
    def read(cls, html: str) -> _Meta:
        reader = cls()
        try:
            # Metadata lives in the head; bound the work on huge pages.
            reader.feed(html[:200_000])
            reader.close()
        except Exception:  # HTMLParser is lenient, but never let metadata lose a page
            pass
        reader.meta.title = reader.meta.title or _clean("".join(reader._title))
        return reader.meta

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            content = values.get("content", "")
            if key in _META_DATE_NAMES and not self.meta.published:
                self.meta.published = _iso_day(content)
            elif key == "og:title" and not self.meta.title:
                self.meta.title = _clean(content)
            elif key == "og:url" and not self.meta.url:
                self.meta.url = content.strip() or None
        elif tag == "link" and values.get("rel", "").lower() == "canonical" and not self.meta.url:
            self.meta.url = values.get("href", "").strip() or None
        elif tag == "time" and not self.meta.published:
            self.meta.published = _iso_day(values.get("datetime"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
