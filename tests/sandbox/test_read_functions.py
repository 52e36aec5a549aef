"""lead_all_info, lead_field_info and lead_search (PROTOCOL.md §3), and the PHP 8 failures they run into."""

from __future__ import annotations

from sandbox_http import get, post

from leadeditor.sandbox import SandboxServer

A = "user=6666&pass=1234&source=test&function=lead_all_info"
F = "user=6666&pass=1234&source=test&function=lead_field_info"
S = "user=6666&pass=1234&source=test&function=lead_search"


def test_lead_all_info_stages(server: SandboxServer) -> None:
    tab = get(server, f"{A}&lead_id=9&stage=tab&header=YES").content.split(b"\n")
    assert tab[0].split(b"\t")[0] == b"status" and tab[1].split(b"\t")[-1] == b"9" and tab[2] == b""
    newline = get(server, f"{A}&lead_id=9&stage=newline").content
    assert newline.count(b"\n") == 32 and newline.startswith(b"NEW\n\nVLC2002\nSRC-A\n102\n-5.00\n")
    assert get(server, f"{A}&lead_id=9&stage=CSV").content.startswith(b"NEW||VLC2002|")  # anything else: pipe


def test_lead_all_info_by_phone_with_header_repeated(php80_server: SandboxServer) -> None:
    lines = get(php80_server, f"{A}&phone_number=3125550101&header=YES").content.split(b"\n")
    assert lines[0].startswith(b"status|") and lines[2].startswith(b"status|")
    assert lines[1].endswith(b"|19") and lines[3].endswith(b"|2") and b"|O'Brien|" in lines[3]


def test_lead_all_info_missing_keys(server: SandboxServer) -> None:
    assert get(server, A).content == b"ERROR: lead_all_info LEAD NOT FOUND: 6666||\n"
    assert (
        get(server, f"{A}&phone_number=5550000000").content
        == b"ERROR: lead_all_info LEAD NOT FOUND: 6666||5550000000\n"
    )


def test_lead_all_info_keeps_bang_n(server: SandboxServer) -> None:
    get(server, "user=6666&pass=1234&source=test&function=update_lead&lead_id=12&comments=one%0Atwo")
    assert b"|one!Ntwo|" in get(server, f"{A}&lead_id=12").content


def test_apostrophe_anywhere_in_a_lead_fails_lead_all_info_on_php82(server: SandboxServer) -> None:
    response = get(server, f"{A}&phone_number=3125550101")
    assert (response.status_code, response.content) == (500, b"")
    response = get(server, f"{F}&lead_id=2&field_name=last_name")
    assert (response.status_code, response.content) == (500, b"O'Brien")
    response = get(server, f"{F}&lead_id=2&field_name=first_name")
    assert (response.status_code, response.content) == (200, b"Mary")


def test_apostrophe_in_last_post_field_fails_any_logged_answer(
    server: SandboxServer, php80_server: SandboxServer
) -> None:
    body = "user=6666&pass=1234&source=test&function=update_lead&lead_id=12&last_name=O'Neil"
    response = post(server, body)
    assert (response.status_code, response.content) == (
        500,
        b"SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|12|1|||\n",
    )
    assert server.lead(12)["last_name"] == "O'Neil"  # type: ignore[index]
    assert post(php80_server, body).status_code == 200
    assert post(server, "function=version&x=it's").status_code == 500
    assert post(server, "x=it's&function=version").status_code == 200  # not the last field
    assert post(server, "user=6666&pass=wrong&x=it's").status_code == 200  # failed logins are not logged


def test_lead_field_info_rules(server: SandboxServer) -> None:
    assert get(server, f"{F}&lead_id=2&field_name=date_of_birth").content == b""
    assert get(server, f"{F}&lead_id=1&field_name=ENTRY_DATE").content == b"2024-01-01 10:01:00"
    assert (
        get(server, f"{F}&lead_id=1").content
        == b"ERROR: lead_field_info INVALID SEARCH PARAMETERS: 6666|1|\n"
    )
    assert (
        get(server, f"{F}&lead_id=99&field_name=city").content
        == b"ERROR: lead_field_info LEAD NOT FOUND: 6666|99\n"
    )
    assert get(server, f"{F}&lead_id=4&field_name=favorite_color&custom_fields=Y").content == (
        b"ERROR: lead_field_info LIST FIELD NOT FOUND: 6666|4\n"
    )
    response = get(server, f"{F}&lead_id=8&field_name=favorite_color&custom_fields=Y")
    assert (response.status_code, response.content) == (500, b"")  # entry_list_id 0: custom_0 does not exist
    assert get(server, f"{F}&lead_id=8&field_name=favorite_color&custom_fields=Y&list_id=101").content == (
        b"ERROR: lead_field_info LIST FIELD NOT FOUND: 6666|8\n"
    )


def test_lead_search_rules(server: SandboxServer) -> None:
    assert get(server, f"{S}&phone_number=3125550100&records=2").content == b"3125550100|2|14-8\n"
    assert (
        get(server, f"{S}&search_method=VENDOR_LEAD_CODE&vendor_lead_code=vlc1001").content == b"vlc1001|0|\n"
    )
    assert get(server, f"{S}&search_method=VENDOR_LEAD_CODE").content == (
        b"ERROR: lead_search NO VALID SEARCH METHOD - 6666|VENDOR_LEAD_CODE|(0)|(0)|(0)\n"
    )
    assert get(server, f"{S}&search_method=LEAD_ID&lead_id=3&lead_ids=998,999").content == (
        b"ERROR: lead_search NO MATCHES FOUND IN THE SYSTEM: |6666|3||\n"
    )
    assert get(
        server, f"{S}&phone_number=3125550100&header=YES&search_location=CAMPAIGN&list_id=201"
    ).content == (b"search_keyrecords_foundlead_ids\n3125550100|1|14\n")
