"""What happened to one row of a batch, as data: an outcome, a reason with its facts, and each field's before
and after. The command line (`leadeditor/cli_texts.py`) and later the window word it; nothing here is a
sentence."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from leadeditor.editing.batch.ledger import RowPlanRecord
from leadeditor.editing.batch.results import Outcome, ResultRow
from leadeditor.vicidial.fields import Blank
from leadeditor.vicidial.value_notes import ValueNote

if TYPE_CHECKING:
    from leadeditor.editing.changes import ChangeWarning

__all__ = ["FieldChange", "RowReason", "RowResult"]


class RowReason(StrEnum):
    """Why a row ended as it did; the data each one carries is named beside it."""

    PLANNED = "planned"  # would_update / updated: nothing to add
    NOTHING_TO_CHANGE = "nothing_to_change"  # every field already holds (or would keep) its value
    ALREADY_SO = "already_so"  # the server answered that nothing changed
    FILE_PROBLEM = "file_problem"  # data: issues (`plan.RowIssue`s: the row's cells, checked offline)
    NOT_FOUND = "not_found"
    AMBIGUOUS = "ambiguous"  # data: leads (every lead the key matches; none is guessed)
    SAME_LEAD = "same_lead"  # data: first_row (an earlier row found the same lead)
    READ_FAILED = "read_failed"  # data: error (the client's typed error)
    CONFLICT = "conflict"  # data: fields (changed on the server since the dry run)
    REFUSED = "refused"  # data: error (the server or the client said no; nothing written)
    NOT_APPLIED = "not_applied"  # the server applied nothing
    STORED_DIFFERENTLY = "stored_differently"  # data: fields (read back, not what was predicted)
    UNKNOWN = "unknown"  # the answer was lost and reading back could not decide
    STOPPED = "stopped"  # data: error (an authentication, lock-out or permission answer stopped the batch)
    CANCELLED = "cancelled"  # the user cancelled before this row was sent
    NOT_SENT_AFTER_CRASH = "not_sent_after_crash"  # begun before a kill, read back: not applied, not re-sent
    KEPT_LATER_EDIT = "kept_later_edit"  # undo: data: fields (changed since the batch; left as they are)
    WITHHELD = "withheld"  # after a kill: its edits held the password's text, which the journal never keeps


@dataclass(frozen=True)
class FieldChange:
    """One mapped field of a row: what the lead held, what the file asked, what the server stores."""

    field: str  # column name, or ``custom:Label``
    before: str | None  # None: not known
    requested: str | Blank | None
    after: str | None  # predicted (dry run) or read back (apply); None: not known
    warnings: tuple[ValueNote | ChangeWarning, ...] = ()  # `fields.explain`'s notes and the change set's
    sends: bool = False  # part of the write


@dataclass(frozen=True)
class RowResult:
    row: int  # the spreadsheet's row number
    outcome: Outcome
    reason: RowReason
    lead_id: int | None = None
    data: Mapping[str, Any] = field(default_factory=dict)
    changes: tuple[FieldChange, ...] = ()
    record: RowPlanRecord | None = None  # what an apply writes (would_update rows only)
    requests: int = 0  # requests this row cost

    def as_result_row(self, message: str) -> ResultRow:
        return ResultRow(
            self.row,
            self.lead_id,
            self.outcome,
            message,
            {c.field: c.before for c in self.changes},
            {c.field: c.after for c in self.changes},
        )
