"""The batch engine's blocking iterators (dry run, apply, resume, undo) run in a worker thread, their rows
handed to the GUI thread in slices, so that the window never freezes and 10,000 rows are not 10,000 events."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable

from leadeditor.editing.batch.row_result import RowResult
from leadeditor.ui import tasks

__all__ = ["stream"]

_SLICE = 50  # rows per hop to the GUI thread at most
_EVERY = 0.1  # seconds: a slow run still shows each row promptly


async def stream(
    iterate: Callable[[], Iterable[RowResult]], on_rows: Callable[[list[RowResult]], None]
) -> int:
    """Iterate in a worker thread; `on_rows` gets each slice on the GUI thread, in row order. Returns the
    number of rows. The slices are queued on the loop before the thread's result, so all have been handed
    over when this returns."""
    loop = asyncio.get_running_loop()

    def work() -> int:
        count, chunk, last = 0, [], time.monotonic()
        for result in iterate():
            chunk.append(result)
            count += 1
            if len(chunk) >= _SLICE or time.monotonic() - last >= _EVERY:
                loop.call_soon_threadsafe(on_rows, chunk)
                chunk, last = [], time.monotonic()
        if chunk:
            loop.call_soon_threadsafe(on_rows, chunk)
        return count

    return await tasks.in_thread(work)
