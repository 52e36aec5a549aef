"""Issue 10 cosmetics: the Add-lead dialog is wide enough for its title, puts the focus on the list ID (the
required field nothing pre-fills) and offers the lists the user may use."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from leadeditor.ui.add_lead_dialog import AddLeadDialog
from leadeditor.ui.geometry import available_area


def test_add_lead_dialog_is_wide_focused_on_the_list_and_offers_lists(qtbot: Any) -> None:
    dialog = AddLeadDialog("3125559999", "", None, lists=[102, 101, 102])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.listId, timeout=5000)
    assert dialog.width() >= min(480, available_area(dialog).width())
    assert dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) < dialog.width() - 120
    assert dialog.listChoices.isVisible() and "101, 102" in dialog.listChoices.text()
    assert dialog.listId.completer() is not None
    assert not dialog.addButton.isEnabled()  # no list yet
    qtbot.keyClicks(dialog.listId, "101")
    assert dialog.addButton.isEnabled()


def test_a_prefilled_list_moves_the_focus_to_the_first_empty_field(qtbot: Any) -> None:
    dialog = AddLeadDialog("", "101", None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.phoneNumber, timeout=5000)
    assert not dialog.listChoices.isVisible()
