"""One batch run: sources in, ordered outcomes written out, a summary back."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from visitparse.batch.backends import (
    Backend,
    DaskBackend,
    InProcess,
    OrderedMap,
    PoolBackend,
    chunked,
    default_workers,
)
from visitparse.batch.errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_PARTIAL, UsageError
from visitparse.batch.worker import (
    DEFAULT_CHUNK_SIZE,
    SUPPORTED_LANGUAGES,
    Outcome,
    WorkerOptions,
    crash_outcome,
    init_pool_worker,
    process_chunk,
)
from visitparse.io.decode import InputError
from visitparse.io.sources import (
    DEFAULT_MAX_BYTES,
    UNREAD,
    FieldNames,
    PendingFile,
    SourceFailure,
    SourceItem,
    iter_sources,
)

__all__ = ["PARQUET_FLUSH_ARTICLES", "BatchConfig", "BatchSummary", "KindCounts", "run"]

PARQUET_FLUSH_ARTICLES = 2000  # rows are buffered to make reasonable row groups, then written
UNREAD_NAMED = 5  # unread files named in the summary line; the errors file names them all


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
class KindCounts:
    """Counts of one kind of input (``txt``, ``html``, ``jsonl`` ...)."""

    read: int = 0  # documents taken from the inputs: parsed + failed
    parsed: int = 0
    failed: int = 0
    skipped: int = 0  # already in the output (--resume)

    def describe(self) -> str:
        """``3 read (2 parsed, 1 failed)``, zero counts left out."""
        parts = [f"{n} {what}" for what, n in self._parts() if n]
        return f"{self.read} read ({', '.join(parts)})" if parts else f"{self.read} read"

    def _parts(self) -> list[tuple[str, int]]:
        return [("parsed", self.parsed), ("failed", self.failed), ("skipped", self.skipped)]


@dataclass
class BatchSummary:
    """Counts of one run, in all and by kind of input, and the files left unread."""

    parsed: int = 0
    failed: int = 0
    skipped: int = 0
    visits: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    kinds: dict[str, KindCounts] = field(default_factory=dict)
    unread: list[str] = field(default_factory=list)  # files of the inputs that are no input

    def count(self, kind: str, *, failed: bool = False, skipped: bool = False) -> None:
        """Count one document of ``kind``."""
        counts = self.kinds.setdefault(kind, KindCounts())
        if skipped:
            self.skipped += 1
            counts.skipped += 1
            return
        counts.read += 1
        if failed:
            self.failed += 1
            counts.failed += 1
        else:
            self.parsed += 1
            counts.parsed += 1

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
        if self.kinds:
            text += "; by kind: " + ", ".join(f"{k} {c.describe()}" for k, c in sorted(self.kinds.items()))
        if self.unread:
            shown = ", ".join(self.unread[:UNREAD_NAMED])
            more = f" and {len(self.unread) - UNREAD_NAMED} more" if len(self.unread) > UNREAD_NAMED else ""
            files = "file" if len(self.unread) == 1 else "files"
            text += f"; not read: {len(self.unread)} {files} ({shown}{more})"
        if self.failed or self.unread:
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
    mapper: OrderedMap[SourceItem, Outcome] = OrderedMap(
        backend, process_chunk, config.options, window=2 * backend.slots, on_crash=crash_outcome
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
                summary.count(item.kind, skipped=True)
                continue
            if config.dask and isinstance(item, PendingFile):
                # Dask workers may run on machines that cannot see our files: send the bytes.
                try:
                    item = item.read_ahead()
                except InputError as exc:
                    yield SourceFailure(item.doc_id, item.path, str(exc), kind=item.kind)
                    continue
            yield item

    progress = _progress_bar(config.progress)
    finished = False
    try:
        for outcomes in mapper(chunked(todo(), config.chunk_size)):
            for o in outcomes:
                if o.record is not None:
                    out.write(o.record)
                    if parquet is not None:
                        parquet.add(o.record)
                if o.failure is not None:
                    errors.write_failure(o.doc_id, o.source, o.failure)
                if o.kind == UNREAD:  # not a document: named, but neither parsed nor failed
                    summary.unread.append(o.doc_id)
                else:
                    summary.count(o.kind, failed=o.failure is not None)
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


def _make_backend(config: BatchConfig) -> Backend:
    if config.dask:
        return DaskBackend(config.dask, config.workers)
    if config.workers > 1:
        return PoolBackend(config.workers, init_pool_worker, (config.options,))
    return InProcess()


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
    if config.options.chunk_chars < 1:
        raise UsageError("--chunk-chars must be at least 1")
    if config.options.max_chars is not None and config.options.max_chars < 1:
        raise UsageError("--max-chars must be at least 1")
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
