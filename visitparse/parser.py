"""The parser: text in, validated :class:`~visitparse.schema.Article` out.

One ``Parser`` holds the per-language annotators (loaded lazily, once per
process) and runs the steps in order: metadata, language, annotation, dates,
visit assembly, schema validation.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any

from pydantic import TypeAdapter
from spacy.tokens import Doc, Span

from visitparse.document import ENTITY_LABELS, NESTED, char_span, set_entities
from visitparse.extract.context import TextView
from visitparse.extract.dates import DateMention, find_dates
from visitparse.extract.entities import repair_entities
from visitparse.io.chunks import DEFAULT_CHUNK_CHARS, parse_in_chunks
from visitparse.io.decode import fix_mojibake, repair_text
from visitparse.lang import SUPPORTED, get_annotator
from visitparse.lang.vocab import get_vocabulary
from visitparse.langid import detect_language, uncertainty_warning
from visitparse.schema import Article, Entity, Evidence
from visitparse.visits import assemble_visits

DEFAULT_MAX_CHARS = 2_000_000

# Metadata lines scrapers put before the article text ("date 2025-11-18", "Дата: 18.11.2025").
_META_DATE = re.compile(
    r"\A\s{0,20}(?:date|published|дата|публикувано|опубликовано)\s{0,3}:?[ \t]{0,5}"
    r"(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))",
    re.IGNORECASE,
)


@dataclass
class _Job:
    """One article between the steps of the parser."""

    article: Article
    text: str
    lang: str | None  # None: nothing to annotate (unsupported language)
    pub: dt.date | None
    warnings: list[str]


@dataclass(frozen=True)
class ParseInput:
    """One document for :meth:`Parser.pipe`: text plus optional metadata."""

    text: str
    published: str | dt.date | None = None
    doc_id: str | None = None
    lang: str | None = None


def _as_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise ValueError(f"published must be YYYY-MM-DD, got {value!r}") from exc


def published_from_metadata(text: str) -> dt.date | None:
    """A publication date from a leading metadata line of the text, if any."""
    m = _META_DATE.match(text)
    if not m:
        return None
    try:
        if m.group(1):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return dt.date(int(m.group(6)), int(m.group(5)), int(m.group(4)))
    except ValueError:
        return None


class Parser:
    """Parses articles about official visits into :class:`Article` records.

    Models load on first use and are kept for the life of the parser's process,
    so create one parser and reuse it (``visitparse.parse`` does this for you).

    Args:
        max_chars: longer texts are cut to this length, with a warning in the record.
        chunk_chars: longer texts are parsed piece by piece (cut at paragraph breaks),
            so that time grows linearly with length; offsets still refer to the whole text.
    """

    def __init__(self, *, max_chars: int = DEFAULT_MAX_CHARS, chunk_chars: int = DEFAULT_CHUNK_CHARS) -> None:
        if max_chars < 1 or chunk_chars < 1:
            raise ValueError("max_chars and chunk_chars must be at least 1")
        self.max_chars = max_chars
        self.chunk_chars = chunk_chars

    def parse(
        self,
        text: str,
        *,
        published: str | dt.date | None = None,
        doc_id: str | None = None,
        lang: str | None = None,
    ) -> Article:
        """Parse one article.

        Args:
            text: the article text (offsets in the output refer to it).
            published: publication date (``YYYY-MM-DD`` or a ``date``); read from a
                leading metadata line of the text when not given.
            doc_id: an identifier copied into the record.
            lang: ``ru`` or ``bg`` to skip language detection.

        Returns:
            A validated :class:`Article`; unsupported languages give ``visits == []``
            and a warning, never an exception.
        """
        # Lone surrogates (from broken JSON escapes) break the morphology dictionaries; U+FFFD
        # keeps the length, so offsets stay right.
        given, text = text, repair_text(_SURROGATES.sub("\ufffd", text))
        cut = None
        if len(text) > self.max_chars:
            cut = f"text cut to its first {self.max_chars} of {len(text)} characters"
            text = text[: self.max_chars]
        if len(text) <= self.chunk_chars:
            article = self._parse_piece(ParseInput(text, published, doc_id, lang))
        else:
            article = parse_in_chunks(
                _Pieces(self),
                text,
                chunk_chars=self.chunk_chars,
                published=published,
                doc_id=doc_id,
                lang=lang,
            )
        if cut:
            article.warnings = [cut, *article.warnings]
        _as_given(article, given[: len(text)], text)
        return article

    def _parse_piece(self, item: ParseInput) -> Article:
        job = self._prepare(item)
        if job.lang is not None:
            self._finish(get_annotator(job.lang)(job.text), job)
        return job.article

    def pipe(
        self,
        items: Iterable[str | ParseInput],
        *,
        n_process: int = 1,
        batch_size: int = 32,
    ) -> Iterator[Article]:
        """Parse many articles, yielding results in input order.

        ``items`` are texts or :class:`ParseInput`. In one process, texts of a
        language are annotated ``batch_size`` at a time (spaCy's ``nlp.pipe``);
        with ``n_process > 1`` the work is spread over worker processes, each
        loading the models once.
        """
        inputs = (ParseInput(i) if isinstance(i, str) else i for i in items)
        if n_process > 1:
            from visitparse.batch import parallel_parse

            factory = f"{type(self).__module__}:{type(self).__qualname__}"
            yield from parallel_parse(
                inputs,
                n_process=n_process,
                chunk_size=batch_size,
                max_chars=self.max_chars,
                parser_factory=factory,
                chunk_chars=self.chunk_chars,
            )
            return
        while chunk := list(islice(inputs, max(1, batch_size))):
            items_ = [_clean(i) for i in chunk]
            jobs = [self._prepare(i) if len(i.text) <= self.chunk_chars else None for i in items_]
            for lang in sorted({j.lang for j in jobs if j is not None and j.lang is not None}):
                todo = [j for j in jobs if j is not None and j.lang == lang]
                docs = get_annotator(lang).pipe([j.text for j in todo], batch_size=len(todo))
                for one, doc in zip(todo, docs, strict=True):
                    self._finish(doc, one)
            for given, item, maybe in zip(chunk, items_, jobs, strict=True):
                if maybe is None:  # a long text: piece by piece
                    yield self.parse(given.text, published=item.published, doc_id=item.doc_id, lang=item.lang)
                else:
                    _as_given(maybe.article, given.text[: len(maybe.text)], maybe.text)
                    yield maybe.article

    def _prepare(self, item: ParseInput) -> _Job:
        """Everything before annotation: length limit, publication date, language."""
        text = item.text
        warnings: list[str] = []
        if len(text) > self.max_chars:  # only through pipe(); parse() cuts before chunking
            warnings.append(f"text cut to its first {self.max_chars} of {len(text)} characters")
            text = text[: self.max_chars]
        pub = _as_date(item.published) or published_from_metadata(text)
        uncertain = None
        if item.lang:
            code, confidence = item.lang.lower(), 1.0
        else:
            guess = detect_language(text)
            code, confidence = guess.code, guess.confidence
            uncertain = uncertainty_warning(guess, text)
        article = Article(
            doc_id=item.doc_id,
            language=code,
            language_confidence=confidence,
            published=pub.isoformat() if pub else None,
        )
        if code not in SUPPORTED:
            what = "no text to identify" if code == "und" else f"unsupported language {code!r}"
            article.warnings = [*warnings, f"{what}: only ru and bg are parsed into visits"]
            return _Job(article, text, None, pub, warnings)
        if uncertain:
            warnings.append(uncertain)
        return _Job(article, text, code, pub, warnings)

    def _finish(self, doc: Doc, job: _Job) -> None:
        """Everything after annotation: entity repairs, dates, visits, entities, warnings."""
        article, lang, pub, warnings = job.article, job.lang or "", job.pub, job.warnings
        view, dates = annotated_view(doc, lang, job.text, pub)
        article.visits = assemble_visits(doc, lang, dates, pub, view)
        article.entities = _entities([e for e in view.ents if e.label_ in ENTITY_LABELS], view.text)
        article.nested_entities = _entities(_nested_names(doc, view.ents), view.text)
        article.warnings = warnings + list(doc._.warnings or [])


def annotated_view(
    doc: Doc, lang: str, text: str, published: dt.date | None = None
) -> tuple[TextView, list[DateMention]]:
    """The one word view every extractor reads, over an annotated ``doc`` of ``text``: its entities
    repaired and its DATE mentions added (also returned, normalized against ``published``)."""
    view = TextView(doc, get_vocabulary(lang), lang, text)
    repair_entities(doc, lang, view)
    dates = find_dates(view.text, lang, published)
    view.index_entities(_add_dates(doc, dates, view.ents))  # view.ents is doc.ents
    return view, dates


_ENTITY_LIST = TypeAdapter(list[Entity])


def _entities(spans: list[Span], text: str) -> list[Entity]:
    """The spans as validated entities (one validation call for the list; texts sliced from ``text``)."""
    return _ENTITY_LIST.validate_python(
        [
            {
                "start": span.start_char,
                "end": span.end_char,
                "label": span.label_,
                "text": (mention := text[span.start_char : span.end_char]),
                "lemma": span._.lemma or mention,
            }
            for span in spans
        ]
    )


def _nested_names(doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
    """The annotator's nested names still strictly inside a mention (``ents``) after the entity repairs."""
    if NESTED not in doc.spans:
        return []
    outer = [(e.start, e.end) for e in ents]
    return sorted(
        (
            s
            for s in doc.spans[NESTED]
            if s.label_ in ENTITY_LABELS
            and (s.start, s.end) not in outer
            and any(a <= s.start and s.end <= b for a, b in outer)
        ),
        key=lambda s: (s.start, s.end),
    )


_SURROGATES = re.compile(r"[\ud800-\udfff]")


def _as_given(article: Article, given: str, read: str) -> None:
    """Quote the text as given in the entities and evidence of an article parsed from ``read``, its
    same-length repair, so that every ``text`` is ``given[start:end]``; warn of cp1251 words mended."""
    if given == read:
        return
    spans: list[Entity | Evidence] = [*article.entities, *article.nested_entities]
    for visit in article.visits:
        spans += visit.date_evidence
        spans += [e for r in visit.regions for e in r.evidence]
        spans += [e for o in visit.officials for e in o.evidence]
        spans += [e for i in visit.institutions for e in i.evidence]
    for span in spans:
        span.text = given[span.start : span.end]
    if fix_mojibake(given) != given:
        article.warnings = [
            *article.warnings,
            "words of cp1251 text read as Latin-1 were read again as cp1251",
        ]


def _clean(item: ParseInput) -> ParseInput:
    return replace(item, text=repair_text(_SURROGATES.sub("\ufffd", item.text)))


class _Pieces:
    """The parser as :func:`parse_in_chunks` sees it: each piece parsed whole."""

    def __init__(self, parser: Parser) -> None:
        self._parser = parser

    def parse(self, text: str, **metadata: Any) -> Article:
        return self._parser._parse_piece(ParseInput(text, **metadata))


def _add_dates(doc: Doc, dates: list[DateMention], ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """Add DATE entities where they do not overlap a name already found (``ents``, the doc's).

    Returns the new ``doc.ents``.
    """
    spans = list(ents)
    taken = [(e.start_char, e.end_char) for e in spans]
    for d in dates:
        if any(d.start < end and start < d.end for start, end in taken):
            continue
        span = char_span(doc, d.start, d.end, "DATE", d.lemma)
        if span is not None and span.text.strip() == span.text and span.text:
            spans.append(span)
    return set_entities(doc, spans)
