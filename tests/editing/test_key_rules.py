"""The key rules (phone digits, lead IDs, list IDs) are one set, shared by the search form and the client.

ASCII digits only: "²", "٣" and "１４" pass `str.isdigit`, and `int()` reads some of them; they are refused
with a reason, never converted and never a raw ValueError. A search the form accepts is one the client sends
(list ID "099" used to pass the form and then be refused by the client).
"""

from __future__ import annotations

import pytest

from leadeditor.editing.search import SearchMethod, SearchRequest, SearchScope
from leadeditor.lead_keys import KeyProblem, lead_id_problem, list_id_problem, phone_digits, phone_problem
from leadeditor.sandbox import SandboxServer
from leadeditor.ui.texts import note_text, search_problem_text
from leadeditor.vicidial import InvalidSearch, Match, MatchMethod, Reason, Scope, VicidialClient
from leadeditor.vicidial.value_notes import ValueRefused

NOT_ASCII = ["²", "٣", "１４", "١٠١", "３１２５５５０１００", "312555٠١٠٠"]
PHONE = frozenset({SearchMethod.PHONE_NUMBER})


def test_the_search_form_uses_the_clients_enums() -> None:
    assert SearchMethod is MatchMethod and SearchScope is Scope


@pytest.mark.parametrize("text", NOT_ASCII)
def test_non_ascii_digits_are_no_key(text: str) -> None:
    assert text.isdigit() or not text.isascii()  # what str.isdigit alone would have let through
    assert lead_id_problem(text) is KeyProblem.NOT_DIGITS
    assert list_id_problem(text) is KeyProblem.NOT_DIGITS
    assert phone_problem(text) is KeyProblem.NOT_DIGITS


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("101", None),
        ("1000", None),
        ("099", KeyProblem.LEADING_ZERO),
        ("0101", KeyProblem.LEADING_ZERO),
        ("99", KeyProblem.TOO_SMALL),
        ("100", None),
        ("12", KeyProblem.TOO_SMALL),
        ("", KeyProblem.EMPTY),
        ("1O1", KeyProblem.NOT_DIGITS),
    ],
)
def test_list_ids(text: str, problem: KeyProblem | None) -> None:
    assert list_id_problem(text) is problem


def test_one_rule_for_phone_separators() -> None:
    assert phone_digits("(312) 555-01.00, ") == "3125550100"
    assert phone_problem("312/555/0100") is KeyProblem.NOT_DIGITS
    assert phone_problem("12345") is KeyProblem.TOO_SHORT
    assert phone_problem("1" * 19) is KeyProblem.TOO_LONG


@pytest.mark.parametrize("list_id", ["099", "²", "٣", "１４", "１０１"])
def test_the_form_refuses_list_ids_the_client_would_refuse(list_id: str) -> None:
    request = SearchRequest(phone_number="3125550100", methods=PHONE, scope=SearchScope.LIST, list_id=list_id)
    problems = request.problems()
    assert problems and f"“{list_id}” is not a valid list ID" in search_problem_text(problems[0])


@pytest.mark.parametrize("lead_id", ["²", "٣", "１４"])
def test_the_form_refuses_non_ascii_lead_ids_with_a_reason(lead_id: str) -> None:
    request = SearchRequest(lead_id=lead_id, methods=frozenset({SearchMethod.LEAD_ID}))
    assert request.active_methods() == []
    assert any("digits only (0-9)" in search_problem_text(p) for p in request.problems())


@pytest.mark.parametrize("phone", ["٣١٢٥٥٥٠١٠٠", "３１２５５５０１００", "312555０１００"])
def test_the_form_refuses_non_ascii_phone_digits_with_a_reason(phone: str) -> None:
    request = SearchRequest(phone_number=phone)
    assert request.active_methods() == []
    assert any("only the digits 0-9" in search_problem_text(p) for p in request.problems())


@pytest.mark.parametrize("list_id", ["099", "100", "101", "12", "99", "1000"])
@pytest.mark.parametrize("scope", [SearchScope.LIST, SearchScope.CAMPAIGN])
def test_what_the_form_accepts_the_client_sends(
    list_id: str, scope: SearchScope, shared_client: VicidialClient, shared_sandbox: SandboxServer
) -> None:
    request = SearchRequest(phone_number="3125550100", methods=PHONE, scope=scope, list_id=list_id)
    sent = len(shared_sandbox.request_log)
    if request.valid:
        shared_client.find(request.to_match())  # must not be refused: it reaches the server
        assert len(shared_sandbox.request_log) > sent
    else:
        with pytest.raises(InvalidSearch) as info:
            shared_client.find(Match(phone_number="3125550100", scope=scope, list_id=int(list_id)))
        assert info.value.reason is Reason.SCOPE_NEEDS_LIST
        assert len(shared_sandbox.request_log) == sent


@pytest.mark.parametrize("phone", ["٣١٢٥٥٥٠١٠٠", "３１２５５５０１００", "31255501²0"])
def test_the_client_refuses_non_ascii_phone_digits_before_sending(
    phone: str, shared_client: VicidialClient, shared_sandbox: SandboxServer
) -> None:
    sent = len(shared_sandbox.request_log)
    with pytest.raises(InvalidSearch) as read:
        shared_client.read_leads_by_phone(phone)
    with pytest.raises(InvalidSearch) as find:
        shared_client.find(Match(phone_number=phone))
    assert read.value.reason is find.value.reason is Reason.PHONE_NOT_DIGITS
    assert len(shared_sandbox.request_log) == sent


@pytest.mark.parametrize("value", ["²", "٣", "１４"])
def test_the_client_refuses_non_ascii_numbers_with_a_reason_before_sending(
    value: str, shared_client: VicidialClient, shared_sandbox: SandboxServer
) -> None:
    sent = len(shared_sandbox.request_log)
    with pytest.raises(ValueError, match="A lead ID must be a positive whole number"):
        shared_client.read_lead(value)  # type: ignore[arg-type]
    for column in ("rank", "called_count", "list_id"):
        with pytest.raises(ValueRefused) as info:
            shared_client.update(1, {column: value})
        assert "must be a whole number from" in note_text(info.value.note)
    with pytest.raises(ValueRefused) as info:
        shared_client.update(1, {"phone_code": value})
    assert "phone code must be" in note_text(info.value.note)
    with pytest.raises(ValueRefused) as info:
        shared_client.update(1, {"gmt_offset_now": value})
    assert "GMT offset must be a number" in note_text(info.value.note)
    with pytest.raises(ValueRefused) as info:
        shared_client.update(1, {"date_of_birth": f"198{value}-01-01"})
    assert "real date written YYYY-MM-DD" in note_text(info.value.note)
    assert len(shared_sandbox.request_log) == sent
