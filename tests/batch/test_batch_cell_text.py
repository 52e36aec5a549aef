"""Numbers, dates and booleans from a workbook as the text the user sees (and the API takes)."""

from __future__ import annotations

import datetime as dt

import pytest

from leadeditor.editing.batch.cell_text import cell_text


@pytest.mark.parametrize(
    ("value", "number_format", "shown"),
    [
        (2134, "00000", "02134"),  # a ZIP code keeps its zero
        (2134.0, "00000", "02134"),
        (7185559999, "General", "7185559999"),
        (7185559999.0, "General", "7185559999"),  # never 7185559999.0
        (7185559999, "0.00E+00", "7185559999"),  # never 7.19E+09
        (123456789, "00000-0000", "12345-6789"),
        (7185559999, "(000) 000-0000", "(718) 555-9999"),
        (12345, '"ID-"000000', "ID-012345"),
        (1234.5, "#,##0.00", "1,234.50"),
        (-5.5, "0.00", "-5.50"),
        (0.25, "0%", "25%"),
        (0.1 + 0.2, "General", "0.3"),  # the 15 digits a spreadsheet keeps
        (2134, "@", "2134"),
        (3, "[Red]0;[Blue]-0", "3"),
        (1e20, "General", "100000000000000000000"),
    ],
)
def test_numbers_through_their_format(value: float, number_format: str, shown: str) -> None:
    assert cell_text(value, number_format) == shown


def test_dates_times_booleans_and_empty_cells() -> None:
    assert cell_text(dt.datetime(1980, 5, 17)) == "1980-05-17"
    assert cell_text(dt.date(1980, 5, 17), "dd/mm/yyyy") == "1980-05-17"
    assert cell_text(dt.datetime(2020, 1, 2, 3, 4, 5)) == "2020-01-02 03:04:05"
    assert cell_text(dt.time(9, 30)) == "09:30:00"
    assert cell_text(True) == "TRUE" and cell_text(False) == "FALSE"
    assert cell_text(None) == "" and cell_text("  keep  ") == "  keep  "
