"""Hypothesis: bodies mixed from real answer lines (PROTOCOL §2.14, §3, observed.md), cut, joined and
garbled, are parsed without any untyped error, and an echoed password never survives into an event."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leadeditor.vicidial.errors import VicidialError
from leadeditor.vicidial.lead_rows import parse_lead_search, split_lead_all_info
from leadeditor.vicidial.models import LEAD_ALL_INFO_COLUMNS
from leadeditor.vicidial.responses import Code, parse_body
from leadeditor.vicidial.versioninfo import parse_version

PASSWORD = "Pw_Secret-42"
_HEADER = "|".join(LEAD_ALL_INFO_COLUMNS)
_ROW = (
    "NEW||VLC1001|SRC-A|101|-6.00|1|3125550100|Mr|John|Q|Smith|100 Main St|||Chicago|IL||60601|USA|M|"
    "1980-05-17|3125559100|john.smith@example.com||camp|0|2008-01-01 00:00:00|0||101|1"
)
LINES = [
    f"ERROR: Login incorrect, please try again: |6666|{PASSWORD}|BAD|",
    f"ERROR: Login incorrect, please try again: |6666|{PASSWORD}|2FA|",
    "ERROR: Too many login attempts, try again in 15 minutes: |6666|LOCK|",
    "ERROR: Your IP Address is not allowed: 10.0.0.1: ||IPBLOCK|",
    "ERROR: Invalid Source - x",
    "ERROR: Invalid Source: |x|",
    "ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |6666|update_lead|",
    "ERROR: update_lead USER DOES NOT HAVE PERMISSION TO UPDATE LEADS IN THE SYSTEM: |7777|0|",
    "ERROR: update_lead NO VALID SEARCH METHOD - 6666|LEAD_ID|||3125550100",
    "ERROR: update_lead NOT AN ALLOWED LIST ID, RESULTS - 201",
    "ERROR: update_lead NOT A DEFINED LIST ID, LIST EXISTS CHECK ENABLED - |555",
    "NOTICE: update_lead LEADS FOUND IN THE SYSTEM: |6666|1|||101|101",
    "NOTICE: update_lead NO MATCHES FOUND IN THE SYSTEM: |6666|99999||",
    "ERROR: update_lead NO MATCHES FOUND IN THE SYSTEM: |6666|99999||",
    "SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|14|1|||",
    "SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|14|-1|||",
    "SUCCESS: update_lead LEAD HAS BEEN DELETED 0|0 - 6666|12|1|0|0|",
    "SUCCESS: update_lead LEAD HAS BEEN ADDED - 3125550100|101|22|-6.00|6666",
    "NOTICE: update_lead CUSTOM FIELDS VALUES UPDATED - |6|101|101|101|1",
    "NOTICE: update_lead CUSTOM FIELDS NOT ADDED, NO CUSTOM FIELDS DEFINED FOR THIS LIST - |9|102",
    "NOTICE: update_lead SCHEDULED CALLBACK ADDED - 1|TESTCAMP|2026-01-01 10:00:00|ANYONE||CALLBK",
    "NOTICE: update_lead ADDED TO HOPPER - 3125550100|1|55|6666",
    "3125550100|1|2|NOTICE: update_lead MULTI-ALT-PHONE NUMBERS LOADED - 1|22|6666",
    "VERSION: 2.14-202|BUILD: 250720-1841|DATE: 2026-11-27 00:25:16|EPOCH: 1795757116|DST: 0|TZ: -5.00|"
    "TZNOW: -5.00|",
    "ERROR: lead_all_info LEAD NOT FOUND: 6666|99999|",
    "ERROR: lead_all_info LIST NOT FOUND: 6666|1||",
    "ERROR: lead_field_info LIST FIELD NOT FOUND: 6666|1",
    "ERROR: lead_search NO MATCHES FOUND IN THE SYSTEM: |6666|||5550000000",
    "search_keyrecords_foundlead_ids",
    "3125550100|3|14-8-1",
    "9999999999|0|",
    _HEADER,
    _ROW,
    "Could not execute: ",
    "MySQL connect ERROR:  Access denied",
    "<br />",
    "<b>Warning</b>:  Undefined variable $DL in <b>/srv/non_agent_api.php</b> on line <b>15521</b><br />",
    f"<b>Fatal error</b>:  Uncaught mysqli_sql_exception: near 'pass={PASSWORD}&x' in /srv/a.php:20502",
    "Stack trace:",
    "#0 {main}",
    "Muñoz",
    "O'Neil",
    "",
]


def _garble(text: str, cut: int, noise: bytes, crlf: bool) -> bytes:
    data = text.replace("\n", "\r\n").encode() if crlf else text.encode()
    if cut:
        data = data[: max(0, len(data) - cut)]
    return data + noise


BODIES = st.builds(
    _garble,
    st.lists(st.sampled_from(LINES), max_size=12).map("\n".join),
    st.integers(min_value=0, max_value=30),
    st.binary(max_size=8),
    st.booleans(),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(BODIES)
def test_realistic_bodies_parse_to_events_and_hide_the_password(body: bytes) -> None:
    events = parse_body(body)  # documented never to raise
    for event in events:
        assert isinstance(event.code, Code)
        if event.code is Code.LOGIN_INCORRECT:
            assert PASSWORD not in repr(event)
            assert event.field(2) in ("", "BAD", "2FA")
        if event.code is Code.VERSION:
            with contextlib.suppress(VicidialError):
                parse_version(event)
    with contextlib.suppress(VicidialError):
        split_lead_all_info(body)
        parse_lead_search(events)
