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


def _new_phone(qtbot: Any, window: Any, phone: str) -> Any:
    search(qtbot, window, "3125550103")
    select(qtbot, window, 4)
    window.form.changePhoneButton.click()
    edit_and_confirm(qtbot, window, {"phone_number": phone})
    return window.confirmDialog


def test_a_new_area_code_offers_the_gmt_offset_in_the_same_save(
    qtbot: Any, window: Any, sandbox: Any
) -> None:
    dialog = _new_phone(qtbot, window, "2125550103")
    note = dialog.gmtNote.text()
    assert "from 312 to 212" in note and "does not recompute the lead's GMT offset" in note
    assert "America/New_York" in note and "(offset -6.00)" in note
    assert dialog.cancelButton.isDefault() and not dialog.saveButton.isDefault()
    assert dialog.gmtChoice.count() == 1
    offset = dialog.gmtChoice.currentData()  # New York's offset now, daylight saving included
    assert offset in ("-5.00", "-4.00")
    dialog.gmtButton.click()
    qtbot.waitUntil(
        lambda: _visible(window, "confirmDialog") and window.confirmDialog is not dialog, timeout=5000
    )
    assert window.confirmDialog.gmtNote is None  # the offset is part of this save now
    assert window.form.rows["gmt_offset_now"].editor.get() == offset
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    lead = sandbox.lead(4)
    assert lead["phone_number"] == "2125550103" and lead["gmt_offset_now"] == offset


def test_an_area_spanning_several_zones_lets_the_user_choose(qtbot: Any, window: Any) -> None:
    dialog = _new_phone(qtbot, window, "8005550103")  # toll-free: every North American zone
    assert dialog.gmtChoice.count() > 3 and "several time zones" in dialog.gmtNote.text()


def test_a_two_digit_phone_number_is_warned_about(qtbot: Any, window: Any) -> None:
    dialog = _new_phone(qtbot, window, "12")
    assert "only 2 digits" in dialog.warnings.text() and dialog.cancelButton.isDefault()


def test_a_phone_number_that_lost_its_sign_is_warned_about(qtbot: Any, window: Any) -> None:
    dialog = _new_phone(qtbot, window, "-3125550109")
    assert "The sign '-' is dropped" in dialog.warnings.text() and dialog.cancelButton.isDefault()


def test_a_lead_in_a_live_call_is_flagged_before_saving(qtbot: Any, window: Any, sandbox: Any) -> None:
    sandbox.set_lead_field(4, "status", "INCALL")
    search(qtbot, window, "3125550103")
    select(qtbot, window, 4)
    edit_and_confirm(qtbot, window, {"city": "Evanston"})
    dialog = window.confirmDialog
    assert dialog.liveCall is not None and "live call" in dialog.liveCall.text()
    assert "status INCALL" in dialog.liveCall.text() and dialog.cancelButton.isDefault()


def test_a_lead_on_an_agents_screen_is_flagged_before_saving(qtbot: Any, window: Any, sandbox: Any) -> None:
    sandbox.agent_on_lead("1001", 4, "INCALL")  # its status stays NEW: only the live agents tell
    search(qtbot, window, "3125550103")
    select(qtbot, window, 4)
    edit_and_confirm(qtbot, window, {"city": "Evanston"})
    dialog = window.confirmDialog
    assert dialog.liveCall is None and dialog.onScreen is not None
    assert "on an agent's screen now: 1001 (INCALL)" in dialog.onScreen.text()
    assert dialog.cancelButton.isDefault()  # Go back is the default
    assert sandbox.request_log.writes() == []  # asked by reading only


def test_no_agent_warning_when_nobody_has_the_lead(qtbot: Any, window: Any, sandbox: Any) -> None:
    sandbox.agent_on_lead("1001", 9, "INCALL")
    search(qtbot, window, "3125550103")
    select(qtbot, window, 4)
    edit_and_confirm(qtbot, window, {"city": "Evanston"})
    assert window.confirmDialog.onScreen is None
