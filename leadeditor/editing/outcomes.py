"""The machine reasons of write outcomes: enums and data only. `ui.texts` turns them into sentences."""

from __future__ import annotations

from enum import Enum

__all__ = ["AdminReason", "SaveStatus"]


class SaveStatus(Enum):
    SAVED = "saved"  # the server changed the lead
    ALREADY_SO = "already_so"  # the server held these values already (affected rows 0)
    NOTHING_SENT = "nothing_sent"  # no edit survives the server's filters
    NOT_APPLIED = "not_applied"  # the server answered but applied nothing (empty body, or its UPDATE failed)
    ABORTED = "aborted"  # stopped before sending (cancelled, or a check said no)
    UNKNOWN = "unknown"  # the write may or may not have been applied, and reading back could not tell
    FAILED = "failed"  # the server refused (permission, not found, ...): nothing was written


class AdminReason(Enum):
    """What a reset, delete or insert came to (with the lead, list and phone number in the outcome)."""

    DONE = "done"  # answered and, where it can be read, checked
    DONE_UNCHECKED = "done_unchecked"  # answered, but the lead could not be read back to check
    NOT_DONE = "not_done"  # answered: the server did not do it (still there, INSERT failed)
    UNCERTAIN = "uncertain"  # answered, but whether it happened could not be read
    REFUSED = "refused"  # the server (or the client) refused: nothing written; `error` says why
    NO_SUCH_LEAD = "no_such_lead"  # delete: the lead does not exist, nothing sent
    NO_ANSWER_BEFORE = "no_answer_before"  # delete: the lead was not read in time to keep it; nothing sent
    PHONE_TAKEN = "phone_taken"  # insert: a lead already has this phone number, nothing sent
    LOST_APPLIED = "lost_applied"  # the answer was lost; reading back shows it happened
    LOST_AS_REQUESTED = "lost_as_requested"  # the answer was lost; the lead already was as requested
    LOST_NOT_APPLIED = "lost_not_applied"  # the answer was lost; reading back shows it did not happen
    LOST_UNKNOWN = "lost_unknown"  # the answer was lost and the lead could not be read back
    CANCELLED = "cancelled"  # stopped before anything was sent
