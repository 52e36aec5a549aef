"""The journal wired into the correction workflow: every write recorded before it is sent, completed after.

`JournalHooks(journal, context).install(workflow)` adds a `before_write` hook (after the conflict check: a
write stopped by a conflict is never journaled, since nothing was sent), wraps `resolve_unknown` (a lost
answer is recorded as "unknown" at once, before reading back) and adds an `after_write` hook that records
the outcome, the values read back and the server's answer lines. The journal itself redacts the password.

`undo_changeset` turns a journal entry into a change set that goes through the same safe path.
"""

from __future__ import annotations

from dataclasses import dataclass

from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.journal import (
    Action,
    FieldRecord,
    Journal,
    JournalContext,
    JournalEntry,
    Outcome,
    outcome_of_resolution,
    outcome_of_verification,
)
from leadeditor.editing.lead import READ_COLUMNS, Lead
from leadeditor.editing.safety import UndoPlan, undo_changes
from leadeditor.editing.workflow import CorrectionWorkflow, Hook, SaveContext, SaveStatus

__all__ = ["JournalHooks", "UndoRequest", "undo_changeset"]

_COLUMNS = frozenset(READ_COLUMNS)


class JournalHooks:
    """Journals every write of one workflow (one server, one API user)."""

    def __init__(self, journal: Journal, context: JournalContext) -> None:
        self.journal = journal
        self.context = context

    def install(self, workflow: CorrectionWorkflow) -> None:
        workflow.before_write.append(self.before)
        workflow.after_write.append(self.after)
        inner = workflow.resolve_unknown

        def resolve(ctx: SaveContext) -> None:
            self.lost(ctx)
            inner(ctx)

        resolver: Hook = resolve
        workflow.resolve_unknown = resolver
        workflow.journal_hooks = self  # found again by lead_admin

    def before(self, ctx: SaveContext) -> None:
        outcome = ctx.outcome
        before = outcome.before
        fields = [FieldRecord(k, before.get(k) if before is not None else None, v)
                  for k, v in outcome.sent.items()]
        note = "" if before is not None else "The lead's values before the change could not be read."
        outcome.entry_id = self.journal.begin(self.context, outcome.lead_id, Action(ctx.action), fields,
                                              undo_of=ctx.undo_of, note=note)

    def lost(self, ctx: SaveContext) -> None:
        """The answer never came: say so in the journal before anything else (it stays "unknown")."""
        outcome = ctx.outcome
        if outcome.entry_id is None or ctx.recheck:
            return
        reason = str(outcome.error) if outcome.error is not None else "the connection was lost"
        self.journal.finish(outcome.entry_id, Outcome.UNKNOWN, answer=[f"(no answer: {reason})"])

    def after(self, ctx: SaveContext) -> None:
        outcome = ctx.outcome
        if outcome.entry_id is None:
            return
        if outcome.resolution is not None:
            res = outcome.resolution
            stored = {k: v for k, v in res.stored.items() if v is not None}
            self.journal.finish(outcome.entry_id, outcome_of_resolution(res), stored=stored,
                                answer=[f"(read back: {res.state.value}) {res.reason}"])
            return
        if outcome.status is SaveStatus.FAILED:
            self.journal.finish(outcome.entry_id, Outcome.FAILED, answer=[str(outcome.error)])
            return
        result = outcome.result
        lines = [e.line for e in getattr(result, "events", ())]
        applied = bool(getattr(result, "applied", True))
        if outcome.verification is not None:
            self.journal.finish(outcome.entry_id,
                                outcome_of_verification(outcome.verification, applied=applied),
                                stored=outcome.verification.stored, answer=lines)
        else:
            self.journal.finish(outcome.entry_id, Outcome.SAVED if applied else Outcome.NOT_APPLIED,
                                answer=lines, note="Saved on the server's word: the lead could not be read "
                                                   "back to check it.")


@dataclass(frozen=True)
class UndoRequest:
    """Undo of one journal entry: the change set for the safe path, and what cannot be put back exactly."""

    entry: JournalEntry
    plan: UndoPlan
    changeset: ChangeSet | None  # None: nothing can be undone

    def problems(self) -> list[str]:
        from leadeditor.editing.safety import label_of

        out = [f"{label_of(c)} cannot be put back: {why}." for c, why in self.plan.not_restorable.items()]
        out += [f"{label_of(c)} will be stored as '{v}', not exactly as before." for c, v in
                self.plan.inexact.items()]
        return out


def undo_changeset(entry: JournalEntry, *, non_latin: bool = False) -> UndoRequest:
    """The change set that writes an entry's before values back; its baseline is what the entry stored, so
    the conflict check stops the undo when the lead was changed again since."""
    plan = undo_changes(entry.undo_source(), non_latin=non_latin)
    if entry.action not in (Action.UPDATE, Action.UNDO) or not plan.possible:
        return UndoRequest(entry, plan, None)
    values = {c: v for c, v in plan.expected_now.items() if c in _COLUMNS}
    lead = Lead(entry.lead_id, values, {}, f"Undo of journal entry {entry.id}")
    changeset = ChangeSet(lead, non_latin, update_phone_number=plan.update_phone_number)
    for column, value in plan.changes.items():
        changeset.set(column, value)
    return UndoRequest(entry, plan, changeset)
