"""The per-server limiter: bounded requests in flight, a growing pause after connection failures, one at a
time while the server is slow. Driven with a fake clock, so nothing here depends on the machine's speed."""

from __future__ import annotations

import threading

import pytest

from leadeditor.vicidial import limiter as limiter_module
from leadeditor.vicidial.limiter import MAX_IN_FLIGHT, MIN_IN_FLIGHT, ServerLimiter, configure, limiter_for


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


def test_no_more_than_the_limit_in_flight() -> None:
    limiter = ServerLimiter(2)
    inside = 0
    most = 0
    lock = threading.Lock()
    release = threading.Event()

    def request() -> None:
        nonlocal inside, most
        with limiter.slot():
            with lock:
                inside += 1
                most = max(most, inside)
            release.wait(2)
            with lock:
                inside -= 1

    threads = [threading.Thread(target=request) for _ in range(6)]
    for t in threads:
        t.start()
    for _ in range(200):  # until two are inside and the rest wait
        if limiter.state().in_flight == 2:
            break
        threading.Event().wait(0.01)
    assert limiter.state().in_flight == 2
    release.set()
    for t in threads:
        t.join(5)
    assert most == 2 and limiter.state().in_flight == 0


def test_connection_failures_pause_longer_each_time_until_an_answer() -> None:
    clock = FakeClock()
    limiter = ServerLimiter(2, clock=clock, sleep=clock.sleep)
    for _ in range(6):
        with limiter.slot():
            limiter.connection_failed()
    # no pause before the first try; then 0.5, 1, 2, 4, 8 s
    assert clock.slept == [0.5, 1.0, 2.0, 4.0, 8.0]
    with limiter.slot():
        limiter.answered()
    clock.slept.clear()
    with limiter.slot():
        pass
    assert clock.slept == [] and limiter.state().failures == 0


def test_one_request_at_a_time_while_the_server_is_slow() -> None:
    clock = FakeClock()
    limiter = ServerLimiter(3, clock=clock, sleep=clock.sleep)

    def request(seconds: float) -> None:
        with limiter.slot():
            clock.now += seconds
            limiter.answered()

    for _ in range(5):
        request(0.2)
    assert limiter.state().limit == 3
    for _ in range(8):
        request(2.5)  # over three times its best and over a second
    assert limiter.state().slow and limiter.state().limit == 1
    for _ in range(15):
        request(0.2)
    assert not limiter.state().slow and limiter.state().limit == 3


def test_the_setting_is_bounded_and_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limiter_module, "_limiters", {})
    monkeypatch.setattr(limiter_module, "_default_in_flight", 2)
    first = limiter_for("dialer.example.com")
    assert limiter_for("DIALER.example.com") is first
    configure(9)
    assert first.limit == MAX_IN_FLIGHT and limiter_for("other:8080").limit == MAX_IN_FLIGHT
    configure(0)
    assert first.limit == MIN_IN_FLIGHT
