"""Start sandboxes for tests: real HTTP on 127.0.0.1, a free port, every one closed at teardown."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from leadeditor.sandbox import Fault, SandboxServer

# A fault to arm at start: the bare fault (once, any function) or the fault with `inject`'s keywords.
FaultSpec = Fault | tuple[Fault, Mapping[str, Any]]


class SandboxFactory:
    """`factory(non_latin=..., php8_errors=..., latency_ms=..., faults=[...], leads_csv=..., db_path=...)`.

    Other `SandboxServer` keywords (`clock`, `certfile`, `keyfile`, ...) pass through. Every request is kept
    in `server.request_log`; printing each one too (`log_requests=True`) costs seconds over the suite."""

    def __init__(self) -> None:
        self._started: list[SandboxServer] = []

    def __call__(
        self,
        *,
        non_latin: bool = False,
        php8_errors: bool = True,
        latency_ms: int = 0,
        faults: Iterable[FaultSpec] = (),
        leads_csv: str | None = None,
        db_path: str | None = None,
        log_requests: bool = False,
        **more: Any,
    ) -> SandboxServer:
        server = SandboxServer(
            host="127.0.0.1",
            port=0,
            non_latin=non_latin,
            php8_errors=php8_errors,
            latency_ms=latency_ms,
            leads_csv=leads_csv,
            db_path=db_path,
            log_requests=log_requests,
            **more,
        )
        self._started.append(server)  # before start: a server that fails half-way is still closed
        for spec in faults:
            fault, options = spec if isinstance(spec, tuple) else (spec, {})
            server.inject(fault, **options)
        return server.start()

    def close_all(self) -> None:
        while self._started:
            self._started.pop().close()


@contextlib.contextmanager
def sandbox_for_module(**options: Any) -> Iterator[SandboxServer]:
    """One sandbox for a module- or session-scoped fixture (the `sandbox_factory` fixture is per test):
    `with sandbox_for_module(generate=200) as server: yield server`."""
    factory = SandboxFactory()
    try:
        yield factory(**options)
    finally:
        factory.close_all()
