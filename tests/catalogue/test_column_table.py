"""What is derived from the column table (`vicidial/columns.py`), each checked against the table."""

from __future__ import annotations

import pytest

from leadeditor.editing.lead import READ_COLUMNS, Lead
from leadeditor.editing.safety import UNRESTORABLE_COLUMNS
from leadeditor.vicidial import columns as col
from leadeditor.vicidial import lead_rows, storage
from leadeditor.vicidial.fields import FIELDS, FieldKind, field
from leadeditor.vicidial.filters import param_filter
from leadeditor.vicidial.models import LEAD_ALL_INFO_COLUMNS, LeadRecord


def test_the_table_has_every_standard_column_once() -> None:
    names = [c.name for c in col.COLUMNS]
    assert len(names) == len(set(names)) == 35
    assert len(col.READ_ORDER) == 32 and col.READ_ORDER[0] == col.STATUS and col.READ_ORDER[-1] == col.LEAD_ID
    orders = sorted(c.read_order for c in col.COLUMNS if c.read_order is not None)
    assert orders == list(range(32))


def test_the_read_order_feeds_the_record_the_parser_and_the_editor() -> None:
    assert LEAD_ALL_INFO_COLUMNS == col.READ_ORDER
    assert tuple(c for c in col.READ_ORDER if c != col.LEAD_ID) == READ_COLUMNS
    header = ("|".join(col.READ_ORDER) + "\n").encode()
    _prelude, rows = lead_rows.split_lead_all_info(header + b"|".join(b"x" for _ in col.READ_ORDER) + b"\n")
    assert len(rows) == 1 and rows[0].header == list(col.READ_ORDER)


def test_the_field_catalogue_takes_its_facts_from_the_table() -> None:
    for spec in FIELDS:
        column = col.column(spec.column)
        assert (spec.param, spec.label, spec.kind, spec.blankable, spec.length) == (
            column.param,
            column.label,
            column.kind,
            column.blankable,
            column.length,
        ), spec.column
        assert field(spec.param) is spec
    assert field("user_field").column == col.USER and field("list_id_field").column == col.LIST_ID
    assert {spec.column for spec in FIELDS} == {c.name for c in col.COLUMNS if c.editable}


def test_every_writable_column_has_a_filter_for_its_parameter() -> None:
    for column in col.COLUMNS:
        if column.param is not None:
            assert param_filter(column.param) is not None, column.name


@pytest.mark.parametrize(
    "column", [c for c in col.COLUMNS if c.sql is col.SqlType.VARCHAR], ids=lambda c: c.name
)
def test_storage_cuts_text_to_the_tables_length(column: col.Column) -> None:
    assert storage.store(column.name, "x" * (column.length + 5)) == "x" * column.length


def test_storage_clips_integers_and_checks_enums_from_the_table() -> None:
    rank = col.column(col.RANK)
    assert storage.store(col.RANK, "99999") == str(rank.maximum)
    assert storage.store(col.RANK, "-99999") == str(rank.minimum)
    assert storage.store(col.GENDER, "f") == "F" and storage.store(col.GENDER, "X") == ""
    assert storage.store("favorite_color", "x" * 300) == "x" * 300  # not a column: a custom field


def test_free_text_and_unrestorable_sets_are_the_tables() -> None:
    assert {c.name for c in col.COLUMNS if c.kind is FieldKind.FREE_TEXT} == lead_rows.FREE_TEXT
    assert {col.VENDOR_LEAD_CODE, col.SOURCE_ID, col.COMMENTS} == lead_rows.FREE_TEXT
    assert {col.RANK, col.CALLED_COUNT, col.PHONE_CODE, col.PHONE_NUMBER, col.LIST_ID} == UNRESTORABLE_COLUMNS
    assert all(not col.column(name).blankable for name in UNRESTORABLE_COLUMNS)


def test_spin_ranges_are_the_writable_range_of_small_integer_columns() -> None:
    from leadeditor.ui.field_editors import _SPIN_RANGES

    assert _SPIN_RANGES == {col.RANK: (0, 32767), col.CALLED_COUNT: (0, 65535)}
    assert col.column(col.RANK).minimum < 0  # the table keeps SQL's range; the API writes no sign


def test_a_lead_record_is_a_mapping_of_text_with_typed_ids() -> None:
    record = LeadRecord.from_mapping(
        {col.LEAD_ID: "12", col.LIST_ID: "١٠١", col.CITY: "Oslo", "not_a_column": "x"},
        custom={"favorite_color": "blue"},
    )
    assert record.lead_id == 12 and record.list_id == 0  # a non-ASCII number is no number
    assert record[col.CITY] == "Oslo" and record.get(col.OWNER) == "" and record.get("missing", "?") == "?"
    assert list(record.columns()) == list(col.READ_ORDER)
    with pytest.raises(KeyError):
        record["not_a_column"]
    lead = Lead.from_record(record)
    assert lead.lead_id == 12 and lead.value(col.CITY) == "Oslo" and lead.custom == {"favorite_color": "blue"}
