"""Drive the main window as a user would, for the fault matrix: search, open a lead, edit, confirm, wait
for the outcome, and read back what the window shows."""

from __future__ import annotations

from typing import Any

from fault_matrix import one_line
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox

# the window's client timeouts (connect, read): a HANG fault of 3 s outlasts the read timeout
TIMEOUT = (1.0, 2.0)
# lead 4 (phone 3125550103) is Johnson in the stock sandbox
LEAD, PHONE, COLUMN, BEFORE, TYPED = 4, "3125550103", "last_name", "Johnson", "Johnston"


def field(window: Any, column: str) -> QLineEdit:
    found = window.findChild(QLineEdit, f"field_{column}")
    assert found is not None, column
    return found


def search(qtbot: Any, window: Any, phone: str = "", lead_id: str = "", list_id: str = "") -> None:
    """Fill the search pane and press Enter; wait until the search finished or an error box opened."""
    pane = window.searchPane
    pane.matchLeadId.setChecked(bool(lead_id))
    pane.matchPhone.setChecked(bool(phone))
    pane.matchVendorCode.setChecked(False)
    pane.leadIdInput.setText(lead_id)
    pane.phoneInput.setText(phone)
    pane.listIdInput.setText(list_id)
    before = window.completed_searches
    qtbot.keyClick(pane.phoneInput, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: not window.busy and (window.completed_searches > before or bool(boxes())), timeout=30000
    )


def open_lead(qtbot: Any, window: Any) -> None:
    search(qtbot, window, PHONE)
    window.results.select_lead(LEAD)
    qtbot.waitUntil(
        lambda: window.form.lead is not None and window.form.lead.lead_id == LEAD and not window.busy,
        timeout=30000,
    )


def visible(window: Any, name: str) -> Any:
    dialog = getattr(window, name, None)
    try:
        return dialog if dialog is not None and dialog.isVisible() else None
    except RuntimeError:  # deleted after it closed
        return None


def boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def edit_and_open_confirm(qtbot: Any, window: Any, value: str = TYPED) -> None:
    field(window, COLUMN).setText(value)
    window.form.saveButton.click()
    qtbot.waitUntil(lambda: visible(window, "confirmDialog") is not None, timeout=5000)


def confirm_and_wait(qtbot: Any, window: Any) -> None:
    """Press Save in the confirm dialog; wait until the save has an outcome or an error box opened."""
    pending = window.last_outcome
    window.confirmDialog.saveButton.click()
    qtbot.waitUntil(
        lambda: not window.busy and (window.last_outcome is not pending or bool(boxes())), timeout=30000
    )
    qtbot.wait(50)  # the dialog that follows the outcome opens in the same turn; let it paint


def seen(window: Any) -> str:
    """The status line, then the dialogs that are open, as one line of text."""
    parts = [window.statusMessage.text()]
    for name in ("outcomeDialog", "differencesDialog", "conflictDialog"):
        dialog = visible(window, name)
        if dialog is not None:
            headline = getattr(dialog, "headline", None)
            parts.append(headline.text() if headline is not None else dialog.windowTitle())
    for box in boxes():
        parts.append(f"{box.windowTitle()}: {box.text()}")
    others = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog)
        and w.isVisible()
        and not isinstance(w, QMessageBox)
        and w not in [visible(window, n) for n in ("outcomeDialog", "differencesDialog", "conflictDialog")]
    ]
    parts += [w.windowTitle() for w in others]
    unique = [p for i, p in enumerate(parts) if p and p not in parts[:i]]  # a box may repeat the status
    return one_line(" // ".join(unique))


def edit_kept(window: Any, typed: str = TYPED) -> bool:
    """The typed value is still in the form, counted as an unsaved edit."""
    return field(window, COLUMN).text() == typed and window.form.edit_count() == 1


def close_dialogs() -> None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible():
            w.close()


def answer_question(qtbot: Any, window: Any, yes: bool) -> str:
    """Answer the question box that is open (accept or reject), then wait for the save that follows.
    Returns the question as the user read it (title and text, one line)."""
    qtbot.waitUntil(lambda: bool(boxes()), timeout=5000)
    box = boxes()[-1]
    asked = one_line(f"{box.windowTitle()}: {box.text()}")
    role = QMessageBox.ButtonRole.AcceptRole if yes else QMessageBox.ButtonRole.RejectRole
    pending = window.last_outcome
    next(b for b in box.buttons() if box.buttonRole(b) == role).click()
    if yes:
        qtbot.waitUntil(
            lambda: not window.busy and (window.last_outcome is not pending or bool(boxes())), timeout=30000
        )
    qtbot.wait(50)
    return asked
