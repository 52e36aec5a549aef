"""update_lead's scheduled callbacks (PROTOCOL.md §2.9, L17327-L17482): add, update, the status they keep."""

from __future__ import annotations

import re

from leadeditor.sandbox.update_search import Match
from leadeditor.sandbox.update_state import UpdateState

__all__ = ["callback"]


def _callback_time(state: UpdateState) -> str:
    s, p = state.s, state.s.p
    when = p["callback_datetime"]
    if when == "NOW":
        when = s.now_text
    if re.search(r"\dDAYS$", when, re.IGNORECASE):
        when = s.local_time_text(days=int(re.sub(r"[^0-9]", "", when) or 0))
    p["callback_datetime"] = when
    return when


def callback(state: UpdateState, match: Match) -> None:
    s, p = state.s, state.s.p
    existing = s.world.query(
        "SELECT callback_id FROM vicidial_callbacks WHERE lead_id=? ORDER BY callback_id", [match.lead_id]
    )
    if existing:
        sets: dict[str, str] = {}
        if len(p["callback_datetime"]) > 0:
            sets["callback_time"] = _callback_time(state)
        for param, column in (
            ("callback_status", "lead_status"),
            ("campaign_id", "campaign_id"),
            ("list_id_field", "list_id"),
            ("callback_type", "recipient"),
            ("callback_comments", "comments"),
            ("callback_user", "user"),
        ):
            if len(p[param]) > 0:
                sets[column] = p[param]
        if sets:
            assign = ", ".join(f"{c}=?" for c in sets)
            s.world.execute(
                f"UPDATE vicidial_callbacks SET status='ACTIVE', entry_time=?, {assign} WHERE callback_id=?",
                [s.now_text, *sets.values(), existing[0][0]],
            )
            data = (
                f"{match.lead_id}|{p['campaign_id']}|{p['callback_datetime']}|{p['callback_type']}|"
                f"{p['callback_user']}|{p['callback_status']}"
            )
            s.echo(f"NOTICE: update_lead SCHEDULED CALLBACK UPDATED - {data}\n")
            s.api_log("NOTICE", "update_lead SCHEDULED CALLBACK UPDATED", data)
        else:
            s.echo(
                "NOTICE: update_lead SCHEDULED CALLBACK NOT UPDATED, NO FIELDS SPECIFIED - "
                f"{match.lead_id}|\n"
            )
            s.api_log(
                "NOTICE",
                "update_lead SCHEDULED CALLBACK NOT UPDATED, NO FIELDS SPECIFIED",
                f"{match.lead_id}|",
            )
        return
    if not s.world.campaign_exists(p["campaign_id"]):
        data = f"{match.lead_id}|{p['campaign_id']}"
        s.echo(f"NOTICE: update_lead SCHEDULED CALLBACK NOT ADDED, CAMPAIGN NOT VALID - {data}\n")
        s.api_log("NOTICE", "update_lead SCHEDULED CALLBACK NOT ADDED, CAMPAIGN NOT VALID", data)
        return
    user_group = ""
    if p["callback_type"] == "USERONLY":
        target = s.world.get_user(p["callback_user"]) if p["callback_user"] else None
        if target is None:
            data = f"{match.lead_id}|{p['campaign_id']}|{p['callback_user']}|{p['callback_type']}"
            s.echo(f"NOTICE: update_lead SCHEDULED CALLBACK NOT ADDED, USER NOT VALID - {data}\n")
            s.api_log("NOTICE", "update_lead SCHEDULED CALLBACK NOT ADDED, USER NOT VALID", data)
            return
        user_group = target.user_group
    else:
        p["callback_type"] = "ANYONE"
        p["callback_user"] = ""
    when = _callback_time(state)
    if len(p["callback_status"]) < 1:
        p["callback_status"] = "CALLBK"
    stored_time = when if re.match(r"^\d{4}-\d{2}-\d{2}", when) else "0000-00-00 00:00:00"
    s.world.execute(
        "INSERT INTO vicidial_callbacks (lead_id, list_id, campaign_id, status, entry_time,"
        " callback_time, user, recipient, comments, user_group, lead_status)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            match.lead_id,
            match.list_id,
            p["campaign_id"],
            "ACTIVE",
            s.now_text,
            stored_time,
            p["callback_user"],
            p["callback_type"],
            p["callback_comments"],
            user_group,
            p["callback_status"],
        ],
    )
    data = (
        f"{match.lead_id}|{p['campaign_id']}|{when}|{p['callback_type']}|{p['callback_user']}|"
        f"{p['callback_status']}"
    )
    s.echo(f"NOTICE: update_lead SCHEDULED CALLBACK ADDED - {data}\n")
    s.api_log("NOTICE", "update_lead SCHEDULED CALLBACK ADDED", data)
