"""The workflow's safe path against the sandbox over real HTTP: conflict check, verification, lost answers,
the journal and undo, a lead that cannot be read, several leads at once."""

from __future__ import annotations

from typing import Any

from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.journal import Action, Journal, Outcome
from leadeditor.editing.journaling import undo_changeset
from leadeditor.editing.lead import Candidate, Lead
from leadeditor.editing.multi_lead import common_change, template_lead
from leadeditor.editing.safety import ResolutionState, rebase_changes
from leadeditor.editing.session import open_session
from leadeditor.editing.workflow import ConflictFound, CorrectionWorkflow, SaveStatus, UncheckedLead
from leadeditor.sandbox import Fault, SandboxServer
from leadeditor.ui.texts import journal_note_text, lead_result, mismatch_lines, save_message, undo_problems
from leadeditor.vicidial.client import VicidialClient
from leadeditor.vicidial.fields import BLANK

PASSWORD = "1234"


def make_workflow(url: str, journal: Journal, *, non_latin: bool = False) -> CorrectionWorkflow:
    client = VicidialClient(url, "6666", PASSWORD, timeout=(2, 3))
    return open_session(client, journal=journal, profile="Sandbox", non_latin=non_latin).workflow


def writes(sandbox: Any) -> list[dict[str, str]]:
    return [r.params for r in sandbox.request_log if r.params.get("function") == "update_lead"]


def test_a_change_by_someone_else_stops_the_save_and_can_be_reapplied(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    cs = ChangeSet(wf.load(1))
    cs.set("last_name", "Smyth")
    cs.set("address2", "Apt 2B")
    sandbox.set_lead_field(1, "last_name", "Smith-Jones")  # an agent, meanwhile
    sandbox.set_lead_field(1, "status", "SALE")
    outcome = wf.save(cs)
    assert outcome.status is SaveStatus.ABORTED and isinstance(outcome.error, ConflictFound)
    assert [(c.column, c.when_opened, c.now, c.your_change) for c in outcome.conflicts] == [
        ("last_name", "Smith", "Smith-Jones", "Smyth"),
        ("status", "NEW", "SALE", None),
    ]
    assert writes(sandbox) == [] and journal.query() == []
    # re-apply on the fresh values: the same edits against the lead as it is now
    fresh = outcome.error.fresh
    rebase = rebase_changes(outcome.sent, fresh.values)
    again = cs.copy_for(fresh)
    assert again.wire_changes() == rebase.changes
    done = wf.save(again)
    assert done.status is SaveStatus.SAVED and done.verified_ok
    lead = sandbox.lead(1)
    assert (lead["last_name"], lead["status"], lead["address2"]) == ("Smyth", "SALE", "Apt 2B")
    (entry,) = journal.query()
    assert entry.outcome is Outcome.SAVED
    assert {f.column: (f.before, f.stored) for f in entry.fields} == {
        "last_name": ("Smith-Jones", "Smyth"),
        "address2": ("", "Apt 2B"),
    }


def test_a_lost_answer_after_the_write_reads_back_as_applied(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    cs = ChangeSet(wf.load(4))
    cs.set("last_name", "Johnston")
    sandbox.inject(Fault.DROP_AFTER_WRITE, function="update_lead")
    outcome = wf.save(cs)
    assert outcome.resolution is not None and outcome.resolution.state is ResolutionState.APPLIED
    assert outcome.status is SaveStatus.SAVED and "change landed" in save_message(outcome)
    assert len(writes(sandbox)) == 1  # never sent twice
    (entry,) = journal.query()
    assert entry.outcome is Outcome.SAVED and entry.fields[0].stored == "Johnston"
    assert any(line.startswith("(no answer") for line in entry.answer)


def test_a_lost_answer_before_the_write_reads_back_as_not_applied(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    cs = ChangeSet(wf.load(4))
    cs.set("last_name", "Johnston")
    sandbox.inject(Fault.DROP_BEFORE_WRITE, function="update_lead")
    outcome = wf.save(cs)
    assert outcome.resolution is not None and outcome.resolution.state is ResolutionState.NOT_APPLIED
    assert outcome.status is SaveStatus.NOT_APPLIED
    assert sandbox.lead(4)["last_name"] == "Johnson" and len(writes(sandbox)) == 1
    assert journal.query()[0].outcome is Outcome.NOT_APPLIED


def test_check_again_reads_without_sending(wf: CorrectionWorkflow, sandbox: Any, journal: Journal) -> None:
    cs = ChangeSet(wf.load(4))
    cs.set("city", "Evanston")
    sandbox.inject(Fault.DROP_AFTER_WRITE, function="update_lead")

    def server_unreadable_from_now(_ctx: object) -> None:  # after the conflict check's read
        sandbox.inject(Fault.HTTP_503, count=200, function="lead_all_info")
        sandbox.inject(Fault.HTTP_503, count=200, function="lead_field_info")

    wf.before_write.append(server_unreadable_from_now)
    outcome = wf.save(cs)
    assert outcome.status is SaveStatus.UNKNOWN and outcome.resolution is not None
    assert not outcome.resolution.final
    assert journal.query()[0].outcome is Outcome.UNKNOWN
    sandbox.clear_faults()
    wf.check_again(outcome)
    assert outcome.status is SaveStatus.SAVED and outcome.resolution.state is ResolutionState.APPLIED
    assert len(writes(sandbox)) == 1
    assert journal.query()[0].outcome is Outcome.SAVED


def test_verification_shows_what_the_server_stored_instead(journal: Journal) -> None:
    with SandboxServer(non_latin=True) as server:  # the profile does not know the server is non-latin
        wf = make_workflow(server.url, journal, non_latin=False)
        cs = ChangeSet(wf.load(10))
        cs.set("first_name", "Évan")
        outcome = wf.save(cs)
        assert outcome.status is SaveStatus.SAVED and not outcome.verified_ok
        assert outcome.verification is not None
        (diff,) = outcome.verification.differences
        assert (diff.column, diff.predicted, diff.stored) == ("first_name", "van", "Évan")
        assert mismatch_lines(outcome) == ["First name holds 'Évan', not the expected 'van'."]
        assert journal.query()[0].outcome is Outcome.SAVED_WITH_DIFFERENCES


def test_undo_restores_the_exact_before_values(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    original = dict(sandbox.lead(6))
    cs = ChangeSet(wf.load(6))
    cs.set("last_name", "White-Black")
    cs.set("comments", "moved\nnew address")
    cs.set("city", BLANK)
    assert wf.save(cs).status is SaveStatus.SAVED
    (entry,) = journal.query()
    request = undo_changeset(journal.get(entry.id))
    assert undo_problems(request.plan) == [] and request.changeset is not None
    outcome = wf.save(request.changeset, action="undo", undo_of=entry.id)
    assert outcome.status is SaveStatus.SAVED and outcome.verified_ok
    after = dict(sandbox.lead(6))
    assert {k: v for k, v in after.items() if k != "modify_date"} == {
        k: v for k, v in original.items() if k != "modify_date"
    }
    undo = journal.query(lead_id=6)[0]
    assert undo.action is Action.UNDO and undo.undo_of == entry.id


def test_undo_stops_on_a_conflict_when_the_lead_changed_again(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    cs = ChangeSet(wf.load(9))
    cs.set("city", "Queens")
    wf.save(cs)
    sandbox.set_lead_field(9, "city", "Bronx")
    request = undo_changeset(journal.query()[0])
    assert request.changeset is not None
    outcome = wf.save(request.changeset, action="undo")
    assert [(c.column, c.when_opened, c.now) for c in outcome.conflicts] == [("city", "Queens", "Bronx")]
    assert sandbox.lead(9)["city"] == "Bronx"


def test_an_unreadable_lead_is_written_only_after_acknowledging(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    cs = ChangeSet(Lead.unknown(12, "could not be read"))
    cs.set("city", "Skokie")
    assert cs.wire_changes() == {"city": "Skokie"}
    sandbox.inject(Fault.HTTP_503, count=500, function="lead_all_info")
    sandbox.inject(Fault.HTTP_503, count=500, function="lead_field_info")
    outcome = wf.save(cs)
    assert isinstance(outcome.error, UncheckedLead) and writes(sandbox) == []
    wf.before_write.append(lambda ctx: sandbox.clear_faults())  # the lead becomes readable after the check
    outcome = wf.save(cs, acknowledge_unchecked=True)
    assert outcome.status is SaveStatus.SAVED and sandbox.lead(12)["city"] == "Skokie"
    (entry,) = journal.query()
    assert [(f.column, f.before, f.stored) for f in entry.fields] == [("city", None, "Skokie")]
    assert "could not be read" in journal_note_text(entry.note)


def test_an_unreadable_lead_uses_lead_field_info_for_the_changed_fields(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    city_before = sandbox.lead(12)["city"]
    assert city_before not in ("", "Skokie")
    sandbox.inject(Fault.HTTP_503, count=500, function="lead_all_info")
    cs = ChangeSet(Lead.unknown(12))
    cs.set("city", "Skokie")
    wf.before_write.append(lambda ctx: sandbox.clear_faults())
    outcome = wf.save(cs)  # no acknowledgement needed: lead_field_info gave the value before
    assert outcome.status is SaveStatus.SAVED
    assert [(f.column, f.before) for f in journal.query()[0].fields] == [("city", city_before)]


def test_one_change_to_several_leads_each_by_lead_id(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    candidates = [Candidate(i, wf.load(i)) for i in (14, 8, 1)]
    sandbox.set_lead_field(8, "status", "SALE")  # an agent dispositions lead 8 meanwhile
    template = ChangeSet(template_lead(3))
    template.set("status", "DNC")
    change = common_change(template, candidates)
    assert change.lead_ids == [14, 8, 1]
    results = {}
    for task in change.tasks:
        assert task.changeset is not None
        results[task.lead_id] = lead_result(wf.save(task.changeset))[0]
    assert results == {14: "saved", 8: "conflict", 1: "saved"}
    assert [sandbox.lead(i)["status"] for i in (14, 8, 1)] == ["DNC", "SALE", "DNC"]
    sent = writes(sandbox)
    assert [w["lead_id"] for w in sent] == ["14", "1"]
    assert all(w["search_method"] == "LEAD_ID" and "records" not in w for w in sent)
    assert sorted(e.lead_id for e in journal.query()) == [1, 14]


def test_a_change_the_client_refuses_before_sending_is_journaled_as_failed(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    cs = ChangeSet(wf.load(1))
    # the server finds custom labels by searching the request text (PROTOCOL §2.9): a value holding
    # "&favorite_color=" next to a custom field would be misread, so the client refuses it before sending
    cs.set("comments", "see &favorite_color=red")
    cs.set_custom("favorite_color", "green")
    assert cs.wire_changes() == {"comments": "see &favorite_color=red"}
    assert cs.wire_custom_changes() == {"favorite_color": "green"}
    outcome = wf.save(cs)
    assert outcome.status is SaveStatus.FAILED and isinstance(outcome.error, ValueError)
    assert writes(sandbox) == []
    assert journal.query()[0].outcome is Outcome.FAILED
