"""The dry run of a batch undo: for each row the batch updated, read the lead now and put back only the fields
that still hold what the batch stored. A field changed since (a later human edit) is left as it is and
reported (`KEPT_LATER_EDIT`); the rest goes through the same safe path as any batch row, as an undo of the
row's journal entry. One read per row.
"""

from __future__ import annotations

from leadeditor.editing.batch.controls import stops_batch
from leadeditor.editing.batch.ledger import BatchLedger, LedgerRow, RowPlanRecord
from leadeditor.editing.batch.results import Outcome
from leadeditor.editing.batch.row_changes import BatchReader, changeset_for, field_changes
from leadeditor.editing.batch.row_result import RowReason, RowResult
from leadeditor.editing.safety import UndoSource, undo_changes
from leadeditor.vicidial import errors
from leadeditor.vicidial.fields import Blank

__all__ = ["undo_row"]


def undo_row(
    item: LedgerRow, ledger: BatchLedger, reader: BatchReader, *, non_latin: bool = False
) -> RowResult | None:
    """None for a row the batch did not write (nothing to undo)."""
    if item.outcome is not Outcome.UPDATED:
        return None
    entry = ledger.entry_of(item.batch_id, item.lead_id)
    if entry is None:
        return None
    try:
        lead = reader.read(item.lead_id)
    except errors.LeadNotFound:
        return RowResult(item.row, Outcome.NOT_FOUND, RowReason.NOT_FOUND, item.lead_id)
    except errors.VicidialError as exc:
        reason = RowReason.STOPPED if stops_batch(exc) else RowReason.READ_FAILED
        return RowResult(item.row, Outcome.FAILED, reason, item.lead_id, {"error": exc})
    source = entry.undo_source()
    now = {**dict(lead.custom), **dict(lead.values)}
    kept = tuple(c for c, stored in source.stored.items() if stored is None or now.get(c) != stored)
    still = [c for c in source.before if c not in kept]
    plan = undo_changes(
        UndoSource(item.lead_id, {c: source.before[c] for c in still}, {c: source.stored[c] for c in still}),
        non_latin=non_latin,
    )
    record = RowPlanRecord(
        dict(lead.values),
        {c: (None if isinstance(v, Blank) else v) for c, v in plan.changes.items()},
        dict(lead.custom),
        update_phone_number=plan.update_phone_number,
        undo_of=entry.id,
    )
    changeset = changeset_for(item.lead_id, record, non_latin=non_latin)
    changes = field_changes(changeset, record)
    data = {"fields": kept} if kept else {}
    if not changeset.has_writes:
        reason = RowReason.KEPT_LATER_EDIT if kept else RowReason.NOTHING_TO_CHANGE
        return RowResult(item.row, Outcome.UNCHANGED, reason, item.lead_id, data, changes)
    reason = RowReason.KEPT_LATER_EDIT if kept else RowReason.PLANNED
    return RowResult(item.row, Outcome.WOULD_UPDATE, reason, item.lead_id, data, changes, record)
