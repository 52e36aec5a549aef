"""One change applied to several leads: one change set per lead, each written by its own lead ID.

The window drives the loop (progress, Cancel between leads); each lead goes through `CorrectionWorkflow.save`
(the one write path), so each is conflict-checked against the values it was listed with, verified and
journaled on its own. The server's `records=N` is never used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from leadeditor.editing.changes import ChangeRow, ChangeSet
from leadeditor.editing.lead import Candidate, Lead
from leadeditor.editing.safety import Conflict, detect_conflicts, multi_lead_plan
from leadeditor.vicidial.errors import VicidialError

__all__ = [
    "CommonChange",
    "CustomFieldsNotCommon",
    "LeadPreview",
    "LeadTask",
    "SharedValues",
    "SkipReason",
    "common_change",
    "preview_common",
    "shared_values",
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
class SharedValues:
    """What several leads edited together hold: `lead` has each value they all share (empty where they
    differ), `different` names the columns where they differ."""

    lead: Lead
    different: frozenset[str]


def shared_values(leads: Sequence[Lead]) -> SharedValues:
    """The values the form shows when `leads` are edited together (the template the common change is typed
    on). Custom fields are never common (they belong to each lead's list)."""
    from leadeditor.editing.lead import READ_COLUMNS

    values: dict[str, str] = {}
    different: set[str] = set()
    for column in READ_COLUMNS:
        seen = {lead.value(column) for lead in leads}
        if len(seen) == 1:
            values[column] = seen.pop()
        else:
            values[column] = ""
            different.add(column)
    return SharedValues(Lead(0, values, {}, ""), frozenset(different))


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


@dataclass(frozen=True)
class LeadPreview:
    """One lead of a common change as the confirmation shows it: read fresh just before, nothing sent."""

    lead_id: int
    fresh: Lead | None  # None: skipped, or the read failed (`read_error`)
    rows: tuple[ChangeRow, ...]  # the change on the fresh values: Now → Will be stored
    changed: tuple[Conflict, ...] = ()  # fields changed on the server since the lead was listed
    skipped: SkipReason | None = None
    read_error: Exception | None = None

    @property
    def sends(self) -> bool:
        """True when this lead is expected to be written (the write path still checks it again)."""
        return (
            self.skipped is None
            and self.read_error is None
            and not self.changed
            and any(r.sends for r in self.rows)
        )


def preview_common(
    change: CommonChange,
    read: Callable[[int], Lead],
    *,
    stop: Callable[[], bool] = lambda: False,
) -> list[LeadPreview]:
    """Read each lead of `change` fresh and say what its write would do (blocking: run it in a worker
    thread). Nothing is written; a lead changed since it was listed is marked, as the write's own conflict
    check will stop it. Stops reading when `stop()` says so (the rest are left out)."""
    out: list[LeadPreview] = []
    for task in change.tasks:
        if stop():
            break
        if task.changeset is None:
            out.append(LeadPreview(task.lead_id, None, (), skipped=task.skipped))
            continue
        listed = task.changeset.lead
        try:
            fresh = read(task.lead_id)
        except VicidialError as exc:  # the write re-reads it anyway; the confirmation says it could not
            out.append(LeadPreview(task.lead_id, None, tuple(task.changeset.rows()), read_error=exc))
            continue
        on_fresh = task.changeset.copy_for(fresh)
        changed = detect_conflicts(listed.values, fresh.values, task.changeset.wire_changes())
        out.append(LeadPreview(task.lead_id, fresh, tuple(on_fresh.rows()), tuple(changed)))
    return out
