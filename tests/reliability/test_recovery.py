"""Issue 11, crash recovery through the real window and sandbox: a write cut off by kill -9 is listed after
the next sign-in and resolved by reading; unsaved edits survive as a draft and come back; a damaged or
refusing journal never locks anyone out; each damaged-file notice is shown once, without blocking the
window."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from testkit.children import child_environment

from leadeditor.editing.drafts import DRAFTS_FILE, DraftKey, DraftStore
from leadeditor.editing.journal import SCHEMA_VERSION, Action, Journal, Outcome
from leadeditor.sandbox import Fault
from leadeditor.ui.draft_keeper import DRAFT_PAUSE_MS

_CHILD = """
import sys
from pathlib import Path
from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.session import open_client, open_session

url, journal_path = sys.argv[1], sys.argv[2]
client = open_client(url, "6666", "1234")
session = open_session(client, journal_path=Path(journal_path), profile="Sandbox")
wf = session.workflow
changes = ChangeSet(wf.read(4))
changes.set("last_name", "Johnston")
print("saving", flush=True)
wf.save(changes)  # the sandbox hangs on the write: the parent kills this process meanwhile
print("finished", flush=True)
"""


def _signed_in(qtbot: Any, arun: Any, sandbox: Any, journal_path: Path) -> Any:
    """A fresh start of the app on `journal_path`, signed in to the sandbox (as after a restart)."""
    from leadeditor.app import open_main_window

    window = open_main_window(sandbox.url, "6666", "1234", label="Sandbox")
    qtbot.addWidget(window)
    window.journal_path = journal_path
    assert arun(window.check_access())
    qtbot.waitUntil(lambda: window.drafts() is not None and not window.busy, timeout=10000)
    return window


def _search_and_select(qtbot: Any, window: Any, phone: str, lead_id: int) -> None:
    window.searchPane.phoneInput.setText(phone)
    before = window.completed_searches
    qtbot.keyClick(window.searchPane.phoneInput, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.completed_searches > before and not window.busy, timeout=30000)
    window.results.select_lead(lead_id)
    qtbot.waitUntil(
        lambda: window.form.lead is not None and window.form.lead.lead_id == lead_id and not window.busy,
        timeout=30000,
    )


def _save(qtbot: Any, window: Any) -> None:
    outcome = window.last_outcome
    window.form.saveButton.click()
    qtbot.waitUntil(
        lambda: window.confirmDialog is not None and window.confirmDialog.isVisible(), timeout=5000
    )
    window.confirmDialog.saveButton.click()
    qtbot.waitUntil(lambda: window.last_outcome is not outcome and not window.busy, timeout=30000)


def _lead_writes(sandbox: Any, lead_id: int) -> list[Any]:
    """The writing update_lead calls to one lead (the sign-in's permission probe names no lead)."""
    return [r for r in sandbox.request_log.writes() if r.params.get("lead_id") == str(lead_id)]


def _close(window: Any) -> None:
    window._close_confirmed = True
    window.close()


def test_a_write_cut_off_by_kill_9_is_listed_at_start_and_resolved_by_reading(
    qtbot: Any, arun: Any, sandbox_factory: Any, tmp_path: Path
) -> None:
    sandbox = sandbox_factory(faults=[(Fault.HANG, {"function": "write", "seconds": 8})])
    journal_path = tmp_path / "data" / "journal.sqlite3"
    script = tmp_path / "child.py"
    script.write_text(_CHILD, encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, str(script), sandbox.url, str(journal_path)],
        env=child_environment(tmp_path / "home"),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not _lead_writes(sandbox, 4) and time.monotonic() < deadline:
            assert child.poll() is None, "the child ended before it sent its write"
            time.sleep(0.05)
        assert len(_lead_writes(sandbox, 4)) == 1  # the write is on its way: the server hangs on it
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    with Journal(journal_path) as journal:
        (cut,) = journal.query()
        assert cut.outcome is Outcome.UNKNOWN and not cut.completed  # the intent, journaled before sending

    window = _signed_in(qtbot, arun, sandbox, journal_path)
    qtbot.waitUntil(
        lambda: window.recoveryDialog is not None and window.recoveryDialog.isVisible(), timeout=10000
    )
    dialog = window.recoveryDialog
    assert not dialog.isModal()
    line = dialog.lines[f"unknown_{cut.id}"].text()
    assert line.startswith("Lead 4: a save at") and "“Johnston”" in line and "unknown" in line
    reads_before = len(sandbox.request_log)
    dialog.buttons[f"checkNow_{cut.id}"].click()
    qtbot.waitUntil(lambda: "not applied" in dialog.lines[f"unknown_{cut.id}"].text(), timeout=15000)
    assert len(_lead_writes(sandbox, 4)) == 1  # resolved by reading: never sent again
    assert all(not r.is_write for r in sandbox.request_log.since(reads_before))
    assert not dialog.buttons[f"checkNow_{cut.id}"].isEnabled()
    resolved = arun(window.journal()).get(cut.id)
    assert resolved.outcome is Outcome.NOT_APPLIED and resolved.completed
    assert sandbox.lead(4)["last_name"] == "Johnson"
    _close(window)
    again = _signed_in(qtbot, arun, sandbox, journal_path)  # resolved: not listed at the next start
    qtbot.wait(300)
    assert again.recoveryDialog is None
    _close(again)


def test_unsaved_edits_are_kept_as_a_draft_and_offered_back_after_a_restart(
    qtbot: Any, arun: Any, sandbox: Any, tmp_path: Path
) -> None:
    journal_path = tmp_path / "data" / "journal.sqlite3"
    drafts_path = journal_path.with_name(DRAFTS_FILE)
    window = _signed_in(qtbot, arun, sandbox, journal_path)
    _search_and_select(qtbot, window, "3125550103", 4)
    window.findChild(QLineEdit, "field_last_name").setText("Johnston")
    key = DraftKey(sandbox.url, "6666", 4)
    qtbot.waitUntil(
        lambda: drafts_path.exists() and DraftStore(drafts_path).get(key) is not None,
        timeout=DRAFT_PAUSE_MS * 5,
    )
    assert DraftStore(drafts_path).get(key).edits == {"last_name": "Johnston"}
    assert "1234" not in drafts_path.read_text(encoding="utf-8")
    window.deleteLater()  # a crash: the window is gone without asking about its edits
    with qtbot.waitSignal(window.destroyed, timeout=5000):
        pass
    del window
    gc.collect()  # its Python side too (a cycle may hold it), or qtbot's teardown closes a deleted window

    sandbox.set_lead_field(4, "last_name", "Johnsen")  # changed on the server meanwhile
    window = _signed_in(qtbot, arun, sandbox, journal_path)
    qtbot.waitUntil(
        lambda: window.recoveryDialog is not None and window.recoveryDialog.isVisible(), timeout=10000
    )
    dialog = window.recoveryDialog
    assert dialog.lines["draft_4"].text().startswith("Lead 4: unsaved changes from ")
    assert "last name → “Johnston”" in dialog.lines["draft_4"].text()
    dialog.buttons["restoreDraft_4"].click()
    qtbot.waitUntil(lambda: window.form.lead is not None and window.form.lead.lead_id == 4, timeout=10000)
    qtbot.waitUntil(lambda: window.form.edit_count() == 1, timeout=5000)
    assert window.form.lead.value("last_name") == "Johnsen"  # loaded fresh
    assert window.findChild(QLineEdit, "field_last_name").text() == "Johnston"  # the edit re-applied
    assert "changed on the server since then (last name)" in window.statusMessage.text()
    _save(qtbot, window)
    assert sandbox.lead(4)["last_name"] == "Johnston"
    qtbot.waitUntil(lambda: DraftStore(drafts_path).get(key) is None, timeout=DRAFT_PAUSE_MS * 5)
    _close(window)


def test_discarding_a_draft_removes_it(qtbot: Any, arun: Any, sandbox: Any, tmp_path: Path) -> None:
    journal_path = tmp_path / "data" / "journal.sqlite3"
    store = DraftStore(journal_path.with_name(DRAFTS_FILE))
    store.put(DraftKey(sandbox.url, "6666", 9), {"city": "New York"}, {"city": "Queens"})
    store.put(DraftKey("https://other.example.com", "6666", 9), {"city": "New York"}, {"city": "Bronx"})
    window = _signed_in(qtbot, arun, sandbox, journal_path)
    qtbot.waitUntil(lambda: window.recoveryDialog is not None, timeout=10000)
    assert set(window.recoveryDialog.lines) == {"draft_9"}  # only this server's drafts
    window.recoveryDialog.buttons["discardDraft_9"].click()
    assert DraftStore(store.path).for_server(sandbox.url, "6666") == []
    assert len(DraftStore(store.path).all()) == 1  # the other server's draft is kept
    assert sandbox.lead(9)["city"] == "New York"
    _close(window)


def test_with_a_damaged_journal_the_app_signs_in_searches_and_saves(
    qtbot: Any, arun: Any, sandbox: Any, tmp_path: Path
) -> None:
    journal_path = tmp_path / "data" / "journal.sqlite3"
    journal_path.parent.mkdir(parents=True)
    journal_path.write_bytes(b"this is not a database\x00" * 100)
    window = _signed_in(qtbot, arun, sandbox, journal_path)
    qtbot.waitUntil(lambda: len(window.fileNotices) == 1, timeout=10000)
    notice = window.fileNotices[0]
    assert isinstance(notice, QMessageBox) and notice.isVisible() and not notice.isModal()
    moved = sorted(journal_path.parent.glob("journal.sqlite3.broken-*"))
    assert len(moved) == 1 and moved[0].read_bytes().startswith(b"this is not a database")
    assert str(moved[0]) in notice.text() and "new, empty journal" in notice.text()
    _search_and_select(qtbot, window, "7185550200", 9)
    window.findChild(QLineEdit, "field_city").setText("Queens")
    _save(qtbot, window)
    assert sandbox.lead(9)["city"] == "Queens"
    (entry,) = arun(window.journal()).query()
    assert entry.action is Action.UPDATE and entry.outcome is Outcome.SAVED
    window.show_file_notices()
    assert len(window.fileNotices) == 1  # shown once
    _close(window)


def test_a_journal_that_refuses_writes_lets_the_user_search_but_stops_a_save_before_sending(
    qtbot: Any, arun: Any, sandbox: Any, tmp_path: Path
) -> None:
    import sqlite3

    journal_path = tmp_path / "data" / "journal.sqlite3"
    Journal(journal_path).close()
    with sqlite3.connect(journal_path) as db:
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")  # written by a newer Lead Editor
    window = _signed_in(qtbot, arun, sandbox, journal_path)
    _search_and_select(qtbot, window, "7185550200", 9)
    window.findChild(QLineEdit, "field_city").setText("Queens")
    window.form.saveButton.click()
    qtbot.waitUntil(lambda: window.statusMessage.text().startswith("Nothing was sent"), timeout=10000)
    assert "newer Lead Editor" in window.statusMessage.text()
    assert window.confirmDialog is None  # refused before the confirmation, so before anything is sent
    assert _lead_writes(sandbox, 9) == []
    assert sandbox.lead(9)["city"] == "New York"
    assert window.form.edit_count() == 1  # the edit is kept
    _close(window)


def test_a_settings_file_set_aside_before_the_paint_is_told_once_after_it(qtbot: Any, tmp_path: Path) -> None:
    from leadeditor.damaged_files import FileKind, move_aside
    from leadeditor.ui.main_window import MainWindow

    settings = tmp_path / "settings.json"
    settings.write_text("{ not json", encoding="utf-8")
    notice = move_aside(FileKind.SETTINGS, settings, "Expecting property name")
    window = MainWindow(None)
    qtbot.addWidget(window)
    assert window.fileNotices == []  # nothing before the window has painted
    window.show()
    qtbot.waitUntil(lambda: len(window.fileNotices) == 1, timeout=5000)
    box = window.fileNotices[0]
    assert box.isVisible() and not box.isModal() and window.isEnabled()
    assert "default settings" in box.text() and str(notice.moved_to) in box.text()
    assert "Expecting" not in box.text()  # the reader's own words stay in the log
    window.show_file_notices()
    assert len(window.fileNotices) == 1
    window._close_confirmed = True


def test_check_now_resolves_a_cut_off_deletion_and_insert_in_the_window(
    qtbot: Any, arun: Any, sandbox: Any, tmp_path: Path
) -> None:
    from leadeditor.editing.journal import FieldRecord, JournalContext

    journal_path = tmp_path / "data" / "journal.sqlite3"
    ctx = JournalContext("Sandbox", sandbox.url, "6666")
    with Journal(journal_path) as journal:  # what kill -9 leaves: intents never completed
        deleted = journal.begin(ctx, 4, Action.DELETE, [], record={"last_name": "Johnson"})
        added = journal.begin(
            ctx,
            0,
            Action.INSERT,
            [
                FieldRecord("phone_code", None, "1"),
                FieldRecord("phone_number", None, "3125557779"),
                FieldRecord("list_id", None, "101"),
            ],
        )
    sandbox.remove_lead(4)  # the deletion had landed; the insert had not
    window = _signed_in(qtbot, arun, sandbox, journal_path)
    qtbot.waitUntil(
        lambda: window.recoveryDialog is not None and window.recoveryDialog.isVisible(), timeout=10000
    )
    dialog = window.recoveryDialog
    assert "deletion" in dialog.lines[f"unknown_{deleted}"].text()
    assert "3125557779" in dialog.lines[f"unknown_{added}"].text()
    writes = len(sandbox.request_log.writes())
    dialog.buttons[f"checkNow_{deleted}"].click()
    dialog.buttons[f"checkNow_{added}"].click()
    qtbot.waitUntil(
        lambda: (
            "no longer exists" in dialog.lines[f"unknown_{deleted}"].text()
            and "was not added" in dialog.lines[f"unknown_{added}"].text()
        ),
        timeout=15000,
    )
    assert len(sandbox.request_log.writes()) == writes  # resolved by reading: nothing sent again
    journal = arun(window.journal())
    assert journal.get(deleted).outcome is Outcome.SAVED and journal.get(added).outcome is Outcome.NOT_APPLIED
    assert not dialog.buttons[f"checkNow_{deleted}"].isEnabled()
    _close(window)
