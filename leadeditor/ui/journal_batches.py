"""The journal window's Batches tab: each batch from a file as one entry (when, file, kind, state, rows),
its rows below (each row's outcome and what it stored), and the batch's undo (`undoRequested`: the batch
window runs the undo's own dry run first)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadeditor.editing.batch.ledger import BatchInfo, BatchKind, BatchLedger, BatchState
from leadeditor.editing.journal import Journal
from leadeditor.ui import tasks
from leadeditor.ui.batch_model import ledger_results
from leadeditor.ui.batch_rows_view import RowsView
from leadeditor.ui.texts import tr

__all__ = ["BatchesPanel"]


def _kind_text(info: BatchInfo) -> str:
    if info.kind is BatchKind.UNDO:
        return tr("Undo of batch {0}").format(info.undo_of)
    return tr("Correction")


def _state_text(state: BatchState) -> str:
    return {
        BatchState.RUNNING: tr("Not finished"),
        BatchState.FINISHED: tr("Finished"),
        BatchState.DISCARDED: tr("Discarded"),
    }[state]


class BatchesPanel(QWidget):
    undoRequested = Signal(int)  # batch ID

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalBatches")
        self.ledger = BatchLedger(journal)
        self.infos: list[BatchInfo] = []
        self.batchTable = QTableWidget(0, 6, self)
        self.batchTable.setObjectName("journalBatchTable")
        self.batchTable.setAccessibleName(tr("Batches from files, newest first"))
        self.batchTable.setAccessibleDescription(tr("Select a batch to see its rows, and to undo it."))
        self.batchTable.setHorizontalHeaderLabels(
            [tr("Batch"), tr("Time"), tr("File"), tr("Kind"), tr("State"), tr("Rows done")]
        )
        self.batchTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.batchTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.batchTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.batchTable.setTabKeyNavigation(False)
        self.batchTable.verticalHeader().hide()
        self.batchTable.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.batchTable.setWordWrap(False)
        self.batchTable.setMinimumHeight(120)
        self.rows = RowsView("journalBatchRows", self, applied=True, pick=False)
        self.undoButton = QPushButton(tr("Undo this &batch…"), self)
        self.undoButton.setObjectName("journalUndoBatchButton")
        self.undoButton.setEnabled(False)
        self.undoHint = QLabel(self)
        self.undoHint.setObjectName("journalUndoBatchHint")
        self.undoHint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undoHint, 1)
        buttons.addWidget(self.undoButton)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.batchTable)
        split.addWidget(self.rows)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.batchTable.itemSelectionChanged.connect(self._selected)
        self.undoButton.clicked.connect(self._undo)

    def refresh(self) -> None:
        self.infos = self.ledger.batches()
        chosen = self.selected()
        self.batchTable.setRowCount(len(self.infos))
        for y, info in enumerate(self.infos):
            cells = (
                str(info.id),
                info.created.astimezone().strftime("%Y-%m-%d %H:%M"),
                info.source,
                _kind_text(info),
                _state_text(info.state),
                tr("{done} of {total}").format(done=f"{info.done:,}", total=f"{info.total:,}"),
            )
            for x, text in enumerate(cells):
                self.batchTable.setItem(y, x, QTableWidgetItem(text))
        for column in (0, 1, 3, 4, 5):
            self.batchTable.resizeColumnToContents(column)
        if chosen is not None:
            self.select_batch(chosen.id)

    def selected(self) -> BatchInfo | None:
        rows = {i.row() for i in self.batchTable.selectedIndexes()}
        return self.infos[min(rows)] if rows and min(rows) < len(self.infos) else None

    def select_batch(self, batch_id: int) -> bool:
        for y, info in enumerate(self.infos):
            if info.id == batch_id:
                self.batchTable.selectRow(y)
                return True
        return False

    def _undone_by(self, info: BatchInfo) -> BatchInfo | None:
        return next((b for b in self.infos if b.undo_of == info.id and b.state is BatchState.FINISHED), None)

    def _selected(self) -> None:
        info = self.selected()
        self.rows.clear(applied=True)
        if info is None:
            self.undoButton.setEnabled(False)
            self.undoHint.setText("")
            return
        undone = self._undone_by(info)
        can = info.kind is BatchKind.APPLY and info.state is BatchState.FINISHED and undone is None
        self.undoButton.setEnabled(can)
        if undone is not None:
            self.undoHint.setText(tr("Already undone by batch {0}.").format(undone.id))
        elif info.kind is BatchKind.APPLY and info.state is not BatchState.FINISHED:
            self.undoHint.setText(tr("Finish (resume) or discard this batch before undoing it."))
        else:
            self.undoHint.setText("")
        batch_id = info.id

        async def load() -> None:
            rows = await tasks.in_thread(lambda: list(ledger_results(self.ledger, batch_id)))
            current = self.selected()
            if current is not None and current.id == batch_id:
                self.rows.model.add(rows)

        tasks.spawn(load(), self._failed)

    def _failed(self, exc: BaseException) -> None:
        from leadeditor.ui.messages import describe_error

        self.undoHint.setText(describe_error(exc)[1])

    def _undo(self) -> None:
        info = self.selected()
        if info is not None:
            self.undoRequested.emit(info.id)
