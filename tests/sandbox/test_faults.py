"""Each injected fault, over real sockets."""

from __future__ import annotations

import time

import pytest
import requests
from sandbox_http import api

from leadeditor.sandbox import Fault, SandboxServer


def _city(srv: SandboxServer) -> str | None:
    lead = srv.lead(12)
    assert lead is not None
    return lead["city"]


def test_latency_adds_time(server: SandboxServer) -> None:
    server.inject(Fault.LATENCY, seconds=0.4)
    start = time.monotonic()
    assert api(server, function="update_lead", lead_id="12", city="Slow").status_code == 200
    assert time.monotonic() - start >= 0.4
    assert _city(server) == "Slow"


def test_hang_outlasts_the_client_timeout_and_applies_nothing(server: SandboxServer) -> None:
    server.inject(Fault.HANG, seconds=1.5)
    with pytest.raises(requests.exceptions.ReadTimeout):
        requests.post(
            server.url,
            data={
                "pass": "1234",
                "user": "6666",
                "source": "t1",
                "function": "update_lead",
                "lead_id": "12",
                "city": "Hung",
            },
            timeout=0.3,
        )
    time.sleep(1.5)
    assert _city(server) == "Oakland"


def test_drop_before_write(server: SandboxServer) -> None:
    server.inject(Fault.DROP_BEFORE_WRITE)
    with pytest.raises(requests.exceptions.ConnectionError):
        api(server, function="update_lead", lead_id="12", city="Dropped")
    assert _city(server) == "Oakland"
    assert (
        api(server, function="update_lead", lead_id="12", city="Later").status_code == 200
    )  # count=1 used up
    assert _city(server) == "Later"


def test_drop_after_write(server: SandboxServer) -> None:
    server.inject(Fault.DROP_AFTER_WRITE, function="update_lead")
    with pytest.raises(requests.exceptions.ConnectionError):
        api(server, function="update_lead", lead_id="12", city="Written")
    assert _city(server) == "Written"


@pytest.mark.parametrize(
    ("fault", "status", "marker"),
    [
        (Fault.HTTP_500, 500, b"Internal Server Error"),
        (Fault.HTTP_502, 502, b"Bad Gateway"),
        (Fault.HTTP_503, 503, b"Service Unavailable"),
    ],
)
def test_http_error_pages(server: SandboxServer, fault: Fault, status: int, marker: bytes) -> None:
    server.inject(fault, count=2)
    for _ in range(2):
        response = api(server, function="update_lead", lead_id="12", city="Err")
        assert response.status_code == status
        assert b"<html>" in response.content.lower() and marker in response.content
    assert _city(server) == "Oakland"
    assert api(server, function="update_lead", lead_id="12", city="Ok").status_code == 200


def test_truncated_body(server: SandboxServer) -> None:
    server.inject(Fault.TRUNCATED_BODY)
    with pytest.raises((requests.exceptions.ChunkedEncodingError, requests.exceptions.ConnectionError)):
        api(server, function="update_lead", lead_id="12", city="Cut")
    assert _city(server) == "Cut"


def test_random_bytes(server: SandboxServer) -> None:
    server.inject(Fault.RANDOM_BYTES)
    response = api(server, function="update_lead", lead_id="12", city="Noise")
    assert response.status_code == 200 and not response.content.startswith(b"SUCCESS")
    assert len(response.content) == 64


def test_php_warnings_before_the_real_answer(server: SandboxServer) -> None:
    server.inject(Fault.PHP_WARNINGS)
    response = api(server, function="update_lead", lead_id="12", city="Warned")
    assert response.content.startswith(
        b"<br />\n<b>Warning</b>:  Undefined variable $DL in <b>/var/www/html/"
        b"vicidial/non_agent_api.php</b> on line <b>14781</b><br />\n"
    )
    assert response.content.endswith(b"SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|12|1|||\n")


def test_function_filter_and_clear(server: SandboxServer) -> None:
    server.inject(Fault.HTTP_503, function="lead_all_info")
    assert api(server, function="update_lead", lead_id="12", city="Pass").status_code == 200
    server.clear_faults()
    assert api(server, function="lead_all_info", lead_id="12").status_code == 200


def test_global_latency_setting(server: SandboxServer) -> None:
    server.latency_ms = 300
    start = time.monotonic()
    requests.get(server.url + "?function=version", timeout=10)
    assert time.monotonic() - start >= 0.3
