"""Screen readers, through Qt's accessibility tree: every input has a name, a description and the right role;
every label with a mnemonic has its buddy; status changes are announced; nothing is told by colour alone."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from ui_helpers import search, select

from leadeditor.ui import accessibility
from leadeditor.ui.announce import ASSERTIVE, POLITE, announcer
from leadeditor.ui.lead_form import EDIT_MARK


@pytest.fixture
def heard() -> Iterator[list[tuple[str, str]]]:
    """What was announced to assistive technology during the test: (text, politeness)."""
    said: list[tuple[str, str]] = []

    def record(text: str, politeness: str) -> None:
        said.append((text, politeness))

    announcer().announced.connect(record)
    yield said
    announcer().announced.disconnect(record)


def _tree(widget: QWidget) -> tuple[str, str, QAccessible.Role]:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid(), widget.objectName()
    return iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Description), iface.role()


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in accessibility.inputs(root):
        name, description, _role = _tree(widget)
        if not name.strip() or not description.strip():
            missing.append(f"{widget.objectName()!r}: {name!r} / {description!r}")
    return missing


def _lonely_labels(root: QWidget) -> list[str]:
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if "&" in label.text().replace("&&", "") and label.buddy() is None
    ]


def test_every_input_of_the_main_window_has_a_name_and_a_description(window: Any) -> None:
    inputs = accessibility.inputs(window)
    assert len(inputs) > 60  # search pane, match boxes, some 30 fields and their Blank boxes, the table
    assert _unnamed(window) == []
    assert _lonely_labels(window) == []


def test_roles_names_and_descriptions_in_the_tree(window: Any) -> None:
    pane = window.searchPane
    expected = {
        pane.phoneInput: ("Phone number", QAccessible.Role.EditableText, "spaces, dashes"),
        pane.matchPhone: ("Match by phone number", QAccessible.Role.CheckBox, "vendor code"),
        pane.scopeSelector: ("Where to look", QAccessible.Role.ComboBox, "campaign"),
        window.results.table: ("Matching leads", QAccessible.Role.Table, "server"),
        window.findChild(QWidget, "blank_email"): ("Blank e-mail", QAccessible.Role.CheckBox, "--BLANK--"),
        window.findChild(QWidget, "field_date_of_birth"): ("Date of birth", None, "0000-00-00"),
    }
    for widget, (name, role, words) in expected.items():
        got_name, description, got_role = _tree(widget)
        if role is QAccessible.Role.ComboBox:  # Qt's tree names a combo box by its chosen item
            assert got_name == widget.currentText() and widget.accessibleName() == name
        else:
            assert got_name == name
        assert words in description, (name, description)
        if role is not None:
            assert got_role == role, name


def test_every_form_label_is_the_buddy_of_its_field(window: Any) -> None:
    for key, row in window.form.rows.items():
        assert row.label.buddy() is window.findChild(QWidget, f"field_{key}"), key


def test_a_search_and_an_edit_are_announced_and_marked_in_words(qtbot: Any, window: Any, heard: Any) -> None:
    search(qtbot, window, "3125550100")
    assert any(text == window.statusMessage.text() for text, _ in heard)  # the search's summary, spoken
    select(qtbot, window, 1)
    field = window.findChild(QLineEdit, "field_last_name")
    field.setText("Jones")
    row = window.form.rows["last_name"]
    assert row.label.text().startswith(EDIT_MARK) and row.label.font().bold()  # not colour alone
    _name, description, _role = _tree(field)
    assert description.startswith("Edited") and "Smith" in description  # what the server still holds
    assert window.form.editCount.text().startswith("1 ")


def test_warnings_interrupt_and_information_waits(window: Any, heard: Any) -> None:
    window.set_status("Lead 3 was changed on the server since you opened it; nothing was sent.", "warn")
    window.set_status("Saved.", "ok")
    assert heard[-2:] == [
        ("Lead 3 was changed on the server since you opened it; nothing was sent.", ASSERTIVE),
        ("Saved.", POLITE),
    ]
    assert not window.statusIcon.pixmap().isNull()  # each tone has its icon as well as its colour


def test_the_confirm_dialog_and_the_journal_window_are_described_too(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100")
    select(qtbot, window, 1)
    window.findChild(QLineEdit, "field_city").setText("Chicago Heights")
    window.form.saveButton.click()
    qtbot.waitUntil(
        lambda: getattr(window, "confirmDialog", None) is not None and window.confirmDialog.isVisible(),
        timeout=5000,
    )
    assert _unnamed(window.confirmDialog) == [] and _lonely_labels(window.confirmDialog) == []
    window.confirmDialog.reject()
    window.actionJournal.trigger()
    qtbot.waitUntil(
        lambda: (
            getattr(window.writes(), "journal_window", None) is not None
            and window.writes().journal_window.isVisible()
        ),
        timeout=10000,
    )
    journal = window.writes().journal_window
    assert len(accessibility.inputs(journal)) >= 5  # filters and the entries table
    assert _unnamed(journal) == [] and _lonely_labels(journal) == []
    journal.close()


def test_blank_boxes_are_no_tab_stops_but_stay_in_the_tree_and_ctrl_b_is_said(
    qtbot: Any, window: Any
) -> None:
    search(qtbot, window, "3125550100")
    select(qtbot, window, 1)
    blankable = [row for row in window.form.rows.values() if row.blank is not None]
    assert len(blankable) > 20
    for row in blankable:
        box = row.blank
        assert not box.focusPolicy() & Qt.FocusPolicy.TabFocus, box.objectName()  # Tab skips it
        assert box.focusPolicy() & Qt.FocusPolicy.ClickFocus  # a click still ticks and focuses it
        assert "Ctrl+B" in row.editor.widget.accessibleDescription(), row.key
        # in the accessibility tree, as a check box with its name, a child of the form's tree
        interface = QAccessible.queryAccessibleInterface(box)
        assert interface is not None and interface.role() == QAccessible.Role.CheckBox
        assert interface.text(QAccessible.Text.Name) == box.accessibleName()
        parent = interface.parent()
        assert parent is not None and parent.indexOfChild(interface) >= 0
    row = window.form.rows["last_name"]
    row.editor.widget.setText("Jones")  # an edited field still tells about Ctrl+B
    assert "Ctrl+B" in row.editor.widget.accessibleDescription()
