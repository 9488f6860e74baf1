"""The batch runner: folders and dumps in, JSON Lines (and Parquet) out, on all cores or Dask.

Data flow::

    iter_sources(lazy)  ->  chunks of SourceItem  ->  workers: read/decode/extract + Parser.parse
                                                 ->  ordered outcomes  ->  writers (main process)

* **Order**: chunks go out through a bounded window and come back in submission order,
  so OUT is in input order whatever the number of workers (and identical between a local
  run and a Dask run).  The window also bounds memory: at most ``window * chunk_size``
  documents are in flight, so archives larger than memory stream through.
* **Models** load once per worker process: a pool initializer makes the worker's
  :class:`~visitparse.parser.Parser`; on Dask the same per-process cache is filled by the
  first task a worker runs.
* **Failures never stop the run.**  A document that cannot be read, is empty or binary,
  raises inside the parser, or kills its worker process becomes a line in the errors file
  (``doc_id``, ``source``, ``reason``).  Documents in a language other than ru/bg are
  failures too (reason ``unsupported language xx``) *but their record is still written*:
  it is a valid record (language code, no visits), and keeping it means ``--resume`` does
  not retry them.  Rule: OUT has a record for every document that could be parsed; the
  errors file lists every document that failed, and why.
* **Ctrl-C** stops the workers, writes out the finished records (whole lines only) and
  exits 130; ``--resume`` then cuts any partial last line and skips the ids already in OUT.
* Exit status: 0 all parsed, 1 some failed, 2 usage error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from visitparse.io.decode import InputError
from visitparse.io.sources import (
    DEFAULT_MAX_BYTES,
    FieldNames,
    PendingFile,
    SourceFailure,
    SourceItem,
    iter_sources,
    resolve_document,
)

if TYPE_CHECKING:
    from visitparse.parser import ParseInput
    from visitparse.schema import Article

__all__ = [
    "BatchConfig",
    "BatchSummary",
    "Outcome",
    "WorkerOptions",
    "add_batch_command",
    "parallel_parse",
    "run",
    "run_batch",
]

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
SUPPORTED_LANGUAGES = ("ru", "bg")
DEFAULT_CHUNK_SIZE = 16
PARQUET_FLUSH_ARTICLES = 2000  # rows are buffered to make reasonable row groups, then written
DEFAULT_PARSER = "visitparse.parser:Parser"

T = TypeVar("T")
R = TypeVar("R")


class UsageError(Exception):
    """Bad options or inputs: the run does not start (exit status 2)."""


# Native thread pools (OpenBLAS, OpenMP, MKL) that numpy-based models use: one thread each
# in a worker, or N workers fight over the cores with N x cores spinning threads.  Measured on
# the Russian pipeline: the same docs/s with one BLAS thread, at half the CPU time.
NATIVE_THREAD_VARS = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)


def single_threaded_workers() -> None:
    """Make worker processes started from now on use one native thread each.

    Native libraries read these variables when they load, which in a worker is after it
    starts, so they are set in this process's environment (unless the user set them) before
    a pool or a local cluster starts its processes.
    """
    for name in NATIVE_THREAD_VARS:
        os.environ.setdefault(name, "1")


def default_workers() -> int:
    """The cores this process may run on (a container's CPU set, not the host's count)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


# --- what a worker does ----------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkerOptions:
    """Everything a worker needs to build its parser and judge a document (picklable)."""

    parser_factory: str = DEFAULT_PARSER  # "module:callable" returning an object with .parse()
    max_chars: int | None = None
    lang: str | None = None  # force ru/bg instead of detecting
    strict: bool = False  # warnings become failures


@dataclass(frozen=True)
class Outcome:
    """The result for one document: a record, a failure reason, or both."""

    doc_id: str
    source: str
    record: dict[str, Any] | None
    failure: str | None = None
    n_visits: int = 0


class _ParserLike(Protocol):
    def parse(
        self, text: str, *, published: Any = None, doc_id: str | None = None, lang: str | None = None
    ) -> Article: ...


_worker_parsers: dict[WorkerOptions, _ParserLike] = {}


def _worker_parser(options: WorkerOptions) -> _ParserLike:
    """This process's parser for ``options``, made on first use and kept (one per worker)."""
    parser = _worker_parsers.get(options)
    if parser is None:
        module_name, _, attr = options.parser_factory.partition(":")
        factory = getattr(importlib.import_module(module_name), attr)
        kwargs = {"max_chars": options.max_chars} if options.max_chars is not None else {}
        parser = factory(**kwargs)
        _worker_parsers[options] = parser
    return parser


def _init_pool_worker(options: WorkerOptions) -> None:
    # Ctrl-C goes to the whole process group; only the main process should handle it,
    # so that it can shut the pool down and close the output cleanly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_parser(options)


def process_item(item: SourceItem, options: WorkerOptions) -> Outcome:
    """Read (if needed), parse and judge one document; never raises for a bad document."""
    if isinstance(item, SourceFailure):
        return Outcome(item.doc_id, item.source, None, item.reason)
    source = item.path or item.doc_id
    try:
        doc = resolve_document(item)
        if options.max_chars is not None and len(doc.text) > options.max_chars:
            raise InputError(f"input larger than {options.max_chars} characters (see --max-chars)")
        article = _worker_parser(options).parse(
            doc.text, published=doc.published, doc_id=doc.doc_id, lang=options.lang
        )
    except InputError as exc:
        return Outcome(item.doc_id, source, None, str(exc))
    except Exception as exc:  # one bad document must never stop the run
        return Outcome(item.doc_id, source, None, f"internal error: {type(exc).__name__}: {_one_line(exc)}")
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
    return Outcome(doc.doc_id, source, record, failure, len(article.visits))


def process_chunk(chunk: Sequence[SourceItem], options: WorkerOptions) -> list[Outcome]:
    """:func:`process_item` over a chunk (the unit sent to a worker)."""
    return [process_item(item, options) for item in chunk]


def _crash_outcome(item: SourceItem, exc: BaseException) -> Outcome:
    source = item.source if isinstance(item, SourceFailure) else (item.path or item.doc_id)
    return Outcome(item.doc_id, source, None, f"worker process died on this document ({_one_line(exc)})")


# --- ordered, bounded parallel map -----------------------------------------------------------------


class _Backend(Protocol):
    slots: int

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any: ...

    def restart(self) -> bool: ...

    def close(self, *, cancel: bool) -> None: ...


class _PoolBackend:
    """A process pool (forkserver where available, else spawn) with an initializer."""

    def __init__(
        self, n_workers: int, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]
    ) -> None:
        single_threaded_workers()
        methods = multiprocessing.get_all_start_methods()
        self._context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        self._n_workers = n_workers
        self._initializer = initializer
        self._initargs = initargs
        self._pool = self._make()
        self.slots = n_workers

    def _make(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self._n_workers,
            mp_context=self._context,
            initializer=self._initializer,
            initargs=self._initargs,
        )

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        return self._pool.submit(fn, *args)

    def restart(self) -> bool:
        """After a worker died: a fresh pool; every pending future of the old one is lost."""
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._make()
        return True

    def close(self, *, cancel: bool) -> None:
        if cancel:
            # Interrupted: the workers (which ignore SIGINT) would finish their chunks first;
            # their results are no longer wanted, so stop them now.
            for process in list(self._pool._processes.values()):
                process.terminate()
        self._pool.shutdown(wait=not cancel, cancel_futures=cancel)


class _DaskBackend:
    """An existing Dask cluster (``tcp://host:port``) or an embedded local one (``local``)."""

    def __init__(self, address: str, n_workers: int) -> None:
        try:
            import distributed
        except ImportError as exc:
            raise UsageError("--dask needs dask.distributed: pip install 'visitparse[dask]'") from exc
        # distributed's annotations are partial; keep its objects as Any.
        client_class: Any = distributed.Client
        cluster_class: Any = distributed.LocalCluster
        self._cluster: Any = None
        self._client: Any
        if address == "local":
            single_threaded_workers()
            self._cluster = cluster_class(
                n_workers=n_workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                silence_logs=logging.ERROR,  # shutdown chatter would bury the summary line
            )
            self._client = client_class(self._cluster, set_as_default=False)
        else:
            try:
                self._client = client_class(address, set_as_default=False, timeout=10)
            except OSError as exc:
                reason = _one_line(exc)
                raise UsageError(f"cannot connect to the Dask scheduler at {address}: {reason}") from exc
        threads = sum(self._client.nthreads().values())
        self.slots = max(1, threads)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self._client.submit(fn, *args, pure=False)

    def restart(self) -> bool:
        return False  # Dask replaces lost workers itself; other pending tasks stay valid

    def close(self, *, cancel: bool) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


class _OrderedMap(Generic[T, R]):
    """Maps ``fn`` over chunks on a backend, results in order, at most ``window`` in flight.

    When a chunk's task fails as a whole (a worker died), its documents are retried one
    at a time; a document that fails alone gets ``on_crash(item, exc)`` as its result.
    """

    def __init__(
        self,
        backend: _Backend,
        fn: Callable[[list[T], Any], list[R]],
        arg: Any,
        window: int,
        on_crash: Callable[[T, BaseException], R],
    ) -> None:
        self._backend = backend
        self._fn = fn
        self._arg = arg
        self._window = max(1, window)
        self._on_crash = on_crash
        self._pending: deque[tuple[list[T], Any]] = deque()

    def __call__(self, chunks: Iterable[list[T]]) -> Iterator[list[R]]:
        for chunk in chunks:
            self._pending.append((chunk, self._backend.submit(self._fn, chunk, self._arg)))
            while len(self._pending) >= self._window:
                yield self._next()
        while self._pending:
            yield self._next()

    def _next(self) -> list[R]:
        chunk, future = self._pending.popleft()
        try:
            result: list[R] = future.result()
            return result
        except Exception:  # the task failed as a whole (its worker died): retry document by document
            return self._recover(chunk)

    def _recover(self, chunk: list[T]) -> list[R]:
        if self._backend.restart():
            # The old pool's pending tasks are lost: resubmit them once this chunk is done.
            lost = [c for c, _ in self._pending]
            self._pending.clear()
        else:
            lost = []
        results: list[R] = []
        for item in chunk:
            try:
                results.extend(self._backend.submit(self._fn, [item], self._arg).result())
            except Exception as item_exc:  # it failed alone: this document is the culprit
                self._backend.restart()
                results.append(self._on_crash(item, item_exc))
        for c in lost:
            self._pending.append((c, self._backend.submit(self._fn, c, self._arg)))
        return results

    def cancel(self) -> None:
        for _, future in self._pending:
            future.cancel()
        self._pending.clear()


def _chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --- Parser.pipe(n_process > 1) --------------------------------------------------------------------


@dataclass(frozen=True)
class _PipeError:
    exc: BaseException


def _parse_inputs(chunk: list[ParseInput], options: WorkerOptions) -> list[Article | _PipeError]:
    parser = _worker_parser(options)
    out: list[Article | _PipeError] = []
    for item in chunk:
        try:
            out.append(parser.parse(item.text, published=item.published, doc_id=item.doc_id, lang=item.lang))
        except Exception as exc:  # re-raised in the caller's process, at this item's place
            out.append(_PipeError(exc))
    return out


def _pipe_crash(item: ParseInput, exc: BaseException) -> Article | _PipeError:
    return _PipeError(RuntimeError(f"worker process died while parsing document {item.doc_id!r}: {exc}"))


def parallel_parse(
    inputs: Iterable[ParseInput],
    *,
    n_process: int,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    max_chars: int | None = None,
    parser_factory: str = DEFAULT_PARSER,
) -> Iterator[Article]:
    """Parse ``inputs`` on ``n_process`` worker processes; articles come out in input order.

    The machinery behind ``Parser.pipe(..., n_process=N)``: each worker builds its parser once,
    inputs are sent in chunks of ``chunk_size`` through a bounded window (memory stays flat on
    endless iterators).  An exception raised by ``parse`` is re-raised here, at its item.
    """
    options = WorkerOptions(parser_factory=parser_factory, max_chars=max_chars)
    backend = _PoolBackend(max(1, n_process), _init_pool_worker, (options,))
    mapper: _OrderedMap[ParseInput, Article | _PipeError] = _OrderedMap(
        backend, _parse_inputs, options, window=2 * backend.slots, on_crash=_pipe_crash
    )
    finished = False
    try:
        for results in mapper(_chunked(inputs, chunk_size)):
            for result in results:
                if isinstance(result, _PipeError):
                    raise result.exc
                yield result
        finished = True
    finally:
        mapper.cancel()
        backend.close(cancel=not finished)


# --- the batch command -----------------------------------------------------------------------------


@dataclass
class BatchConfig:
    """Options of one batch run (the ``batch`` command's arguments)."""

    inputs: list[str]
    out: str
    errors: str | None = None  # default: OUT with suffix .errors.jsonl
    parquet: str | None = None
    workers: int = field(default_factory=default_workers)
    dask: str | None = None
    resume: bool = False
    overwrite: bool = False
    fields: FieldNames = field(default_factory=FieldNames)
    csv_delimiter: str | None = None
    chunk_size: int = DEFAULT_CHUNK_SIZE
    max_bytes: int | None = DEFAULT_MAX_BYTES
    options: WorkerOptions = field(default_factory=WorkerOptions)
    progress: bool | None = None  # None: on when stderr is a terminal

    @property
    def errors_path(self) -> Path:
        """Where failures go."""
        if self.errors:
            return Path(self.errors)
        out = Path(self.out)
        return out.with_name(f"{out.name.removesuffix('.jsonl')}.errors.jsonl")


@dataclass
class BatchSummary:
    """Counts of one run."""

    parsed: int = 0
    failed: int = 0
    skipped: int = 0
    visits: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def docs_per_second(self) -> float:
        """Documents handled (parsed or failed) per second of wall time."""
        return (self.parsed + self.failed) / self.seconds if self.seconds > 0 else 0.0

    @property
    def exit_code(self) -> int:
        """0 all parsed, 1 some failed, 130 interrupted."""
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_PARTIAL if self.failed else EXIT_OK

    def line(self, errors_path: Path) -> str:
        """The one-line summary printed on stderr."""
        text = (
            f"visitparse batch: parsed {self.parsed}, failed {self.failed}, visits found {self.visits}, "
            f"{self.docs_per_second:.1f} docs/s in {self.seconds:.1f} s"
        )
        if self.skipped:
            text += f", skipped {self.skipped} already in the output"
        if self.failed:
            text += f" (failures in {errors_path})"
        if self.interrupted:
            text += "; interrupted: rerun with --resume to continue"
        return text


def run(config: BatchConfig) -> BatchSummary:
    """Run a batch job; raises :class:`UsageError` for bad options before doing any work."""
    from visitparse.io.writers import ErrorWriter, JsonlWriter, ParquetTables, iter_jsonl_records, scan_jsonl

    _check(config)
    backend = _make_backend(config)  # before touching any file: a bad --dask address is a usage error
    out_path = Path(config.out)
    done: set[str] = set()
    if config.resume and out_path.exists():
        done = scan_jsonl(out_path)
    summary = BatchSummary()
    started = time.perf_counter()

    out = JsonlWriter(out_path, append=config.resume)
    errors = ErrorWriter(config.errors_path, keep_ids=done if config.resume else None)
    parquet = None
    if config.parquet:
        parquet = ParquetTables(config.parquet)
        if done:  # the tables are derived from OUT: rebuild the part already done
            for record in iter_jsonl_records(out_path):
                parquet.add(record)
                parquet.flush_if_over(PARQUET_FLUSH_ARTICLES)
    mapper: _OrderedMap[SourceItem, Outcome] = _OrderedMap(
        backend, process_chunk, config.options, window=2 * backend.slots, on_crash=_crash_outcome
    )

    def todo() -> Iterator[SourceItem]:
        items = iter_sources(
            config.inputs,
            fields=config.fields,
            max_bytes=config.max_bytes,
            csv_delimiter=config.csv_delimiter,
            lazy=True,
        )
        for item in items:
            if item.doc_id in done:
                summary.skipped += 1
                continue
            if config.dask and isinstance(item, PendingFile):
                # Dask workers may run on machines that cannot see our files: send the bytes.
                try:
                    item = item.read_ahead()
                except InputError as exc:
                    yield SourceFailure(item.doc_id, item.path, str(exc))
                    continue
            yield item

    progress = _progress_bar(config.progress)
    finished = False
    try:
        for outcomes in mapper(_chunked(todo(), config.chunk_size)):
            for o in outcomes:
                if o.record is not None:
                    out.write(o.record)
                    if parquet is not None:
                        parquet.add(o.record)
                if o.failure is not None:
                    errors.write_failure(o.doc_id, o.source, o.failure)
                    summary.failed += 1
                else:
                    summary.parsed += 1
                summary.visits += o.n_visits
            out.flush()
            errors.flush()
            if parquet is not None:
                parquet.flush_if_over(PARQUET_FLUSH_ARTICLES)
            if progress is not None:
                progress.update(len(outcomes))
        finished = True
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        mapper.cancel()
        backend.close(cancel=not finished)
        if progress is not None:
            progress.close()
        out.close()
        errors.close()
        if parquet is not None:
            parquet.close()
        summary.seconds = time.perf_counter() - started
    return summary


def _make_backend(config: BatchConfig) -> _Backend:
    if config.dask:
        return _DaskBackend(config.dask, config.workers)
    if config.workers > 1:
        return _PoolBackend(config.workers, _init_pool_worker, (config.options,))
    return _InProcess()


class _InProcess:
    """Runs chunks right here: ``--workers 1`` needs no pool (and no pickling)."""

    slots = 1

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args))
        except Exception as exc:
            future.set_exception(exc)
        return future

    def restart(self) -> bool:
        return False

    def close(self, *, cancel: bool) -> None:
        return None


def _check(config: BatchConfig) -> None:
    if not config.inputs:
        raise UsageError("no input given")
    missing = [p for p in config.inputs if not Path(p).exists()]
    if missing:
        raise UsageError(f"{missing[0]}: no such file or directory")
    if config.workers < 1:
        raise UsageError("--workers must be at least 1")
    if config.chunk_size < 1:
        raise UsageError("--chunk-size must be at least 1")
    out = Path(config.out)
    if any(parent.exists() and not parent.is_dir() for parent in out.parents):
        raise UsageError(f"{out}: a parent of the output is not a folder")
    if out.is_dir():
        raise UsageError(f"{out}: is a directory, give a file name for the output")
    if out.exists() and out.stat().st_size > 0 and not (config.resume or config.overwrite):
        raise UsageError(f"{out} exists: use --resume to continue it or --overwrite to replace it")
    if config.errors_path.resolve() == out.resolve():
        raise UsageError("the errors file must differ from the output file")
    if config.parquet:
        from visitparse.io.writers import require_pyarrow

        try:
            require_pyarrow()
        except RuntimeError as exc:
            raise UsageError(str(exc)) from None
    if config.options.lang is not None and config.options.lang not in SUPPORTED_LANGUAGES:
        raise UsageError("--lang must be ru or bg")


def _progress_bar(enabled: bool | None) -> Any:
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.05, desc="parsing")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__


# --- CLI -------------------------------------------------------------------------------------------


def add_batch_command(subparsers: Any) -> argparse.ArgumentParser:
    """Register the ``batch`` subcommand on an ``argparse`` subparsers object."""
    p: argparse.ArgumentParser = subparsers.add_parser(
        "batch",
        help="parse folders and dumps of articles into a JSON Lines file",
        description=(
            "Parse every document of the inputs and write one article record per line to OUT,\n"
            "in input order. Inputs: folders (searched recursively for .txt, .html, .htm and\n"
            ".json files), .jsonl/.ndjson and .csv/.tsv dumps, or single files. Text encodings\n"
            "(UTF-8, cp1251, koi8-r, ...) are detected; HTML pages are reduced to their main text.\n"
            "Failed documents are listed with the reason in the errors file and never stop the\n"
            "run; documents not in Russian or Bulgarian count as failures but keep their record."
        ),
        epilog=(
            "exit status: 0 all documents parsed, 1 some failed, 2 usage error, 130 interrupted\n\n"
            "examples:\n"
            "  visitparse batch archive/ -o visits.jsonl\n"
            "  visitparse batch dump.csv --text-field body --id-field url -o visits.jsonl --parquet tables/\n"
            "  visitparse batch archive/ -o visits.jsonl --resume       # continue after Ctrl-C\n"
            "  visitparse batch dump.jsonl -o visits.jsonl --dask tcp://scheduler:8786"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="folders, .jsonl/.csv dumps or files")
    p.add_argument(
        "-o", "--output", dest="out", required=True, metavar="OUT.jsonl", help="output JSON Lines file"
    )
    p.add_argument("--errors", metavar="FILE", help="errors file (default: OUT with suffix .errors.jsonl)")
    p.add_argument(
        "--parquet",
        metavar="DIR",
        help="also write Parquet tables articles, visits, regions, officials, institutions to DIR "
        "(joined by doc_id and visit_index; needs pyarrow)",
    )
    p.add_argument(
        "-w",
        "--workers",
        type=int,
        default=default_workers(),
        metavar="N",
        help="worker processes, each loading the models once (default: all cores, %(default)s)",
    )
    p.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run on a Dask cluster: a scheduler address (tcp://host:8786) or 'local' for an "
        "embedded cluster of --workers processes (needs dask.distributed)",
    )
    mode = p.add_mutually_exclusive_group()
    mode.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run: skip documents whose doc_id is already in OUT",
    )
    mode.add_argument("--overwrite", action="store_true", help="replace OUT if it exists")
    p.add_argument("--lang", metavar="ru|bg", help="treat every document as this language (no detection)")
    p.add_argument(
        "--strict", action="store_true", help="count documents whose record has warnings as failures"
    )
    p.add_argument(
        "--max-chars",
        type=int,
        metavar="N",
        help="documents longer than N characters fail with a clear reason (default: no such check; "
        "the parser cuts texts over its own limit and says so in the record's warnings)",
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help="files (and dump lines) larger than N bytes fail unread (default %(default)s)",
    )
    p.add_argument(
        "--chunk-size",
        type=int,
        default=DEFAULT_CHUNK_SIZE,
        metavar="N",
        help="documents sent to a worker at a time (default %(default)s)",
    )
    progress = p.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show a progress bar (default: only on a terminal)",
    )
    progress.add_argument("--no-progress", dest="progress", action="store_false")
    fields = p.add_argument_group("dump fields", "names of the fields of .jsonl/.csv dumps and .json files")
    defaults = FieldNames()
    for name in ("id", "text", "published", "url", "title"):
        fields.add_argument(
            f"--{name}-field", default=getattr(defaults, name), metavar="NAME", help="(default: %(default)s)"
        )
    fields.add_argument("--csv-delimiter", metavar="CHAR", help="CSV delimiter (default: , and tab for .tsv)")
    p.set_defaults(func=run_batch)
    return p


def config_from_args(args: argparse.Namespace) -> BatchConfig:
    """A :class:`BatchConfig` from the parsed ``batch`` arguments."""
    lang = args.lang.lower() if args.lang else None
    return BatchConfig(
        inputs=list(args.inputs),
        out=args.out,
        errors=args.errors,
        parquet=args.parquet,
        workers=args.workers,
        dask=args.dask,
        resume=args.resume,
        overwrite=args.overwrite,
        fields=FieldNames(
            args.id_field, args.text_field, args.published_field, args.url_field, args.title_field
        ),
        csv_delimiter=args.csv_delimiter,
        chunk_size=args.chunk_size,
        max_bytes=args.max_bytes,
        options=WorkerOptions(max_chars=args.max_chars, lang=lang, strict=args.strict),
        progress=args.progress,
    )


def run_batch(args: argparse.Namespace) -> int:
    """The ``batch`` command: run, print the summary line on stderr, return the exit status."""
    try:
        config = config_from_args(args)
        summary = run(config)
    except UsageError as exc:
        print(f"visitparse batch: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:  # the output cannot be written (permissions, disk full, ...)
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"visitparse batch: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    print(summary.line(config.errors_path), file=sys.stderr)
    if not (summary.parsed or summary.failed or summary.skipped or summary.interrupted):
        print(
            "visitparse batch: error: no documents found in the inputs "
            "(folders are searched for .txt, .html, .htm and .json files)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return summary.exit_code
