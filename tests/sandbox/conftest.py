"""Fixtures for the sandbox tests: a running server per test, with a clock the test controls."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sandbox_clock import FakeClock

from leadeditor.sandbox import SandboxServer


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def server(clock: FakeClock) -> Iterator[SandboxServer]:
    srv = SandboxServer(clock=clock)
    with srv:
        yield srv
    srv.close()


@pytest.fixture
def nl_server(clock: FakeClock) -> Iterator[SandboxServer]:
    srv = SandboxServer(clock=clock, non_latin=True)
    with srv:
        yield srv
    srv.close()


@pytest.fixture
def php80_server(clock: FakeClock) -> Iterator[SandboxServer]:
    srv = SandboxServer(clock=clock, php8_errors=False)
    with srv:
        yield srv
    srv.close()
