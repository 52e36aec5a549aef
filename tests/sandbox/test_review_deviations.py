"""Deviations from PROTOCOL.md found in review, each pinned to the exact bytes the real server gives."""

from __future__ import annotations

from sandbox_http import get

from leadeditor.sandbox import SandboxServer

U = "user=6666&pass=1234&source=test"
SEARCH = f"{U}&function=lead_search"


def status_body(srv: SandboxServer, query: str) -> tuple[int, bytes]:
    response = get(srv, query)
    return response.status_code, response.content


# §3.2 + §1.3: the phone search is on when the whole phone_number has more than 5 characters, but only the
# 6-18 character entries go into "phone_number IN(...)"; with none left the query is "WHERE  ORDER BY", an SQL
# error, which is fatal on PHP 8 (500, nothing printed) in both error modes.
def test_lead_search_phone_list_without_usable_number_is_fatal(
    server: SandboxServer, php80_server: SandboxServer
) -> None:
    for srv in (server, php80_server):
        assert status_body(srv, f"{SEARCH}&phone_number=12345,6789") == (500, b"")
    assert status_body(server, f"{SEARCH}&phone_number=31255") == (
        200,
        b"ERROR: lead_search NO VALID SEARCH METHOD - 6666|PHONE_NUMBER|(0)|(0)|31255(0)\n",
    )


# §3.2 + §1.3: the vendor search is on for any non-empty vendor_lead_code; "," leaves no code for IN().
def test_lead_search_vendor_list_of_empty_codes_is_fatal(server: SandboxServer) -> None:
    assert status_body(server, f"{SEARCH}&search_method=VENDOR_LEAD_CODE&vendor_lead_code=,") == (500, b"")


# §3.2 + §2.5: vendor codes are pasted between double quotes; a trailing backslash swallows the quote.
def test_lead_search_vendor_code_with_trailing_backslash_is_fatal(server: SandboxServer) -> None:
    assert status_body(server, f"{SEARCH}&search_method=VENDOR_LEAD_CODE&vendor_lead_code=VLC1001%5C") == (
        500,
        b"",
    )


# §3.2: the lead_id search queries "lead_id IN(<lead_ids>)" unchecked: an empty entry is an SQL error.
def test_lead_search_lead_ids_with_empty_entry_is_fatal(server: SandboxServer) -> None:
    assert status_body(server, f"{SEARCH}&search_method=LEAD_ID&lead_id=3&lead_ids=3,,5") == (500, b"")
    assert status_body(server, f"{SEARCH}&search_method=LEAD_ID&lead_id=3&lead_ids=3,5") == (200, b"")


# §3.2: one output line per requested key, compared with PHP == against the key of every row found, whichever
# search found it; the lead_id search's keys are lead ids, so a vendor code "15" counts lead 15.
def test_lead_search_keys_compare_with_rows_of_the_search_that_ran(server: SandboxServer) -> None:
    query = f"{SEARCH}&search_method=LEAD_ID_VENDOR_LEAD_CODE&lead_id=1&lead_ids=15&vendor_lead_code=15"
    assert status_body(server, query) == (200, b"15|1|15\n")
    both = f"{SEARCH}&search_method=PHONE_NUMBER_VENDOR_LEAD_CODE&vendor_lead_code=VLC1001"
    both += "&phone_number=3125550100"
    assert status_body(server, both) == (200, b"3125550100|0|\nVLC1001|1|1\n")


# §1.6: "strlen(source) >= 2 after filtering" counts bytes; with use_non_latin=1 "é" alone is 2 bytes.
def test_source_length_counts_bytes(nl_server: SandboxServer, server: SandboxServer) -> None:
    query = f"{U}&function=update_lead&lead_id=1&no_update=Y&source=%C3%A9"
    assert status_body(nl_server, query) == (
        200,
        b"NOTICE: update_lead LEADS FOUND IN THE SYSTEM: |6666|1|||101|101\n",
    )
    assert status_body(server, query) == (200, b"ERROR: Invalid Source - \nERROR: Invalid Source: ||\n")


# §2.10 + §2.11: if the insert_if_not_found INSERT fails (PHP 8.0: affected rows -1) nothing more is printed,
# and the hopper sections, which need a match or an inserted lead, do not run.
def test_failed_insert_skips_the_hopper(php80_server: SandboxServer) -> None:
    query = (
        f"{U}&function=update_lead&search_method=PHONE_NUMBER&phone_number=3125559997&insert_if_not_found=Y"
        "&phone_code=1&list_id=101&add_to_hopper=Y&comments=x%5C"
    )
    assert status_body(php80_server, query) == (
        200,
        b"NOTICE: update_lead NO MATCHES FOUND IN THE SYSTEM: |6666|||3125559997\n",
    )
