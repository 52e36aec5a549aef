"""A lead as the editor sees it, and a row of the search results.

`Lead` is a plain snapshot of what the server returned (text values by column, custom fields by label), so the
form, the change set and the journal never depend on the client's record class.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final

from leadeditor.vicidial import columns as col
from leadeditor.vicidial.fields import FIELDS

if TYPE_CHECKING:
    from leadeditor.editing.read_problems import ReadProblem
    from leadeditor.vicidial.models import LeadRecord

__all__ = ["READ_COLUMNS", "Candidate", "Lead", "LeadNote"]


class LeadNote(StrEnum):
    """Why a lead's values came from a fallback (`Lead.note`); `ui.texts.lead_note_text` words it. A note
    the window sets itself is already words, and passes through."""

    FIELD_BY_FIELD = "read-field-by-field"  # the full record fails (PHP 8 and an apostrophe)
    CUSTOM_UNREAD = "custom-fields-unread"
    UNDO = "undo"  # the baseline of an undo: what the journal entry stored


# Every column lead_all_info returns (PROTOCOL §3.1), in its order; the lead ID is `Lead.lead_id`.
READ_COLUMNS: Final[tuple[str, ...]] = tuple(c for c in col.READ_ORDER if c != col.LEAD_ID)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _int_or_none(value: str) -> int | None:
    return int(value) if value.strip().isdigit() else None


@dataclass(frozen=True)
class Lead:
    """What the server holds for one lead, as text (the way `read_lead` returns it)."""

    lead_id: int
    values: Mapping[str, str]
    custom: Mapping[str, str] = field(default_factory=dict)
    # Set when some values came from a slower fallback read (e.g. the PHP 8 apostrophe failure): a `LeadNote`.
    note: str = ""
    # False when the lead's current values could not be read at all (no read permission, a failing server):
    # the form then starts empty and only what the user types is written, after an acknowledgement.
    known: bool = True

    def value(self, column: str) -> str:
        return self.values.get(column, "")

    @property
    def list_id(self) -> int | None:
        return _int_or_none(self.value(col.LIST_ID))

    @property
    def entry_list_id(self) -> int | None:
        return _int_or_none(self.value(col.ENTRY_LIST_ID))

    @property
    def full_name(self) -> str:
        parts = (self.value(col.FIRST_NAME), self.value(col.MIDDLE_INITIAL), self.value(col.LAST_NAME))
        return " ".join(p for p in parts if p)

    @classmethod
    def from_record(cls, record: LeadRecord, *, note: str = "") -> Lead:
        """Build from the client's `LeadRecord` (values by column, custom fields by label)."""
        values = {c: _text(record.get(c)) for c in READ_COLUMNS}
        for spec in FIELDS:
            values.setdefault(spec.column, _text(record.get(spec.column)))
        custom_map = {str(k): _text(v) for k, v in dict(record.custom).items()}
        return cls(int(record.lead_id), values, custom_map, note)

    def with_values(self, **changes: str) -> Lead:
        merged = dict(self.values)
        merged.update(changes)
        return Lead(self.lead_id, merged, dict(self.custom), self.note, self.known)

    @classmethod
    def unknown(cls, lead_id: int, note: str = "") -> Lead:
        """A lead whose values could not be read: nothing is known, every typed value is a change."""
        return cls(int(lead_id), {}, {}, note, known=False)


@dataclass(frozen=True)
class Candidate:
    """One lead matching a search: its details when they could be read, otherwise why not."""

    lead_id: int
    lead: Lead | None
    server_pick: bool = False
    # why the details are missing (a `ReadProblem`) or only partly read (a `LeadNote`); `ui.texts` words it
    problem: ReadProblem | str = ""
    list_id: int | None = None  # known from the search answer even when details are missing

    @property
    def readable(self) -> bool:
        return self.lead is not None

    def value(self, column: str) -> str:
        if self.lead is not None:
            return self.lead.value(column)
        if column == col.LIST_ID and self.list_id is not None:
            return str(self.list_id)
        return ""
