"""Rows handed to a few worker threads, results given back in row order, streamed (a bounded window of rows
in flight, so a 100,000-row file is never held whole). The controls are looked at before each row."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from leadeditor.editing.batch.controls import BatchControls

__all__ = ["DEFAULT_WORKERS", "in_order"]

DEFAULT_WORKERS = 2  # the limiter lets 2 requests be in flight per server: more workers would only queue
T = TypeVar("T")
R = TypeVar("R")


def in_order(
    items: Iterable[T],
    work: Callable[[T], R],
    not_done: Callable[[T], R],
    controls: BatchControls,
    *,
    workers: int = DEFAULT_WORKERS,
) -> Iterator[R]:
    """``work(item)`` for each item in worker threads; ``not_done(item)`` once the batch is cancelled or
    stopped (a row already started always finishes: a request in flight is never cut)."""

    def task(item: T) -> R:
        with controls.row() as go:
            return work(item) if go else not_done(item)

    window: deque[Future[R]] = deque()
    with ThreadPoolExecutor(max(1, workers), thread_name_prefix="batch") as pool:
        try:
            for item in items:
                window.append(pool.submit(task, item))
                if len(window) >= workers * 4:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()
        except BaseException:  # the caller stopped listening (Ctrl+C, an error): the queued rows stop too
            controls.cancel()
            raise
