"""The batch window's per-row model holds 10,000 rows but hands the view a slice at a time, filters by
outcome, and replaces a row decided by hand in its place."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTableView

from leadeditor.editing.batch.results import Outcome
from leadeditor.editing.batch.row_result import FieldChange, RowReason, RowResult
from leadeditor.ui.batch_model import SLICE_ROWS, BatchRowsModel


def _rows(n: int) -> list[RowResult]:
    out = []
    for i in range(n):
        row = i + 2
        if i % 10 == 0:
            out.append(RowResult(row, Outcome.AMBIGUOUS, RowReason.AMBIGUOUS, data={"leads": (row, row + 1)}))
        else:
            change = FieldChange("city", "Evanston", f"Town{i}", f"Town{i}", sends=True)
            out.append(RowResult(row, Outcome.WOULD_UPDATE, RowReason.PLANNED, 1000 + i, changes=(change,)))
    return out


def test_ten_thousand_rows_are_fetched_a_slice_at_a_time(qtbot: Any) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    model = BatchRowsModel(view)  # owned by the view: deleted with it, on the GUI thread
    rows = _rows(10_000)
    for start in range(0, 10_000, 50):  # in slices, as the worker thread hands them over
        model.add(rows[start : start + 50])
    assert model.matching == 10_000 and len(model.results) == 10_000
    assert model.rowCount() == SLICE_ROWS and model.canFetchMore()
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() < 10_000  # the view asked only for what it shows
    model.fetchMore()
    assert model.rowCount() >= 2 * SLICE_ROWS
    assert model.data(model.index(1, 4)) == "City: “Evanston” → “Town1”"
    assert model.data(model.index(1, 2)) == "Would update"

    model.set_filter(Outcome.AMBIGUOUS)
    assert model.matching == 1000 and model.rowCount() == SLICE_ROWS
    assert {model.result(r).outcome for r in range(model.rowCount())} == {Outcome.AMBIGUOUS}
    last = model.view_row_of(9992)  # the 1000th ambiguous row: slices fetched up to it
    assert last == 999 and model.rowCount() == 1000
    assert model.view_row_of(9993) is None  # not ambiguous: filtered out

    picked = RowResult(9992, Outcome.WOULD_UPDATE, RowReason.PLANNED, 9992)
    model.replace(picked)
    assert model.matching == 999  # no longer ambiguous
    model.set_filter(None)
    assert model.result(model.view_row_of(9992)) is picked
    assert model.counts() == {Outcome.AMBIGUOUS: 999, Outcome.WOULD_UPDATE: 9001}
