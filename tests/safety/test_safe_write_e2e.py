"""End to end: the safety pieces with the real client against the sandbox over real HTTP, faults included.

`safe_update` below is the reference order of calls for the correction workflow (before the write, after it,
and on a lost answer); the workflow of the main window follows the same order through its hooks.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from testkit.sandboxes import SandboxFactory

from leadeditor.editing.journal import (
    Action,
    FieldRecord,
    Journal,
    JournalContext,
    Outcome,
    outcome_of_resolution,
    outcome_of_verification,
)
from leadeditor.editing.safety import (
    Changes,
    Conflict,
    Resolution,
    ResolutionState,
    detect_conflicts,
    multi_lead_plan,
    predict_all,
    rebase_changes,
    resolve_unknown_outcome,
    undo_changes,
    values_of,
    verify_saved,
)
from leadeditor.sandbox import Fault
from leadeditor.vicidial import errors
from leadeditor.vicidial.client import VicidialClient
from leadeditor.vicidial.fields import BLANK

USER, PASSWORD = "6666", "1234"


@pytest.fixture
def ctx(sandbox: Any) -> JournalContext:
    return JournalContext("Sandbox", sandbox.url, USER, PASSWORD)


@dataclass
class WriteReport:
    entry_id: int | None
    outcome: Outcome | None
    conflicts: list[Conflict]
    resolution: Resolution | None = None


def safe_update(
    client: VicidialClient,
    journal: Journal,
    ctx: JournalContext,
    lead_id: int,
    loaded: dict[str, str],
    changes: Changes,
    *,
    action: Action = Action.UPDATE,
    undo_of: int | None = None,
    update_phone_number: bool = False,
) -> WriteReport:
    """The order of a safe write: re-read, conflict check, journal, write, read back, verify, journal."""
    # 1. just before writing: a fresh read, compared with what the form loaded
    fresh = values_of(client.read_lead(lead_id))
    conflicts = detect_conflicts(loaded, fresh, changes)
    if conflicts:
        return WriteReport(None, None, conflicts)  # nothing journaled: nothing was sent
    predicted = predict_all(changes)
    # 2. journal the intent before sending: a crash from here on leaves an "unknown" entry, which is true
    entry_id = journal.begin(
        ctx, lead_id, action, [FieldRecord(c, fresh.get(c), v) for c, v in changes.items()], undo_of=undo_of
    )
    try:
        result = client.update(lead_id, changes, update_phone_number=update_phone_number)
    except errors.UnknownOutcome as exc:
        # 3a. never re-sent: read back and judge
        journal.finish(entry_id, Outcome.UNKNOWN, answer=[f"(no answer: {exc})"])
        try:
            reread: dict[str, str] | None = values_of(client.read_lead(lead_id))
        except errors.VicidialError:
            reread = None
        resolution = resolve_unknown_outcome(changes, fresh, reread, predicted=predicted)
        outcome = outcome_of_resolution(resolution)
        journal.finish(
            entry_id,
            outcome,
            stored=resolution.stored if reread is not None else None,
            answer=[f"(read back: {resolution.state.value})"],
        )
        return WriteReport(entry_id, outcome, [], resolution)
    except errors.VicidialError as exc:
        journal.finish(entry_id, Outcome.FAILED, answer=[str(exc)])
        return WriteReport(entry_id, Outcome.FAILED, [])
    # 3b. answered: read back and verify each field against its prediction
    reread_values = values_of(client.read_lead(lead_id))
    verification = verify_saved(changes, predicted, reread_values, before=fresh)
    outcome = outcome_of_verification(verification, applied=result.applied)
    journal.finish(entry_id, outcome, stored=verification.stored, answer=[e.line for e in result.events])
    return WriteReport(entry_id, outcome, [])


def test_dropped_after_the_write_resolves_to_applied(
    sandbox: Any, client: VicidialClient, journal: Journal, ctx: JournalContext
) -> None:
    loaded = values_of(client.read_lead(4))
    sandbox.inject(Fault.DROP_AFTER_WRITE, function="update_lead")
    report = safe_update(client, journal, ctx, 4, loaded, {"last_name": "Johnston", "address1": "7 Lake St"})
    assert report.resolution is not None and report.resolution.state is ResolutionState.APPLIED
    assert sandbox.lead(4)["last_name"] == "Johnston"
    entry = journal.get(report.entry_id)
    assert entry.outcome is Outcome.SAVED and entry.completed
    assert {f.column: f.stored for f in entry.fields} == {"last_name": "Johnston", "address1": "7 Lake St"}


def test_dropped_before_the_write_resolves_to_not_applied(
    sandbox: Any, client: VicidialClient, journal: Journal, ctx: JournalContext
) -> None:
    loaded = values_of(client.read_lead(4))
    sandbox.inject(Fault.DROP_BEFORE_WRITE, function="update_lead")
    report = safe_update(client, journal, ctx, 4, loaded, {"last_name": "Johnston"})
    assert report.resolution is not None and report.resolution.state is ResolutionState.NOT_APPLIED
    assert sandbox.lead(4)["last_name"] == "Johnson"
    assert journal.get(report.entry_id).outcome is Outcome.NOT_APPLIED


def test_a_change_by_another_client_is_a_conflict(
    sandbox: Any, client: VicidialClient, journal: Journal, ctx: JournalContext
) -> None:
    loaded = values_of(client.read_lead(1))
    with VicidialClient(sandbox.url, USER, PASSWORD) as other:  # e.g. an agent's disposition
        other.update(1, {"last_name": "Smith-Jones", "status": "SALE"})
    changes = {"last_name": "Smyth", "address2": "Apt 2B"}
    report = safe_update(client, journal, ctx, 1, loaded, changes)
    assert report.entry_id is None and journal.query() == []
    assert [(c.column, c.when_opened, c.now, c.your_change) for c in report.conflicts] == [
        ("last_name", "Smith", "Smith-Jones", "Smyth"),
        ("status", "NEW", "SALE", None),
    ]
    assert sandbox.lead(1)["last_name"] == "Smith-Jones"  # nothing was written
    # "Re-apply my changes on the current values": the rebased write goes through
    rebase = rebase_changes(changes, values_of(client.read_lead(1)))
    report = safe_update(client, journal, ctx, 1, rebase.baseline, rebase.changes)
    assert report.outcome is Outcome.SAVED
    lead = sandbox.lead(1)
    assert (lead["last_name"], lead["status"], lead["address2"]) == ("Smyth", "SALE", "Apt 2B")


def test_undo_restores_the_exact_before_values(
    sandbox: Any, client: VicidialClient, journal: Journal, ctx: JournalContext
) -> None:
    original = values_of(client.read_lead(6))
    changes = {
        "last_name": "White-Black",
        "address1": BLANK,
        "comments": "moved\nnew address",
        "owner": "OWNER2",
        "email": "carol.white@example.com",
    }
    done = safe_update(client, journal, ctx, 6, original, changes)
    assert done.outcome is Outcome.SAVED
    plan = undo_changes(journal.get(done.entry_id).undo_source())
    assert plan.not_restorable == {} and plan.inexact == {}
    undone = safe_update(
        client, journal, ctx, 6, plan.expected_now, plan.changes, action=Action.UNDO, undo_of=done.entry_id
    )
    assert undone.outcome is Outcome.SAVED
    after = values_of(client.read_lead(6))
    assert after == original  # every column, read through the client
    assert journal.get(undone.entry_id).undo_of == done.entry_id


def test_undo_of_an_empty_value_blanks_it(
    sandbox: Any, client: VicidialClient, journal: Journal, ctx: JournalContext
) -> None:
    original = values_of(client.read_lead(4))
    assert original["address1"] == "" and original["email"] == ""
    done = safe_update(client, journal, ctx, 4, original, {"address1": "1 New Rd", "email": "a@example.com"})
    plan = undo_changes(journal.get(done.entry_id).undo_source())
    assert plan.changes == {"address1": BLANK, "email": BLANK}
    safe_update(client, journal, ctx, 4, plan.expected_now, plan.changes, action=Action.UNDO)
    assert values_of(client.read_lead(4)) == original


def test_undo_is_refused_as_a_conflict_when_the_lead_changed_since(
    sandbox: Any, client: VicidialClient, journal: Journal, ctx: JournalContext
) -> None:
    done = safe_update(client, journal, ctx, 9, values_of(client.read_lead(9)), {"city": "Queens"})
    sandbox.set_lead_field(9, "city", "Bronx")
    plan = undo_changes(journal.get(done.entry_id).undo_source())
    report = safe_update(client, journal, ctx, 9, plan.expected_now, plan.changes, action=Action.UNDO)
    assert [(c.column, c.when_opened, c.now) for c in report.conflicts] == [("city", "Queens", "Bronx")]
    assert sandbox.lead(9)["city"] == "Bronx"


def test_the_journal_never_holds_the_password(
    sandbox: Any, journal: Journal, ctx: JournalContext, tmp_path: Path
) -> None:
    with VicidialClient(sandbox.url, USER, PASSWORD) as good:
        loaded = values_of(good.read_lead(12))
        safe_update(good, journal, ctx, 12, loaded, {"comments": "checked"})
    wrong = "Wr0ng-pass_x"
    wrong_ctx = JournalContext("Sandbox", sandbox.url, USER, wrong)
    with VicidialClient(sandbox.url, USER, wrong) as bad:
        eid = journal.begin(wrong_ctx, 12, Action.UPDATE, [FieldRecord("comments", "checked", "again")])
        with pytest.raises(errors.AuthenticationFailed) as failure:
            bad.update(12, {"comments": "again"})
        journal.finish(eid, Outcome.FAILED, answer=[str(failure.value)])
    csv_path = tmp_path / "export.csv"
    journal.export_csv(csv_path)
    journal.close()
    db_bytes = b"".join(p.read_bytes() for p in tmp_path.glob("journal.sqlite3*"))
    for secret in (PASSWORD, wrong):
        assert secret.encode() not in db_bytes
        assert secret.encode() not in csv_path.read_bytes()
    assert b"checked" in db_bytes  # the values themselves are there


def test_verification_catches_a_non_latin_mode_the_profile_did_not_know(
    journal: Journal, sandbox_factory: SandboxFactory
) -> None:
    server = sandbox_factory(non_latin=True)
    with VicidialClient(server.url, USER, PASSWORD) as c:
        ctx = JournalContext("Sandbox", server.url, USER, PASSWORD)
        report = safe_update(c, journal, ctx, 10, values_of(c.read_lead(10)), {"first_name": "Évan"})
        assert (
            report.outcome is Outcome.SAVED_WITH_DIFFERENCES
        )  # predicted "van" (non_latin=0), stored "Évan"
        (field,) = journal.get(report.entry_id).fields
        assert (field.before, field.requested, field.stored) == ("Evan", "Évan", "Évan")


def test_an_unreadable_lead_is_checked_field_by_field(
    sandbox: Any, client: VicidialClient, journal: Journal, ctx: JournalContext
) -> None:
    # lead 2 (O'Brien) makes lead_all_info fail on PHP 8; lead_field_info still gives each value
    with pytest.raises(errors.ServerFailure):
        client.read_lead(2)
    changes = {"address2": "Apt 4", "city": "Evanston"}
    before = client.read_lead_fields(2, list(changes))
    assert before == {"address2": "Apt 3", "city": "Chicago"}
    assert detect_conflicts(before, client.read_lead_fields(2, list(changes)), changes) == []
    eid = journal.begin(ctx, 2, Action.UPDATE, [FieldRecord(c, before[c], v) for c, v in changes.items()])
    result = client.update(2, changes)
    check = verify_saved(
        changes, predict_all(changes), client.read_lead_fields(2, list(changes)), before=before
    )
    journal.finish(eid, outcome_of_verification(check, applied=result.applied), stored=check.stored)
    entry = journal.get(eid)
    assert entry.outcome is Outcome.SAVED
    plan = undo_changes(entry.undo_source())
    assert plan.changes == {"address2": "Apt 3", "city": "Chicago"}
    client.update(2, plan.changes)
    assert client.read_lead_fields(2, list(changes)) == before


def test_one_change_to_several_leads_each_by_lead_id(
    sandbox: Any, client: VicidialClient, journal: Journal, ctx: JournalContext
) -> None:
    loaded = {lead_id: values_of(client.read_lead(lead_id)) for lead_id in (14, 8, 1)}
    sandbox.set_lead_field(8, "status", "SALE")  # an agent dispositions lead 8 meanwhile
    plan = multi_lead_plan([14, 8, 1], {"status": "DNC"})
    outcomes = {}
    for step in plan.steps:
        report = safe_update(client, journal, ctx, step.lead_id, loaded[step.lead_id], step.changes)
        outcomes[step.lead_id] = "conflict" if report.conflicts else report.outcome
    assert outcomes == {14: Outcome.SAVED, 8: "conflict", 1: Outcome.SAVED}
    assert [sandbox.lead(i)["status"] for i in (14, 8, 1)] == ["DNC", "SALE", "DNC"]
    assert sorted(e.lead_id for e in journal.query()) == [1, 14]
    writes = [r.params for r in sandbox.request_log if r.params.get("function") == "update_lead"]
    assert [w["lead_id"] for w in writes] == ["14", "1"]  # one write per lead, by its ID
    assert all(w["search_method"] == "LEAD_ID" and "records" not in w for w in writes)
