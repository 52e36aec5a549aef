"""Advanced actions on one lead: reset (`reset_lead=Y`), delete (`delete_lead=Y`), add as new lead
(`insert_if_not_found=Y`). Each is a `WriteJob` on the one write path (`write_job.run_write`): journaled
before it is sent, checked or resolved by reading back, never retried.

The wire calls belong to the client (PROTOCOL §2.6, §2.7, §2.10), through `LeadClient`. Outcomes carry a
reason (`outcomes.AdminReason`) and its data; `ui.texts` words them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from leadeditor.editing.journal import Action, FieldRecord, Outcome
from leadeditor.editing.journal_codes import JournalNote
from leadeditor.editing.outcomes import AdminReason
from leadeditor.editing.safety import ResolutionState, resolve_unknown_delete
from leadeditor.editing.write_job import (
    Intent,
    LeadReader,
    SaveAborted,
    Settled,
    WriteJob,
    answer_lines,
    run_write,
)
from leadeditor.lead_keys import LIST_ID_MIN
from leadeditor.vicidial import columns as col
from leadeditor.vicidial import errors
from leadeditor.vicidial.fields import BLANK_TOKEN
from leadeditor.vicidial.value_notes import NoteReason, ValueNote, ValueRefused

if TYPE_CHECKING:
    from leadeditor.editing.lead_client import LeadClient
    from leadeditor.editing.workflow import CorrectionWorkflow
    from leadeditor.vicidial.models import UpdateResult

__all__ = ["AdminOutcome", "NotSupported", "delete_lead", "insert_lead", "reset_lead", "supported"]

_METHODS = {"reset": "reset_lead", "delete": "delete_lead", "insert": "insert_lead"}
_RESET_COLUMN = col.CALLED_SINCE_LAST_RESET


class NotSupported(Exception):
    """This client cannot do the action (a client that does not implement all of `LeadClient`)."""


def supported(client: object) -> dict[str, bool]:
    """Which advanced calls `client` has (every `LeadClient` has all three)."""
    return {action: callable(getattr(client, name, None)) for action, name in _METHODS.items()}


def _require(client: object, action: str) -> None:
    if not supported(client)[action]:
        raise NotSupported(f"{action}: the client has no {_METHODS[action]} call")  # a developer's error


@dataclass
class AdminOutcome:
    action: str  # "reset", "delete" or "insert"
    lead_id: int
    state: ResolutionState  # APPLIED, AS_REQUESTED, NOT_APPLIED or UNKNOWN
    reason: AdminReason
    entry_id: int | None = None
    answer: list[str] = field(default_factory=list)
    error: BaseException | None = None
    list_id: int | None = None  # insert: the list the lead was added to
    phone_number: str = ""  # insert: the digits sent

    @property
    def done(self) -> bool:
        return self.state is ResolutionState.APPLIED


_LOST = {
    ResolutionState.APPLIED: AdminReason.LOST_APPLIED,
    ResolutionState.AS_REQUESTED: AdminReason.LOST_AS_REQUESTED,
    ResolutionState.NOT_APPLIED: AdminReason.LOST_NOT_APPLIED,
    ResolutionState.UNKNOWN: AdminReason.LOST_UNKNOWN,
}
_JOURNAL_OF = {
    ResolutionState.APPLIED: Outcome.SAVED,
    ResolutionState.AS_REQUESTED: Outcome.SAVED,
    ResolutionState.NOT_APPLIED: Outcome.NOT_APPLIED,
    ResolutionState.UNKNOWN: Outcome.UNKNOWN,
}


class _NoSuchLead(SaveAborted):
    """Delete: the lead does not exist; nothing is sent."""


class _NoAnswerBefore(SaveAborted):
    """Delete: the lead was not read in time (the write's time budget), so its record cannot be kept."""


class _PhoneTaken(SaveAborted):
    """Insert: a lead already has this phone number; nothing is sent."""

    def __init__(self, lead_id: int) -> None:
        super().__init__(f"lead {lead_id} already has this phone number")
        self.lead_id = lead_id


class _AdminJob(WriteJob[AdminOutcome]):
    """What the three share: the outcome they build, and how a refusal and a lost answer end."""

    def __init__(self, action: str, lead_id: int) -> None:
        self.out = AdminOutcome(action, lead_id, ResolutionState.UNKNOWN, AdminReason.UNCERTAIN)

    def _end(self, state: ResolutionState, reason: AdminReason, answer: UpdateResult | None = None) -> None:
        self.out.state, self.out.reason = state, reason
        self.out.answer = answer_lines(answer)

    def _lost(
        self,
        state: ResolutionState,
        error: errors.UnknownOutcome | None,
        stored: Mapping[str, str] | None = None,
    ) -> Settled:
        self._end(state, _LOST[state])
        self.out.error = error or self.out.error
        return Settled(
            _JOURNAL_OF[state],
            stored=dict(stored) if stored else None,
            answer=[f"(read back: {state.value})"],
        )

    def refused(self, error: Exception) -> Settled:
        self._end(ResolutionState.NOT_APPLIED, AdminReason.REFUSED)
        self.out.error = error
        return Settled(Outcome.FAILED, answer=[str(error)])

    def stopped(self, error: SaveAborted | None) -> AdminOutcome:
        self._end(ResolutionState.NOT_APPLIED, AdminReason.CANCELLED)
        return self.out

    def result(self) -> AdminOutcome:
        self.out.entry_id = self.entry_id
        return self.out


class ResetJob(_AdminJob):
    """Make a lead dialable again; checked by reading `called_since_last_reset` back."""

    def __init__(self, lead_id: int) -> None:
        super().__init__("reset", lead_id)
        self.before: dict[str, str] = {}

    def read_before(self, reader: LeadReader) -> None:
        self.before = reader.read_fields(self.out.lead_id, [_RESET_COLUMN]) or {}

    def intent(self) -> Intent:
        return Intent(
            self.out.lead_id, Action.RESET, [FieldRecord(_RESET_COLUMN, self.before.get(_RESET_COLUMN), "N")]
        )

    def send(self, client: LeadClient) -> UpdateResult:
        return client.reset_lead(self.out.lead_id)

    def verify(self, reader: LeadReader, answer: UpdateResult) -> Settled:
        now = (reader.read_fields(self.out.lead_id, [_RESET_COLUMN]) or {}).get(_RESET_COLUMN)
        ok = answer.applied and now in (None, "N")
        reason = (
            AdminReason.UNCERTAIN
            if not ok
            else (AdminReason.DONE_UNCHECKED if now is None else AdminReason.DONE)
        )
        self._end(ResolutionState.APPLIED if ok else ResolutionState.UNKNOWN, reason, answer)
        return Settled(
            Outcome.SAVED if ok else Outcome.SAVED_WITH_DIFFERENCES,
            stored={_RESET_COLUMN: now} if now is not None else None,
            answer=self.out.answer,
        )

    def resolve(self, reader: LeadReader, error: errors.UnknownOutcome | None) -> Settled:
        after = reader.read_fields(self.out.lead_id, [_RESET_COLUMN])
        state = ResolutionState.UNKNOWN
        if after is not None and after.get(_RESET_COLUMN) == "N":
            state = (
                ResolutionState.APPLIED
                if self.before.get(_RESET_COLUMN) not in (None, "N")
                else ResolutionState.AS_REQUESTED
            )
        return self._lost(state, error, after)


class DeleteJob(_AdminJob):
    """Delete a lead; the journal keeps its full record first (the server has no undo)."""

    def __init__(self, lead_id: int) -> None:
        super().__init__("delete", lead_id)
        self.record: dict[str, str] = {}
        self.custom = False

    def read_before(self, reader: LeadReader) -> None:
        lead_id = self.out.lead_id
        try:
            lead = reader.load(lead_id)
        except errors.LeadNotFound as exc:
            self.out.error = exc
            raise _NoSuchLead(str(exc)) from exc
        except errors.TimedOut as exc:
            # no answer in the write's time budget: one read per field would find no more time, and a
            # deletion without the record the journal keeps cannot be undone
            self.out.error = exc
            raise _NoAnswerBefore(str(exc)) from exc
        except errors.VicidialError:
            # unreadable whole (and its own fallback failed too): every standard column, one request each
            self.record = reader.read_fields(lead_id) or {}
            return
        self.custom = bool(lead.custom)
        self.record = {**{f"custom:{k}": v for k, v in lead.custom.items()}, **dict(lead.values)}

    def intent(self) -> Intent:
        return Intent(
            self.out.lead_id,
            Action.DELETE,
            [],
            record=self.record,
            note="" if self.record else JournalNote.DELETE_UNREAD,
        )

    def send(self, client: LeadClient) -> UpdateResult:
        # with its custom-field row too (kept in the journal's record), which the server otherwise orphans
        if self.custom:
            return client.delete_lead(self.out.lead_id, custom_fields=True)
        return client.delete_lead(self.out.lead_id)

    def verify(self, reader: LeadReader, answer: UpdateResult) -> Settled:
        state = resolve_unknown_delete(_still_found(reader, self.out.lead_id))
        reason = {
            ResolutionState.APPLIED: AdminReason.DONE,
            ResolutionState.NOT_APPLIED: AdminReason.NOT_DONE,
        }.get(state, AdminReason.UNCERTAIN)
        self._end(state, reason, answer)
        return Settled(_JOURNAL_OF[state], answer=self.out.answer)

    def resolve(self, reader: LeadReader, error: errors.UnknownOutcome | None) -> Settled:
        return self._lost(resolve_unknown_delete(_still_found(reader, self.out.lead_id)), error)

    def stopped(self, error: SaveAborted | None) -> AdminOutcome:
        if isinstance(error, _NoSuchLead):
            self._end(ResolutionState.NOT_APPLIED, AdminReason.NO_SUCH_LEAD)
            return self.out
        if isinstance(error, _NoAnswerBefore):
            self._end(ResolutionState.NOT_APPLIED, AdminReason.NO_ANSWER_BEFORE)
            return self.out
        return super().stopped(error)


class InsertJob(_AdminJob):
    """Add a new lead, after checking again that no lead has its phone number."""

    def __init__(self, phone_code: str, digits: str, list_id: int, values: Mapping[str, str]) -> None:
        super().__init__("insert", 0)
        self.phone_code, self.values = phone_code, dict(values)
        self.out.phone_number, self.out.list_id = digits, list_id
        self.fields = [
            FieldRecord(col.PHONE_CODE, None, phone_code),
            FieldRecord(col.PHONE_NUMBER, None, digits),
            FieldRecord(col.LIST_ID, None, str(list_id)),
        ]
        self.fields += [FieldRecord(k, None, v) for k, v in self.values.items()]

    def read_before(self, reader: LeadReader) -> None:
        existing = reader.phone_matches(self.out.phone_number)
        if existing:
            raise _PhoneTaken(existing[0])

    def intent(self) -> Intent:
        return Intent(0, Action.INSERT, self.fields)

    def send(self, client: LeadClient) -> UpdateResult:
        assert self.out.list_id is not None
        return client.insert_lead(self.phone_code, self.out.phone_number, self.out.list_id, self.values)

    def verify(self, reader: LeadReader, answer: UpdateResult) -> Settled:
        new_id = answer.lead_id or 0
        applied = answer.applied and new_id > 0
        stored = None
        if applied:
            try:
                lead = reader.read(new_id)
                stored = {r.column: lead.value(r.column) for r in self.fields if r.column in lead.values}
            except errors.VicidialError:
                stored = None
        self.out.lead_id = new_id
        self._end(
            ResolutionState.APPLIED if applied else ResolutionState.NOT_APPLIED,
            AdminReason.DONE if applied else AdminReason.NOT_DONE,
            answer,
        )
        return Settled(
            Outcome.SAVED if applied else Outcome.NOT_APPLIED,
            stored=stored,
            answer=self.out.answer,
            lead_id=new_id or None,
        )

    def resolve(self, reader: LeadReader, error: errors.UnknownOutcome | None) -> Settled:
        found = reader.phone_matches(self.out.phone_number)
        self.out.lead_id = found[0] if found else 0
        self._end(
            ResolutionState.APPLIED if found else ResolutionState.NOT_APPLIED,
            AdminReason.LOST_APPLIED if found else AdminReason.LOST_NOT_APPLIED,
        )
        self.out.error = error or self.out.error
        return Settled(
            Outcome.SAVED if found else Outcome.NOT_APPLIED,
            lead_id=found[0] if found else None,
            answer=["(read back by phone number)"],
        )

    def stopped(self, error: SaveAborted | None) -> AdminOutcome:
        if isinstance(error, _PhoneTaken):
            self.out.lead_id = error.lead_id
            self._end(ResolutionState.NOT_APPLIED, AdminReason.PHONE_TAKEN)
            return self.out
        return super().stopped(error)


def reset_lead(wf: CorrectionWorkflow, lead_id: int) -> AdminOutcome:
    """Reset a lead for dialing again (called_since_last_reset='N'); checked by reading that field back."""
    _require(wf.client, "reset")
    return run_write(ResetJob(lead_id), wf.client, wf, wf.journal)


def delete_lead(wf: CorrectionWorkflow, lead_id: int) -> AdminOutcome:
    """Delete a lead; the journal keeps its full record (there is no undo on the server)."""
    _require(wf.client, "delete")
    return run_write(DeleteJob(lead_id), wf.client, wf, wf.journal)


def insert_lead(
    wf: CorrectionWorkflow,
    phone_code: str,
    phone_number: str,
    list_id: int,
    values: Mapping[str, str] | None = None,
) -> AdminOutcome:
    """Add a new lead (`insert_if_not_found=Y`), after checking again that no lead has this phone number.

    Empty values are left out: on insert the server stores `--BLANK--` literally (PROTOCOL §2.10).
    """
    _require(wf.client, "insert")
    clean = {k: v for k, v in (values or {}).items() if v != "" and v != BLANK_TOKEN}
    bad = [k for k, v in (values or {}).items() if v == BLANK_TOKEN]
    if bad:
        raise ValueRefused(ValueNote(NoteReason.NEW_BLANK, ", ".join(bad)))
    if not phone_code.strip():
        raise ValueRefused(ValueNote(NoteReason.NEW_PHONE_CODE, col.PHONE_CODE))
    if not list_id or int(list_id) < LIST_ID_MIN:
        raise ValueRefused(ValueNote(NoteReason.NEW_LIST_ID, col.LIST_ID, lowest=str(LIST_ID_MIN)))
    digits = "".join(ch for ch in phone_number if ch.isdigit())
    if not 6 <= len(digits) <= 18:
        raise ValueRefused(ValueNote(NoteReason.NEW_PHONE_NUMBER, col.PHONE_NUMBER, lowest="6", highest="18"))
    return run_write(InsertJob(phone_code, digits, int(list_id), clean), wf.client, wf, wf.journal)


def _still_found(reader: LeadReader, lead_id: int) -> bool | None:
    try:
        reader.read(lead_id)
    except errors.LeadNotFound:
        return False
    except errors.VicidialError:
        return None
    return True
