"""The batch window's key and scope step: which column finds each lead, where to look (refused without a
valid list ID by the main window's own rules, `BatchKey.scope_problems`), and the blank token."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from leadeditor.editing.batch.key import BatchKey, KeyKind
from leadeditor.editing.search import SearchScope
from leadeditor.ui.search_pane import scope_choices
from leadeditor.ui.texts import tr
from leadeditor.vicidial.fields import BLANK_TOKEN

__all__ = ["KeyPage"]


def _kinds() -> tuple[tuple[KeyKind, str], ...]:
    return (
        (KeyKind.LEAD_ID, tr("Lead ID")),
        (KeyKind.VENDOR_LEAD_CODE, tr("Vendor lead code")),
        (KeyKind.PHONE_NUMBER, tr("Phone number")),
    )


class KeyPage(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchKeyPage")
        self.keySelector = QComboBox(self)
        self.keySelector.setObjectName("batchKeySelector")
        self.keySelector.setAccessibleName(tr("Match each row's lead by"))
        self.keySelector.setAccessibleDescription(
            tr("The column that finds each lead: lead ID, vendor code or phone.")
        )
        for kind, text in _kinds():
            self.keySelector.addItem(text, kind)
        self.scopeSelector = QComboBox(self)
        self.scopeSelector.setObjectName("batchScopeSelector")
        self.scopeSelector.setAccessibleName(tr("Where to look"))
        self.scopeSelector.setAccessibleDescription(
            tr("The whole system, the campaign of a list, or one list.")
        )
        for scope, text in scope_choices():
            self.scopeSelector.addItem(text, scope)
        self.listIdInput = QLineEdit(self)
        self.listIdInput.setObjectName("batchListIdInput")
        self.listIdInput.setAccessibleName(tr("List ID"))
        self.listIdInput.setAccessibleDescription(
            tr("Needed to search one list or a campaign: 3 or more digits.")
        )
        self.listIdInput.setPlaceholderText(tr("e.g. 101"))
        self.listIdInput.setMaxLength(14)
        self.blankTokenInput = QLineEdit(BLANK_TOKEN, self)
        self.blankTokenInput.setObjectName("batchBlankTokenInput")
        self.blankTokenInput.setAccessibleName(tr("Text that empties a field"))
        self.blankTokenInput.setAccessibleDescription(
            tr("A cell holding exactly this text empties its field; an empty cell leaves the field alone.")
        )
        self.problemsLabel = QLabel(self)
        self.problemsLabel.setObjectName("batchMappingProblems")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemsLabel.setAccessibleName(tr("Problems to fix before the dry run"))

        form = QFormLayout()
        for text, field in (
            (tr("&Match by"), self.keySelector),
            (tr("Look &in"), self.scopeSelector),
            (tr("&List ID"), self.listIdInput),
            (tr("Blank &token"), self.blankTokenInput),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "An empty cell leaves its field alone; a cell holding the blank token empties the field "
                "(where the server can). Several leads for one key are never guessed: you pick one in the "
                "dry run."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problemsLabel)
        layout.addStretch(1)
        self.keySelector.activated.connect(lambda _i: self.changed.emit())
        self.scopeSelector.activated.connect(lambda _i: self._scope_changed())
        self.listIdInput.textEdited.connect(lambda _t: self.changed.emit())
        self.blankTokenInput.textEdited.connect(lambda _t: self.changed.emit())
        self._scope_changed(emit=False)

    def _scope_changed(self, *, emit: bool = True) -> None:
        self.listIdInput.setEnabled(self.scope() is not SearchScope.SYSTEM)
        if emit:
            self.changed.emit()

    def scope(self) -> SearchScope:
        value = self.scopeSelector.currentData()
        return value if isinstance(value, SearchScope) else SearchScope.SYSTEM

    def key(self) -> BatchKey:
        kind = self.keySelector.currentData()
        return BatchKey(
            kind if isinstance(kind, KeyKind) else KeyKind.LEAD_ID, self.scope(), self.listIdInput.text()
        )

    def set_key(self, key: BatchKey) -> None:
        self.keySelector.setCurrentIndex(self.keySelector.findData(key.kind))
        self.scopeSelector.setCurrentIndex(self.scopeSelector.findData(key.scope))
        self.listIdInput.setText(key.list_id)
        self._scope_changed(emit=False)

    def blank_token(self) -> str:
        return self.blankTokenInput.text().strip()

    def show_problems(self, problems: list[str]) -> None:
        self.problemsLabel.setText("\n".join(problems))
