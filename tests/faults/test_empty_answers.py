"""The sandbox's empty-answer faults over real HTTP: 200 with no body, before or after the write."""

from __future__ import annotations

import pytest
import requests

from leadeditor.sandbox import Fault, SandboxServer
from leadeditor.sandbox.__main__ import parse_args


def _update(server: SandboxServer, city: str) -> requests.Response:
    data = {
        "source": "test",
        "user": "6666",
        "pass": "1234",
        "function": "update_lead",
        "lead_id": "12",
        "city": city,
    }
    return requests.post(server.url, data=data, timeout=5)


@pytest.mark.parametrize(
    ("fault", "applied"), [(Fault.EMPTY_BEFORE_WRITE, False), (Fault.EMPTY_AFTER_WRITE, True)]
)
def test_an_empty_answer_before_or_after_the_write(
    sandbox: SandboxServer, fault: Fault, applied: bool
) -> None:
    sandbox.inject(fault, function="write")
    response = _update(sandbox, "Hollow")
    assert response.status_code == 200 and response.content == b""
    assert (sandbox.lead(12) or {})["city"] == ("Hollow" if applied else "Oakland")
    (entry,) = sandbox.request_log.writes()
    assert entry.fault == fault.name and entry.wrote is applied
    assert _update(sandbox, "Full").content.startswith(b"SUCCESS: update_lead LEAD HAS BEEN UPDATED")


def test_the_command_line_names_them() -> None:
    args = parse_args(["--fault", "EMPTY_AFTER_WRITE:2@write"])
    assert args.fault == [(Fault.EMPTY_AFTER_WRITE, 2, "write")]


def test_a_stopped_sandbox_refuses_a_kept_alive_connection(sandbox: SandboxServer) -> None:
    with requests.Session() as session:
        data = {"source": "test", "user": "6666", "pass": "1234", "function": "version"}
        assert session.post(sandbox.url, data=data, timeout=5).status_code == 200
        sandbox.stop()
        with pytest.raises(requests.exceptions.ConnectionError):
            session.post(sandbox.url, data=data, timeout=5)
