"""SearchRequest: the checks that stop a search the server would silently widen or ignore."""

from __future__ import annotations

import pytest

from leadeditor.editing.search import SearchMethod, SearchRequest, SearchScope
from leadeditor.ui.texts import describe_search, search_problem_text
from leadeditor.vicidial.models import MatchMethod, Scope

PHONE = frozenset({SearchMethod.PHONE_NUMBER})


def test_a_whole_system_phone_search_is_fine() -> None:
    request = SearchRequest(phone_number="(312) 555-0100")
    assert request.valid
    match = request.to_match()
    assert match.phone_number == "3125550100" and match.scope is Scope.SYSTEM
    assert match.methods == frozenset({MatchMethod.PHONE_NUMBER})
    assert describe_search(request) == "phone 3125550100 in the whole system"


@pytest.mark.parametrize("scope", [SearchScope.LIST, SearchScope.CAMPAIGN])
@pytest.mark.parametrize("list_id", ["", "12", "098", "abc"])
def test_list_and_campaign_need_a_list_id_the_server_accepts(scope: SearchScope, list_id: str) -> None:
    request = SearchRequest(phone_number="3125550100", methods=PHONE, scope=scope, list_id=list_id)
    problems = request.problems()
    assert problems and "whole system" in search_problem_text(problems[0])


def test_a_valid_list_search_maps_to_the_clients_match() -> None:
    match = SearchRequest(phone_number="3125550100", scope=SearchScope.LIST, list_id="101").to_match()
    assert match.scope is Scope.LIST and match.list_id == 101


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"phone_number": "12345"}, "6 to 18 digits"),
        ({"lead_id": "1a", "methods": frozenset({SearchMethod.LEAD_ID})}, "digits only"),
        ({"methods": frozenset()}, "Tick at least one"),
        ({"vendor_lead_code": "VLC1", "methods": PHONE}, "Type a value"),
    ],
)
def test_unusable_searches_say_why(kwargs: dict[str, object], needle: str) -> None:
    problems = [search_problem_text(p) for p in SearchRequest(**kwargs).problems()]  # type: ignore[arg-type]
    assert any(needle in p for p in problems), problems


def test_methods_follow_the_servers_fixed_order() -> None:
    request = SearchRequest(
        lead_id="1", vendor_lead_code="VLC1001", phone_number="3125550100", methods=frozenset(SearchMethod)
    )
    assert request.active_methods() == [
        SearchMethod.LEAD_ID,
        SearchMethod.VENDOR_LEAD_CODE,
        SearchMethod.PHONE_NUMBER,
    ]
    assert request.only(SearchMethod.PHONE_NUMBER).to_match().lead_id is None
