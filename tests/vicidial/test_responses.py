"""The body parser against the real server's bytes (observed.md, PROTOCOL §2.14 and §3), and fuzzed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leadeditor.vicidial.errors import REDACTED, VicidialError
from leadeditor.vicidial.lead_rows import parse_lead_search, plausible_value_on_500, split_lead_all_info
from leadeditor.vicidial.responses import Code, decode_lenient, parse_body, strip_php_messages
from leadeditor.vicidial.versioninfo import parse_version

OBSERVED: list[tuple[bytes, list[Code], tuple[str, ...]]] = [
    (
        b"NOTICE: update_lead LEADS FOUND IN THE SYSTEM: |6666|1|||101|101\n",
        [Code.LEADS_FOUND],
        ("6666", "1", "", "", "101", "101"),
    ),
    (
        b"NOTICE: update_lead NO MATCHES FOUND IN THE SYSTEM: |6666|99999||\n",
        [Code.NO_MATCHES],
        ("6666", "99999", "", ""),
    ),
    (
        b"ERROR: update_lead NO VALID SEARCH METHOD - 6666|LEAD_ID|||3125550100\n",
        [Code.NO_VALID_SEARCH_METHOD],
        ("6666", "LEAD_ID", "", "", "3125550100"),
    ),
    (
        b"SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|14|1|||\n",
        [Code.LEAD_UPDATED],
        ("6666", "14", "1", "", "", ""),
    ),
    (
        b"SUCCESS: update_lead LEAD HAS BEEN DELETED 0|0 - 6666|12|1|0|0|\n",
        [Code.LEAD_DELETED],
        ("6666", "12", "1", "0", "0", ""),
    ),
    (
        b"ERROR: Invalid Source - \nERROR: Invalid Source: ||\n",
        [Code.INVALID_SOURCE, Code.INVALID_SOURCE],
        ("", ""),
    ),
    (
        b"ERROR: update_lead USER DOES NOT HAVE PERMISSION TO UPDATE LEADS IN THE SYSTEM: |7777|0|\n",
        [Code.NO_PERMISSION],
        ("7777", "0", ""),
    ),
    (
        b"ERROR: lead_all_info USER DOES NOT HAVE PERMISSION TO GET LEAD INFO: |7777|0|\n",
        [Code.NO_PERMISSION],
        ("7777", "0", ""),
    ),
    (
        b"ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |6666|update_lead|\n",
        [Code.FUNCTION_NOT_ALLOWED],
        ("6666", "update_lead", ""),
    ),
    (
        b"ERROR: Too many login attempts, try again in 15 minutes: |6666|LOCK|\n",
        [Code.LOCKED_OUT],
        ("6666", "LOCK"),
    ),
    (b"ERROR: Your IP Address is not allowed: 10.1.2.3: ||IPBLOCK|\n", [Code.IP_BLOCKED], ("10.1.2.3",)),
    (
        b"NOTICE: update_lead CUSTOM FIELDS VALUES UPDATED - |6|101|101|101|1\n",
        [Code.CUSTOM_FIELDS_UPDATED],
        ("6", "101", "101", "101", "1"),
    ),
    (
        b"NOTICE: update_lead CUSTOM FIELDS NOT ADDED, NO CUSTOM FIELDS DEFINED FOR THIS LIST - |9|102\n",
        [Code.CUSTOM_FIELDS_NOT_ADDED],
        ("9", "102"),
    ),
    (
        b"NOTICE: update_lead CUSTOM FIELDS DATA HAS BEEN DELETED - 6666|1|101|1|1\n",
        [Code.CUSTOM_FIELDS_DELETED],
        ("6666", "1", "101", "1", "1"),
    ),
    (
        b"ERROR: update_lead NOT A DEFINED LIST ID, LIST EXISTS CHECK ENABLED - |555\n",
        [Code.LIST_NOT_DEFINED],
        ("555",),
    ),
    (b"ERROR: update_lead NOT AN ALLOWED LIST ID, RESULTS - 101\n", [Code.LIST_NOT_ALLOWED], ("101",)),
    (b"ERROR: lead_all_info LEAD NOT FOUND: 6666|99999|\n", [Code.LEAD_NOT_FOUND], ("6666", "99999", "")),
    (b"ERROR: lead_all_info LIST NOT FOUND: 6666|5||\n", [Code.LIST_NOT_FOUND], ("6666", "5", "", "")),
    (b"ERROR: lead_field_info LIST FIELD NOT FOUND: 6666|1\n", [Code.FIELD_NOT_FOUND], ("6666", "1")),
    (
        b"ERROR: lead_field_info INVALID SEARCH PARAMETERS: 6666|1|\n",
        [Code.INVALID_SEARCH_PARAMETERS],
        ("6666", "1", ""),
    ),
    (
        b"ERROR: lead_search NO MATCHES FOUND IN THE SYSTEM: |6666|||5550000000\n",
        [Code.NO_MATCHES],
        ("6666", "", "", "5550000000"),
    ),
    (
        b"NOTICE: update_lead SCHEDULED CALLBACK ADDED - 5|TESTCAMP|2026-12-01 10:00:00|ANYONE||CALLBK\n",
        [Code.CALLBACK],
        ("5", "TESTCAMP", "2026-12-01 10:00:00", "ANYONE", "", "CALLBK"),
    ),
    (
        b"NOTICE: update_lead NOT ADDED TO HOPPER, OUTSIDE OF LOCAL TIME - 3125550100|5|-5.00|0|6666\n",
        [Code.HOPPER],
        ("3125550100", "5", "-5.00", "0", "6666"),
    ),
    (b"ERROR: NO FUNCTION SPECIFIED\n", [Code.NO_FUNCTION], ()),
    (b"Could not execute: ", [Code.DB_ERROR], ()),
    (b"MySQL connect ERROR:  Access denied\n", [Code.DB_ERROR], ()),
    (b"DEBUG: SELECT 1\n", [Code.DEBUG], ()),
    (b"", [], ()),
]


@pytest.mark.parametrize(("body", "codes", "fields"), OBSERVED)
def test_every_observed_line_is_classified(body: bytes, codes: list[Code], fields: tuple[str, ...]) -> None:
    events = parse_body(body)
    assert [e.code for e in events] == codes
    if codes:
        assert events[-1].fields == fields


def test_the_echoed_password_never_reaches_an_event() -> None:
    events = parse_body(b"ERROR: Login incorrect, please try again: |6666|s3cretPW|BAD|\n")
    assert [e.code for e in events] == [Code.LOGIN_INCORRECT]
    event = events[0]
    assert event.fields == ("6666", REDACTED, "BAD")
    assert "s3cretPW" not in repr(event)
    two_fa = parse_body("ERROR: Login incorrect, please try again: |6666|s3cretPW|2FA|")[0]
    assert two_fa.fields[2] == "2FA" and "s3cretPW" not in repr(two_fa)


def test_a_version_line_gives_the_build_and_time_zone() -> None:
    body = (
        b"VERSION: 2.14-202|BUILD: 250720-1841|DATE: 2026-11-27 00:25:16|EPOCH: 1795757116|DST: 0|"
        b"TZ: -5.00|TZNOW: -5.00|\n"
    )
    version = parse_version(parse_body(body)[0])
    assert (version.version, version.build, version.tz, version.tz_now) == (
        "2.14-202",
        "250720-1841",
        "-5.00",
        "-5.00",
    )
    assert str(version.build_date) == "2025-07-20" and version.epoch == 1795757116 and not version.dst
    assert str(version.server_time) == "2026-11-27 00:25:16"


def test_several_success_lines_and_mixed_prefixes_are_all_kept() -> None:
    body = (
        b"SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|14|1|||\n"
        b"SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|8|0|||\n"
        b"NOTICE: update_lead CUSTOM FIELDS VALUES UPDATED - |8|102|0|102|1\n"
    )
    events = parse_body(body)
    assert [e.code for e in events] == [Code.LEAD_UPDATED, Code.LEAD_UPDATED, Code.CUSTOM_FIELDS_UPDATED]
    assert [e.field(2) for e in events[:2]] == ["1", "0"]


def test_the_stray_alt_phone_echo_is_split_from_its_notice() -> None:
    events = parse_body(
        b"5551234567|1|home5551234568|1|workNOTICE: update_lead MULTI-ALT-PHONE NUMBERS LOADED - 2|21|6666\n"
    )
    assert [e.code for e in events] == [Code.RAW, Code.ALT_PHONES]
    assert events[1].fields == ("2", "21", "6666")


def test_php_warnings_are_kept_apart_from_the_result() -> None:
    body = (
        b"<br />\n<b>Warning</b>:  Undefined variable $VCBAaffected_rows in <b>/srv/www/vicidial/"
        b"non_agent_api.php</b> on line <b>17322</b><br />\n"
        b"SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|4|1|||\n"
    )
    events = parse_body(body)
    assert events[-1].code is Code.LEAD_UPDATED
    assert {e.code for e in events[:-1]} == {Code.PHP_MESSAGE}
    cleaned, found = strip_php_messages(body.decode())
    assert found and cleaned == "SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|4|1|||\n"


def test_a_php_fatal_error_is_flagged() -> None:
    events = parse_body(
        b"PHP Fatal error:  Uncaught mysqli_sql_exception: Unknown column 'x' in /a.php:12\n"
        b"Stack trace:\n#0 /a.php(12): mysqli_query()\n"
    )
    assert events[0].code is Code.PHP_FATAL
    assert events[0].is_error


def test_lenient_decoding_falls_back_to_cp1252_per_line() -> None:
    assert decode_lenient("Muñoz".encode()) == "Muñoz"
    assert decode_lenient("Muñoz".encode("cp1252")) == "Muñoz"
    assert decode_lenient(b"\x81\x9d") == "\x81\x9d"  # undefined in cp1252: read as Latin-1
    events = parse_body(b"caf\xe9\nSUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|4|1|||\n")
    assert events[0].line == "café" and events[1].code is Code.LEAD_UPDATED


def test_lead_search_rows_are_read_from_the_right() -> None:
    events = parse_body(b"3125550100|3|14-8-1\n3125550101|2|19-2\n9999999999|0|\n")
    assert parse_lead_search(events) == [14, 8, 1, 19, 2]
    assert parse_lead_search(parse_body(b"A|B|2|15-7\n")) == [15, 7]  # a vendor code holding a pipe
    assert parse_lead_search(parse_body(b"search_keyrecords_foundlead_ids\n")) is None


HEADER = (
    b"status|user|vendor_lead_code|source_id|list_id|gmt_offset_now|phone_code|phone_number|title|first_name|"
    b"middle_initial|last_name|address1|address2|address3|city|state|province|postal_code|country_code|gender|"
    b"date_of_birth|alt_phone|email|security_phrase|comments|called_count|last_local_call_time|rank|owner|"
    b"entry_list_id|lead_id"
)
ROW1 = (
    b"NEW||VLC1001|SRC-A|101|-6.00|1|3125550100|Mr|John|Q|Smith|100 Main St|||Chicago|IL||60601|USA|M|"
    b"1980-05-17|3125559100|john.smith@example.com||camp|0|2008-01-01 00:00:00|0||101|1"
)


def test_lead_all_info_records_are_cut_at_header_lines() -> None:
    body = HEADER + b"\n" + ROW1 + b"\n" + HEADER + b"\n" + ROW1.replace(b"camp", b"line1\nline2") + b"\n"
    prelude, rows = split_lead_all_info(body)
    assert prelude == b"" and len(rows) == 2
    first = rows[0].values()
    assert first is not None and first["last_name"] == "Smith" and first["lead_id"] == "1"
    second = rows[1].values()
    assert second is not None and second["comments"] == "line1\nline2" and second["lead_id"] == "1"


def test_a_pipe_in_comments_is_placed_once_the_value_is_known() -> None:
    row_bytes = ROW1.replace(b"|camp|", b"|a|b|c|")
    _, rows = split_lead_all_info(HEADER + b"\n" + row_bytes + b"\n")
    row = rows[0]
    assert row.values() is None
    assert row.lead_id_text() == "1"
    placed = row.values_with({"vendor_lead_code": "VLC1001", "source_id": "SRC-A", "comments": "a|b|c"})
    assert placed is not None and placed["comments"] == "a|b|c" and placed["called_count"] == "0"
    assert row.values_with({"vendor_lead_code": "VLC1001", "source_id": "SRC-A", "comments": "a|b"}) is None
    # the same count but other values: the lead changed between the reads
    assert row.values_with({"vendor_lead_code": "VLC1001|x", "source_id": "SRC-A", "comments": "a|b"}) is None


def test_error_lines_before_the_data_stay_in_the_prelude() -> None:
    body = b"ERROR: lead_all_info LIST NOT FOUND: 6666||3125550100\n" + HEADER + b"\n" + ROW1 + b"\n"
    prelude, rows = split_lead_all_info(body)
    assert [e.code for e in parse_body(prelude)] == [Code.LIST_NOT_FOUND]
    assert len(rows) == 1


@pytest.mark.parametrize(
    ("text", "plausible"),
    [
        ("O'Neil", True),
        ("C:\\dir", True),
        ("Smith", False),
        ("", False),
        ("ERROR: x'y", False),
        ("<b>Fatal error</b>: Uncaught 'x'", False),
        ("<!DOCTYPE html><title>We're down</title>", False),
    ],
)
def test_which_http_500_bodies_are_taken_as_a_value(text: str, plausible: bool) -> None:
    assert plausible_value_on_500(text) is plausible


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_parse_without_an_untyped_error(body: bytes) -> None:
    try:
        events = parse_body(body)
        split_lead_all_info(body)
        parse_lead_search(events)
    except VicidialError:
        pass
    for event in events:
        assert isinstance(event.code, Code)


_PIECES = st.sampled_from(
    [
        "SUCCESS: ",
        "NOTICE: ",
        "ERROR: ",
        "update_lead ",
        "LEAD HAS BEEN UPDATED",
        " - ",
        ": ",
        "|",
        "\n",
        "\r",
        "Login incorrect, please try again: ",
        "VERSION: ",
        "<b>Warning</b>:",
        "<br />",
        "DELETED ",
        "6666",
        "é",
        "\x00",
        "NOTICE: update_lead MULTI-ALT-PHONE NUMBERS LOADED",
        "Fatal error: ",
        "LOCK",
        "BUILD: x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_protocol_like_text_parses_and_never_leaks_a_login_password(text: str) -> None:
    events = parse_body(text)
    for event in events:
        if event.code is Code.LOGIN_INCORRECT:
            assert event.fields[1] == REDACTED
        if event.code is Code.VERSION:
            parse_version(event)
