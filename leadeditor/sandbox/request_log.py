"""The sandbox's record of every request it received, for tests that count requests or check re-sends."""

from __future__ import annotations

from typing import Any

__all__ = ["LoggedRequest", "RequestLog"]


class LoggedRequest(tuple[str, dict[str, Any]]):
    """``(method, params)`` as received (GET wins), plus where each parameter came from and what it did.

    ``function`` is the API function asked for, ``is_write`` whether it was an ``update_lead`` that may write
    (not the check-first ``no_update=Y`` search), ``fault`` the injected fault it met (or None),
    ``received_at`` / ``answered_at`` the wall-clock times (``time.time()``) it arrived and was answered or
    dropped (None while in flight), and ``wrote`` whether it changed any lead data (leads, custom fields,
    callbacks, hopper, alt phones; None until the script ran, False when a fault stopped it before).
    """

    method: str
    params: dict[str, Any]
    query: dict[str, Any]
    body: list[tuple[str, Any]]
    function: str
    is_write: bool
    fault: str | None
    received_at: float
    answered_at: float | None
    wrote: bool | None

    def __new__(
        cls,
        method: str,
        params: dict[str, Any],
        query: dict[str, Any],
        body: list[tuple[str, Any]],
        *,
        function: str = "",
        is_write: bool = False,
        received_at: float = 0.0,
    ) -> LoggedRequest:
        self = super().__new__(cls, (method, params))
        self.method, self.params, self.query, self.body = method, params, query, body
        self.function, self.is_write, self.received_at = function, is_write, received_at
        self.fault, self.answered_at, self.wrote = None, None, None
        return self

    @property
    def seconds(self) -> float | None:
        """How long the request took from arrival to answer (None while in flight)."""
        return None if self.answered_at is None else self.answered_at - self.received_at


class RequestLog(list[LoggedRequest]):
    """Every request in arrival order (a list, so ``len``, ``[-1]`` and iteration work), with helpers."""

    def of(self, function: str) -> list[LoggedRequest]:
        return [entry for entry in self if entry.function == function]

    def writes(self) -> list[LoggedRequest]:
        """The update_lead calls that may write (the ones a correction must never send twice)."""
        return [entry for entry in self if entry.is_write]

    def since(self, mark: int) -> list[LoggedRequest]:
        """The requests after ``mark = len(log)`` taken earlier."""
        return list(self[mark:])

    def max_in_flight(self) -> int:
        """The most requests that were being served at the same moment."""
        events = [(e.received_at, 1) for e in self]
        events += [(e.answered_at, -1) for e in self if e.answered_at is not None]
        events.sort()  # at the same instant an answer comes before the next arrival
        current = peak = 0
        for _, step in events:
            current += step
            peak = max(peak, current)
        return peak
