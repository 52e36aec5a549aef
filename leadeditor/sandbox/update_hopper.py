"""update_lead's hopper sections (PROTOCOL.md §2.11, L17888-L18020): add_to_hopper and remove_from_hopper."""

from __future__ import annotations

import re

from leadeditor.sandbox.update_search import text
from leadeditor.sandbox.update_state import UpdateState

__all__ = ["hopper"]


def hopper(state: UpdateState) -> None:
    s, p = state.s, state.s.p
    user, phone, lead = p["user"], p["phone_number"], p["lead_id"]
    remove = re.fullmatch("Y", p["remove_from_hopper"]) is not None
    lead_id = int(lead) if lead.isdigit() and int(lead) < 2**63 else -1
    if p["add_to_hopper"] == "Y" and not remove:
        if s.world.query("SELECT 1 FROM vicidial_hopper WHERE lead_id=?", [lead_id]):
            data = f"{phone}|{lead}|{user}"
            s.echo(f"NOTICE: update_lead NOT ADDED TO HOPPER, LEAD IS ALREADY IN THE HOPPER - {data}\n")
            s.api_log("NOTICE", "update_lead NOT ADDED TO HOPPER, LEAD IS ALREADY IN THE HOPPER", data)
        else:
            row = s.world.lead(lead_id, state.table)
            if row is None:
                data = f"{phone}|{lead}|{user}"
                s.echo(f"NOTICE: update_lead NOT ADDED TO HOPPER, LEAD NOT FOUND - {data}\n")
                s.api_log("NOTICE", "update_lead NOT ADDED TO HOPPER, LEAD NOT FOUND", data)
            else:
                campaign = s.world.list_campaign(p["list_id"] or (row.get("list_id") or "")) or ""
                priority = _clamp_priority(p["hopper_priority"])
                cur = s.world.execute(
                    "INSERT INTO vicidial_hopper (lead_id, campaign_id, status, priority, source,"
                    " list_id,"
                    " gmt_offset_now, state) VALUES (?,?,?,?,?,?,?,?)",
                    [
                        lead_id,
                        campaign,
                        "READY",
                        priority,
                        "P",
                        row.get("list_id") or "",
                        row.get("gmt_offset_now") or "",
                        row.get("state") or "",
                    ],
                )
                data = f"{phone}|{lead}|{cur.lastrowid}|{user}"
                s.echo(f"NOTICE: update_lead ADDED TO HOPPER - {data}\n")
                s.api_log("NOTICE", "update_lead ADDED TO HOPPER", data)
    if remove:
        rows = s.world.query("SELECT hopper_id, status FROM vicidial_hopper WHERE lead_id=?", [lead_id])
        if not rows:
            data = f"{phone}|{lead}|{user}"
            s.echo(f"NOTICE: update_lead NOT REMOVED FROM HOPPER, LEAD IS NOT IN THE HOPPER - {data}\n")
            s.api_log("NOTICE", "update_lead NOT REMOVED FROM HOPPER, LEAD IS NOT IN THE HOPPER", data)
        else:
            status = text(rows[0][1])
            if status in ("INCALL", "DONE", "HOLD", "DNC"):
                data = f"{phone}|{lead}|{status}|{user}"
                s.echo(f"NOTICE: update_lead NOT REMOVED FROM HOPPER - {data}\n")
                s.api_log("NOTICE", "update_lead NOT REMOVED FROM HOPPER", data)
            else:
                s.world.execute("DELETE FROM vicidial_hopper WHERE lead_id=?", [lead_id])
                data = f"{phone}|{lead}|{status}|{user}"
                s.echo(f"NOTICE: update_lead REMOVED FROM HOPPER - {data}\n")
                s.api_log("NOTICE", "update_lead REMOVED FROM HOPPER", data)


def _clamp_priority(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    return max(-99, min(99, value))
