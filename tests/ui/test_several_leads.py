"""Several leads edited together, an explicit mode (issue 10): a selection alone never enters it; in it the
form says what the leads share, "(different values)" and "leave as is"; the confirmation is lead by lead,
read fresh, before anything is sent; Leave (Esc) restores the status line and the one-lead form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_helpers import edit_together, search, select, several_confirm

from leadeditor.editing.lead import Candidate
from leadeditor.sandbox import Fault


def _writes(sandbox: Any) -> list[Any]:
    return sandbox.request_log.writes()


def _activate(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def _summary_done(window: Any) -> bool:
    dialog = window.writes().multi_dialog
    return (
        dialog is not None and not window.busy and dialog.findChild(object, "multiLeadSummary").text() != ""
    )


def test_ctrl_a_selects_every_lead_without_entering_the_mode(qtbot: Any, window: Any) -> None:
    _activate(qtbot, window)
    search(qtbot, window, "3125550100")
    rows = window.results.model.rowCount()
    assert rows >= 3
    shown = window.form.lead.lead_id
    table = window.results.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(window.results.selected_candidates()) == rows
    QApplication.processEvents()  # any handler the selection started has run: none may enter the mode
    assert not window.form.is_common and not window.severalBanner.isVisible()
    assert window.form.lead is not None and window.form.lead.lead_id == shown  # the current lead stays
    assert window.form.saveButton.text() == "Review and save…"
    # the way in is offered, with the count
    assert window.actionEditSeveral.isEnabled() and window.editSeveralButton.isEnabled()
    assert window.editSeveralButton.text() == f"Edit {rows} selected leads together"


def test_the_action_is_offered_only_for_two_or_more(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100")
    select(qtbot, window, 1)
    assert not window.actionEditSeveral.isEnabled() and not window.editSeveralButton.isEnabled()
    window.results.select_leads([14, 8])
    qtbot.waitUntil(window.actionEditSeveral.isEnabled, timeout=5000)
    assert window.actionEditSeveral.text() == "Edit 2 selected leads together"
    window.editSeveralButton.click()
    qtbot.waitUntil(lambda: window.form.is_common, timeout=5000)
    assert sorted(window.form.common_ids) == [8, 14]
    assert not window.actionEditSeveral.isEnabled()  # already in the mode for these leads


def test_the_mode_shows_shared_values_different_values_and_leave_as_is(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100")
    edit_together(qtbot, window, [14, 8, 1])
    banner = window.severalBanner
    assert banner.isVisible() and "3 leads" in banner.text.text()
    assert banner.leaveButton.isVisible() and banner.leaveButton.text() == "Leave"
    rows = window.form.rows
    # shared by all three: the value itself
    assert rows["first_name"].editor.widget.text() == "John"
    assert rows["city"].editor.widget.text() == "Chicago"
    # Smith, Smith-Jr, Smith: nothing that would be saved, only a placeholder
    last = rows["last_name"].editor.widget
    assert last.text() == "" and last.placeholderText() == "(different values)"
    assert rows["list_id"].editor.widget.placeholderText() == "(different values)"
    assert rows["comments"].editor.widget.placeholderText() == "(different values)"
    assert rows["city"].editor.widget.placeholderText() == ""
    # every untouched field says it is left as is; a changed one no longer does
    assert all(row.leave.isVisible() for key, row in rows.items() if key != "phone_number")
    # the phone number cannot be changed for several leads at once: its button says so instead
    assert not rows["phone_number"].leave.isVisible()
    assert window.form.changePhoneButton.text() == "Phone: one lead at a time"
    assert window.form.edit_count() == 0 and not window.form.saveButton.isEnabled()
    rows["owner"].editor.widget.setText("TEAM-B")
    assert not rows["owner"].leave.isVisible() and rows["city"].leave.isVisible()
    rows["address3"].blank.setChecked(True)  # Blank still works
    assert not rows["address3"].leave.isVisible()
    assert window.form.edit_count() == 2 and window.form.saveButton.isEnabled()
    assert "last_name" not in window.form.changeset.edits  # the placeholder is never an edit


def test_the_confirmation_is_per_lead_read_fresh_and_nothing_is_sent_before(
    qtbot: Any, window: Any, sandbox: Any
) -> None:
    search(qtbot, window, "3125550100")
    edit_together(qtbot, window, [14, 8, 1])
    sandbox.set_lead_field(14, "city", "Evanston")  # someone changes lead 14 after it was listed
    window.form.rows["city"].editor.widget.setText("Skokie")
    window.form.rows["address3"].blank.setChecked(True)
    before = len(_writes(sandbox))
    window.form.saveButton.click()
    dialog = several_confirm(qtbot, window)
    assert len(_writes(sandbox)) == before  # nothing was sent before the user confirms
    shown = {i: {f: (now, will) for f, now, will in dialog.lead_rows(i)} for i in (14, 8, 1)}
    for i in (8, 1):
        assert shown[i] == {
            "City": ("Chicago", "Skokie"),
            "Address line 3": ("(empty)", "(not sent: no change)"),  # blanking an empty field sends nothing
        }
    # lead 14 as the server holds it now, not as it was listed, and said to be stopped
    assert shown[14]["City"] == ("Evanston", "(not written)")
    assert "Changed on the server since it was listed (City)" in dialog.warnings.text()
    assert dialog.backButton.isDefault()  # not every lead is written: Enter goes back
    dialog.backButton.click()
    qtbot.waitUntil(lambda: window.statusMessage.text().startswith("Nothing was sent"), timeout=5000)
    assert len(_writes(sandbox)) == before
    assert window.form.is_common and window.form.edit_count() == 2  # the edits are still there
    assert [sandbox.lead(i)["city"] for i in (14, 8, 1)] == ["Evanston", "Chicago", "Chicago"]


def test_leaving_restores_the_status_line_and_the_one_lead_form(qtbot: Any, window: Any) -> None:
    _activate(qtbot, window)
    search(qtbot, window, "3125550100")
    select(qtbot, window, 1)
    said = window.statusMessage.text()
    edit_together(qtbot, window, [14, 8, 1])
    assert window.statusMessage.text() != said and "edited together" in window.statusMessage.text()
    field = window.form.rows["first_name"].editor.widget
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # Esc leaves (no edits: nothing to ask)
    qtbot.waitUntil(lambda: not window.form.is_common and window.form.lead is not None, timeout=10000)
    assert window.statusMessage.text() == said
    assert not window.severalBanner.isVisible()
    assert window.form.saveButton.text() == "Review and save…"
    assert window.form.changePhoneButton.text() == "Change phone number"
    assert not any(row.leave.isVisible() for row in window.form.rows.values())
    assert window.form.rows["last_name"].editor.widget.placeholderText() == ""
    # and the Leave button does the same
    edit_together(qtbot, window, [14, 8])
    window.severalBanner.leaveButton.click()
    qtbot.waitUntil(lambda: not window.form.is_common, timeout=10000)
    assert window.statusMessage.text() == said


def test_leaving_with_edits_asks_and_keeping_them_stays_in_the_mode(qtbot: Any, window: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    search(qtbot, window, "3125550100")
    edit_together(qtbot, window, [14, 8, 1])
    window.form.rows["owner"].editor.widget.setText("TEAM-B")
    window.severalBanner.leaveButton.click()

    def box() -> Any:
        w = QApplication.activeModalWidget()
        return w if isinstance(w, QMessageBox) and w.isVisible() else None

    qtbot.waitUntil(lambda: box() is not None, timeout=5000)
    question = box()
    assert "3 leads" in question.text()
    assert question.defaultButton().text() == "Keep editing"
    question.defaultButton().click()
    qtbot.waitUntil(lambda: box() is None, timeout=5000)
    assert window.form.is_common and window.form.edit_count() == 1


def test_a_save_in_the_mode_writes_each_lead_once(qtbot: Any, window: Any, sandbox: Any, arun: Any) -> None:
    _activate(qtbot, window)
    search(qtbot, window, "3125550100")
    edit_together(qtbot, window, [14, 8, 1])
    field = window.form.rows["owner"].editor.widget
    field.setFocus()
    qtbot.keyClicks(field, "TEAM-B")
    before = len(_writes(sandbox))
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S works in the mode
    dialog = several_confirm(qtbot, window)
    assert [dialog.lead_rows(i) for i in (14, 8, 1)] == [[("Owner", "(empty)", "TEAM-B")]] * 3
    assert dialog.applyButton.isDefault() and dialog.applyButton.text() == "Apply to 3 leads"
    dialog.applyButton.click()
    qtbot.waitUntil(lambda: _summary_done(window), timeout=30000)
    sent = _writes(sandbox)[before:]
    assert sorted(int(r.params["lead_id"]) for r in sent) == [1, 8, 14]  # each lead once, by its lead ID
    assert [sandbox.lead(i)["owner"] for i in (14, 8, 1)] == ["TEAM-B"] * 3
    entries = list(arun(window.writes().journal()).query())
    assert sorted(e.lead_id for e in entries) == [1, 8, 14]
    # applied everywhere: still in the mode, the form shows the value they now share, no edits left
    assert window.form.is_common and window.form.edit_count() == 0
    assert window.form.rows["owner"].editor.widget.text() == "TEAM-B"


def test_edits_in_the_mode_survive_a_failed_write(qtbot: Any, window: Any, sandbox: Any) -> None:
    search(qtbot, window, "3125550100")
    edit_together(qtbot, window, [14, 8, 1])
    window.findChild(QLineEdit, "field_owner").setText("TEAM-C")
    sandbox.inject(Fault.HTTP_500, count=1, function="update_lead")  # the first lead's write fails
    window.form.saveButton.click()
    several_confirm(qtbot, window).applyButton.click()
    qtbot.waitUntil(lambda: _summary_done(window), timeout=30000)
    assert window.form.is_common and window.form.edit_count() == 1
    assert window.form.rows["owner"].editor.widget.text() == "TEAM-C"
    assert window.statusMessage.property("tone") == "warn"


def test_the_shortcut_is_listed_in_help(qtbot: Any, window: Any) -> None:
    window.actionShortcuts.trigger()
    table = window.shortcutsDialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert "together" in rows["Ctrl+Shift+E"]
    window.shortcutsDialog.close()


def test_a_lead_that_cannot_be_read_is_left_out_and_said(qtbot: Any, window: Any, sandbox: Any) -> None:
    search(qtbot, window, "3125550100")
    # lead 8 as a search lists a lead whose details the server did not send
    window.results.model.replace(Candidate(8, None, problem="the server failed while reading it"))
    edit_together(qtbot, window, [14, 8, 1])
    assert sorted(window.form.common_ids) == [1, 14]
    assert "Left out, as they could not be read: lead 8." in window.statusMessage.text()
    assert window.statusMessage.property("tone") == "warn"
    assert "2 leads" in window.severalBanner.text.text()


def test_a_value_stored_differently_is_marked_per_lead_and_enter_goes_back(
    qtbot: Any, window: Any, sandbox: Any
) -> None:
    search(qtbot, window, "3125550100")
    edit_together(qtbot, window, [14, 8])
    window.form.rows["first_name"].editor.widget.setText("José")  # the server is not in non-latin mode
    window.form.saveButton.click()
    dialog = several_confirm(qtbot, window)
    for lead_id in (14, 8):
        assert dialog.lead_rows(lead_id) == [("First name", "John", "Jos")]
    assert dialog.stored_differently == 2
    marked = dialog.table.item(0, 3)
    assert not marked.icon().isNull() and "é" in marked.toolTip()
    assert (
        "Lead 14, First name:" in dialog.warnings.text() and "Lead 8, First name:" in dialog.warnings.text()
    )
    assert dialog.backButton.isDefault() and not dialog.applyButton.isDefault()
    dialog.reject()
    qtbot.waitUntil(lambda: window.statusMessage.text().startswith("Nothing was sent"), timeout=5000)
    assert [sandbox.lead(i)["first_name"] for i in (14, 8)] == ["John", "John"]
