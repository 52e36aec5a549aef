"""The search pane: what to look for, how to match it, and where to look."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QWidget,
)

from leadeditor.editing.search import SearchMethod, SearchRequest, SearchScope
from leadeditor.ui.texts import in_sentence, tr
from leadeditor.ui.theme import Tone, box_style, styled, text_style


def _scopes() -> tuple[tuple[SearchScope, str], ...]:
    return (
        (SearchScope.SYSTEM, tr("Whole system")),
        (SearchScope.CAMPAIGN, tr("Campaign of a list")),
        (SearchScope.LIST, tr("One list")),
    )


def scope_choices() -> tuple[tuple[SearchScope, str], ...]:
    """The scope selector's choices, for other windows that search the same way (the batch window)."""
    return _scopes()


class SearchPane(QFrame):
    """Emits `searchRequested(SearchRequest)` for a valid search; says why otherwise (`refused(str)`)."""

    searchRequested = Signal(object)
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPane")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)

        self.leadIdInput = self._input("leadIdInput", tr("Lead ID"), tr("e.g. 1"), digits=True, max_len=11)
        self.vendorCodeInput = self._input(
            "vendorCodeInput", tr("Vendor lead code"), tr("e.g. VLC1001"), max_len=20
        )
        self.phoneInput = self._input(
            "phoneInput", tr("Phone number"), tr("digits, e.g. 3125550100"), max_len=24
        )
        self.phoneInput.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 ()+.\-]*"), self))
        self.leadIdInput.setAccessibleDescription(tr("Digits only: finds the lead with exactly this ID."))
        self.vendorCodeInput.setAccessibleDescription(
            tr("The code the lead came with from its vendor, matched exactly.")
        )
        self.phoneInput.setAccessibleDescription(tr("Digits; spaces, dashes, dots and brackets are ignored."))

        self.matchLeadId = self._check("matchLeadId", tr("Lead ID"))
        self.matchVendorCode = self._check("matchVendorCode", tr("Vendor code"))
        self.matchPhone = self._check("matchPhone", tr("Phone number"))
        self.matchPhone.setChecked(True)
        for box, edit in (
            (self.matchLeadId, self.leadIdInput),
            (self.matchVendorCode, self.vendorCodeInput),
            (self.matchPhone, self.phoneInput),
        ):
            edit.textEdited.connect(lambda text, b=box: text and b.setChecked(True))

        self.scopeSelector = QComboBox(self)
        self.scopeSelector.setObjectName("scopeSelector")
        self.scopeSelector.setAccessibleName(tr("Where to look"))
        self.scopeSelector.setAccessibleDescription(
            tr("The whole system, the campaign of a list, or one list.")
        )
        for scope, scope_text in _scopes():
            self.scopeSelector.addItem(scope_text, scope)
        self.listIdInput = self._input("listIdInput", tr("List ID"), tr("e.g. 101"), digits=True, max_len=14)
        self.listIdInput.setMaximumWidth(110)
        self.listIdInput.setAccessibleDescription(
            tr("Needed to search one list or a campaign: 3 or more digits.")
        )
        self.scopeSelector.currentIndexChanged.connect(self._scope_changed)

        self.searchButton = QPushButton(tr("Search"), self)
        self.searchButton.setObjectName("searchButton")
        self.searchButton.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView))
        self.searchButton.setDefault(True)
        self.searchButton.setMinimumWidth(110)
        self.searchButton.clicked.connect(self.submit)

        row = 0
        for col, (text, edit) in enumerate(
            (
                (tr("&Lead ID"), self.leadIdInput),
                (tr("Vendor lead &code"), self.vendorCodeInput),
                (tr("&Phone number"), self.phoneInput),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(edit)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(edit, row, col * 2 + 1)
        grid.addWidget(self.searchButton, row, 6)

        row = 1
        match_label = QLabel(tr("Match by"), self)
        match_label.setBuddy(self.matchLeadId)
        grid.addWidget(match_label, row, 0)
        boxes = QHBoxLayout()
        boxes.setSpacing(14)
        for box in (self.matchLeadId, self.matchVendorCode, self.matchPhone):
            boxes.addWidget(box)
        boxes.addStretch(1)
        grid.addLayout(boxes, row, 1, 1, 2)
        where = QLabel(tr("Look &in"), self)
        where.setBuddy(self.scopeSelector)
        grid.addWidget(where, row, 3, alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        scope_row = QHBoxLayout()
        scope_row.setSpacing(8)
        scope_row.addWidget(self.scopeSelector, 1)
        self.listIdLabel = QLabel(tr("List I&D"), self)
        self.listIdLabel.setBuddy(self.listIdInput)
        scope_row.addWidget(self.listIdLabel)
        scope_row.addWidget(self.listIdInput)
        grid.addLayout(scope_row, row, 4, 1, 2)

        self.hint = QLabel(
            tr(
                "The server tries these in a fixed order: lead ID, then vendor code, then "
                "phone "
                "number, and uses the first that finds a lead (not all of them)."
            ),
            self,
        )
        self.hint.setObjectName("searchHint")
        self.hint.setWordWrap(True)
        styled(self.hint, lambda: text_style(Tone.MUTED))  # muted, still readable (not the disabled grey)
        grid.addWidget(self.hint, 2, 0, 1, 7)

        self.problem = QLabel(self)
        self.problem.setObjectName("searchProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        styled(self.problem, lambda: box_style(Tone.ERROR, padding="4px 8px"))
        self.problem.hide()
        grid.addWidget(self.problem, 3, 0, 1, 7)
        for c in (1, 3, 5):
            grid.setColumnStretch(c, 1)

        self.setTabOrder(self.leadIdInput, self.vendorCodeInput)
        self.setTabOrder(self.vendorCodeInput, self.phoneInput)
        self.setTabOrder(self.phoneInput, self.matchLeadId)
        self.setTabOrder(self.matchLeadId, self.matchVendorCode)
        self.setTabOrder(self.matchVendorCode, self.matchPhone)
        self.setTabOrder(self.matchPhone, self.scopeSelector)
        # a validator drops refused characters without a word ("²", "٣", "１４" among them): say why
        self._refused_in: set[QLineEdit] = set()
        for edit in (self.leadIdInput, self.phoneInput, self.listIdInput):
            edit.inputRejected.connect(lambda e=edit: self._input_refused(e))
            edit.textChanged.connect(lambda _t, e=edit: self._refused_in.discard(e))
        self.setTabOrder(self.scopeSelector, self.listIdInput)
        self.setTabOrder(self.listIdInput, self.searchButton)
        self._scope_changed()

    # -- building --------------------------------------------------------------------------------------
    def _input(
        self, name: str, accessible: str, placeholder: str, *, digits: bool = False, max_len: int = 0
    ) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        if max_len:
            edit.setMaxLength(max_len)
        if digits:
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]*"), edit))
        edit.returnPressed.connect(self.submit)  # Enter searches
        return edit

    def _check(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setObjectName(name)
        box.setAccessibleName(tr("Match by {0}").format(in_sentence(text)))
        box.setAccessibleDescription(
            tr(
                "The server tries lead ID, then vendor code, then phone number, and "
                "uses the first that finds a lead."
            )
        )
        return box

    def _scope_changed(self) -> None:
        needs_list = self.scope() is not SearchScope.SYSTEM
        self.listIdInput.setEnabled(needs_list)
        self.listIdLabel.setEnabled(needs_list)
        self.listIdInput.setToolTip(
            tr("Required: the list (or the list whose campaign) to search in.")
            if needs_list
            else tr("Only needed to search one list or a campaign.")
        )
        self.show_problem("")

    # -- reading ---------------------------------------------------------------------------------------
    def scope(self) -> SearchScope:
        value = self.scopeSelector.currentData()
        return value if isinstance(value, SearchScope) else SearchScope.SYSTEM

    def set_scope(self, scope: SearchScope) -> None:
        self.scopeSelector.setCurrentIndex(self.scopeSelector.findData(scope))

    def request(self) -> SearchRequest:
        methods = {
            m
            for m, box in (
                (SearchMethod.LEAD_ID, self.matchLeadId),
                (SearchMethod.VENDOR_LEAD_CODE, self.matchVendorCode),
                (SearchMethod.PHONE_NUMBER, self.matchPhone),
            )
            if box.isChecked()
        }
        return SearchRequest(
            self.leadIdInput.text().strip(),
            self.vendorCodeInput.text().strip(),
            self.phoneInput.text().strip(),
            frozenset(methods),
            self.scope(),
            self.listIdInput.text().strip(),
        )

    def show_problem(self, text: str) -> None:
        self.problem.setText(("⚠ " + text) if text else "")
        self.problem.setVisible(bool(text))

    def _refusal(self, edit: QLineEdit) -> str:
        if edit is self.phoneInput:
            return tr(
                "Phone number: only the digits 0-9 are accepted (with spaces, dashes, dots, brackets and +); "
                "what was just typed or pasted was left out."
            )
        if edit is self.listIdInput:
            return tr(
                "List ID: only the digits 0-9 are accepted; what was just typed or pasted was left out."
            )
        return tr("Lead ID: only the digits 0-9 are accepted; what was just typed or pasted was left out.")

    def _input_refused(self, edit: QLineEdit) -> None:
        self._refused_in.add(edit)
        self.show_problem(self._refusal(edit))

    def submit(self) -> None:
        request = self.request()
        problems = request.problems()
        if problems:
            from leadeditor.ui.texts import search_problems_text

            # a field left empty because its characters were refused: the refusal explains the problem
            keys = (self.leadIdInput, self.phoneInput, self.listIdInput)
            refused = [self._refusal(e) for e in keys if e in self._refused_in]
            text = " ".join([*refused, search_problems_text(problems)])
            self.show_problem(text)
            self.refused.emit(text)
            if self.scope() is not SearchScope.SYSTEM and not request.list_id:
                self.listIdInput.setFocus()
            return
        self.show_problem("")
        self.searchRequested.emit(request)

    def set_busy(self, busy: bool) -> None:
        self.searchButton.setEnabled(not busy)
