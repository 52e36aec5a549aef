"""Sandbox fixtures for the client tests: every test gets a fresh server (logins lock out, writes persist)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from leadeditor.sandbox import SandboxServer
from leadeditor.vicidial import VicidialClient

PASSWORD = "1234"  # the sandbox's API users 6666 (full rights) and 7777 (level 7, modify_leads 0)

MODES = [
    pytest.param((False, True), id="latin-php8"),
    pytest.param((True, True), id="nonlatin-php8"),
    pytest.param((False, False), id="latin-php7"),
    pytest.param((True, False), id="nonlatin-php7"),
]


def _server(non_latin: bool = False, php8_errors: bool = True) -> Iterator[SandboxServer]:
    server = SandboxServer(non_latin=non_latin, php8_errors=php8_errors).start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(params=MODES)
def sandbox(request: pytest.FixtureRequest) -> Iterator[SandboxServer]:
    """A sandbox in each non-latin mode, with PHP 8 failures on and off."""
    non_latin, php8 = request.param
    yield from _server(non_latin, php8)


@pytest.fixture
def php8_sandbox() -> Iterator[SandboxServer]:
    """The stock server of observed.md section A: use_non_latin=0, PHP 8.2."""
    yield from _server(False, True)


def _make_client(
    server: SandboxServer, user: str = "6666", password: str = PASSWORD, timeout: tuple[float, float] = (2, 5)
) -> VicidialClient:
    return VicidialClient(server.url, user, password, timeout=timeout)


@pytest.fixture
def make_client() -> Callable[..., VicidialClient]:
    """``make_client(server, user="6666", password="1234", timeout=(2, 5))``."""
    return _make_client


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[VicidialClient]:
    with _make_client(sandbox) as c:
        yield c


@pytest.fixture
def php8_client(php8_sandbox: SandboxServer) -> Iterator[VicidialClient]:
    with _make_client(php8_sandbox) as c:
        yield c
