"""Writes left "unknown" are found per server and user, and resolved by one read of the lead (sandbox)."""

from __future__ import annotations

from typing import Any

import pytest

from leadeditor.editing.journal import Action, FieldRecord, Journal, JournalContext, Outcome
from leadeditor.editing.recovery import check_write
from leadeditor.editing.safety import ResolutionState


def _cut_off(
    journal: Journal, ctx: JournalContext, lead_id: int, column: str, before: str, requested: str
) -> int:
    """An intent recorded before sending, never completed: what kill -9 mid-save leaves."""
    return journal.begin(ctx, lead_id, Action.UPDATE, [FieldRecord(column, before, requested)])


def test_unknown_writes_are_listed_per_server_and_user(journal: Journal) -> None:
    here = JournalContext("Sandbox", "http://127.0.0.1:1", "6666")
    mine = _cut_off(journal, here, 4, "last_name", "Johnson", "Johnston")
    _cut_off(journal, JournalContext("Other", "https://other.example.com", "6666"), 4, "city", "A", "B")
    _cut_off(journal, JournalContext("Sandbox", "http://127.0.0.1:1", "7777"), 4, "city", "A", "B")
    done = _cut_off(journal, here, 5, "city", "A", "B")
    journal.finish(done, Outcome.SAVED, stored={"city": "B"})
    assert [e.id for e in journal.unknown_writes("http://127.0.0.1:1", "6666")] == [mine]


def test_check_now_reads_once_and_records_an_applied_write(
    sandbox: Any, client: Any, journal: Journal, wf: Any
) -> None:
    ctx = JournalContext("Sandbox", sandbox.url, "6666")
    entry_id = _cut_off(journal, ctx, 4, "last_name", "Johnson", "Johnston")
    sandbox.set_lead_field(4, "last_name", "Johnston")  # the write had landed before the crash
    mark = len(sandbox.request_log)
    checked = check_write(journal.get(entry_id), wf, journal)
    assert checked.resolution.state is ResolutionState.APPLIED
    entry = journal.get(entry_id)
    assert entry.outcome is Outcome.SAVED and entry.completed
    assert entry.fields[0].stored == "Johnston"
    assert entry.answer[-1] == "(checked by reading the lead back: applied)"
    sent = sandbox.request_log.since(mark)
    assert sent and all(not r.is_write and r.function != "update_lead" for r in sent)  # reads only


def test_check_now_refuses_what_a_read_cannot_judge(sandbox: Any, journal: Journal, wf: Any) -> None:
    ctx = JournalContext("Sandbox", sandbox.url, "6666")
    entry_id = journal.begin(ctx, 4, Action.RESET, [])
    with pytest.raises(ValueError, match="cannot be judged"):
        check_write(journal.get(entry_id), wf, journal)
    assert journal.get(entry_id).outcome is Outcome.UNKNOWN
