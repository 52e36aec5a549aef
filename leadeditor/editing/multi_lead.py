"""One change applied to several leads: one change set per lead, each written by its own lead ID.

The window drives the loop (progress, Cancel between leads); each lead goes through `CorrectionWorkflow.save`
(the one write path), so each is conflict-checked against the values it was listed with, verified and
journaled on its own. The server's `records=N` is never used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.lead import Candidate, Lead
from leadeditor.editing.safety import multi_lead_plan

__all__ = [
    "CommonChange",
    "CustomFieldsNotCommon",
    "LeadTask",
    "SkipReason",
    "common_change",
    "template_lead",
]


class SkipReason(Enum):
    """Why one lead of a common change is not written (`ui.texts.skip_text` words it)."""

    UNREAD = "unread"  # its details could not be read: correct it on its own


class CustomFieldsNotCommon(ValueError):
    """Custom fields differ from list to list: a common change cannot carry them."""

    def __init__(self) -> None:
        super().__init__("custom fields in a common change")


def template_lead(count: int) -> Lead:
    """What the form edits when several leads are selected: nothing loaded, so only typed fields count."""
    return Lead(0, {}, {}, "", known=False)  # the form says what it is (`LeadForm.set_common`)


@dataclass(frozen=True)
class LeadTask:
    lead_id: int
    changeset: ChangeSet | None  # None: skipped (see `skipped`)
    skipped: SkipReason | None = None  # why this lead is not written


@dataclass(frozen=True)
class CommonChange:
    tasks: tuple[LeadTask, ...]
    ignored: dict[str, str]  # column -> why the server would not apply it

    @property
    def lead_ids(self) -> list[int]:
        return [t.lead_id for t in self.tasks]


def common_change(template: ChangeSet, candidates: Sequence[Candidate]) -> CommonChange:
    """A change set per selected lead, with the edits of `template` (a change set on `template_lead`)."""
    if template.custom_edits:
        raise CustomFieldsNotCommon
    plan = multi_lead_plan(
        [c.lead_id for c in candidates], template.wire_changes(), non_latin=template.non_latin
    )
    by_id = {c.lead_id: c for c in candidates}
    tasks: list[LeadTask] = []
    for step in plan.steps:
        candidate = by_id[step.lead_id]
        if candidate.lead is None:
            tasks.append(LeadTask(step.lead_id, None, SkipReason.UNREAD))
            continue
        tasks.append(LeadTask(step.lead_id, template.copy_for(candidate.lead)))
    return CommonChange(tuple(tasks), plan.ignored)
