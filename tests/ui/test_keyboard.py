"""Keyboard-only use of the main window: Tab order, mnemonics, Ctrl+S, Esc, the empty results table and the
phone number in the common-change mode."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QHeaderView, QLabel, QWidget
from ui_helpers import edit_together, search, select

from leadeditor.editing.search import SearchScope
from leadeditor.ui.results import COLUMN_INDEX


def _activate(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def _tab_from(qtbot: Any, start: QWidget, presses: int) -> list[str]:
    """Object names of the widgets Tab visits, starting with `start`."""
    start.setFocus()
    names = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        assert widget is not None
        names.append(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return names


def test_tab_follows_the_search_pane_then_leaves_the_results_for_the_form(qtbot: Any, window: Any) -> None:
    _activate(qtbot, window)
    assert QApplication.focusWidget() is window.searchPane.phoneInput  # focus starts in a search input
    pane = window.searchPane
    assert _tab_from(qtbot, pane.leadIdInput, 8) == [
        "leadIdInput",
        "vendorCodeInput",
        "phoneInput",
        "matchLeadId",
        "matchVendorCode",
        "matchPhone",
        "scopeSelector",
        "searchButton",
    ]  # list ID is disabled for the whole system
    pane.set_scope(SearchScope.LIST)
    assert _tab_from(qtbot, pane.scopeSelector, 3) == ["scopeSelector", "listIdInput", "searchButton"]
    pane.set_scope(SearchScope.SYSTEM)
    search(qtbot, window, "3125550100")
    select(qtbot, window, 1)
    # Tab leaves the table at once (it used to walk cell by cell and never reach the form)
    assert _tab_from(qtbot, window.results.table, 4) == [
        "resultsTable",
        "field_title",
        "field_first_name",
        "field_middle_initial",
    ]  # the Blank boxes are no Tab stops (Ctrl+B toggles them from the field)
    assert _tab_from(qtbot, window.form.rows["phone_number"].editor.widget, 3) == [
        "field_phone_number",
        "changePhoneButton",
        "field_alt_phone",
    ]


def test_tab_reaches_custom_fields_before_revert_all_and_save(qtbot: Any, window: Any) -> None:
    _activate(qtbot, window)
    search(qtbot, window, "3125550100")
    select(qtbot, window, 1)
    assert "favorite_color" in window.form.custom_rows  # lead 1's list has a custom field
    comments = window.form.rows["comments"].editor.widget
    comments.setFocus()
    qtbot.keyClicks(comments, " edited")
    assert _tab_from(qtbot, comments, 5) == [
        "field_comments",
        "revert_comments",
        "field_favorite_color",
        "revertAllButton",
        "saveButton",
    ]  # the Blank boxes are no Tab stops (Ctrl+B toggles them from the field)


def test_ctrl_s_opens_the_confirm_dialog_and_esc_sends_nothing(qtbot: Any, window: Any, sandbox: Any) -> None:
    _activate(qtbot, window)
    search(qtbot, window, "3125550100")
    select(qtbot, window, 1)
    assert "Ctrl+S" in window.form.saveButton.toolTip()
    field = window.form.rows["last_name"].editor.widget
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Smyth")
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.confirmDialog is not None and window.confirmDialog.isVisible(), timeout=5000
    )
    qtbot.keyClick(window.confirmDialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.statusMessage.text().startswith("Nothing was sent"), timeout=5000)
    assert sandbox.lead(1)["last_name"] == "Smith"
    assert window.form.edit_count() == 1  # the edit is kept for another try


def _mnemonics(widget: QWidget, extra: list[str]) -> list[str]:
    texts = extra + [label.text() for label in widget.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in widget.findChildren(QAbstractButton)]
    return [key.lower() for text in texts for key in re.findall(r"&(\w)", text.replace("&&", ""))]


def test_alt_mnemonics_do_not_clash(window: Any) -> None:
    keys = _mnemonics(window, [a.text() for a in window.menuBar().actions()])
    assert len(keys) >= 6
    assert sorted(keys) == sorted(set(keys)), keys  # "&Vendor lead code" used to clash with "&View"


def test_journal_window_mnemonics_do_not_clash(qtbot: Any, tmp_path: Path) -> None:
    from leadeditor.editing.journal import Journal
    from leadeditor.ui.journal_window import JournalWindow

    with Journal(tmp_path / "j.sqlite3") as journal:
        journal_window = JournalWindow(journal)
        qtbot.addWidget(journal_window)
        keys = _mnemonics(journal_window, [])
        assert len(keys) >= 6
        assert sorted(keys) == sorted(set(keys)), keys  # "&User:" used to clash with "&Undo this change…"


def test_empty_results_columns_fit_their_headings(window: Any) -> None:
    table = window.results.table
    header = table.horizontalHeader()
    assert window.results.model.rowCount() == 0
    for column in range(header.count() - 1):  # the last one stretches
        assert table.columnWidth(column) >= header.sectionSizeHint(column), column
    # narrow headings get narrow columns, not the default width that pushed most headings out of sight
    assert table.columnWidth(COLUMN_INDEX["lead_id"]) < header.defaultSectionSize()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive


def test_phone_number_is_locked_and_explained_for_several_leads(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100")
    edit_together(qtbot, window, [14, 8, 1])
    button = window.form.changePhoneButton
    assert not button.isEnabled()
    assert "one lead at a time" in button.text() and "one lead at a time" in button.toolTip()
    assert window.form.rows["phone_number"].editor.widget.isReadOnly()
    window.results.select_leads([8])
    qtbot.waitUntil(
        lambda: (
            not window.form.is_common
            and window.form.lead is not None
            and window.form.lead.lead_id == 8
            and not window.busy
        ),
        timeout=30000,
    )
    assert button.isEnabled() and button.text() == "Change phone number"
    assert "update_phone_number=Y" in button.toolTip()


def test_every_tab_stop_has_a_name_a_screen_reader_can_say(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100")
    select(qtbot, window, 1)
    stops = [
        w
        for w in window.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.objectName() != "qt_spinbox_lineedit"
    ]  # the inner editor of a named spin/date box
    assert len(stops) > 40
    for widget in stops:
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        assert widget.accessibleName() or text, widget.objectName()
    # acronyms keep their capitals inside sentences ("gmt" and "id" are read out wrongly)
    assert window.findChild(QWidget, "blank_gmt_offset_now").accessibleName() == "Blank GMT offset"
    assert window.findChild(QWidget, "blank_source_id").accessibleName() == "Blank source ID"
    assert window.searchPane.matchLeadId.accessibleName() == "Match by lead ID"
