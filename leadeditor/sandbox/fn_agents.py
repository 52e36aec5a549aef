"""``logged_in_agents``: the agents logged in to the dialer, each with the lead on its screen.

The server answers from ``vicidial_live_agents`` (NON-AGENT_API.txt, "logged_in_agents"): one line per agent,
``user|campaign_id|session_id|status|lead_id|callerid|calls_today|full_name|user_group|user_level``, with a
header line when ``header=YES``; ``stage`` picks the delimiter (pipe by default, csv, tab). It needs the
same rights as ``lead_all_info`` (user level 7 or more and "view reports"). The sandbox keeps its agents in
a table of its own that tests fill (`SandboxServer.agent_on_lead`).
"""

from __future__ import annotations

from leadeditor.sandbox.script import Script

__all__ = ["logged_in_agents"]

_COLUMNS = (
    "user",
    "campaign_id",
    "session_id",
    "status",
    "lead_id",
    "callerid",
    "calls_today",
    "full_name",
    "user_group",
    "user_level",
)
_DELIMITERS = {"csv": ",", "tab": "\t", "pipe": "|"}


def logged_in_agents(s: Script) -> None:
    user = s.p["user"]
    s.check_source()
    s.check_allowed_function()
    if not s.permitted("12345", 7, view_reports=True):
        s.echo(f"ERROR: logged_in_agents USER DOES NOT HAVE PERMISSION TO GET AGENT INFO - {user}|0\n")
        s.api_log("ERROR", "logged_in_agents USER DOES NOT HAVE PERMISSION TO GET AGENT INFO", f"{user}|0")
        s.exit()
    rows = s.world.query(
        "SELECT a.user, a.campaign_id, a.conf_exten, a.status, a.lead_id, a.callerid, a.calls_today,"
        " a.user, COALESCE(u.user_group, ''), COALESCE(u.user_level, 1)"
        " FROM vicidial_live_agents a LEFT JOIN vicidial_users u ON u.user = a.user ORDER BY a.user"
    )
    if not rows:
        s.echo("ERROR: logged_in_agents NO LOGGED IN AGENTS\n")
        s.api_log("ERROR", "logged_in_agents NO LOGGED IN AGENTS", user)
        s.exit()
    delimiter = _DELIMITERS.get(s.p["stage"], "|")
    lines = [delimiter.join(_COLUMNS)] if s.p["header"] == "YES" else []
    lines += [delimiter.join("" if v is None else str(v) for v in row) for row in rows]
    s.echo("\n".join(lines) + "\n")
    s.api_log("SUCCESS", "logged_in_agents", f"{user}|{len(rows)}")
    s.exit()
