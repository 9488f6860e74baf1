"""The garbage-collector policy of processes that only parse (visitparse.batch.worker)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from visitparse.batch import WorkerOptions, process_chunk
from visitparse.batch.backends import PoolBackend
from visitparse.batch.worker import GC_THRESHOLD, init_pool_worker, parsing_gc
from visitparse.io.sources import SourceDocument

DOCS = [
    SourceDocument("a", "Губернатор Тверской области принял делегацию из Пскова 2 марта."),
    SourceDocument("b", "Министр культуры посетил музей в Великом Новгороде."),
]


def _gc_state() -> tuple[tuple[int, ...], int]:
    return gc.get_threshold(), gc.get_freeze_count()


@pytest.fixture
def untouched_gc() -> Iterator[tuple[int, ...]]:
    """The test process's own GC state, which these tests must leave as they found it."""
    threshold, frozen = _gc_state()
    assert frozen == 0
    yield threshold
    assert _gc_state() == (threshold, 0)


def test_library_calls_leave_the_gc_alone(untouched_gc: tuple[int, ...]) -> None:
    outcomes = process_chunk(DOCS, WorkerOptions())
    assert [o.failure for o in outcomes] == [None, None]
    assert _gc_state() == (untouched_gc, 0)


def test_in_process_batch_freezes_the_models_and_then_restores_the_gc(untouched_gc: tuple[int, ...]) -> None:
    with parsing_gc():
        outcomes = process_chunk(DOCS, WorkerOptions())
        threshold, frozen = _gc_state()
    assert [o.record is not None for o in outcomes] == [True, True]
    assert threshold == GC_THRESHOLD
    assert frozen > 10_000  # the Russian models' objects, frozen once they loaded


def test_parsing_gc_keeps_out_of_a_process_that_froze_objects_itself(untouched_gc: tuple[int, ...]) -> None:
    gc.freeze()
    try:
        before = _gc_state()
        with parsing_gc():
            process_chunk(DOCS, WorkerOptions())
            assert _gc_state() == before
    finally:
        gc.unfreeze()


def test_pool_workers_freeze_the_models_they_load() -> None:
    backend = PoolBackend(1, init_pool_worker, (WorkerOptions(),))
    try:
        threshold, _ = backend.submit(_gc_state).result()
        outcomes = backend.submit(process_chunk, DOCS, WorkerOptions()).result()
        after_load = backend.submit(_gc_state).result()
    finally:
        backend.close(cancel=False)
    assert threshold == GC_THRESHOLD
    assert [o.failure for o in outcomes] == [None, None]
    assert after_load[1] > 10_000
