"""A confirmation for actions that cannot be taken back: the user types the lead ID to enable the button."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from leadeditor.ui import accessibility
from leadeditor.ui.geometry import RememberedDialog
from leadeditor.ui.texts import tr


class TypedConfirmDialog(RememberedDialog):
    """Accepted only after the lead ID was typed exactly. Open with open()."""

    geometry_key = "typedConfirm"

    def showEvent(self, event):
        accessibility.complete(self)  # every input gets the help text it shows as its description
        super().showEvent(event)

    def __init__(
        self,
        lead_id: int,
        title: str,
        text: str,
        action: str,
        parent: QWidget | None = None,
        *,
        who: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("typedConfirmDialog")
        self.setWindowTitle(title)
        self.lead_id = lead_id
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{title}</b>", self)
        layout.addWidget(heading)
        # the lead named by what a person recognises (name, phone, list), not only its number
        self.who = QLabel(who, self)
        self.who.setObjectName("typedConfirmLead")
        self.who.setWordWrap(True)
        self.who.setVisible(bool(who))
        layout.addWidget(self.who)
        body = QLabel(text, self)
        body.setObjectName("typedConfirmText")
        body.setWordWrap(True)
        layout.addWidget(body)
        prompt = QLabel(tr("To confirm, type the lead ID (<b>{0}</b>):").format(lead_id), self)
        layout.addWidget(prompt)
        self.input = QLineEdit(self)
        self.input.setObjectName("typedConfirmInput")
        self.input.setAccessibleName(tr("Type the lead ID to confirm"))
        prompt.setBuddy(self.input)
        layout.addWidget(self.input)
        self.buttons = QDialogButtonBox(self)
        self.confirmButton = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirmButton.setObjectName("typedConfirmButton")
        self.confirmButton.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.cancelButton = self.buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancelButton.setObjectName("typedConfirmCancel")
        self.cancelButton.setDefault(True)
        self.confirmButton.setAutoDefault(False)
        self.confirmButton.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.input.textChanged.connect(self._typed)
        layout.addWidget(self.buttons)
        self.remember(QSize(480, self.sizeHint().height()))

    def _typed(self, text: str) -> None:
        self.confirmButton.setEnabled(text.strip() == str(self.lead_id))

    def accept(self) -> None:
        if self.input.text().strip() == str(self.lead_id):  # Enter in the field must not bypass the check
            super().accept()
