"""The journal wired into the write path: every write recorded before it is sent, completed after.

`JournalRecorder(journal, context)` is the `write_job.JournalSink` of a session: `run_write` records the
intent after the checks (a write stopped by a conflict is never journaled, since nothing was sent), records a
lost answer as "unknown" at once, before reading back, and records the outcome with the values read back and
the server's answer lines. The journal itself redacts the password.

`undo_changeset` turns a journal entry into a change set that goes through the same safe path.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.journal import (
    Action,
    Journal,
    JournalContext,
    JournalEntry,
    Outcome,
)
from leadeditor.editing.lead import READ_COLUMNS, Lead, LeadNote
from leadeditor.editing.safety import UndoPlan, undo_changes
from leadeditor.editing.write_job import Intent, Settled

__all__ = ["JournalHooks", "JournalRecorder", "UndoRequest", "undo_changeset"]

_COLUMNS = frozenset(READ_COLUMNS)


class JournalRecorder:
    """Journals every write of one session (one server, one API user): the intent before it is sent, the
    outcome after. The write path (`write_job.run_write`) calls it; the journal redacts the password."""

    def __init__(self, journal: Journal, context: JournalContext) -> None:
        self.journal = journal
        self.context = context

    def install(self, workflow: _Journaled) -> None:
        """Journal every write of `workflow` (what `session.open_session` does for a new session)."""
        workflow.journal = self

    def begin(self, intent: Intent) -> int:
        return self.journal.begin(
            self.context,
            intent.lead_id,
            intent.action,
            intent.fields,
            record=intent.record,
            undo_of=intent.undo_of,
            note=intent.note,
        )

    def lost(self, entry_id: int, error: BaseException) -> None:
        """The answer never came: say so before anything else (the entry stays "unknown")."""
        self.journal.finish(entry_id, Outcome.UNKNOWN, answer=[f"(no answer: {error})"])

    def settle(self, entry_id: int, settled: Settled) -> None:
        self.journal.finish(
            entry_id,
            settled.outcome,
            stored=settled.stored,
            answer=settled.answer,
            note=settled.note,
            lead_id=settled.lead_id,
        )


class _Journaled(Protocol):
    journal: JournalRecorder | None


JournalHooks = JournalRecorder  # its former name


@dataclass(frozen=True)
class UndoRequest:
    """Undo of one journal entry: the change set for the safe path, and what cannot be put back exactly."""

    entry: JournalEntry
    plan: UndoPlan
    changeset: ChangeSet | None  # None: nothing can be undone


def undo_changeset(entry: JournalEntry, *, non_latin: bool = False) -> UndoRequest:
    """The change set that writes an entry's before values back; its baseline is what the entry stored, so
    the conflict check stops the undo when the lead was changed again since."""
    plan = undo_changes(entry.undo_source(), non_latin=non_latin)
    if entry.action not in (Action.UPDATE, Action.UNDO) or not plan.possible:
        return UndoRequest(entry, plan, None)
    values = {c: v for c, v in plan.expected_now.items() if c in _COLUMNS}
    lead = Lead(entry.lead_id, values, {}, LeadNote.UNDO)
    changeset = ChangeSet(lead, non_latin, update_phone_number=plan.update_phone_number)
    for column, value in plan.changes.items():
        changeset.set(column, value)
    return UndoRequest(entry, plan, changeset)
