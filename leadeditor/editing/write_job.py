"""The one write path: every change Lead Editor makes on the server goes through `run_write`.

A `WriteJob` describes one operation on one lead (update and undo in `update_job`, reset, delete and insert
in `lead_admin`, and later the batch). `run_write` performs its steps, always in this order, which is the
structure of the function and not a list anyone can reorder:

1. read the lead (`job.read_before`), just before writing;
2. check it (`job.check`): a conflict, an unreadable lead, a reason to stop; nothing is sent then;
3. journal the intent (`job.intent`) before anything is sent;
4. send once (`job.send`): never retried;
5. verify by reading back (`job.verify`), or, when the answer was lost, resolve the outcome by reading back
   (`job.resolve`), never by sending again; a refusal is `job.refused`;
6. journal the outcome (`Settled`).

Qt-free and synchronous: the window runs it in a worker thread.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from leadeditor.editing.journal import Action, FieldRecord, Outcome
from leadeditor.vicidial import errors

if TYPE_CHECKING:
    from leadeditor.editing.lead import Lead
    from leadeditor.editing.lead_client import LeadClient
    from leadeditor.vicidial.models import UpdateResult

__all__ = [
    "CancelToken",
    "Cancelled",
    "Intent",
    "JournalSink",
    "LeadReader",
    "SaveAborted",
    "Settled",
    "WriteJob",
    "answer_lines",
    "recheck_write",
    "run_write",
]

R = TypeVar("R")


class Cancelled(Exception):
    """The user cancelled before the next request was sent."""


class SaveAborted(Exception):
    """Raised by a job's first two steps (or a check added to them) to stop before anything is sent."""


class CancelToken:
    """Set from the GUI thread, checked by the worker between requests (a request in flight is never cut)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class LeadReader(Protocol):
    """The reads a job needs (the workflow implements them, with the field-by-field fallback)."""

    def read(self, lead_id: int, *, custom_fields: bool = False) -> Lead: ...

    def load(self, lead_id: int, *, entry_list_id: int | None = None) -> Lead: ...

    def read_fields(self, lead_id: int, keys: Iterable[str] | None = None) -> dict[str, str] | None: ...

    def phone_matches(self, digits: str) -> list[int]: ...


@dataclass(frozen=True)
class Intent:
    """What the journal records before the write is sent (step 3)."""

    lead_id: int
    action: Action
    fields: list[FieldRecord]
    record: Mapping[str, str] | None = None  # the full lead, for a deletion
    note: str = ""
    undo_of: int | None = None


@dataclass(frozen=True)
class Settled:
    """What the journal records once the outcome is known (step 6)."""

    outcome: Outcome
    stored: Mapping[str, str | None] | None = None
    answer: list[str] = field(default_factory=list)
    note: str | None = None  # None: keep the intent's note
    lead_id: int | None = None  # an insert: the new lead's ID


class JournalSink(Protocol):
    """Where intents and outcomes go (`journaling.JournalRecorder`); it redacts the password itself."""

    def begin(self, intent: Intent) -> int: ...

    def lost(self, entry_id: int, error: BaseException) -> None: ...

    def settle(self, entry_id: int, settled: Settled) -> None: ...


class WriteJob(ABC, Generic[R]):
    """One write to one lead. Subclasses keep what they read and learn on `self`; `result` reports it."""

    entry_id: int | None = None  # the journal entry, once the intent is recorded

    @abstractmethod
    def read_before(self, reader: LeadReader) -> None:
        """Step 1: read the lead's current values (may raise `SaveAborted`)."""

    def check(self) -> None:
        """Step 2: stop with `SaveAborted` when the values read say not to write."""

    @abstractmethod
    def intent(self) -> Intent:
        """Step 3: the journal's record of what is about to be sent."""

    @abstractmethod
    def send(self, client: LeadClient) -> UpdateResult:
        """Step 4: the one request; raises `UnknownOutcome` when its answer is lost."""

    @abstractmethod
    def verify(self, reader: LeadReader, answer: UpdateResult) -> Settled:
        """Step 5: the answer came; read back and compare."""

    @abstractmethod
    def resolve(self, reader: LeadReader, error: errors.UnknownOutcome | None) -> Settled:
        """Step 5: the answer was lost (or "Check again", `error` None); decide it by reading only."""

    @abstractmethod
    def refused(self, error: Exception) -> Settled:
        """Step 5: the server (or the client, with `ValueError`, before sending) refused; nothing written."""

    @abstractmethod
    def stopped(self, error: SaveAborted | None) -> R:
        """Nothing was sent: cancelled (`error` None) or stopped by step 1 or 2."""

    @abstractmethod
    def result(self) -> R:
        """The outcome after step 6."""


def run_write(
    job: WriteJob[R],
    client: LeadClient,
    reader: LeadReader,
    journal: JournalSink | None = None,
    *,
    cancel: CancelToken | None = None,
) -> R:
    """Run one job through the safe steps. Never raises for a server answer: the result says what happened."""
    try:
        if cancel is not None:
            cancel.check()
        with client.time_budget():  # the reads before the write share one budget: a slow server delays it
            job.read_before(reader)  # 1 (a budget spent is a read that timed out: unchecked, nothing sent)
            job.check()  # 2
        if cancel is not None:
            cancel.check()
    except Cancelled:
        return job.stopped(None)
    except SaveAborted as exc:
        return job.stopped(exc)
    job.entry_id = journal.begin(job.intent()) if journal is not None else None  # 3
    settled: Settled
    try:
        answer = job.send(client)  # 4
    except errors.UnknownOutcome as exc:
        if journal is not None and job.entry_id is not None:
            journal.lost(job.entry_id, exc)  # "unknown" is on record before the reading back starts
        settled = job.resolve(reader, exc)  # 5
    except (errors.VicidialError, ValueError) as exc:  # ValueError: refused by the client, never sent
        settled = job.refused(exc)
    else:
        settled = job.verify(reader, answer)  # 5
    if journal is not None and job.entry_id is not None:
        journal.settle(job.entry_id, settled)  # 6
    return job.result()


def recheck_write(job: WriteJob[R], reader: LeadReader, journal: JournalSink | None = None) -> R:
    """ "Check again" after a lost answer: steps 5 and 6 once more, by reading only. Nothing is sent."""
    settled = job.resolve(reader, None)
    if journal is not None and job.entry_id is not None:
        journal.settle(job.entry_id, settled)
    return job.result()


def answer_lines(answer: UpdateResult | None) -> list[str]:
    """The server's answer lines, for the journal."""
    return [e.line for e in answer.events] if answer is not None else []
