"""Issue 11: lost updates and reverts after a verified save are detected (a re-read after the settle delay,
and again when the lead is next shown), told in a visible notice, marked in the journal, and re-applied only
through the normal safe path."""

from __future__ import annotations

from typing import Any

from test_safe_writes import _visible, confirm, edit_and_confirm, journal_entries, wait_idle
from ui_helpers import search, select

from leadeditor.editing.journal import Outcome
from leadeditor.settings import DEFAULT_SETTLE_SECONDS, Settings
from leadeditor.ui.texts import journal_note_text

NOTICE = (
    "Lead 4: last name was changed again after your save: now 'Johnson'. Changed by another user or by the "
    "agent's screen."
)


def _save_johnston(qtbot: Any, window: Any, settle: float) -> None:
    window.writes().settle_seconds = settle
    search(qtbot, window, "3125550103")
    select(qtbot, window, 4)
    edit_and_confirm(qtbot, window, {"last_name": "Johnston"})
    confirm(qtbot, window)
    wait_idle(qtbot, window)


def test_a_revert_after_the_settle_delay_raises_a_notice_and_marks_the_journal(
    qtbot: Any, window: Any, sandbox: Any, arun: Any
) -> None:
    _save_johnston(qtbot, window, 1.0)
    assert sandbox.lead(4)["last_name"] == "Johnston"
    sandbox.set_lead_field(4, "last_name", "Johnson")  # the agent's disposition puts the old name back
    qtbot.waitUntil(lambda: _visible(window.writes(), "overwrittenNotice"), timeout=10000)
    assert NOTICE in window.writes().overwrittenNotice.text()
    assert NOTICE in window.statusMessage.text()
    entry = journal_entries(window, arun)[0]
    assert entry.outcome is Outcome.OVERWRITTEN and journal_note_text(entry.note).startswith(
        "Overwritten later"
    )
    assert entry.fields[0].stored == "Johnston"  # what the save stored stays recorded
    assert "last_name now 'Johnson' (saved 'Johnston')" in entry.answer[-1]
    assert len(sandbox.request_log.writes()) == 1  # told, never re-sent by itself


def test_re_apply_goes_through_the_confirm_dialog(qtbot: Any, window: Any, sandbox: Any, arun: Any) -> None:
    _save_johnston(qtbot, window, 0.5)
    sandbox.set_lead_field(4, "last_name", "Johnson")
    qtbot.waitUntil(lambda: _visible(window.writes(), "overwrittenNotice"), timeout=10000)
    notice = window.writes().overwrittenNotice
    next(b for b in notice.buttons() if b.objectName() == "overwrittenReapply").click()
    qtbot.waitUntil(lambda: _visible(window, "confirmDialog"), timeout=10000)
    assert len(sandbox.request_log.writes()) == 1  # nothing sent before the user confirms
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    assert sandbox.lead(4)["last_name"] == "Johnston" and len(sandbox.request_log.writes()) == 2


def test_a_revert_is_caught_when_the_lead_is_next_shown(qtbot: Any, window: Any, sandbox: Any) -> None:
    _save_johnston(qtbot, window, 3600)  # the timer will not fire during the test
    sandbox.set_lead_field(4, "last_name", "Johnson")
    select(qtbot, window, 5)
    select(qtbot, window, 4)
    qtbot.waitUntil(lambda: _visible(window.writes(), "overwrittenNotice"), timeout=10000)
    assert NOTICE in window.writes().overwrittenNotice.text()


def test_no_notice_when_the_save_still_holds(qtbot: Any, window: Any, sandbox: Any) -> None:
    _save_johnston(qtbot, window, 0.3)
    reads = len(sandbox.request_log.of("lead_all_info"))
    qtbot.waitUntil(lambda: len(sandbox.request_log.of("lead_all_info")) > reads, timeout=10000)
    qtbot.wait(300)
    assert not _visible(window.writes(), "overwrittenNotice")


def test_quitting_cancels_the_settle_read(qtbot: Any, window: Any, sandbox: Any) -> None:
    _save_johnston(qtbot, window, 0.5)
    reads = len(sandbox.request_log.of("lead_all_info"))
    window._close_confirmed = True
    window.close()
    qtbot.wait(1000)
    assert len(sandbox.request_log.of("lead_all_info")) == reads


def test_the_settle_delay_lives_in_the_settings(tmp_path: Any) -> None:
    settings = Settings(tmp_path / "settings.json")
    assert settings.settle_seconds() == DEFAULT_SETTLE_SECONDS == 20.0
    settings.set("writes", {"settle_seconds": 5})
    assert settings.settle_seconds() == 5.0
    settings.set("writes", {"settle_seconds": "soon"})
    assert settings.settle_seconds() == DEFAULT_SETTLE_SECONDS
