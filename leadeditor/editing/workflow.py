"""The correction workflow: find the candidates, load one, write only what changed by lead ID, read it back.

Qt-free and synchronous: the window runs each step in a worker thread. Later features slot in as hooks
without changing the steps:
- `before_write` hooks run after the user confirmed and before anything is sent. The first one is always the
  conflict check (`check_before_write`): it re-reads the lead and raises `ConflictFound` when anything changed
  since the form loaded it, or `UncheckedLead` when the lead cannot be read and the user has not acknowledged
  that; later hooks (the journal) record the intent;
- `after_write` hooks run once the outcome is known and the lead was read back and verified field by field
  against the predicted stored values (`outcome.verification`), e.g. the journal;
- `resolve_unknown` decides what a write with an unknown outcome did, by reading the lead back
  (`safety.resolve_unknown_outcome`), never by sending it again; `check_again` repeats only the read.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.lead import READ_COLUMNS, Candidate, Lead
from leadeditor.editing.safety import (
    Conflict,
    Resolution,
    ResolutionState,
    Verification,
    detect_conflicts,
    resolve_unknown_outcome,
    verify_saved,
)
from leadeditor.editing.search import SearchMethod, SearchRequest, SearchScope
from leadeditor.vicidial import columns as col
from leadeditor.vicidial import errors
from leadeditor.vicidial.fields import field as field_spec

__all__ = [
    "CancelToken",
    "Cancelled",
    "ConflictFound",
    "CorrectionWorkflow",
    "SaveAborted",
    "SaveContext",
    "SaveOutcome",
    "SaveStatus",
    "SearchOutcome",
    "UncheckedLead",
]

Progress = Callable[[str], None]

APOSTROPHE_FAILURE = ("The server failed while reading this lead. VICIdial on PHP 8 fails this way when a "
                      "value "
                      "holds an apostrophe (such as O'Brien).")


class Cancelled(Exception):
    """The user cancelled before the next request was sent."""


class SaveAborted(Exception):
    """Raised by a `before_write` hook to stop a save before anything is sent; the message says why."""


class ConflictFound(SaveAborted):
    """The lead changed on the server since the form loaded it; nothing was sent."""

    def __init__(self, lead_id: int, conflicts: list[Conflict], fresh: Lead) -> None:
        n = len(conflicts)
        super().__init__(f"lead {lead_id} was changed on the server since you opened it "
                         f"({n} field{'s' if n != 1 else ''} differ)")
        self.lead_id = lead_id
        self.conflicts = conflicts
        self.fresh = fresh  # the values now on the server: the base to re-apply the change on


class UncheckedLead(SaveAborted):
    """The lead's current values cannot be read, so they cannot be checked; the user must acknowledge."""

    def __init__(self, lead_id: int, reason: str) -> None:
        super().__init__(f"the current values of lead {lead_id} could not be read to check them: {reason}")
        self.lead_id = lead_id
        self.reason = reason


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


@dataclass(frozen=True)
class SearchOutcome:
    request: SearchRequest
    candidates: tuple[Candidate, ...]
    pick: int | None  # the lead the server itself would update (update_lead with no_update=Y)

    @property
    def summary(self) -> str:
        n = len(self.candidates)
        if n == 0:
            return f"No lead matches {self.request.describe()}."
        matches = "1 lead matches" if n == 1 else f"{n} leads match"
        if self.pick is None:
            return f"{matches}; the server would change none of them."
        how = ""
        by_lead_id = self.request.active_methods()[:1] == [SearchMethod.LEAD_ID]
        if by_lead_id:
            how = ", found by its lead ID"
        elif n > 1:
            how = ", the most recently loaded"
        unreadable = sum(1 for c in self.candidates if not c.readable)
        tail = f" Details of {unreadable} could not be read." if unreadable else ""
        return f"{matches}; the server would change lead {self.pick}{how}.{tail}"


class SaveStatus(Enum):
    SAVED = "saved"  # the server changed the lead
    ALREADY_SO = "already_so"  # the server held these values already (affected rows 0)
    NOTHING_SENT = "nothing_sent"  # no edit survives the server's filters
    NOT_APPLIED = "not_applied"  # the server answered but applied nothing (empty body, or its UPDATE failed)
    ABORTED = "aborted"  # stopped before sending (cancelled, or a before_write hook said no)
    UNKNOWN = "unknown"  # the write may or may not have been applied, and reading back could not tell
    FAILED = "failed"  # the server refused (permission, not found, ...): nothing was written


@dataclass
class SaveOutcome:
    lead_id: int
    changeset: ChangeSet
    status: SaveStatus = SaveStatus.NOTHING_SENT
    sent: dict[str, Any] = field(default_factory=dict)
    result: Any = None  # the client's UpdateResult
    stored: Lead | None = None  # the lead as read back after the write
    error: BaseException | None = None
    mismatches: list[str] = field(default_factory=list)  # stored differs from what was predicted
    notes: list[str] = field(default_factory=list)
    # the values read just before the write (None: unknown); columns and custom labels alike
    before: dict[str, str] | None = None
    verification: Verification | None = None  # read back and compared, after an answered write
    resolution: Resolution | None = None  # after a lost answer: applied, not applied or still unknown
    entry_id: int | None = None  # the journal entry of this write, when a journal is attached

    @property
    def conflicts(self) -> list[Conflict]:
        return self.error.conflicts if isinstance(self.error, ConflictFound) else []

    @property
    def verified_ok(self) -> bool:
        """The write was answered, read back, and every field holds exactly what was predicted."""
        return self.verification is not None and self.verification.ok

    @property
    def message(self) -> str:
        """The outcome in plain words, for the status area."""
        lid = self.lead_id
        if self.status is SaveStatus.SAVED and self.mismatches:
            text = f"Lead {lid} was changed, but not as expected: {self._now_holds()}."
        elif self.status is SaveStatus.SAVED and self.verification is None and self.resolution is None:
            text = f"Lead {lid} was changed on the server's word: {self._now_holds()}."
        elif self.status is SaveStatus.SAVED:
            text = f"Saved lead {lid}: {self._now_holds()}."
        elif self.status is SaveStatus.ALREADY_SO:
            text = f"Lead {lid} already held these values; nothing changed."
        elif self.status is SaveStatus.NOTHING_SENT:
            text = f"Nothing was sent for lead {lid}: no edit would change what the server stores."
        elif self.status is SaveStatus.NOT_APPLIED:
            text = f"The server did not apply the change to lead {lid}; nothing was changed."
        elif self.status is SaveStatus.ABORTED:
            text = f"Not saved: {self.error or 'cancelled before anything was sent'}."
        elif self.status is SaveStatus.UNKNOWN:
            text = (f"It is not known whether lead {lid} was changed: the server's answer was lost and "
                    "reading the lead back could not tell. Use “Check again” before trying once more.")
        else:
            text = f"Lead {lid} was not changed: {self.error}"
        extra = " ".join(self.mismatches + self.notes)
        return f"{text} {extra}".strip()

    def _now_holds(self) -> str:
        parts = []
        source = self.stored
        read = {k: v for k, v in (self.verification.stored if self.verification else {}).items()
                if v is not None}
        for key in self.sent:
            spec_label = field_spec(key).label if key in _COLUMN_KEYS else key
            if key in read:
                value = read[key]
            elif source is not None:
                value = source.value(key) if key in _COLUMN_KEYS else source.custom.get(key, "")
            else:
                value = self.changeset.predictions().get(key, "")
            label = spec_label[0].lower() + spec_label[1:]
            parts.append(f"{label} is now empty" if value in ("", "0000-00-00") and key != col.GMT_OFFSET_NOW
                         else f"{label} is now '{value}'")
        return "; ".join(parts) or "no field changed"


_COLUMN_KEYS = frozenset(READ_COLUMNS)


@dataclass
class SaveContext:
    """What hooks see: the workflow (to read the lead), the change set and the outcome so far."""

    workflow: CorrectionWorkflow
    changeset: ChangeSet
    outcome: SaveOutcome
    acknowledged_unchecked: bool = False  # the user accepted writing without checking the current values
    action: str = "update"  # "update" or "undo" (the journal's Action value)
    undo_of: int | None = None  # the journal entry this write undoes
    recheck: bool = False  # True when after_write runs again after "Check again"


Hook = Callable[[SaveContext], None]


def _reason(exc: BaseException) -> str:
    """Why a lead's details could not be read, in plain words."""
    if isinstance(exc, errors.PermissionDenied | errors.ListNotAllowed):
        return "You may not read this lead's details (its list is outside your campaigns)."
    if isinstance(exc, errors.LeadNotFound):
        return "The server did not return this lead's details (its list may be outside your campaigns)."
    if isinstance(exc, errors.ServerFailure) and exc.unreadable_lead:
        return APOSTROPHE_FAILURE
    if isinstance(exc, errors.ServerFailure):
        return "The server failed while reading this lead."
    if isinstance(exc, errors.TimedOut | errors.ConnectionFailed):
        return "The server did not answer while reading this lead."
    # the error's str() is a developer description (its reason and data), not a sentence for the user
    return "The server's answer could not be understood while reading this lead."


class CorrectionWorkflow:
    """Find → candidates → load → (confirm, in the window) → write changed fields by lead ID → read back."""

    def __init__(self, client: Any, *, non_latin: bool = False) -> None:
        self.client = client
        self.non_latin = non_latin
        self.before_write: list[Hook] = [check_before_write]
        self.after_write: list[Hook] = []
        self.resolve_unknown: Hook = resolve_by_reading_back
        self.journal_hooks: Any = None  # set by `journaling.JournalHooks.install`

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
            list_of[int(found.lead_id)] = _int(found.list_id)
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
            return Candidate(lead_id, None, pick, _reason(exc), list_id)
        return Candidate(lead_id, lead, pick, lead.note, lead.list_id)

    # -- reading ---------------------------------------------------------------------------------------
    def read(self, lead_id: int, *, custom_fields: bool = False) -> Lead:
        """Read a lead; when the server fails on it (PHP 8 and an apostrophe) use the client's fallback."""
        try:
            return Lead.from_record(self.client.read_lead(lead_id, custom_fields=custom_fields))
        except errors.ServerFailure:
            if custom_fields:
                # the custom-field read is the fragile one (PROTOCOL §3.1); the standard fields may still come
                lead = self.read(lead_id)
                return Lead(lead.lead_id, lead.values, {}, lead.note or "Custom fields could not be read.")
            fallback = getattr(self.client, "read_lead_fields", None)
            if fallback is None:
                raise
            values = {k: str(v) for k, v in fallback(lead_id).items() if k != col.LEAD_ID}
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

    # -- writing ---------------------------------------------------------------------------------------
    def save(self, changeset: ChangeSet, *, cancel: CancelToken | None = None,
             acknowledge_unchecked: bool = False, action: str = "update",
             undo_of: int | None = None) -> SaveOutcome:
        """Write a confirmed change set. Never raises for a server answer: the outcome says what happened.

        Before sending: the lead is re-read and compared with what the form loaded (`ConflictFound`). After:
        read back and verified. A lost answer is resolved by reading back, never by sending again.
        """
        lead_id = changeset.lead.lead_id
        outcome = SaveOutcome(lead_id, changeset)
        changes: dict[str, Any] = dict(changeset.wire_changes())
        custom = changeset.wire_custom_changes()
        outcome.sent = {**changes, **custom}
        if not outcome.sent:
            return outcome
        ctx = SaveContext(self, changeset, outcome, acknowledge_unchecked, action, undo_of)
        try:
            if cancel is not None:
                cancel.check()
            for hook in self.before_write:
                hook(ctx)
            if cancel is not None:
                cancel.check()
        except Cancelled:
            outcome.status = SaveStatus.ABORTED
            return outcome
        except SaveAborted as exc:
            outcome.status, outcome.error = SaveStatus.ABORTED, exc
            return outcome
        try:
            outcome.result = self.client.update(
                lead_id, {**changes, **custom}, update_phone_number=col.PHONE_NUMBER in changes,
                custom_fields=bool(custom))
        except errors.UnknownOutcome as exc:
            outcome.status, outcome.error = SaveStatus.UNKNOWN, exc
            self.resolve_unknown(ctx)
        except (errors.VicidialError, ValueError) as exc:  # ValueError: refused by the client, never sent
            outcome.status, outcome.error = SaveStatus.FAILED, exc
        else:
            outcome.status = _status_of(outcome.result)
            self._verify(ctx)
        for hook in self.after_write:
            hook(ctx)
        return outcome

    def check_again(self, outcome: SaveOutcome) -> SaveOutcome:
        """"Check again" after a lost answer: read the lead once more and judge again. Nothing is sent."""
        ctx = SaveContext(self, outcome.changeset, outcome, recheck=True)
        self.resolve_unknown(ctx)
        for hook in self.after_write:
            hook(ctx)
        return ctx.outcome

    def _verify(self, ctx: SaveContext) -> None:
        """Read the lead back after an answered write and compare each sent field with its prediction."""
        outcome, changeset = ctx.outcome, ctx.changeset
        stored = self._read_back(outcome.lead_id, changeset)
        values = (_all_values(stored) if stored is not None
                  else self._read_fields(outcome.lead_id, outcome.sent))
        outcome.stored = stored
        if values is None:
            outcome.notes.append("(The lead could not be read back, so the stored values were not checked.)")
            return
        outcome.verification = verify_saved(outcome.sent, changeset.predictions(), values,
                                            before=outcome.before)
        outcome.mismatches = _mismatch_text(outcome.verification)

    def _read_back(self, lead_id: int, changeset: ChangeSet) -> Lead | None:
        try:
            return self.load(lead_id, entry_list_id=changeset.lead.entry_list_id)
        except errors.VicidialError:
            return None

    def _read_fields(self, lead_id: int, keys: Any) -> dict[str, str] | None:
        """`lead_field_info` for just these fields: works on some leads `lead_all_info` cannot read."""
        fallback = getattr(self.client, "read_lead_fields", None)
        if fallback is None:
            return None
        try:
            return {str(k): str(v) for k, v in fallback(lead_id, list(keys)).items()}
        except errors.VicidialError:
            return None


def check_before_write(ctx: SaveContext) -> None:
    """The conflict check: re-read the lead just before writing and stop if anything changed meanwhile.

    A lead that cannot be read whole is read field by field (`lead_field_info`) for the fields being
    written; if even that fails, the write goes ahead only when the user acknowledged it (`UncheckedLead`).
    """
    wf, changeset, outcome = ctx.workflow, ctx.changeset, ctx.outcome
    loaded = changeset.lead
    lead_id = loaded.lead_id
    try:
        fresh = wf.load(lead_id, entry_list_id=loaded.entry_list_id) if loaded.known else wf.read(lead_id)
    except errors.VicidialError as exc:
        if isinstance(exc, errors.AuthenticationFailed | errors.TlsError):  # nothing can be sent either
            raise
        outcome.before = wf._read_fields(lead_id, outcome.sent)
        if outcome.before is None and not ctx.acknowledged_unchecked:
            raise UncheckedLead(lead_id, _reason(exc)) from None
        if outcome.before is not None and loaded.known:
            conflicts = detect_conflicts({k: _value_of(loaded, k) for k in outcome.before}, outcome.before,
                                         outcome.sent)
            if conflicts:
                raise ConflictFound(lead_id, conflicts, loaded.with_values(**{
                    k: v for k, v in outcome.before.items() if k in READ_COLUMNS})) from None
        return
    outcome.before = _all_values(fresh)
    if not loaded.known:
        return  # nothing was loaded to compare with; the values read now are the journal's "before"
    conflicts = detect_conflicts(loaded.values, fresh.values, outcome.sent)
    if loaded.custom and fresh.custom:
        conflicts += detect_conflicts(loaded.custom, fresh.custom, outcome.sent)
    if conflicts:
        raise ConflictFound(lead_id, conflicts, fresh)


def resolve_by_reading_back(ctx: SaveContext) -> None:
    """Decide a write whose answer was lost from a fresh read (`safety.resolve_unknown_outcome`)."""
    wf, outcome, changeset = ctx.workflow, ctx.outcome, ctx.changeset
    stored = wf._read_back(outcome.lead_id, changeset)
    values = _all_values(stored) if stored is not None else wf._read_fields(outcome.lead_id, outcome.sent)
    if stored is not None:
        outcome.stored = stored
    resolution = resolve_unknown_outcome(outcome.sent, outcome.before, values,
                                         predicted=changeset.predictions(), non_latin=changeset.non_latin)
    outcome.resolution = resolution
    outcome.notes = [n for n in outcome.notes if not n.startswith("(The server's answer was lost")]
    if resolution.state in (ResolutionState.APPLIED, ResolutionState.AS_REQUESTED):
        outcome.status = SaveStatus.SAVED
        outcome.notes.append("(The server's answer was lost; reading the lead back shows the change landed.)")
    elif resolution.state is ResolutionState.NOT_APPLIED:
        outcome.status = SaveStatus.NOT_APPLIED
        outcome.notes.append("(The server's answer was lost; reading the lead back shows nothing changed.)")
    else:
        outcome.status = SaveStatus.UNKNOWN


def _value_of(lead: Lead, key: str) -> str:
    return lead.values[key] if key in lead.values else lead.custom.get(key, "")


def _all_values(lead: Lead) -> dict[str, str]:
    """Columns and custom fields of a read, in one mapping (custom labels never clash with columns)."""
    return {**dict(lead.custom), **dict(lead.values)}


def _mismatch_text(verification: Verification) -> list[str]:
    """Fields whose read-back value is not what was predicted, in plain words."""
    out = []
    for f in verification.differences:
        out.append(f"{f.label} holds '{f.stored}', not the expected '{f.predicted}'.")
    return out


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _status_of(result: Any) -> SaveStatus:
    affected = getattr(result, "affected", None)
    applied = getattr(result, "applied", True)
    if not applied or affected == -1:
        return SaveStatus.NOT_APPLIED
    if affected == 0:
        return SaveStatus.ALREADY_SO
    return SaveStatus.SAVED


# Re-exported for the window, which must not import the client for these.
__all__ += ["SearchScope"]
