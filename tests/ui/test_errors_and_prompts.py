"""Friendly errors instead of tracebacks, and no edit lost without asking."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from ui_helpers import search, select


def visible_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_wrong_password_is_a_plain_sentence_without_the_password(
    qtbot: Any, qloop: Any, sandbox: Any, arun: Any
) -> None:
    from leadeditor.app import open_main_window

    window = open_main_window(sandbox.url, "6666", "wrongpass99", label="Sandbox")
    qtbot.addWidget(window)
    assert arun(window.check_access()) is False
    boxes = visible_boxes()
    assert boxes, "no error dialog"
    text = boxes[-1].text() + boxes[-1].windowTitle()
    assert "Sign-in failed" in text
    assert "wrongpass99" not in text and "wrongpass99" not in window.statusMessage.text()
    assert "Sign-in failed" in window.statusMessage.text()
    for box in boxes:
        box.close()


def test_a_user_without_permission_is_told_so(qtbot: Any, qloop: Any, sandbox: Any) -> None:
    from leadeditor.app import open_main_window

    window = open_main_window(sandbox.url, "7777", "1234", label="Sandbox")
    qtbot.addWidget(window)
    window.searchPane.phoneInput.setText("3125550100")
    window.searchPane.searchButton.click()
    qtbot.waitUntil(lambda: bool(visible_boxes()) and not window.busy, timeout=30000)
    box = visible_boxes()[-1]
    assert box.windowTitle() == "Not allowed"
    assert "permission" in box.text()
    assert window.searchPane.searchButton.isEnabled()  # still usable
    box.close()


def test_switching_leads_with_unsaved_edits_asks_first(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100")
    select(qtbot, window, 1)
    window.findChild(QLineEdit, "field_last_name").setText("Jones")
    window.results.select_lead(8)
    qtbot.waitUntil(lambda: bool(visible_boxes()), timeout=5000)
    box = visible_boxes()[-1]
    assert "unsaved changes" in box.text()
    keep = next(b for b in box.buttons() if b.text() == "Keep editing")
    keep.click()
    qtbot.waitUntil(
        lambda: window.results.current() is not None and window.results.current().lead_id == 1, timeout=5000
    )
    assert window.form.lead is not None and window.form.lead.lead_id == 1
    assert window.findChild(QLineEdit, "field_last_name").text() == "Jones"
    window.results.select_lead(8)
    qtbot.waitUntil(lambda: bool(visible_boxes()), timeout=5000)
    discard = next(b for b in visible_boxes()[-1].buttons() if b.text() == "Discard changes")
    discard.click()
    qtbot.waitUntil(lambda: window.form.lead is not None and window.form.lead.lead_id == 8, timeout=5000)
    assert window.form.edit_count() == 0


def test_use_client_signs_the_window_in_with_an_existing_client(qtbot: Any, qloop: Any, sandbox: Any) -> None:
    from leadeditor.ui.main_window import MainWindow
    from leadeditor.vicidial.client import VicidialClient

    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    window.use_client(VicidialClient(sandbox.url, "6666", "1234"), label="Training dialer")
    assert "Training dialer" in window.windowTitle() and "6666" in window.connectionLabel.text()
    search(qtbot, window, "3125550100")
    assert sorted(c.lead_id for c in window.results.model.candidates()) == [1, 8, 14]
