"""XLSX workbooks, streamed, formulas read as their cached values: our own reader (`xlsx_stream`) first,
openpyxl in read-only mode for anything it does not understand (and for every damaged file, so its problems
are the ones reported).

openpyxl parses the workbook's XML with `defusedxml` when it is installed (a dependency of this project), so
a hostile file cannot expand entities. A damaged workbook (not a ZIP, a part missing, invalid XML) is a
`FileReadError` with the exception's type as its detail.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from leadeditor.editing.batch import xlsx_stream
from leadeditor.editing.batch.cell_text import cell_text
from leadeditor.editing.batch.errors import FileProblem, FileReadError

__all__ = ["choose_sheet", "header", "records"]


_SIZE_FIXED = False


def _fix_sheet_size() -> None:
    """openpyxl's read-only sheet looks for its `<dimension>` when the workbook loads, with iterparse's end
    events: `<sheetData>`'s comes only after the whole sheet, so a workbook without a dimension before its
    data (openpyxl's own write-only files) had every sheet parsed once more at each load. This reads up to
    the start of `<sheetData>` only, with the same (defusedxml) parser; the answer is the same."""
    global _SIZE_FIXED
    if _SIZE_FIXED:
        return
    _SIZE_FIXED = True
    try:  # openpyxl's private names: another openpyxl keeps its own (slower, same) way
        from openpyxl.worksheet._read_only import ReadOnlyWorksheet
        from openpyxl.worksheet._reader import DATA_TAG, DIMENSION_TAG
        from openpyxl.worksheet.dimensions import SheetDimension
        from openpyxl.xml.functions import iterparse
    except ImportError:
        return
    if not hasattr(ReadOnlyWorksheet, "_get_size"):
        return

    def get_size(sheet: Any) -> None:
        src = sheet._get_source()
        try:
            for _event, element in iterparse(src, events=("start",)):
                if element.tag == DIMENSION_TAG:
                    bounds = SheetDimension.from_tree(element).boundaries
                    if bounds is not None:
                        sheet._min_column, sheet._min_row, sheet._max_column, sheet._max_row = bounds
                    return
                if element.tag == DATA_TAG:
                    return
        finally:
            src.close()

    ReadOnlyWorksheet._get_size = get_size


@contextmanager
def _workbook(path: Path) -> Iterator[Any]:
    import openpyxl  # heavy: only when a workbook is opened

    _fix_sheet_size()
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except FileNotFoundError as exc:
        raise FileReadError(FileProblem.NOT_FOUND, path=str(path)) from exc
    except PermissionError as exc:
        raise FileReadError(FileProblem.UNREADABLE, path=str(path), errno=exc.errno) from exc
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException, XML errors...
        raise FileReadError(FileProblem.DAMAGED_WORKBOOK, detail=type(exc).__name__) from exc
    try:
        yield book
    finally:
        book.close()


def _fast_book(path: Path) -> xlsx_stream.Book | None:
    """The workbook through our reader, or None: openpyxl reads it (and words any damage) instead."""
    try:
        return xlsx_stream.open_book(path)
    except Exception:  # Unsupported, a bad ZIP, a part missing, invalid XML, a file that cannot be opened
        return None


def _pick(sheets: tuple[str, ...], active: str | None, wanted: str | None) -> tuple[str, tuple[str, ...]]:
    if wanted is not None:
        if wanted not in sheets:
            raise FileReadError(FileProblem.NO_SUCH_SHEET, sheet=wanted, sheets=sheets)
        return wanted, sheets
    if not sheets:
        raise FileReadError(FileProblem.EMPTY)
    return (active if active in sheets else sheets[0]), sheets


def _choose(book: Any, wanted: str | None) -> tuple[str, tuple[str, ...]]:
    sheets: tuple[str, ...] = tuple(book.sheetnames)
    try:
        active = book.active
    except Exception:  # an out-of-range active index in a hand-made file
        active = None
    title = getattr(active, "title", None)
    return _pick(sheets, str(title) if title is not None else None, wanted)


def choose_sheet(path: Path, wanted: str | None) -> tuple[str, tuple[str, ...]]:
    """The sheet to read (the user's, else the one the workbook opens on) and all sheet names."""
    fast = _fast_book(path)
    if fast is not None:
        return _pick(fast.sheets, fast.active_title, wanted)
    with _workbook(path) as book:
        return _choose(book, wanted)


def header(path: Path, wanted: str | None) -> tuple[str, tuple[str, ...], int, list[str]]:
    """The sheet chosen (`choose_sheet`), every sheet name, and the first non-empty row (its number and
    cells): one load of the workbook (each load parses its shared strings)."""
    fast = _fast_book(path)
    if fast is not None:
        sheet, sheets = _pick(fast.sheets, fast.active_title, wanted)
        for number, cells in _fast_records(fast, sheet):
            if any(cell.strip() for cell in cells):
                return sheet, sheets, number, cells
        raise FileReadError(FileProblem.EMPTY)
    with _workbook(path) as book:
        sheet, sheets = _choose(book, wanted)
        for number, cells in _records(book, sheet):
            if any(cell.strip() for cell in cells):
                return sheet, sheets, number, cells
    raise FileReadError(FileProblem.EMPTY)


def records(path: Path, sheet: str | None) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells as text) for every row of the sheet, empty rows included."""
    fast = _fast_book(path)
    if fast is not None and (sheet is None or sheet in fast.sheets):
        yield from _fast_records(fast, sheet if sheet is not None else fast.sheets[0])
        return
    yield from openpyxl_records(path, sheet)


def openpyxl_records(path: Path, sheet: str | None, skip: int = 0) -> Iterator[tuple[int, list[str]]]:
    """`records` through openpyxl alone, less its first `skip` records (the differential tests' reference)."""
    with _workbook(path) as book:
        for index, record in enumerate(_records(book, sheet)):
            if index >= skip:
                yield record


def _fast_records(book: xlsx_stream.Book, sheet: str) -> Iterator[tuple[int, list[str]]]:
    """Our reader's records; at the first thing it does not understand (or damage), openpyxl goes on from
    the same record (it yields the same ones before it) and reports the damage its way."""
    done = 0
    try:
        for record in book.records(sheet):
            yield record
            done += 1
    except Exception:
        yield from openpyxl_records(book.path, sheet, skip=done)


def _records(book: Any, sheet: str | None) -> Iterator[tuple[int, list[str]]]:
    sheet_obj = book[sheet] if sheet is not None else book.worksheets[0]
    # the recorded size is ignored: a wrong one ("A1:XFD1048576" from some exporters) would pad every row to
    # 16,384 cells
    sheet_obj.reset_dimensions()
    number = 0
    try:
        for cells in sheet_obj.iter_rows(min_row=1):
            # the number a cell carries wins: rows missing from the XML are filled, not renumbered
            number = next((c.row for c in cells if getattr(c, "row", None)), number + 1)
            yield number, [_text(c) for c in cells]
    except FileReadError:
        raise
    except Exception as exc:  # damage found while streaming (truncated XML in a sheet part)
        raise FileReadError(FileProblem.DAMAGED_WORKBOOK, detail=type(exc).__name__, row=number) from exc


def _text(cell: Any) -> str:
    value = cell.value
    if value is None:
        return ""
    if type(value) is str:  # most cells: no format to look up (a style lookup per cell is slow)
        return value
    # only a number is shown through its format (a ZIP's 00000); dates and the rest need none
    number = isinstance(value, int | float) and not isinstance(value, bool)
    return cell_text(value, getattr(cell, "number_format", None) if number else None)
