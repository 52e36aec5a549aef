"""What the results header, the table and the status line say after a search (issue 10), and a table that
fills while the user already works in it (issue 13)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_helpers import search, select, shown_ids

from leadeditor.editing.search import SearchScope
from leadeditor.ui.results import COLUMN_INDEX


def _cell(window: Any, lead_id: int, column: str, role: Qt.ItemDataRole) -> Any:
    model = window.results.model
    return model.index(model.row_of(lead_id), COLUMN_INDEX[column]).data(role)


def test_the_header_names_the_key_that_found_the_pick(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100", lead_id="999", scope=SearchScope.LIST, list_id="101")
    header = window.results.summary.text()
    assert "Lead ID 999: no such lead in list 101." in header
    assert "found by its phone number" in header and "found by its lead ID" not in header
    assert shown_ids(window) == [1]
    # the phone cell of lead 1 is the one marked, not its lead ID
    assert _cell(window, 1, "phone_number", Qt.ItemDataRole.BackgroundRole) is not None
    assert "Phone 3125550100" in _cell(window, 1, "phone_number", Qt.ItemDataRole.ToolTipRole)
    assert _cell(window, 1, "lead_id", Qt.ItemDataRole.BackgroundRole) is None
    # the status line says what comes next; it does not repeat the header
    assert window.statusMessage.text() != header and header not in window.statusMessage.text()


def test_a_lead_found_by_its_lead_id_marks_that_cell(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100", lead_id="8")
    assert "found by its lead ID" in window.results.summary.text()
    assert _cell(window, 8, "lead_id", Qt.ItemDataRole.BackgroundRole) is not None
    assert _cell(window, 8, "phone_number", Qt.ItemDataRole.BackgroundRole) is None
    assert sorted(shown_ids(window)) == [1, 8, 14]


def test_add_as_new_lead_is_offered_only_when_nothing_matched(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100", lead_id="999")
    assert shown_ids(window) and not window.results.addLeadButton.isVisible()
    search(qtbot, window, "5550001111")
    assert shown_ids(window) == [] and window.results.addLeadButton.isVisible()
    assert "No lead matches phone 5550001111" in window.results.summary.text()


def test_a_refused_search_marks_the_old_results(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100")
    header = window.results.summary.text()
    window.searchPane.set_scope(SearchScope.LIST)
    window.searchPane.listIdInput.setText("")
    window.searchPane.submit()
    text = window.results.summary.text()
    assert text.startswith("Previous search (the new one was not sent):") and header in text
    assert sorted(shown_ids(window)) == [1, 8, 14]
    window.searchPane.submit()  # refused again: said once, not twice
    assert window.results.summary.text() == text
    search(qtbot, window, "3125550103")
    assert not window.results.summary.text().startswith("Previous search")


def test_after_a_delete_the_header_counts_the_table(qtbot: Any, window: Any, sandbox: Any) -> None:
    search(qtbot, window, "3125550103")
    assert window.results.summary.text().startswith("2 leads match")
    select(qtbot, window, 4)
    window._update_advanced()
    window.actionDeleteLead.trigger()
    qtbot.waitUntil(lambda: _visible(window, "typedConfirmDialog"), timeout=10000)
    qtbot.keyClicks(window.typedConfirmDialog.input, "4")
    window.typedConfirmDialog.confirmButton.click()
    qtbot.waitUntil(lambda: "was deleted" in window.statusMessage.text(), timeout=30000)
    assert sandbox.lead(4) is None and shown_ids(window) == [5]
    assert window.results.summary.text().startswith("1 lead matches")


def _visible(window: Any, name: str) -> bool:
    widget = getattr(window, name, None)
    try:
        return widget is not None and widget.isVisible()
    except RuntimeError:
        return False


SLOW = {"generate": 80, "shared_phones": [("3125557777", 80)], "row_latency_ms": 10}


@pytest.mark.parametrize("sandbox", [SLOW], indirect=True)
def test_the_pick_can_be_edited_while_the_table_fills(qtbot: Any, window: Any, sandbox: Any) -> None:
    pane = window.searchPane
    pane.phoneInput.setText("3125557777")
    before = window.completed_searches
    qtbot.keyClick(pane.phoneInput, Qt.Key.Key_Return)
    # the pick first, read by its lead ID while the 80 rows are still on their way
    qtbot.waitUntil(
        lambda: window.results.model.rowCount() >= 1 and window.form.lead is not None and not window.busy,
        timeout=30000,
    )
    assert window.completed_searches == before and window.results.model.rowCount() < 80
    pick = window.results.current()
    assert pick is not None and pick.server_pick and window.form.lead.lead_id == pick.lead_id
    assert "you can select and edit meanwhile" in window.statusMessage.text()
    city = window.findChild(QLineEdit, "field_city")
    city.setFocus()
    typed = city.text()
    qtbot.keyClicks(city, "X")
    qtbot.waitUntil(lambda: window.completed_searches > before, timeout=30000)
    assert window.results.model.rowCount() == 80
    assert (
        window.form.edit_count() == 1 and city.text() != typed and "X" in city.text()
    )  # the fill never reset the form
    assert QApplication.focusWidget() is city  # nor took the focus back
    assert window.results.summary.text().startswith("80 leads match")


@pytest.mark.parametrize(
    "sandbox", [{"generate": 250, "shared_phones": [("3125558888", 250)]}], indirect=True
)
def test_a_large_answer_is_added_in_slices_and_all_of_it_shown(qtbot: Any, window: Any) -> None:
    inserted: list[int] = []
    window.results.model.rowsInserted.connect(lambda _p, first, last: inserted.append(last - first + 1))
    search(qtbot, window, "3125558888")
    assert window.results.model.rowCount() == 250 and sum(inserted) == 250
    assert max(inserted) <= 100  # never a whole thousand rows in one turn of the event loop
    assert window.results.summary.text().startswith("250 leads match")
    pick = window.results.current()
    assert pick is not None and pick.server_pick


def test_a_failed_search_keeps_the_old_results_marked(qtbot: Any, window: Any, sandbox: Any) -> None:
    from leadeditor.sandbox import Fault

    search(qtbot, window, "3125550103")
    header = window.results.summary.text()
    sandbox.inject(Fault.HTTP_503, count=2, function="update_lead")  # the check-first search fails twice
    search(qtbot, window, "3125550100")
    text = window.results.summary.text()
    assert text == f"Previous search (the new one failed): {header}"
    assert sorted(shown_ids(window)) == [4, 5]
    for box in QApplication.topLevelWidgets():
        if box.isVisible() and box is not window:
            box.close()
