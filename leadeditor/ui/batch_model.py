"""The per-row table of a batch (dry run, apply, review): every `RowResult` kept, the rows an outcome filter
selects handed to the view a slice at a time (`canFetchMore`/`fetchMore`), so 10,000 rows cost the view only
what it shows. Rows arrive in slices from the worker thread (`add`) and a row decided by hand replaces its
dry-run result (`replace`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from leadeditor.editing.batch.ledger import BatchLedger
from leadeditor.editing.batch.results import Outcome
from leadeditor.editing.batch.row_result import FieldChange, RowReason, RowResult
from leadeditor.ui.texts import batch_outcome_text, batch_row_text, batch_value_text, field_label, tr

__all__ = ["SLICE_ROWS", "BatchRowsModel", "change_summary", "ledger_results", "row_text"]

Index = QModelIndex | QPersistentModelIndex
SLICE_ROWS = 500  # rows handed to the view per fetch
_ROW, _LEAD, _OUTCOME, _MESSAGE, _CHANGES = range(5)


def _label(change: FieldChange) -> str:
    name = change.field
    if name.startswith("custom:"):
        return name.removeprefix("custom:")
    return field_label(name, name)


def row_text(result: RowResult) -> str:
    """The row's message, with the error it carries in the window's words."""
    error = result.data.get("error") if hasattr(result.data, "get") else None
    if isinstance(error, Exception):
        from leadeditor.ui.messages import describe_error

        return batch_row_text(result, describe_error(error)[1])
    return batch_row_text(result)


def change_summary(result: RowResult) -> str:
    """“City: Evanston → Springfield; …” for the fields the row sends (all mapped fields when none)."""
    shown = [c for c in result.changes if c.sends] or list(result.changes)
    return "; ".join(
        f"{_label(c)}: {batch_value_text(c.before)} → {batch_value_text(c.after)}" for c in shown
    )


class BatchRowsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None, *, applied: bool = False) -> None:
        super().__init__(parent)
        self.applied = applied  # after an apply the last column is what was stored, not a prediction
        self._results: list[RowResult] = []
        self._position: dict[int, int] = {}  # spreadsheet row -> index in _results
        self._filter: Outcome | None = None
        self._matching: list[int] = []  # indices into _results the filter selects
        self._shown = 0  # how many of _matching the view has been given

    # -- data in

    def clear(self, *, applied: bool | None = None) -> None:
        self.beginResetModel()
        if applied is not None:
            self.applied = applied
        self._results, self._position, self._matching, self._shown = [], {}, [], 0
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, _CHANGES, _CHANGES)

    def add(self, results: Iterable[RowResult]) -> None:
        for result in results:
            self._position[result.row] = len(self._results)
            self._results.append(result)
            if self._filter is None or result.outcome is self._filter:
                self._matching.append(len(self._results) - 1)
        if self._shown < min(len(self._matching), SLICE_ROWS):  # the first slice shows at once
            self.fetchMore()

    def replace(self, result: RowResult) -> None:
        """A row decided again (an ambiguous row's lead picked by hand): same place, new result."""
        at = self._position[result.row]
        self._results[at] = result
        self.set_filter(self._filter)

    def in_row_order(self) -> None:
        """After an apply: the rows settled by the dry run and the rows written, back in file order."""
        self._results.sort(key=lambda r: r.row)
        self._position = {r.row: i for i, r in enumerate(self._results)}
        self.set_filter(self._filter)

    def set_filter(self, outcome: Outcome | None) -> None:
        self.beginResetModel()
        self._filter = outcome
        self._matching = [i for i, r in enumerate(self._results) if outcome is None or r.outcome is outcome]
        self._shown = min(len(self._matching), SLICE_ROWS)
        self.endResetModel()

    # -- data out

    @property
    def results(self) -> list[RowResult]:
        return self._results

    @property
    def matching(self) -> int:
        """Rows the filter selects (rowCount() is how many the view has fetched so far)."""
        return len(self._matching)

    def result(self, row: int) -> RowResult:
        return self._results[self._matching[row]]

    def view_row_of(self, spreadsheet_row: int) -> int | None:
        """The view row showing a spreadsheet row (fetching slices up to it), None when filtered out."""
        at = self._position.get(spreadsheet_row)
        if at is None or at not in self._matching:
            return None
        row = self._matching.index(at)
        while self._shown <= row:
            self.fetchMore()
        return row

    def counts(self) -> dict[Outcome, int]:
        out: dict[Outcome, int] = {}
        for r in self._results:
            out[r.outcome] = out.get(r.outcome, 0) + 1
        return out

    # -- Qt

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._matching)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        end = min(len(self._matching), self._shown + SLICE_ROWS)
        self.beginInsertRows(QModelIndex(), self._shown, end - 1)
        self._shown = end
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        last = tr("Before → Stored") if self.applied else tr("Before → Will be stored")
        return (tr("Row"), tr("Lead"), tr("Outcome"), tr("What happens"), last)[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        result = self.result(index.row())
        column = index.column()
        if column == _ROW:
            return str(result.row)
        if column == _LEAD:
            return str(result.lead_id) if result.lead_id is not None else ""
        if column == _OUTCOME:
            return batch_outcome_text(result.outcome)
        if column == _MESSAGE:
            return row_text(result)
        return change_summary(result)


def ledger_results(ledger: BatchLedger, batch_id: int) -> Iterator[RowResult]:
    """Each row as the journal keeps it: the values read in the dry run, the edits, what was read back."""
    reasons = {r.value: r for r in RowReason}
    for row in ledger.rows(batch_id):
        plan = row.plan
        changes = tuple(
            FieldChange(name, plan.loaded.get(name), None, row.after.get(name), sends=True)
            for name in plan.edits
        )
        if row.outcome is not None:
            yield RowResult(
                row.row, row.outcome, reasons.get(row.message, RowReason.PLANNED), row.lead_id, {}, changes
            )
        elif ledger.entry_of(batch_id, row.lead_id) is not None:  # begun before a kill
            yield RowResult(row.row, Outcome.UNKNOWN, RowReason.UNKNOWN, row.lead_id, {}, changes)
        else:  # never sent
            yield RowResult(row.row, Outcome.SKIPPED, RowReason.CANCELLED, row.lead_id, {}, changes)
