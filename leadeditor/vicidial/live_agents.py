"""`logged_in_agents`' answer: which logged-in agents have a given lead on their screen.

The server lists every logged-in agent from `vicidial_live_agents` (VICIdial's NON-AGENT_API.txt,
"logged_in_agents"), one line each, `user|campaign_id|session_id|status|lead_id|...`; asked with
`header=YES`, the first line names the columns, so the parser finds `user`, `status` and `lead_id` by name.
An agent whose `lead_id` is the lead has it on screen: its disposition will save every standard field of the
lead from the agent's form (PROTOCOL §2.16), whatever the lead's own status says.
"""

from __future__ import annotations

from dataclasses import dataclass

from leadeditor.vicidial import columns as col

__all__ = ["NO_AGENTS", "AgentOnLead", "agents_on_lead"]

NO_AGENTS = "NO LOGGED IN AGENTS"  # the answer when nobody is logged in


@dataclass(frozen=True)
class AgentOnLead:
    user: str
    status: str  # the agent's status: INCALL, PAUSED, DISPO, ...


def agents_on_lead(text: str, lead_id: int) -> tuple[AgentOnLead, ...] | None:
    """The agents with `lead_id` on screen; () when none; None when the answer is not a list of agents."""
    lines = [line for line in text.replace("\r", "").split("\n") if line.strip()]
    if any(NO_AGENTS in line for line in lines[:1]):
        return ()
    if not lines:
        return None
    header = lines[0].split("|")
    try:  # vicidial_live_agents names these columns as vicidial_list does
        at_user, at_status, at_lead = (
            header.index(col.USER),
            header.index(col.STATUS),
            header.index(col.LEAD_ID),
        )
    except ValueError:
        return None
    found = []
    for line in lines[1:]:
        cells = line.split("|")
        if len(cells) < len(header):
            return None  # cut short: cannot tell
        if cells[at_lead].strip() == str(lead_id):
            found.append(AgentOnLead(cells[at_user], cells[at_status]))
    return tuple(found)
