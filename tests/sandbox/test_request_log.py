"""The request log: function, whether it may write and whether it wrote, the fault it met, its times."""

from __future__ import annotations

import threading
import time

import pytest
import requests
from sandbox_http import api

from leadeditor.sandbox import Fault, SandboxServer


def test_each_entry_records_function_write_and_time(server: SandboxServer) -> None:
    before = time.time()
    api(server, function="update_lead", lead_id="12", no_update="Y")
    api(server, function="update_lead", lead_id="12", city="Logged")
    api(server, function="update_lead", lead_id="12", city="Logged")  # same value: 0 rows changed
    api(server, function="lead_all_info", lead_id="12")
    after = time.time()
    log = server.request_log
    assert [(e.function, e.is_write, e.wrote) for e in log] == [
        ("update_lead", False, False),
        ("update_lead", True, True),
        ("update_lead", True, False),
        ("lead_all_info", False, False),
    ]
    for entry in log:
        assert entry.answered_at is not None and before <= entry.received_at <= entry.answered_at <= after
        assert entry.seconds is not None and entry.seconds >= 0
    assert [e.params["city"] for e in log.writes()] == ["Logged", "Logged"]
    assert len(log.of("lead_all_info")) == 1 and log.since(3)[0].function == "lead_all_info"
    method, params = log[-1]  # still a (method, params) pair
    assert method == "POST" and params["lead_id"] == "12"


def test_no_update_n_is_a_write_and_inserts_and_deletes_wrote(server: SandboxServer) -> None:
    api(server, function="update_lead", lead_id="12", city="X", no_update="N")
    api(server, function="update_lead", search_method="PHONE_NUMBER", phone_number="2125550999",
        insert_if_not_found="Y", phone_code="1", list_id="101")  # fmt: skip
    api(server, function="update_lead", lead_id="13", delete_lead="Y")
    api(server, function="update_lead", lead_id="99999", city="Nobody")
    assert [(e.is_write, e.wrote) for e in server.request_log] == [(True, True)] * 3 + [(True, False)]


def test_faults_are_recorded_and_a_dropped_write_did_not_write(server: SandboxServer) -> None:
    server.inject(Fault.DROP_BEFORE_WRITE, function="write")
    server.inject(Fault.DROP_AFTER_WRITE, function="write")
    for city in ("Lost", "Landed"):
        with pytest.raises(requests.exceptions.ConnectionError):
            api(server, function="update_lead", lead_id="12", city=city)
    assert [(e.fault, e.wrote) for e in server.request_log] == [
        ("DROP_BEFORE_WRITE", False),
        ("DROP_AFTER_WRITE", True),
    ]
    assert (server.lead(12) or {})["city"] == "Landed"


def test_max_in_flight_sees_parallel_requests() -> None:
    with SandboxServer(latency_ms=300) as srv:
        threads = [
            threading.Thread(target=api, args=(srv,), kwargs={"function": "version"}) for _ in range(3)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        api(srv, function="version")
        assert len(srv.request_log) == 4 and srv.request_log.max_in_flight() == 3
    srv.close()
