"""Cosmetics seen on screen: the confirm dialog's rows are even (a warning icon made its row taller), and
nothing lies under the status area (no stray strip at the window's bottom)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QStatusBar

from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.lead import Lead
from leadeditor.ui.confirm_dialog import ConfirmDialog


def test_the_confirm_dialog_rows_are_even(qtbot: Any, qloop: Any) -> None:
    changes = ChangeSet(
        Lead(1, {"last_name": "Smith", "email": "a@b.com", "city": "Chicago", "comments": ""})
    )
    changes.set("last_name", "Jones")
    changes.set("email", "john+sales@example.com")  # a warning: its row has an icon
    changes.set("city", "Evanston")
    changes.set("comments", "line one\nline two\nline three")  # several lines: taller, rightly
    dialog = ConfirmDialog(changes)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.table
    labels = [table.item(r, 0).text() for r in range(table.rowCount())]
    heights = {labels[r]: table.rowHeight(r) for r in range(table.rowCount())}
    one_line = {heights["Last name"], heights["E-mail"], heights["City"]}
    assert len(one_line) == 1, heights  # the row with the icon is as tall as the others
    assert heights["Comments"] > heights["Last name"]
    assert not table.item(labels.index("E-mail"), 2).icon().isNull()
    dialog.reject()


def test_nothing_lies_under_the_status_area(qtbot: Any, window: Any) -> None:
    window.show()
    qtbot.waitUntil(lambda: window.statusArea.isVisible())
    assert window.findChild(QStatusBar) is None  # no second, empty status bar below ours
    bottom = window.statusArea.mapTo(window, QPoint(0, window.statusArea.height()))
    assert bottom.y() == window.height(), (bottom.y(), window.height())
