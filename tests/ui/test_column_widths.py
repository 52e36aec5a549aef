"""The results table's column widths: a width the user set survives the next search and a restart, and a
save that lengthens a name widens the Name column so the new name stays readable."""

from __future__ import annotations

from typing import Any

from test_safe_writes import confirm, edit_and_confirm, wait_idle
from ui_helpers import search, select

from leadeditor.ui.results import COLUMN_INDEX

NAME, CITY, STATUS = COLUMN_INDEX["name"], COLUMN_INDEX["city"], COLUMN_INDEX["status"]


def test_a_width_the_user_set_survives_the_next_search_and_a_restart(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100")
    header = window.results.table.horizontalHeader()
    fitted_status = header.sectionSize(STATUS)
    header.resizeSection(CITY, 41)  # the user drags the City column narrow (as a drag does: resizeSection)
    header.resizeSection(STATUS, fitted_status + 150)
    search(qtbot, window, "3125550101")
    search(qtbot, window, "3125550100")
    assert header.sectionSize(CITY) == 41 and header.sectionSize(STATUS) == fitted_status + 150
    assert header.sectionSize(NAME) > 41  # a column the user did not touch is still fitted to its rows

    window.save_geometry()
    from leadeditor.ui.main_window import MainWindow

    again = MainWindow(None, sandbox=True)
    qtbot.addWidget(again)
    again.show()
    assert again.restore_geometry()
    again_header = again.results.table.horizontalHeader()
    assert again_header.sectionSize(CITY) == 41
    again.results.set_results([], "")  # what the first search of the new session does to the widths
    again.results.widths.fit()
    assert again_header.sectionSize(CITY) == 41 and again_header.sectionSize(STATUS) == fitted_status + 150
    again._close_confirmed = True


def test_the_window_resizing_the_last_column_is_not_a_user_width(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100")
    window.resize(window.width() - 120, window.height())
    qtbot.waitUntil(lambda: window.results.table.width() > 0)
    last = window.results.table.horizontalHeader().logicalIndex(len(COLUMN_INDEX) - 1)
    assert last not in window.results.widths.user and not window.results.widths.user


def test_after_a_save_the_name_column_shows_the_longer_name(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100")
    table = window.results.table
    before = table.columnWidth(NAME)
    select(qtbot, window, 1)
    longer = "Smithson-Worthington"
    edit_and_confirm(qtbot, window, {"last_name": longer})
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    row = window.results.model.row_of(1)
    index = window.results.model.index(row, NAME)
    assert longer in index.data()
    qtbot.waitUntil(lambda: table.columnWidth(NAME) >= table.sizeHintForIndex(index).width())
    assert table.columnWidth(NAME) > before
