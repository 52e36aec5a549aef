"""The correction workflow: find the candidates, load one, write only what changed by lead ID, read it back.

Qt-free and synchronous: the window runs each step in a worker thread. Every write goes through the one write
path (`write_job.run_write`); `save` hands it an `update_job.UpdateJob`, `lead_admin` its reset, delete and
insert jobs. Extension points that do not change the order of the safe steps:
- `before_write` checks run after the conflict check and before the journal's intent (raise `SaveAborted`
  to stop; nothing is sent);
- `after_write` observers run once the outcome is known (and again after "Check again");
- `journal` (a `journaling.JournalRecorder`) records every write; `check_again` repeats only the read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from leadeditor.editing.candidates import CandidateFinder, KeyResult, Progress, Rows
from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.journal import Action
from leadeditor.editing.lead import Candidate, Lead, LeadNote
from leadeditor.editing.lead_client import LeadClient
from leadeditor.editing.outcomes import SaveStatus
from leadeditor.editing.search import SearchMethod, SearchRequest, SearchScope
from leadeditor.editing.update_job import (
    ConflictFound,
    Hook,
    SaveContext,
    SaveOutcome,
    UncheckedLead,
    UpdateJob,
)
from leadeditor.editing.write_job import (
    Cancelled,
    CancelToken,
    SaveAborted,
    recheck_write,
    run_write,
)
from leadeditor.vicidial import columns as col
from leadeditor.vicidial import errors
from leadeditor.vicidial.live_agents import AgentOnLead

if TYPE_CHECKING:
    from leadeditor.editing.journaling import JournalRecorder

__all__ = [
    "CancelToken",
    "Cancelled",
    "ConflictFound",
    "CorrectionWorkflow",
    "Hook",
    "KeyResult",
    "SaveAborted",
    "SaveContext",
    "SaveOutcome",
    "SaveStatus",
    "SearchOutcome",
    "SearchScope",
    "UncheckedLead",
]


@dataclass(frozen=True)
class SearchOutcome:
    request: SearchRequest
    candidates: tuple[Candidate, ...]
    pick: int | None  # the lead the server itself would update (update_lead with no_update=Y)
    keys: tuple[KeyResult, ...] = ()  # what the check-first search said about each key, in its order

    @property
    def matched_by(self) -> SearchMethod | None:
        """The key that found the server's pick (None when nothing matched)."""
        return next((k.method for k in self.keys if k.found), None)

    @property
    def unmatched(self) -> tuple[SearchMethod, ...]:
        """The keys the server tried and found nothing for."""
        return tuple(k.method for k in self.keys if k.found is False)


class CorrectionWorkflow:
    """Find → candidates → load → (confirm, in the window) → write changed fields by lead ID → read back."""

    def __init__(
        self, client: LeadClient, *, non_latin: bool = False, journal: JournalRecorder | None = None
    ) -> None:
        self.client = client
        self.non_latin = non_latin
        self.before_write: list[Hook] = []  # extra checks, after the conflict check
        self.after_write: list[Hook] = []  # observers of the outcome
        self.journal = journal
        # lead_all_info by phone (VICIdial builds of November 2021 on); False: lead_search and single reads
        self.read_by_phone = True

    # -- finding ---------------------------------------------------------------------------------------
    def find_candidates(
        self,
        request: SearchRequest,
        *,
        cancel: CancelToken | None = None,
        progress: Progress | None = None,
        rows: Rows | None = None,
    ) -> SearchOutcome:
        """The lead the server would update, every other lead matching the phone or vendor code, each read.

        `rows` receives each batch of candidates as soon as it is read (from this worker thread), so the
        window can show the pick and the first rows before the rest arrive (`editing/candidates.py`)."""
        problems = request.problems()
        if problems:
            raise errors.InvalidSearch(errors.Reason.INCOMPLETE_SEARCH, problems=tuple(problems))
        finder = CandidateFinder(
            self.client,
            self.read,
            request,
            cancel or CancelToken(),
            rows or (lambda _batch: None),
            progress or (lambda _step: None),
            by_phone=self.read_by_phone,
        )
        candidates = finder.run()
        self.read_by_phone = finder.by_phone  # no permission to read by phone: do not ask again
        return SearchOutcome(request, candidates, finder.pick, finder.keys)

    def phone_matches(self, digits: str) -> list[int]:
        """Every lead with this phone number (the insert's check that it is new)."""
        try:
            return [c.lead_id for c in self.find_candidates(SearchRequest(phone_number=digits)).candidates]
        except errors.LeadNotFound:
            return []

    # -- reading ---------------------------------------------------------------------------------------
    def read(self, lead_id: int, *, custom_fields: bool = False, custom_table: int | None = None) -> Lead:
        """Read a lead; when the server fails on it (PHP 8 and an apostrophe) read it field by field.
        ``custom_table``: the list whose custom table the lead probably records (`VicidialClient.read_lead`).
        """
        try:
            record = self.client.read_lead(lead_id, custom_fields=custom_fields, custom_table=custom_table)
            return Lead.from_record(record)
        except errors.ServerFailure:
            if custom_fields:
                # the custom-field read is the fragile one (PROTOCOL §3.1); the standard fields may still come
                lead = self.read(lead_id)
                return Lead(lead.lead_id, lead.values, {}, lead.note or LeadNote.CUSTOM_UNREAD)
            values = {k: str(v) for k, v in self.client.read_lead_fields(lead_id).items() if k != col.LEAD_ID}
            return Lead(lead_id, values, {}, LeadNote.FIELD_BY_FIELD)

    def load(self, lead_id: int, *, entry_list_id: int | None = None) -> Lead:
        """Fresh values for the form, with the custom fields of the lead's list when it has a custom table."""
        if entry_list_id is None:
            lead = self.read(lead_id)
            entry_list_id = lead.entry_list_id
            if not entry_list_id:
                return lead
        if entry_list_id and entry_list_id > 99:
            return self.read(lead_id, custom_fields=True)
        return self.read(lead_id)

    def agents_on_lead(self, lead_id: int) -> tuple[AgentOnLead, ...]:
        """The logged-in agents with this lead on screen (one `logged_in_agents` read); () when the server
        does not tell or cannot be asked: the lead's status is then the only sign of a live call."""
        try:
            return self.client.agents_on_lead(lead_id) or ()
        except errors.VicidialError:
            return ()

    def read_fields(self, lead_id: int, keys: Iterable[str] | None = None) -> dict[str, str] | None:
        """`lead_field_info` for these fields (None: every standard column), one request each: works on
        leads `lead_all_info` cannot read. None when even that fails."""
        try:
            return {
                str(k): str(v)
                for k, v in self.client.read_lead_fields(
                    lead_id, None if keys is None else list(keys)
                ).items()
            }
        except errors.VicidialError:
            return None

    # -- writing ---------------------------------------------------------------------------------------
    def save(
        self,
        changeset: ChangeSet,
        *,
        cancel: CancelToken | None = None,
        acknowledge_unchecked: bool = False,
        action: str | Action = Action.UPDATE,
        undo_of: int | None = None,
    ) -> SaveOutcome:
        """Write a confirmed change set through the one write path. Never raises for a server answer: the
        outcome says what happened."""
        outcome = SaveOutcome(changeset.lead.lead_id, changeset)
        outcome.sent = {**changeset.wire_changes(), **changeset.wire_custom_changes()}
        if not outcome.sent:
            return outcome
        ctx = SaveContext(self, changeset, outcome, acknowledge_unchecked, Action(action), undo_of)
        run_write(UpdateJob(ctx, self.before_write), self.client, self, self.journal, cancel=cancel)
        for hook in self.after_write:
            hook(ctx)
        return outcome

    def check_again(self, outcome: SaveOutcome) -> SaveOutcome:
        """ "Check again" after a lost answer: read the lead once more and judge again. Nothing is sent."""
        ctx = SaveContext(self, outcome.changeset, outcome, recheck=True)
        job = UpdateJob(ctx)
        job.entry_id = outcome.entry_id
        recheck_write(job, self, self.journal)
        for hook in self.after_write:
            hook(ctx)
        return outcome
