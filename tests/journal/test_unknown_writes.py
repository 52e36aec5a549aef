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
    entry_id = journal.begin(ctx, 0, Action.INSERT, [])  # an insert with no phone number to search by
    with pytest.raises(ValueError, match="cannot be judged"):
        check_write(journal.get(entry_id), wf, journal)
    assert journal.get(entry_id).outcome is Outcome.UNKNOWN


def _reads_only(sandbox: Any, mark: int) -> bool:
    sent = sandbox.request_log.since(mark)
    return bool(sent) and all(not r.is_write for r in sent)


@pytest.mark.parametrize(
    ("landed", "state", "outcome"),
    [
        (True, ResolutionState.APPLIED, Outcome.SAVED),
        (False, ResolutionState.NOT_APPLIED, Outcome.NOT_APPLIED),
    ],
)
def test_check_now_judges_a_cut_off_deletion_by_whether_the_lead_still_exists(
    sandbox: Any, journal: Journal, wf: Any, landed: bool, state: ResolutionState, outcome: Outcome
) -> None:
    ctx = JournalContext("Sandbox", sandbox.url, "6666")
    entry_id = journal.begin(ctx, 4, Action.DELETE, [], record={"last_name": "Johnson"})
    if landed:
        sandbox.remove_lead(4)  # the deletion had landed before the crash
    mark = len(sandbox.request_log)
    checked = check_write(journal.get(entry_id), wf, journal)
    assert checked.state is state and checked.final
    entry = journal.get(entry_id)
    assert entry.outcome is outcome and entry.completed
    assert entry.answer[-1] == f"(checked by reading the lead back: {state.value})"
    assert _reads_only(sandbox, mark)  # never deleted again
    assert (sandbox.lead(4) is None) is landed


def test_check_now_judges_a_cut_off_reset_by_reading_called_since_last_reset(
    sandbox: Any, journal: Journal, wf: Any
) -> None:
    ctx = JournalContext("Sandbox", sandbox.url, "6666")
    sandbox.set_lead_field(4, "called_since_last_reset", "Y")
    entry_id = journal.begin(ctx, 4, Action.RESET, [FieldRecord("called_since_last_reset", "Y", "N")])
    mark = len(sandbox.request_log)
    still = check_write(journal.get(entry_id), wf, journal)  # the reset never reached the server
    assert still.state is ResolutionState.UNKNOWN and not still.final
    assert journal.get(entry_id).outcome is Outcome.UNKNOWN
    assert _reads_only(sandbox, mark) and sandbox.lead(4)["called_since_last_reset"] == "Y"

    sandbox.set_lead_field(4, "called_since_last_reset", "N")  # it had landed after all
    checked = check_write(journal.get(entry_id), wf, journal)
    assert checked.state is ResolutionState.APPLIED
    entry = journal.get(entry_id)
    assert entry.outcome is Outcome.SAVED and entry.completed
    assert entry.fields[0].stored == "N"


def _cut_insert(journal: Journal, ctx: JournalContext, phone: str) -> int:
    fields = [
        FieldRecord("phone_code", None, "1"),
        FieldRecord("phone_number", None, phone),
        FieldRecord("list_id", None, "101"),
        FieldRecord("last_name", None, "Newman"),
    ]
    return journal.begin(ctx, 0, Action.INSERT, fields)


def test_check_now_finds_a_cut_off_insert_by_its_phone_number(
    sandbox: Any, client: Any, journal: Journal, wf: Any
) -> None:
    ctx = JournalContext("Sandbox", sandbox.url, "6666")
    entry_id = _cut_insert(journal, ctx, "3125557777")
    new_id = client.insert_lead(
        "1", "3125557777", 101, {"last_name": "Newman"}
    ).lead_id  # landed, then the crash
    writes = len(sandbox.request_log.writes())
    mark = len(sandbox.request_log)
    checked = check_write(journal.get(entry_id), wf, journal)
    assert checked.state is ResolutionState.APPLIED and checked.lead_id == new_id > 0
    entry = journal.get(entry_id)
    assert entry.outcome is Outcome.SAVED and entry.completed and entry.lead_id == new_id
    assert _reads_only(sandbox, mark) and len(sandbox.request_log.writes()) == writes


def test_check_now_says_a_cut_off_insert_was_not_added_when_no_lead_has_its_phone(
    sandbox: Any, journal: Journal, wf: Any
) -> None:
    ctx = JournalContext("Sandbox", sandbox.url, "6666")
    entry_id = _cut_insert(journal, ctx, "3125557778")
    mark = len(sandbox.request_log)
    checked = check_write(journal.get(entry_id), wf, journal)
    assert checked.state is ResolutionState.NOT_APPLIED and checked.lead_id == 0
    entry = journal.get(entry_id)
    assert entry.outcome is Outcome.NOT_APPLIED and entry.completed and entry.lead_id == 0
    assert _reads_only(sandbox, mark)  # never inserted by the check
