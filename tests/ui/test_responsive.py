"""The window never freezes: with 1 s of server latency the event loop keeps turning, and Cancel works."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QTimer

from leadeditor.editing.search import SearchScope

MAX_GAP_S = 0.25  # a few frames; a blocked GUI thread would show a gap of at least one 1 s request


class GapMeter:
    """Measures the longest pause between ticks of a 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def test_gui_keeps_turning_during_a_slow_search(qtbot: Any, window: Any, sandbox: Any) -> None:
    sandbox.latency_ms = 1000
    pane = window.searchPane
    pane.set_scope(SearchScope.SYSTEM)
    pane.phoneInput.setText("3125550100")
    meter = GapMeter()
    meter.start()
    started = time.perf_counter()
    before = window.completed_searches
    pane.searchButton.click()
    qtbot.waitUntil(lambda: window.busy, timeout=2000)
    assert window.busyIndicator.isVisible() and window.cancelButton.isVisible()
    qtbot.waitUntil(lambda: window.completed_searches > before, timeout=60000)
    meter.stop()
    elapsed = time.perf_counter() - started
    assert elapsed >= 1.0  # the latency was really there
    assert sorted(c.lead_id for c in window.results.model.candidates()) == [1, 8, 14]
    assert meter.ticks > 20
    print(f"longest gap {meter.longest:.3f} s over {meter.ticks} ticks")
    assert meter.longest < MAX_GAP_S, f"GUI blocked for {meter.longest:.3f} s"


def test_cancel_stops_a_slow_search(qtbot: Any, window: Any, sandbox: Any) -> None:
    sandbox.latency_ms = 1000
    pane = window.searchPane
    pane.phoneInput.setText("3125550100")
    before = window.completed_searches
    pane.searchButton.click()
    qtbot.waitUntil(lambda: window.busy, timeout=2000)
    window.cancelButton.click()
    qtbot.waitUntil(lambda: window.completed_searches > before, timeout=3000)  # at once, not after 5 requests
    assert not window.busy
    assert "cancelled" in window.statusMessage.text()
    assert window.searchPane.searchButton.isEnabled()
