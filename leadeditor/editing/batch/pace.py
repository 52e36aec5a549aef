"""The batch's pace: at most so many requests a second (default 5), slower when the server slows down.

On top of the per-server limiter (`vicidial/limiter.py`: at most 2 requests in flight, a pause after
connection failures), which every request passes anyway. The pace spaces the starts of requests evenly
across all workers; when answers take much longer than the best recent ones, the spacing doubles (up to
eight times), and it comes back step by step as answers speed up again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Final

__all__ = ["DEFAULT_RATE", "Pace"]

DEFAULT_RATE: Final = 5.0  # requests a second
_SLOW_FACTOR: Final = 3.0  # an answer this many times slower than the best is "the server slows"
_SLOW_FLOOR_S: Final = 0.25  # ... and at least this slow (a fast server's jitter is no slow-down)
_MOST_BACK_OFF: Final = 8.0


class Pace:
    """Thread-safe. ``rate`` None: no spacing (the dry run's reads), the back-off still applies."""

    def __init__(
        self,
        rate: float | None = DEFAULT_RATE,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate is not None and rate <= 0:
            raise ValueError("rate")
        self.rate = rate
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()
        self._next = 0.0
        self._best: float | None = None
        self.back_off = 1.0  # 1: the set pace; 2: half as fast, ...

    @property
    def interval(self) -> float:
        base = 1.0 / self.rate if self.rate else 0.0
        return base * self.back_off

    def wait(self) -> None:
        """Block the calling worker until its request may start."""
        with self._lock:
            now = self._clock()
            start = max(now, self._next)
            spacing = self.interval if self.rate else (self.back_off - 1.0) * (self._best or 0.0)
            self._next = start + spacing
        if start > now:
            self._sleep(start - now)

    def observe(self, seconds: float) -> None:
        """How long an answer took: slow down when the server does, recover when it is fast again."""
        with self._lock:
            self._best = seconds if self._best is None else min(self._best * 1.05, seconds)
            if seconds > max(self._best * _SLOW_FACTOR, _SLOW_FLOOR_S):
                self.back_off = min(self.back_off * 2, _MOST_BACK_OFF)
            elif seconds < max(self._best * 2, _SLOW_FLOOR_S / 2):
                self.back_off = max(1.0, self.back_off / 1.25)
