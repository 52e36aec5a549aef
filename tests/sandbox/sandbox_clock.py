"""A clock the sandbox tests move by hand."""

from __future__ import annotations

OBSERVED_EPOCH = 1795757116.0  # the first `version` answer in observed.md


class FakeClock:
    """Seconds since the epoch, moved only by the test."""

    def __init__(self, start: float = OBSERVED_EPOCH) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
