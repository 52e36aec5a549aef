"""What a save does: the write job of a confirmed change set (an update, or the undo of a journal entry).

`CorrectionWorkflow.save` hands an `UpdateJob` to `write_job.run_write`, which runs its steps in order: the
conflict check's read, the conflict check (and the workflow's extra `before_write` checks), the journal's
intent, one `update_lead` by lead ID, the read-back verified field by field against `predict_stored`, or a
lost answer resolved by reading back (`safety.resolve_unknown_outcome`), and the journal's outcome.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.journal import (
    Action,
    FieldRecord,
    Outcome,
    outcome_of_resolution,
    outcome_of_verification,
)
from leadeditor.editing.journal_codes import JournalNote
from leadeditor.editing.lead import READ_COLUMNS, Lead
from leadeditor.editing.outcomes import SaveStatus
from leadeditor.editing.read_problems import ReadProblem, read_problem_reason
from leadeditor.editing.safety import (
    Conflict,
    Resolution,
    ResolutionState,
    Verification,
    detect_conflicts,
    resolve_unknown_outcome,
    verify_saved,
)
from leadeditor.editing.write_job import Intent, LeadReader, SaveAborted, Settled, WriteJob, answer_lines
from leadeditor.vicidial import columns as col
from leadeditor.vicidial import errors
from leadeditor.vicidial.fields import Blank

if TYPE_CHECKING:
    from leadeditor.editing.lead_client import LeadClient
    from leadeditor.vicidial.models import UpdateResult

__all__ = ["ConflictFound", "Hook", "SaveContext", "SaveOutcome", "UncheckedLead", "UpdateJob"]


class ConflictFound(SaveAborted):
    """The lead changed on the server since the form loaded it; nothing was sent."""

    def __init__(self, lead_id: int, conflicts: list[Conflict], fresh: Lead) -> None:
        n = len(conflicts)
        super().__init__(
            f"lead {lead_id} was changed on the server since you opened it "
            f"({n} field{'s' if n != 1 else ''} differ)"
        )
        self.lead_id = lead_id
        self.conflicts = conflicts
        self.fresh = fresh  # the values now on the server: the base to re-apply the change on


class UncheckedLead(SaveAborted):
    """The lead's current values cannot be read, so they cannot be checked; the user must acknowledge."""

    def __init__(self, lead_id: int, reason: ReadProblem, cause: BaseException | None = None) -> None:
        super().__init__(f"lead {lead_id}: current values unread ({reason.value})")  # for the log
        self.lead_id = lead_id
        self.reason = reason  # why it could not be read (`ui.texts.read_problem_text`)
        self.cause = cause  # the read's own error: the UI words the true reason from it


@dataclass
class SaveOutcome:
    """What a save did, as data: `ui.texts` says it in words."""

    lead_id: int
    changeset: ChangeSet
    status: SaveStatus = SaveStatus.NOTHING_SENT
    sent: dict[str, str | Blank] = field(default_factory=dict)
    result: UpdateResult | None = None  # the client's answer
    stored: Lead | None = None  # the lead as read back after the write
    error: BaseException | None = None
    # the values read just before the write (None: unknown); columns and custom labels alike
    before: dict[str, str] | None = None
    verification: Verification | None = None  # read back and compared, after an answered write
    resolution: Resolution | None = None  # after a lost answer: applied, not applied or still unknown
    entry_id: int | None = None  # the journal entry of this write, when a journal is attached
    read_back: bool = True  # False: the lead could not be read back after an answered write
    # why the read just before the write failed (None: it worked); GONE explains a later "no such lead"
    unread: ReadProblem | None = None
    answer_contradicted: bool = False  # the answer said "not applied"; the read-back shows the change stored

    @property
    def conflicts(self) -> list[Conflict]:
        return self.error.conflicts if isinstance(self.error, ConflictFound) else []

    @property
    def verified_ok(self) -> bool:
        """The write was answered, read back, and every field holds exactly what was predicted."""
        return self.verification is not None and self.verification.ok

    @property
    def mismatches(self) -> list[str]:
        """The fields whose read-back value is not what was predicted (`ui.texts` words them)."""
        return [f.column for f in self.verification.differences] if self.verification is not None else []


@dataclass
class SaveContext:
    """What an extra `before_write` check or an `after_write` observer sees."""

    reader: LeadReader
    changeset: ChangeSet
    outcome: SaveOutcome
    acknowledged_unchecked: bool = False  # the user accepted writing without checking the current values
    action: Action = Action.UPDATE  # UPDATE or UNDO
    undo_of: int | None = None  # the journal entry this write undoes
    recheck: bool = False  # True when the observers run again after "Check again"


Hook = Callable[[SaveContext], None]


class UpdateJob(WriteJob[SaveOutcome]):
    """One confirmed change set, written by lead ID."""

    def __init__(self, ctx: SaveContext, checks: Sequence[Hook] = ()) -> None:
        self.ctx = ctx
        self.checks = tuple(checks)
        self.fresh: Lead | None = None
        self.read_error: errors.VicidialError | None = None

    @property
    def outcome(self) -> SaveOutcome:
        return self.ctx.outcome

    # 1. read the lead just before writing
    def read_before(self, reader: LeadReader) -> None:
        loaded = self.ctx.changeset.lead
        try:
            self.fresh = (
                reader.load(loaded.lead_id, entry_list_id=loaded.entry_list_id)
                if loaded.known
                else reader.read(loaded.lead_id)
            )
        except (errors.AuthenticationFailed, errors.TlsError):  # nothing can be sent either
            raise
        except (errors.TimedOut, errors.ConnectionFailed) as exc:
            # the client has already tried this read twice (its one retry): reading field by field would
            # cost one more timeout per field before the write, so the lead counts as unchecked now
            self.read_error = exc
            self.outcome.unread = read_problem_reason(exc)
            return
        except errors.VicidialError as exc:
            # a lead that cannot be read whole is read field by field for the fields being written
            self.read_error = exc
            self.outcome.unread = read_problem_reason(exc)
            self.outcome.before = reader.read_fields(loaded.lead_id, self.outcome.sent)
            return
        self.outcome.before = _all_values(self.fresh)

    # 2. the conflict check, then the workflow's extra checks
    def check(self) -> None:
        loaded, outcome = self.ctx.changeset.lead, self.outcome
        if self.fresh is None:
            if outcome.before is None and not self.ctx.acknowledged_unchecked and self.read_error is not None:
                raise UncheckedLead(loaded.lead_id, read_problem_reason(self.read_error), self.read_error)
            if outcome.before is not None and loaded.known:
                conflicts = detect_conflicts(
                    {k: _value_of(loaded, k) for k in outcome.before}, outcome.before, outcome.sent
                )
                if conflicts:
                    raise ConflictFound(
                        loaded.lead_id,
                        conflicts,
                        loaded.with_values(**{k: v for k, v in outcome.before.items() if k in READ_COLUMNS}),
                    )
        elif loaded.known:  # nothing loaded to compare with: the values read now are the journal's "before"
            conflicts = detect_conflicts(loaded.values, self.fresh.values, outcome.sent)
            if loaded.custom and self.fresh.custom:
                conflicts += detect_conflicts(loaded.custom, self.fresh.custom, outcome.sent)
            if conflicts:
                raise ConflictFound(loaded.lead_id, conflicts, self.fresh)
        for extra in self.checks:
            extra(self.ctx)

    # 3. the journal's intent
    def intent(self) -> Intent:
        before = self.outcome.before
        fields = [
            FieldRecord(k, before.get(k) if before is not None else None, v)
            for k, v in self.outcome.sent.items()
        ]
        note = "" if before is not None else JournalNote.BEFORE_UNREAD
        return Intent(self.outcome.lead_id, self.ctx.action, fields, note=note, undo_of=self.ctx.undo_of)

    # 4. send once
    def send(self, client: LeadClient) -> UpdateResult:
        changeset = self.ctx.changeset
        changes = changeset.wire_changes()
        custom = changeset.wire_custom_changes()
        result = client.update(
            self.outcome.lead_id,
            {**changes, **custom},
            update_phone_number=col.PHONE_NUMBER in changes,
            custom_fields=bool(custom),
        )
        self.outcome.result = result
        return result

    # 5. verify, resolve, or record the refusal
    def verify(self, reader: LeadReader, answer: UpdateResult) -> Settled:
        outcome, changeset = self.outcome, self.ctx.changeset
        outcome.status = _status_of(answer)
        stored = _read_back(reader, outcome.lead_id, changeset)
        values = (
            _all_values(stored) if stored is not None else reader.read_fields(outcome.lead_id, outcome.sent)
        )
        outcome.stored = stored
        lines = answer_lines(answer)
        if values is None:
            outcome.read_back = False
            return Settled(
                Outcome.SAVED if answer.applied else Outcome.NOT_APPLIED,
                answer=lines,
                note=JournalNote.SAVED_UNCHECKED,
            )
        outcome.verification = verify_saved(
            outcome.sent, changeset.predictions(), values, before=outcome.before
        )
        # when the answer and the read-back disagree, the read-back decides what the user is told and what
        # the journal records
        applied, note = answer.applied, None
        state = _read_back_state(outcome, changeset, values)
        if not applied and state is ResolutionState.APPLIED:  # "nothing applied" (an empty body), yet stored
            applied, outcome.status, outcome.answer_contradicted = True, SaveStatus.SAVED, True
            note = "The server's answer said nothing was applied; reading the lead back shows the change."
        elif applied and outcome.status is SaveStatus.SAVED and state is ResolutionState.NOT_APPLIED:
            applied, outcome.status, outcome.answer_contradicted = False, SaveStatus.NOT_APPLIED, True
            note = "The server's answer said the change was applied; reading the lead back shows it was not."
        return Settled(
            outcome_of_verification(outcome.verification, applied=applied),
            stored=outcome.verification.stored,
            answer=lines,
            note=note,
        )

    def resolve(self, reader: LeadReader, error: errors.UnknownOutcome | None) -> Settled:
        outcome, changeset = self.outcome, self.ctx.changeset
        if error is not None:
            outcome.status, outcome.error = SaveStatus.UNKNOWN, error
        stored = _read_back(reader, outcome.lead_id, changeset)
        values = (
            _all_values(stored) if stored is not None else reader.read_fields(outcome.lead_id, outcome.sent)
        )
        if stored is not None:
            outcome.stored = stored
        res = resolve_unknown_outcome(
            outcome.sent,
            outcome.before,
            values,
            predicted=changeset.predictions(),
            non_latin=changeset.non_latin,
        )
        outcome.resolution = res
        if res.state in (ResolutionState.APPLIED, ResolutionState.AS_REQUESTED):
            outcome.status = SaveStatus.SAVED
        elif res.state is ResolutionState.NOT_APPLIED:
            outcome.status = SaveStatus.NOT_APPLIED
        else:
            outcome.status = SaveStatus.UNKNOWN
        return Settled(
            outcome_of_resolution(res),
            stored={k: v for k, v in res.stored.items() if v is not None},
            answer=[f"(read back: {res.state.value}; {res.reason.value})"],
        )

    def refused(self, error: Exception) -> Settled:
        self.outcome.status, self.outcome.error = SaveStatus.FAILED, error
        return Settled(Outcome.FAILED, answer=[str(error)])

    def stopped(self, error: SaveAborted | None) -> SaveOutcome:
        self.outcome.status, self.outcome.error = SaveStatus.ABORTED, error
        return self.outcome

    def result(self) -> SaveOutcome:
        self.outcome.entry_id = self.entry_id
        return self.outcome


def _read_back_state(outcome: SaveOutcome, changeset: ChangeSet, values: dict[str, str]) -> ResolutionState:
    """What the values read back prove about the write, judged as a lost answer would be."""
    return resolve_unknown_outcome(
        outcome.sent, outcome.before, values, predicted=changeset.predictions(), non_latin=changeset.non_latin
    ).state


def _read_back(reader: LeadReader, lead_id: int, changeset: ChangeSet) -> Lead | None:
    try:
        return reader.load(lead_id, entry_list_id=changeset.lead.entry_list_id)
    except errors.VicidialError:
        return None


def _value_of(lead: Lead, key: str) -> str:
    return lead.values[key] if key in lead.values else lead.custom.get(key, "")


def _all_values(lead: Lead) -> dict[str, str]:
    """Columns and custom fields of a read, in one mapping (custom labels never clash with columns)."""
    return {**dict(lead.custom), **dict(lead.values)}


def _status_of(result: UpdateResult) -> SaveStatus:
    if not result.applied or result.affected == -1:
        return SaveStatus.NOT_APPLIED
    if result.affected == 0:
        return SaveStatus.ALREADY_SO
    return SaveStatus.SAVED
