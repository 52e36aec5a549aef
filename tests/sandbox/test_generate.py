"""``--generate N`` and ``--shared-phone PHONE:COUNT``: deterministic synthetic leads, over real sockets."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
import requests
from sandbox_http import api
from testkit.sandboxes import sandbox_for_module

from leadeditor.sandbox import SandboxServer
from leadeditor.sandbox.gmt import AREA_CODES

N = 500
SHARED = ("4155550999", 40)
GMT = {a.code: a.gmt for a in AREA_CODES}


@pytest.fixture(scope="module")
def generated() -> Iterator[SandboxServer]:
    with sandbox_for_module(generate=N, shared_phones=[SHARED]) as srv:
        yield srv


def test_generated_leads_follow_the_sample_with_ids_from_1000(generated: SandboxServer) -> None:
    assert generated.lead(20) is not None and generated.lead(21) is None  # the sample is still there
    first, last = generated.lead(1000), generated.lead(1000 + N - 1)
    assert first is not None and last is not None and generated.lead(1000 + N) is None
    assert first["entry_date"] is not None and last["entry_date"] is not None
    assert first["entry_date"] < last["entry_date"]  # newer leads have higher IDs, as on a real server
    answer = api(generated, function="lead_all_info", lead_id=str(1000 + N // 2))
    fields = answer.content.decode().rstrip("\n").split("|")
    assert answer.status_code == 200 and len(fields) == 32 and fields[-1] == str(1000 + N // 2)


def test_generated_values_are_realistic(generated: SandboxServer) -> None:
    lists: set[str] = set()
    for lead_id in range(1000, 1000 + N):
        lead = generated.lead(lead_id)
        assert lead is not None
        phone = lead["phone_number"] or ""
        assert len(phone) == 10 and phone.isdigit() and lead["phone_code"] == "1"
        assert lead["gmt_offset_now"] == GMT[phone[:3]]  # the offset fits the area code
        assert lead["first_name"] and lead["last_name"] and lead["city"] and lead["state"]
        assert lead["vendor_lead_code"] == f"GEN{lead_id:07d}"
        assert (lead["called_count"] == "0") == (lead["status"] == "NEW")
        lists.add(lead["list_id"] or "")
    assert lists == {"101", "102", "201", "998", "999"}


def test_the_same_count_gives_the_same_leads(generated: SandboxServer) -> None:
    with SandboxServer(generate=N, shared_phones=[SHARED]) as again:
        for lead_id in (1000, 1000 + N // 3, 1000 + N - 1):
            assert again.lead(lead_id) == generated.lead(lead_id)
    again.close()


def test_the_shared_phone_is_on_count_leads_in_several_lists(generated: SandboxServer) -> None:
    answer = api(generated, function="lead_search", phone_number=SHARED[0])
    key, count, ids = answer.content.decode().rstrip("\n").split("|")
    assert (key, int(count)) == (SHARED[0], SHARED[1])
    lead_ids = [int(i) for i in ids.split("-")]
    assert lead_ids == sorted(lead_ids, reverse=True) and all(i >= 1000 for i in lead_ids)
    lists = {(generated.lead(i) or {})["list_id"] for i in lead_ids}
    assert len(lists) >= 3
    rows = api(generated, function="lead_all_info", phone_number=SHARED[0]).content
    assert rows.count(b"\n") == SHARED[1]


def test_new_leads_come_after_the_generated_ones(generated: SandboxServer) -> None:
    answer = api(
        generated,
        function="update_lead",
        search_method="PHONE_NUMBER",
        phone_number="2125550001",
        insert_if_not_found="Y",
        phone_code="1",
        list_id="101",
    )
    assert f"LEAD HAS BEEN ADDED - 2125550001|101|{1000 + N}|-5.00|6666".encode() in answer.content


def test_more_shared_leads_than_generated_is_refused() -> None:
    with pytest.raises(ValueError, match="only 10 are generated"):
        SandboxServer(generate=10, shared_phones=[("3125550999", 11)])


def test_command_line_generate_and_shared_phone() -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "leadeditor.sandbox",
            "--port",
            "0",
            "--quiet",
            "--generate",
            "300",
            "--shared-phone",
            "3035550888:25",
            "--shared-phone",
            "6175550888:5",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        base = f"{url}?user=6666&pass=1234&source=cli&function=lead_search&phone_number="
        assert requests.get(base + "3035550888", timeout=10).content.startswith(b"3035550888|25|")
        assert requests.get(base + "6175550888", timeout=10).content.startswith(b"6175550888|5|")
        field = f"{url}?user=6666&pass=1234&source=cli&function=lead_field_info&field_name=lead_id&lead_id="
        assert requests.get(field + "1299", timeout=10).content == b"1299"
        assert b"LEAD NOT FOUND" in requests.get(field + "1300", timeout=10).content
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--shared-phone", "3125550999:5"], "needs --generate"),
        (["--generate", "3", "--shared-phone", "3125550999:5"], "only 3 are generated"),
        (["--generate", "3", "--shared-phone", "12ab:5"], "bad phone number"),
        (["--generate", "-1"], "must not be negative"),
    ],
)
def test_command_line_refuses_bad_generation(args: list[str], message: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "leadeditor.sandbox", "--port", "0", "--quiet", *args],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2 and message in done.stderr and done.stdout == ""
