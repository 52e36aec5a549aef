"""Help → Keyboard shortcuts: every key the main window answers, read from its actions where it has them, so
the list cannot drift from what the keys do."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadeditor.ui.geometry import RememberGeometry, fit_on_screen
from leadeditor.ui.texts import tr


def _fixed_keys() -> list[tuple[str, str]]:
    """Keys that are not actions of the window (Qt's own, the search pane's, the mnemonics)."""
    return [
        ("Ctrl+F", tr("Go to the phone number search")),
        ("Ctrl+L", tr("Go to the lead ID search")),
        (tr("Enter"), tr("Search (in the search pane); confirm (in a dialog)")),
        (tr("Up, Down"), tr("Choose a lead in the results")),
        (tr("Alt + underlined letter"), tr("Go straight to that field or button")),
        ("Tab, Shift+Tab", tr("Next or previous field")),
        (
            "Esc",
            tr(
                "Stop waiting for the server; close a dialog without sending anything; leave "
                "editing several leads together"
            ),
        ),
    ]


def _keys_of(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) for every action of the window with a shortcut, then the fixed keys."""
    rows = []
    for action in window.findChildren(QAction):
        if not action.shortcut().isEmpty() and action.text():
            rows.append((_keys_of(action), action.text().replace("&", "").rstrip("…")))
    return sorted(set(rows)) + _fixed_keys()


class ShortcutsDialog(RememberGeometry, QDialog):
    geometry_key = "shortcuts"

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([tr("Keys"), tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (keys, text) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        fit_on_screen(self, self.sizeHint().expandedTo(QSize(560, 460)))
        self.restore_geometry()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, code: int) -> None:
        self.save_geometry()
        super().done(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        super().closeEvent(event)
