"""Keyboard first: Ctrl+S is the window's action whatever the form did, Ctrl+B blanks the focused field, the
shortcuts are documented, and a whole correction takes at most four keystrokes besides the typing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_helpers import edit_together, search, select


def _activate(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def test_ctrl_s_still_saves_after_several_leads_mode(qtbot: Any, window: Any, sandbox: Any) -> None:
    _activate(qtbot, window)
    search(qtbot, window, "3125550100")
    edit_together(qtbot, window, [14, 8])
    window.results.select_leads([1])
    qtbot.waitUntil(
        lambda: (
            not window.form.is_common
            and window.form.lead is not None
            and window.form.lead.lead_id == 1
            and not window.busy
        ),
        timeout=30000,
    )
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


def test_ctrl_b_blanks_the_focused_field(qtbot: Any, window: Any) -> None:
    _activate(qtbot, window)
    search(qtbot, window, "3125550100")
    select(qtbot, window, 1)
    row = window.form.rows["comments"]
    row.editor.widget.setFocus()
    qtbot.keyClick(row.editor.widget, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert row.blank.isChecked() and window.form.edit_count() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not row.blank.isChecked() and window.form.edit_count() == 0


def test_help_lists_the_keyboard_shortcuts(qtbot: Any, window: Any) -> None:
    window.actionShortcuts.trigger()
    table = window.shortcutsDialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Ctrl+S"].startswith("Review and save") and "Blank" in rows["Ctrl+B"]
    assert "Ctrl+F" in rows and "Esc" in rows
    window.shortcutsDialog.close()


class _Counter:
    """Presses keys as a user would and counts them (the typing of values is counted apart)."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot, self.presses = qtbot, 0

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None
        self.qtbot.keyClick(widget, key, modifier)
        self.presses += 1

    def type(self, text: str) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None
        self.qtbot.keyClicks(widget, text)


def test_a_keyboard_only_correction_of_a_last_name_takes_four_keystrokes(
    qtbot: Any, window: Any, sandbox: Any
) -> None:
    target = 4  # phone 3125550103 matches leads 4 and 5; lead 4's last name is misspelled
    sandbox._world.conn.execute("UPDATE vicidial_list SET last_name='Jonhson' WHERE lead_id=?", (target,))
    _activate(qtbot, window)
    pane = window.searchPane
    pane.matchPhone.setChecked(True)
    assert QApplication.focusWidget() is pane.phoneInput
    keys = _Counter(qtbot)
    keys.type("3125550103")  # typing the phone: not counted
    before = window.completed_searches
    keys.press(Qt.Key.Key_Return)  # 1: search
    qtbot.waitUntil(lambda: window.completed_searches > before and not window.busy, timeout=30000)
    qtbot.waitUntil(lambda: window.form.lead is not None and not window.busy, timeout=30000)
    ids = [c.lead_id for c in window.results.model.candidates()]
    assert sorted(ids) == [4, 5]
    assert QApplication.focusWidget() is window.results.table
    while window.form.lead.lead_id != target:  # Up or Down through the matches to the misspelled lead
        shown = window.form.lead.lead_id
        current = window.results.model.row_of(shown)
        keys.press(Qt.Key.Key_Down if window.results.model.row_of(target) > current else Qt.Key.Key_Up)
        qtbot.waitUntil(
            lambda: not window.busy and window.form.lead is not None and window.form.lead.lead_id != shown,  # noqa: B023 - waited on at once
            timeout=30000,
        )
        assert keys.presses <= 1 + len(ids)
    go_to = window.findChild(QAction, "goTo_last_name")
    letter = go_to.shortcut().toString().removeprefix("Alt+")  # the field's own Alt letter (per language)
    keys.press(Qt.Key(ord(letter)), Qt.KeyboardModifier.AltModifier)  # Alt+letter: last name, selected
    field = window.form.rows["last_name"].editor.widget
    assert QApplication.focusWidget() is field and isinstance(field, QLineEdit)
    keys.type("Johnson")  # typing the name: not counted
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S: review
    qtbot.waitUntil(
        lambda: window.confirmDialog is not None and window.confirmDialog.isVisible(), timeout=5000
    )
    qtbot.keyClick(window.confirmDialog, Qt.Key.Key_Return)  # the confirmation: not counted
    qtbot.waitUntil(lambda: sandbox.lead(target)["last_name"] == "Johnson" and not window.busy, timeout=30000)
    assert keys.presses <= 4, keys.presses
    # after the save the focus is back where the user searched from (the window's focus widget: the
    # confirm dialog took the activation with it offscreen)
    qtbot.waitUntil(lambda: window.focusWidget() is pane.phoneInput, timeout=5000)
