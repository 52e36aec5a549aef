"""Every client call against the sandbox over real HTTP: both non-latin modes, PHP 8 failures on and off."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from leadeditor.sandbox import SandboxServer
from leadeditor.ui.texts import update_result_text
from leadeditor.vicidial import (
    BLANK,
    AuthenticationFailed,
    InvalidSearch,
    LeadNotFound,
    ListNotAllowed,
    LockedOut,
    Match,
    MatchMethod,
    PermissionDenied,
    Scope,
    ServerFailure,
    VicidialClient,
)

PASSWORD = "1234"
MakeClient = Callable[..., VicidialClient]


def _calls(server: SandboxServer, function: str) -> list[dict]:
    return [entry.params for entry in server.request_log if entry.params.get("function") == function]


def test_version_needs_no_login(make_client: MakeClient, sandbox: SandboxServer) -> None:
    version = make_client(sandbox, password="nope").version()
    assert version.version == "2.14-202" and version.build == "250720-1841"
    assert version.tz == "-5.00" and version.server_time is not None and version.epoch
    assert "pass" not in sandbox.request_log[-1].params  # the password is not sent where it is not needed


def test_every_request_is_a_form_post_with_the_password_neither_last_nor_alone(
    client: VicidialClient, sandbox: SandboxServer
) -> None:
    client.check_access()
    client.read_lead(1)
    client.update(4, {"last_name": "O'Neil"})
    for entry in sandbox.request_log:
        assert entry.method == "POST" and entry.query == {}
        keys = [key for key, _ in entry.body]
        assert keys[-1] != "pass" and len(keys) == len(set(keys)) and "DB" not in keys
        assert entry.params["source"] == "leadeditor"


def test_check_access_proves_login_and_permission_without_touching_leads(
    client: VicidialClient, sandbox: SandboxServer
) -> None:
    before = sandbox.lead(1)
    client.check_access()  # raises when refused
    assert sandbox.lead(1) == before
    sent = _calls(sandbox, "update_lead")[-1]
    assert not {"lead_id", "phone_number", "vendor_lead_code"} & set(sent)


def test_a_user_without_rights_gets_permission_denied_for_each_function(
    make_client: MakeClient, sandbox: SandboxServer
) -> None:
    limited = make_client(sandbox, user="7777")
    for call, function in (
        (limited.check_access, "update_lead"),
        (lambda: limited.read_lead(1), "lead_all_info"),
        (lambda: limited.search(Match(phone_number="3125550100")), "lead_search"),
        (lambda: limited.read_lead_fields(1, ["last_name"]), "lead_field_info"),
        (lambda: limited.update(1, {"last_name": "X"}), "update_lead"),
    ):
        with pytest.raises(PermissionDenied) as info:
            call()
        assert info.value.function == function
        assert "7777" in str(info.value)


def test_a_wrong_password_is_refused_then_locks_the_user_out(
    make_client: MakeClient, sandbox: SandboxServer
) -> None:
    make_client(sandbox).check_access()  # the lock-out window runs from the last good login
    wrong = make_client(sandbox, password="wrongPW99")
    with pytest.raises(AuthenticationFailed) as info:
        wrong.check_access()
    assert not isinstance(info.value, LockedOut) and info.value.reason == "BAD"
    assert len(_calls(sandbox, "update_lead")) == 2  # never retried
    for _ in range(9):
        with pytest.raises(AuthenticationFailed):
            wrong.read_lead(1)
    with pytest.raises(LockedOut) as locked:
        make_client(sandbox).read_lead(1)
    assert "15 minutes" in str(locked.value)
    assert len(_calls(sandbox, "lead_all_info")) == 10


def test_find_reports_the_lead_the_server_would_update(client: VicidialClient) -> None:
    assert client.find(Match(lead_id=1)).lead_id == 1  # type: ignore[union-attr]
    in_list = client.find(Match(phone_number="3125550100", scope=Scope.LIST, list_id=101))
    in_campaign = client.find(Match(phone_number="3125550100", scope=Scope.CAMPAIGN, list_id=101))
    in_system = client.find(Match(phone_number="3125550100"))
    assert in_list and in_campaign and in_system
    assert (in_list.lead_id, in_campaign.lead_id, in_system.lead_id) == (1, 8, 14)
    assert (in_campaign.list_id, in_campaign.entry_list_id, in_campaign.phone_number) == (
        102,
        0,
        "3125550100",
    )
    vendor = client.find(Match(vendor_lead_code="VLC-SHARED"))
    assert vendor is not None and (vendor.lead_id, vendor.list_id, vendor.method) == (
        15,
        201,
        MatchMethod.VENDOR_LEAD_CODE,
    )
    assert client.find(Match(lead_id=99999)) is None
    assert client.find(Match(phone_number="555-000-0000")) is None


def test_find_tries_methods_in_priority_order_and_never_mixes_lead_id_with_a_phone(
    client: VicidialClient, sandbox: SandboxServer
) -> None:
    both = Match(
        lead_id=99999, phone_number="3125550100", methods={MatchMethod.PHONE_NUMBER, MatchMethod.LEAD_ID}
    )
    found = client.find(both)
    assert found is not None and found.lead_id == 14 and found.method is MatchMethod.PHONE_NUMBER
    first = client.find(Match(lead_id=5, phone_number="3125550100"))
    assert first is not None and first.lead_id == 5 and first.method is MatchMethod.LEAD_ID
    for sent in _calls(sandbox, "update_lead"):
        assert sent["no_update"] == "Y"
        assert not ("lead_id" in sent and "phone_number" in sent)
        assert "search_location" not in sent and "list_id" not in sent  # SYSTEM scope sends no list


def test_search_lists_every_matching_lead_newest_first(client: VicidialClient) -> None:
    assert client.search(Match(phone_number="3125550100")) == [14, 8, 1]
    assert client.search(Match(phone_number="3125550100", scope=Scope.CAMPAIGN, list_id=101)) == [8, 1]
    assert client.search(Match(phone_number="(312) 555-0100", scope=Scope.LIST, list_id=101)) == [1]
    assert client.search(Match(vendor_lead_code="VLC-SHARED")) == [15, 7]
    assert client.search(Match(phone_number="5550000000")) == []
    assert client.search(Match(lead_id=12)) == [12]
    assert client.search(Match(lead_id=12, scope=Scope.LIST, list_id=101)) == []
    assert client.search(Match(vendor_lead_code="VLC1001", phone_number="3125550101")) == [19, 2, 1]


def test_a_campaign_search_without_a_real_list_id_is_refused(
    client: VicidialClient, sandbox: SandboxServer
) -> None:
    sent_before = len(sandbox.request_log)
    with pytest.raises(InvalidSearch):
        client.find(Match(phone_number="3125550100", scope=Scope.CAMPAIGN, list_id=98))
    assert len(sandbox.request_log) == sent_before


def test_read_lead_gives_typed_columns_and_custom_fields(
    client: VicidialClient, sandbox: SandboxServer
) -> None:
    lead = client.read_lead(1, custom_fields=True)
    assert (lead.lead_id, lead.list_id, lead["last_name"], lead["date_of_birth"]) == (
        1,
        101,
        "Smith",
        "1980-05-17",
    )
    assert lead["gmt_offset_now"] == "-6.00" and lead["entry_list_id"] == "101"
    assert dict(lead.custom) == {"favorite_color": "blue"}
    stored = sandbox.lead(1)
    assert stored is not None
    for column, value in lead.columns().items():
        assert str(value) == (stored[column] or ""), column
    utf8 = client.read_lead(3)
    assert (utf8["first_name"], utf8["last_name"], utf8["address1"]) == ("José", "Muñoz", "5 Café Ave")


def test_custom_fields_are_not_asked_for_a_lead_without_a_custom_table(
    client: VicidialClient, sandbox: SandboxServer
) -> None:
    lead = client.read_lead(9, custom_fields=True)  # entry_list_id 0: custom_fields=Y would crash PHP 8
    assert lead.lead_id == 9 and dict(lead.custom) == {}
    assert all("custom_fields" not in sent for sent in _calls(sandbox, "lead_all_info"))


def test_an_unknown_lead_is_not_found(client: VicidialClient) -> None:
    with pytest.raises(LeadNotFound):
        client.read_lead(99999)
    with pytest.raises(LeadNotFound):
        client.update(99999, {"first_name": "Ann"})
    with pytest.raises(LeadNotFound):
        client.read_lead_fields(99999, ["first_name"])


def test_a_lead_with_an_apostrophe_is_unreadable_on_php8_but_reads_field_by_field(
    sandbox: SandboxServer, client: VicidialClient
) -> None:
    if sandbox.php8_errors:
        with pytest.raises(ServerFailure) as info:
            client.read_lead(2)
        assert info.value.unreadable_lead and info.value.status == 500 and "apostrophe" in str(info.value)
        assert len(_calls(sandbox, "lead_all_info")) == 1  # a server failure is not retried
        fallback = client.read_lead(2, fallback=True)
        assert fallback["last_name"] == "O'Brien" and "last_name" in fallback.fallback_columns
    else:
        assert client.read_lead(2)["last_name"] == "O'Brien"
    values = client.read_lead_fields(2, ["last_name", "comments", "lead_id"])
    assert values == {"last_name": "O'Brien", "comments": "apostrophe lead", "lead_id": "2"}


def test_pipes_and_line_breaks_inside_values_never_shift_the_fields(
    sandbox: SandboxServer, client: VicidialClient
) -> None:
    sandbox.set_lead_field(5, "comments", "one|two!Nthree|")
    sandbox.set_lead_field(5, "vendor_lead_code", "V|1")
    sandbox.set_lead_field(5, "source_id", "|src\t,x")
    lead = client.read_lead(5)
    stored = sandbox.lead(5)
    assert stored is not None
    assert (
        lead["comments"] == "one|two\nthree|"
        and lead["vendor_lead_code"] == "V|1"
        and lead["source_id"] == "|src\t,x"
    )
    assert (lead["called_count"], lead["owner"], lead.lead_id, lead["status"]) == ("2", "", 5, "NA")
    for column, value in lead.columns().items():
        assert str(value) == (stored[column] or "").replace("!N", "\n"), column
    assert set(lead.fallback_columns) == {"vendor_lead_code", "source_id", "comments"}
    by_phone = {r.lead_id: r for r in client.read_leads_by_phone("3125550103")}
    assert by_phone[5]["comments"] == "one|two\nthree|" and by_phone[4]["last_name"] == "Johnson"


def test_leads_by_phone_come_newest_first(client: VicidialClient) -> None:
    leads = client.read_leads_by_phone("312-555-0100")
    assert [lead.lead_id for lead in leads] == [14, 8, 1]
    assert [lead.list_id for lead in leads] == [201, 102, 101]
    assert client.read_leads_by_phone("5550000000") == []


def test_update_reports_changed_unchanged_and_blanked(client: VicidialClient, sandbox: SandboxServer) -> None:
    first = client.update(4, {"last_name": "Johnston", "comments": "line one\nline two"})
    assert (first.affected, first.applied, first.changed) == (1, True, True)
    again = client.update(4, {"last_name": "Johnston"})
    assert (again.affected, again.applied, again.changed) == (0, True, False)
    stored = sandbox.lead(4)
    assert stored is not None and stored["comments"] == "line one!Nline two"
    blanked = client.update(4, {"comments": BLANK, "gender": BLANK, "date_of_birth": BLANK})
    stored = sandbox.lead(4)
    assert blanked.affected == 1 and stored is not None
    assert (stored["comments"], stored["gender"], stored["date_of_birth"]) == ("", "", "0000-00-00")
    sent = _calls(sandbox, "update_lead")[-1]
    assert sent["search_method"] == "LEAD_ID" and sent["lead_id"] == "4"


def test_an_update_nothing_survives_says_nothing_was_applied(client: VicidialClient) -> None:
    result = client.update(4, {"gender": "m", "state": "."})
    assert result.applied is False and result.affected is None
    assert "nothing was changed" in update_result_text(result)


def test_a_trailing_backslash_is_stored_not_a_failed_update(
    client: VicidialClient, sandbox: SandboxServer
) -> None:
    result = client.update(6, {"comments": "C:\\temp\\", "vendor_lead_code": "a\\nb"})
    stored = sandbox.lead(6)
    assert result.affected == 1 and stored is not None
    assert (stored["comments"], stored["vendor_lead_code"]) == ("C:\\temp\\", "a\\nb")


@pytest.mark.parametrize("non_latin", [False, True])
def test_a_failed_server_update_reports_minus_one(make_client: MakeClient, non_latin: bool) -> None:
    server = SandboxServer(non_latin=non_latin, php8_errors=False).start()  # PHP <= 8.0 reports -1
    try:
        client = make_client(server)
        # the raw value, not through the client's own escaping: a trailing backslash breaks the server's SQL
        reply = client._call(
            "update_lead", [("lead_id", "6"), ("comments", "broken\\")], write=True, lead_id=6
        )
        result = client._update_result(reply, 6)
        assert (result.affected, result.applied, result.changed) == (-1, False, False)
        assert "failed" in update_result_text(result)
    finally:
        server.close()


def test_phone_number_changes_only_with_update_phone_number(
    client: VicidialClient, sandbox: SandboxServer
) -> None:
    result = client.update(9, {"phone_number": "718-555-0299"}, update_phone_number=True)
    stored = sandbox.lead(9)
    assert result.affected == 1 and stored is not None and stored["phone_number"] == "7185550299"


def test_moving_a_lead_checks_the_target_list_exists(client: VicidialClient, sandbox: SandboxServer) -> None:
    with pytest.raises(ListNotAllowed) as info:
        client.update(11, {"list_id": "555"})
    assert info.value.list_id == 555
    moved = client.update(11, {"list_id": "201", "user": "6666"})
    stored = sandbox.lead(11)
    assert moved.affected == 1 and stored is not None
    assert (stored["list_id"], stored["user"]) == ("201", "6666")
    sent = _calls(sandbox, "update_lead")[-1]
    assert (
        sent["list_id_field"] == "201" and sent["user_field"] == "6666" and sent["list_exists_check"] == "Y"
    )


def test_custom_fields_are_written_with_their_own_notice(
    client: VicidialClient, sandbox: SandboxServer
) -> None:
    result = client.update(6, {"favorite_color": "light+green", "first_name": "Caroline"}, custom_fields=True)
    assert result.affected == 1 and result.custom_affected == 1 and result.applied
    assert sandbox.custom_value(6, "favorite_color") == "light green"
    assert client.read_lead(6, custom_fields=True).custom["favorite_color"] == "light green"
    cleared = client.update(6, {"favorite_color": BLANK}, custom_fields=True)
    assert cleared.affected is None and cleared.applied and sandbox.custom_value(6, "favorite_color") == ""
    none_defined = client.update(9, {"favorite_color": "red"}, custom_fields=True)
    assert "not saved" in update_result_text(none_defined)


def test_the_client_accepts_root_and_folder_addresses(sandbox: SandboxServer) -> None:
    root = sandbox.url.rsplit("/vicidial/", 1)[0]
    for address in (root, root + "/", root + "/vicidial/"):
        assert VicidialClient(address, "6666", PASSWORD).find(Match(lead_id=3)) is not None


def test_a_wrong_address_is_a_server_failure(sandbox: SandboxServer) -> None:
    root = sandbox.url.rsplit("/vicidial/", 1)[0]
    with pytest.raises(ServerFailure) as info:
        VicidialClient(root + "/other/non_agent_api.php", "6666", PASSWORD).version()
    assert info.value.status == 404


def test_a_vendor_code_with_a_comma_falls_back_to_the_servers_own_match(
    client: VicidialClient, sandbox: SandboxServer
) -> None:
    sandbox.set_lead_field(16, "vendor_lead_code", "A,B")
    assert client.search(Match(vendor_lead_code="A,B")) == [16]  # lead_search would split it in two


def test_custom_fields_and_hidden_columns_read_one_by_one(client: VicidialClient) -> None:
    values = client.read_lead_fields(1, ["favorite_color", "entry_date", "called_since_last_reset"])
    assert values["favorite_color"] == "blue"
    assert values["entry_date"].startswith("2024-01-01") and values["called_since_last_reset"] == "N"
    with pytest.raises(ServerFailure):  # no custom table for lead 9: the server's SELECT fails
        client.read_lead_fields(9, ["favorite_color"])


def test_leads_by_phone_fall_back_when_one_of_them_is_unreadable(
    client: VicidialClient, sandbox: SandboxServer
) -> None:
    if sandbox.php8_errors:
        with pytest.raises(ServerFailure) as info:
            client.read_leads_by_phone("3125550101")  # lead 2 holds O'Brien
        assert info.value.unreadable_lead
    leads = client.read_leads_by_phone("3125550101", fallback=True)
    assert [(lead.lead_id, lead["last_name"]) for lead in leads] == [(19, "Ross"), (2, "O'Brien")]


def test_a_custom_table_the_server_cannot_read_leaves_the_standard_columns(
    client: VicidialClient, sandbox: SandboxServer
) -> None:
    sandbox.set_lead_field(9, "entry_list_id", "102")  # no custom fields are defined for list 102
    lead = client.read_lead(9, custom_fields=True)
    assert (lead.lead_id, lead["last_name"], lead["entry_list_id"], dict(lead.custom)) == (
        9,
        "Lee",
        "102",
        {},
    )


def test_custom_fields_y_is_sent_only_with_a_custom_label(
    client: VicidialClient, sandbox: SandboxServer
) -> None:
    client.update(6, {"comments": "see a&b=c"}, custom_fields=True)
    sent = [e.params for e in sandbox.request_log if e.params.get("function") == "update_lead"][-1]
    assert "custom_fields" not in sent and sandbox.custom_value(6, "favorite_color") == "dark green"


def test_reset_delete_and_insert_a_lead(client: VicidialClient, sandbox: SandboxServer) -> None:
    reset = client.reset_lead(5)  # lead 5 has called_since_last_reset=Y
    stored = sandbox.lead(5)
    assert reset.affected == 1 and stored is not None and stored["called_since_last_reset"] == "N"
    deleted = client.delete_lead(12)
    assert (deleted.affected, deleted.applied, update_result_text(deleted)) == (1, True, "Lead 12 deleted.")
    assert sandbox.lead(12) is None
    with pytest.raises(LeadNotFound):
        client.delete_lead(12)
    added = client.insert_lead("1", "312-555-0100", 101, {"first_name": "New", "comments": "a\nb"})
    new = sandbox.lead(added.lead_id)
    assert added.applied and added.lead_id > 20 and new is not None
    assert (new["phone_number"], new["list_id"], new["first_name"], new["comments"]) == (
        "3125550100",
        "101",
        "New",
        "a!Nb",
    )
    existing = [sandbox.lead(n) for n in (1, 8, 14)]  # the same phone number: none was touched
    assert all(lead is not None and lead["first_name"] == "John" for lead in existing)
    with pytest.raises(ValueError):
        client.insert_lead("1", "3125550100", 101, {"comments": BLANK})
    with pytest.raises(ValueError):
        client.insert_lead("1", "3125550100", 42)
