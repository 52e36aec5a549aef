"""The dry run: for each planned row, find its lead, read it, and show what the write would store, through
the same change set the write sends (`row_changes`). Nothing is written.

Per row at most 2 requests: the search by vendor code or phone number (none for a lead ID searched in the
whole system: the read itself says whether the lead exists), then one read of the lead found. Several leads
for one key are `ambiguous`, listed and never guessed; none is `not_found`; a value the client refuses (or
any other problem of the row's cells, found offline) is `invalid`; nothing to change is `unchanged`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from leadeditor.editing.batch.controls import BatchControls, stops_batch
from leadeditor.editing.batch.plan import RowPlan
from leadeditor.editing.batch.results import Outcome
from leadeditor.editing.batch.row_changes import BatchReader, changeset_for, field_changes, record_for
from leadeditor.editing.batch.row_result import RowReason, RowResult
from leadeditor.editing.batch.workers import DEFAULT_WORKERS, in_order
from leadeditor.editing.lead_client import LeadClient
from leadeditor.editing.search import SearchMethod, SearchScope
from leadeditor.vicidial import errors

__all__ = ["dry_run", "dry_run_row"]


def dry_run_row(
    plan: RowPlan, client: LeadClient, reader: BatchReader, *, non_latin: bool = False
) -> RowResult:
    if plan.invalid:
        return RowResult(plan.row, Outcome.INVALID, RowReason.FILE_PROBLEM, data={"issues": plan.issues})
    if plan.asks_nothing or plan.search is None:
        return RowResult(plan.row, Outcome.UNCHANGED, RowReason.NOTHING_TO_CHANGE)
    search = plan.search
    try:
        if search.active_methods() == [SearchMethod.LEAD_ID] and search.scope is SearchScope.SYSTEM:
            ids = [int(search.lead_id.strip())]
        else:
            ids = client.search(search.to_match())
        if not ids:
            return RowResult(plan.row, Outcome.NOT_FOUND, RowReason.NOT_FOUND)
        if len(ids) > 1:
            return RowResult(plan.row, Outcome.AMBIGUOUS, RowReason.AMBIGUOUS, data={"leads": tuple(ids)})
        lead = reader.read(ids[0])
    except errors.LeadNotFound:
        return RowResult(plan.row, Outcome.NOT_FOUND, RowReason.NOT_FOUND)
    except errors.VicidialError as exc:
        reason = RowReason.STOPPED if stops_batch(exc) else RowReason.READ_FAILED
        return RowResult(plan.row, Outcome.FAILED, reason, data={"error": exc})
    record = record_for(lead, plan.changes)
    changeset = changeset_for(lead.lead_id, record, non_latin=non_latin)
    changes = field_changes(changeset, record)
    if not changeset.has_writes:
        return RowResult(
            plan.row, Outcome.UNCHANGED, RowReason.NOTHING_TO_CHANGE, lead.lead_id, changes=changes
        )
    return RowResult(
        plan.row, Outcome.WOULD_UPDATE, RowReason.PLANNED, lead.lead_id, changes=changes, record=record
    )


def dry_run(
    plans: Iterable[RowPlan],
    client: LeadClient,
    reader: BatchReader,
    controls: BatchControls,
    *,
    non_latin: bool = False,
    workers: int = DEFAULT_WORKERS,
) -> Iterator[RowResult]:
    """Each row's dry-run result, in row order, streamed. A later row that finds a lead an earlier row found
    is `invalid` (a lead is written once per batch: which row should win is the user's call)."""
    first_row: dict[int, int] = {}

    def skipped(plan: RowPlan) -> RowResult:
        reason = RowReason.STOPPED if controls.stop_error is not None else RowReason.CANCELLED
        return RowResult(plan.row, Outcome.SKIPPED, reason, data={"error": controls.stop_error})

    def work(plan: RowPlan) -> RowResult:
        return dry_run_row(plan, client, reader, non_latin=non_latin)

    for result in in_order(plans, work, skipped, controls, workers=workers):
        if result.lead_id is not None and result.outcome in (Outcome.WOULD_UPDATE, Outcome.UNCHANGED):
            first = first_row.setdefault(result.lead_id, result.row)
            if first != result.row:
                result = RowResult(
                    result.row,
                    Outcome.INVALID,
                    RowReason.SAME_LEAD,
                    result.lead_id,
                    data={"first_row": first},
                    changes=result.changes,
                    requests=result.requests,
                )
        yield result
