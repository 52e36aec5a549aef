"""GUI test fixtures: a fresh sandbox and main window per test (Qt, the loop and the sandbox come from the
root conftest)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def window(qtbot: Any, qloop: Any, sandbox: Any) -> Iterator[Any]:
    from leadeditor.app import open_main_window
    from leadeditor.ui import tasks

    win = open_main_window(sandbox.url, "6666", "1234", sandbox=True, label="Sandbox")
    qtbot.addWidget(win)
    yield win
    tasks.cancel_all()
    win._close_confirmed = True
