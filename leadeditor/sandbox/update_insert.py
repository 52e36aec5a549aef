"""update_lead's insert_if_not_found (PROTOCOL.md §2.10, L17654-L17883): INSERT, alt phones, custom fields."""

from __future__ import annotations

import re

from leadeditor.sandbox.gmt import lookup_gmt
from leadeditor.sandbox.schema import store
from leadeditor.sandbox.script import strlen
from leadeditor.sandbox.sqltext import SqlError, parse_assignments
from leadeditor.sandbox.update_custom import insert_custom
from leadeditor.sandbox.update_state import UpdateState
from leadeditor.sandbox.world import LEAD_COLUMNS

__all__ = ["insert"]


def insert(state: UpdateState) -> None:
    s, p = state.s, state.s.p
    user = p["user"]
    if len(p["list_id_field"]) > 0:
        p["list_id"] = p["list_id_field"]
    phone, code, list_id = p["phone_number"], p["phone_code"], p["list_id"]
    if len(phone) < 6 or len(phone) > 18 or len(code) < 1 or len(list_id) < 3:
        data = f"{phone}|{code}|{list_id}|{p['insert_if_not_found']}"
        s.echo(f"ERROR: update_lead INVALID DATA FOR LEAD INSERTION - {user}|{data}\n")
        s.api_log("ERROR", "update_lead INVALID DATA FOR LEAD INSERTION", data)
        s.exit()
    gmt = lookup_gmt(code, phone)
    if len(p["status"]) < 1:
        p["status"] = "NEW"
    entry_list = p["entry_list_id"] if len(p["entry_list_id"]) > 0 and p["custom_fields"] != "Y" else "0"
    # the INSERT's column order (non_agent_api.php): the keys first, the personal fields in table order,
    # then the dialer's fields
    personal = LEAD_COLUMNS[LEAD_COLUMNS.index("title") : LEAD_COLUMNS.index("comments") + 1]
    names = [
        *("phone_code", "phone_number", "list_id", "status", "user", "vendor_lead_code", "source_id"),
        "gmt_offset_now",
        *personal,
        *("called_since_last_reset", "entry_date", "last_local_call_time", "rank", "owner"),
    ]
    given = {
        **{n: p.get(n, "") for n in names},
        "user": user,
        "gmt_offset_now": gmt,
        "called_since_last_reset": "N",
        "entry_date": s.local.strftime("%Y%m%d%H%M%S"),
        "last_local_call_time": s.now_text,
    }
    clause = ",".join(f'{n}="{given[n]}"' for n in names)
    try:
        pairs = parse_assignments(clause + f",entry_list_id='{entry_list}'", tail=";")
    except SqlError:
        pairs = []
    if [name for name, _ in pairs] != [*names, "entry_list_id"]:
        s.dml_failed()  # PHP 8.0: affected_rows -1, nothing printed, the hopper sections still run
        return
    values: dict[str, str | None] = {}
    for name, value in pairs:
        if name in ("entry_date", "last_local_call_time"):
            values[name] = _datetime_text(value or "")
        else:
            values[name] = store(name, value or "", non_latin=s.info.non_latin)
    values.update(modify_date=s.now_text, called_count="0")
    lead_id = s.world.insert_lead(values)
    state.inserted_lead = lead_id
    p["lead_id"] = str(lead_id)
    data = f"{phone}|{list_id}|{lead_id}|{gmt}"
    s.echo(f"SUCCESS: update_lead LEAD HAS BEEN ADDED - {data}|{user}\n")
    s.api_log("SUCCESS", "update_lead LEAD HAS BEEN ADDED", data)
    if strlen(p["multi_alt_phones"]) > 5:
        _alt_phones(state, lead_id)
    if p["custom_fields"] == "Y":
        insert_custom(state, lead_id, list_id)


def _alt_phones(state: UpdateState, lead_id: int) -> None:
    s, p = state.s, state.s.p
    inserted = 0
    for count, entry in enumerate(p["multi_alt_phones"].split("!"), start=1):
        parts = entry.split("_")
        number = parts[0]
        code = parts[1] if len(parts) > 1 else ""
        note = parts[2] if len(parts) > 2 else ""
        s.echo(f"{number}|{code}|{note}")
        s.world.execute(
            "INSERT INTO vicidial_list_alt_phones (lead_id, phone_code, phone_number, alt_phone_note,"
            " alt_phone_count) VALUES (?,?,?,?,?)",
            [lead_id, code or "1", number, note, count],
        )
        inserted += 1
    s.echo(f"NOTICE: update_lead MULTI-ALT-PHONE NUMBERS LOADED - {inserted}|{lead_id}|{p['user']}\n")
    s.api_log("NOTICE", "update_lead MULTI-ALT-PHONE NUMBERS LOADED", f"{inserted}|{lead_id}")


def _datetime_text(value: str) -> str:
    digits = re.sub(r"[^0-9]", "", value)
    if len(digits) >= 14:
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]} {digits[8:10]}:{digits[10:12]}:{digits[12:14]}"
    return value
