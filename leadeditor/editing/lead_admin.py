"""Advanced actions on one lead: reset (`reset_lead=Y`), delete (`delete_lead=Y`), add as new lead
(`insert_if_not_found=Y`). Each is journaled before it is sent and resolved by reading back when its answer is
lost; none is ever retried.

The wire calls belong to the client (PROTOCOL §2.6, §2.7, §2.10):
    client.reset_lead(lead_id) -> UpdateResult
    client.delete_lead(lead_id, custom_fields=...) -> UpdateResult
    client.insert_lead(phone_code, phone_number, list_id, values) -> UpdateResult (lead_id = the new lead)
each raising `UnknownOutcome` on a lost answer. `supported(client)` says which are there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from leadeditor.editing.journal import Action, FieldRecord, Outcome
from leadeditor.editing.safety import ResolutionState, resolve_unknown_delete
from leadeditor.editing.workflow import CorrectionWorkflow
from leadeditor.vicidial import columns as col
from leadeditor.vicidial import errors
from leadeditor.vicidial.fields import BLANK_TOKEN

__all__ = ["AdminOutcome", "NotSupported", "delete_lead", "insert_lead", "reset_lead", "supported"]

_METHODS = {"reset": "reset_lead", "delete": "delete_lead", "insert": "insert_lead"}


class NotSupported(Exception):
    """This client cannot do the action yet (the client method is missing)."""


def supported(client: Any) -> dict[str, bool]:
    return {action: callable(getattr(client, name, None)) for action, name in _METHODS.items()}


@dataclass
class AdminOutcome:
    action: str
    lead_id: int
    state: ResolutionState  # APPLIED, NOT_APPLIED or UNKNOWN
    message: str
    entry_id: int | None = None
    answer: list[str] = field(default_factory=list)
    error: BaseException | None = None

    @property
    def done(self) -> bool:
        return self.state is ResolutionState.APPLIED


def _method(wf: CorrectionWorkflow, action: str) -> Any:
    method = getattr(wf.client, _METHODS[action], None)
    if not callable(method):
        raise NotSupported(f"This version of Lead Editor cannot {action} leads yet (the server client has no "
                           f"{_METHODS[action]} call).")
    return method


def _journal(wf: CorrectionWorkflow) -> Any:
    hooks = wf.journal_hooks
    return (hooks.journal, hooks.context) if hooks is not None else (None, None)


def _lines(result: Any) -> list[str]:
    return [e.line for e in getattr(result, "events", ())]


def reset_lead(wf: CorrectionWorkflow, lead_id: int) -> AdminOutcome:
    """Reset a lead for dialing again (called_since_last_reset='N'); checked by reading that field back."""
    method = _method(wf, "reset")
    journal, ctx = _journal(wf)
    before = wf._read_fields(lead_id, [col.CALLED_SINCE_LAST_RESET]) or {}
    entry = None
    if journal is not None:
        entry = journal.begin(ctx, lead_id, Action.RESET,
                              [FieldRecord(col.CALLED_SINCE_LAST_RESET,
                                           before.get(col.CALLED_SINCE_LAST_RESET), "N")])
    try:
        result = method(lead_id)
    except errors.UnknownOutcome as exc:
        if journal is not None:
            journal.finish(entry, Outcome.UNKNOWN, answer=[f"(no answer: {exc})"])
        after = wf._read_fields(lead_id, [col.CALLED_SINCE_LAST_RESET])
        state = ResolutionState.UNKNOWN
        if after is not None and after.get(col.CALLED_SINCE_LAST_RESET) == "N":
            state = (ResolutionState.APPLIED if before.get(col.CALLED_SINCE_LAST_RESET) not in (None, "N")
                     else ResolutionState.AS_REQUESTED)
        out = _finish_lost(journal, entry, "reset", lead_id, state, after)
        out.error = exc
        return out
    except errors.VicidialError as exc:
        if journal is not None:
            journal.finish(entry, Outcome.FAILED, answer=[str(exc)])
        return AdminOutcome("reset", lead_id, ResolutionState.NOT_APPLIED,
                            f"Lead {lead_id} was not reset: {exc}", entry, error=exc)
    after = wf._read_fields(lead_id, [col.CALLED_SINCE_LAST_RESET])
    now = (after or {}).get(col.CALLED_SINCE_LAST_RESET)
    ok = bool(getattr(result, "applied", True)) and (now in (None, "N"))
    if journal is not None:
        journal.finish(entry, Outcome.SAVED if ok else Outcome.SAVED_WITH_DIFFERENCES,
                       stored=({col.CALLED_SINCE_LAST_RESET: now} if now is not None else None),
                       answer=_lines(result))
    text = f"Lead {lead_id} was reset: it can be dialed again in its list."
    if now is None:
        text += " (It could not be read back to check.)"
    return AdminOutcome("reset", lead_id, ResolutionState.APPLIED if ok else ResolutionState.UNKNOWN, text,
                        entry, _lines(result))


def delete_lead(wf: CorrectionWorkflow, lead_id: int) -> AdminOutcome:
    """Delete a lead; the journal keeps its full record (there is no undo on the server)."""
    method = _method(wf, "delete")
    journal, ctx = _journal(wf)
    custom = False
    try:
        lead = wf.load(lead_id)
        custom = bool(lead.custom)
        record: dict[str, str] = {**{f"custom:{k}": v for k, v in lead.custom.items()}, **dict(lead.values)}
    except errors.LeadNotFound as exc:
        return AdminOutcome("delete", lead_id, ResolutionState.NOT_APPLIED,
                            f"Lead {lead_id} does not exist; nothing was deleted.", error=exc)
    except errors.VicidialError:
        record = wf._read_fields(lead_id, None) or {}
    entry = None
    if journal is not None:
        entry = journal.begin(ctx, lead_id, Action.DELETE, [], record=record,
                              note="" if record else "The lead could not be read before deleting it.")
    try:
        # with its custom-field row too (kept in the journal's record), which the server otherwise orphans
        result = method(lead_id, custom_fields=True) if custom else method(lead_id)
    except errors.UnknownOutcome as exc:
        if journal is not None:
            journal.finish(entry, Outcome.UNKNOWN, answer=[f"(no answer: {exc})"])
        state = resolve_unknown_delete(_still_found(wf, lead_id))
        out = _finish_lost(journal, entry, "delete", lead_id, state, None)
        out.error = exc
        return out
    except errors.VicidialError as exc:
        if journal is not None:
            journal.finish(entry, Outcome.FAILED, answer=[str(exc)])
        return AdminOutcome("delete", lead_id, ResolutionState.NOT_APPLIED,
                            f"Lead {lead_id} was not deleted: {exc}", entry, error=exc)
    found = _still_found(wf, lead_id)
    state = resolve_unknown_delete(found)
    if journal is not None:
        journal.finish(entry, {ResolutionState.APPLIED: Outcome.SAVED,
                               ResolutionState.NOT_APPLIED: Outcome.NOT_APPLIED}.get(state, Outcome.UNKNOWN),
                       answer=_lines(result))
    text = {ResolutionState.APPLIED: f"Lead {lead_id} was deleted. Its full record is kept in the journal.",
            ResolutionState.NOT_APPLIED: f"Lead {lead_id} is still there: the server did not delete it."}.get(
        state, f"Lead {lead_id}: the server answered, but whether the lead is gone could not be read.")
    return AdminOutcome("delete", lead_id, state, text, entry, _lines(result))


def insert_lead(wf: CorrectionWorkflow, phone_code: str, phone_number: str, list_id: int,
                values: Mapping[str, str] | None = None) -> AdminOutcome:
    """Add a new lead (`insert_if_not_found=Y`), after checking again that no lead has this phone number.

    Empty values are left out: on insert the server stores `--BLANK--` literally (PROTOCOL §2.10).
    """
    method = _method(wf, "insert")
    clean = {k: v for k, v in (values or {}).items() if v != "" and v != BLANK_TOKEN}
    bad = [k for k, v in (values or {}).items() if v == BLANK_TOKEN]
    if bad:
        raise ValueError(f"{', '.join(bad)}: --BLANK-- would be stored literally on a new lead; "
                         "leave the field empty.")
    if not phone_code.strip() or not list_id or int(list_id) < 100:
        raise ValueError("A new lead needs a phone code and a list ID of at least 100.")
    digits = "".join(ch for ch in phone_number if ch.isdigit())
    if not 6 <= len(digits) <= 18:
        raise ValueError("A new lead needs a phone number of 6 to 18 digits.")
    existing = _phone_matches(wf, digits)
    if existing:
        return AdminOutcome("insert", existing[0], ResolutionState.NOT_APPLIED,
                            f"Not added: lead {existing[0]} already has phone number {digits}.")
    journal, ctx = _journal(wf)
    fields = [FieldRecord(col.PHONE_CODE, None, phone_code), FieldRecord(col.PHONE_NUMBER, None, digits),
              FieldRecord(col.LIST_ID, None, str(list_id))]
    fields += [FieldRecord(k, None, v) for k, v in clean.items()]
    entry = journal.begin(ctx, 0, Action.INSERT, fields) if journal is not None else None
    try:
        result = method(phone_code, digits, int(list_id), clean)
    except errors.UnknownOutcome as exc:
        if journal is not None:
            journal.finish(entry, Outcome.UNKNOWN, answer=[f"(no answer: {exc})"])
        found = _phone_matches(wf, digits)
        state = ResolutionState.APPLIED if found else ResolutionState.NOT_APPLIED
        if journal is not None:
            journal.finish(entry, Outcome.SAVED if found else Outcome.NOT_APPLIED,
                           lead_id=found[0] if found else None, answer=["(read back by phone number)"])
        new = found[0] if found else 0
        text = (f"The answer was lost, but lead {new} now has this phone number: it was added." if found
                else "The answer was lost and no lead has this phone number: it was not added.")
        return AdminOutcome("insert", new, state, text, entry, error=exc)
    except errors.VicidialError as exc:
        if journal is not None:
            journal.finish(entry, Outcome.FAILED, answer=[str(exc)])
        return AdminOutcome("insert", 0, ResolutionState.NOT_APPLIED, f"The lead was not added: {exc}",
                            entry, error=exc)
    new_id = int(result.lead_id or 0)
    applied = bool(getattr(result, "applied", True)) and new_id > 0
    stored = None
    if applied:
        try:
            lead = wf.read(new_id)
            stored = {r.column: lead.value(r.column) for r in fields if r.column in lead.values}
        except errors.VicidialError:
            stored = None
    if journal is not None:
        journal.finish(entry, Outcome.SAVED if applied else Outcome.NOT_APPLIED, stored=stored,
                       answer=_lines(result), lead_id=new_id or None)
    text = (f"Added lead {new_id} to list {list_id}." if applied
            else "The server did not add the lead (its INSERT failed).")
    return AdminOutcome("insert", new_id, ResolutionState.APPLIED if applied else ResolutionState.NOT_APPLIED,
                        text, entry, _lines(result))


def _phone_matches(wf: CorrectionWorkflow, digits: str) -> list[int]:
    from leadeditor.editing.search import SearchRequest

    try:
        return [c.lead_id for c in wf.find_candidates(SearchRequest(phone_number=digits)).candidates]
    except errors.LeadNotFound:
        return []


def _still_found(wf: CorrectionWorkflow, lead_id: int) -> bool | None:
    try:
        wf.read(lead_id)
    except errors.LeadNotFound:
        return False
    except errors.VicidialError:
        return None
    return True


def _finish_lost(journal: Any, entry: int | None, action: str, lead_id: int, state: ResolutionState,
                 stored: Mapping[str, str] | None) -> AdminOutcome:
    outcome = {ResolutionState.APPLIED: Outcome.SAVED, ResolutionState.AS_REQUESTED: Outcome.SAVED,
               ResolutionState.NOT_APPLIED: Outcome.NOT_APPLIED}.get(state, Outcome.UNKNOWN)
    if journal is not None and entry is not None:
        journal.finish(entry, outcome, stored=dict(stored) if stored else None,
                       answer=[f"(read back: {state.value})"])
    verb = {"reset": "reset", "delete": "deleted", "insert": "added"}[action]
    text = {ResolutionState.APPLIED: f"The answer was lost, but reading back shows lead {lead_id} was "
                                     f"{verb}.",
            ResolutionState.AS_REQUESTED: f"The answer was lost; lead {lead_id} is {verb} as requested.",
            ResolutionState.NOT_APPLIED: f"The answer was lost; reading back shows lead {lead_id} was not "
                                         f"{verb}."}.get(
        state, f"The answer was lost and lead {lead_id} could not be read back: whether it was {verb} is "
               "unknown. Nothing was sent again.")
    return AdminOutcome(action, lead_id, state, text, entry)
