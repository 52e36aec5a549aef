"""The client tests: every test that uses the `sandbox` fixture (directly or through `client`) runs against
each server mode; the sandbox, the client and `make_client` themselves come from the root conftest."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from testkit.sandboxes import SandboxFactory

from leadeditor.sandbox import SandboxServer
from leadeditor.vicidial import VicidialClient

MODES = [
    pytest.param({"non_latin": False, "php8_errors": True}, id="latin-php8"),
    pytest.param({"non_latin": True, "php8_errors": True}, id="nonlatin-php8"),
    pytest.param({"non_latin": False, "php8_errors": False}, id="latin-php7"),
    pytest.param({"non_latin": True, "php8_errors": False}, id="nonlatin-php7"),
]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A sandbox in each non-latin mode, with PHP 8 failures on and off (the root fixture's options)."""
    if "sandbox" in metafunc.fixturenames:
        metafunc.parametrize("sandbox", MODES, indirect=True)


@pytest.fixture
def php8_sandbox(sandbox_factory: SandboxFactory) -> SandboxServer:
    """The stock server of observed.md section A: use_non_latin=0, PHP 8.2."""
    return sandbox_factory(non_latin=False, php8_errors=True)


@pytest.fixture
def php8_client(
    php8_sandbox: SandboxServer, make_client: Callable[..., VicidialClient]
) -> Iterator[VicidialClient]:
    with make_client(php8_sandbox) as c:
        yield c


@pytest.fixture(params=[False, True], ids=["latin", "nonlatin"])
def mode_sandbox(request: pytest.FixtureRequest, sandbox_factory: SandboxFactory) -> SandboxServer:
    """A sandbox with and without non-latin mode, PHP 8 failures on."""
    return sandbox_factory(non_latin=request.param, php8_errors=True)
