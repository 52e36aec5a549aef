"""The GMT offset an insert (insert_if_not_found) answers and stores, as lookup_gmt_api gives it."""

from __future__ import annotations

import pytest
from sandbox_http import api

from leadeditor.sandbox import SandboxServer


def _insert(srv: SandboxServer, phone: str, code: str = "1") -> bytes:
    return api(
        srv,
        function="update_lead",
        search_method="PHONE_NUMBER",
        phone_number=phone,
        insert_if_not_found="Y",
        phone_code=code,
        list_id="101",
    ).content


@pytest.mark.parametrize(("phone", "code"), [("9995550100", "1"), ("8085550100", "1"), ("30123456789", "49")])
def test_an_unknown_area_or_country_code_answers_an_empty_offset_and_stores_0(
    server: SandboxServer, phone: str, code: str
) -> None:
    assert (
        _insert(server, phone, code)
        == (
            f"NOTICE: update_lead NO MATCHES FOUND IN THE SYSTEM: |6666|||{phone}\n"
            f"SUCCESS: update_lead LEAD HAS BEEN ADDED - {phone}|101|1000||6666\n"
        ).encode()
    )
    lead = server.lead(1000)
    assert lead is not None and lead["gmt_offset_now"] == "0.00"
    log = server.api_log()[-1]
    assert (log["result_reason"], log["data"]) == ("update_lead LEAD HAS BEEN ADDED", f"{phone}|101|1000|")


@pytest.mark.parametrize(
    ("phone", "code", "gmt"),
    [("2125550100", "1", "-5.00"), ("3035550100", "1", "-7.00"), ("2079460001", "44", "0.00")],
)
def test_a_known_code_keeps_its_offset(server: SandboxServer, phone: str, code: str, gmt: str) -> None:
    assert f"LEAD HAS BEEN ADDED - {phone}|101|1000|{gmt}|6666\n".encode() in _insert(server, phone, code)
    lead = server.lead(1000)
    assert lead is not None and lead["gmt_offset_now"] == gmt
