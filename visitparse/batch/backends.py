"""Where chunks of work run: a process pool, a Dask cluster or this process, in order and bounded."""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Generic, Protocol, TypeVar

from visitparse.batch.errors import UsageError, one_line

__all__ = [
    "NATIVE_THREAD_VARS",
    "Backend",
    "DaskBackend",
    "InProcess",
    "OrderedMap",
    "PoolBackend",
    "chunked",
    "default_workers",
    "single_threaded_workers",
]

T = TypeVar("T")
R = TypeVar("R")


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


class Backend(Protocol):
    """Runs functions somewhere and hands back futures; ``slots`` is how many run at once."""

    slots: int

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any: ...

    def restart(self) -> bool: ...

    def close(self, *, cancel: bool) -> None: ...


class PoolBackend:
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


class DaskBackend:
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
            # These workers are ours alone, as a pool's are (a user's cluster is left as it is).
            from visitparse.batch.worker import own_process_gc

            self._client.run(own_process_gc)
        else:
            try:
                self._client = client_class(address, set_as_default=False, timeout=10)
            except OSError as exc:
                reason = one_line(exc)
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


class OrderedMap(Generic[T, R]):
    """Maps ``fn`` over chunks on a backend, results in order, at most ``window`` in flight.

    When a chunk's task fails as a whole (a worker died), its documents are retried one
    at a time; a document that fails alone gets ``on_crash(item, exc)`` as its result.
    """

    def __init__(
        self,
        backend: Backend,
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


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter), read lazily."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class InProcess:
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
