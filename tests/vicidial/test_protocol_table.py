"""What the real server stores for hard inputs, field by field: a table written by hand from PROTOCOL.md.

Every expected value below was worked out from the cited section (filters §1.4, `--BLANK--` §1.5 and §2.5,
columns §4.1, traps §5), not computed with the code under test. Each row is checked three ways: against
`predict_stored`, against `VicidialClient.update` on the sandbox (which stores what the row says), and, for
rows the client refuses, that nothing is sent. ``REFUSED`` marks values the client will not send because
the server would turn them into another plausible value (§5 items 7 and 12; `fields.refusal`);
``UNCHANGED`` values whose every character the server's filter removes (§2.5, §2.15: the field is then left
as it is).

Rows are (column, typed, mode, expected); mode is "both", "latin" (use_non_latin=0) or "nonlatin".
"""

from __future__ import annotations

import pytest

from leadeditor.sandbox import SandboxServer
from leadeditor.vicidial import BLANK, Blank, VicidialClient
from leadeditor.vicidial.fields import FIELDS, predict_stored

REFUSED = "<refused>"
UNCHANGED = "<unchanged>"
LEAD = 10
PUNCT = "()!?*=<>|[]{}$^~`"
Row = tuple[str, str | Blank, str, str]

NAME_ROWS: list[Row] = [
    # §1.4 quick answers, first/last name column
    ("last_name", "a'b", "both", "a'b"),
    ("last_name", 'a"b', "both", "ab"),
    ("last_name", "a&b", "both", "ab"),
    ("last_name", "a+b", "both", "a b"),  # sent as %2B (§1.1), then + -> space
    ("last_name", "a#b", "both", "ab"),
    ("last_name", "a;b", "both", "ab"),
    ("last_name", "a,b", "both", "ab"),
    ("last_name", "a.b", "both", "a.b"),
    ("last_name", "a@:/b", "both", "ab"),
    ("last_name", "a%b", "both", "ab"),
    ("last_name", f"a{PUNCT}b", "both", "ab"),
    ("last_name", "a\\b", "both", "ab"),
    ("last_name", "a\tb", "both", "ab"),
    ("last_name", "a\nb", "both", "ab"),  # LF removed by the filter (not turned into !N)
    ("last_name", "a\r\nb", "both", "ab"),
    ("last_name", "a_b-c 9", "both", "a_b-c 9"),
    ("last_name", "Renée", "latin", "Rene"),  # bytes >= 0x80 removed (observed.md)
    ("last_name", "Renée", "nonlatin", "Renée"),
    ("last_name", "Muñoz", "latin", "Muoz"),
    ("last_name", "Muñoz", "nonlatin", "Muñoz"),
    ("first_name", "李小龙", "latin", UNCHANGED),
    ("first_name", "李小龙", "nonlatin", "李小龙"),
    ("first_name", "a😀b", "both", "ab"),  # emoji removed in both modes
    ("first_name", "a\u00a0b", "both", "ab"),  # NBSP removed
    ("first_name", "a٣b", "nonlatin", "ab"),  # non-ASCII digits removed
    # §1.4 / §5.5: combining marks are removed, so the client sends NFC
    ("first_name", "Rene\u0301e", "nonlatin", "Renée"),
    ("first_name", "Rene\u0301e", "latin", "Rene"),
    ("first_name", "  Ann  ", "both", "  Ann  "),  # spaces are kept
    ("first_name", "x" * 31, "both", "x" * 30),  # §4.1 VARCHAR(30)
    ("first_name", "é" * 31, "nonlatin", "é" * 30),  # lengths count characters
    ("first_name", "--BLANK--", "both", ""),  # §1.5: the literal token empties the field
    ("first_name", "###", "both", UNCHANGED),
    # a letter beyond U+FFFF passes \p{L} (§1.4) but 3-byte utf8 cannot hold it (§4.1): four '?' (§5.22)
    ("first_name", "A\U00020000", "nonlatin", "A????"),
    ("first_name", "A\U00020000", "latin", "A"),
    # bytes that are not UTF-8: with non_latin=1 they wipe the value (§1.4); the client refuses them
    ("last_name", "caf\udce9", "both", REFUSED),
    # title: `+` removed, VARCHAR(4)
    ("title", "Mrs+", "both", "Mrs"),  # observed.md C
    ("title", "M+r", "both", "Mr"),
    ("title", "Dr.", "both", "Dr."),
    ("title", "Mr&Mrs", "both", "MrMr"),
    ("title", "Señor", "latin", "Seor"),
    ("title", "Señor", "nonlatin", "Seño"),
    ("title", "Mr😀", "both", "Mr"),
    # middle_initial: A-Z a-z 0-9 - _, VARCHAR(1)
    ("middle_initial", "Q.", "both", "Q"),
    ("middle_initial", "'Q", "both", "Q"),
    ("middle_initial", "QZ", "both", "Q"),
    ("middle_initial", "É", "latin", UNCHANGED),
    ("middle_initial", "É", "nonlatin", "É"),
]

ADDRESS_ROWS: list[Row] = [
    # address/city column of §1.4: - space ' + . : / @ _ 0-9 letters, + -> space
    ("address1", "12 Main St, Apt #3", "both", "12 Main St Apt 3"),
    ("address2", "c/o J.Smith @ 5:00", "both", "c/o J.Smith @ 5:00"),
    ("address3", "a&b%c", "both", "abc"),
    ("address1", "a+b", "both", "a b"),
    ("address1", "a\\b\tc", "both", "abc"),
    ("city", "Café", "latin", "Caf"),
    ("city", "Café", "nonlatin", "Café"),
    ("city", "x" * 51, "both", "x" * 50),
    ("owner", "O'Neil_2", "both", "O'Neil_2"),
    ("owner", "x" * 21, "both", "x" * 20),
    ("security_phrase", "what? 42!", "both", "what 42"),
    # state: - space 0-9 letters (no ' or .), + removed, VARCHAR(2)
    ("state", "I.L", "both", "IL"),
    ("state", "N'Y", "both", "NY"),
    ("state", "a+b", "both", "ab"),
    ("state", "Illinois", "both", "Il"),
    ("state", ".", "both", UNCHANGED),
    ("state", "Ö", "latin", UNCHANGED),
    ("state", "Ö", "nonlatin", "Ö"),
    # province: - space ' + . _ 0-9 letters, + -> space
    ("province", "St. John's", "both", "St. John's"),
    ("province", "a+b,c", "both", "a bc"),
    ("province", "Québec", "latin", "Qubec"),
    ("province", "Québec", "nonlatin", "Québec"),
    # postal_code: - space ' + 0-9 letters (no . or _), + -> space, VARCHAR(10)
    ("postal_code", "60601-1234", "both", "60601-1234"),
    ("postal_code", "SW1A 1AA", "both", "SW1A 1AA"),
    ("postal_code", "A.1_2", "both", "A12"),
    ("postal_code", "a+b", "both", "a b"),
    ("postal_code", "12345678901", "both", "1234567890"),
    # country_code: A-Z a-z 0-9 - _, VARCHAR(3)
    ("country_code", "U.S.A.", "both", "USA"),
    ("country_code", "USA1", "both", "USA"),
    ("country_code", "DE'", "both", "DE"),
]

CONTACT_ROWS: list[Row] = [
    # alt_phone: - space ' + _ . 0-9 letters, + -> space, VARCHAR(12)
    ("alt_phone", "+1 312 555 0100", "both", " 1 312 555 0"),
    ("alt_phone", "(312)555-0100", "both", "312555-0100"),
    ("alt_phone", "312.555.0100", "both", "312.555.0100"),
    # email: - space ' + . : / @ % _ 0-9 letters, + -> space (plus-addressing is destroyed), VARCHAR(70)
    ("email", "a+b@x.com", "both", "a b@x.com"),
    ("email", "first.last@example.co.uk", "both", "first.last@example.co.uk"),
    ("email", "a&b,c@x.com", "both", "abc@x.com"),
    ("email", "100%@x.com", "both", "100%@x.com"),
    ("email", "josé@x.com", "latin", "jos@x.com"),
    ("email", "josé@x.com", "nonlatin", "josé@x.com"),
    ("email", "x" * 71, "both", "x" * 70),
    # status, user: A-Z a-z 0-9 - _
    ("status", "SALE X", "both", "SALEX"),  # observed.md C
    ("status", "CALLBK2", "both", "CALLBK"),  # VARCHAR(6)
    ("status", "Ñ", "nonlatin", "Ñ"),
    ("user", "agent.01", "both", "agent01"),
    ("user", "x" * 21, "both", "x" * 20),
]

FREE_TEXT_ROWS: list[Row] = [
    # comments / vendor_lead_code / source_id: everything except ; # ", then + -> space (both modes)
    ("comments", 'a;b#c"d&e', "both", "abcd&e"),
    ("comments", "a+b", "both", "a b"),
    ("comments", f"a,b.%@:/'{PUNCT}", "both", f"a,b.%@:/'{PUNCT}"),
    # backslashes reach MySQL unescaped (§2.5): the stored text must still be what was typed
    ("comments", "C:\\temp\\", "both", "C:\\temp\\"),
    ("comments", "back\\nslash \\\\ \\", "both", "back\\nslash \\\\ \\"),
    # LF is stored as !N and read back as a newline (§2.5, §5.9); CR is stripped (§5.9)
    ("comments", "line1\nline2", "both", "line1\nline2"),
    ("comments", "line1\r\nline2\r", "both", "line1\nline2"),
    ("comments", "tab\there", "both", "tab\there"),
    ("comments", "Renée 中文 señor", "both", "Renée 中文 señor"),
    ("comments", "Rene\u0301e", "both", "Renée"),  # sent as NFC (§5.5)
    ("comments", "😀 ok", "latin", "? ok"),  # §5.22
    ("comments", "😀 ok", "nonlatin", "???? ok"),
    ("comments", "x" * 256, "both", "x" * 255),
    ("comments", "x" * 254 + "\n", "both", "x" * 254 + "!"),  # !N counts two characters, cut at 255
    ("comments", "%41%", "both", "%41%"),
    ("comments", "   ", "both", "   "),
    ("comments", '#;"', "both", UNCHANGED),
    ("comments", "--BLANK--", "both", ""),
    ("vendor_lead_code", "VLC-1'&%", "both", "VLC-1'&%"),
    ("vendor_lead_code", "a\nb\tc\\", "both", "a\nb\tc\\"),
    ("vendor_lead_code", "x" * 19 + "\n", "both", "x" * 19 + "!"),  # !N cut at 20
    ("comments", "Hi!NThere", "both", "Hi\nThere"),  # the marker itself reads back as a newline (§5.9)
    ("comments", "caf\udce9", "both", REFUSED),  # what MySQL makes of such bytes is not specified
    ("vendor_lead_code", "é" * 21, "both", "é" * 20),
    ("vendor_lead_code", "a\\", "both", "a\\"),
    ("source_id", "src+1 #2", "both", "src 1 2"),
    ("source_id", "ab\\", "both", "ab\\"),
    ("source_id", "😀" * 13, "nonlatin", "?" * 50),
]

CODED_ROWS: list[Row] = [
    # gender: A-Z only into ENUM('M','F','U') (§1.4, §5.7)
    ("gender", "M", "both", "M"),
    ("gender", "U", "both", "U"),
    ("gender", "Male", "both", "M"),
    ("gender", "Female", "both", "F"),
    ("gender", " F ", "both", "F"),
    ("gender", "m", "both", UNCHANGED),
    ("gender", "FEMALE", "both", REFUSED),  # would be stored as ''
    ("gender", "MF", "both", REFUSED),
    # date_of_birth: 0-9 - into DATE; anything but a real YYYY-MM-DD risks 0000-00-00 (§5.7)
    ("date_of_birth", "1980-05-17", "both", "1980-05-17"),
    ("date_of_birth", "1980-5-7", "both", "1980-05-07"),
    ("date_of_birth", "2024-02-29", "both", "2024-02-29"),
    ("date_of_birth", " 1980-05-17 ", "both", "1980-05-17"),
    ("date_of_birth", "0000-00-00", "both", "0000-00-00"),
    ("date_of_birth", "2023-02-29", "both", REFUSED),
    ("date_of_birth", "17/05/1980", "both", REFUSED),
    ("date_of_birth", "1980-05-17T10:00", "both", REFUSED),
    # gmt_offset_now: 0-9 - _ . into DECIMAL(4,2), -99.99 to 99.99
    ("gmt_offset_now", "-5", "both", "-5.00"),
    ("gmt_offset_now", "5.5", "both", "5.50"),
    ("gmt_offset_now", "+10", "both", "10.00"),  # + is removed by the filter
    ("gmt_offset_now", " -99.99 ", "both", "-99.99"),
    ("gmt_offset_now", "+5:30", "both", REFUSED),  # would be 530 -> 99.99
    ("gmt_offset_now", "5,5", "both", REFUSED),  # would be 55.00
    ("gmt_offset_now", "100", "both", REFUSED),
    # rank: digits into a signed SMALLINT, so no sign (§2.5, §5.7); called_count SMALLINT UNSIGNED
    ("rank", "5", "both", "5"),
    ("rank", "007", "both", "7"),
    ("rank", "32767", "both", "32767"),
    ("rank", "32768", "both", REFUSED),
    ("rank", "-5", "both", REFUSED),
    ("rank", "1.5", "both", REFUSED),  # would be 15
    ("called_count", "65535", "both", "65535"),
    ("called_count", "65536", "both", REFUSED),
    # phone_code: digits, VARCHAR(10)
    ("phone_code", "44", "both", "44"),
    ("phone_code", "+44", "both", "44"),
    ("phone_code", "12345678901", "both", REFUSED),
    # list_id_field: digits, moves the lead (checked to exist, §2.12)
    ("list_id", "201", "both", "201"),
    ("list_id", " 102 ", "both", "102"),
    ("list_id", "0", "both", REFUSED),
    ("list_id", "-101", "both", REFUSED),
    # phone_number with update_phone_number=Y: digits and comma, no length check (§2.5, §5 item 12)
    ("phone_number", "3125550188", "both", "3125550188"),
    ("phone_number", "(312) 555-0189", "both", "3125550189"),
    ("phone_number", "312,555,0187", "both", "3125550187"),
    ("phone_number", "1" * 18, "both", "1" * 18),
    ("phone_number", "1" * 19, "both", REFUSED),  # VARCHAR(18) would cut it
    ("phone_number", "+13125550100", "both", REFUSED),
]

# §2.5: what --BLANK-- leaves in each column
BLANK_ROWS: list[Row] = [
    *[(f.column, BLANK, "both", "") for f in FIELDS if f.kind.value in ("text", "free_text", "code")],
    ("gender", BLANK, "both", ""),  # not U
    ("date_of_birth", BLANK, "both", "0000-00-00"),
    ("gmt_offset_now", BLANK, "both", "0.00"),
    ("gmt_offset_now", "--BLANK--", "both", "0.00"),
    *[(c, BLANK, "both", REFUSED) for c in ("rank", "called_count", "phone_code", "list_id", "phone_number")],
]

ROWS = NAME_ROWS + ADDRESS_ROWS + CONTACT_ROWS + FREE_TEXT_ROWS + CODED_ROWS + BLANK_ROWS


def _rows(non_latin: bool) -> list[tuple[str, str | Blank, str]]:
    wanted = "nonlatin" if non_latin else "latin"
    return [(c, v, e) for c, v, mode, e in ROWS if mode in ("both", wanted)]


def _expected_prediction(expected: str) -> str | None:
    return None if expected == UNCHANGED else expected


@pytest.mark.parametrize("non_latin", [False, True], ids=["latin", "nonlatin"])
def test_predictions_match_the_hand_written_table(non_latin: bool) -> None:
    wrong = [
        (column, value, expected, got)
        for column, value, expected in _rows(non_latin)
        # refused rows: the client never sends them; what the server would make of them is checked in
        # tests/catalogue (predict_stored stays a pure prediction of the server)
        if expected != REFUSED
        and (got := predict_stored(column, value, non_latin=non_latin)) != _expected_prediction(expected)
    ]
    assert wrong == []


def _stored(server: SandboxServer, column: str) -> str:
    lead = server.lead(LEAD)
    assert lead is not None
    return (lead[column] or "").replace("!N", "\n")


def test_the_sandbox_stores_what_the_table_says(mode_sandbox: SandboxServer) -> None:
    client = VicidialClient(mode_sandbox.url, "6666", "1234")
    wrong = []
    for column, value, expected in _rows(mode_sandbox.non_latin):
        before = _stored(mode_sandbox, column)
        sent = len(mode_sandbox.request_log)
        try:
            client.update(LEAD, {column: value}, update_phone_number=column == "phone_number")
        except ValueError:
            if expected != REFUSED or len(mode_sandbox.request_log) != sent:
                wrong.append((column, value, expected, "refused"))
            continue
        got = _stored(mode_sandbox, column)
        want = before if expected == UNCHANGED else expected
        if expected == REFUSED or got != want:
            wrong.append((column, value, expected, got))
    assert wrong == []


# §2.9: custom values keep everything but ; and " (+ becomes a space); backslashes reach MySQL unescaped and
# one trailing backslash is dropped by the filter, so the client must encode them for the text to survive
CUSTOM_ROWS = [
    ("C:\\temp\\", "C:\\temp\\"),
    ("a\\", "a\\"),
    ("\\\\", "\\\\"),
    ("back\\nslash", "back\\nslash"),
    ("a\\;", "a\\"),
    ('dark+green;"#', "dark green#"),
    ("line1\nline2", "line1\nline2"),  # not turned into !N on this path
]


def test_custom_values_are_stored_as_the_table_says(mode_sandbox: SandboxServer) -> None:
    client = VicidialClient(mode_sandbox.url, "6666", "1234")
    wrong = []
    for typed, expected in CUSTOM_ROWS:
        client.update(6, {"favorite_color": typed}, custom_fields=True)
        got = mode_sandbox.custom_value(6, "favorite_color")
        if got != expected:
            wrong.append((typed, expected, got))
    assert wrong == []
