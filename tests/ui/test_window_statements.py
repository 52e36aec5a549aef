"""Issue 10: the window's title and corner say who is signed in once, and a server out of reach is said in
the status area, with its address and Retry, not in a modal box."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox
from testkit.local_http import closed_port
from ui_helpers import search, shown_ids

from leadeditor.editing.session import open_client


def test_the_title_does_not_repeat_the_app_name_and_signed_in_as_shows_once(
    qtbot: Any, window: Any, arun: Any
) -> None:
    assert "Lead Editor" not in window.windowTitle()  # Qt adds the display name to the title itself
    assert window.windowTitle() == "6666 @ Sandbox"
    assert arun(window.check_access())
    said = [window.statusMessage.text(), window.connectionLabel.text(), window.windowTitle()]
    assert sum(text.count("Signed in as") for text in said) == 1, said


def test_an_unreachable_server_is_named_with_retry_in_the_status_area(
    qtbot: Any, window: Any, sandbox: Any
) -> None:
    good = window._client
    port = closed_port()
    window.use_client(
        open_client(f"http://127.0.0.1:{port}/vicidial/non_agent_api.php", "6666", "1234"),
        label="Sandbox",
        sandbox=True,
    )
    search(qtbot, window, "3125550100")
    assert "127.0.0.1" in window.statusMessage.text()  # the address, by name
    assert window.retryButton.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    window.use_client(good, label="Sandbox", sandbox=True)  # the server is back
    before = window.completed_searches
    window.retryButton.click()
    qtbot.waitUntil(lambda: window.completed_searches > before and not window.busy, timeout=30000)
    assert 1 in shown_ids(window) and not window.retryButton.isVisible()
