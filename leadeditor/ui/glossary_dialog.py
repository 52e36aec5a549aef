"""Help → Words used here: VICIdial's terms and what they mean, from `ui.glossary` (the same phrases the
windows use, so the page cannot say one thing while a window says another)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadeditor.ui import glossary
from leadeditor.ui.geometry import RememberGeometry, fit_on_screen
from leadeditor.ui.texts import tr


class GlossaryDialog(RememberGeometry, QDialog):
    geometry_key = "glossary"

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("glossaryDialog")
        self.setWindowTitle(tr("Words used here"))
        layout = QVBoxLayout(self)
        rows = glossary.terms()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("glossaryTable")
        self.table.setAccessibleName(tr("Words used here"))
        self.table.setHorizontalHeaderLabels([tr("Word"), tr("What it means")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for r, (term, meaning) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(term))
            self.table.setItem(r, 1, QTableWidgetItem(meaning))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        fit_on_screen(self, self.sizeHint().expandedTo(QSize(640, 380)))
        self.restore_geometry()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()  # wrapped meanings keep their whole text as the width changes

    def done(self, code: int) -> None:
        self.save_geometry()
        super().done(code)
