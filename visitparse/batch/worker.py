"""What a worker does with one document: read it, parse it, judge the record (picklable parts)."""

from __future__ import annotations

import gc
import importlib
import signal
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from visitparse.batch.errors import one_line
from visitparse.io.chunks import DEFAULT_CHUNK_CHARS
from visitparse.io.decode import InputError
from visitparse.io.sources import SourceDocument, SourceFailure, SourceItem, resolve_document
from visitparse.lang import loaded_models
from visitparse.parser import ParseInput

if TYPE_CHECKING:
    from visitparse.schema import Article

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_PARSER",
    "SUPPORTED_LANGUAGES",
    "Outcome",
    "WorkerOptions",
    "freeze_loaded_models",
    "own_process_gc",
    "parsing_gc",
    "process_chunk",
    "process_item",
]

SUPPORTED_LANGUAGES = ("ru", "bg")
DEFAULT_CHUNK_SIZE = 16  # documents sent to a worker at a time
DEFAULT_PARSER = "visitparse.parser:Parser"


@dataclass(frozen=True)
class WorkerOptions:
    """Everything a worker needs to build its parser and judge a document (picklable)."""

    # "module:callable" taking max_chars= and chunk_chars= and returning an object with .parse()
    parser_factory: str = DEFAULT_PARSER
    max_chars: int | None = None
    lang: str | None = None  # force ru/bg instead of detecting
    strict: bool = False  # warnings become failures
    chunk_chars: int = DEFAULT_CHUNK_CHARS  # longer texts are parsed piece by piece


@dataclass(frozen=True)
class Outcome:
    """The result for one document: a record, a failure reason, or both."""

    doc_id: str
    source: str
    record: dict[str, Any] | None
    failure: str | None = None
    n_visits: int = 0
    kind: str = "text"  # the kind of input it came from (visitparse.io.sources.kind_of)


class ParserLike(Protocol):
    """What a worker needs of a parser (tests plug in stand-ins through ``parser_factory``)."""

    def parse(
        self, text: str, *, published: Any = None, doc_id: str | None = None, lang: str | None = None
    ) -> Article: ...


_worker_parsers: dict[WorkerOptions, ParserLike] = {}


def worker_parser(options: WorkerOptions) -> ParserLike:
    """This process's parser for ``options``, made on first use and kept (one per worker)."""
    parser = _worker_parsers.get(options)
    if parser is None:
        module_name, _, attr = options.parser_factory.partition(":")
        factory = getattr(importlib.import_module(module_name), attr)
        kwargs = {"max_chars": options.max_chars} if options.max_chars is not None else {}
        parser = factory(chunk_chars=options.chunk_chars, **kwargs)
        _worker_parsers[options] = parser
    return parser


# A process that only parses (a pool worker, the batch command) may tell its garbage
# collector that the loaded models are permanent: otherwise every full collection walks
# their ~100,000 objects (the GC took 8-15% of the Russian path's CPU time, about half
# that with the models frozen and nearly nothing with this threshold too).  Short-lived
# objects mostly die by reference count, so collecting less often keeps memory flat.
GC_THRESHOLD = (10_000, 10, 10)
_gc_owned = False
_gc_frozen: tuple[tuple[str, int], ...] = ()


def own_process_gc() -> None:
    """Tune this process's GC for parsing, for good: only in a process that does nothing else."""
    global _gc_owned
    _gc_owned = True
    gc.set_threshold(*GC_THRESHOLD)
    freeze_loaded_models()


@contextmanager
def parsing_gc() -> Iterator[None]:
    """The GC tuned as in a worker while the block runs, then as it was (the in-process batch).

    Nothing is changed if something in this process has frozen objects already.
    """
    global _gc_owned, _gc_frozen
    if _gc_owned or gc.get_freeze_count():
        yield
        return
    threshold = gc.get_threshold()
    own_process_gc()
    try:
        yield
    finally:
        _gc_owned, _gc_frozen = False, ()
        gc.unfreeze()
        gc.set_threshold(*threshold)


def freeze_loaded_models() -> None:
    """In an owned process, after a model has loaded or renewed: keep it out of the GC's walks."""
    global _gc_frozen
    models = loaded_models()
    if _gc_owned and models != _gc_frozen:
        gc.unfreeze()  # a renewed vocabulary's predecessor may sit in a frozen cycle
        gc.collect()
        gc.freeze()
        _gc_frozen = models


def init_pool_worker(options: WorkerOptions) -> None:
    """Pool initializer: ignore Ctrl-C, load the parser before the first chunk arrives, own the GC."""
    # Ctrl-C goes to the whole process group; only the main process should handle it,
    # so that it can shut the pool down and close the output cleanly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    worker_parser(options)
    own_process_gc()


def _read(item: SourceItem, options: WorkerOptions) -> SourceDocument | Outcome:
    """The document to parse, or the outcome of one that cannot be read."""
    if isinstance(item, SourceFailure):
        return Outcome(item.doc_id, item.source, None, item.reason, kind=item.kind)
    source = _source(item)
    try:
        doc = resolve_document(item)
    except InputError as exc:
        return Outcome(item.doc_id, source, None, str(exc), kind=item.kind)
    except Exception as exc:  # one bad document must never stop the run
        return Outcome(item.doc_id, source, None, _internal(exc), kind=item.kind)
    if options.max_chars is not None and len(doc.text) > options.max_chars:
        reason = f"input larger than {options.max_chars} characters (see --max-chars)"
        return Outcome(item.doc_id, source, None, reason, kind=item.kind)
    return doc


def _source(item: SourceItem) -> str:
    return item.source if isinstance(item, SourceFailure) else (item.path or item.doc_id)


def _internal(exc: BaseException) -> str:
    return f"internal error: {type(exc).__name__}: {one_line(exc)}"


def _judge(item: SourceItem, doc: SourceDocument, article: Article, options: WorkerOptions) -> Outcome:
    """The record of a parsed document, and whether it counts as a failure."""
    source = _source(item)
    if doc.warnings:
        article.warnings = [*doc.warnings, *article.warnings]
    article.url = doc.url
    article.title = doc.title
    record = article.model_dump(mode="json")
    failure = None
    if article.language == "und":
        failure = "language not identified"
    elif article.language not in SUPPORTED_LANGUAGES:
        failure = f"unsupported language {article.language}"
    elif options.strict and article.warnings:
        failure = f"strict: {article.warnings[0]}"
    return Outcome(doc.doc_id, source, record, failure, len(article.visits), doc.kind)


def process_item(item: SourceItem, options: WorkerOptions) -> Outcome:
    """Read (if needed), parse and judge one document; never raises for a bad document."""
    doc = _read(item, options)
    if isinstance(doc, Outcome):
        return doc
    try:
        article = worker_parser(options).parse(
            doc.text, published=doc.published, doc_id=doc.doc_id, lang=options.lang
        )
    except Exception as exc:  # one bad document must never stop the run
        return Outcome(item.doc_id, _source(item), None, _internal(exc), kind=item.kind)
    return _judge(item, doc, article, options)


def process_chunk(chunk: Sequence[SourceItem], options: WorkerOptions) -> list[Outcome]:
    """Every document of a chunk (the unit sent to a worker), in order; never raises.

    With a parser that has ``pipe`` the readable documents are parsed in one batch
    (spaCy's ``nlp.pipe``); if the batch fails, each document is parsed on its own so
    that only the bad one fails.
    """
    try:
        return _process_chunk(chunk, options)
    finally:
        freeze_loaded_models()  # the models load lazily, on a chunk in their language


def _process_chunk(chunk: Sequence[SourceItem], options: WorkerOptions) -> list[Outcome]:
    parser = worker_parser(options)
    pipe = getattr(parser, "pipe", None)
    if pipe is None or len(chunk) < 2:
        return [process_item(item, options) for item in chunk]
    read = [_read(item, options) for item in chunk]
    docs = [d for d in read if not isinstance(d, Outcome)]
    try:
        inputs = [ParseInput(d.text, d.published, d.doc_id, options.lang) for d in docs]
        articles = iter(list(pipe(inputs, batch_size=max(1, len(inputs)))))
    except Exception:
        return [process_item(item, options) for item in chunk]
    return [
        r if isinstance(r, Outcome) else _judge(item, r, next(articles), options)
        for item, r in zip(chunk, read, strict=True)
    ]


def crash_outcome(item: SourceItem, exc: BaseException) -> Outcome:
    """The outcome of a document whose worker process died while parsing it."""
    source = item.source if isinstance(item, SourceFailure) else (item.path or item.doc_id)
    reason = f"worker process died on this document ({one_line(exc)})"
    return Outcome(item.doc_id, source, None, reason, kind=item.kind)
