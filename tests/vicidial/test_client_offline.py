"""What the client decides before anything is sent: addresses, the form body, matches, refused changes."""

from __future__ import annotations

from urllib.parse import parse_qsl

import pytest
from testkit.local_http import closed_port

from leadeditor.vicidial import (
    BLANK,
    AuthenticationFailed,
    ConnectionFailed,
    InvalidSearch,
    LeadRecord,
    Match,
    MatchMethod,
    Scope,
    VicidialClient,
)
from leadeditor.vicidial.transport import encode_form, endpoint_url

PASSWORD = "Pw0rd-Secret_77"


@pytest.mark.parametrize(
    ("given", "endpoint"),
    [
        ("https://dialer.example.com", "https://dialer.example.com/vicidial/non_agent_api.php"),
        ("https://dialer.example.com/", "https://dialer.example.com/vicidial/non_agent_api.php"),
        ("https://dialer.example.com/vicidial/", "https://dialer.example.com/vicidial/non_agent_api.php"),
        ("http://10.0.0.5:8080/vicidial", "http://10.0.0.5:8080/vicidial/non_agent_api.php"),
        ("https://x.org/vicidial/non_agent_api.php", "https://x.org/vicidial/non_agent_api.php"),
        ("https://x.org/vicidial/non_agent_api.php?user=1#top", "https://x.org/vicidial/non_agent_api.php"),
        ("dialer.example.com", "https://dialer.example.com/vicidial/non_agent_api.php"),
    ],
)
def test_server_addresses_become_the_endpoint(given: str, endpoint: str) -> None:
    assert endpoint_url(given) == endpoint


@pytest.mark.parametrize(
    "bad", ["ftp://x.org", "https://u:" + PASSWORD + "@x.org/", "https://x.org/other.php"]
)
def test_bad_addresses_are_refused_without_echoing_them(bad: str) -> None:
    with pytest.raises(ValueError) as info:
        endpoint_url(bad)
    assert PASSWORD not in str(info.value)


def test_the_form_keeps_order_and_refuses_duplicates_arrays_and_debug() -> None:
    body = encode_form([("user", "6666"), ("pass", "1234"), ("comments", "a+b & c;\n"), ("source", "x")])
    assert parse_qsl(body.decode(), keep_blank_values=True) == [
        ("user", "6666"),
        ("pass", "1234"),
        ("comments", "a+b & c;\n"),
        ("source", "x"),
    ]
    assert b"a%2Bb" in body  # a literal plus must be sent as %2B
    for pairs in ([("a", "1"), ("a", "2")], [("x[]", "1")], [("DB", "1")]):
        with pytest.raises(ValueError):
            encode_form(pairs)
    # bytes that are not UTF-8 (surrogate-escaped) go out as those bytes
    assert encode_form([("comments", "caf\udce9")]) == b"comments=caf%E9"
    with pytest.raises(ValueError) as info:  # a lone surrogate that stands for no byte cannot be sent
        encode_form([("pass", "x"), ("comments", "bad\ud800")])
    assert "comments" in str(info.value) and info.value.__context__ is None


def test_match_methods_default_to_the_keys_given_and_follow_the_api_order() -> None:
    match = Match(phone_number="3125550100", vendor_lead_code="VLC1", lead_id=5)
    assert match.ordered_methods == (
        MatchMethod.LEAD_ID,
        MatchMethod.VENDOR_LEAD_CODE,
        MatchMethod.PHONE_NUMBER,
    )
    assert match.search_method == "LEAD_ID_VENDOR_LEAD_CODE_PHONE_NUMBER"
    chosen = Match(phone_number="3125550100", methods=[MatchMethod.PHONE_NUMBER, MatchMethod.LEAD_ID])
    assert chosen.search_method == "LEAD_ID_PHONE_NUMBER"
    assert Match(lead_id=1, methods=MatchMethod.LEAD_ID).methods == frozenset({MatchMethod.LEAD_ID})


@pytest.fixture
def offline() -> VicidialClient:
    """A client whose server does not exist: anything actually sent fails with ConnectionFailed."""
    return VicidialClient(f"http://127.0.0.1:{closed_port()}/", "6666", PASSWORD, timeout=(0.5, 0.5))


def test_repr_and_attributes_never_show_the_password(offline: VicidialClient) -> None:
    assert PASSWORD not in repr(offline)
    assert PASSWORD not in str(vars(offline))
    assert "6666" in repr(offline)


@pytest.mark.parametrize("source", ["a", "lead-editor", "x" * 21, "lead editor", ""])
def test_the_source_must_survive_the_servers_filter(source: str) -> None:
    with pytest.raises(ValueError):
        VicidialClient("http://127.0.0.1/", "6666", PASSWORD, source=source)


@pytest.mark.parametrize(
    "match",
    [
        Match(phone_number="3125550100", scope=Scope.LIST, list_id=None),
        Match(phone_number="3125550100", scope=Scope.CAMPAIGN, list_id=99),
        Match(phone_number="3125550100", scope=Scope.LIST, list_id=12),
        Match(phone_number="12345"),
        Match(phone_number="1" * 19),
        Match(phone_number="+1 312 555 0100"),
        Match(vendor_lead_code='VLC"1'),
        Match(lead_id=0),
        Match(methods={MatchMethod.PHONE_NUMBER}, lead_id=5),
        Match(),
    ],
)
def test_searches_the_server_would_misread_are_refused_before_sending(
    offline: VicidialClient, match: Match
) -> None:
    with pytest.raises(InvalidSearch):
        offline.find(match)
    with pytest.raises(InvalidSearch):
        offline.search(match)


@pytest.mark.parametrize(
    ("changes", "kwargs"),
    [
        ({"rank": BLANK}, {}),
        ({"called_count": BLANK}, {}),
        ({"list_id": BLANK}, {}),
        ({"phone_code": BLANK}, {}),
        ({"phone_number": "3125550199"}, {}),
        ({"phone_number": BLANK}, {"update_phone_number": True}),
        ({"first_name": "Ann"}, {"update_phone_number": True}),
        ({"first_name": ""}, {}),
        ({"entry_list_id": "101"}, {}),
        ({"modify_date": "2020-01-01"}, {}),
        ({"favorite_color": "red"}, {}),
        ({"delete_lead": "Y"}, {"custom_fields": True}),
        ({"last_local_call_time": "2020-01-01"}, {"custom_fields": True}),
        ({"user_field": "x"}, {}),
        ({"comments": "x&favorite_color=red", "favorite_color": "blue"}, {"custom_fields": True}),
        ({"list_id": "abc"}, {}),
        ({}, {}),
    ],
)
def test_changes_the_server_cannot_apply_are_refused_before_sending(
    offline: VicidialClient, changes: dict, kwargs: dict
) -> None:
    with pytest.raises(ValueError):
        offline.update(5, changes, **kwargs)


def test_credentials_the_api_would_mangle_are_never_sent(offline: VicidialClient) -> None:
    client = VicidialClient(offline.url, "6666", "pass word!", timeout=(0.5, 0.5))
    with pytest.raises(AuthenticationFailed) as info:
        client.check_access()
    assert info.value.reason == "LOCAL" and "pass word!" not in str(info.value)
    dotted = VicidialClient(offline.url, "john.doe", PASSWORD, timeout=(0.5, 0.5))
    with pytest.raises(AuthenticationFailed):
        dotted.read_lead(1)


def test_an_unreachable_server_is_a_connection_failure(offline: VicidialClient) -> None:
    with pytest.raises(ConnectionFailed) as info:
        offline.version()
    assert info.value.__context__ is None and info.value.__cause__ is None
    with pytest.raises(ConnectionFailed):  # refused: nothing was sent, so not an unknown outcome
        offline.update(5, {"first_name": "Ann"})


def test_a_lead_record_reads_like_a_row() -> None:
    record = LeadRecord.from_mapping(
        {"lead_id": "7", "list_id": "101", "last_name": "Ng", "entry_list_id": "101"},
        custom={"favorite_color": "blue"},
    )
    assert (record.lead_id, record.list_id, record["last_name"], record.entry_list) == (7, 101, "Ng", 101)
    assert record["favorite_color"] == "blue" and record["last_name"] == "Ng"
    assert "favorite_color" in list(record)
