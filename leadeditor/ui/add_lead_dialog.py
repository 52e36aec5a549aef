"""Add as new lead, offered when a search finds nothing: phone code, phone number, list ID and a few names."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIntValidator, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leadeditor.ui import accessibility
from leadeditor.ui.geometry import RememberGeometry, fit_on_screen
from leadeditor.ui.texts import tr

_WIDTH = 520  # wide enough for its title and its intro in four lines (it opened 278 px wide, title cut)


class AddLeadDialog(RememberGeometry, QDialog):
    """Collects what `insert_if_not_found=Y` needs. Empty fields are simply not sent (never --BLANK--).

    `lists`: the list IDs the user may use, offered on the list ID field (which gets the focus when empty:
    it is the one required value nothing can fill in for the user)."""

    geometry_key = "addLead"

    def showEvent(self, event):
        accessibility.complete(self)  # every input gets the help text it shows as its description
        super().showEvent(event)

    def __init__(
        self,
        phone_number: str = "",
        list_id: str = "",
        parent: QWidget | None = None,
        *,
        lists: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addLeadDialog")
        self.setWindowTitle(tr("Add as new lead"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "No lead has this phone number. Add it as a new lead? Before adding, Lead Editor "
                "searches once more; the new lead is recorded in the journal. The server makes "
                "no duplicate or DNC check here."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.phoneCode = self._line("addPhoneCode", "1", QRegularExpressionValidator(r"\d{1,10}"))
        self.phoneNumber = self._line(
            "addPhoneNumber", phone_number, QRegularExpressionValidator(r"[\d\s().+-]{0,24}")
        )
        self.listId = self._line("addListId", list_id, QIntValidator(100, 2_000_000_000, self))
        self.firstName = self._line("addFirstName", "")
        self.lastName = self._line("addLastName", "")
        for label, widget in (
            (tr("Phone &code"), self.phoneCode),
            (tr("&Phone number"), self.phoneNumber),
            (tr("&List ID"), self.listId),
            (tr("&First name (optional)"), self.firstName),
            (tr("L&ast name (optional)"), self.lastName),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        self.listChoices = QLabel(self)
        self.listChoices.setObjectName("addLeadLists")
        self.listChoices.setWordWrap(True)
        if lists:
            shown = [str(n) for n in sorted(set(lists))]
            self.listId.setCompleter(QCompleter(shown, self))
            self.listChoices.setText(tr("Lists you can use: {0}").format(", ".join(shown)))
            self.listId.setAccessibleDescription(self.listChoices.text())
        self.listChoices.setVisible(bool(lists))
        form.addRow("", self.listChoices)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("addLeadProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(self)
        self.addButton = self.buttons.addButton(tr("Add lead"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.addButton.setObjectName("addLeadButtonConfirm")
        self.buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for w in (self.phoneCode, self.phoneNumber, self.listId):
            w.textChanged.connect(self._check)
        self._check()
        fit_on_screen(self, QSize(max(_WIDTH, self.sizeHint().width()), self.sizeHint().height()))
        self.restore_geometry()
        self.setMinimumWidth(min(_WIDTH, self.width()))
        # the first required field still empty (the list ID, usually), never a pre-filled one
        first = next(
            (w for w in (self.listId, self.phoneNumber, self.phoneCode) if not w.text().strip()),
            self.firstName,
        )
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, code: int) -> None:
        self.save_geometry()
        super().done(code)

    def _line(self, name: str, text: str, validator: object = None) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        if validator is not None:
            edit.setValidator(validator)  # type: ignore[arg-type]
        return edit

    def problems(self) -> list[str]:
        out = []
        digits = "".join(ch for ch in self.phoneNumber.text() if ch.isdigit())
        if not 6 <= len(digits) <= 18:
            out.append(tr("The phone number needs 6 to 18 digits."))
        if not self.phoneCode.text().strip():
            out.append(tr("Give a phone code (1 for the US and Canada)."))
        if not self.listId.text().strip().isdigit() or int(self.listId.text()) < 100:
            out.append(tr("Give the list ID the lead goes into (100 or more)."))
        return out

    def _check(self) -> None:
        problems = self.problems()
        self.problem.setText(" ".join(problems))
        self.addButton.setEnabled(not problems)

    def values(self) -> dict[str, str]:
        """Optional fields that were filled in (empty ones are left out)."""
        out = {"first_name": self.firstName.text().strip(), "last_name": self.lastName.text().strip()}
        return {k: v for k, v in out.items() if v}
