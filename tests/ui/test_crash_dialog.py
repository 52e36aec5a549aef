"""Issue 11: an unexpected error, wherever Python reports it, shows a short report without secrets, with
"Copy details", writes a crash log, and leaves the window usable."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from ui_helpers import search, shown_ids

from leadeditor import logs
from leadeditor.crash_log import crash_folder
from leadeditor.ui import crash_dialog

PASSWORD = "Wx4-hook_Pw8"


def _boom() -> None:
    password = PASSWORD  # in a frame: locals never reach the report
    raise RuntimeError(f"unexpected: pass={password} while saving")


def _logs() -> list[Path]:
    return sorted(crash_folder().glob("crash-*.log"))


def test_an_error_on_the_gui_thread_is_reported_and_the_window_stays_usable(
    qtbot: Any, window: Any, qloop: Any
) -> None:
    logs.register_secret(PASSWORD)
    hooks = crash_dialog.install(lambda: window, qloop)
    try:
        try:
            _boom()
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # what Python calls for an error nobody caught
        qtbot.waitUntil(lambda: hooks.dialog is not None and hooks.dialog.isVisible(), timeout=5000)
        dialog = hooks.dialog
        assert PASSWORD not in dialog.message.text() and "RuntimeError" not in dialog.message.text()
        assert PASSWORD not in dialog.details.toPlainText() and "_boom" in dialog.details.toPlainText()
        [written] = _logs()
        assert str(written) in dialog.message.text()
        assert PASSWORD not in written.read_text(encoding="utf-8")
        dialog.copyButton.click()
        assert QGuiApplication.clipboard().text() == dialog.report.details
        dialog.closeButton.click()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
        search(qtbot, window, "3125550100")  # the window still works
        assert 1 in shown_ids(window)
    finally:
        hooks.uninstall()
    assert sys.excepthook is not hooks._sys_hook


def test_errors_in_a_thread_and_in_a_loop_callback_are_reported_once_each(
    qtbot: Any, window: Any, qloop: Any
) -> None:
    hooks = crash_dialog.install(lambda: window, qloop)
    try:
        worker = threading.Thread(target=_boom, name="worker-1")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: hooks.dialog is not None and hooks.dialog.isVisible(), timeout=5000)
        assert "worker-1" in hooks.reports[0].details
        qloop.call_soon(_boom)  # the asyncio loop's own exception handler
        qtbot.waitUntil(lambda: len(hooks.reports) == 2, timeout=5000)
        assert len(_logs()) == 2
        # one report on screen at a time: the second error did not stack a second dialog
        shown = [w for w in QGuiApplication.topLevelWindows() if w.isVisible() and "unexpected" in w.title()]
        assert len(shown) <= 1
        hooks.dialog.close()
    finally:
        hooks.uninstall()
    assert threading.excepthook is not hooks._threading_hook
