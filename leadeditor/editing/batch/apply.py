"""The apply: each confirmed row through the one write path (`write_job.run_write` with an `UpdateJob`).

For each lead: the conflict re-read just before writing (a lead changed since the dry run is skipped as
`conflict`), the journal's intent (naming the batch), one `update_lead` by lead ID, the read-back verified
against the prediction; a lost answer is resolved by reading back, never sent again. 3 requests per changed
row. The row's outcome goes to the batch ledger once it is settled; a row whose outcome stays unknown is left
open there, so a resume reads it back first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from leadeditor.editing.batch.controls import BatchControls, stops_batch
from leadeditor.editing.batch.ledger import LedgerRow
from leadeditor.editing.batch.mapping import CUSTOM_PREFIX
from leadeditor.editing.batch.results import Outcome
from leadeditor.editing.batch.row_changes import BatchReader, changeset_for, field_changes
from leadeditor.editing.batch.row_result import FieldChange, RowReason, RowResult
from leadeditor.editing.journal import Action, Journal, JournalContext, JournalEntry
from leadeditor.editing.journaling import JournalRecorder
from leadeditor.editing.lead_client import LeadClient
from leadeditor.editing.outcomes import SaveStatus
from leadeditor.editing.safety import ResolutionState
from leadeditor.editing.update_job import ConflictFound, SaveContext, SaveOutcome, UpdateJob
from leadeditor.editing.write_job import Intent, recheck_write, run_write
from leadeditor.vicidial import errors

__all__ = ["BatchRecorder", "apply_row", "resolve_row"]


class BatchRecorder(JournalRecorder):
    """The session's journal recorder, naming the batch on every entry it begins."""

    def __init__(
        self,
        journal: Journal,
        context: JournalContext,
        batch_id: int,
        before_begin: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(journal, context)
        self.batch_id = batch_id
        self.before_begin = before_begin  # the pace's wait for the write, taken before the intent

    def begin(self, intent: Intent) -> int:
        if self.before_begin is not None:
            self.before_begin()
        return self.journal.begin(
            self.context,
            intent.lead_id,
            intent.action,
            intent.fields,
            record=intent.record,
            undo_of=intent.undo_of,
            note=intent.note,
            batch_id=self.batch_id,
        )


def _job(item: LedgerRow, reader: BatchReader, non_latin: bool) -> UpdateJob:
    changeset = changeset_for(item.lead_id, item.plan, non_latin=non_latin)
    outcome = SaveOutcome(item.lead_id, changeset)
    outcome.sent = {**changeset.wire_changes(), **changeset.wire_custom_changes()}
    action = Action.UNDO if item.plan.undo_of is not None else Action.UPDATE
    return UpdateJob(SaveContext(reader, changeset, outcome, action=action, undo_of=item.plan.undo_of))


def apply_row(
    item: LedgerRow,
    client: LeadClient,
    reader: BatchReader,
    recorder: BatchRecorder,
    controls: BatchControls,
    *,
    non_latin: bool = False,
) -> RowResult:
    job = _job(item, reader, non_latin)
    if not job.outcome.sent:
        return RowResult(item.row, Outcome.UNCHANGED, RowReason.NOTHING_TO_CHANGE, item.lead_id)
    try:
        run_write(job, client, reader, recorder, cancel=controls.cancel_token)
    except errors.VicidialError as exc:  # a refused login or certificate while reading, before any write
        if stops_batch(exc):
            controls.stop(exc)
            return RowResult(item.row, Outcome.FAILED, RowReason.STOPPED, item.lead_id, {"error": exc})
        return RowResult(item.row, Outcome.FAILED, RowReason.READ_FAILED, item.lead_id, {"error": exc})
    return _result(item, job, controls)


def resolve_row(
    item: LedgerRow,
    entry: JournalEntry,
    reader: BatchReader,
    recorder: BatchRecorder,
    *,
    non_latin: bool = False,
) -> RowResult:
    """A row begun before the process died: its outcome is decided by reading the lead back, never by
    sending again. Not applied is reported as such, and not sent now either."""
    job = _job(item, reader, non_latin)
    job.entry_id = entry.id
    job.outcome.before = {
        **dict(item.plan.loaded),
        **{f.column: f.before for f in entry.fields if f.before is not None},
    }
    job.outcome.status = SaveStatus.UNKNOWN
    recheck_write(job, reader, recorder)
    result = _result(item, job, BatchControls())
    if result.outcome is Outcome.FAILED and result.reason is RowReason.NOT_APPLIED:
        return RowResult(
            item.row, Outcome.SKIPPED, RowReason.NOT_SENT_AFTER_CRASH, item.lead_id, changes=result.changes
        )
    return result


def _result(item: LedgerRow, job: UpdateJob, controls: BatchControls) -> RowResult:
    outcome = job.outcome
    changes = _with_after(field_changes(job.ctx.changeset, item.plan), _after_values(outcome))

    def done(result: Outcome, reason: RowReason, **data: object) -> RowResult:
        return RowResult(item.row, result, reason, item.lead_id, data, changes, item.plan)

    status, error = outcome.status, outcome.error
    if status is SaveStatus.ABORTED:
        if isinstance(error, ConflictFound):
            return done(Outcome.CONFLICT, RowReason.CONFLICT, fields=tuple(c.column for c in error.conflicts))
        if error is None:
            stopped = controls.stop_error
            if stopped is not None:
                return done(Outcome.SKIPPED, RowReason.STOPPED, error=stopped)
            return done(Outcome.SKIPPED, RowReason.CANCELLED)
        return done(Outcome.FAILED, RowReason.READ_FAILED, error=error)
    if status is SaveStatus.FAILED:
        if error is not None and stops_batch(error):
            return done(Outcome.FAILED, RowReason.STOPPED, error=error)
        return done(Outcome.FAILED, RowReason.REFUSED, error=error)
    if status is SaveStatus.NOT_APPLIED:
        return done(Outcome.FAILED, RowReason.NOT_APPLIED)
    if status is SaveStatus.ALREADY_SO:
        return done(Outcome.UNCHANGED, RowReason.ALREADY_SO)
    if status is SaveStatus.UNKNOWN:
        return done(Outcome.UNKNOWN, RowReason.UNKNOWN)
    if outcome.verification is not None and not outcome.verification.ok and outcome.mismatches:
        return done(Outcome.FAILED, RowReason.STORED_DIFFERENTLY, fields=tuple(outcome.mismatches))
    if outcome.resolution is not None and outcome.resolution.state is ResolutionState.UNKNOWN:
        return done(Outcome.UNKNOWN, RowReason.UNKNOWN)
    return done(Outcome.UPDATED, RowReason.PLANNED)


def _after_values(outcome: SaveOutcome) -> Mapping[str, str | None] | None:
    """What the lead holds now, read back after the write (None: not read back)."""
    if outcome.stored is not None:
        return {**dict(outcome.stored.custom), **dict(outcome.stored.values)}
    if outcome.verification is not None:
        return outcome.verification.stored
    if outcome.resolution is not None:
        return outcome.resolution.stored
    return None


def _with_after(
    changes: tuple[FieldChange, ...], after: Mapping[str, str | None] | None
) -> tuple[FieldChange, ...]:
    out = []
    for c in changes:
        key = c.field.removeprefix(CUSTOM_PREFIX)
        out.append(replace(c, after=None if after is None else after.get(key)))
    return tuple(out)
