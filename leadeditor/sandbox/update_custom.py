"""update_lead's custom fields (PROTOCOL.md §4, L17485-L17637 and L17768-L17866): update, insert, delete."""

from __future__ import annotations

import re

from leadeditor.sandbox.input_filters import apply_custom_field_filter
from leadeditor.sandbox.schema import coerce_date, replace_non_bmp
from leadeditor.sandbox.sqltext import SqlError, parse_assignments
from leadeditor.sandbox.update_search import Match, php_gt
from leadeditor.sandbox.update_state import UpdateState, no_custom_table, set_entry_list_id
from leadeditor.sandbox.world import STANDARD_LABELS, CustomField

__all__ = ["custom_fields", "custom_store", "insert_custom"]

_NO_COLUMN_TYPES = frozenset({"DISPLAY", "SCRIPT", "BUTTON", "SWITCH"})


def custom_fields(state: UpdateState, match: Match) -> None:
    s, p = state.s, state.s.p
    custom_list = match.list_id
    if len(p["force_entry_list_id"]) > 1:
        custom_list = p["force_entry_list_id"]
    if php_gt(match.entry_list_id, 99):
        custom_list = match.entry_list_id
    phone = p["phone_number"]
    if not s.world.custom_table_exists(custom_list):
        no_custom_table(state, f"{phone}|{match.lead_id}|{match.list_id}")
        return
    if p["delete_lead"] == "Y":
        rows = s.world.custom_delete(custom_list, match.lead_id)
        if rows > 0:
            data = f"{phone}|{match.lead_id}|{match.list_id}|{match.entry_list_id}|{custom_list}|{rows}"
            s.echo(f"NOTICE: update_lead CUSTOM FIELDS ENTRY DELETED - {data}\n")
            s.api_log("NOTICE", "update_lead CUSTOM FIELDS ENTRY DELETED", data)
        return
    fields = {f.label: f for f in s.world.custom_fields(custom_list)}
    parts = []
    for label, spec in fields.items():
        if not re.search(r"\?" + re.escape(label) + "=|&" + re.escape(label) + "=", s.query_string):
            continue
        if spec.field_type in _NO_COLUMN_TYPES or label in STANDARD_LABELS:
            continue
        raw = s.inp.param(label)
        value = apply_custom_field_filter("" if raw is None else str(raw))
        parts.append(f'{label}="{value}",')
    if not parts:
        return
    clause = re.sub(",$", "", "".join(parts)).replace('"--BLANK--"', '""')
    existing = s.world.custom_row(custom_list, match.lead_id)
    try:
        if existing is None:
            pairs = parse_assignments(f"lead_id='{match.lead_id}',{clause}", tail=";")[1:]
        else:
            pairs = parse_assignments(clause, tail=f" where lead_id='{match.lead_id}';")
    except SqlError:
        s.fatal()  # mysqli throws, or die('Could not execute: '.mysqli_error()) is an ArgumentCountError
        return
    columns = set(s.world.custom_columns(custom_list))
    if any(name not in columns for name, _ in pairs):
        s.fatal()
    values = {name: custom_store(fields.get(name), value or "", s.info.non_latin) for name, value in pairs}
    if existing is None:
        s.world.custom_write(custom_list, match.lead_id, values, insert=True)
        affected = 1
    else:
        changed = {k: v for k, v in values.items() if existing.get(k) != v}
        s.world.custom_write(custom_list, match.lead_id, changed, insert=False)
        affected = 1 if changed else 0
    data = f"{phone}|{match.lead_id}|{match.list_id}|{match.entry_list_id}|{custom_list}|{affected}"
    s.echo(f"NOTICE: update_lead CUSTOM FIELDS VALUES UPDATED - {data}\n")
    s.api_log(
        "NOTICE", "update_lead CUSTOM FIELDS VALUES UPDATED", f"{phone}|{match.lead_id}|{match.list_id}"
    )
    if affected > 0:
        set_entry_list_id(state, match.lead_id, custom_list)


def insert_custom(state: UpdateState, lead_id: int, list_id: str) -> None:
    s, p = state.s, state.s.p
    phone = p["phone_number"]
    if not s.world.custom_table_exists(list_id):
        no_custom_table(state, f"{phone}|{lead_id}|{list_id}")
        return
    fields = [
        f
        for f in s.world.custom_fields(list_id)
        if f.field_type not in _NO_COLUMN_TYPES and f.label not in STANDARD_LABELS
    ]
    if not fields:
        data = f"{phone}|{lead_id}|{list_id}"
        s.echo(f"NOTICE: update_lead CUSTOM FIELDS NOT ADDED, NO FIELDS DEFINED - {data}\n")
        s.api_log("NOTICE", "update_lead CUSTOM FIELDS NOT ADDED, NO FIELDS DEFINED", data)
        return
    parts = []
    for spec in fields:
        raw = s.inp.param(spec.label)
        value = apply_custom_field_filter("" if raw is None else str(raw))
        parts.append(f'{spec.label}="{value}"')
    try:
        pairs = parse_assignments(
            f"lead_id='{lead_id}'," + ",".join(parts).replace('"--BLANK--"', '""'), tail=";"
        )[1:]
    except SqlError:
        s.fatal()
        return
    by_label = {f.label: f for f in fields}
    values = {n: custom_store(by_label.get(n), v or "", s.info.non_latin) for n, v in pairs}
    s.world.custom_write(list_id, lead_id, values, insert=True)
    data = f"{phone}|{lead_id}|{list_id}|1"
    s.echo(f"NOTICE: update_lead CUSTOM FIELDS VALUES ADDED - {data}\n")
    s.api_log("NOTICE", "update_lead CUSTOM FIELDS VALUES ADDED", data)
    set_entry_list_id(state, lead_id, list_id)


def custom_store(spec: CustomField | None, value: str, non_latin: bool) -> str:
    """What the custom_<list> column keeps (§4.3): VARCHAR(field_max), ENUM of the options, DATE."""
    value = replace_non_bmp(value, non_latin=non_latin)
    if spec is None:
        return value
    if spec.field_type in ("SELECT", "SOURCESELECT", "RADIO"):
        for option in spec.options:
            if option.casefold() == value.rstrip(" ").casefold():
                return option
        return ""
    if spec.field_type == "DATE":
        return coerce_date(value)
    if spec.field_type in ("TEXT", "HIDDEN", "READONLY") and spec.field_max > 0:
        return value[: spec.field_max]
    return value
