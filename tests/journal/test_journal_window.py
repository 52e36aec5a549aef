"""The Journal window: filters, details, export and the Undo signal (offscreen)."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from leadeditor.editing.journal import Action, FieldRecord, Journal, JournalContext, Outcome
from leadeditor.ui.journal_window import COL_CHANGES, COL_LEAD, COL_OUTCOME, JournalWindow
from leadeditor.vicidial.fields import BLANK

PASSWORD = "Win-dow_pw42"
ALICE = JournalContext("Sandbox", "http://127.0.0.1:8080", "6666", PASSWORD)
BOB = JournalContext("Production", "https://dialer.example.com", "7777", "other-pw")
T0 = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def three_entries(journal: Journal) -> None:
    """Every test here starts with the same three entries in the root conftest's `journal`."""
    a = journal.begin(
        ALICE,
        1,
        Action.UPDATE,
        [FieldRecord("last_name", "Smith", "Smyth"), FieldRecord("address2", "Apt 3", BLANK)],
        when=T0,
    )
    journal.finish(
        a,
        Outcome.SAVED,
        stored={"last_name": "Smyth", "address2": ""},
        answer=["SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|1|1|||"],
    )
    journal.record(
        BOB,
        8,
        Action.UPDATE,
        [FieldRecord("city", "Chicago", "Joliet")],
        Outcome.NOT_APPLIED,
        when=T0 + timedelta(days=2),
    )
    journal.record(
        ALICE,
        6,
        Action.DELETE,
        [],
        Outcome.SAVED,
        record={"first_name": "Carol"},
        when=T0 + timedelta(days=3),
    )


def _text(window: JournalWindow, row: int, col: int) -> str:
    return window.proxy.data(window.proxy.index(row, col))


def test_lists_entries_newest_first_with_summaries(qtbot, journal: Journal) -> None:
    w = JournalWindow(journal)
    qtbot.addWidget(w)
    assert w.proxy.rowCount() == 3
    assert [_text(w, r, COL_LEAD) for r in range(3)] == ["6", "8", "1"]
    assert _text(w, 2, COL_CHANGES) == "Last name: Smith → Smyth; Address line 2: Apt 3 → (empty)"
    assert _text(w, 1, COL_OUTCOME) == "Not applied"
    assert w.count_label.text() == "3 entries"


def test_filters_by_lead_user_and_date(qtbot, journal: Journal) -> None:
    w = JournalWindow(journal)
    qtbot.addWidget(w)
    qtbot.keyClicks(w.lead_filter, "8")
    assert [_text(w, r, COL_LEAD) for r in range(w.proxy.rowCount())] == ["8"]
    assert w.count_label.text() == "1 of 3 entries"
    w.clear_filters()
    w.set_filters(api_user="6666")
    assert sorted(_text(w, r, COL_LEAD) for r in range(w.proxy.rowCount())) == ["1", "6"]
    local_day = (T0 + timedelta(days=2)).astimezone().date()
    day = QDate(local_day.year, local_day.month, local_day.day)
    w.set_filters(first=day, last=day)
    assert [_text(w, r, COL_LEAD) for r in range(w.proxy.rowCount())] == ["8"]
    w.set_filters(first=day.addDays(1))
    assert [_text(w, r, COL_LEAD) for r in range(w.proxy.rowCount())] == ["6"]


def test_details_and_undo_signal(qtbot, journal: Journal) -> None:
    w = JournalWindow(journal)
    qtbot.addWidget(w)
    assert not w.undo_button.isEnabled()
    w.table.selectRow(2)  # lead 1, saved correction
    assert w.details.rowCount() == 2
    assert [w.details.item(0, c).text() for c in range(4)] == ["Last name", "Smith", "Smyth", "Smyth"]
    assert w.details.item(1, 2).text() == "(empty)"
    assert "LEAD HAS BEEN UPDATED" in w.answer.toPlainText()
    assert w.undo_button.isEnabled()
    entry_id = w.selected_entry().id
    with qtbot.waitSignal(w.undoRequested) as blocker:
        qtbot.mouseClick(w.undo_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [entry_id]
    w.table.selectRow(1)  # not applied: nothing to undo
    assert not w.undo_button.isEnabled() and "nothing to undo" in w.undo_hint.text()
    w.table.selectRow(0)  # deletion: the kept record is shown, no undo
    assert not w.undo_button.isEnabled()
    assert w.details.item(0, 1).text() == "Carol"


def test_refresh_shows_new_entries_and_keeps_selection(qtbot, journal: Journal) -> None:
    w = JournalWindow(journal)
    qtbot.addWidget(w)
    w.table.selectRow(2)
    selected = w.selected_entry().id
    journal.record(ALICE, 9, Action.UPDATE, [FieldRecord("state", "NY", "NJ")], Outcome.SAVED)
    w.refresh()
    assert w.proxy.rowCount() == 4
    assert w.selected_entry().id == selected
    assert w.user_filter.count() == 3  # All users, 6666, 7777


def test_export_writes_the_filtered_entries_without_the_password(
    qtbot, journal: Journal, tmp_path: Path
) -> None:
    w = JournalWindow(journal)
    qtbot.addWidget(w)
    w.set_filters(api_user="6666")
    out = tmp_path / "out.csv"
    with qtbot.waitSignal(w.exported):
        rows = w.export_to(str(out))
    assert rows == 3  # two fields of lead 1, one row for the deletion
    leads = {r["lead_id"] for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert leads == {"1", "6"}
    assert PASSWORD.encode() not in out.read_bytes()


def test_sorting_by_lead(qtbot, journal: Journal) -> None:
    w = JournalWindow(journal)
    qtbot.addWidget(w)
    w.table.sortByColumn(COL_LEAD, Qt.SortOrder.AscendingOrder)
    assert [_text(w, r, COL_LEAD) for r in range(3)] == ["1", "6", "8"]


def test_an_overwritten_save_is_its_own_outcome_filterable_and_told_in_the_detail(
    qtbot, journal: Journal
) -> None:
    from leadeditor.editing.journal_codes import overwritten_note

    lead_1 = journal.query(lead_id=1)[0].id
    journal.finish(
        lead_1,
        Outcome.OVERWRITTEN,
        answer=["(read again later: overwritten: last_name now 'Smith' (saved 'Smyth'))"],
        note=overwritten_note(["last_name"]),
    )
    w = JournalWindow(journal)
    qtbot.addWidget(w)
    assert _text(w, 2, COL_OUTCOME) == "Overwritten later"
    w.outcome_filter.setCurrentIndex(w.outcome_filter.findText("Overwritten later"))
    assert [_text(w, r, COL_LEAD) for r in range(w.proxy.rowCount())] == ["1"]
    assert w.count_label.text() == "1 of 3 entries"
    w.table.selectRow(0)
    assert "Overwritten later: Last name no longer held what this save stored" in w.entry_info.text()
    assert "last_name now 'Smith'" in w.answer.toPlainText()
    assert w.details.item(0, 3).text() == "Smyth"  # what the save stored stays shown
    assert w.undo_button.isEnabled()  # undo still goes through its checks (the lead changed since)
    w.set_filters(outcome=Outcome.NOT_APPLIED)
    assert [_text(w, r, COL_LEAD) for r in range(w.proxy.rowCount())] == ["8"]
    w.clear_filters()
    assert w.proxy.rowCount() == 3
