"""Issue 10 (write side) through the main window: safe defaults in the confirm and unsaved-changes questions,
the suggested fix, lead identity in the typed confirmations, and an undoable "Revert all"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox
from test_safe_writes import _visible, confirm, edit_and_confirm, wait_idle
from ui_helpers import search, select

from leadeditor.sandbox import Fault


def _field(window: Any, name: str) -> QLineEdit:
    field = window.findChild(QLineEdit, f"field_{name}")
    assert field is not None
    return field


def test_save_is_the_default_only_when_every_value_is_stored_as_typed(
    qtbot: Any, window: Any, sandbox: Any
) -> None:
    search(qtbot, window, "3125550103")
    select(qtbot, window, 4)
    edit_and_confirm(qtbot, window, {"city": "Evanston"})
    dialog = window.confirmDialog
    assert dialog.saveButton.isDefault() and not dialog.cancelButton.isDefault()
    dialog.cancelButton.click()
    qtbot.waitUntil(lambda: not _visible(window, "confirmDialog"), timeout=5000)
    edit_and_confirm(qtbot, window, {"first_name": "A+B"})  # '+' becomes a space: stored differently
    dialog = window.confirmDialog
    assert dialog.cancelButton.isDefault() and not dialog.saveButton.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter goes back, nothing is sent
    qtbot.waitUntil(lambda: not _visible(window, "confirmDialog"), timeout=5000)
    assert sandbox.request_log.writes() == []
    assert _field(window, "first_name").text() == "A+B" and window.form.edit_count() == 2


def test_an_accent_that_would_be_dropped_offers_the_folded_value(
    qtbot: Any, window: Any, sandbox: Any
) -> None:
    search(qtbot, window, "3125550103")
    select(qtbot, window, 4)
    edit_and_confirm(qtbot, window, {"last_name": "José"})
    dialog = window.confirmDialog
    assert not dialog.saveButton.isDefault()
    fix = dialog.fix_buttons["last_name"]
    assert "“Jose”" in fix.text()
    fix.click()
    # the fix goes into the form and the change is reviewed again, now stored exactly as typed
    qtbot.waitUntil(
        lambda: _visible(window, "confirmDialog") and window.confirmDialog is not dialog, timeout=5000
    )
    assert _field(window, "last_name").text() == "Jose"
    assert window.confirmDialog.saveButton.isDefault() and not window.confirmDialog.fix_buttons
    assert sandbox.request_log.writes() == []
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    assert sandbox.lead(4)["last_name"] == "Jose"


def _question() -> QMessageBox | None:
    w = QApplication.activeModalWidget()
    return w if isinstance(w, QMessageBox) and w.isVisible() else None


def test_unsaved_changes_question_defaults_to_keep_editing(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550103")
    select(qtbot, window, 4)
    _field(window, "city").setText("Evanston")
    window.results.select_lead(5)
    qtbot.waitUntil(lambda: _question() is not None, timeout=5000)
    box = _question()
    assert box is not None and box.defaultButton().text() == "Keep editing"
    box.defaultButton().click()
    qtbot.waitUntil(lambda: _question() is None, timeout=5000)
    assert window.form.lead is not None and window.form.lead.lead_id == 4
    assert _field(window, "city").text() == "Evanston"


def test_delete_and_reset_confirmations_name_the_lead(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550103")
    select(qtbot, window, 5)
    for action in (window.actionResetLead, window.actionDeleteLead):
        window._update_advanced()
        action.trigger()
        qtbot.waitUntil(lambda: _visible(window, "typedConfirmDialog"), timeout=10000)
        who = window.typedConfirmDialog.who.text()
        assert "Bob Johnson" in who and "3125550103" in who and "list 101" in who and "Lead 5" in who
        window.typedConfirmDialog.cancelButton.click()
        qtbot.waitUntil(lambda: "Nothing was sent" in window.statusMessage.text(), timeout=5000)
        window.statusMessage.setText("")


def test_revert_all_can_be_undone(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550103")
    select(qtbot, window, 4)
    _field(window, "city").setText("Evanston")
    window.form.rows["address2"].blank.setChecked(True)
    assert window.form.edit_count() == 2
    window.form.revertAllButton.click()
    assert window.form.edit_count() == 0 and _field(window, "city").text() == "Chicago"
    assert window.form.undoRevertButton.isVisible()
    window.form.undoRevertButton.click()
    assert window.form.edit_count() == 2 and _field(window, "city").text() == "Evanston"
    assert window.form.rows["address2"].blank.isChecked()
    assert not window.form.undoRevertButton.isVisible()


def test_write_anyway_gives_the_true_reason_and_the_status_says_what_it_waits_for(
    qtbot: Any, window: Any, sandbox: Any
) -> None:
    search(qtbot, window, "3125550103")
    select(qtbot, window, 4)
    edit_and_confirm(qtbot, window, {"city": "Evanston"})
    # the permission to read lead details is revoked after the form loaded: the pre-write read is refused
    sandbox._world.execute("UPDATE vicidial_users SET view_reports = '0' WHERE user = '6666'")
    sandbox.inject(Fault.HTTP_503, count=50, function="lead_field_info")  # and field by field fails too
    confirm(qtbot, window)
    qtbot.waitUntil(lambda: _question() is not None, timeout=30000)
    box = _question()
    assert box is not None
    text = box.text()
    assert "User 6666 may not use lead_all_info" in text and "view reports" in text.lower()
    assert "outside your campaigns" not in text
    assert "Waiting for your answer" in window.statusMessage.text()
    assert box.defaultButton().text() == "Cancel"  # writing unchecked is a deliberate choice
    box.defaultButton().click()
    qtbot.waitUntil(lambda: "Nothing was sent" in window.statusMessage.text(), timeout=5000)
    assert sandbox.request_log.writes() == [] and window.form.edit_count() == 1


def _conflict(qtbot: Any, window: Any, sandbox: Any) -> Any:
    search(qtbot, window, "3125550100")
    select(qtbot, window, 8)
    edit_and_confirm(qtbot, window, {"city": "Evanston"})
    sandbox.set_lead_field(8, "status", "SALE")  # the dialer, after the form loaded
    sandbox.set_lead_field(8, "first_name", "Theirs")
    confirm(qtbot, window)
    qtbot.waitUntil(lambda: _visible(window, "conflictDialog"), timeout=30000)
    return window.conflictDialog


def test_conflict_cancel_keeps_my_edit_over_the_fresh_values(qtbot: Any, window: Any, sandbox: Any) -> None:
    dialog = _conflict(qtbot, window, sandbox)
    explanation = dialog.findChild(QLabel, "conflictExplanation").text()
    assert "dialer status now SALE, called 0 times in all" in explanation
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: "Nothing was sent" in window.statusMessage.text(), timeout=5000)
    assert window.form.lead.value("first_name") == "Theirs" and window.form.lead.value("status") == "SALE"
    assert _field(window, "first_name").text() == "Theirs"  # not the stale value
    assert _field(window, "city").text() == "Evanston" and window.form.edit_count() == 1
    assert sandbox.request_log.writes() == []


def test_conflict_reload_theirs_drops_my_edits(qtbot: Any, window: Any, sandbox: Any) -> None:
    dialog = _conflict(qtbot, window, sandbox)
    dialog.reload_button.click()
    qtbot.waitUntil(lambda: "edits were dropped" in window.statusMessage.text(), timeout=5000)
    assert window.form.edit_count() == 0 and _field(window, "first_name").text() == "Theirs"
    assert _field(window, "city").text() == "Chicago"
    assert sandbox.request_log.writes() == []
