"""Fixtures for the sandbox tests: a running server per test, with a clock the test controls."""

from __future__ import annotations

import pytest
from sandbox_clock import FakeClock
from testkit.sandboxes import SandboxFactory

from leadeditor.sandbox import SandboxServer


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def server(sandbox_factory: SandboxFactory, clock: FakeClock) -> SandboxServer:
    return sandbox_factory(clock=clock)


@pytest.fixture
def nl_server(sandbox_factory: SandboxFactory, clock: FakeClock) -> SandboxServer:
    return sandbox_factory(clock=clock, non_latin=True)


@pytest.fixture
def php80_server(sandbox_factory: SandboxFactory, clock: FakeClock) -> SandboxServer:
    return sandbox_factory(clock=clock, php8_errors=False)
