"""Writes left "unknown" (a lost answer, or the app killed mid-save) are resolved by reading, never re-sent.

At start-up the window lists `unknown_writes` of the server it signed in to; "Check now" calls `check_write`:
the lead is read once and judged against the entry's before and requested values
(`safety.resolve_unknown_outcome`), and the journal entry is completed with what was found.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from leadeditor.editing.journal import Action, Journal, JournalEntry, Outcome, outcome_of_resolution
from leadeditor.editing.safety import Resolution, ResolutionState, resolve_unknown_outcome, values_of

if TYPE_CHECKING:
    from leadeditor.editing.write_job import LeadReader

__all__ = ["CHECKABLE", "Checked", "check_write", "unknown_writes"]

# What a read of the lead can judge: field updates. A reset, deletion or insertion is shown, not checked.
CHECKABLE = frozenset({Action.UPDATE, Action.UNDO})


@dataclass(frozen=True)
class Checked:
    entry_id: int
    resolution: Resolution
    outcome: Outcome  # what the journal now records


def unknown_writes(journal: Journal, server: str, api_user: str) -> list[JournalEntry]:
    return journal.unknown_writes(server, api_user)


def check_write(
    entry: JournalEntry, reader: LeadReader, journal: Journal, *, non_latin: bool = False
) -> Checked:
    """Read the lead once and record what it proves about the write. Nothing is sent but the read."""
    if entry.action not in CHECKABLE:
        raise ValueError(f"a {entry.action} cannot be judged by reading the lead")
    changes = {f.column: f.requested for f in entry.fields if f.requested is not None}
    before = {f.column: (None if f.redacted else f.before) for f in entry.fields if f.requested is not None}
    lead = reader.load(entry.lead_id)  # with the custom fields, when its list has them
    now = {**values_of(lead.values), **{k: str(v) for k, v in lead.custom.items()}}
    resolution = resolve_unknown_outcome(changes, before, now, non_latin=non_latin)
    outcome = outcome_of_resolution(resolution)
    stored = {c: v for c, v in resolution.stored.items() if v is not None}
    word = {
        ResolutionState.APPLIED: "applied",
        ResolutionState.NOT_APPLIED: "not applied",
        ResolutionState.AS_REQUESTED: "as requested",
    }.get(resolution.state, "still unknown")
    journal.finish(entry.id, outcome, stored=stored, answer=[f"(checked by reading the lead back: {word})"])
    return Checked(entry.id, resolution, outcome)
