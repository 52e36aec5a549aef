"""The correction workflow against the sandbox over real HTTP, through the real client."""

from __future__ import annotations

from typing import Any

import pytest

from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.search import SearchMethod, SearchRequest, SearchScope
from leadeditor.editing.workflow import (
    Cancelled,
    CancelToken,
    CorrectionWorkflow,
    SaveAborted,
    SaveContext,
    SaveStatus,
)
from leadeditor.ui.texts import save_message, search_line
from leadeditor.vicidial.fields import BLANK


def test_candidates_list_every_match_with_the_servers_pick(workflow: CorrectionWorkflow) -> None:
    outcome = workflow.find_candidates(SearchRequest(phone_number="3125550100"))
    assert [c.lead_id for c in outcome.candidates] == [14, 8, 1]
    assert outcome.pick == 14
    assert [c.lead_id for c in outcome.candidates if c.server_pick] == [14]
    assert search_line(outcome) == "3 leads match; the server would change lead 14, the most recently loaded."
    lead1 = outcome.candidates[2].lead
    assert lead1 is not None and lead1.value("last_name") == "Smith" and lead1.value("list_id") == "101"


def test_vendor_and_phone_matches_are_both_listed(workflow: CorrectionWorkflow) -> None:
    request = SearchRequest(
        vendor_lead_code="VLC-SHARED",
        phone_number="3125550100",
        methods=frozenset({SearchMethod.VENDOR_LEAD_CODE, SearchMethod.PHONE_NUMBER}),
    )
    outcome = workflow.find_candidates(request)
    assert outcome.pick == 15  # vendor code first: the newest of 7 and 15
    assert {c.lead_id for c in outcome.candidates} == {15, 7, 14, 8, 1}


def test_no_match_is_a_plain_summary(workflow: CorrectionWorkflow) -> None:
    outcome = workflow.find_candidates(SearchRequest(phone_number="5550000000"))
    assert outcome.candidates == () and outcome.pick is None
    assert search_line(outcome) == "No lead matches phone 5550000000 in the whole system."


def test_an_invalid_search_is_refused_before_sending(workflow: CorrectionWorkflow) -> None:
    from leadeditor.vicidial.errors import InvalidSearch

    with pytest.raises(InvalidSearch):
        workflow.find_candidates(SearchRequest(phone_number="3125550100", scope=SearchScope.LIST))


def test_cancel_before_the_next_request(workflow: CorrectionWorkflow) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        workflow.find_candidates(SearchRequest(phone_number="3125550100"), cancel=token)


def test_save_writes_only_changed_fields_and_reads_back(workflow: CorrectionWorkflow, sandbox: Any) -> None:
    sandbox.set_lead_field(1, "address2", "Apt 9")
    lead = workflow.load(1)
    before = dict(sandbox.lead(1))
    cs = ChangeSet(lead)
    cs.set("last_name", "Jones")
    cs.set("address2", BLANK)
    cs.set("first_name", "John")  # unchanged: not sent
    seen: list[str] = []
    workflow.before_write.append(lambda ctx: seen.append(f"before {sorted(ctx.outcome.sent)}"))
    workflow.after_write.append(lambda ctx: seen.append(f"after {ctx.outcome.status.value}"))
    outcome = workflow.save(cs)
    assert outcome.status is SaveStatus.SAVED
    assert outcome.sent == {"last_name": "Jones", "address2": BLANK}
    after = dict(sandbox.lead(1))
    assert {k for k in before if before[k] != after[k]} - {"modify_date"} == {"last_name", "address2"}
    assert outcome.stored is not None and outcome.stored.value("last_name") == "Jones"
    assert save_message(outcome) == "Saved lead 1: last name is now 'Jones'; address line 2 is now empty."
    assert outcome.mismatches == []
    assert seen == ["before ['address2', 'last_name']", "after saved"]


def test_a_before_write_hook_can_stop_the_save(workflow: CorrectionWorkflow, sandbox: Any) -> None:
    cs = ChangeSet(workflow.load(8))
    cs.set("last_name", "Changed")

    def conflict(ctx: SaveContext) -> None:
        raise SaveAborted("someone else changed this lead meanwhile")

    workflow.before_write.append(conflict)
    outcome = workflow.save(cs)
    assert outcome.status is SaveStatus.ABORTED
    assert sandbox.lead(8)["last_name"] == "Smith-Jr"
    assert "someone else changed" in save_message(outcome)


def test_writing_what_is_already_there_says_so(workflow: CorrectionWorkflow, sandbox: Any) -> None:
    lead = workflow.load(14)
    cs = ChangeSet(lead)
    cs.set("city", "Chicago!")  # '!' is filtered away: the server would store "Chicago", already there
    outcome = workflow.save(cs)
    assert outcome.status is SaveStatus.NOTHING_SENT and outcome.sent == {}


def test_custom_fields_are_loaded_and_saved(workflow: CorrectionWorkflow, sandbox: Any) -> None:
    lead = workflow.load(1)
    assert lead.custom.get("favorite_color") == "blue"
    cs = ChangeSet(lead)
    cs.set_custom("favorite_color", "green")
    outcome = workflow.save(cs)
    assert outcome.stored is not None and outcome.stored.custom.get("favorite_color") == "green"
