"""Who has a lead on screen (issue 11, live calls): `logged_in_agents` lists the logged-in agents with the
lead each has on screen (VICIdial's NON-AGENT_API.txt); the client picks the agents of one lead, against the
sandbox, and says None when the server does not tell."""

from __future__ import annotations

from typing import Any

from leadeditor.vicidial.live_agents import AgentOnLead, agents_on_lead


def test_nobody_logged_in_means_nobody_has_the_lead(sandbox: Any, client: Any) -> None:
    assert client.agents_on_lead(4) == ()
    (request,) = sandbox.request_log.of("logged_in_agents")
    assert not request.is_write


def test_the_agents_with_the_lead_on_screen_are_named(sandbox: Any, client: Any) -> None:
    sandbox.agent_on_lead("1001", 4, "INCALL")
    sandbox.agent_on_lead("1002", 9, "DISPO")
    sandbox.agent_on_lead("1003", 0, "READY")  # logged in, no lead on screen
    assert client.agents_on_lead(4) == (AgentOnLead("1001", "INCALL"),)
    assert client.agents_on_lead(9) == (AgentOnLead("1002", "DISPO"),)
    assert client.agents_on_lead(5) == ()
    sandbox.agent_on_lead("1001", None)  # logged out
    assert client.agents_on_lead(4) == ()


def test_a_user_the_server_will_not_tell_gets_none(sandbox: Any, client: Any) -> None:
    sandbox.agent_on_lead("1001", 4, "INCALL")
    sandbox.revoke_view_reports("6666")
    assert client.agents_on_lead(4) is None  # cannot tell: never "nobody"


def test_an_answer_that_is_not_a_list_of_agents_tells_nothing() -> None:
    header = "user|campaign_id|session_id|status|lead_id|callerid|calls_today|full_name|user_group|user_level"
    assert agents_on_lead(header + "\n1001|TESTCAMP|8600051|INCALL|4||0|1001|ADMIN|9\n", 4) == (
        AgentOnLead("1001", "INCALL"),
    )
    assert agents_on_lead("1001|TESTCAMP|8600051|INCALL|4||0|1001|ADMIN|9\n", 4) is None  # no header
    assert agents_on_lead(header + "\n1001|TESTCAMP|86000\n", 4) is None  # cut short
    assert agents_on_lead("", 4) is None
    assert agents_on_lead("ERROR: logged_in_agents NO LOGGED IN AGENTS\n", 4) == ()
