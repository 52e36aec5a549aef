"""Our streaming XLSX reader reads every workbook exactly as the openpyxl path does, and steps aside
(openpyxl reads) for anything it does not understand."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from defusedxml.common import EntitiesForbidden
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from testkit.xlsx_diff import assert_same_as_openpyxl

from leadeditor.editing.batch import xlsx, xlsx_stream
from leadeditor.editing.batch.errors import FileProblem, FileReadError
from leadeditor.editing.batch.reading import open_table

# a sheet written by hand: what openpyxl cannot write (inline strings, cached formula values, errors,
# cells without `r`, skipped columns and rows, a row number on a row without cells)
_SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c>
<c r="B1" t="s"><v>1</v></c>
<c r="C1" t="inlineStr"><is><t>Zip</t></is></c>
<c r="D1" t="inlineStr"><is><r><t>Ph</t></r>
<r><t xml:space="preserve">one </t></r></is></c>
<c r="F1" t="str"><v>Total</v></c></row>
<row r="2"><c r="A2"><v>101</v></c>
<c r="B2" t="str"><f>CONCAT("a","b")</f><v>ab</v></c>
<c r="C2" s="1"><v>2134</v></c>
<c r="D2" s="2"><v>7185559999</v></c>
<c r="E2" t="e"><v>#N/A</v></c>
<c r="F2" t="b"><v>1</v></c></row>
<row r="4"><c><v>7185559999.0</v></c>
<c t="b"><v>0</v></c>
<c s="3"><v>29358</v></c>
<c s="4"><v>29358.5</v></c>
<c s="5"><v>0.75</v></c>
<c s="6"><v>1.5</v></c>
<c t="d"><v>1980-05-17T00:00:00</v></c></row>
<row r="5"/>
<row r="6"><c r="C6" t="s"><v>2</v></c>
<c r="E6" t="s"><v>3</v></c><c r="G6" s="3"><v>10</v></c>
<c r="H6" s="3"><v>99999999</v></c></row>
<row><c r="B7" s="7"><v>1234.5</v></c>
<c r="C7" s="8"><v>0.125</v></c>
<c r="D7" s="1"><v>12345678</v></c>
<c r="E7" t="inlineStr"/><c r="F7"><v>1E+20</v></c>
<c r="G7"><v>0.1</v></c>
<c r="I7" t="inlineStr"><is><r><t>run</t><t>second</t></r><t>plain</t><t>again</t></is></c></row>
</sheetData>
</worksheet>"""

_STRINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<si><t>Lead ID</t></si>
<si><r><rPr><b/></rPr><t>First</t></r>
<r><t xml:space="preserve"> Name</t></r>
<rPh sb="0" eb="1"><t>x</t></rPh></si>
<si><t xml:space="preserve">  spaced_x005F_x0020_  </t></si>
<si><t>first</t><r><t>a</t><t>b</t></r><t>last</t><r><t>c</t></r></si>
</sst>"""

_FORMATS = ["00000", "0", "yyyy-mm-dd", "m/d/yyyy h:mm", "h:mm", "[h]:mm:ss", "#,##0.00", "0.0%"]


def _styled_workbook(path: Path, *, date1904: bool = False) -> None:
    """A workbook whose cell styles 1..8 use `_FORMATS` (openpyxl writes the styles part)."""
    book = openpyxl.Workbook()
    if date1904:
        book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.title = "Leads"
    for column, fmt in enumerate(_FORMATS, start=1):
        sheet.cell(row=1, column=column, value=1).number_format = fmt
    book.create_sheet("Second").append(["x"])
    book.active = 1  # the workbook opens on its second sheet
    book.save(path)


def _replace_parts(path: Path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path) as src:
        old = {name: src.read(name) for name in src.namelist()}
    old.update(parts)
    types = old["[Content_Types].xml"]
    strings_type = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    if "xl/sharedStrings.xml" in parts and strings_type not in types:
        override = b'<Override PartName="/xl/sharedStrings.xml" ContentType="' + strings_type + b'"/>'
        old["[Content_Types].xml"] = types.replace(b"</Types>", override + b"</Types>")
    with zipfile.ZipFile(path, "w") as dst:
        for name, data in old.items():
            dst.writestr(name, data)


def _every_kind(path: Path, *, date1904: bool = False) -> None:
    _styled_workbook(path, date1904=date1904)
    with zipfile.ZipFile(path) as src:
        styles = src.read("xl/styles.xml").decode()
    # the hand-written sheet's styles 1..8 must be the formats above, in that order
    book = openpyxl.load_workbook(path)
    assert [book.active.parent["Leads"].cell(1, c).number_format for c in range(1, 9)] == _FORMATS
    assert "cellXfs" in styles
    _replace_parts(
        path, {"xl/worksheets/sheet1.xml": _SHEET.encode(), "xl/sharedStrings.xml": _STRINGS.encode()}
    )


@pytest.mark.parametrize("date1904", [False, True], ids=["1900", "1904"])
@pytest.mark.filterwarnings("ignore:Cell H6 is marked as a date")  # openpyxl on the serial out of range
def test_every_cell_kind_reads_as_openpyxl_reads_it(tmp_path: Path, date1904: bool) -> None:
    path = tmp_path / "kinds.xlsx"
    _every_kind(path, date1904=date1904)
    book = xlsx_stream.open_book(path)  # our reader understands all of it: nothing falls back
    ours = list(book.records("Leads"))
    assert ours == list(xlsx.openpyxl_records(path, "Leads"))
    assert book.active_title == "Second" and xlsx.choose_sheet(path, None) == ("Second", ("Leads", "Second"))
    rows = dict(ours)
    assert rows[1] == ["Lead ID", "First Name", "Zip", "Phone ", "", "Total"]
    assert rows[2] == ["101", "ab", "02134", "7185559999", "#N/A", "TRUE"]
    assert rows[3] == [] and rows[5] == []
    assert rows[4][:2] == ["7185559999", "FALSE"] and rows[4][6] == "1980-05-17"
    assert rows[4][2] == ("1984-05-18" if date1904 else "1980-05-17")
    assert rows[6] == [
        "",
        "",
        "  spaced_x0020_  ",
        "",
        "lastbc",
        "",
        "1904-01-11" if date1904 else "1900-01-10",
        "#VALUE!",
    ]
    assert rows[7] == [
        "",
        "1,234.50",
        "12.5%",
        "12345678",
        "",
        "100000000000000000000",
        "0.1",
        "",
        "againsecond",
    ]


def test_a_big_workbook_streams_in_bounded_memory(tmp_path: Path) -> None:
    import tracemalloc

    path = tmp_path / "big.xlsx"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Leads")
    sheet.append(["lead_id", "postal_code", "phone"])
    for n in range(30000):
        zip_cell = WriteOnlyCell(sheet, value=n % 99999)
        zip_cell.number_format = "00000"
        sheet.append([1000 + n, zip_cell, 7185550000 + n])
    book.save(path)
    ours = xlsx_stream.open_book(path)
    tracemalloc.start()
    count = sum(1 for _ in ours.records("Leads"))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 30001
    assert peak < 1_500_000, peak  # a few rows and the parser's buffers, not 30,000 rows
    assert list(xlsx.records(path, "Leads"))[5] == (6, ["1004", "00004", "7185550004"])


def test_what_it_does_not_understand_is_read_by_openpyxl(tmp_path: Path) -> None:
    path = tmp_path / "odd.xlsx"
    _every_kind(path)
    odd = _SHEET.replace('<c r="F2" t="b"><v>1</v></c>', '<c r="F2" t="x"><v>odd</v></c>')
    _replace_parts(path, {"xl/worksheets/sheet1.xml": odd.encode()})
    book = xlsx_stream.open_book(path)
    with pytest.raises(xlsx_stream.Unsupported):
        list(book.records("Leads"))
    # row 1 came from our reader, the rest from openpyxl: the same rows as openpyxl alone
    assert list(xlsx.records(path, "Leads")) == list(xlsx.openpyxl_records(path, "Leads"))
    assert dict(xlsx.records(path, "Leads"))[2][5] == "odd"


def test_a_damaged_sheet_is_reported_as_openpyxl_reports_it(tmp_path: Path) -> None:
    path = tmp_path / "cut.xlsx"
    _every_kind(path)
    _replace_parts(path, {"xl/worksheets/sheet1.xml": _SHEET.encode()[: len(_SHEET) // 2]})
    with pytest.raises(FileReadError) as ours:
        list(xlsx.records(path, "Leads"))
    with pytest.raises(FileReadError) as theirs:
        list(xlsx.openpyxl_records(path, "Leads"))
    assert ours.value.reason is FileProblem.DAMAGED_WORKBOOK
    assert ours.value.data == theirs.value.data
    missing = tmp_path / "no-workbook.xlsx"
    with zipfile.ZipFile(missing, "w") as dst:
        dst.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(FileReadError) as err:
        open_table(missing)
    assert err.value.reason is FileProblem.DAMAGED_WORKBOOK


def test_the_differential_check_compares_every_sheet(tmp_path: Path) -> None:
    path = tmp_path / "kinds.xlsx"
    _every_kind(path)
    assert assert_same_as_openpyxl(path) == 2


def test_entities_in_a_sheet_are_refused(tmp_path: Path) -> None:
    """defusedxml's protections on our parser: an entity declaration is refused, never expanded."""
    path = tmp_path / "laughs.xlsx"
    _every_kind(path)
    bomb = _SHEET.replace(
        "<worksheet", '<!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>\n<worksheet'
    ).replace("<v>Total</v>", "<v>&lol2;</v>")
    _replace_parts(path, {"xl/worksheets/sheet1.xml": bomb.encode()})
    book = xlsx_stream.open_book(path)
    with pytest.raises(EntitiesForbidden):
        list(book.records("Leads"))
    with pytest.raises(FileReadError) as err:  # openpyxl (defusedxml) refuses it too: a damaged workbook
        list(xlsx.records(path, "Leads"))
    assert err.value.reason is FileProblem.DAMAGED_WORKBOOK
