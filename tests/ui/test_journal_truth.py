"""Issue 10, the journal side, against the sandbox: the journal shows what the server stored, an undone
entry cannot be undone twice, undo's "Now" is read fresh, "Nothing to do" when the lead already holds the
old values, and Edit → Undo last save (Ctrl+Z outside a text field)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from test_safe_writes import _visible, confirm, edit_and_confirm, journal_entries, wait_idle
from ui_helpers import search, select

from leadeditor.editing.journal import Action, Outcome
from leadeditor.ui.journal_window import COL_CHANGES, COL_OUTCOME


def _open_journal(qtbot: Any, window: Any) -> Any:
    window.actionJournal.trigger()
    qtbot.waitUntil(
        lambda: window.writes().journal_window is not None and window.writes().journal_window.isVisible(),
        timeout=10000,
    )
    return window.writes().journal_window


def _now_column(window: Any) -> dict[str, str]:
    table = window.confirmDialog.table
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}


def test_the_summary_shows_what_was_stored_and_marks_the_difference(
    qtbot: Any, window: Any, sandbox: Any, arun: Any
) -> None:
    search(qtbot, window, "3125550103")
    select(qtbot, window, 4)
    edit_and_confirm(qtbot, window, {"first_name": "José"})  # the latin server drops the accent
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    stored = sandbox.lead(4)["first_name"]
    assert stored != "José"  # what the server really did, whatever the prediction
    journal_window = _open_journal(qtbot, window)
    summary = journal_window.model.data(journal_window.model.index(0, COL_CHANGES))
    assert f"≠ “{stored}”" not in summary  # values are not quoted in the journal
    assert f"→ ≠ {stored} (requested José)" in summary
    assert journal_window.select_entry(journal_window.model.entry(0).id)
    details = journal_window.details
    headers = [details.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["Field", "Before", "Requested", "Stored"]
    row = next(r for r in range(details.rowCount()) if details.item(r, 0).text() == "First name")
    assert details.item(row, 2).text() == "José"
    assert details.item(row, 3).text() == f"≠ {stored}"
    journal_window.close()


def test_an_undone_entry_says_so_and_cannot_be_undone_again(
    qtbot: Any, window: Any, sandbox: Any, arun: Any
) -> None:
    search(qtbot, window, "7185550200")
    select(qtbot, window, 9)
    edit_and_confirm(qtbot, window, {"city": "Queens"})
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    journal_window = _open_journal(qtbot, window)
    first = journal_window.model.entry(0).id
    journal_window.select_entry(first)
    assert journal_window.undo_button.isEnabled()
    journal_window.undo_button.click()
    qtbot.waitUntil(lambda: _visible(window, "confirmDialog"), timeout=10000)
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: journal_window.model.rowCount() == 2, timeout=30000)
    undo_id = journal_window.model.entry(0).id
    assert journal_window.select_entry(first)
    assert not journal_window.undo_button.isEnabled()
    assert journal_window.undo_hint.text() == f"Undone by #{undo_id}."
    row = journal_window.journal.position(first)
    assert f"undone by #{undo_id}" in journal_window.model.data(journal_window.model.index(row, COL_OUTCOME))
    journal_window.close()


def test_undo_confirmation_reads_now_from_the_server(
    qtbot: Any, window: Any, sandbox: Any, arun: Any
) -> None:
    search(qtbot, window, "7185550200")
    select(qtbot, window, 9)
    edit_and_confirm(qtbot, window, {"city": "Queens", "first_name": "Danielle"})
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    sandbox.set_lead_field(9, "city", "Brooklyn")  # someone else, after the save
    entry = journal_entries(window, arun)[0]
    window.spawn(window.undo(entry.id))
    qtbot.waitUntil(lambda: _visible(window, "confirmDialog"), timeout=10000)
    now = _now_column(window)
    assert now["City"] == "Brooklyn"  # the server's value, not the journal's "Queens"
    assert now["First name"] == "Danielle"  # not changed since: still what the entry stored
    notes = [label.text() for label in window.confirmDialog.findChildren(QLabel)]
    assert any("Changed since this entry: City." in text for text in notes)
    writes = len(sandbox.request_log.writes())
    window.confirmDialog.reject()
    qtbot.waitUntil(lambda: window.statusMessage.text().startswith("Nothing was sent"), timeout=10000)
    assert sandbox.lead(9)["city"] == "Brooklyn"
    assert len(sandbox.request_log.writes()) == writes  # nothing was sent


def test_nothing_to_do_when_the_lead_already_holds_the_old_values(
    qtbot: Any, window: Any, sandbox: Any, arun: Any
) -> None:
    search(qtbot, window, "7185550200")
    select(qtbot, window, 9)
    edit_and_confirm(qtbot, window, {"city": "Queens"})
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    sandbox.set_lead_field(9, "city", "New York")  # put back by someone else
    writes = len(sandbox.request_log.writes())
    entry = journal_entries(window, arun)[0]
    arun(window.undo(entry.id))
    assert not _visible(window, "confirmDialog") and not _visible(window, "conflictDialog")
    assert window.statusMessage.text().startswith("Nothing to do: lead 9 already holds")
    assert "someone" not in window.statusMessage.text()
    assert len(sandbox.request_log.writes()) == writes
    assert [e.action for e in journal_entries(window, arun)] == [Action.UPDATE]


def test_edit_menu_undoes_the_last_save_and_ctrl_z_in_a_field_stays_the_fields(
    qtbot: Any, window: Any, sandbox: Any, arun: Any
) -> None:
    assert window.actionUndoLastSave.shortcut().toString() == "Ctrl+Z"
    search(qtbot, window, "7185550200")
    select(qtbot, window, 9)
    edit_and_confirm(qtbot, window, {"city": "Queens"})
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    assert sandbox.lead(9)["city"] == "Queens"
    window.activateWindow()  # a window-level shortcut needs the active window (the confirm dialog was)
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    field = window.findChild(QLineEdit, "field_first_name")
    field.setFocus()
    before = field.text()
    qtbot.keyClicks(field, "x")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the field's own undo
    assert field.text() == before
    qtbot.wait(300)
    assert not _visible(window, "confirmDialog")
    window.form.revert_all()
    window.results.table.setFocus()
    qtbot.keyClick(window.results.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _visible(window, "confirmDialog"), timeout=10000)
    assert _now_column(window)["City"] == "Queens"
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    assert sandbox.lead(9)["city"] == "New York"
    entries = journal_entries(window, arun)
    assert entries[0].action is Action.UNDO and entries[0].outcome is Outcome.SAVED


def test_undo_last_save_again_steps_back_one_save_instead_of_redoing(
    qtbot: Any, window: Any, sandbox: Any, arun: Any
) -> None:
    search(qtbot, window, "7185550200")
    select(qtbot, window, 9)
    for city in ("Queens", "Bronx"):
        edit_and_confirm(qtbot, window, {"city": city})
        confirm(qtbot, window)
        wait_idle(qtbot, window)
    for expected_now, back_to in (("Bronx", "Queens"), ("Queens", "New York")):
        window.spawn(window.undo_last_save())
        qtbot.waitUntil(lambda: _visible(window, "confirmDialog"), timeout=10000)
        assert _now_column(window)["City"] == expected_now
        confirm(qtbot, window)
        wait_idle(qtbot, window)
        assert sandbox.lead(9)["city"] == back_to
    arun(window.undo_last_save())
    assert window.statusMessage.text() == "Nothing to undo: no saved change of yours in the journal."
    assert [e.action for e in journal_entries(window, arun)] == [
        Action.UNDO,
        Action.UNDO,
        Action.UPDATE,
        Action.UPDATE,
    ]
