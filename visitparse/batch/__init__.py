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
* **Memory** stays bounded on archives of any size: spaCy keeps every new word in its
  vocabulary, so an annotator starts a fresh one past :data:`visitparse.lang.MAX_LEXEMES`
  words (same output), and every cache is bounded.  Pool workers freeze the loaded models
  out of the garbage collector's walks (:func:`~visitparse.batch.worker.own_process_gc`).
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

Modules: :mod:`~visitparse.batch.worker` (one document in a worker: ``process_item``),
:mod:`~visitparse.batch.backends` (process pool, Dask, in-process; the ordered bounded map),
:mod:`~visitparse.batch.runner` (``BatchConfig``, ``run``, ``BatchSummary``),
:mod:`~visitparse.batch.command` (the ``batch`` subcommand), :mod:`~visitparse.batch.pipe`
(``Parser.pipe`` on several processes) and :mod:`~visitparse.batch.errors`.
"""

from visitparse.batch.backends import NATIVE_THREAD_VARS, default_workers, single_threaded_workers
from visitparse.batch.command import add_batch_command, config_from_args, run_batch
from visitparse.batch.errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, UsageError
from visitparse.batch.pipe import parallel_parse
from visitparse.batch.runner import PARQUET_FLUSH_ARTICLES, BatchConfig, BatchSummary, run
from visitparse.batch.worker import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_PARSER,
    SUPPORTED_LANGUAGES,
    Outcome,
    WorkerOptions,
    process_chunk,
    process_item,
)

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_PARSER",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_PARTIAL",
    "EXIT_USAGE",
    "NATIVE_THREAD_VARS",
    "PARQUET_FLUSH_ARTICLES",
    "SUPPORTED_LANGUAGES",
    "BatchConfig",
    "BatchSummary",
    "Outcome",
    "UsageError",
    "WorkerOptions",
    "add_batch_command",
    "config_from_args",
    "default_workers",
    "parallel_parse",
    "process_chunk",
    "process_item",
    "run",
    "run_batch",
    "single_threaded_workers",
]
