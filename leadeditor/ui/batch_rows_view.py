"""The per-row table of a batch with its outcome filter and, for the current row, each field's Before → Will
be stored (or Stored) with the server's notes. For a row whose key finds several leads, the leads to pick
from by hand (`leadChosen`)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadeditor.editing.batch.results import Outcome
from leadeditor.editing.batch.row_result import RowResult
from leadeditor.ui.batch_model import BatchRowsModel
from leadeditor.ui.texts import batch_outcome_text, batch_value_text, field_label, note_texts, tr

__all__ = ["RowsView"]


class RowsView(QWidget):
    leadChosen = Signal(int, int)  # spreadsheet row, lead ID picked by hand

    def __init__(
        self, name: str, parent: QWidget | None = None, *, applied: bool = False, pick: bool = True
    ) -> None:
        """`pick=False`: rows that cannot be several leads any more (a batch in the journal): no chooser."""
        super().__init__(parent)
        self.pick = pick
        self.setObjectName(name)
        self.model = BatchRowsModel(self, applied=applied)
        self.filterSelector = QComboBox(self)
        self.filterSelector.setObjectName(f"{name}Filter")
        self.filterSelector.setAccessibleName(tr("Show rows"))
        self.filterSelector.setAccessibleDescription(
            tr("Shows every row, or only the rows with one outcome.")
        )
        self.filterSelector.addItem(tr("All rows"), "")
        for outcome in Outcome:  # by value: Qt keeps a str subclass as a plain str
            self.filterSelector.addItem(batch_outcome_text(outcome), outcome.value)
        self.filterSelector.currentIndexChanged.connect(self._filter_changed)

        self.table = QTableView(self)
        self.table.setObjectName(f"{name}Table")
        self.table.setAccessibleName(tr("Rows of the file and what happens to each"))
        self.table.setAccessibleDescription(
            tr("Each row of the file: its number, its lead, its outcome, and each field before and after.")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 60), (1, 80), (2, 120), (3, 320)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.fieldsTable = QTableWidget(0, 4, self)
        self.fieldsTable.setObjectName(f"{name}Fields")
        self.fieldsTable.setAccessibleName(tr("The fields of the selected row"))
        self.fieldsTable.setAccessibleDescription(
            tr("Each mapped field of the selected row: before and after.")
        )
        self.fieldsTable.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.fieldsTable.setTabKeyNavigation(False)
        self.fieldsTable.verticalHeader().hide()
        self.fieldsTable.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._set_field_headers()

        self.leadChoice = QComboBox(self)
        self.leadChoice.setObjectName(f"{name}LeadChoice")
        self.leadChoice.setAccessibleName(tr("The lead this row corrects"))
        self.leadChoice.setAccessibleDescription(tr("Several leads match this row's key; none is guessed."))
        # without a chooser (pick=False) the button stays hidden, and without an Alt letter: a hidden
        # button's letter would still clash with the hosting window's in the mnemonic checks
        self.useLeadButton = QPushButton(tr("&Use this lead") if pick else tr("Use this lead"), self)
        self.useLeadButton.setObjectName(f"{name}UseLeadButton")
        self.useLeadButton.clicked.connect(self._use_lead)
        self.pickLabel = QLabel(tr("Several leads match this row's key. Pick the one it corrects:"), self)
        self.pickLabel.setWordWrap(True)
        self.pickArea = QWidget(self)
        pick_row = QHBoxLayout(self.pickArea)
        pick_row.setContentsMargins(0, 0, 0, 0)
        pick_row.addWidget(self.pickLabel, 1)
        pick_row.addWidget(self.leadChoice)
        pick_row.addWidget(self.useLeadButton)
        self.pickArea.hide()

        top = QHBoxLayout()
        show = QLabel(tr("Sho&w"), self)
        show.setBuddy(self.filterSelector)
        top.addWidget(show)
        top.addWidget(self.filterSelector)
        top.addStretch(1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        if pick:
            lower_layout.addWidget(self.pickArea)
        lower_layout.addWidget(self.fieldsTable, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def _set_field_headers(self) -> None:
        last = tr("Stored") if self.model.applied else tr("Will be stored")
        self.fieldsTable.setHorizontalHeaderLabels([tr("Field"), tr("Before"), last, tr("Notes")])

    def clear(self, *, applied: bool) -> None:
        self.model.clear(applied=applied)
        self._set_field_headers()
        self._show_current()

    def _filter_changed(self) -> None:
        value = self.filterSelector.currentData()
        self.model.set_filter(Outcome(value) if value else None)
        self._show_current()

    def set_filter(self, outcome: Outcome | None) -> None:
        self.filterSelector.setCurrentIndex(self.filterSelector.findData(outcome.value) if outcome else 0)

    def select_row(self, spreadsheet_row: int) -> bool:
        """Make a spreadsheet row the current one (False when the filter hides it)."""
        row = self.model.view_row_of(spreadsheet_row)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        self._show_current()
        return True

    def current(self) -> RowResult | None:
        index = self.table.currentIndex()
        return (
            self.model.result(index.row())
            if index.isValid() and index.row() < self.model.rowCount()
            else None
        )

    def _show_current(self) -> None:
        result = self.current()
        changes = result.changes if result is not None else ()
        self.fieldsTable.setRowCount(len(changes))
        for y, change in enumerate(changes):
            name = change.field.removeprefix("custom:")
            cells = (
                name if change.field.startswith("custom:") else field_label(name, name),
                batch_value_text(change.before),
                batch_value_text(change.after),
                " ".join(note_texts(change.warnings)) if change.sends else tr("No change"),
            )
            for x, text in enumerate(cells):
                self.fieldsTable.setItem(y, x, QTableWidgetItem(text))
        # not the stretched Notes column: resizing it to its contents would stop it filling the table
        for column in range(3):
            self.fieldsTable.resizeColumnToContents(column)
        leads = (
            result.data.get("leads", ()) if result is not None and result.outcome is Outcome.AMBIGUOUS else ()
        )
        self.pickArea.setVisible(bool(leads) and self.pick)
        self.leadChoice.clear()
        for lead_id in leads:
            self.leadChoice.addItem(tr("Lead {0}").format(lead_id), int(lead_id))

    def _use_lead(self) -> None:
        result = self.current()
        lead_id = self.leadChoice.currentData()
        if result is not None and isinstance(lead_id, int):
            self.useLeadButton.setEnabled(False)  # until the row is read again
            self.leadChosen.emit(result.row, lead_id)
