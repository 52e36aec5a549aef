"""Several leads edited together, below the window: the values they share, and the per-lead preview read
fresh from the sandbox over real HTTP, with nothing written."""

from __future__ import annotations

from typing import Any

from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.lead import Candidate
from leadeditor.editing.multi_lead import common_change, preview_common, shared_values
from leadeditor.editing.workflow import CorrectionWorkflow


def test_shared_values_keep_what_all_leads_hold_and_name_the_rest(wf: CorrectionWorkflow) -> None:
    leads = [wf.load(i) for i in (14, 8, 1)]
    shared = shared_values(leads)
    assert shared.lead.value("first_name") == "John" and shared.lead.value("city") == "Chicago"
    assert {"last_name", "list_id", "comments"} <= shared.different
    assert shared.lead.value("last_name") == ""  # never one lead's value for all
    assert "first_name" not in shared.different and not shared.lead.custom


def test_the_preview_reads_each_lead_fresh_and_writes_nothing(wf: CorrectionWorkflow, sandbox: Any) -> None:
    candidates = [Candidate(i, wf.load(i)) for i in (14, 8, 1)]
    template = ChangeSet(shared_values([c.lead for c in candidates if c.lead]).lead)
    template.set("owner", "TEAM-B")
    template.set("city", "Chicago")  # what they all hold already: not part of the change
    change = common_change(template, candidates)
    sandbox.set_lead_field(8, "owner", "TEAM-A")  # someone sets lead 8's owner after it was listed
    sandbox.set_lead_field(1, "owner", "TEAM-B")  # and lead 1's to the very value
    sandbox.remove_lead(14)  # and lead 14 is gone: it cannot be read
    log_before = len(sandbox.request_log.writes())
    previews = {p.lead_id: p for p in preview_common(change, wf.read)}
    assert len(sandbox.request_log.writes()) == log_before
    assert previews[14].read_error is not None and not previews[14].sends
    eight = previews[8]
    assert [(r.key, r.now, r.will_store) for r in eight.rows] == [("owner", "TEAM-A", "TEAM-B")]
    assert [c.column for c in eight.changed] == ["owner"] and not eight.sends
    one = previews[1]
    assert one.changed and [c.now for c in one.changed] == ["TEAM-B"]
    assert not any(r.sends for r in one.rows)  # it holds the value now: nothing would be sent
