"""A server answering anything: each client call returns or raises a typed error, never the password."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from testkit.local_http import CannedAnswer, serve_http

from leadeditor.vicidial import BLANK, Match, VicidialClient, VicidialError

PASSWORD = "Pw0rdSecret"


class _Scripted(CannedAnswer):
    """Answers every POST with the status and body set in ``answer``."""

    protocol_version = "HTTP/1.1"


@pytest.fixture(scope="module")
def scripted() -> Iterator[str]:
    with serve_http(_Scripted) as url:
        yield url + "/"


def _calls(client: VicidialClient) -> list[Callable[[], object]]:
    return [
        client.version,
        client.check_access,
        lambda: client.find(Match(phone_number="3125550100")),
        lambda: client.search(Match(vendor_lead_code="VLC1")),
        lambda: client.read_lead(1, custom_fields=True),
        lambda: client.read_leads_by_phone("3125550100"),
        lambda: client.read_lead_fields(1, ["last_name", "favorite_color"]),
        lambda: client.update(1, {"last_name": "X", "comments": BLANK}),
    ]


_LINES = st.sampled_from(
    [
        b"SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|1|1|||",
        b"NOTICE: update_lead LEADS FOUND IN THE SYSTEM: |",
        b"ERROR: Login incorrect, please try again: |6666|" + PASSWORD.encode() + b"|BAD|",
        b"VERSION: x|BUILD: y|",
        b"status|user|vendor_lead_code|source_id|list_id|",
        b"3125550100|2|1-2",
        b"ERROR: lead_all_info LEAD NOT FOUND:",
        b"<b>Warning</b>: x",
        b"Could not execute: ",
        b"|",
        b"\xff\xfe",
        PASSWORD.encode(),
        b"",
    ]
)
_BODIES = st.one_of(st.binary(max_size=200), st.lists(_LINES, max_size=8).map(b"\n".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    status=st.sampled_from([200, 200, 200, 301, 404, 418, 500, 502, 503]),
    body=_BODIES,
    which=st.integers(min_value=0, max_value=7),
)
def test_any_answer_gives_a_result_or_a_typed_error(
    scripted: str, status: int, body: bytes, which: int
) -> None:
    _Scripted.answer = (status, body)
    client = VicidialClient(scripted, "6666", PASSWORD, timeout=(2, 2))
    try:
        _calls(client)[which]()
    except VicidialError as error:
        for text in (str(error), repr(error), repr(error.args), repr(vars(error))):
            assert PASSWORD not in text
        assert error.__context__ is None or isinstance(error.__context__, VicidialError)
    finally:
        client.close()
