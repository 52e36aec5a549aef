"""Issue 6 through the main window, as a user would: conflict view, verified save, lost answers, the journal
with Undo, several leads at once, a lead that cannot be read, and the Advanced menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from ui_helpers import edit_together, search, select, several_confirm

from leadeditor.editing.journal import Action, Outcome
from leadeditor.sandbox import Fault


def _visible(window: Any, name: str) -> bool:
    dialog = getattr(window, name, None)
    try:
        return dialog is not None and dialog.isVisible()
    except RuntimeError:  # deleted after it closed
        return False


def updates(sandbox: Any) -> int:
    """How many updates the server applied (its own API log)."""
    return sum(1 for r in sandbox.api_log() if "LEAD HAS BEEN UPDATED" in (r["result_reason"] or ""))


def edit_and_confirm(qtbot: Any, window: Any, fields: dict[str, str]) -> None:
    for name, value in fields.items():
        window.findChild(QLineEdit, f"field_{name}").setText(value)
    window.form.saveButton.click()
    qtbot.waitUntil(lambda: _visible(window, "confirmDialog"), timeout=5000)


def confirm(qtbot: Any, window: Any) -> None:
    window.pending_outcome = window.last_outcome
    window.confirmDialog.saveButton.click()


def wait_idle(qtbot: Any, window: Any) -> None:
    """Wait until the save confirmed last has an outcome (and the window is idle)."""
    qtbot.waitUntil(
        lambda: window.last_outcome is not window.pending_outcome and not window.busy, timeout=30000
    )


def journal_entries(window: Any, arun: Any) -> list[Any]:
    return list(arun(window.writes().journal()).query())


def click_question(qtbot: Any, yes: bool = True) -> None:
    """Answer the window-modal question box (tasks.ask) that is open now."""

    def box() -> QMessageBox | None:
        w = QApplication.activeModalWidget()
        return w if isinstance(w, QMessageBox) and w.isVisible() else None

    qtbot.waitUntil(lambda: box() is not None, timeout=5000)
    found = box()
    assert found is not None
    buttons = found.buttons()
    wanted = [
        b
        for b in buttons
        if found.buttonRole(b)
        == (QMessageBox.ButtonRole.AcceptRole if yes else QMessageBox.ButtonRole.RejectRole)
    ]
    wanted[0].click()


def test_a_lead_changed_meanwhile_shows_the_conflict_view_then_reapplies(
    qtbot: Any, window: Any, sandbox: Any, arun: Any
) -> None:
    search(qtbot, window, "3125550100")
    select(qtbot, window, 1)
    edit_and_confirm(qtbot, window, {"last_name": "Smyth"})
    sandbox.set_lead_field(1, "last_name", "Smith-Jones")  # another client, after the form loaded
    confirm(qtbot, window)
    qtbot.waitUntil(lambda: _visible(window, "conflictDialog"), timeout=30000)
    table = window.conflictDialog.table
    row = [table.item(0, c).text() for c in range(4)]
    assert row[1:] == ["Smith", "Smith-Jones", "Smyth"]
    assert sandbox.lead(1)["last_name"] == "Smith-Jones"  # nothing written
    assert "changed on the server" in window.statusMessage.text()
    qtbot.mouseClick(window.conflictDialog.reapply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _visible(window, "confirmDialog"), timeout=5000)
    cells = [window.confirmDialog.table.item(0, c).text() for c in range(3)]
    assert cells == ["Last name", "Smith-Jones", "Smyth"]  # previewed again against the fresh value
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.statusMessage.text().startswith("Saved lead 1"), timeout=30000)
    assert sandbox.lead(1)["last_name"] == "Smyth"
    (entry,) = journal_entries(window, arun)
    assert entry.outcome is Outcome.SAVED and entry.fields[0].before == "Smith-Jones"


def test_cancel_in_the_conflict_view_sends_nothing(qtbot: Any, window: Any, sandbox: Any, arun: Any) -> None:
    search(qtbot, window, "3125550100")
    select(qtbot, window, 8)
    edit_and_confirm(qtbot, window, {"city": "Evanston"})
    sandbox.set_lead_field(8, "status", "SALE")
    confirm(qtbot, window)
    qtbot.waitUntil(lambda: _visible(window, "conflictDialog"), timeout=30000)
    qtbot.mouseClick(window.conflictDialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nothing was sent" in window.statusMessage.text(), timeout=5000)
    assert sandbox.lead(8)["city"] == "Chicago" and window.form.edit_count() == 1
    assert journal_entries(window, arun) == []


def test_answer_lost_after_the_write_says_applied(qtbot: Any, window: Any, sandbox: Any, arun: Any) -> None:
    search(qtbot, window, "3125550103")
    select(qtbot, window, 4)
    edit_and_confirm(qtbot, window, {"last_name": "Johnston"})
    sandbox.inject(Fault.DROP_AFTER_WRITE, function="update_lead")
    confirm(qtbot, window)
    qtbot.waitUntil(lambda: _visible(window, "outcomeDialog"), timeout=30000)
    assert "was applied" in window.outcomeDialog.headline.text()
    assert not window.outcomeDialog.check_again_button.isEnabled()  # the answer is final
    assert sandbox.lead(4)["last_name"] == "Johnston"
    assert journal_entries(window, arun)[0].outcome is Outcome.SAVED


def test_answer_lost_before_the_write_says_not_applied(
    qtbot: Any, window: Any, sandbox: Any, arun: Any
) -> None:
    search(qtbot, window, "3125550103")
    select(qtbot, window, 4)
    edit_and_confirm(qtbot, window, {"last_name": "Johnston"})
    sandbox.inject(Fault.DROP_BEFORE_WRITE, function="update_lead")
    confirm(qtbot, window)
    qtbot.waitUntil(lambda: _visible(window, "outcomeDialog"), timeout=30000)
    assert "not applied" in window.outcomeDialog.headline.text()
    assert sandbox.lead(4)["last_name"] == "Johnson"
    assert updates(sandbox) == 0  # the dropped write was not applied and never re-sent
    assert journal_entries(window, arun)[0].outcome is Outcome.NOT_APPLIED


def test_journal_window_and_undo_restore_the_exact_values(
    qtbot: Any, window: Any, sandbox: Any, arun: Any
) -> None:
    original = dict(sandbox.lead(6))
    search(qtbot, window, "3125550104")
    select(qtbot, window, 6)
    edit_and_confirm(qtbot, window, {"last_name": "White-Black", "email": "carol.white@example.com"})
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    assert window.actionJournal.shortcut().toString() == "Ctrl+J"
    window.actionJournal.trigger()  # View → Change journal
    qtbot.waitUntil(
        lambda: window.writes().journal_window is not None and window.writes().journal_window.isVisible(),
        timeout=10000,
    )
    journal_window = window.writes().journal_window
    assert journal_window.model.rowCount() == 1
    assert "sandbox" in journal_window.windowTitle()
    entry_id = journal_window.model.entry(0).id
    assert journal_window.select_entry(entry_id)
    journal_window.undo_button.click()
    qtbot.waitUntil(lambda: _visible(window, "confirmDialog"), timeout=10000)
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: journal_window.model.rowCount() == 2, timeout=30000)
    after = dict(sandbox.lead(6))
    assert {k: v for k, v in after.items() if k != "modify_date"} == {
        k: v for k, v in original.items() if k != "modify_date"
    }
    undo = [e for e in journal_entries(window, arun) if e.action is Action.UNDO]
    assert len(undo) == 1 and undo[0].undo_of == entry_id and undo[0].outcome is Outcome.SAVED
    journal_window.close()


def test_the_journal_file_never_holds_the_password(
    qtbot: Any, window: Any, sandbox: Any, arun: Any, tmp_path: Any
) -> None:
    search(qtbot, window, "7185550200")
    select(qtbot, window, 9)
    edit_and_confirm(qtbot, window, {"city": "Queens"})
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    journal = arun(window.writes().journal())
    csv_path = tmp_path / "export.csv"
    rows = journal.export_csv(csv_path)
    assert rows == 1
    blob = b"".join(p.read_bytes() for p in journal.path.parent.glob("journal.sqlite3*"))
    assert b"Queens" in blob
    assert b"1234" not in blob and b"1234" not in csv_path.read_bytes()


def test_one_change_to_several_selected_leads(qtbot: Any, window: Any, sandbox: Any, arun: Any) -> None:
    search(qtbot, window, "3125550100")
    edit_together(qtbot, window, [14, 8, 1])
    assert window.form.title.text() == "One change for 3 leads"
    assert "apply to 3 leads" in window.form.saveButton.text()
    sandbox.set_lead_field(8, "city", "Evanston")  # lead 8 changes after it was listed
    window.findChild(QLineEdit, "field_owner").setText("TEAM-B")
    window.form.saveButton.click()
    several_confirm(qtbot, window).applyButton.click()
    qtbot.waitUntil(
        lambda: (
            window.writes().multi_dialog is not None
            and not window.busy
            and window.writes().multi_dialog.findChild(object, "multiLeadSummary").text() != ""
        ),
        timeout=30000,
    )
    from leadeditor.ui.outcome_dialog import MultiLeadOutcomeWidget

    widget = window.writes().multi_dialog.findChild(MultiLeadOutcomeWidget)
    assert {i: widget.outcome(i) for i in (14, 8, 1)} == {14: "saved", 8: "conflict", 1: "saved"}
    assert widget.progress.value() == 3
    assert [sandbox.lead(i)["owner"] for i in (14, 8, 1)] == ["TEAM-B", "", "TEAM-B"]
    assert sorted(e.lead_id for e in journal_entries(window, arun)) == [1, 14]


def test_an_unreadable_lead_can_be_written_after_acknowledging(
    qtbot: Any, window: Any, sandbox: Any, arun: Any
) -> None:
    sandbox.inject(Fault.HTTP_503, count=400, function="lead_all_info")  # the server cannot send lead 12
    sandbox.inject(Fault.HTTP_503, count=400, function="lead_field_info")
    search(qtbot, window, "4155550203")
    window.results.select_lead(12)
    qtbot.waitUntil(lambda: window.form.editUnknownButton.isVisible(), timeout=10000)
    assert window.form.lead is None and "failed while reading" in window.statusMessage.text()
    window.form.editUnknownButton.click()
    assert window.form.lead is not None and not window.form.lead.known
    edit_and_confirm(qtbot, window, {"city": "Skokie"})
    dialog = window.confirmDialog
    assert dialog.acknowledge is not None and not dialog.saveButton.isEnabled()
    assert dialog.table.item(0, 1).text().startswith("unknown")
    dialog.acknowledge.setChecked(True)
    assert dialog.saveButton.isEnabled()
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: sandbox.lead(12)["city"] == "Skokie", timeout=30000)
    sandbox.clear_faults()
    (entry,) = journal_entries(window, arun)
    assert entry.fields[0].before is None  # "before: unknown"


def test_advanced_menu_and_typed_confirmation(qtbot: Any, window: Any) -> None:
    from leadeditor.ui.typed_confirm import TypedConfirmDialog

    search(qtbot, window, "3125550100")
    select(qtbot, window, 1)
    window._update_advanced()
    names = [a.objectName() for a in window.advancedMenu.actions() if a.objectName()]
    assert names == ["actionResetLead", "actionDeleteLead", "actionAddLead"]
    d = TypedConfirmDialog(1, "Delete lead 1", "gone", "Delete lead", window)
    qtbot.addWidget(d)
    assert not d.confirmButton.isEnabled()
    d.input.setText("11")
    assert not d.confirmButton.isEnabled()
    d.input.setText("1")
    assert d.confirmButton.isEnabled()


def test_a_search_that_finds_nothing_offers_to_add_the_lead(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "5550001111")
    assert window.results.addLeadButton.isVisible()
    search(qtbot, window, "3125550100")
    assert not window.results.addLeadButton.isVisible()


def _typed_confirm(qtbot: Any, window: Any, lead_id: int) -> None:
    qtbot.waitUntil(lambda: _visible(window, "typedConfirmDialog"), timeout=10000)
    dialog = window.typedConfirmDialog
    assert not dialog.confirmButton.isEnabled()
    qtbot.keyClicks(dialog.input, str(lead_id))
    assert dialog.confirmButton.isEnabled()
    dialog.confirmButton.click()


def test_reset_and_delete_from_the_advanced_menu(qtbot: Any, window: Any, sandbox: Any, arun: Any) -> None:
    search(qtbot, window, "3125550103")
    select(qtbot, window, 5)
    window._update_advanced()
    assert window.actionResetLead.isEnabled() and window.actionDeleteLead.isEnabled()
    window.actionResetLead.trigger()
    _typed_confirm(qtbot, window, 5)
    qtbot.waitUntil(lambda: "was reset" in window.statusMessage.text(), timeout=30000)
    assert sandbox.lead(5)["called_since_last_reset"] == "N"
    window.actionDeleteLead.trigger()
    _typed_confirm(qtbot, window, 5)
    qtbot.waitUntil(lambda: "was deleted" in window.statusMessage.text(), timeout=30000)
    assert sandbox.lead(5) is None and window.form.lead is None
    assert [c.lead_id for c in window.results.model.candidates()] == [4]
    entries = journal_entries(window, arun)
    assert [e.action for e in entries] == [Action.DELETE, Action.RESET]
    assert entries[0].record["first_name"] == "Bob"


def test_add_as_new_lead_after_a_search_finds_nothing(
    qtbot: Any, window: Any, sandbox: Any, arun: Any
) -> None:
    search(qtbot, window, "5550001111")
    window.results.addLeadButton.click()
    qtbot.waitUntil(lambda: _visible(window, "addLeadDialog"), timeout=10000)
    dialog = window.addLeadDialog
    assert dialog.phoneNumber.text() == "5550001111" and not dialog.addButton.isEnabled()
    dialog.listId.setText("101")
    dialog.firstName.setText("Nora")
    assert dialog.addButton.isEnabled()
    before = window.completed_searches
    dialog.addButton.click()
    qtbot.waitUntil(lambda: window.completed_searches > before and not window.busy, timeout=30000)
    (entry,) = journal_entries(window, arun)
    assert entry.action is Action.INSERT and entry.outcome is Outcome.SAVED and entry.lead_id > 19
    assert [c.lead_id for c in window.results.model.candidates()] == [entry.lead_id]
    assert sandbox.lead(entry.lead_id)["first_name"] == "Nora"


def test_check_again_after_a_lost_answer_reads_without_resending(
    qtbot: Any, window: Any, sandbox: Any, arun: Any
) -> None:
    search(qtbot, window, "3125550103")
    select(qtbot, window, 4)
    wf = arun(window.workflow())

    def unreadable_after_the_check(_ctx: object) -> None:
        sandbox.inject(Fault.HTTP_503, count=400, function="lead_all_info")
        sandbox.inject(Fault.HTTP_503, count=400, function="lead_field_info")

    wf.before_write.append(unreadable_after_the_check)
    edit_and_confirm(qtbot, window, {"city": "Evanston"})
    sandbox.inject(Fault.DROP_AFTER_WRITE, function="update_lead")
    confirm(qtbot, window)
    qtbot.waitUntil(lambda: _visible(window, "outcomeDialog"), timeout=30000)
    dialog = window.outcomeDialog
    assert "still unknown" in dialog.headline.text() and dialog.check_again_button.isEnabled()
    assert journal_entries(window, arun)[0].outcome is Outcome.UNKNOWN
    sandbox.clear_faults()
    wf.before_write.remove(unreadable_after_the_check)
    dialog.check_again_button.click()
    qtbot.waitUntil(lambda: "was applied" in dialog.headline.text(), timeout=30000)
    assert journal_entries(window, arun)[0].outcome is Outcome.SAVED
    assert updates(sandbox) == 1  # applied once, never re-sent


def test_the_demo_journal_is_a_session_file_apart_from_the_real_one(
    qtbot: Any, qloop: Any, sandbox: Any, arun: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    """As `leadeditor --demo` builds it: the practice edits never reach the user's real journal."""
    from leadeditor.editing.journal import default_journal_path
    from leadeditor.editing.session import open_client
    from leadeditor.ui.main_window import MainWindow, Session

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    real = default_journal_path()
    demo = MainWindow(None, sandbox=True)
    qtbot.addWidget(demo)
    demo.show()
    demo.use_client(open_client(sandbox.url, "6666", "1234"), label="Sandbox", sandbox=True)
    search(qtbot, demo, "7185550200")
    select(qtbot, demo, 9)
    edit_and_confirm(qtbot, demo, {"city": "Queens"})
    confirm(qtbot, demo)
    wait_idle(qtbot, demo)
    journal = arun(demo.writes().journal())
    assert [e.lead_id for e in journal.query()] == [9]
    assert journal.path != real and not real.exists()
    assert "this session only" in demo.journal_title()
    # a real server profile uses the data folder
    other = MainWindow(Session(sandbox.url, "6666", False, "Chicago floor"), sandbox=False)
    qtbot.addWidget(other)
    assert other.journal_location() == real
    demo._close_confirmed = other._close_confirmed = True


def test_undo_from_the_journal_keeps_unsaved_edits_in_the_form(
    qtbot: Any, window: Any, sandbox: Any, arun: Any
) -> None:
    search(qtbot, window, "7185550200")
    select(qtbot, window, 9)
    edit_and_confirm(qtbot, window, {"city": "Queens"})
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    window.findChild(QLineEdit, "field_first_name").setText("Danielle")  # not saved yet
    entry = journal_entries(window, arun)[0]
    window.spawn(window.undo(entry.id))
    qtbot.waitUntil(lambda: _visible(window, "confirmDialog"), timeout=10000)
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    assert sandbox.lead(9)["city"] == "New York"
    assert window.form.edit_count() == 1  # the user's own edit is still there
    assert window.findChild(QLineEdit, "field_first_name").text() == "Danielle"


def test_cancel_stops_a_multi_lead_change_before_the_next_lead(
    qtbot: Any, window: Any, sandbox: Any, arun: Any
) -> None:
    from leadeditor.ui.outcome_dialog import MultiLeadOutcomeWidget

    search(qtbot, window, "3125550100")
    edit_together(qtbot, window, [14, 8, 1])
    window.findChild(QLineEdit, "field_owner").setText("TEAM-C")
    sandbox.inject(Fault.LATENCY, function="update_lead", seconds=1.0)  # the first write takes a while
    window.form.saveButton.click()
    several_confirm(qtbot, window).applyButton.click()
    qtbot.waitUntil(lambda: window.writes().multi_dialog is not None, timeout=10000)
    widget = window.writes().multi_dialog.findChild(MultiLeadOutcomeWidget)
    qtbot.waitUntil(lambda: widget.table.item(0, 1).text() == "Working…", timeout=10000)
    widget.cancel_button.click()
    qtbot.waitUntil(lambda: widget.summary.text().startswith("Cancelled"), timeout=30000)
    assert {i: widget.outcome(i) for i in (14, 8, 1)} == {14: "saved", 8: "skipped", 1: "skipped"}
    assert [sandbox.lead(i)["owner"] for i in (14, 8, 1)] == ["TEAM-C", "", ""]
    assert [e.lead_id for e in journal_entries(window, arun)] == [14]
