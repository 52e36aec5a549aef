"""Writes left "unknown" (a lost answer, or the app killed mid-save) are resolved by reading, never re-sent.

At start-up the window lists `unknown_writes` of the server it signed in to; "Check now" calls `check_write`,
which reads once and completes the journal entry with what the read proves:
- an update or undo: the lead is read and judged against the entry's before and requested values
  (`safety.resolve_unknown_outcome`);
- a reset, deletion or insertion: judged as a lost answer of that job is judged right after sending (the
  job's own `resolve`: `called_since_last_reset` read back, the lead gone, a lead found by the inserted
  phone number), so a crash and a lost answer end the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from leadeditor.editing.journal import Action, Journal, JournalEntry, Outcome, outcome_of_resolution
from leadeditor.editing.lead_admin import DeleteJob, InsertJob, ResetJob
from leadeditor.editing.safety import Resolution, ResolutionState, resolve_unknown_outcome, values_of
from leadeditor.vicidial import columns as col

if TYPE_CHECKING:
    from leadeditor.editing.lead_admin import _AdminJob
    from leadeditor.editing.write_job import LeadReader

__all__ = ["CHECKABLE", "Checked", "check_write", "checkable", "unknown_writes"]

# Every kind of write can be judged by reading; an insert needs the phone number it sent to search by.
CHECKABLE = frozenset(Action)


@dataclass(frozen=True)
class Checked:
    entry_id: int
    state: ResolutionState
    outcome: Outcome  # what the journal now records
    resolution: Resolution | None = None  # an update or undo: the field-by-field judgement
    lead_id: int = 0  # the lead the entry is about now (an insert found: the new lead's ID; 0: not found)

    @property
    def final(self) -> bool:
        """False when reading again might still tell more ("Check now" stays offered)."""
        return self.state is not ResolutionState.UNKNOWN


def unknown_writes(journal: Journal, server: str, api_user: str) -> list[JournalEntry]:
    return journal.unknown_writes(server, api_user)


def checkable(entry: JournalEntry) -> bool:
    """Whether a read can judge the entry (an insert journaled without its phone number cannot be)."""
    if entry.action is Action.INSERT:
        return bool(_requested(entry).get(col.PHONE_NUMBER))
    return entry.action in CHECKABLE


def _requested(entry: JournalEntry) -> dict[str, str]:
    return {f.column: f.requested for f in entry.fields if isinstance(f.requested, str)}


def check_write(
    entry: JournalEntry, reader: LeadReader, journal: Journal, *, non_latin: bool = False
) -> Checked:
    """Read once and record what it proves about the write. Nothing is sent but the read."""
    if not checkable(entry):
        raise ValueError(f"a {entry.action} cannot be judged by reading the lead")
    if entry.action in (Action.UPDATE, Action.UNDO):
        return _check_update(entry, reader, journal, non_latin=non_latin)
    job = _job_of(entry)
    settled = job.resolve(reader, None)  # reads only: the job's lost-answer judgement
    state = job.out.state
    lead_id = settled.lead_id if entry.action is Action.INSERT else entry.lead_id
    journal.finish(
        entry.id,
        settled.outcome,
        stored=settled.stored,
        answer=[f"(checked by reading the lead back: {state.value})"],
        lead_id=settled.lead_id,
    )
    return Checked(entry.id, state, settled.outcome, lead_id=lead_id or 0)


def _job_of(entry: JournalEntry) -> _AdminJob:
    """The job that wrote the entry, rebuilt from what the journal holds (only to judge, never to send)."""
    if entry.action is Action.RESET:
        job = ResetJob(entry.lead_id)
        job.before = {f.column: f.before for f in entry.fields if f.before is not None and not f.redacted}
        return job
    if entry.action is Action.DELETE:
        return DeleteJob(entry.lead_id)
    asked = _requested(entry)
    text = asked.get(col.LIST_ID, "")
    list_id = int(text) if text.isascii() and text.isdigit() else 0
    return InsertJob(asked.get(col.PHONE_CODE, ""), asked[col.PHONE_NUMBER], list_id, {})


def _check_update(entry: JournalEntry, reader: LeadReader, journal: Journal, *, non_latin: bool) -> Checked:
    changes = {f.column: f.requested for f in entry.fields if f.requested is not None}
    before = {f.column: (None if f.redacted else f.before) for f in entry.fields if f.requested is not None}
    lead = reader.load(entry.lead_id)  # with the custom fields, when its list has them
    now = {**values_of(lead.values), **{k: str(v) for k, v in lead.custom.items()}}
    resolution = resolve_unknown_outcome(changes, before, now, non_latin=non_latin)
    outcome = outcome_of_resolution(resolution)
    stored = {c: v for c, v in resolution.stored.items() if v is not None}
    journal.finish(
        entry.id,
        outcome,
        stored=stored,
        answer=[f"(checked by reading the lead back: {resolution.state.value})"],
    )
    return Checked(entry.id, resolution.state, outcome, resolution, entry.lead_id)
