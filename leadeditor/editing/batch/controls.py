"""Pause, resume, cancel and stop for a running batch, shared by its workers (set from any thread).

A request in flight is never cut: the workers look at the controls only between rows, and the write path
looks at the cancel token only before sending (`write_job.run_write`).
"""

from __future__ import annotations

import threading

from leadeditor.editing.write_job import CancelToken
from leadeditor.vicidial import errors

__all__ = ["BatchControls", "stops_batch"]


def stops_batch(error: BaseException) -> bool:
    """An answer after which no worker may send anything more: a refused login (ten of them lock the user
    out), a lock-out, or a missing permission (every other row would be refused alike)."""
    return isinstance(error, errors.AuthenticationFailed | errors.PermissionDenied)


class BatchControls:
    def __init__(self) -> None:
        self.cancel_token = CancelToken()
        self._running = threading.Event()
        self._running.set()
        self._lock = threading.Lock()
        self.stop_error: BaseException | None = None  # the answer that stopped every worker

    def rearm(self) -> None:
        """A new run after a cancel or a stop (the user's explicit choice, e.g. Resume): go again."""
        with self._lock:
            self.stop_error = None
        self.cancel_token = CancelToken()
        self._running.set()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def cancel(self) -> None:
        self.cancel_token.cancel()
        self._running.set()  # a paused worker wakes up to stop

    def stop(self, error: BaseException) -> None:
        """The first authentication, lock-out or permission answer: every worker stops before its next row."""
        with self._lock:
            if self.stop_error is None:
                self.stop_error = error
        self.cancel()

    @property
    def cancelled(self) -> bool:
        return self.cancel_token.cancelled

    def wait_turn(self) -> bool:
        """Between rows: wait while paused; False when the batch is cancelled or stopped."""
        while not self._running.wait(timeout=0.5):
            pass
        return not self.cancel_token.cancelled
