"""``Parser.pipe(n_process > 1)``: articles parsed on worker processes, in input order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from visitparse.batch.backends import OrderedMap, PoolBackend, chunked
from visitparse.batch.worker import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_PARSER,
    WorkerOptions,
    freeze_loaded_models,
    init_pool_worker,
    worker_parser,
)
from visitparse.io.chunks import DEFAULT_CHUNK_CHARS

if TYPE_CHECKING:
    from visitparse.parser import ParseInput
    from visitparse.schema import Article

__all__ = ["parallel_parse"]


@dataclass(frozen=True)
class _PipeError:
    exc: BaseException


def _parse_inputs(chunk: list[ParseInput], options: WorkerOptions) -> list[Article | _PipeError]:
    try:
        return _parse_chunk(chunk, options)
    finally:
        freeze_loaded_models()


def _parse_chunk(chunk: list[ParseInput], options: WorkerOptions) -> list[Article | _PipeError]:
    parser = worker_parser(options)
    pipe = getattr(parser, "pipe", None)
    if pipe is not None and len(chunk) > 1:
        try:  # one batch through nlp.pipe; item by item only if it fails
            return list(pipe(chunk, batch_size=len(chunk)))
        except Exception:
            pass
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
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
) -> Iterator[Article]:
    """Parse ``inputs`` on ``n_process`` worker processes; articles come out in input order.

    The machinery behind ``Parser.pipe(..., n_process=N)``: each worker builds its parser once,
    inputs are sent in chunks of ``chunk_size`` through a bounded window (memory stays flat on
    endless iterators).  An exception raised by ``parse`` is re-raised here, at its item.
    """
    options = WorkerOptions(parser_factory=parser_factory, max_chars=max_chars, chunk_chars=chunk_chars)
    backend = PoolBackend(max(1, n_process), init_pool_worker, (options,))
    mapper: OrderedMap[ParseInput, Article | _PipeError] = OrderedMap(
        backend, _parse_inputs, options, window=2 * backend.slots, on_crash=_pipe_crash
    )
    finished = False
    try:
        for results in mapper(chunked(inputs, chunk_size)):
            for result in results:
                if isinstance(result, _PipeError):
                    raise result.exc
                yield result
        finished = True
    finally:
        mapper.cancel()
        backend.close(cancel=not finished)
