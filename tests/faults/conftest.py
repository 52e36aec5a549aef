"""The fault matrix's window: the real main window on a fresh sandbox, with short client timeouts so a hang
costs seconds, not the default 30. At the end of a run that saw every case, `docs/reliability.md` is
written from what the tests observed (`fault_matrix.py`)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from fault_drive import TIMEOUT
from fault_matrix import observed_table, write_document


@pytest.fixture
def fault_window(qtbot: Any, qloop: Any, sandbox: Any) -> Iterator[Any]:
    from leadeditor.editing.session import open_client
    from leadeditor.ui import tasks
    from leadeditor.ui.main_window import MainWindow

    win = MainWindow(None, sandbox=True)
    win.use_client(open_client(sandbox.url, "6666", "1234", timeout=TIMEOUT), label="Sandbox", sandbox=True)
    win.show()
    qtbot.addWidget(win)
    yield win
    tasks.cancel_all()
    win._close_confirmed = True


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if not write_document() and os.environ.get("FAULT_MATRIX_SHOW"):
        terminalreporter.write_line(observed_table())  # a partial run: what it saw, for the developer
