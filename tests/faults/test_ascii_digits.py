"""Lead IDs, list IDs and phone numbers accept ASCII digits only (issue 11): "²", "٣" and "１４" are digits
to `str.isdigit`, and `int()` would convert two of them to other IDs. Through the window: whatever reaches
a key field is refused with a plain sentence, never converted, and nothing is sent."""

from __future__ import annotations

from typing import Any

import pytest
from fault_drive import PHONE, close_dialogs, field, open_lead
from fault_matrix import Observed, expect, one_line, record, resent_text
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from leadeditor.editing.search import SearchScope
from leadeditor.sandbox import SandboxServer

DIGITS = {"superscript": "²", "arabic_indic": "٣", "fullwidth": "１４"}
# the search pane's key -> its input and the words its sentence uses
KEYS = {
    "lead_id": ("leadIdInput", "lead id"),
    "list_id": ("listIdInput", "list id"),
    "phone": ("phoneInput", "phone number"),
}
PANE = {
    expect(f"pane_{k}_{d}", f"search pane: {KEYS[k][1].replace('id', 'ID')} '{v}' (Search pressed)"): (k, v)
    for k in KEYS
    for d, v in DIGITS.items()
}
TYPED = {
    expect(f"typed_{k}", f"search pane: {KEYS[k][1].replace('id', 'ID')} '²٣１４' typed and pasted"): k
    for k in KEYS
}
# the form's field -> the words for it
FORM_FIELDS = {"list_id": "list id", "phone_number": "phone number"}
FORM = {
    expect(f"form_{f}_{d}", f"lead form: {FORM_FIELDS[f].replace('id', 'ID')} '{v}'"): (f, v)
    for f in FORM_FIELDS
    for d, v in DIGITS.items()
}


def prepare(pane: Any, key: str) -> None:
    """Search by the key under test (the phone number stays valid when another key is tested)."""
    pane.set_scope(SearchScope.LIST if key == "list_id" else SearchScope.SYSTEM)
    pane.matchLeadId.setChecked(key == "lead_id")
    pane.matchVendorCode.setChecked(False)
    pane.matchPhone.setChecked(key != "lead_id")
    pane.leadIdInput.clear()
    pane.listIdInput.clear()
    pane.phoneInput.setText("" if key in ("lead_id", "phone") else PHONE)


def pane_text(window: Any) -> str:
    pane = window.searchPane
    shown = pane.problem.text() if pane.problem.isVisible() else ""
    return one_line(" // ".join(t for t in (shown, window.statusMessage.text()) if t))


def type_and_paste(edit: QLineEdit, text: str) -> None:
    """Type each character as a key press with that text (QTest cannot type non-ASCII), then paste."""
    edit.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                edit, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
    QApplication.clipboard().setText(text)
    edit.paste()


@pytest.mark.parametrize("case_id", list(PANE))
def test_search_refuses_other_scripts_digits_with_a_sentence(
    qtbot: Any, fault_window: Any, sandbox: SandboxServer, case_id: str
) -> None:
    from fault_matrix import EXPECTED

    key, typed = PANE[case_id]
    window, pane = fault_window, fault_window.searchPane
    prepare(pane, key)
    getattr(pane, KEYS[key][0]).setText(typed)  # what a field may hold: a restored or programmatic value
    mark = len(sandbox.request_log)
    pane.searchButton.click()
    qtbot.wait(100)
    sees, sent = pane_text(window), sandbox.request_log.since(mark)
    record(
        Observed(
            case_id, EXPECTED[case_id], "n/a", sees, "n/a (no edit)", resent_text(len(sent), saving=False)
        )
    )
    assert sent == []  # refused before anything is sent, never converted to another ID
    assert pane.problem.isVisible() and KEYS[key][1] in sees.lower(), sees
    assert "0-9" in sees or "digits" in sees.lower(), sees
    assert "ValueError" not in sees and "Traceback" not in sees


@pytest.mark.parametrize("case_id", list(TYPED))
def test_typed_or_pasted_digits_of_other_scripts_are_explained(
    qtbot: Any, fault_window: Any, sandbox: SandboxServer, case_id: str
) -> None:
    from fault_matrix import EXPECTED

    key = TYPED[case_id]
    window, pane = fault_window, fault_window.searchPane
    prepare(pane, key)
    edit = getattr(pane, KEYS[key][0])
    type_and_paste(edit, "²٣１４")
    mark = len(sandbox.request_log)
    pane.searchButton.click()
    qtbot.wait(100)
    sees, sent = pane_text(window), sandbox.request_log.since(mark)
    record(
        Observed(
            case_id,
            EXPECTED[case_id],
            "n/a",
            f"field holds '{edit.text()}' // {sees}",
            "n/a (no edit)",
            resent_text(len(sent), saving=False),
        )
    )
    assert edit.text() == "" or edit.text() == "²٣１４"  # kept as typed or refused, never converted
    assert sent == []
    assert "0-9" in sees or "digits" in sees.lower(), sees


@pytest.mark.parametrize("case_id", list(FORM))
def test_the_lead_form_refuses_other_scripts_digits(
    qtbot: Any, fault_window: Any, sandbox: SandboxServer, case_id: str
) -> None:
    from fault_matrix import EXPECTED

    column, typed = FORM[case_id]
    window = fault_window
    open_lead(qtbot, window)
    if column == "phone_number":
        window.form.changePhoneButton.click()
    field(window, column).setText(typed)
    mark = len(sandbox.request_log)
    window.form.saveButton.click()
    qtbot.wait(200)
    row = window.form.rows[column]
    sees = one_line(row.preview.text() if row.preview is not None else "")
    sent = [r for r in sandbox.request_log.since(mark) if r.is_write]
    kept = field(window, column).text() == typed
    record(Observed(case_id, EXPECTED[case_id], "no", sees, "yes" if kept else "NO", resent_text(len(sent))))
    close_dialogs()
    assert sent == [] and (sandbox.lead(4) or {})[column] != typed
    assert kept  # the user's text stays to be corrected, with the reason beside it
    assert sees.startswith("Will not change") and FORM_FIELDS[column] in sees.lower(), sees
    assert "ValueError" not in sees
