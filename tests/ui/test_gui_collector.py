"""Cycles holding Qt objects are freed on the GUI thread: the automatic collector is off while the window's
loop runs, and the GUI thread's timer frees what the thresholds say, as the collector would have."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from leadeditor.ui.gui_collector import collect_on_gui_thread


class _Cycle:
    """Stands for a dialog whose lambda holds the dialog: only the cyclic collector can free it."""

    me: _Cycle


def test_a_cycle_made_on_a_worker_thread_is_freed_on_the_gui_thread(qtbot: Any, qloop: Any) -> None:
    collector = collect_on_gui_thread()
    assert not gc.isenabled()  # no collection can start in a worker thread
    freed_in: list[str] = []
    made: list[weakref.ref[_Cycle]] = []

    def work() -> None:
        holder = _Cycle()
        holder.me = holder
        made.append(weakref.ref(holder, lambda _: freed_in.append(threading.current_thread().name)))
        for _ in range(50_000):  # garbage enough to cross every threshold, in this thread
            junk: list[Any] = []
            junk.append(junk)

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    assert made[0]() is not None  # the worker's allocations started no collection
    qtbot.waitUntil(lambda: made[0]() is None, timeout=10000)  # the timer's tick, on this thread
    assert freed_in == [threading.main_thread().name]
    assert collector.collect_due() >= 0


def test_the_collector_follows_the_same_thresholds(qtbot: Any, qloop: Any) -> None:
    collector = collect_on_gui_thread()
    gc.collect()
    assert collector.collect_due() == 0  # nothing due right after a full collection
    for _ in range(gc.get_threshold()[0] + 10):
        junk: list[Any] = []
        junk.append(junk)
    assert collector.collect_due() > 0  # generation 0 was due: its cycles are found
