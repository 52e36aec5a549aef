"""``--fault NAME[:count][@function]`` and ``inject(function=...)``: faults for one function, or writes."""

from __future__ import annotations

import subprocess
import sys

import pytest
import requests
from sandbox_http import api

from leadeditor.sandbox import Fault, SandboxServer
from leadeditor.sandbox.__main__ import parse_args


def _check_first(srv: SandboxServer) -> requests.Response:
    """The client's check-first search before a write (update_lead no_update=Y)."""
    return api(srv, function="update_lead", lead_id="12", no_update="Y")


def _write(srv: SandboxServer, city: str) -> requests.Response:
    return api(srv, function="update_lead", lead_id="12", city=city)


def _city(srv: SandboxServer) -> str | None:
    return (srv.lead(12) or {}).get("city")


def test_write_selector_lets_the_check_first_search_and_reads_pass(server: SandboxServer) -> None:
    server.inject(Fault.HTTP_503, function="write")
    assert _check_first(server).content.startswith(b"NOTICE: update_lead LEADS FOUND IN THE SYSTEM")
    assert api(server, function="lead_all_info", lead_id="12").status_code == 200
    assert api(server, function="version").status_code == 200
    assert _write(server, "Fails").status_code == 503
    assert _city(server) == "Oakland"
    assert _write(server, "Works").status_code == 200  # count 1 used up by the write only
    assert _city(server) == "Works"
    assert [e.fault for e in server.request_log] == [None, None, None, "HTTP_503", None]


def test_write_selector_counts_only_writes(server: SandboxServer) -> None:
    server.inject(Fault.DROP_BEFORE_WRITE, count=2, function="write")
    for city in ("One", "Two"):
        assert _check_first(server).status_code == 200
        with pytest.raises(requests.exceptions.ConnectionError):
            _write(server, city)
    assert _city(server) == "Oakland"
    assert _write(server, "Three").status_code == 200 and _city(server) == "Three"


def test_update_lead_selector_hits_every_update_lead(server: SandboxServer) -> None:
    server.inject(Fault.HTTP_500, count=2, function="update_lead")
    assert api(server, function="lead_field_info", lead_id="12", field_name="city").content == b"Oakland"
    assert _check_first(server).status_code == 500  # the no_update=Y search is an update_lead too
    assert _write(server, "Nope").status_code == 500
    assert _city(server) == "Oakland"
    assert _write(server, "Yes").status_code == 200


def test_read_function_selector(server: SandboxServer) -> None:
    server.inject(Fault.RANDOM_BYTES, function="lead_all_info")
    assert _write(server, "Unhurt").content.startswith(b"SUCCESS: update_lead LEAD HAS BEEN UPDATED")
    garbled = api(server, function="lead_all_info", lead_id="12")
    assert garbled.status_code == 200 and b"|Unhurt|" not in garbled.content
    assert b"|Unhurt|" in api(server, function="lead_all_info", lead_id="12").content


def test_unknown_selector_is_refused(server: SandboxServer) -> None:
    with pytest.raises(ValueError, match="unknown fault selector 'update_leed'"):
        server.inject(Fault.HTTP_503, function="update_leed")
    assert server._faults.pending() == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HTTP_503", (Fault.HTTP_503, 1, None)),
        ("http_502:3", (Fault.HTTP_502, 3, None)),
        ("HTTP_500@write", (Fault.HTTP_500, 1, "write")),
        ("DROP_AFTER_WRITE:2@update_lead", (Fault.DROP_AFTER_WRITE, 2, "update_lead")),
        ("LATENCY@lead_search", (Fault.LATENCY, 1, "lead_search")),
    ],
)
def test_command_line_fault_syntax(text: str, expected: tuple[Fault, int, str | None]) -> None:
    assert parse_args(["--fault", text]).fault == [expected]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("HTTP_503@nothing", "unknown selector @nothing"),
        ("NOPE@write", "unknown fault"),
        ("HTTP_503:0", "at least 1"),
    ],
)
def test_command_line_refuses_bad_faults(text: str, message: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "leadeditor.sandbox", "--port", "0", "--fault", text],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2 and message in done.stderr


def test_command_line_write_selector_over_http() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "leadeditor.sandbox", "--port", "0", "--quiet", "--fault", "HTTP_502:1@write"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        base = f"{url}?user=6666&pass=1234&source=cli&function=update_lead&lead_id=12"
        assert requests.get(base + "&no_update=Y", timeout=10).status_code == 200
        assert requests.get(base + "&city=Gone", timeout=10).status_code == 502
        assert requests.get(base + "&city=Here", timeout=10).content.startswith(b"SUCCESS:")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
