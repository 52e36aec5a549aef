"""The batch window's last steps: the confirmation with the counts, the apply's progress (rate, time left,
pause, resume, cancel) and the results with their export."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from leadeditor.ui.batch_rows_view import RowsView
from leadeditor.ui.texts import tr

__all__ = ["RunPage"]


def _label(name: str, accessible: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(accessible)
    return label


class RunPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchRunPage")
        self.confirmLabel = _label("batchConfirmText", tr("What the apply will do"), self)
        self.applyButton = QPushButton(self)
        self.applyButton.setObjectName("batchApplyButton")
        self.progressBar = QProgressBar(self)
        self.progressBar.setObjectName("batchProgress")
        self.progressBar.setAccessibleName(tr("Rows done"))
        self.progressLabel = _label("batchProgressText", tr("Progress"), self)
        self.pauseButton = QPushButton(tr("&Pause"), self)
        self.pauseButton.setObjectName("batchPauseButton")
        self.cancelButton = QPushButton(tr("&Cancel the rest"), self)
        self.cancelButton.setObjectName("batchCancelButton")
        self.countsLabel = _label("batchResultCounts", tr("Results"), self)
        self.exportButton = QPushButton(tr("&Export results…"), self)
        self.exportButton.setObjectName("batchExportButton")
        self.exportButton.setAccessibleDescription(
            tr("Writes the results file and, beside it, a file of the rows that need attention")
        )
        self.exportLabel = _label("batchExportText", tr("Where the results were written"), self)
        self.rows = RowsView("batchResults", self, applied=True)

        confirm = QHBoxLayout()
        confirm.addWidget(self.confirmLabel, 1)
        confirm.addWidget(self.applyButton)
        progress = QHBoxLayout()
        progress.addWidget(self.progressBar, 1)
        progress.addWidget(self.pauseButton)
        progress.addWidget(self.cancelButton)
        results = QHBoxLayout()
        results.addWidget(self.countsLabel, 1)
        results.addWidget(self.exportButton)
        layout = QVBoxLayout(self)
        layout.addLayout(confirm)
        layout.addLayout(progress)
        layout.addWidget(self.progressLabel)
        layout.addLayout(results)
        layout.addWidget(self.exportLabel)
        layout.addWidget(self.rows, 1)
        self.show_stage("confirm")

    def show_stage(self, stage: str) -> None:
        """confirm: the counts and Apply; running: progress and its buttons; done: results and export."""
        confirming, running, done = stage == "confirm", stage == "running", stage == "done"
        self.confirmLabel.setVisible(confirming)
        self.applyButton.setVisible(confirming)
        for w in (self.progressBar, self.progressLabel, self.pauseButton, self.cancelButton):
            w.setVisible(running or done)
        self.pauseButton.setEnabled(running)
        self.cancelButton.setEnabled(running)
        self.exportButton.setVisible(done)
        self.exportButton.setEnabled(done)
        self.exportLabel.setVisible(done)
        self.rows.setVisible(not confirming)
