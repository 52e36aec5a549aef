"""GUI test fixtures: offscreen Qt, one qasync loop for the session, a fresh sandbox and window per test."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Coroutine, Iterator
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import pytest


@pytest.fixture(scope="session")
def qloop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """qasync on the test QApplication. `qtbot.wait*` drives it; never loop.stop() (it quits the app)."""
    import qasync

    executor = qasync.QThreadExecutor(4)
    loop = qasync.QEventLoop(qapp, already_running=True)
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    yield loop
    for task in asyncio.all_tasks(loop):
        task.cancel()
    executor.shutdown()  # join the worker threads; loop.stop()/close() would quit the QApplication


@pytest.fixture
def sandbox() -> Iterator[Any]:
    from leadeditor.sandbox import SandboxServer

    server = SandboxServer().start()
    yield server
    server.stop()


@pytest.fixture
def window(qtbot: Any, qloop: Any, sandbox: Any) -> Iterator[Any]:
    from leadeditor.app import open_main_window
    from leadeditor.ui import tasks

    win = open_main_window(sandbox.url, "6666", "1234", sandbox=True, label="Sandbox")
    qtbot.addWidget(win)
    yield win
    tasks.cancel_all()
    win._close_confirmed = True


@pytest.fixture
def arun(qtbot: Any, qloop: Any) -> Any:
    """Run a coroutine on the qasync loop while Qt keeps processing events; return its result."""

    def run(coro: Coroutine[Any, Any, Any], timeout: int = 30000) -> Any:
        task = asyncio.ensure_future(coro)
        qtbot.waitUntil(task.done, timeout=timeout)
        return task.result()

    return run
