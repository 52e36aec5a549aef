"""A write the server refuses is told in the refusal's own sentence, with its facts (here: which list)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit
from ui_helpers import search, select


def test_a_move_to_a_missing_list_names_the_list(qtbot: Any, window: Any, sandbox: Any) -> None:
    search(qtbot, window, lead_id="11")
    select(qtbot, window, 11)
    window.form.findChild(QLineEdit, "field_list_id").setText("555")
    window.form.saveButton.click()
    qtbot.waitUntil(
        lambda: getattr(window, "confirmDialog", None) is not None and window.confirmDialog.isVisible(),
        timeout=5000,
    )
    window.pending_outcome = window.last_outcome
    window.confirmDialog.saveButton.click()
    qtbot.waitUntil(
        lambda: window.last_outcome is not window.pending_outcome and not window.busy, timeout=30000
    )
    text = window.statusMessage.text()
    assert "List 555 does not exist" in text and "lead 11" in text.lower()
    assert "list_missing" not in text and "ListNotAllowed" not in text
    assert sandbox.lead(11)["list_id"] != "555"
