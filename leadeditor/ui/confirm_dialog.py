"""The confirm dialog: Field | Now | Will be stored, with every warning. Nothing is sent before "Save"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadeditor.editing.changes import ChangeSet, display
from leadeditor.ui import accessibility
from leadeditor.ui.texts import field_label, note_texts, tr
from leadeditor.ui.theme import Tone, box_style


class ConfirmDialog(QDialog):
    """Accepted means: send these changes. Open it with open() and listen to finished/accepted."""

    def showEvent(self, event):
        accessibility.complete(self, {"confirmTable": tr(
            "Each field to be written: its value now and what the server will store.")})
        super().showEvent(event)

    def __init__(self, changeset: ChangeSet, *, server: str = "", parent: QWidget | None = None,
                 title: str = "", note: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        lead = changeset.lead
        self.setWindowTitle(tr("Confirm changes to lead {0}").format(lead.lead_id))
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        heading = QLabel(title or tr("Save these changes to lead {0} ({1})?").format(
            lead.lead_id, lead.full_name or (tr("no name") if lead.known else tr("values unknown"))), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        where = tr(" on {0}").format(server) if server else ""
        intro = QLabel(tr("Nothing has been sent yet. Just before writing, the lead is read again and the "
                          "save stops if anyone changed it meanwhile. Only the fields below will be "
                          "written{0}, by lead ID; the lead is then read back and checked.").format(where),
                       self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if note:
            extra = QLabel(note, self)
            extra.setObjectName("confirmNote")
            extra.setWordWrap(True)
            layout.addWidget(extra)

        rows = changeset.rows()
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("confirmTable")
        self.table.setAccessibleName(tr("Changes to be saved"))
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("Now"), tr("Will be stored")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        warn_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        warnings: list[str] = []
        for r, row in enumerate(rows):
            label = QTableWidgetItem(field_label(row.key, row.label))
            now = QTableWidgetItem(display(row.now) if row.now_known else tr("unknown (not readable)"))
            will = QTableWidgetItem(display(row.will_store) if row.sends else
                                    tr("(not sent: no change)"))
            if row.sends:
                bold = QFont(will.font())
                bold.setBold(True)
                will.setFont(bold)
            else:
                italic = QFont(will.font())
                italic.setItalic(True)
                will.setFont(italic)
            if row.warnings:
                will.setIcon(warn_icon)
                will.setToolTip(" ".join(note_texts(row.warnings)))
                warnings += [f"{label.text()}: {w}" for w in note_texts(row.warnings)]
            for c, item in enumerate((label, now, will)):
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setCurrentCell(-1, -1)
        row_h = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(min(360, header.height() + row_h * max(len(rows), 2) + 6))
        layout.addWidget(self.table, 1)

        self.warnings = QLabel(self)
        self.warnings.setObjectName("confirmWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setStyleSheet(box_style(Tone.WARNING, padding="6px 8px"))
        if warnings:
            self.warnings.setText(tr("⚠ Before you save, note:") + "\n" +
                                  "\n".join(f"•  {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))
        layout.addWidget(self.warnings)

        self.buttons = QDialogButtonBox(self)
        self.saveButton = self.buttons.addButton(tr("Save to server"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.saveButton.setObjectName("confirmSaveButton")
        self.cancelButton = self.buttons.addButton(tr("Go back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancelButton.setObjectName("confirmCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.saveButton.setDefault(True)
        self.saveButton.setFocus()
        self.saveButton.setEnabled(changeset.has_writes)
        # A lead whose values could not be read: writing stays possible once the user says they understand.
        self.acknowledge: QCheckBox | None = None
        if not lead.known:
            why = QLabel(tr("⚠ The current values of lead {0} could not be read, so they cannot be checked "
                            "before writing (nobody's change can be detected), and the journal will record "
                            "them as unknown.").format(lead.lead_id), self)
            why.setObjectName("confirmUnknownWarning")
            why.setWordWrap(True)
            why.setStyleSheet(self.warnings.styleSheet())
            layout.addWidget(why)
            self.acknowledge = QCheckBox(tr("I understand; write these fields anyway"), self)
            self.acknowledge.setObjectName("confirmAcknowledge")
            self.acknowledge.toggled.connect(
                lambda on: self.saveButton.setEnabled(on and changeset.has_writes))
            self.saveButton.setEnabled(False)
            layout.addWidget(self.acknowledge)
        layout.addWidget(self.buttons)
        self.resize(760, min(620, 200 + 30 * max(len(rows), 2) + 22 * len(warnings)))
