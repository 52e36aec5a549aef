"""The password against answers the sandbox never gives: bodies echoing it where no parser expects it.

A real server can put the password in a body in several ways (PROTOCOL §1.8 and §1.11): the `Login incorrect`
echo, cut off by a dropped connection or a proxy; a PHP 8 fatal error quoting the SQL of its own API log
(`vicidial_api_urls.url` holds every POST field, `pass` included). A tiny HTTP server answers each call with
such a body, and every text an error, a result, a log record or a traceback could show is searched.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterator

import pytest
import requests
from testkit.local_http import CannedAnswer, serve_http

from leadeditor.vicidial import AuthenticationFailed, Match, VicidialClient, VicidialError
from leadeditor.vicidial.responses import Code, parse_body

PASSWORD = "Zq9-SECRET_77"
FATAL = (
    "<br />\n<b>Fatal error</b>:  Uncaught mysqli_sql_exception: You have an error in your SQL syntax; check "
    "the manual near 'user=6666&pass=" + PASSWORD + "&function=update_lead&lead_id=4' at line 1 in "
    "/srv/www/vicidial/non_agent_api.php:20502\nStack trace:\n#0 /srv/www/vicidial/non_agent_api.php(20502): "
    "mysqli_query(Object(mysqli), 'INSERT INTO vic...')\n#1 {main}\n  thrown in "
    "/srv/www/vicidial/non_agent_api.php on line 20502<br />\n"
)
PLAIN_FATAL = (
    "PHP Fatal error:  Uncaught mysqli_sql_exception: near 'pass=" + PASSWORD + "&source=x' in "
    "/srv/www/vicidial/non_agent_api.php:20502\nStack trace:\n#0 {main}\n"
)
BODIES: list[tuple[str, int, str]] = [
    ("login cut after the password", 200, f"ERROR: Login incorrect, please try again: |6666|{PASSWORD}"),
    ("login cut after its pipe", 200, f"ERROR: Login incorrect, please try again: |6666|{PASSWORD}|"),
    ("login, 2FA", 200, f"ERROR: Login incorrect, please try again: |6666|{PASSWORD}|2FA|\n"),
    ("login twice", 200, f"ERROR: Login incorrect, please try again: |6666|{PASSWORD}|BAD|\n" * 2),
    ("html fatal", 200, FATAL),
    ("html fatal 500", 500, FATAL),
    ("plain fatal", 200, PLAIN_FATAL),
    ("plain fatal 500", 500, PLAIN_FATAL),
    ("success then fatal", 200, "SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|4|1|||\n" + FATAL),
    ("unknown line", 200, f"NOTICE: lead_field_info SOMETHING NEW - pass={PASSWORD}\n"),
    ("unknown update line", 200, f"NOTICE: update_lead SOMETHING NEW - pass={PASSWORD}\n"),
    ("gateway", 502, f"<html>upstream said pass={PASSWORD}</html>"),
    ("redirect", 302, f"<a href='/login?pass={PASSWORD}'>moved</a>"),
]


class _Canned(CannedAnswer):
    redirect_to = "/elsewhere"


@pytest.fixture(scope="module")
def canned() -> Iterator[str]:
    with serve_http(_Canned) as url:
        yield url


def _texts(error: BaseException) -> list[str]:
    texts = [str(error), repr(error), *(repr(a) for a in error.args), repr(vars(error))]
    texts.append("".join(traceback.format_exception(error)))
    for linked in (error.__cause__, error.__context__):
        if linked is not None:
            texts.extend(_texts(linked))
    return texts


def _no_transport_objects(error: BaseException) -> None:
    """No `requests` exception, request or response rides along (their `.request.body` holds the password)."""
    seen: BaseException | None = error
    while seen is not None:
        assert not isinstance(seen, requests.RequestException), type(seen)
        for value in vars(seen).values():
            assert not isinstance(value, requests.PreparedRequest | requests.Response), type(value)
        seen = seen.__cause__ or seen.__context__


def _calls(client: VicidialClient) -> list[tuple[str, Callable[[], object]]]:
    return [
        ("version", client.version),
        ("check_access", client.check_access),
        ("find", lambda: client.find(Match(lead_id=4))),
        ("search", lambda: client.search(Match(phone_number="3125550100"))),
        ("read_lead", lambda: client.read_lead(4)),
        ("read_lead_fields", lambda: client.read_lead_fields(4, ["last_name"])),
        ("update", lambda: client.update(4, {"last_name": "X"})),
        ("reset_lead", lambda: client.reset_lead(4)),
        ("insert_lead", lambda: client.insert_lead("1", "3125550100", 101)),
    ]


@pytest.mark.parametrize(("status", "body"), [(s, b) for _, s, b in BODIES], ids=[n for n, _, _ in BODIES])
def test_no_answer_can_bring_the_password_into_an_error_result_or_log(
    canned: str, status: int, body: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    _Canned.answer = (status, body.encode())
    client = VicidialClient(canned, "6666", PASSWORD, timeout=(2, 2))
    for name, call in _calls(client):
        if name == "read_lead_fields" and body.startswith("NOTICE: update_lead"):
            continue  # lead_field_info answers with the bare value: any other text is taken as the value
        try:
            outcome = call()
        except VicidialError as error:
            for text in _texts(error):
                assert PASSWORD not in text, (name, text)
            _no_transport_objects(error)
        else:
            assert PASSWORD not in repr(outcome), (name, outcome)
    assert PASSWORD not in caplog.text


def test_a_cut_off_login_line_is_still_a_failed_login_with_no_password_in_it() -> None:
    for tail in ("", "|", "|BA", "|BAD"):
        events = parse_body(f"ERROR: Login incorrect, please try again: |6666|{PASSWORD}{tail}")
        assert [e.code for e in events] == [Code.LOGIN_INCORRECT]
        event = events[0]
        assert PASSWORD not in repr(event), tail
        assert event.field(2) in ("", "BAD")
    upper = "ABC123"  # a password that looks like a reason code
    event = parse_body(f"ERROR: Login incorrect, please try again: |6666|{upper}")[0]
    assert upper not in repr(event) and event.field(2) == ""


def test_the_client_reports_a_cut_off_login_as_a_refused_login(canned: str) -> None:
    _Canned.answer = (200, f"ERROR: Login incorrect, please try again: |6666|{PASSWORD}".encode())
    with pytest.raises(AuthenticationFailed) as info:
        VicidialClient(canned, "6666", PASSWORD).check_access()
    assert info.value.reason == "BAD" and PASSWORD not in repr(vars(info.value))


def test_a_php_fatal_error_is_never_taken_as_a_field_value(canned: str) -> None:
    for body in (FATAL, PLAIN_FATAL):
        _Canned.answer = (200, body.encode())
        with pytest.raises(VicidialError):
            VicidialClient(canned, "6666", PASSWORD).read_lead_fields(4, ["last_name"])


def test_a_value_that_looks_like_an_error_line_is_still_a_value(canned: str) -> None:
    _Canned.answer = (200, b"ERROR: wrong number, call back")
    values = VicidialClient(canned, "6666", PASSWORD).read_lead_fields(4, ["comments"])
    assert values == {"comments": "ERROR: wrong number, call back"}
