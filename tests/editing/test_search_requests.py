"""What a search sends, counted in the sandbox's request log: the check-first search, one read of a phone's
candidates, and a verified correction in five requests (issue 13); which key found the pick (issue 10)."""

from __future__ import annotations

from typing import Any

import pytest

from leadeditor.editing import candidates
from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.lead import Candidate
from leadeditor.editing.search import SearchMethod, SearchRequest, SearchScope
from leadeditor.editing.workflow import CorrectionWorkflow, SaveStatus
from leadeditor.ui.texts import search_line

PHONE = "3125550100"  # leads 14 (list 201, another campaign), 8 (list 102) and 1 (list 101) in the sample


def _functions(sandbox: Any, mark: int) -> list[str]:
    out = []
    for entry in sandbox.request_log.since(mark):
        check_first = entry.function == "update_lead" and not entry.is_write
        out.append("check-first" if check_first else entry.function)
    return out


def _reads_by_lead_id(sandbox: Any) -> list[str]:
    return [r.params["lead_id"] for r in sandbox.request_log.of("lead_all_info") if r.params.get("lead_id")]


def test_a_verified_correction_costs_five_requests(
    wf: CorrectionWorkflow, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a loaded test machine must not make a three-lead read "slow" (the hedge read is tested on its own below)
    monkeypatch.setattr(candidates, "HEDGE_SECONDS", 5.0)
    mark = len(sandbox.request_log)
    outcome = wf.find_candidates(SearchRequest(phone_number=PHONE))
    assert [c.lead_id for c in outcome.candidates] == [14, 8, 1]
    pick = outcome.candidates[0]
    assert pick.server_pick and pick.lead is not None
    changes = ChangeSet(pick.lead)
    changes.set("last_name", "Smyth")
    saved = wf.save(changes)
    assert saved.status is SaveStatus.SAVED
    assert sandbox.lead(14)["last_name"] == "Smyth"
    # the check-first search, one read of the candidates, the conflict re-read, the write, the read-back
    assert _functions(sandbox, mark) == [
        "check-first",
        "lead_all_info",
        "lead_all_info",
        "update_lead",
        "lead_all_info",
    ]
    reads = sandbox.request_log.of("lead_all_info")[-3:]
    assert reads[0].params.get("phone_number") == PHONE and not reads[0].params.get("lead_id")
    assert [r.params.get("lead_id") for r in reads[1:]] == ["14", "14"]
    assert len(sandbox.request_log.writes()) == 1


def test_the_key_that_found_the_pick_is_named(workflow: CorrectionWorkflow, sandbox: Any) -> None:
    request = SearchRequest(
        lead_id="999",
        phone_number=PHONE,
        scope=SearchScope.LIST,
        list_id="101",
        methods=frozenset({SearchMethod.LEAD_ID, SearchMethod.PHONE_NUMBER}),
    )
    outcome = workflow.find_candidates(request)
    assert outcome.pick == 1
    assert outcome.matched_by is SearchMethod.PHONE_NUMBER
    assert outcome.unmatched == (SearchMethod.LEAD_ID,)
    assert [c.lead_id for c in outcome.candidates] == [1]  # list 101 only: leads 8 and 14 are elsewhere
    assert "found by its lead ID" not in search_line(outcome)
    assert search_line(outcome).endswith("found by its phone number.")


def test_a_key_found_by_lead_id_is_said_so(workflow: CorrectionWorkflow) -> None:
    request = SearchRequest(
        lead_id="8", phone_number=PHONE, methods=frozenset({SearchMethod.LEAD_ID, SearchMethod.PHONE_NUMBER})
    )
    outcome = workflow.find_candidates(request)
    assert outcome.pick == 8 and outcome.matched_by is SearchMethod.LEAD_ID
    assert [(k.method, k.found) for k in outcome.keys] == [
        (SearchMethod.LEAD_ID, True),
        (SearchMethod.PHONE_NUMBER, None),
    ]
    assert [c.lead_id for c in outcome.candidates] == [8, 14, 1]


def test_nothing_found_is_not_searched_again(workflow: CorrectionWorkflow, sandbox: Any) -> None:
    mark = len(sandbox.request_log)
    outcome = workflow.find_candidates(SearchRequest(phone_number="5550000000"))
    assert outcome.candidates == () and outcome.unmatched == (SearchMethod.PHONE_NUMBER,)
    assert _functions(sandbox, mark) == ["check-first"]


def test_campaign_scope_keeps_the_campaigns_leads(workflow: CorrectionWorkflow, sandbox: Any) -> None:
    request = SearchRequest(phone_number=PHONE, scope=SearchScope.CAMPAIGN, list_id="101")
    mark = len(sandbox.request_log)
    outcome = workflow.find_candidates(request)
    assert _functions(sandbox, mark) == ["check-first", "lead_all_info", "lead_search"]
    expected = set(_scoped_ids(workflow, request))
    assert expected and 14 not in expected  # list 201 is another campaign
    assert {c.lead_id for c in outcome.candidates} == expected


def _scoped_ids(workflow: CorrectionWorkflow, request: SearchRequest) -> list[int]:
    return workflow.client.search(request.to_match())


def test_a_slow_phone_read_shows_the_pick_first(sandbox_factory: Any, make_client: Any) -> None:
    phone = "3125557777"
    server = sandbox_factory(generate=60, shared_phones=[(phone, 60)], row_latency_ms=5)
    with make_client(server) as client:
        batches: list[list[Candidate]] = []
        outcome = CorrectionWorkflow(client).find_candidates(
            SearchRequest(phone_number=phone), rows=batches.append
        )
    assert len(outcome.candidates) == 60
    assert [c.lead_id for c in batches[0]] == [outcome.pick] and batches[0][0].server_pick
    assert sum(len(b) for b in batches) == 60
    by_id = [
        r.params.get("lead_id") for r in server.request_log.of("lead_all_info") if r.params.get("lead_id")
    ]
    assert by_id == [str(outcome.pick)]  # the pick's own read; every other row came with the phone read


def test_more_than_a_thousand_matches_are_all_listed(sandbox_factory: Any, make_client: Any) -> None:
    phone = "3125556666"
    server = sandbox_factory(generate=1004, shared_phones=[(phone, 1004)])
    with make_client(server) as client:
        outcome = CorrectionWorkflow(client).find_candidates(SearchRequest(phone_number=phone))
    assert len(outcome.candidates) == 1004 and all(c.readable for c in outcome.candidates)
    singles = {
        r.params.get("lead_id") for r in server.request_log.of("lead_all_info") if r.params.get("lead_id")
    }
    assert len(server.request_log.of("lead_search")) == 1
    # the four the read by phone could not return (and the pick, read at once while the thousand came)
    assert len(singles - {str(outcome.pick)}) == 4
    assert server.request_log.max_in_flight() <= 2


def test_one_apostrophe_falls_back_to_single_reads(workflow: CorrectionWorkflow, sandbox: Any) -> None:
    sandbox.set_lead_field(8, "last_name", "O'Brien")
    outcome = workflow.find_candidates(SearchRequest(phone_number=PHONE))
    assert [c.lead_id for c in outcome.candidates] == [14, 8, 1]
    lead8 = outcome.candidates[1].lead
    assert lead8 is not None and lead8.value("last_name") == "O'Brien"
    assert len(sandbox.request_log.of("lead_search")) == 1


def test_without_read_permission_the_leads_are_listed_with_why(
    workflow: CorrectionWorkflow, sandbox: Any
) -> None:
    sandbox._world.execute("UPDATE vicidial_users SET view_reports='0' WHERE user='6666'")
    outcome = workflow.find_candidates(SearchRequest(phone_number=PHONE))
    assert [c.lead_id for c in outcome.candidates] == [14, 8, 1]
    assert not any(c.readable for c in outcome.candidates) and all(c.problem for c in outcome.candidates)
    assert workflow.read_by_phone is False  # the next search does not ask again
    mark = len(sandbox.request_log)
    workflow.find_candidates(SearchRequest(phone_number=PHONE))
    assert not [
        r
        for r in sandbox.request_log.since(mark)
        if r.params.get("phone_number") and r.function == "lead_all_info"
    ]
