"""After a save whose read-back differs from the prediction: exactly what the server stored instead."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadeditor.editing.safety import FieldCheck, Verification
from leadeditor.ui import accessibility
from leadeditor.ui.geometry import RememberedDialog
from leadeditor.ui.glossary import empty
from leadeditor.ui.texts import field_label, tr
from leadeditor.vicidial.fields import Blank


def _check_text(check: FieldCheck) -> str:
    return {
        FieldCheck.MATCHES: tr("as expected"),
        FieldCheck.DIFFERS: tr("DIFFERENT"),
        FieldCheck.NOT_READ: tr("could not be read back"),
        FieldCheck.UNCHECKED: tr("not checked"),
    }[check]


def _show(value: str | Blank | None) -> str:
    if value is None:
        return tr("(left unchanged)")
    if isinstance(value, Blank):
        return empty()
    return value.replace("\n", " ⏎ ") if value else empty()


class StoredDifferencesDialog(RememberedDialog):
    """Field | You asked for | Expected | The server stored | Check. Open with open()."""

    geometry_key = "storedDifferences"

    def showEvent(self, event):
        accessibility.complete(self)  # every input gets the help text it shows as its description
        super().showEvent(event)

    def __init__(self, lead_id: int, verification: Verification, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("differencesDialog")
        self.setWindowTitle(tr("Lead {0}: stored differently").format(lead_id))
        layout = QVBoxLayout(self)
        n = len(verification.differences)
        head = QLabel(
            tr("<b>Lead {0} was saved, but {1} stored differently from what was expected.</b>").format(
                lead_id, tr("%n fields are", None, n)
            ),
            self,
        )
        head.setObjectName("differencesHeadline")
        head.setWordWrap(True)
        layout.addWidget(head)
        why = QLabel(
            tr(
                "This happens when the server's character handling (its non-latin setting) is not "
                "what this profile says, or when a value is cut to the column's length. The lead now "
                "holds the values in the column “The server stored”."
            ),
            self,
        )
        why.setWordWrap(True)
        layout.addWidget(why)
        self.table = QTableWidget(len(verification.fields), 5, self)
        self.table.setObjectName("differencesTable")
        self.table.setAccessibleName(tr("Stored values"))
        self.table.setHorizontalHeaderLabels(
            [tr("Field"), tr("You asked for"), tr("Expected"), tr("The server stored"), tr("Check")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, f in enumerate(verification.fields):
            stored = f.stored if f.stored is not None else None
            cells = (
                field_label(f.column, f.label),
                _show(f.requested),
                _show(f.predicted),
                _show(stored) if stored is not None else tr("unknown"),
                _check_text(f.check),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if f.check is FieldCheck.DIFFERS and col in (3, 4):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.resizeRowsToContents()
        self.table.setCurrentCell(-1, -1)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, Qt.Orientation.Horizontal, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.remember(QSize(760, 200 + 32 * max(2, len(verification.fields))))
