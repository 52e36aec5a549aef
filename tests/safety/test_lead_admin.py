"""Reset, delete and add-as-new-lead through `editing.lead_admin`, journaled, against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest

from leadeditor.editing.journal import Action, Journal, Outcome
from leadeditor.editing.lead_admin import NotSupported, delete_lead, insert_lead, reset_lead, supported
from leadeditor.editing.safety import ResolutionState
from leadeditor.editing.workflow import CorrectionWorkflow
from leadeditor.sandbox import Fault
from leadeditor.ui.texts import note_text
from leadeditor.vicidial.client import VicidialClient
from leadeditor.vicidial.value_notes import ValueRefused


def test_the_client_offers_every_advanced_call(sandbox: Any) -> None:
    assert supported(VicidialClient(sandbox.url, "6666", "1234")) == {
        "reset": True,
        "delete": True,
        "insert": True,
    }
    assert supported(object()) == {"reset": False, "delete": False, "insert": False}
    with pytest.raises(NotSupported):
        reset_lead(CorrectionWorkflow(object()), 5)  # type: ignore[arg-type]


def test_reset_is_journaled_with_the_value_before(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    assert sandbox.lead(5)["called_since_last_reset"] == "Y"
    out = reset_lead(wf, 5)
    assert out.done and sandbox.lead(5)["called_since_last_reset"] == "N"
    (entry,) = journal.query()
    assert entry.action is Action.RESET and entry.outcome is Outcome.SAVED
    assert [(f.column, f.before, f.requested, f.stored) for f in entry.fields] == [
        ("called_since_last_reset", "Y", "N", "N")
    ]


def test_delete_keeps_the_full_record_in_the_journal(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    out = delete_lead(wf, 12)
    assert out.done and sandbox.lead(12) is None
    (entry,) = journal.query()
    assert entry.action is Action.DELETE and entry.outcome is Outcome.SAVED
    assert entry.record["first_name"] == "Greg" and entry.record["phone_number"] == "4155550203"
    assert entry.record["comments"] == "has comment"


def test_a_delete_whose_answer_is_lost_is_resolved_by_reading(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    sandbox.inject(Fault.DROP_AFTER_WRITE, function="update_lead")
    out = delete_lead(wf, 13)
    assert out.state is ResolutionState.APPLIED and sandbox.lead(13) is None
    assert journal.query()[0].outcome is Outcome.SAVED
    sandbox.inject(Fault.DROP_BEFORE_WRITE, function="update_lead")
    out = delete_lead(wf, 16)
    assert out.state is ResolutionState.NOT_APPLIED and sandbox.lead(16) is not None
    writes = [r.params for r in sandbox.request_log if r.params.get("function") == "update_lead"]
    assert len(writes) == 2  # one per delete: never re-sent


def test_add_as_new_lead_never_sends_blank_and_is_journaled(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    with pytest.raises(ValueRefused) as info:
        insert_lead(wf, "1", "3125559999", 101, {"first_name": "--BLANK--"})
    assert "BLANK" in note_text(info.value.note) and "first_name" in note_text(info.value.note)
    values = {"first_name": "Nora", "last_name": "", "city": "Chicago"}
    out = insert_lead(wf, "1", "312-555-9999", 101, values)
    assert out.done and out.lead_id > 19
    lead = sandbox.lead(out.lead_id)
    assert (lead["phone_number"], lead["list_id"], lead["first_name"], lead["last_name"]) == (
        "3125559999",
        "101",
        "Nora",
        "",
    )
    writes = [r.params for r in sandbox.request_log if r.params.get("function") == "update_lead"]
    assert all("--BLANK--" not in v for w in writes for v in w.values())
    assert "last_name" not in writes[-1]  # empty values are left out
    (entry,) = journal.query()
    assert entry.action is Action.INSERT and entry.lead_id == out.lead_id and entry.outcome is Outcome.SAVED
    again = insert_lead(wf, "1", "3125559999", 101)
    assert not again.done and again.lead_id == out.lead_id  # a lead has this number now: not added twice


def test_deleting_a_lead_with_custom_fields_keeps_them_in_the_record(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    custom = sandbox.custom_value(6, "favorite_color")
    assert custom is not None
    out = delete_lead(wf, 6)
    assert out.done and sandbox.lead(6) is None
    assert sandbox.custom_value(6, "favorite_color") is None  # no orphaned custom row
    assert journal.query()[0].record["custom:favorite_color"] == custom


def test_a_lead_that_lead_all_info_cannot_read_is_deleted_from_a_field_by_field_record(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    # Lead 2 holds "O'Brien": with PHP 8 errors on, lead_all_info fails on it; here the whole read fails
    # (its answer drops, twice: the client retries a read once), so only lead_field_info can read it.
    assert sandbox.php8_errors and sandbox.lead(2)["last_name"] == "O'Brien"
    sandbox.inject(Fault.DROP_BEFORE_WRITE, count=2, function="lead_all_info")
    out = delete_lead(wf, 2)
    assert out.done and sandbox.lead(2) is None
    (entry,) = journal.query()
    assert entry.action is Action.DELETE and entry.outcome is Outcome.SAVED
    assert entry.record["last_name"] == "O'Brien" and entry.record["phone_number"] == "3125550101"
    field_reads = [r.params for r in sandbox.request_log if r.params.get("function") == "lead_field_info"]
    assert len(field_reads) >= 30  # every standard column, one request each


def test_the_apostrophe_lead_is_reset_and_deleted_with_php8_errors_on(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    sandbox.set_lead_field(2, "called_since_last_reset", "Y")
    out = reset_lead(wf, 2)
    assert out.done and sandbox.lead(2)["called_since_last_reset"] == "N"
    out = delete_lead(wf, 2)
    assert out.done and sandbox.lead(2) is None
    reset, delete = sorted(journal.query(), key=lambda e: e.id)
    assert reset.fields[0].before == "Y" and reset.fields[0].stored == "N"
    assert delete.record["last_name"] == "O'Brien"


def test_a_delete_whose_lead_is_not_read_in_time_sends_nothing(
    sandbox: Any, journal: Journal, make_client: Any
) -> None:
    from leadeditor.editing.outcomes import AdminReason
    from leadeditor.editing.session import open_session

    sandbox.inject(Fault.HANG, count=10, function="lead_all_info", seconds=3)
    with make_client(sandbox, timeout=(1, 1.0)) as slow:
        out = delete_lead(open_session(slow, journal=journal, profile="Sandbox").workflow, 4)
    assert out.reason is AdminReason.NO_ANSWER_BEFORE and not out.done
    assert sandbox.lead(4) is not None and sandbox.request_log.writes() == []
    assert len(sandbox.request_log.of("lead_all_info")) == 2  # the read and its one retry, in the budget
    assert sandbox.request_log.of("lead_field_info") == []  # no field-by-field reads after a timeout
    assert journal.query() == []  # nothing was sent, so nothing is journaled
