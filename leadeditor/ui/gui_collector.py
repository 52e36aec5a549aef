"""Python's cyclic garbage collected on the GUI thread only.

The collector runs in whichever thread happens to allocate when a generation's threshold is crossed: a
worker parsing an answer, or the sandbox's server thread in the tests. A Qt object whose Python wrapper sits
in a reference cycle (a dialog holding a lambda that holds the dialog) is then destroyed in that thread, and
a QWidget destroyed off the GUI thread corrupts Qt's state: a test run under load aborted inside a later
`QMainWindow()` that way (PySide6 6.12). So the automatic collector is switched off and a timer on the GUI
thread does its work, generation by generation as the same thresholds say, a common recipe for PyQt and
PySide applications with worker threads. What is freed by reference counting alone (most objects) is freed
at once, as before; only cycles wait for the next tick.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500  # cycles wait at most this long; a tick with nothing to do costs microseconds


class GuiThreadCollector(QObject):
    """Owns the timer; create it on the GUI thread, after the QApplication. `stop()` gives the collector
    back to Python (tests that check the automatic collector, and the end of the app)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the generations whose thresholds are crossed (as the automatic collector would); the
        number of unreachable objects found."""
        first, second, third = gc.get_count()
        found = 0
        if first > self._threshold[0]:
            found += gc.collect(0)
            if second > self._threshold[1]:
                found += gc.collect(1)
                if third > self._threshold[2]:
                    found += gc.collect(2)
        return found

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


_COLLECTOR: list[GuiThreadCollector] = []


def collect_on_gui_thread() -> GuiThreadCollector:
    """Once per process (later calls return the same collector): from now on cycles are freed on the GUI
    thread only."""
    if not _COLLECTOR:
        from PySide6.QtCore import QCoreApplication

        _COLLECTOR.append(GuiThreadCollector(QCoreApplication.instance()))
    return _COLLECTOR[0]
