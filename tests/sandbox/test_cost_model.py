"""``--row-latency-ms``: the answer of lead_all_info and lead_search costs B ms per returned line."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import requests
from testkit.sandboxes import sandbox_for_module

from leadeditor.sandbox import SandboxServer

Q = "user=6666&pass=1234&source=test"
ROW_MS = 40.0
SHARED = ("3125550777", 12)


@pytest.fixture(scope="module")
def costly() -> Iterator[SandboxServer]:
    with sandbox_for_module(row_latency_ms=ROW_MS, generate=200, shared_phones=[SHARED]) as srv:
        yield srv


def _timed(srv: SandboxServer, query: str) -> tuple[float, bytes]:
    start = time.monotonic()
    answer = requests.get(f"{srv.url}?{Q}&{query}", timeout=30)
    return time.monotonic() - start, answer.content


def test_lead_all_info_pays_per_returned_line(costly: SandboxServer) -> None:
    seconds, body = _timed(costly, f"function=lead_all_info&phone_number={SHARED[0]}")
    assert body.count(b"\n") == SHARED[1]
    assert seconds >= SHARED[1] * ROW_MS / 1000
    one, body = _timed(costly, "function=lead_all_info&lead_id=1")
    assert body.count(b"\n") == 1 and ROW_MS / 1000 <= one < SHARED[1] * ROW_MS / 1000


def test_lead_all_info_with_header_counts_the_header_lines_too(costly: SandboxServer) -> None:
    seconds, body = _timed(costly, f"function=lead_all_info&phone_number={SHARED[0]}&header=YES")
    assert body.count(b"\n") == 2 * SHARED[1]  # the header is repeated before every row
    assert seconds >= 2 * SHARED[1] * ROW_MS / 1000


def test_lead_search_pays_per_line_and_other_functions_do_not(costly: SandboxServer) -> None:
    seconds, body = _timed(costly, f"function=lead_search&phone_number={SHARED[0]},3125550100&header=YES")
    assert body.count(b"\n") == 3 and seconds >= 3 * ROW_MS / 1000
    assert body.startswith(f"search_keyrecords_foundlead_ids\n{SHARED[0]}|{SHARED[1]}|".encode())
    free, body = _timed(costly, "function=lead_field_info&lead_id=1&field_name=first_name")
    assert body == b"John" and free < ROW_MS / 1000


def test_row_latency_adds_to_the_request_latency() -> None:
    with SandboxServer(latency_ms=150, row_latency_ms=50) as srv:
        seconds, body = _timed(srv, "function=lead_all_info&phone_number=3125550100")
        assert body.count(b"\n") == 3  # leads 1, 8 and 14 share this number in the sample
        assert seconds >= 0.150 + 3 * 0.050
        quick, _ = _timed(srv, "function=version")
        assert 0.150 <= quick < 0.150 + 3 * 0.050
    srv.close()
