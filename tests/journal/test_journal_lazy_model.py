"""The journal window reads pages as the table scrolls, and re-queries SQL to filter and sort (offscreen).

Pages are made small here (PAGE_ROWS = 5) so that a few dozen entries span many pages.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from leadeditor.editing.journal import Action, FieldRecord, Journal, JournalContext, Outcome
from leadeditor.ui import journal_window
from leadeditor.ui.journal_window import COL_ACTION, COL_CHANGES, COL_LEAD, JournalWindow

ALICE = JournalContext("Sandbox", "http://127.0.0.1:8080", "6666", "pw-a")
BOB = JournalContext("Production", "https://dialer.example.com", "7777", "pw-b")
T0 = datetime(2026, 10, 1, 12, 0, tzinfo=UTC)
ENTRIES = 23


@pytest.fixture(autouse=True)
def entries(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test here: the root conftest's `journal` with 23 entries, read in pages of 5."""
    monkeypatch.setattr(journal_window, "PAGE_ROWS", 5)
    for n in range(ENTRIES):
        journal.record(
            BOB if n % 3 == 0 else ALICE,
            100 + (n * 7) % 11,
            Action.UPDATE,
            [FieldRecord("city", f"before {n}", f"after {n}")],
            Outcome.SAVED,
            when=T0 + timedelta(minutes=n),
        )


def _ids(w: JournalWindow) -> list[int]:
    return [w.model.entry(r).id for r in range(w.model.rowCount())]


def test_rows_grow_a_page_at_a_time(qtbot, journal: Journal) -> None:
    w = JournalWindow(journal)
    qtbot.addWidget(w)
    assert w.model.rowCount() == 5 and w.model.canFetchMore()
    assert w.count_label.text() == f"{ENTRIES} entries"  # counted, not fetched
    grown = [w.model.rowCount()]
    while w.model.canFetchMore():
        w.model.fetchMore()
        grown.append(w.model.rowCount())
    assert grown == [5, 10, 15, 20, 23]
    assert _ids(w) == [e.id for e in journal.query()]  # newest first, none twice, none left out


def test_scrolling_the_table_fetches_the_next_pages(qtbot, journal: Journal) -> None:
    w = JournalWindow(journal)
    qtbot.addWidget(w)
    w.resize(800, 300)
    w.show()
    qtbot.waitExposed(w)
    for _ in range(10):
        w.table.scrollToBottom()
        qtbot.wait(10)
    assert w.model.rowCount() == ENTRIES and not w.model.canFetchMore()


def test_a_filter_queries_again(qtbot, journal: Journal) -> None:
    w = JournalWindow(journal)
    qtbot.addWidget(w)
    w.set_filters(api_user="7777")
    expected = [e.id for e in journal.query(api_user="7777")]
    assert w.model.matching == len(expected) == 8
    assert w.count_label.text() == f"8 of {ENTRIES} entries"
    w.model.fetch_through(len(expected))
    assert _ids(w) == expected
    w.set_filters(api_user="7777", lead_id=100)
    assert _ids(w) == [e.id for e in journal.query(api_user="7777", lead_id=100)]


def test_a_filter_by_profile(qtbot, journal: Journal) -> None:
    w = JournalWindow(journal)
    qtbot.addWidget(w)
    assert [w.profile_filter.itemData(i) for i in range(w.profile_filter.count())] == [
        None,
        "Production",
        "Sandbox",
    ]
    w.profile_filter.setCurrentIndex(w.profile_filter.findData("Production"))
    assert w.model.where.profile == "Production"
    assert w.model.matching == 8 and {w.model.entry(r).profile for r in range(w.model.rowCount())} == {
        "Production"
    }
    w.refresh()
    assert w.profile_filter.currentData() == "Production" and w.model.matching == 8
    w.clear_filters()
    assert w.profile_filter.currentData() is None and w.model.matching == ENTRIES


def test_typing_applies_the_first_key_at_once_and_a_burst_when_it_pauses(
    qtbot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal_window, "FILTER_PAUSE_MS", 1000)  # a slow machine still types a burst
    w = JournalWindow(journal)
    qtbot.addWidget(w)
    qtbot.keyClicks(w.lead_filter, "1")
    assert w.model.where.lead_id == 1  # the first change: no wait
    qtbot.keyClicks(w.lead_filter, "03")
    assert w.model.where.lead_id == 1  # a burst: held back ...
    qtbot.waitUntil(lambda: w.model.where.lead_id == 103, timeout=5000)  # ... until it pauses
    assert {w.model.entry(r).lead_id for r in range(w.model.rowCount())} == {103}


def test_sorting_asks_sql_and_pages_keep_the_order(qtbot, journal: Journal) -> None:
    w = JournalWindow(journal)
    qtbot.addWidget(w)
    w.table.sortByColumn(COL_LEAD, Qt.SortOrder.AscendingOrder)
    assert w.model.rowCount() == 5
    w.model.fetch_through(ENTRIES)
    leads = [w.model.entry(r).lead_id for r in range(w.model.rowCount())]
    assert leads == sorted(leads) and len(set(_ids(w))) == ENTRIES
    w.table.sortByColumn(COL_CHANGES, Qt.SortOrder.AscendingOrder)  # not sortable: the order stays
    header = w.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        COL_LEAD,
        Qt.SortOrder.AscendingOrder,
    )
    assert [w.model.entry(r).lead_id for r in range(w.model.rowCount())] == leads


def test_selecting_an_entry_far_down_fetches_through_it_and_reads_it_in_full(qtbot, journal: Journal) -> None:
    w = JournalWindow(journal)
    qtbot.addWidget(w)
    oldest = journal.query()[-1]
    assert w.select_entry(oldest.id)
    assert w.model.rowCount() == ENTRIES
    assert w.selected_entry() == oldest
    assert w.details.item(0, 2).text() == "after 0"
    assert not w.select_entry(10_000)


def test_refresh_keeps_a_selection_within_the_rows_fetched(qtbot, journal: Journal) -> None:
    w = JournalWindow(journal)
    qtbot.addWidget(w)
    w.table.selectRow(3)
    chosen = w.selected_entry()
    assert chosen is not None
    journal.record(ALICE, 1, Action.UNDO, [], Outcome.SAVED, undo_of=chosen.id)
    w.refresh()
    assert w.selected_entry() == journal.get(chosen.id)
    assert w.count_label.text() == f"{ENTRIES + 1} entries"
    row = next(r for r in range(w.model.rowCount()) if w.model.entry(r).id == chosen.id)
    tip = w.model.data(w.model.index(row, COL_ACTION), Qt.ItemDataRole.ToolTipRole)
    assert tip == f"Undone by #{ENTRIES + 1}"
