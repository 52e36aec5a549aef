"""The batch engine's one entry point, for the command line and (later) the window: dry run, apply, resume,
discard and undo of a batch from a file. Qt-free and blocking: the window runs it in a worker thread and
iterates the results as they come (each one is a row done), calling `controls.pause()`, `resume()` and
`cancel()` from the GUI thread.

    engine = BatchEngine(client, journal, JournalContext(profile, client.url, client.user))
    results = list(engine.dry_run(plans))                  # nothing written; <= 2 requests a row
    batch = engine.start(r for r in results if r.record)    # the confirmed rows, kept in the journal
    for result in engine.run(batch): ...                   # <= 3 requests a changed row, at the pace
    engine.unfinished()                                     # after a kill: offer Resume / Review / Discard
    undo = list(engine.undo_dry_run(batch))                 # the undo's own dry run
    engine.run(engine.start(undo, kind=BatchKind.UNDO, undo_of=batch))

Every request goes through a `PacedClient` (the pace, the back-off, the stop at the first authentication,
lock-out or permission answer) and the server's shared limiter below it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TypeVar

from leadeditor.editing.batch.apply import BatchRecorder, apply_row, resolve_row
from leadeditor.editing.batch.controls import BatchControls
from leadeditor.editing.batch.dry_run import dry_run
from leadeditor.editing.batch.ledger import (
    BatchInfo,
    BatchKind,
    BatchLedger,
    BatchState,
    LedgerRow,
    RowPlanRecord,
)
from leadeditor.editing.batch.pace import DEFAULT_RATE, Pace
from leadeditor.editing.batch.paced_client import PacedClient
from leadeditor.editing.batch.plan import RowPlan
from leadeditor.editing.batch.results import Outcome
from leadeditor.editing.batch.row_changes import BatchReader
from leadeditor.editing.batch.row_result import RowReason, RowResult
from leadeditor.editing.batch.undo import undo_row
from leadeditor.editing.batch.workers import DEFAULT_WORKERS, in_order
from leadeditor.editing.journal import Journal, JournalContext
from leadeditor.editing.lead_client import LeadClient
from leadeditor.editing.workflow import CorrectionWorkflow

__all__ = ["BatchEngine"]

T = TypeVar("T")


class BatchEngine:
    def __init__(
        self,
        client: LeadClient,
        journal: Journal,
        context: JournalContext,
        *,
        non_latin: bool = False,
        custom_fields: bool = False,
        rate: float | None = DEFAULT_RATE,
        workers: int = DEFAULT_WORKERS,
        controls: BatchControls | None = None,
    ) -> None:
        for secret in client.redaction_secrets():
            journal.add_secret(secret)
        self.journal = journal
        self.context = context
        self.ledger = BatchLedger(journal)
        self.non_latin = non_latin
        self.workers = workers
        self.controls = controls or BatchControls()
        self.pace = Pace(rate)
        self.read_pace = Pace(None)  # the dry run's reads: the limiter and the back-off only
        self.client = PacedClient(client, self.pace, self.controls)
        self.read_client = PacedClient(client, self.read_pace, self.controls)
        self._custom = custom_fields
        self._tables: set[int] = (
            set()
        )  # custom tables read so far, shared by the dry run's and the apply's reads
        self._records: dict[tuple[int, int], RowPlanRecord] = {}

    def _reader(self, client: PacedClient) -> BatchReader:
        return BatchReader(CorrectionWorkflow(client, non_latin=self.non_latin), custom_fields=self._custom)

    def _counted(self, client: PacedClient, work: Callable[[T], RowResult]) -> Callable[[T], RowResult]:
        def counted(item: T) -> RowResult:
            start = client.calls_in_thread()
            result = work(item)
            return replace(result, requests=client.calls_in_thread() - start)

        return counted

    def _skipped(self, row: int, lead_id: int | None = None) -> RowResult:
        stop = self.controls.stop_error
        reason = RowReason.STOPPED if stop is not None else RowReason.CANCELLED
        return RowResult(row, Outcome.SKIPPED, reason, lead_id, {"error": stop} if stop else {})

    # -- dry run

    def dry_run(self, plans: Iterable[RowPlan]) -> Iterator[RowResult]:
        self.controls.rearm()
        reader = self._reader(self.read_client)
        return dry_run(
            plans, self.read_client, reader, self.controls, non_latin=self.non_latin, workers=self.workers
        )

    def undo_dry_run(self, batch_id: int) -> Iterator[RowResult]:
        """The undo's own dry run: one read per row the batch updated."""
        self.controls.rearm()
        reader = self._reader(self.read_client)

        def work(item: LedgerRow) -> RowResult | None:
            return undo_row(item, self.ledger, reader, non_latin=self.non_latin)

        def gone(item: LedgerRow) -> RowResult | None:
            return self._skipped(item.row, item.lead_id)

        for result in in_order(self.ledger.rows(batch_id), work, gone, self.controls, workers=self.workers):
            if result is not None:
                yield result

    # -- apply

    def start(
        self,
        confirmed: Iterable[RowResult],
        *,
        kind: BatchKind = BatchKind.APPLY,
        source: str = "",
        fields: Sequence[str] = (),
        undo_of: int | None = None,
    ) -> int:
        """Keep the confirmed rows (results of a dry run that carry a record) in the journal as a new batch,
        before anything is sent. Returns the batch ID."""
        rows = [(r.row, r.lead_id, r.record) for r in confirmed if r.record is not None and r.lead_id]
        chosen = [(row, lead, rec) for row, lead, rec in rows if lead is not None]
        batch_id = self.ledger.create(
            self.context, kind, chosen, source=source, fields=fields, undo_of=undo_of
        )
        # this process writes what its dry run built; the journal's copy serves a resume after a kill
        self._records.update({(batch_id, row): rec for row, _lead, rec in chosen})
        return batch_id

    def _record(self, item: LedgerRow) -> LedgerRow | None:
        """The row with the record to write: this process's own, else the journal's (None: withheld)."""
        record = self._records.get((item.batch_id, item.row))
        if record is not None:
            return replace(item, plan=record)
        return None if item.plan.withheld else item

    def run(self, batch_id: int) -> Iterator[RowResult]:
        """Apply (or resume) a batch: first every row begun before a kill is read back, then the rest is
        written, at the pace. Rows left (cancelled, stopped, still unknown) stay open for a later resume."""
        self.controls.rearm()
        recorder = BatchRecorder(self.journal, self.context, batch_id, self.client.prepay)
        reader = self._reader(self.client)
        begun: list[LedgerRow] = []
        fresh: list[LedgerRow] = []
        for item in self.ledger.rows(batch_id, pending_only=True):
            (begun if self.ledger.entry_of(batch_id, item.lead_id) is not None else fresh).append(item)

        def resolve(item: LedgerRow) -> RowResult:
            entry = self.ledger.entry_of(batch_id, item.lead_id)
            assert entry is not None
            full = self._record(item)
            if full is None:  # its values are not known: the journal entry says what can be said
                return RowResult(item.row, Outcome.UNKNOWN, RowReason.WITHHELD, item.lead_id)
            return resolve_row(full, entry, reader, recorder, non_latin=self.non_latin)

        def write(item: LedgerRow) -> RowResult:
            full = self._record(item)
            if full is None:
                return RowResult(item.row, Outcome.SKIPPED, RowReason.WITHHELD, item.lead_id)
            return apply_row(full, self.client, reader, recorder, self.controls, non_latin=self.non_latin)

        def not_done(item: LedgerRow) -> RowResult:
            return self._skipped(item.row, item.lead_id)

        open_rows = 0
        for work, items in ((resolve, begun), (write, fresh)):
            for result in in_order(
                items, self._counted(self.client, work), not_done, self.controls, workers=self.workers
            ):
                if result.outcome in (Outcome.SKIPPED, Outcome.UNKNOWN) and result.reason in (
                    RowReason.STOPPED,
                    RowReason.CANCELLED,
                    RowReason.UNKNOWN,
                ):
                    open_rows += 1  # resumable: left open in the ledger
                else:
                    self.ledger.finish_row(
                        batch_id,
                        result.row,
                        result.outcome,
                        result.reason.value,
                        {c.field: c.after for c in result.changes},
                    )
                yield result
        if not open_rows:
            self.ledger.set_state(batch_id, BatchState.FINISHED)

    # -- after a kill

    def unfinished(self) -> list[BatchInfo]:
        """Batches of this server left running (a killed process, a cancel, a stop): Resume (`run`), Review
        (`ledger.rows`) or Discard (`discard`)."""
        return self.ledger.batches(unfinished_only=True, server=self.context.server)

    def discard(self, batch_id: int) -> None:
        self.ledger.set_state(batch_id, BatchState.DISCARDED)
