"""``function=update_lead`` (PROTOCOL.md §2): checks, search, no_update, then each section's module.

The sections: ``update_rows`` (UPDATE, delete, per matched lead, with ``update_callbacks`` and
``update_custom``), ``update_insert`` (insert_if_not_found) and ``update_hopper``.
"""

from __future__ import annotations

import re

from leadeditor.sandbox.script import Script
from leadeditor.sandbox.update_hopper import hopper
from leadeditor.sandbox.update_insert import insert
from leadeditor.sandbox.update_rows import one_lead
from leadeditor.sandbox.update_search import Match, location, php_lt, search
from leadeditor.sandbox.update_state import UpdateState

__all__ = ["update_lead"]

# (request parameter, column) in the order the SET clause is built (L17208-L17238)
_SET_FIELDS = (
    ("user_field", "user"),
    ("list_id_field", "list_id"),
    ("status", "status"),
    ("vendor_lead_code", "vendor_lead_code"),
    ("source_id", "source_id"),
    ("gmt_offset_now", "gmt_offset_now"),
    ("title", "title"),
    ("first_name", "first_name"),
    ("middle_initial", "middle_initial"),
    ("last_name", "last_name"),
    ("address1", "address1"),
    ("address2", "address2"),
    ("address3", "address3"),
    ("city", "city"),
    ("state", "state"),
    ("province", "province"),
    ("postal_code", "postal_code"),
    ("country_code", "country_code"),
    ("gender", "gender"),
    ("date_of_birth", "date_of_birth"),
    ("alt_phone", "alt_phone"),
    ("email", "email"),
    ("security_phrase", "security_phrase"),
    ("comments", "comments"),
    ("rank", "rank"),
    ("owner", "owner"),
    ("called_count", "called_count"),
    ("phone_code", "phone_code"),
)


def update_lead(s: Script) -> None:
    p = s.p
    user = p["user"]
    p["list_id"] = re.sub(r"[^0-9]", "", p["list_id"])
    s.check_source()
    s.check_allowed_function()
    if not s.permitted("1234", 8):
        s.echo(
            f"ERROR: update_lead USER DOES NOT HAVE PERMISSION TO UPDATE LEADS IN THE SYSTEM: |{user}|0|\n"
        )
        s.api_log("ERROR", "update_lead USER DOES NOT HAVE PERMISSION TO UPDATE LEADS IN THE SYSTEM", "0")
        s.exit()
    list_id = p["list_id"]
    if len(p["search_location"]) < 4 or php_lt(list_id, 99) or len(list_id) < 3:
        p["search_location"] = "SYSTEM"
    if len(p["search_method"]) < 6:
        p["search_method"] = "LEAD_ID"
    if len(p["records"]) < 1:
        p["records"] = "1"
    if len(p["force_entry_list_id"]) > 1:
        p["entry_list_id"] = p["force_entry_list_id"]
    method = p["search_method"]
    find_lead = "LEAD_ID" in method and len(p["lead_id"]) > 0
    find_vendor = "VENDOR_LEAD_CODE" in method and len(p["vendor_lead_code"]) > 0
    find_phone = "PHONE_NUMBER" in method and 6 <= len(p["phone_number"]) <= 18
    if not (find_lead or find_vendor or find_phone):
        data = f"{user}|{method}|{p['lead_id']}|{p['vendor_lead_code']}|{p['phone_number']}"
        s.echo(f"ERROR: update_lead NO VALID SEARCH METHOD - {data}\n")
        s.api_log("ERROR", "update_lead NO VALID SEARCH METHOD", data)
        s.exit()
    exists_check = re.search("Y", p["list_exists_check"], re.IGNORECASE) and len(p["list_id_field"]) > 0
    if exists_check and s.world.list_campaign(p["list_id_field"]) is None:
        data = f"{p['phone_number']}|{p['list_id_field']}"
        s.echo(f"ERROR: update_lead NOT A DEFINED LIST ID, LIST EXISTS CHECK ENABLED - {data}\n")
        s.api_log("ERROR", "update_lead NOT A DEFINED LIST ID, LIST EXISTS CHECK ENABLED", data)
        s.exit()
    table = "vicidial_list_archive" if p["archived_lead"] == "Y" else "vicidial_list"
    lists = location(s)
    matches: list[Match] = []
    if find_lead:
        matches = search(s, "lead_id", table, lists, p["records"])
    if find_vendor and not matches:
        matches = search(s, "vendor", table, lists, p["records"])
    if find_phone and not matches:
        matches = search(s, "phone", table, lists, p["records"])
    if len(p["force_entry_list_id"]) > 1:
        for match in matches:
            match.entry_list_id = p["force_entry_list_id"]
    state = UpdateState(s, table)
    if p["no_update"] == "Y":
        if matches:
            if len(p["lead_id"]) < 1:
                p["lead_id"] = str(matches[0].lead_id)
            if len(p["list_id"]) < 1:
                p["list_id"] = matches[0].list_id
            data = (
                f"{p['lead_id']}|{p['vendor_lead_code']}|{p['phone_number']}|{matches[0].list_id}|"
                f"{matches[0].entry_list_id}"
            )
            s.echo(f"NOTICE: update_lead LEADS FOUND IN THE SYSTEM: |{user}|{data}\n")
            s.api_log("NOTICE", "update_lead LEADS FOUND IN THE SYSTEM", data)
        else:
            data = f"{p['lead_id']}|{p['vendor_lead_code']}|{p['phone_number']}"
            s.echo(f"NOTICE: update_lead NO MATCHES FOUND IN THE SYSTEM: |{user}|{data}\n")
            s.api_log("NOTICE", "update_lead NO MATCHES FOUND IN THE SYSTEM", data)
            s.exit()
    elif matches:
        if len(p["lead_id"]) < 1:
            p["lead_id"] = str(matches[0].lead_id)
        if len(p["list_id"]) < 1:
            p["list_id"] = matches[0].list_id
        clause = _set_clause(s)
        for match in matches:
            one_lead(state, match, clause)
    else:
        result = "NOTICE" if p["insert_if_not_found"] == "Y" else "ERROR"
        data = f"{p['lead_id']}|{p['vendor_lead_code']}|{p['phone_number']}"
        s.echo(f"{result}: update_lead NO MATCHES FOUND IN THE SYSTEM: |{user}|{data}\n")
        s.api_log(result, "update_lead NO MATCHES FOUND IN THE SYSTEM", data)
        if p["insert_if_not_found"] != "Y":
            s.exit()
        insert(state)
    # The hopper sections need a match or an inserted lead (L17888, L17981); a failed INSERT skips them.
    if matches or state.inserted_lead is not None:
        hopper(state)
    s.exit()


def _set_clause(s: Script) -> str:
    p = s.p
    parts = [f'{column}="{p[param]}",' for param, column in _SET_FIELDS if len(p[param]) > 0]
    if p["reset_lead"] == "Y":
        parts.append("called_since_last_reset='N',")
    if p["update_phone_number"] == "Y" and len(p["phone_number"]) > 0:
        parts.append(f"phone_number='{p['phone_number']}',")
    if len(p["entry_list_id"]) > 0 and p["custom_fields"] != "Y":
        parts.append(f'entry_list_id="{p["entry_list_id"]}",')
    clause = "".join(parts)
    clause = re.sub(",$", "", clause)
    clause = clause.replace('"--BLANK--"', '""')
    return clause.replace("\n", "!N")
