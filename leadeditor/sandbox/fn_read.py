"""The read functions (PROTOCOL.md §3): ``lead_all_info``, ``lead_field_info``, ``lead_search``."""

from __future__ import annotations

import re

from leadeditor.sandbox.collation import vendor_key
from leadeditor.sandbox.script import Script
from leadeditor.sandbox.sqltext import SqlError, tokenize
from leadeditor.sandbox.world import LEAD_COLUMNS, STANDARD_LABELS

__all__ = ["lead_all_info", "lead_field_info", "lead_search"]

# lead_all_info's SELECT: every column but the dates and the reset flag, in table order, then lead_id last
_NOT_IN_ROW = frozenset({"lead_id", "entry_date", "modify_date", "called_since_last_reset"})
_ROW_COLUMNS = (*(c for c in LEAD_COLUMNS if c not in _NOT_IN_ROW), "lead_id")
_DELIMITERS = {"csv": ",", "tab": "\t", "newline": "\n", "pipe": "|"}


def _table(s: Script) -> str:
    return "vicidial_list_archive" if s.p["archived_lead"] == "Y" else "vicidial_list"


def _value(row: dict[str, str | None], column: str) -> str:
    value = row.get(column)
    return "" if value is None else value


# --------------------------------------------------------------------------------------------- lead_all_info
def lead_all_info(s: Script) -> None:
    p = s.p
    user = p["user"]
    s.check_source()
    s.check_allowed_function()
    if not s.permitted("12345", 7, view_reports=True):
        s.echo(f"ERROR: lead_all_info USER DOES NOT HAVE PERMISSION TO GET LEAD INFO: |{user}|0|\n")
        s.api_log("ERROR", "lead_all_info USER DOES NOT HAVE PERMISSION TO GET LEAD INFO", "0")
        s.exit()
    lead_id, phone = p["lead_id"], p["phone_number"]
    by_phone = 6 <= len(phone) <= 19
    if len(lead_id) < 1 and not by_phone:
        data = f"{user}|{lead_id}|{phone}"
        s.echo(f"ERROR: lead_all_info LEAD NOT FOUND: {data}\n")
        s.api_log("ERROR", "lead_all_info LEAD NOT FOUND", data)
        s.exit()
    delimiter = _DELIMITERS.get(p["stage"], "|")
    table = _table(s)
    if len(lead_id) > 0:
        number = int(lead_id)
        rows = s.world.query(
            f"SELECT lead_id FROM {table} WHERE lead_id=?", [number if number < 2**63 else -1]
        )
    else:
        rows = s.world.query(
            f"SELECT lead_id FROM {table} WHERE phone_number=? ORDER BY lead_id DESC LIMIT 1000", [phone]
        )
    if not rows:
        data = f"{user}|{lead_id}|{phone}"
        s.echo(f"ERROR: lead_all_info LEAD NOT FOUND: {data}\n")
        s.api_log("ERROR", "lead_all_info LEAD NOT FOUND", data)
        s.exit()
    output: list[str] = []
    skipped_list = ""
    row_user = s.user_row
    for (found_id,) in rows:
        lead = s.world.lead(int(str(found_id)), table)
        if lead is None:
            continue
        list_id = _value(lead, "list_id")
        if not s.campaign_allowed(list_id, all_token="ALL-CAMPAIGNS"):
            skipped_list = list_id
            if row_user is not None and row_user.api_list_restrict > 0:
                data = f"{user}|{lead_id}|{phone}"
                s.echo(f"ERROR: lead_all_info LIST NOT FOUND: {data}\n")
                s.api_log("ERROR", "lead_all_info LIST NOT FOUND", data)
            continue
        labels: list[str] = []
        values: list[str] = []
        if p["custom_fields"] == "Y":
            entry_list = (
                p["force_entry_list_id"]
                if len(p["force_entry_list_id"]) > 0
                else _value(lead, "entry_list_id")
            )
            labels, values = _custom_columns(s, entry_list, int(str(found_id)))
        text = ""
        if p["header"] == "YES":
            text += delimiter.join([*_ROW_COLUMNS, *labels]) + "\n"
        text += delimiter.join([*(_value(lead, c) for c in _ROW_COLUMNS), *values]) + "\n"
        s.api_log("SUCCESS", f"lead_all_info {text}", f"{user}|{lead_id}|{p['stage']}")
        output.append(text)
    if output:
        s.echo("".join(output))
        s.exit()
    data = f"{user}|{lead_id}|{phone}|{skipped_list}"
    s.echo(f"ERROR: lead_all_info LIST NOT FOUND: {data}\n")
    s.api_log("ERROR", "lead_all_info LIST NOT FOUND", data)
    s.exit()


def _custom_columns(s: Script, entry_list: str, lead_id: int) -> tuple[list[str], list[str]]:
    """``SELECT <fields> from custom_<entry_list_id>``: nothing when the lead has no row; an SQL error (fatal)
    when the list has no fields or no table, e.g. entry_list_id 0."""
    fields = [
        f.label
        for f in s.world.custom_fields(entry_list)
        if f.field_type not in ("DISPLAY", "SCRIPT", "SWITCH", "BUTTON") and f.label not in STANDARD_LABELS
    ]
    if not fields or not s.world.custom_table_exists(entry_list):
        s.select_failed()
    columns = set(s.world.custom_columns(entry_list))
    if any(label not in columns for label in fields):
        s.select_failed()
    row = s.world.custom_row(entry_list, lead_id)
    if row is None:
        return [], []
    return fields, [_value(row, label) for label in fields]


# ------------------------------------------------------------------------------------------ lead_field_info
def lead_field_info(s: Script) -> None:
    p = s.p
    user = p["user"]
    s.check_source()
    s.check_allowed_function()
    if not s.permitted("1234", 7):
        s.echo(f"ERROR: lead_field_info USER DOES NOT HAVE PERMISSION TO GET LEAD INFO: |{user}|0|\n")
        s.api_log("ERROR", "lead_field_info USER DOES NOT HAVE PERMISSION TO GET LEAD INFO", "0")
        s.exit()
    lead_id, field_name = p["lead_id"], p["field_name"]
    if not (0 < len(lead_id) < 12 and len(field_name) > 0):
        data = f"{user}|{lead_id}|{field_name}"
        s.echo(f"ERROR: lead_field_info INVALID SEARCH PARAMETERS: {data}\n")
        s.api_log("ERROR", "lead_field_info INVALID SEARCH PARAMETERS", data)
        s.exit()
    table = _table(s)
    lead = s.world.lead(int(lead_id), table)
    if lead is None:
        data = f"{user}|{lead_id}"
        s.echo(f"ERROR: lead_field_info LEAD NOT FOUND: {data}\n")
        s.api_log("ERROR", "lead_field_info LEAD NOT FOUND", data)
        s.exit()
        return
    list_id = _value(lead, "list_id")
    if not s.campaign_allowed(list_id, all_token="-ALL"):
        data = f"{user}|{lead_id}|{list_id}"
        s.echo(f"ERROR: lead_field_info LIST NOT FOUND: {data}\n")
        s.api_log("ERROR", "lead_field_info LIST NOT FOUND", data)
        s.exit()
    if p["custom_fields"] == "Y":
        entry_list = p["list_id"] if len(p["list_id"]) > 1 else _value(lead, "entry_list_id")
        if not entry_list.isdigit() or not s.world.custom_table_exists(entry_list):
            s.select_failed()
        column = next(
            (c for c in s.world.custom_columns(entry_list) if c.lower() == field_name.lower()), None
        )
        if column is None:
            s.select_failed()
        row = s.world.custom_row(entry_list, int(lead_id))
        found = row is not None
        output = _value(row, column or field_name) if row is not None else ""
    else:
        found = True
        output = _standard_field(s, lead, field_name)
    if not found:
        data = f"{user}|{lead_id}"
        s.echo(f"ERROR: lead_field_info LIST FIELD NOT FOUND: {data}\n")
        s.api_log("ERROR", "lead_field_info LIST FIELD NOT FOUND", data)
        s.exit()
    s.echo(output)
    s.api_log("SUCCESS", f"lead_field_info {output}", f"{user}|{lead_id}|{p['stage']}")
    s.exit()


def _standard_field(s: Script, lead: dict[str, str | None], field_name: str) -> str:
    """``SELECT <field_name> from vicidial_list``: a column (any case), a number, or an SQL error."""
    for column in LEAD_COLUMNS:
        if column.lower() == field_name.lower():
            return _value(lead, column)
    if re.fullmatch(r"[0-9]+", field_name):
        return str(int(field_name)) if len(field_name) < 19 else field_name
    s.select_failed()
    return ""


# --------------------------------------------------------------------------------------------- lead_search
def _php_equal(a: str, b: str) -> bool:
    """PHP ``==`` on two strings: numeric strings compare as numbers."""
    number = re.compile(r"^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$")
    if number.match(a) and number.match(b):
        return float(a) == float(b)
    return a == b


def _vendor_literals(s: Script, vendors: list[str]) -> list[str]:
    """What MySQL reads from ``vendor_lead_code IN("a","b")``: a swallowed quote is a syntax error (fatal)."""

    def statement(values: list[str]) -> str:
        return "vendor_lead_code IN(" + ",".join(f'"{v}"' for v in values) + ") order by lead_id desc;"

    expected = tokenize(statement(["x"] * len(vendors)))
    try:
        tokens = tokenize(statement(vendors))
    except SqlError:
        tokens = []
    if [t.kind for t in tokens] != [t.kind for t in expected] or any(
        t.kind != "str" and t != e for t, e in zip(tokens, expected, strict=True)
    ):
        s.select_failed()
    return [t.text for t in tokens if t.kind == "str"]


def _rows(
    s: Script, table: str, column: str, where: str, params: list[int] | list[str], lists: list[str] | None
) -> list[tuple[str, str]]:
    """(lead_id, ``column``) of the rows ``where`` finds in the scope's lists, newest lead ID first."""
    rows = s.world.query(
        f"SELECT lead_id, {column}, list_id FROM {table} WHERE {where} ORDER BY lead_id DESC", params
    )
    return [
        (str(lead), _text(key)) for lead, key, list_id in rows if lists is None or _text(list_id) in lists
    ]


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "surrogateescape")
    return "" if value is None else str(value)


def lead_search(s: Script) -> None:
    p = s.p
    user = p["user"]
    p["list_id"] = re.sub(r"[^0-9]", "", p["list_id"])
    s.check_source()
    s.check_allowed_function()
    if not s.permitted("12345", 8):
        s.echo(f"ERROR: lead_search USER DOES NOT HAVE PERMISSION TO SEARCH FOR LEADS: |{user}|0|\n")
        s.api_log("ERROR", "lead_search USER DOES NOT HAVE PERMISSION TO SEARCH FOR LEADS", "0")
        s.exit()
    if len(p["search_method"]) < 6:
        p["search_method"] = "PHONE_NUMBER"
    if len(p["records"]) < 1:
        p["records"] = "1000"
    list_id = p["list_id"]
    location = p["search_location"]
    try:
        small_list = float(list_id) < 99
    except ValueError:
        small_list = True
    if len(location) < 4 or small_list or len(list_id) < 3:
        location = "SYSTEM"
    method = p["search_method"]
    # The keys (L15320-L15370): each list is exploded on commas; the flags depend on the whole parameter, the
    # SQL lists only on the usable entries, so a parameter with no usable entry gives "WHERE  ORDER BY",
    # an SQL error (fatal), when that search runs.
    find_lead = "LEAD_ID" in method and len(p["lead_id"]) > 0
    find_vendor = "VENDOR_LEAD_CODE" in method and len(p["vendor_lead_code"]) > 0
    find_phone = "PHONE_NUMBER" in method and len(p["phone_number"]) > 5
    vendors = [x for x in p["vendor_lead_code"].split(",") if x] if find_vendor else []
    phones = [x for x in p["phone_number"].split(",") if 6 <= len(x) <= 18] if find_phone else []
    if not (find_lead or find_vendor or find_phone):
        data = (
            f"{user}|{method}|{p['lead_id']}({int(find_lead)})|{p['vendor_lead_code']}({int(find_vendor)})|"
            f"{p['phone_number']}({int(find_phone)})"
        )
        s.echo(f"ERROR: lead_search NO VALID SEARCH METHOD - {data}\n")
        s.api_log("ERROR", "lead_search NO VALID SEARCH METHOD", data)
        s.exit()
    lists: list[str] | None = None
    if "CAMPAIGN" in location.upper():
        campaign = s.world.list_campaign(list_id)
        if campaign is not None:
            lists = s.world.campaign_lists(campaign)
    if "LIST" in location.upper():
        lists = [str(int(list_id))]
    limit = int(p["records"])
    if limit > 18446744073709551615:
        s.select_failed()
    table = _table(s)
    # (search key, lead_id) of every row found, by whichever single search ran (priority as update_lead);
    # each search is ORDER BY lead_id DESC and limited to the scope's lists
    found: list[tuple[str, str]] = []
    if find_lead:
        ids = p["lead_ids"].split(",")
        if any(x == "" for x in ids):
            s.select_failed()  # lead_id IN() or IN(3,,5) is an SQL error
        wanted = sorted({int(x) for x in ids if int(x) < 2**63})
        rows = _rows(s, table, "lead_id", f"lead_id IN ({','.join('?' * len(wanted))})", wanted, lists)
        found = [(lead, lead) for lead, _ in rows][:limit]
    if find_vendor and not found:
        if not vendors:
            s.select_failed()
        keys = sorted({vendor_key(v) for v in _vendor_literals(s, vendors)})
        where = f"vendor_key(vendor_lead_code) IN ({','.join('?' * len(keys))})"
        found = [(key, lead) for lead, key in _rows(s, table, "vendor_lead_code", where, keys, lists)][:limit]
    if find_phone and not found:
        if not phones:
            s.select_failed()
        where = f"phone_number IN ({','.join('?' * len(phones))})"
        found = [(key, lead) for lead, key in _rows(s, table, "phone_number", where, phones, lists)][:limit]
    if not found:
        data = f"{p['lead_id']}|{p['vendor_lead_code']}|{p['phone_number']}"
        s.echo(f"ERROR: lead_search NO MATCHES FOUND IN THE SYSTEM: |{user}|{data}\n")
        s.api_log("ERROR", "lead_search NO MATCHES FOUND IN THE SYSTEM", data)
        s.exit()
    # One line per requested phone, then per requested vendor code, each compared with PHP == against the
    # key of every row found, whichever search found it (L15521-L15579).
    output = "search_keyrecords_foundlead_ids\n" if p["header"] == "YES" else ""
    for key in [*phones, *vendors]:
        ids = [lead for found_key, lead in found if _php_equal(key, found_key)]
        output += f"{key}|{len(ids)}|{'-'.join(ids)}\n"
    s.echo(output)
    data = f"{p['lead_id']}|{p['vendor_lead_code']}|{p['phone_number']}|{len(found)}"
    s.api_log("SUCCESS", "lead_search LEADS FOUND IN THE SYSTEM", data)
    s.exit()
