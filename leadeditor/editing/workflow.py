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

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.journal import Action
from leadeditor.editing.lead import Candidate, Lead
from leadeditor.editing.lead_client import LeadClient
from leadeditor.editing.outcomes import SaveStatus
from leadeditor.editing.read_problems import APOSTROPHE_FAILURE, read_problem
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
from leadeditor.phrases import QT_TR_NOOP, say
from leadeditor.vicidial import columns as col
from leadeditor.vicidial import errors

if TYPE_CHECKING:
    from leadeditor.editing.journaling import JournalRecorder

__all__ = [
    "APOSTROPHE_FAILURE",
    "CancelToken",
    "Cancelled",
    "ConflictFound",
    "CorrectionWorkflow",
    "Hook",
    "SaveAborted",
    "SaveContext",
    "SaveOutcome",
    "SaveStatus",
    "SearchOutcome",
    "SearchScope",
    "UncheckedLead",
]


Progress = Callable[[str], None]


@dataclass(frozen=True)
class SearchOutcome:
    request: SearchRequest
    candidates: tuple[Candidate, ...]
    pick: int | None  # the lead the server itself would update (update_lead with no_update=Y)

    @property
    def summary(self) -> str:
        n = len(self.candidates)
        if n == 0:
            return say(QT_TR_NOOP("No lead matches {search}."), search=self.request.describe())
        matches = say(QT_TR_NOOP("1 lead matches")) if n == 1 else say(QT_TR_NOOP("{n} leads match"), n=n)
        if self.pick is None:
            return say(QT_TR_NOOP("{matches}; the server would change none of them."), matches=matches)
        how = ""
        by_lead_id = self.request.active_methods()[:1] == [SearchMethod.LEAD_ID]
        if by_lead_id:
            how = say(QT_TR_NOOP(", found by its lead ID"))
        elif n > 1:
            how = say(QT_TR_NOOP(", the most recently loaded"))
        unreadable = sum(1 for c in self.candidates if not c.readable)
        tail = " " + say(QT_TR_NOOP("Details of {n} could not be read."), n=unreadable) if unreadable else ""
        return say(QT_TR_NOOP("{matches}; the server would change lead {lead}{how}."), matches=matches,
                   lead=self.pick, how=how) + tail


class CorrectionWorkflow:
    """Find → candidates → load → (confirm, in the window) → write changed fields by lead ID → read back."""

    def __init__(self, client: LeadClient, *, non_latin: bool = False,
                 journal: JournalRecorder | None = None) -> None:
        self.client = client
        self.non_latin = non_latin
        self.before_write: list[Hook] = []  # extra checks, after the conflict check
        self.after_write: list[Hook] = []  # observers of the outcome
        self.journal = journal

    # -- finding ---------------------------------------------------------------------------------------
    def find_candidates(self, request: SearchRequest, *, cancel: CancelToken | None = None,
                        progress: Progress | None = None) -> SearchOutcome:
        """The lead the server would update, every other lead matching the phone or vendor code, each read."""
        problems = request.problems()
        if problems:
            raise errors.InvalidSearch(errors.Reason.INCOMPLETE_SEARCH, problems=tuple(problems))
        token = cancel or CancelToken()
        say = progress or (lambda _text: None)
        say("Asking the server which lead it would update…")
        found = self.client.find(request.to_match())
        pick = int(found.lead_id) if found is not None else None
        ids: list[int] = [pick] if pick is not None else []
        list_of: dict[int, int | None] = {}
        if found is not None:
            list_of[int(found.lead_id)] = found.list_id
        for method in (SearchMethod.VENDOR_LEAD_CODE, SearchMethod.PHONE_NUMBER):
            if method not in request.active_methods():
                continue
            token.check()
            say("Looking for every lead that matches…")
            try:
                more = self.client.search(request.only(method).to_match())
            except errors.LeadNotFound:
                more = []
            ids += [int(i) for i in more if int(i) not in ids]
        candidates = []
        for n, lead_id in enumerate(ids, 1):
            token.check()
            say(f"Reading lead {lead_id} ({n} of {len(ids)})…")
            candidates.append(self._candidate(lead_id, lead_id == pick, list_of.get(lead_id)))
        return SearchOutcome(request, tuple(candidates), pick)

    def _candidate(self, lead_id: int, pick: bool, list_id: int | None) -> Candidate:
        try:
            lead = self.read(lead_id)
        except errors.VicidialError as exc:
            # a refused login or certificate stops the whole search: every other read would fail alike
            if isinstance(exc, errors.AuthenticationFailed | errors.TlsError):
                raise
            return Candidate(lead_id, None, pick, read_problem(exc), list_id)
        return Candidate(lead_id, lead, pick, lead.note, lead.list_id)

    def phone_matches(self, digits: str) -> list[int]:
        """Every lead with this phone number (the insert's check that it is new)."""
        try:
            return [c.lead_id for c in self.find_candidates(SearchRequest(phone_number=digits)).candidates]
        except errors.LeadNotFound:
            return []

    # -- reading ---------------------------------------------------------------------------------------
    def read(self, lead_id: int, *, custom_fields: bool = False) -> Lead:
        """Read a lead; when the server fails on it (PHP 8 and an apostrophe) read it field by field."""
        try:
            return Lead.from_record(self.client.read_lead(lead_id, custom_fields=custom_fields))
        except errors.ServerFailure:
            if custom_fields:
                # the custom-field read is the fragile one (PROTOCOL §3.1); the standard fields may still come
                lead = self.read(lead_id)
                return Lead(lead.lead_id, lead.values, {}, lead.note or "Custom fields could not be read.")
            values = {k: str(v) for k, v in self.client.read_lead_fields(lead_id).items() if k != col.LEAD_ID}
            return Lead(lead_id, values, {},
                        "Read field by field: the server fails when it sends this lead's full record "
                        "(VICIdial on PHP 8 and a value with an apostrophe, such as O'Brien).")

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

    def read_fields(self, lead_id: int, keys: Iterable[str] | None = None) -> dict[str, str] | None:
        """`lead_field_info` for these fields (None: every standard column), one request each: works on
        leads `lead_all_info` cannot read. None when even that fails."""
        try:
            return {str(k): str(v) for k, v in self.client.read_lead_fields(
                lead_id, None if keys is None else list(keys)).items()}
        except errors.VicidialError:
            return None

    # -- writing ---------------------------------------------------------------------------------------
    def save(self, changeset: ChangeSet, *, cancel: CancelToken | None = None,
             acknowledge_unchecked: bool = False, action: str | Action = Action.UPDATE,
             undo_of: int | None = None) -> SaveOutcome:
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
        """"Check again" after a lost answer: read the lead once more and judge again. Nothing is sent."""
        ctx = SaveContext(self, outcome.changeset, outcome, recheck=True)
        job = UpdateJob(ctx)
        job.entry_id = outcome.entry_id
        recheck_write(job, self, self.journal)
        for hook in self.after_write:
            hook(ctx)
        return outcome
