"""Rows streaming into a sorted results table land where a full sort puts them, and the selection follows."""

from __future__ import annotations

import random
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from leadeditor.editing.lead import Candidate
from leadeditor.ui.results import COLUMN_INDEX, ResultsModel

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


@pytest.fixture
def owner(qtbot: Any) -> QWidget:
    """Every model a test makes belongs to this widget, which pytest-qt deletes after the test: a model left
    to Python's finalization can end the run in PySide6 6.12's none_dealloc (issue 10)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _candidates(n: int) -> list[Candidate]:
    rng = random.Random(7)
    return [
        Candidate(lead_id=1000 + i, lead=None, server_pick=i == 17, list_id=rng.choice([101, 102, 555]))
        for i in range(n)
    ]


def _order(model: ResultsModel) -> list[int]:
    return [c.lead_id for c in model.candidates()]


def _sorted_at_once(
    owner: QWidget, candidates: list[Candidate], column: int, order: Qt.SortOrder
) -> list[int]:
    model = ResultsModel(owner)
    model.sort(column, order)
    model.set_candidates(candidates)
    return _order(model)


def test_slices_in_any_order_end_as_one_sort(owner: QWidget) -> None:
    candidates = _candidates(250)
    for key in ("pick", "lead_id", "list_id", "name"):
        for order in (ASC, DESC):
            model = ResultsModel(owner)
            model.sort(COLUMN_INDEX[key], order)
            shuffled = list(candidates)
            random.Random(key).shuffle(shuffled)
            for start in range(0, len(shuffled), 40):
                model.add_candidates(shuffled[start : start + 40])
            model.add_candidates(candidates[:30])  # leads already shown are not added twice
            assert _order(model) == _sorted_at_once(owner, candidates, COLUMN_INDEX[key], order), (key, order)
            assert model.rowCount() == len(candidates)


def test_a_slice_that_sorts_last_is_appended_without_moving_rows(owner: QWidget) -> None:
    # newest first, as lead_all_info by phone answers: by the pick column, each slice sorts after the rest
    candidates = sorted(_candidates(300), key=lambda c: (not c.server_pick, -c.lead_id))
    model = ResultsModel(owner)
    model.sort(COLUMN_INDEX["pick"], ASC)
    moved: list[str] = []
    inserted: list[tuple[int, int]] = []
    model.layoutChanged.connect(lambda *_: moved.append("layout"))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    for start in range(0, 300, 100):
        model.add_candidates(candidates[start : start + 100])
    assert moved == []
    assert inserted == [(0, 99), (100, 199), (200, 299)]
    assert _order(model) == [c.lead_id for c in candidates]


def test_the_selected_lead_keeps_its_row_while_rows_interleave(owner: QWidget) -> None:
    from PySide6.QtCore import QItemSelectionModel

    candidates = _candidates(200)
    model = ResultsModel(owner)
    model.sort(COLUMN_INDEX["lead_id"], ASC)
    model.add_candidates(candidates[1::2])  # odd leads first
    selection = QItemSelectionModel(model, owner)
    row = model.row_of(1051)
    selection.setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    model.add_candidates(candidates[::2])  # the even ones interleave
    assert model.row_of(1051) == 51
    assert selection.currentIndex().row() == 51
    assert selection.currentIndex().data(Qt.ItemDataRole.UserRole + 2).lead_id == 1051


def test_fresh_details_re_sort_by_the_new_value(owner: QWidget) -> None:
    candidates = _candidates(20)
    model = ResultsModel(owner)
    model.sort(COLUMN_INDEX["list_id"], ASC)
    model.set_candidates(candidates)
    first = model.candidates()[0]
    model.replace(Candidate(lead_id=first.lead_id, lead=None, list_id=999))
    model.sort(COLUMN_INDEX["list_id"], ASC)
    assert model.candidates()[-1].lead_id == first.lead_id
