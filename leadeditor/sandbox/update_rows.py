"""update_lead's work on each matched lead (PROTOCOL.md §2.5-§2.8): UPDATE, delete, custom data delete."""

from __future__ import annotations

from leadeditor.sandbox.schema import store
from leadeditor.sandbox.sqltext import SqlError, parse_assignments
from leadeditor.sandbox.update_callbacks import callback
from leadeditor.sandbox.update_custom import custom_fields
from leadeditor.sandbox.update_search import Match
from leadeditor.sandbox.update_state import UpdateState, archive_callbacks, set_entry_list_id
from leadeditor.sandbox.world import LEAD_COLUMNS

__all__ = ["one_lead"]


def one_lead(state: UpdateState, match: Match, clause: str) -> None:
    s, p = state.s, state.s.p
    if p["delete_cf_data"] == "Y":
        _delete_cf_data(state, match)
    if len(clause) > 6 or p["delete_lead"] == "Y":
        if p["delete_lead"] == "Y":
            archived = archive_callbacks(state, match.lead_id)
            deleted = s.world.execute(
                "DELETE FROM vicidial_callbacks WHERE lead_id=?", [match.lead_id]
            ).rowcount
            state.vcba = str(archived)
            affected = s.world.delete_lead(match.lead_id, state.table)
            reason = f"update_lead LEAD HAS BEEN DELETED {deleted}|{state.vcba}"
        else:
            affected = _update(state, match.lead_id, clause)
            reason = "update_lead LEAD HAS BEEN UPDATED"
        s.echo(f"SUCCESS: {reason} - {p['user']}|{match.lead_id}|{affected}|{state.vcba}|{state.vcba}|\n")
        s.api_log("SUCCESS", reason, f"{p['phone_number']}|{match.list_id}|{match.lead_id}|")
    if p["callback"] == "Y":
        callback(state, match)
    if p["callback"] == "REMOVE":
        archived = archive_callbacks(state, match.lead_id)
        deleted = s.world.execute("DELETE FROM vicidial_callbacks WHERE lead_id=?", [match.lead_id]).rowcount
        state.vcba = str(archived)
        data = f"{p['user']}|{match.lead_id}|{deleted}|{archived}"
        s.echo(f"NOTICE: update_lead SCHEDULED CALLBACK DELETED - {data}\n")
        s.api_log("NOTICE", "update_lead SCHEDULED CALLBACK DELETED", data)
    if p["custom_fields"] == "Y":
        custom_fields(state, match)


def _update(state: UpdateState, lead_id: int, clause: str) -> int:
    s = state.s
    try:
        pairs = parse_assignments(clause, tail=f" where lead_id='{lead_id}';")
    except SqlError:
        return s.dml_failed()
    row = s.world.lead(lead_id, state.table)
    if any(name not in LEAD_COLUMNS for name, _ in pairs):
        return s.dml_failed()
    if row is None:
        return 0
    changes: dict[str, str | None] = {}
    for name, value in pairs:
        stored = store(name, value or "", non_latin=s.info.non_latin)
        if row.get(name) != stored or name in changes:
            changes[name] = stored
    changes = {k: v for k, v in changes.items() if row.get(k) != v}
    if not changes:
        return 0
    changes["modify_date"] = s.now_text
    s.world.write_lead(lead_id, changes, state.table)
    return 1


def _delete_cf_data(state: UpdateState, match: Match) -> None:
    s, p = state.s, state.s.p
    if len(p["entry_list_id"]) > 0:
        table_id = p["entry_list_id"]
    elif len(p["force_entry_list_id"]) > 0:
        table_id = p["force_entry_list_id"]
    else:
        table_id = match.entry_list_id
    custom_rows = ""
    if s.world.custom_table_exists(table_id):
        custom_rows = str(s.world.custom_delete(table_id, match.lead_id))
    list_rows = set_entry_list_id(state, match.lead_id, "0")
    data = f"{p['user']}|{match.lead_id}|{table_id}|{list_rows}|{custom_rows}"
    s.echo(f"NOTICE: update_lead CUSTOM FIELDS DATA HAS BEEN DELETED - {data}\n")
    s.api_log("NOTICE", "update_lead CUSTOM FIELDS DATA HAS BEEN DELETED", data)
