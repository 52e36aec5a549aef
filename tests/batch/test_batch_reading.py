"""Reading correction files made here, byte by byte, the way spreadsheets and CRMs write them."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from leadeditor.editing.batch import xlsx
from leadeditor.editing.batch.delimiter import DelimiterSource
from leadeditor.editing.batch.encoding import EncodingSource
from leadeditor.editing.batch.errors import FileProblem, FileReadError
from leadeditor.editing.batch.reading import FileFormat, ReadOptions, open_table
from leadeditor.editing.batch.table import HeaderProblem


def cells(table) -> list[tuple[int, tuple[str, ...]]]:
    return [(row.number, row.cells) for row in table.rows() if not row.is_empty]


def test_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "fixes.csv"
    path.write_bytes('\ufefflead_id,first_name,city\r\n101,José,Zürich\r\n102,Zoë,"Lyon, FR"\r\n'.encode())
    table = open_table(path)
    assert table.encoding is not None and table.encoding.encoding == "utf-8-sig"
    assert table.encoding.source is EncodingSource.BOM
    assert [c.header for c in table.columns] == ["lead_id", "first_name", "city"]  # no BOM in the header
    assert cells(table) == [(2, ("101", "José", "Zürich")), (3, ("102", "Zoë", "Lyon, FR"))]


def test_windows_1252_with_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    text = "lead_id;last_name;city\r\n101;Muñoz;Málaga\r\n102;Müller, Jr;Köln\r\n103;Peña;Besançon\r\n"
    path.write_bytes(text.encode("cp1252"))
    table = open_table(path)
    assert table.encoding is not None
    assert table.encoding.encoding == "cp1252" and table.encoding.source is EncodingSource.GUESSED
    assert table.delimiter is not None and table.delimiter.delimiter == ";" and table.delimiter.consistent
    assert cells(table)[1] == (3, ("102", "Müller, Jr", "Köln"))


def test_a_one_accent_windows_file_is_not_read_as_chinese(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_bytes("lead_id;last_name\n1;Peña\n".encode("cp1252"))  # charset-normalizer alone says big5
    table = open_table(path)
    assert cells(table) == [(2, ("1", "Peña"))]


def test_a_cyrillic_windows_file_keeps_its_code_page(tmp_path: Path) -> None:
    path = tmp_path / "ru.csv"
    path.write_bytes("lead_id;city\n1;Москва\n2;Санкт-Петербург\n3;Новосибирск\n".encode("cp1251"))
    table = open_table(path)
    assert table.encoding is not None and table.encoding.encoding == "cp1251"
    assert cells(table)[0] == (2, ("1", "Москва"))


def test_the_encoding_can_be_overridden_and_a_wrong_one_is_a_typed_error(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("lead_id,last_name\n1,Smith\n2,Muñoz\n".encode("cp1252"))
    table = open_table(path, ReadOptions(encoding="latin-1"))
    assert table.encoding is not None and table.encoding.source is EncodingSource.USER
    assert cells(table)[1] == (3, ("2", "Muñoz"))
    wrong = open_table(path, ReadOptions(encoding="utf-8"))
    with pytest.raises(FileReadError) as err:
        list(wrong.rows())
    assert err.value.reason is FileProblem.UNDECODABLE and err.value.data == {"encoding": "utf-8", "row": 3}
    with pytest.raises(FileReadError) as err:
        open_table(path, ReadOptions(encoding="klingon-8"))
    assert err.value.reason is FileProblem.UNKNOWN_ENCODING


def test_a_late_non_utf8_byte_is_found_before_reading(tmp_path: Path) -> None:
    """Strict UTF-8 is checked over the whole file, not a sample: row 5,002 decides."""
    path = tmp_path / "late.csv"
    lines = ["lead_id,last_name"] + [f"{n},Smith" for n in range(5000)] + ["5000,Muñoz"]
    path.write_bytes("\n".join(lines).encode("cp1252") + b"\n")
    table = open_table(path)
    assert table.encoding is not None and table.encoding.encoding == "cp1252"
    assert list(table.rows())[-1].cells == ("5000", "Muñoz")


@pytest.mark.parametrize("end", ["\r", "\n", "\r\n"], ids=["CR", "LF", "CRLF"])
def test_every_line_end(tmp_path: Path, end: str) -> None:
    path = tmp_path / "ends.csv"
    path.write_bytes(end.join(["lead_id,comments", '1,"two' + end + 'lines"', "2,plain", ""]).encode())
    table = open_table(path)
    assert cells(table) == [(2, ("1", "two" + end + "lines")), (3, ("2", "plain"))]


def test_the_delimiter_is_checked_across_rows_not_guessed_from_a_line(tmp_path: Path) -> None:
    """The first data line has two commas and one semicolon each: only the later rows show it is ';'."""
    path = tmp_path / "eu.csv"
    rows = ["lead_id;comments", "1;called, no answer, again"] + [f"{n};ok" for n in range(2, 40)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    table = open_table(path)
    assert table.delimiter is not None
    assert table.delimiter.delimiter == ";" and table.delimiter.source is DelimiterSource.DETECTED
    assert table.delimiter.consistent_rows == table.delimiter.sampled_rows == 39


def test_tab_separated_and_a_forced_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "leads.tsv"
    path.write_text("lead_id\tcity\n1\tParis, TX\n", encoding="utf-8")
    table = open_table(path)
    assert table.format is FileFormat.TSV and cells(table) == [(2, ("1", "Paris, TX"))]
    forced = open_table(path, ReadOptions(delimiter=","))
    assert forced.delimiter is not None and forced.delimiter.source is DelimiterSource.USER
    assert [c.header for c in forced.columns] == ["lead_id\tcity"]


def test_ragged_rows_empty_rows_and_spreadsheet_numbers(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text(
        "lead_id,first_name,city\n1,Ann\n\n,,\n2,Bob,Rome,EXTRA,\n3,Cy,Oslo,,\n", encoding="utf-8"
    )
    rows = list(open_table(path).rows())
    assert [(r.number, r.is_empty) for r in rows] == [
        (2, False),
        (3, True),
        (4, True),
        (5, False),
        (6, False),
    ]
    assert rows[0].cells == ("1", "Ann", "")  # a short row: the missing cells are empty
    assert rows[3].extra == ("EXTRA",)  # a long row keeps what it holds beyond the last column
    assert rows[4].extra == ()  # empty cells beyond it are not a problem


def test_duplicate_and_blank_headers_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "dup.csv"
    path.write_text("lead_id,Name,,name,\n1,a,b,c\n", encoding="utf-8")
    table = open_table(path)
    assert [c.key for c in table.columns] == ["lead_id", "Name", "#3", "name#2"]
    issues = [(i.reason, i.column.letter, i.first.letter if i.first else None) for i in table.header_issues]
    assert issues == [(HeaderProblem.BLANK, "C", None), (HeaderProblem.DUPLICATE, "D", "B")]


def test_the_header_is_the_first_row_that_holds_something(tmp_path: Path) -> None:
    path = tmp_path / "late-header.csv"
    path.write_text("\n,,\nlead_id,city\n7,Rome\n", encoding="utf-8")
    table = open_table(path)
    assert table.header_row == 3 and cells(table) == [(4, ("7", "Rome"))]


def make_workbook(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Leads"
    sheet.append(
        ["Lead ID", "Phone Number", "Alt Phone", "Postal Code", "Date of birth", "GMT offset", "Rank"]
    )
    sheet.append([101, 7185559999, 7185550000.0, 2134, dt.date(1980, 5, 17), -5, 3])
    sheet.append([102, 3125551212, "0044 20 7946", "02134", dt.datetime(1975, 1, 2), 5.5, 1.0])
    sheet["B2"].number_format = "0"
    sheet["C2"].number_format = "0.00E+00"  # shown as 7.19E+09 in Excel: never read that way
    sheet["D2"].number_format = "00000"
    sheet["E2"].number_format = "mm/dd/yyyy"
    sheet.append([])
    sheet.append([104, 2125550100])
    book.create_sheet("Notes").append(["not", "this"])
    book.save(path)


def test_xlsx_cells_read_as_the_text_shown(tmp_path: Path) -> None:
    path = tmp_path / "fixes.xlsx"
    make_workbook(path)
    table = open_table(path)
    assert table.format is FileFormat.XLSX and table.sheet == "Leads" and table.sheets == ("Leads", "Notes")
    rows = [r for r in table.rows() if not r.is_empty]
    assert rows[0].number == 2
    assert rows[0].cells == ("101", "7185559999", "7185550000", "02134", "1980-05-17", "-5", "3")
    assert rows[1].cells == ("102", "3125551212", "0044 20 7946", "02134", "1975-01-02", "5.5", "1")
    assert rows[2].number == 5 and rows[2].cells[:2] == ("104", "2125550100")
    other = open_table(path, ReadOptions(sheet="Notes"))
    assert [c.header for c in other.columns] == ["not", "this"]
    with pytest.raises(FileReadError) as err:
        open_table(path, ReadOptions(sheet="Missing"))
    assert err.value.reason is FileProblem.NO_SUCH_SHEET and err.value.data["sheets"] == ("Leads", "Notes")


def test_xlsx_is_parsed_with_defusedxml() -> None:
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True


def test_a_damaged_workbook_is_a_typed_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip file")
    with pytest.raises(FileReadError) as err:
        open_table(path)
    assert err.value.reason is FileProblem.DAMAGED_WORKBOOK and "BadZipFile" in err.value.data["detail"]
    truncated = tmp_path / "truncated.xlsx"
    make_workbook(truncated)
    with zipfile.ZipFile(truncated) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    with zipfile.ZipFile(truncated, "w") as dst:
        for name, data in parts.items():
            dst.writestr(name, data[: len(data) // 2] if name.endswith("sheet1.xml") else data)
    with pytest.raises(FileReadError) as err:
        table = open_table(truncated)
        list(table.rows())
    assert err.value.reason is FileProblem.DAMAGED_WORKBOOK


def test_unreadable_files_are_typed_errors_without_sentences(tmp_path: Path) -> None:
    cases = {
        tmp_path / "missing.csv": FileProblem.NOT_FOUND,
        tmp_path / "leads.xls": FileProblem.UNSUPPORTED_FORMAT,
        tmp_path / "empty.csv": FileProblem.EMPTY,
        tmp_path / "blank.csv": FileProblem.EMPTY,
        tmp_path / "folder.csv": FileProblem.UNREADABLE,
    }
    (tmp_path / "leads.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "blank.csv").write_bytes(b"\r\n,,\r\n")
    (tmp_path / "folder.csv").mkdir()
    for path, reason in cases.items():
        with pytest.raises(FileReadError) as err:
            open_table(path)
        assert err.value.reason is reason, path
        assert str(err.value).startswith(f"('{reason.value}'")  # a reason and data, not a sentence


def test_a_binary_file_named_csv(tmp_path: Path) -> None:
    path = tmp_path / "really.csv"
    path.write_bytes(b"lead_id,name\n1,a\n2,b\x00\x00\x01\n")
    with pytest.raises(FileReadError) as err:
        list(open_table(path).rows())
    assert err.value.reason is FileProblem.BINARY and err.value.data == {"row": 3}


def test_preview_skips_empty_rows(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("lead_id\n\n1\n2\n3\n", encoding="utf-8")
    assert [r.number for r in open_table(path).preview(2)] == [3, 4]


@pytest.mark.parametrize("end", ["\r", "\r\n"], ids=["CR", "CRLF"])
def test_line_ends_across_read_chunks(tmp_path: Path, end: str) -> None:
    """Rows long enough that line ends fall on the reader's chunk boundaries: none split, none lost."""
    path = tmp_path / "long.csv"
    lines = ["lead_id,comments"] + [f"{n},{'x' * (n % 97)}" for n in range(20000)]
    path.write_bytes((end.join(lines) + end).encode())
    rows = list(open_table(path).rows())
    assert len(rows) == 20000 and not any(r.is_empty for r in rows)
    assert rows[-1].number == 20001 and rows[-1].cells == ("19999", "x" * (19999 % 97))


def test_a_utf16_file_with_its_bom(tmp_path: Path) -> None:
    path = tmp_path / "excel-unicode.txt"
    path.write_bytes("lead_id\tfirst_name\r\n1\tŁucja\r\n".encode("utf-16"))
    table = open_table(path)
    assert table.encoding is not None and table.encoding.encoding == "utf-16"
    assert cells(table) == [(2, ("1", "Łucja"))]


def test_rows_stream_in_bounded_memory(tmp_path: Path) -> None:
    """A 4 MB file read row by row holds a few rows at a time, not the file."""
    import tracemalloc

    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("lead_id,comments\r\n")
        for n in range(40000):
            fh.write(f'{n},"called {n} times, {"x" * 80}"\r\n')
    table = open_table(path)
    tracemalloc.start()
    count = sum(1 for _ in table.rows())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 40000 and path.stat().st_size > 4_000_000
    assert peak < 1_000_000, peak


def test_formula_looking_text_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text('lead_id,comments\n1,=HYPERLINK("http://x")\n2,+1+1\n3,@SUM(A1)\n', encoding="utf-8")
    assert [r.cells[1] for r in open_table(path).rows()] == ['=HYPERLINK("http://x")', "+1+1", "@SUM(A1)"]
    book_path = tmp_path / "f.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["lead_id", "comments"])
    book.active.append([1, "'=not a formula"])
    book.active.append([2, "-5 stays text"])
    book.save(book_path)
    assert [r.cells[1] for r in open_table(book_path).rows()] == ["'=not a formula", "-5 stays text"]


def test_the_row_of_a_bad_byte_in_a_file_with_a_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    # a Windows-1252 byte in a file that starts with a UTF-8 BOM
    path.write_bytes(b"\xef\xbb\xbflead_id,last_name\r\n1,Smith\r\n2,Mu\xf1oz\r\n")
    table = open_table(path)
    with pytest.raises(FileReadError) as err:
        list(table.rows())
    assert err.value.reason is FileProblem.UNDECODABLE
    assert err.value.data == {"encoding": "utf-8-sig", "row": 3}


def test_a_workbook_claiming_the_whole_sheet_is_read_by_its_cells(tmp_path: Path) -> None:
    """Some exporters record the size "A1:XFD1048576": rows are not padded to 16,384 cells or a million."""
    path = tmp_path / "claims.xlsx"
    make_workbook(path)
    with zipfile.ZipFile(path) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    assert b'<dimension ref="A1:G5" />' in parts[sheet]
    parts[sheet] = parts[sheet].replace(b'<dimension ref="A1:G5" />', b'<dimension ref="A1:XFD1048576"/>')
    with zipfile.ZipFile(path, "w") as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
    rows = list(open_table(path).rows())
    assert [r.number for r in rows] == [2, 3, 4, 5]
    assert rows[0].cells[:2] == ("101", "7185559999") and rows[0].extra == ()
    assert max(len(cells) for _, cells in xlsx.records(path, "Leads")) == 7  # the cells there, no padding


def test_a_forced_delimiter_is_one_character() -> None:
    with pytest.raises(ValueError):
        ReadOptions(delimiter="tab")
