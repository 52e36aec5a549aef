"""Politeness towards the dialer: a bounded number of requests in flight per server, shared by every feature.

A VICIdial server is a production dialer first. Every request of the app (search, reads, writes, a batch)
passes through the one limiter of its server (`limiter_for`), inside `Transport.post`, so no feature can flood
it, whatever it does in parallel:
- at most `max_in_flight` requests at once (default 2, setting 1 to 4);
- after consecutive connection failures, a pause before the next request that doubles each time (0.5 s up to
  8 s), so a server that went away is not hammered; the first answer ends it;
- when the server slows down (answers take over three times as long as its best recent ones, and over a
  second), one request at a time until it recovers.
Waiting happens in the worker thread that makes the request, never on the GUI thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Final

__all__ = [
    "DEFAULT_IN_FLIGHT",
    "MAX_IN_FLIGHT",
    "MIN_IN_FLIGHT",
    "LimiterState",
    "ServerLimiter",
    "configure",
    "limiter_for",
]

DEFAULT_IN_FLIGHT: Final = 2
MIN_IN_FLIGHT: Final = 1
MAX_IN_FLIGHT: Final = 4
_FIRST_PAUSE_S: Final = 0.5
_LONGEST_PAUSE_S: Final = 8.0
_SLOW_FACTOR: Final = 3.0
_RECOVERED_FACTOR: Final = 2.0
_SLOW_FLOOR_S: Final = 1.0
_SMOOTHING: Final = 0.3  # weight of the newest answer time in the running average


@dataclass(frozen=True)
class LimiterState:
    """A snapshot, for diagnostics and tests."""

    in_flight: int
    limit: int
    failures: int
    paused_for: float
    slow: bool


class ServerLimiter:
    """The limiter of one server. Thread-safe; `slot()` is the only way in."""

    def __init__(
        self,
        max_in_flight: int = DEFAULT_IN_FLIGHT,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._cond = threading.Condition()
        self._clock = clock
        self._sleep = sleep
        self._max = _bounded(max_in_flight)
        self._in_flight = 0
        self._failures = 0
        self._resume_at = 0.0
        self._average: float | None = None
        self._best: float | None = None
        self._slow = False

    # -- settings

    def set_max_in_flight(self, value: int) -> None:
        with self._cond:
            self._max = _bounded(value)
            self._cond.notify_all()

    @property
    def limit(self) -> int:
        return 1 if self._slow else self._max

    def state(self) -> LimiterState:
        with self._cond:
            return LimiterState(
                self._in_flight,
                self.limit,
                self._failures,
                max(0.0, self._resume_at - self._clock()),
                self._slow,
            )

    # -- the way in

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Hold one of the server's slots for one request (waiting for a free one, and out any pause). The
        caller tells how it went with `connection_failed()` or `answered()`."""
        self._enter()
        started = self._clock()
        try:
            yield
        finally:
            self._leave(self._clock() - started)

    def _enter(self) -> None:
        while True:
            with self._cond:
                wait = self._resume_at - self._clock()
                if wait <= 0 and self._in_flight < self.limit:
                    self._in_flight += 1
                    return
                if wait <= 0:
                    self._cond.wait(timeout=1.0)
                    continue
            self._sleep(min(wait, _LONGEST_PAUSE_S))

    def _leave(self, elapsed: float) -> None:
        with self._cond:
            self._in_flight -= 1
            self._cond.notify_all()
        self._timed(elapsed)

    # -- what the answers tell

    def connection_failed(self) -> None:
        """Nothing reached the server (refused, unknown host, connect timeout): pause before the next one."""
        with self._cond:
            self._failures += 1
            pause = min(_FIRST_PAUSE_S * 2 ** (self._failures - 1), _LONGEST_PAUSE_S)
            self._resume_at = self._clock() + pause

    def answered(self) -> None:
        """The server answered (whatever it said): the connection is fine again."""
        with self._cond:
            self._failures = 0
            self._resume_at = 0.0
            self._cond.notify_all()

    def _timed(self, elapsed: float) -> None:
        with self._cond:
            self._best = elapsed if self._best is None else min(self._best * 1.05, elapsed)
            self._average = (
                elapsed if self._average is None else _SMOOTHING * elapsed + (1 - _SMOOTHING) * self._average
            )
            slow_line = max(self._best * _SLOW_FACTOR, _SLOW_FLOOR_S)
            if not self._slow and self._average > slow_line:
                self._slow = True
            elif self._slow and self._average < max(self._best * _RECOVERED_FACTOR, _SLOW_FLOOR_S):
                self._slow = False
                self._cond.notify_all()


def _bounded(value: int) -> int:
    return max(MIN_IN_FLIGHT, min(MAX_IN_FLIGHT, int(value)))


_registry_lock = threading.Lock()
_limiters: dict[str, ServerLimiter] = {}
_default_in_flight = DEFAULT_IN_FLIGHT


def limiter_for(server: str) -> ServerLimiter:
    """The one limiter of a server (`host[:port]`), shared by every client of the process."""
    key = server.lower()
    with _registry_lock:
        limiter = _limiters.get(key)
        if limiter is None:
            limiter = _limiters[key] = ServerLimiter(_default_in_flight)
        return limiter


def configure(max_in_flight: int) -> None:
    """The user's setting (1 to 4), for every server's limiter, present and future."""
    global _default_in_flight
    with _registry_lock:
        _default_in_flight = _bounded(max_in_flight)
        limiters = list(_limiters.values())
    for limiter in limiters:
        limiter.set_max_in_flight(_default_in_flight)
