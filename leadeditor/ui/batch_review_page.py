"""The batch window's dry-run step: the counts, every row with its outcome (filterable), each field's
Before → Will be stored, and the lead picked by hand for a row whose key finds several."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from leadeditor.ui.batch_rows_view import RowsView
from leadeditor.ui.texts import tr

__all__ = ["ReviewPage"]


class ReviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchReviewPage")
        self.countsLabel = QLabel(self)
        self.countsLabel.setObjectName("batchDryRunCounts")
        self.countsLabel.setWordWrap(True)
        self.countsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.countsLabel.setAccessibleName(tr("Dry run counts"))
        self.stopButton = QPushButton(tr("S&top the dry run"), self)
        self.stopButton.setObjectName("batchStopDryRunButton")
        self.stopButton.hide()
        self.problemsLabel = QLabel(self)
        self.problemsLabel.setObjectName("batchDryRunProblems")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemsLabel.setAccessibleName(tr("Problems of the dry run, by reason"))
        self.rows = RowsView("batchRows", self)
        top = QHBoxLayout()
        top.addWidget(self.countsLabel, 1)
        top.addWidget(self.stopButton)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problemsLabel)
        layout.addWidget(self.rows, 1)
