"""The batch window's mapping step: each column of the file and the lead field it feeds (matched by name,
changeable by hand), the columns nothing matched, and mapping templates saved by name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadeditor.editing.batch.key import BatchKey
from leadeditor.editing.batch.mapping import CUSTOM_PREFIX, ColumnMap, map_columns, normalize
from leadeditor.editing.batch.table import Column
from leadeditor.ui.texts import field_label, tr
from leadeditor.vicidial import fields as catalogue

__all__ = ["KEY_CHOICE", "MappingPage"]

KEY_CHOICE = "@key"  # the combo's value for "this column is the match key"


class MappingPage(QWidget):
    changed = Signal()  # the user changed a column's field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchMappingPage")
        self.columns: tuple[Column, ...] = ()
        self.choices: dict[str, str] = {}  # column key -> field chosen by hand ("" ignores the column)
        self.selectors: dict[str, QComboBox] = {}  # by column key, for tests and automation
        self._filling = False

        self.mappingTable = QTableWidget(0, 3, self)
        self.mappingTable.setObjectName("batchMappingTable")
        self.mappingTable.setAccessibleName(tr("Which lead field each column of the file feeds"))
        self.mappingTable.setAccessibleDescription(
            tr("Each column: its letter, its header and the lead field it feeds.")
        )
        self.mappingTable.setHorizontalHeaderLabels([tr("Column"), tr("Header"), tr("Lead field")])
        self.mappingTable.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mappingTable.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.mappingTable.verticalHeader().hide()
        self.mappingTable.setTabKeyNavigation(False)  # Tab goes through each column's field, then on
        self.unmatchedLabel = QLabel(self)
        self.unmatchedLabel.setObjectName("batchUnmatchedLabel")
        self.unmatchedLabel.setWordWrap(True)
        self.unmatchedLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.templateSelector = QComboBox(self)
        self.templateSelector.setObjectName("batchTemplateSelector")
        self.templateSelector.setAccessibleName(tr("Mapping template name"))
        self.templateSelector.setAccessibleDescription(
            tr("Type a name to save this mapping, or pick one to load.")
        )
        self.templateSelector.setEditable(True)
        self.loadTemplateButton = QPushButton(tr("&Load template"), self)
        self.loadTemplateButton.setObjectName("batchLoadTemplateButton")
        self.saveTemplateButton = QPushButton(tr("Sa&ve as template"), self)
        self.saveTemplateButton.setObjectName("batchSaveTemplateButton")

        templates = QHBoxLayout()
        label = QLabel(tr("&Template"), self)
        label.setBuddy(self.templateSelector)
        # its size hint is the text's advance, which the last glyph's ink overhangs: room for the ink
        ink = label.fontMetrics().boundingRect(label.text().replace("&", "")).width()
        label.setMinimumWidth(
            max(label.sizeHint().width(), ink) + label.fontMetrics().averageCharWidth() // 2
        )
        templates.addWidget(label)
        templates.addWidget(self.templateSelector, 1)
        templates.addWidget(self.loadTemplateButton)
        templates.addWidget(self.saveTemplateButton)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Headers are matched to lead fields by name. Change any column's field, or choose "
                "“Not used”. The phone number and the list ID are only changed when you choose them here."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.mappingTable, 1)
        layout.addWidget(self.unmatchedLabel)
        layout.addLayout(templates)

    def assignments(self) -> list[tuple[str, str]]:
        return list(self.choices.items())

    def set_choices(self, pairs: Sequence[tuple[str, str]]) -> None:
        self.choices = dict(pairs)

    def show_map(self, columns: tuple[Column, ...], column_map: ColumnMap) -> None:
        """Fill the table from the mapping the engine made (the automatic matches and the hand choices)."""
        self._filling = True
        try:
            self.columns = columns
            by_index = {c.index: str(t) for c, t in column_map.targets}
            if column_map.key_column is not None:
                by_index[column_map.key_column.index] = KEY_CHOICE
            self.mappingTable.setRowCount(len(columns))
            self.selectors = {}
            for y, column in enumerate(columns):
                self.mappingTable.setItem(y, 0, QTableWidgetItem(column.letter))
                self.mappingTable.setItem(y, 1, QTableWidgetItem(column.header))
                box = self._selector(column, column_map.key)
                target = by_index.get(column.index, "")
                if target.startswith(CUSTOM_PREFIX) and box.findData(target) < 0:  # a template's choice
                    _offer_custom(box, target[len(CUSTOM_PREFIX) :])
                box.setCurrentIndex(max(0, box.findData(target)))
                self.mappingTable.setCellWidget(y, 2, box)
                self.selectors[column.key] = box
            unmatched = [u.column for u in column_map.unmatched]
            self.unmatchedLabel.setText(
                tr("Not used (nothing matched): {0}").format(
                    ", ".join(f"{c.letter} “{c.header}”" for c in unmatched)
                )
                if unmatched
                else tr("Every column is used.")
            )
        finally:
            self._filling = False

    def _selector(self, column: Column, key: BatchKey) -> QComboBox:
        box = QComboBox(self.mappingTable)
        box.setObjectName(f"batchMap_{column.key}")
        box.setAccessibleName(tr("Lead field for column {0} “{1}”").format(column.letter, column.header))
        box.setAccessibleDescription(tr("“Not used” ignores the column."))
        box.addItem(tr("Not used"), "")
        box.addItem(tr("Match key ({0})").format(field_label(key.kind.value, key.kind.value)), KEY_CHOICE)
        for spec in catalogue.FIELDS:
            box.addItem(field_label(spec.column, spec.label), spec.column)
        # a list's custom field is found by its label: a column named after one can feed it
        if column.header.strip() and normalize(column.header) not in _standard_names():
            _offer_custom(box, column.header.strip())
        box.activated.connect(lambda _i, c=column, b=box: self._chosen(c, b))
        return box

    def _chosen(self, column: Column, box: QComboBox) -> None:
        if self._filling:
            return
        self.choices[column.key] = str(box.currentData() or "")
        self.changed.emit()


def _offer_custom(box: QComboBox, label: str) -> None:
    box.addItem(tr("Custom field “{0}”").format(label), f"{CUSTOM_PREFIX}{label}")


def _standard_names() -> set[str]:
    return {normalize(n) for spec in catalogue.FIELDS for n in (spec.column, spec.param, spec.label)}


def mapped(columns: tuple[Column, ...], key: BatchKey, choices: Sequence[tuple[str, str]]) -> ColumnMap:
    """The engine's mapping with the hand choices (the key choice names the key's own field)."""
    pairs = [(header, key.kind.value if target == KEY_CHOICE else target) for header, target in choices]
    return map_columns(columns, key, assignments=pairs)
