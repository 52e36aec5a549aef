"""Pause, resume, cancel and stop for a running batch, shared by its workers (set from any thread).

A request in flight is never cut: the workers look at the controls only between rows, and the write path
looks at the cancel token only before sending (`write_job.run_write`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from leadeditor.editing.write_job import CancelToken
from leadeditor.vicidial import errors

__all__ = ["BatchControls", "stops_batch"]


def stops_batch(error: BaseException) -> bool:
    """An answer after which no worker may send anything more: a refused login (ten of them lock the user
    out), a lock-out, or a missing permission (every other row would be refused alike)."""
    return isinstance(error, errors.AuthenticationFailed | errors.PermissionDenied)


class BatchControls:
    """Set from any thread. A worker starts a row only through `row()`, which waits while the batch is paused
    and counts the rows in progress, so `pause()` then `wait_idle()` means: nothing more will be sent."""

    def __init__(self) -> None:
        self.cancel_token = CancelToken()
        self._cond = threading.Condition()
        self._paused = False
        self._busy = 0  # rows in progress
        self.stop_error: BaseException | None = None  # the answer that stopped every worker

    def rearm(self) -> None:
        """A new run after a cancel or a stop (the user's explicit choice, e.g. Resume): go again."""
        with self._cond:
            self.stop_error = None
            self.cancel_token = CancelToken()
            self._paused = False
            self._cond.notify_all()

    def pause(self) -> None:
        """No row starts after this returns; rows already started finish (`wait_idle`)."""
        with self._cond:
            self._paused = True

    def resume(self) -> None:
        with self._cond:
            self._paused = False
            self._cond.notify_all()

    @property
    def paused(self) -> bool:
        return self._paused

    def cancel(self) -> None:
        with self._cond:
            self.cancel_token.cancel()
            self._cond.notify_all()  # a paused worker wakes up to stop

    def stop(self, error: BaseException) -> None:
        """The first authentication, lock-out or permission answer: every worker stops before its next row."""
        with self._cond:
            if self.stop_error is None:
                self.stop_error = error
        self.cancel()

    @property
    def cancelled(self) -> bool:
        return self.cancel_token.cancelled

    def wait_turn(self) -> bool:
        """Between rows: wait while paused; False when the batch is cancelled or stopped."""
        with self._cond:
            self._cond.wait_for(lambda: not self._paused or self.cancel_token.cancelled)
            return not self.cancel_token.cancelled

    @contextmanager
    def row(self) -> Iterator[bool]:
        """Enter a row: waits while paused; yields False (nothing to do) once cancelled or stopped. Checking
        the pause and counting the row happen under one lock, so no row can slip past a pause."""
        with self._cond:
            self._cond.wait_for(lambda: not self._paused or self.cancel_token.cancelled)
            if self.cancel_token.cancelled:
                go = False
            else:
                go = True
                self._busy += 1
        try:
            yield go
        finally:
            if go:
                with self._cond:
                    self._busy -= 1
                    self._cond.notify_all()

    @property
    def rows_in_progress(self) -> int:
        return self._busy

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until no row is in progress (after `pause()`, nothing more is sent); False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: self._busy == 0, timeout)
