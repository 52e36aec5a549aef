"""One row's change set, built the same way for the dry run and for the write (so the dry run shows exactly
what the write will send), and the reads a batch makes.

The dry run reads the lead, builds the `ChangeSet` from the row's requested values and shows its rows
(predicted stored values, every warning); the apply rebuilds the same `ChangeSet` from what the dry run read
(kept in the journal, `RowPlanRecord`) and hands it to the one write path, whose conflict check compares
that base with the lead read just before writing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from leadeditor.editing.batch.ledger import RowPlanRecord
from leadeditor.editing.batch.mapping import CUSTOM_PREFIX
from leadeditor.editing.batch.plan import PlannedChange
from leadeditor.editing.batch.row_result import FieldChange
from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.lead import Lead
from leadeditor.editing.workflow import CorrectionWorkflow
from leadeditor.vicidial import columns as col
from leadeditor.vicidial.fields import BLANK, Blank

__all__ = ["BatchReader", "changeset_for", "field_changes", "record_for"]


class BatchReader:
    """The write path's `LeadReader` for a batch: one read per lead (`lead_all_info`, with the custom fields
    only when the batch maps some), where the window's `load` may read twice. The workflow's field-by-field
    fallback stays.

    Custom fields cost a second `lead_all_info` when the lead's custom table is not known before the read
    (``custom_fields=Y`` crashes PHP 8 on a lead without one, PROTOCOL §3.1). So the reader names the table
    the lead probably records: the one its dry run recorded (the apply's conflict re-read and read-back), else
    the last one seen (the dry run). The client asks for it at once when that table has answered before, and
    checks the guess against the stored `entry_list_id` (`VicidialClient.read_lead`)."""

    def __init__(self, workflow: CorrectionWorkflow, *, custom_fields: bool = False) -> None:
        self.workflow = workflow
        self.custom_fields = custom_fields
        self._last_table: int | None = None

    def read(self, lead_id: int, *, custom_fields: bool = False, custom_table: int | None = None) -> Lead:
        if not (custom_fields or self.custom_fields):
            return self.workflow.read(lead_id)
        table = custom_table or self._last_table
        lead = self.workflow.read(lead_id, custom_fields=True, custom_table=table)
        if lead.entry_list_id:
            self._last_table = lead.entry_list_id
        return lead

    def load(self, lead_id: int, *, entry_list_id: int | None = None) -> Lead:
        return self.read(lead_id, custom_table=entry_list_id)

    def read_fields(self, lead_id: int, keys: Iterable[str] | None = None) -> dict[str, str] | None:
        return self.workflow.read_fields(lead_id, keys)

    def phone_matches(self, digits: str) -> list[int]:
        return self.workflow.phone_matches(digits)


def record_for(lead: Lead, changes: Sequence[PlannedChange], *, undo_of: int | None = None) -> RowPlanRecord:
    """What a confirmed row writes: the values read now (the conflict check's base) and the requested ones."""
    edits: dict[str, str | None] = {}
    custom: dict[str, str] = {}
    for change in changes:
        value = None if isinstance(change.requested, Blank) else change.requested
        if change.target.custom:
            custom[change.target.name] = value or ""
        else:
            edits[change.target.name] = value
    return RowPlanRecord(
        dict(lead.values),
        edits,
        dict(lead.custom),
        custom,
        update_phone_number=col.PHONE_NUMBER in edits,  # mapped by hand only (`mapping.py`)
        undo_of=undo_of,
    )


def changeset_for(lead_id: int, record: RowPlanRecord, *, non_latin: bool = False) -> ChangeSet:
    lead = Lead(lead_id, dict(record.loaded), dict(record.custom_loaded))
    changeset = ChangeSet(lead, non_latin, update_phone_number=record.update_phone_number)
    for column, value in record.edits.items():
        changeset.set(column, BLANK if value is None else value)
    for label, text in record.custom_edits.items():
        changeset.set_custom(label, text)
    return changeset


def field_changes(changeset: ChangeSet, record: RowPlanRecord) -> tuple[FieldChange, ...]:
    """Each requested field with its value now and the value the server is predicted to keep."""
    rows = {(r.custom, r.key): r for r in changeset.rows()}
    out: list[FieldChange] = []
    for column, value in record.edits.items():
        requested: str | Blank = BLANK if value is None else value
        now = changeset.lead.value(column)
        row = rows.get((False, column))
        if row is None:  # equal to the value loaded: the change set dropped it
            out.append(FieldChange(column, now, requested, now))
            continue
        after = row.will_store if row.sends else now
        out.append(FieldChange(column, now, requested, after, row.warnings, row.sends))
    for label, text in record.custom_edits.items():
        now = changeset.lead.custom.get(label, "")
        row = rows.get((True, label))
        name = CUSTOM_PREFIX + label
        if row is None:
            out.append(FieldChange(name, now, text, now))
            continue
        after = row.will_store if row.sends else now
        out.append(FieldChange(name, now, text, after, row.warnings, row.sends))
    return tuple(out)
