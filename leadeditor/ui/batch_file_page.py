"""The batch window's first step: choose the file and look at it (encoding, delimiter, first rows), with the
encoding and the delimiter shown and changeable. The file is read in a worker thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadeditor.editing.batch.reading import FileFormat, ReadOptions, Table, open_table
from leadeditor.ui import tasks
from leadeditor.ui.texts import file_problem_text, header_problem_text, tr

__all__ = ["FilePage"]

PREVIEW_ROWS = 20
_COMMON_ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "latin-1", "cp1250", "cp1251", "utf-16")


def _delimiters() -> tuple[tuple[str, str], ...]:
    return ((",", tr("Comma (,)")), (";", tr("Semicolon (;)")), ("\t", tr("Tab")))


def _encoding_source(table: Table) -> str:
    if table.encoding is None:
        return tr("A workbook: cells are read as the text each one shows.")
    source = table.encoding.source.value
    return {
        "bom": tr("The file starts with a byte order mark that names its encoding."),
        "utf8": tr("Every byte of the file reads as UTF-8."),
        "guessed": tr("Guessed from the file's accented letters: check the preview, and change it if wrong."),
        "chosen": tr("Chosen by you."),
    }.get(source, "")


class FilePage(QWidget):
    loaded = Signal()  # a table was read (or read again with other options)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchFilePage")
        self.table: Table | None = None
        self.problem = ""  # why the file cannot be used, in words ("" when it can)
        self._filling = False

        self.pathInput = QLineEdit(self)
        self.pathInput.setObjectName("batchFileInput")
        self.pathInput.setAccessibleName(tr("Correction file"))
        self.pathInput.setAccessibleDescription(tr("Type the path and press Enter, or choose Browse."))
        self.pathInput.setPlaceholderText(tr("A .csv, .tsv or .xlsx file"))
        self.pathInput.returnPressed.connect(self._path_entered)
        self.browseButton = QPushButton(tr("Bro&wse…"), self)
        self.browseButton.setObjectName("batchBrowseButton")
        self.browseButton.setAccessibleName(tr("Choose the correction file"))
        self.browseButton.clicked.connect(self._browse)

        self.encodingSelector = QComboBox(self)
        self.encodingSelector.setObjectName("batchEncodingSelector")
        self.encodingSelector.setAccessibleName(tr("Encoding of the file"))
        self.encodingSelector.setAccessibleDescription(
            tr("Detected from the file; change it if the preview looks wrong.")
        )
        self.encodingSelector.setEditable(True)
        self.encodingSelector.activated.connect(lambda _i: self._reread())
        self.encodingNote = QLabel(self)
        self.encodingNote.setObjectName("batchEncodingNote")
        self.encodingNote.setWordWrap(True)
        self.delimiterSelector = QComboBox(self)
        self.delimiterSelector.setObjectName("batchDelimiterSelector")
        self.delimiterSelector.setAccessibleName(tr("Column separator"))
        self.delimiterSelector.setAccessibleDescription(
            tr("Detected from the file: comma, semicolon or tab.")
        )
        for value, text in _delimiters():
            self.delimiterSelector.addItem(text, value)
        self.delimiterSelector.activated.connect(lambda _i: self._reread())
        self.sheetSelector = QComboBox(self)
        self.sheetSelector.setObjectName("batchSheetSelector")
        self.sheetSelector.setAccessibleName(tr("Sheet of the workbook"))
        self.sheetSelector.setAccessibleDescription(tr("The sheet whose rows correct the leads."))
        self.sheetSelector.activated.connect(lambda _i: self._reread())

        self.previewTable = QTableWidget(self)
        self.previewTable.setObjectName("batchPreviewTable")
        self.previewTable.setAccessibleName(tr("The first rows of the file"))
        self.previewTable.setAccessibleDescription(
            tr("Each cell as the file holds it; rows numbered as in the spreadsheet.")
        )
        self.previewTable.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.previewTable.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users move on
        self.problemLabel = QLabel(self)
        self.problemLabel.setObjectName("batchFileProblem")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)

        grid = QGridLayout()
        file_label = QLabel(tr("&File"), self)
        file_label.setBuddy(self.pathInput)
        row = QHBoxLayout()
        row.addWidget(self.pathInput, 1)
        row.addWidget(self.browseButton)
        grid.addWidget(file_label, 0, 0)
        grid.addLayout(row, 0, 1)
        enc_label = QLabel(tr("&Encoding"), self)
        enc_label.setBuddy(self.encodingSelector)
        grid.addWidget(enc_label, 1, 0)
        grid.addWidget(self.encodingSelector, 1, 1)
        grid.addWidget(self.encodingNote, 2, 1)
        delim_label = QLabel(tr("&Separator"), self)
        delim_label.setBuddy(self.delimiterSelector)
        grid.addWidget(delim_label, 3, 0)
        grid.addWidget(self.delimiterSelector, 3, 1)
        sheet_label = QLabel(tr("S&heet"), self)
        sheet_label.setBuddy(self.sheetSelector)
        grid.addWidget(sheet_label, 4, 0)
        grid.addWidget(self.sheetSelector, 4, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.problemLabel)
        preview = QLabel(tr("First rows (row numbers as in the spreadsheet)"), self)
        layout.addWidget(preview)
        layout.addWidget(self.previewTable, 1)
        self._set_text_controls(False)

    # -- choosing

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Correction file"), "", tr("Correction files (*.csv *.tsv *.txt *.xlsx *.xlsm)")
        )
        if path:
            self.pathInput.setText(path)
            self._path_entered()

    def _path_entered(self) -> None:
        tasks.spawn(self.load(self.pathInput.text().strip()), self._failed)

    def _reread(self) -> None:
        """The same file with the encoding, separator or sheet chosen (also after a choice that failed)."""
        path = self.pathInput.text().strip()
        if self._filling or not path:
            return
        if Path(path).suffix.lower() in (".xlsx", ".xlsm"):
            options = ReadOptions(sheet=self.sheetSelector.currentText() or None)
        else:
            options = ReadOptions(
                encoding=self.encodingSelector.currentText().strip() or None,
                delimiter=self.delimiterSelector.currentData(),
            )
        tasks.spawn(self.load(path, options), self._failed)

    async def load(self, path: str, options: ReadOptions | None = None) -> bool:
        """Read the file (the header and the first rows) in a worker thread; False with a plain reason."""
        from leadeditor.editing.batch.errors import FileReadError

        self.pathInput.setText(path)
        try:
            table, rows = await tasks.in_thread(_read, Path(path), options)
        except FileReadError as exc:
            self._show_problem(file_problem_text(exc))
            return False
        self.table = table
        self.problem = ""
        self._fill(table, rows)
        self.loaded.emit()
        return True

    def _failed(self, exc: BaseException) -> None:
        from leadeditor.ui.messages import describe_error

        self._show_problem(describe_error(exc)[1])

    def _show_problem(self, text: str) -> None:
        self.table = None
        self.problem = text
        self.problemLabel.setText(text)
        self.previewTable.clear()
        self.previewTable.setRowCount(0)
        self.previewTable.setColumnCount(0)
        self.loaded.emit()

    # -- showing

    def _set_text_controls(self, text_file: bool) -> None:
        self.encodingSelector.setEnabled(text_file)
        self.delimiterSelector.setEnabled(text_file)
        self.sheetSelector.setEnabled(not text_file)

    def _fill(self, table: Table, rows: list[Any]) -> None:
        self._filling = True
        try:
            text_file = table.format is not FileFormat.XLSX
            self._set_text_controls(text_file)
            self.encodingSelector.clear()
            if table.encoding is not None:
                names = dict.fromkeys(
                    (table.encoding.encoding, *table.encoding.alternatives, *_COMMON_ENCODINGS)
                )
                self.encodingSelector.addItems(list(names))
                self.encodingSelector.setCurrentIndex(0)
            self.encodingNote.setText(_encoding_source(table))
            self.sheetSelector.clear()
            self.sheetSelector.addItems(list(table.sheets))
            if table.sheet:
                self.sheetSelector.setCurrentText(table.sheet)
            if table.delimiter is not None:
                self.delimiterSelector.setCurrentIndex(
                    self.delimiterSelector.findData(table.delimiter.delimiter)
                )
        finally:
            self._filling = False
        issues = [header_problem_text(i) for i in table.header_issues]
        self.problemLabel.setText(" ".join(issues))
        columns = table.columns
        self.previewTable.clear()
        self.previewTable.setColumnCount(len(columns))
        self.previewTable.setHorizontalHeaderLabels([f"{c.letter}: {c.header}" for c in columns])
        self.previewTable.setRowCount(len(rows))
        self.previewTable.setVerticalHeaderLabels([str(r.number) for r in rows])
        for y, row in enumerate(rows):
            for x, cell in enumerate(row.cells):
                self.previewTable.setItem(y, x, QTableWidgetItem(cell))
        self.previewTable.resizeColumnsToContents()


def _read(path: Path, options: ReadOptions | None) -> tuple[Table, list[Any]]:
    table = open_table(path, options)
    return table, table.preview(PREVIEW_ROWS)
