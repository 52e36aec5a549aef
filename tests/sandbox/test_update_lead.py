"""update_lead semantics of PROTOCOL.md §2 beyond the observed exchanges."""

from __future__ import annotations

from sandbox_http import get, post

from leadeditor.sandbox import SandboxServer

U = "user=6666&pass=1234&source=test&function=update_lead"


def body(srv: SandboxServer, query: str) -> bytes:
    return get(srv, f"{U}&{query}").content


def test_priority_is_lead_id_then_vendor_then_phone(server: SandboxServer) -> None:
    both = "search_method=LEAD_ID_VENDOR_LEAD_CODE_PHONE_NUMBER&no_update=Y&vendor_lead_code=VLC-SHARED"
    assert (
        body(server, f"{both}&lead_id=4")
        == b"NOTICE: update_lead LEADS FOUND IN THE SYSTEM: |6666|4|VLC-SHARED||101|101\n"
    )
    assert body(server, f"{both}&lead_id=99999") == (
        b"NOTICE: update_lead LEADS FOUND IN THE SYSTEM: |6666|99999|VLC-SHARED||201|0\n"
    )  # request lead_id shown
    assert body(server, "search_method=VENDOR_LEAD_CODE&vendor_lead_code=vlc-shared%20%20&no_update=Y") == (
        b"NOTICE: update_lead LEADS FOUND IN THE SYSTEM: |6666|15|vlc-shared  ||201|0\n"
    )  # _ci, trailing spaces


def test_newest_entry_date_wins_not_largest_lead_id(server: SandboxServer) -> None:
    server.set_lead_field(1, "entry_date", "2025-06-01 00:00:00")
    assert body(server, "search_method=PHONE_NUMBER&phone_number=3125550100&no_update=Y") == (
        b"NOTICE: update_lead LEADS FOUND IN THE SYSTEM: |6666|1||3125550100|101|101\n"
    )


def test_scope_widening(server: SandboxServer) -> None:
    q = "search_method=PHONE_NUMBER&phone_number=3125550100&no_update=Y"
    assert body(server, f"{q}&search_location=CAMPAIGN&list_id=555").endswith(b"|14||3125550100|201|0\n")
    assert body(server, f"{q}&search_location=LIST&list_id=98").endswith(b"|14||3125550100|201|0\n")
    assert body(server, f"{q}&search_location=LIST&list_id=102").endswith(b"|8||3125550100|102|0\n")
    assert body(server, f"{q}&search_location=list&list_id=102").endswith(
        b"|14||3125550100|201|0\n"
    )  # A-Z only


def test_affected_rows_and_empty_body(server: SandboxServer) -> None:
    assert (
        body(server, "lead_id=10&city=Queens")
        == b"SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|10|1|||\n"
    )
    assert (
        body(server, "lead_id=10&city=Queens")
        == b"SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|10|0|||\n"
    )
    assert body(server, "lead_id=10&gender=m&state=.") == b""  # every value filtered away: nothing to do
    assert (
        body(server, "lead_id=99999&city=X")
        == b"ERROR: update_lead NO MATCHES FOUND IN THE SYSTEM: |6666|99999||\n"
    )


def test_blank_rules(server: SandboxServer) -> None:
    body(
        server,
        "lead_id=6&gender=--BLANK--&date_of_birth=--BLANK--&rank=--BLANK--&gmt_offset_now=--BLANK--"
        "&email=--BLANK--",
    )
    lead = server.lead(6)
    assert lead is not None
    assert (lead["gender"], lead["date_of_birth"], lead["rank"], lead["gmt_offset_now"], lead["email"]) == (
        "",
        "0000-00-00",
        "5",
        "0.00",
        "",
    )


def test_truncation_and_coercion(server: SandboxServer) -> None:
    body(
        server,
        "lead_id=10&state=Texas&title=Professor&called_count=99999&rank=40000&gender=FEMALE"
        "&date_of_birth=1990-02-30&gmt_offset_now=-123.456",
    )
    lead = server.lead(10)
    assert lead is not None
    assert (lead["state"], lead["title"], lead["called_count"], lead["rank"], lead["gender"]) == (
        "Te",
        "Prof",
        "65535",
        "32767",
        "",
    )
    assert (lead["date_of_birth"], lead["gmt_offset_now"]) == ("0000-00-00", "-99.99")


def test_trailing_backslash_breaks_the_update(server: SandboxServer, php80_server: SandboxServer) -> None:
    response = get(server, f"{U}&lead_id=13&comments=oops%5C")
    assert (response.status_code, response.content) == (500, b"")
    response = get(php80_server, f"{U}&lead_id=13&comments=oops%5C")
    assert (response.status_code, response.content) == (
        200,
        b"SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|13|-1|||\n",
    )
    assert php80_server.lead(13)["comments"] == ""  # type: ignore[index]


def test_phone_update_and_list_move(server: SandboxServer) -> None:
    assert body(server, "lead_id=9&phone_number=123,45&update_phone_number=Y").endswith(b"|9|1|||\n")
    assert server.lead(9)["phone_number"] == "123,45"  # type: ignore[index]  # no length check, comma kept
    assert (
        body(server, "lead_id=11&list_id_field=555")
        == b"SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|11|1|||\n"
    )
    assert server.lead(11)["list_id"] == "555"  # type: ignore[index]
    assert get(server, "user=6666&pass=1234&source=test&function=lead_all_info&lead_id=11").content == (
        b"ERROR: lead_all_info LIST NOT FOUND: 6666|11||555\n"
    )
    assert body(server, "lead_id=11&user_field=agent7&reset_lead=Y").endswith(b"|11|1|||\n")
    assert (server.lead(11)["user"], server.lead(11)["called_since_last_reset"]) == ("agent7", "N")  # type: ignore[index]


def test_records_updates_several_newest_first(server: SandboxServer) -> None:
    assert body(server, "search_method=PHONE_NUMBER&phone_number=3125550103&records=5&status=XFER") == (
        b"SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|5|1|||\n"
        b"SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|4|1|||\n"
    )
    assert body(server, "search_method=PHONE_NUMBER&phone_number=3125550103&records=0&status=X") == (
        b"ERROR: update_lead NO MATCHES FOUND IN THE SYSTEM: |6666|||3125550103\n"
    )


def test_custom_fields_presence_rule_and_clearing(server: SandboxServer) -> None:
    assert (
        get(server, f"favorite_color=red&{U}&lead_id=1&custom_fields=Y").content == b""
    )  # first GET key: ignored
    assert server.custom_value(1, "favorite_color") == "blue"
    assert body(server, "lead_id=1&custom_fields=Y&favorite_color=red") == (
        b"NOTICE: update_lead CUSTOM FIELDS VALUES UPDATED - |1|101|101|101|1\n"
    )
    assert body(server, "lead_id=1&custom_fields=Y&favorite_color=red") == (
        b"NOTICE: update_lead CUSTOM FIELDS VALUES UPDATED - |1|101|101|101|0\n"
    )
    post(server, f"favorite_color=&{U}&lead_id=1&custom_fields=Y")  # POST: the first key counts
    assert server.custom_value(1, "favorite_color") == ""
    assert body(server, "lead_id=9&custom_fields=Y&favorite_color=red") == (
        b"NOTICE: update_lead CUSTOM FIELDS NOT ADDED, NO CUSTOM FIELDS DEFINED FOR THIS LIST - |9|102\n"
    )
    assert body(server, "lead_id=4&favorite_color=red") == b""  # without custom_fields=Y


def test_custom_field_row_is_created_and_entry_list_id_set(server: SandboxServer) -> None:
    server.set_lead_field(4, "entry_list_id", "0")
    assert body(server, "lead_id=4&custom_fields=Y&favorite_color=green") == (
        b"NOTICE: update_lead CUSTOM FIELDS VALUES UPDATED - |4|101|0|101|1\n"
    )
    assert server.custom_value(4, "favorite_color") == "green"
    assert server.lead(4)["entry_list_id"] == "101"  # type: ignore[index]


def test_insert_if_not_found(server: SandboxServer) -> None:
    q = "search_method=PHONE_NUMBER&phone_number=6305550199&insert_if_not_found=Y&phone_code=1&list_id=102"
    assert body(server, f"{q}&first_name=Neu&comments=--BLANK--") == (
        b"NOTICE: update_lead NO MATCHES FOUND IN THE SYSTEM: |6666|||6305550199\n"
        b"SUCCESS: update_lead LEAD HAS BEEN ADDED - 6305550199|102|1000|-6.00|6666\n"
    )
    lead = server.lead(1000)
    assert lead is not None
    assert (lead["first_name"], lead["comments"], lead["user"], lead["status"]) == (
        "Neu",
        "--BLANK--",
        "6666",
        "NEW",
    )
    assert body(
        server, "search_method=PHONE_NUMBER&phone_number=6305550198&insert_if_not_found=Y&list_id=102"
    ) == (
        b"NOTICE: update_lead NO MATCHES FOUND IN THE SYSTEM: |6666|||6305550198\n"
        b"ERROR: update_lead INVALID DATA FOR LEAD INSERTION - 6666|6305550198||102|Y\n"
    )


def test_delete_lead_and_delete_cf_data(server: SandboxServer) -> None:
    assert body(server, "lead_id=6&delete_cf_data=Y") == (
        b"NOTICE: update_lead CUSTOM FIELDS DATA HAS BEEN DELETED - 6666|6|101|1|1\n"
    )
    assert server.custom_value(6, "favorite_color") is None
    assert body(server, "lead_id=9&delete_cf_data=Y") == (
        b"NOTICE: update_lead CUSTOM FIELDS DATA HAS BEEN DELETED - 6666|9|0|0|\n"
    )
    assert body(server, "lead_id=1&delete_lead=Y&custom_fields=Y&city=Ignored") == (
        b"SUCCESS: update_lead LEAD HAS BEEN DELETED 0|0 - 6666|1|1|0|0|\n"
        b"NOTICE: update_lead CUSTOM FIELDS ENTRY DELETED - |1|101|101|101|1\n"
    )
    assert server.lead(1) is None


def test_callbacks_and_hopper(server: SandboxServer) -> None:
    assert body(server, "lead_id=5&callback=Y&campaign_id=NOPE") == (
        b"NOTICE: update_lead SCHEDULED CALLBACK NOT ADDED, CAMPAIGN NOT VALID - 5|NOPE\n"
    )
    assert body(
        server, "lead_id=5&callback=Y&campaign_id=TESTCAMP&callback_type=USERONLY&callback_user=42"
    ) == (b"NOTICE: update_lead SCHEDULED CALLBACK NOT ADDED, USER NOT VALID - 5|TESTCAMP|42|USERONLY\n")
    assert body(
        server, "lead_id=5&callback=Y&campaign_id=TESTCAMP&callback_datetime=2026-12-24+09:00:00"
    ) == (b"NOTICE: update_lead SCHEDULED CALLBACK ADDED - 5|TESTCAMP|2026-12-24 09:00:00|ANYONE||CALLBK\n")
    assert body(server, "lead_id=5&callback=Y") == (
        b"NOTICE: update_lead SCHEDULED CALLBACK NOT UPDATED, NO FIELDS SPECIFIED - 5|\n"
    )
    assert body(server, "lead_id=5&no_update=Y&add_to_hopper=Y") == (
        b"NOTICE: update_lead LEADS FOUND IN THE SYSTEM: |6666|5|||101|101\n"
        b"NOTICE: update_lead ADDED TO HOPPER - |5|1|6666\n"
    )
    assert body(server, "lead_id=5&add_to_hopper=Y") == (
        b"NOTICE: update_lead NOT ADDED TO HOPPER, LEAD IS ALREADY IN THE HOPPER - |5|6666\n"
    )
    assert body(server, "lead_id=5&callback=REMOVE&remove_from_hopper=Y") == (
        b"NOTICE: update_lead SCHEDULED CALLBACK DELETED - 6666|5|1|1\n"
        b"NOTICE: update_lead REMOVED FROM HOPPER - |5|READY|6666\n"
    )
    assert body(server, "lead_id=5&status=NA&delete_lead=Y").startswith(
        b"SUCCESS: update_lead LEAD HAS BEEN DELETED 0|0 - 6666|5|1|0|0|\n"
    )


def test_errors_before_the_search(server: SandboxServer) -> None:
    assert (
        body(server, "phone_number=3125550100")
        == b"ERROR: update_lead NO VALID SEARCH METHOD - 6666|LEAD_ID|||3125550100\n"
    )
    assert get(server, U.replace("source=test", "source=a")).content == (
        b"ERROR: Invalid Source - a\nERROR: Invalid Source: |a|\n"
    )
    assert body(server, "lead_id=1&list_id_field=555&list_exists_check=yes") == (
        b"ERROR: update_lead NOT A DEFINED LIST ID, LIST EXISTS CHECK ENABLED - |555\n"
    )


def test_archived_lead_table_is_empty(server: SandboxServer) -> None:
    assert (
        body(server, "lead_id=9&archived_lead=Y&city=X")
        == b"ERROR: update_lead NO MATCHES FOUND IN THE SYSTEM: |6666|9||\n"
    )


def test_set_lead_field_is_seen_by_the_api(server: SandboxServer) -> None:
    server.set_lead_field(7, "first_name", "Danny")
    assert (
        get(
            server, "user=6666&pass=1234&source=test&function=lead_field_info&lead_id=7&field_name=first_name"
        ).content
        == b"Danny"
    )
    assert (
        body(server, "lead_id=7&first_name=Danny")
        == b"SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|7|0|||\n"
    )
