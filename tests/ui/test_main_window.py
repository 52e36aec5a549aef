"""The main window against the sandbox over real HTTP: search, results, form, confirm, save."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit
from ui_helpers import marked, search, select, shown_ids

from leadeditor.editing.search import SearchScope
from leadeditor.ui.results import COLUMN_INDEX
from leadeditor.ui.texts import lead_note_text

OBJECT_NAMES = (
    "leadIdInput",
    "vendorCodeInput",
    "phoneInput",
    "matchLeadId",
    "matchVendorCode",
    "matchPhone",
    "scopeSelector",
    "listIdInput",
    "searchButton",
    "resultsTable",
    "leadForm",
    "changePhoneButton",
    "saveButton",
    "statusMessage",
    "addLeadButton",
    "editUnknownButton",
    "actionJournal",
    "viewMenu",
    "advancedMenu",
    "actionResetLead",
    "actionDeleteLead",
    "actionAddLead",
)


def test_every_listed_object_name_exists(window: Any) -> None:
    for name in OBJECT_NAMES:
        assert window.findChild(object, name) is not None, name
    for column in ("last_name", "address2", "gender", "date_of_birth", "rank", "comments"):
        assert window.findChild(object, f"field_{column}") is not None
    assert isinstance(window.findChild(QCheckBox, "blank_address2"), QCheckBox)
    # fields the server cannot blank have no toggle
    for column in ("phone_number", "rank", "called_count", "phone_code", "list_id"):
        assert window.findChild(QCheckBox, f"blank_{column}") is None


def test_whole_system_phone_search_marks_lead_14(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100")
    assert sorted(shown_ids(window)) == [1, 8, 14]
    assert marked(window) == [14]
    summary = window.results.summary.text()
    assert summary.startswith("3 leads match") and "lead 14" in summary
    assert window.form.lead is not None and window.form.lead.lead_id == 14  # the pick is selected


@pytest.mark.parametrize(
    ("scope", "list_id", "expected", "pick"),
    [
        (SearchScope.SYSTEM, "", [1, 8, 14], 14),
        (SearchScope.CAMPAIGN, "101", [1, 8], 8),
        (SearchScope.LIST, "101", [1], 1),
    ],
)
def test_phone_search_in_each_scope(
    qtbot: Any, window: Any, scope: SearchScope, list_id: str, expected: list[int], pick: int
) -> None:
    search(qtbot, window, "3125550100", scope=scope, list_id=list_id)
    assert sorted(shown_ids(window)) == expected
    assert marked(window) == [pick]


@pytest.mark.parametrize("scope", [SearchScope.LIST, SearchScope.CAMPAIGN])
@pytest.mark.parametrize("list_id", ["", "12"])
def test_list_or_campaign_search_without_valid_list_id_is_refused(
    qtbot: Any, window: Any, sandbox: Any, scope: SearchScope, list_id: str
) -> None:
    sandbox.latency_ms = 0
    pane = window.searchPane
    pane.set_scope(scope)
    pane.listIdInput.setText(list_id)
    pane.phoneInput.setText("3125550100")
    before = window.completed_searches
    qtbot.keyClick(pane.phoneInput, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert window.completed_searches == before and not window.busy
    assert pane.problem.isVisible()
    assert "whole system" in pane.problem.text()
    assert "whole system" in window.statusMessage.text()
    assert shown_ids(window) == []


def test_correct_lead_1_and_save(qtbot: Any, window: Any, sandbox: Any) -> None:
    sandbox.set_lead_field(1, "address2", "Apt 9")
    before = dict(sandbox.lead(1))
    search(qtbot, window, "3125550100")
    select(qtbot, window, 1)
    form = window.form
    last_name = window.findChild(QLineEdit, "field_last_name")
    last_name.setText("Jones")
    window.findChild(QCheckBox, "blank_address2").click()
    assert window.findChild(QLabel, "label_last_name").text().startswith("●")
    assert form.saveButton.isEnabled()
    form.saveButton.click()
    qtbot.waitUntil(
        lambda: getattr(window, "confirmDialog", None) is not None and window.confirmDialog.isVisible(),
        timeout=5000,
    )
    dialog = window.confirmDialog
    assert dialog.objectName() == "confirmDialog"
    table = dialog.table
    cells = {
        (table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    assert cells == {("Last name", "Smith", "Jones"), ("Address line 2", "Apt 9", "(empty)")}
    assert sandbox.lead(1)["last_name"] == "Smith"  # nothing sent before confirming
    dialog.saveButton.click()
    qtbot.waitUntil(lambda: window.last_outcome is not None and not window.busy, timeout=30000)
    after = dict(sandbox.lead(1))
    assert after["last_name"] == "Jones" and after["address2"] == ""
    changed = {k for k in before if before[k] != after[k]} - {"modify_date"}
    assert changed == {"last_name", "address2"}
    expected = "Saved lead 1: last name is now 'Jones'; address line 2 is now empty."
    assert window.statusMessage.text() == expected
    assert form.lead is not None and form.lead.value("last_name") == "Jones" and form.edit_count() == 0


def test_going_back_from_confirm_sends_nothing(qtbot: Any, window: Any, sandbox: Any) -> None:
    search(qtbot, window, "3125550100")
    select(qtbot, window, 8)
    window.findChild(QLineEdit, "field_first_name").setText("Jonathan")
    window.form.saveButton.click()
    qtbot.waitUntil(
        lambda: getattr(window, "confirmDialog", None) is not None and window.confirmDialog.isVisible(),
        timeout=5000,
    )
    window.confirmDialog.cancelButton.click()
    qtbot.waitUntil(lambda: "Nothing was sent" in window.statusMessage.text(), timeout=5000)
    assert sandbox.lead(8)["first_name"] == "John"
    assert window.form.edit_count() == 1


def test_plus_in_email_shows_its_warning(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100")
    select(qtbot, window, 1)
    preview = window.findChild(QLabel, "preview_email")
    assert not preview.isVisible()
    email = window.findChild(QLineEdit, "field_email")
    qtbot.keyClick(email, Qt.Key.Key_End)
    qtbot.keyClicks(email, "+sales")
    assert preview.isVisible()
    assert "'+' becomes a space" in preview.text()
    assert "john.smith@example.com sales" in preview.text()
    assert window.findChild(QLabel, "label_email").text().startswith("●")


def test_obrien_under_php8_failure_is_explained_and_the_app_stays_usable(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550101")
    assert sorted(shown_ids(window)) == [2, 19]
    obrien = next(c for c in window.results.model.candidates() if c.lead_id == 2)
    assert "apostrophe" in lead_note_text(obrien.problem)
    select_text = window.results.model.index(window.results.model.row_of(2), COLUMN_INDEX["problem"]).data()
    assert "apostrophe" in select_text
    window.results.select_lead(2)
    qtbot.waitUntil(
        lambda: "apostrophe" in (window.form.note.text() + window.form.subtitle.text()), timeout=30000
    )
    if obrien.lead is not None:  # read field by field: the form is filled and can be edited
        assert window.form.lead is not None and window.form.lead.value("last_name") == "O'Brien"
    # still usable: another lead can be opened and another search runs
    select(qtbot, window, 19)
    search(qtbot, window, "3125550100")
    assert sorted(shown_ids(window)) == [1, 8, 14]


def test_phone_number_is_read_only_until_change_phone(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100")
    select(qtbot, window, 14)
    phone = window.findChild(QLineEdit, "field_phone_number")
    assert phone.isReadOnly()
    window.findChild(object, "changePhoneButton").click()
    assert not phone.isReadOnly()
    phone.setText("3125550199")
    assert window.form.changeset is not None
    assert window.form.changeset.wire_changes() == {"phone_number": "3125550199"}


def test_revert_field_and_revert_all(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100")
    select(qtbot, window, 14)
    window.findChild(QLineEdit, "field_city").setText("Springfield")
    window.findChild(QLineEdit, "field_first_name").setText("Jon")
    assert window.form.edit_count() == 2
    window.findChild(object, "revert_city").click()
    assert window.findChild(QLineEdit, "field_city").text() == "Chicago"
    assert window.form.edit_count() == 1
    window.form.revertAllButton.click()
    assert window.form.edit_count() == 0
    assert window.findChild(QLineEdit, "field_first_name").text() == "John"
