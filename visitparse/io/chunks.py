"""Very long articles parsed piece by piece, with offsets kept relative to the whole text.

A scraped "article" of several megabytes (a whole forum thread, a digest of a year's news)
would make the annotators and the extractors slow far beyond proportion, and the useful
context of a visit is a few paragraphs anyway.  So a text longer than ``chunk_chars`` is cut
into pieces at paragraph breaks (else line breaks, sentence ends, spaces; a hard cut only
inside one enormous token), each piece is parsed on its own with the language detected once
for the whole text, and the pieces' records are merged: entity and evidence offsets are
shifted back so that they refer to the original text, visits and entities keep text order.
Time and memory then grow linearly with the length of the text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any, Protocol

from visitparse.lang import SUPPORTED
from visitparse.langid import detect_language, uncertainty_warning
from visitparse.schema import Article

__all__ = ["DEFAULT_CHUNK_CHARS", "parse_in_chunks", "split_text"]

DEFAULT_CHUNK_CHARS = 10_000
# Preferred cut points, best first: a blank line, a line break, a sentence end, a space.
_CUTS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?…][ \t]+"), re.compile(r"\s+"))


class _ParserLike(Protocol):
    def parse(
        self, text: str, *, published: Any = None, doc_id: str | None = None, lang: str | None = None
    ) -> Article: ...


def split_text(text: str, chunk_chars: int = DEFAULT_CHUNK_CHARS) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text`` in order, each piece at most ``chunk_chars`` long.

    ``text[offset : offset + len(piece)] == piece`` for every pair, and the pieces together are
    the whole text (the separators stay at the end of the piece before the cut).
    """
    if chunk_chars < 1:
        raise ValueError("chunk_chars must be at least 1")
    return list(_pieces(text, chunk_chars))


def _pieces(text: str, size: int) -> Iterator[tuple[int, str]]:
    start = 0
    while len(text) - start > size:
        end = _cut_point(text, start, start + size)
        yield start, text[start:end]
        start = end
    if start < len(text):
        yield start, text[start:]


def _cut_point(text: str, start: int, limit: int) -> int:
    """The end of the last separator of the best kind ending in ``(start + size/2, limit]``."""
    floor = start + (limit - start) // 2  # never make tiny pieces: cut in the second half
    for pattern in _CUTS:
        best = -1
        for m in pattern.finditer(text, floor, limit):
            best = m.end()
        if best > floor:
            return best
    return limit  # one token longer than half a piece: a hard cut


def parse_in_chunks(
    parser: _ParserLike,
    text: str,
    *,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
    published: str | dt.date | None = None,
    doc_id: str | None = None,
    lang: str | None = None,
) -> Article:
    """``parser.parse(text, ...)``, piece by piece when ``text`` is longer than ``chunk_chars``.

    Short texts go to the parser unchanged.  For long ones the language is detected once
    (unless ``lang`` is given), the publication date comes from ``published`` or the
    text's leading metadata line, and the record says in its warnings that it was chunked.
    """
    if len(text) <= chunk_chars:
        return parser.parse(text, published=published, doc_id=doc_id, lang=lang)
    warnings: list[str] = []
    confidence = 1.0
    if lang is None:
        guess = detect_language(text)
        if guess.code not in SUPPORTED:
            return parser.parse(text, published=published, doc_id=doc_id)  # returns before annotating
        lang, confidence = guess.code, guess.confidence
        uncertain = uncertainty_warning(guess, text)
        if uncertain:
            warnings.append(uncertain)
    if published is None:
        from visitparse.parser import published_from_metadata  # lazy: the parser imports this module

        published = published_from_metadata(text)

    pieces = split_text(text, chunk_chars)
    warnings.insert(
        0, f"text of {len(text)} characters parsed in {len(pieces)} pieces of up to {chunk_chars}"
    )
    merged: dict[str, Any] | None = None
    for offset, piece in pieces:
        part = parser.parse(piece, published=published, doc_id=doc_id, lang=lang).model_dump(mode="json")
        _shift(part, offset)
        if merged is None:
            merged = part
            merged["warnings"] = warnings + part["warnings"]
            continue
        merged["visits"].extend(part["visits"])
        merged["entities"].extend(part["entities"])
        merged["nested_entities"].extend(part["nested_entities"])
        merged["warnings"].extend(w for w in part["warnings"] if w not in merged["warnings"])
    assert merged is not None  # the text is longer than one piece, so there are pieces
    merged["language_confidence"] = confidence
    return Article.model_validate(merged)


def _shift(record: dict[str, Any], offset: int) -> None:
    """Move every offset of a piece's record by the piece's position in the whole text."""
    for entity in record["entities"] + record["nested_entities"]:
        entity["start"] += offset
        entity["end"] += offset
    for visit in record["visits"]:
        evidence = list(visit["date_evidence"])
        for key in ("regions", "officials", "institutions"):
            for item in visit[key]:
                evidence.extend(item["evidence"])
        for ev in evidence:
            ev["start"] += offset
            ev["end"] += offset
