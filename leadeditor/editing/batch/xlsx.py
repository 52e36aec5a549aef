"""XLSX workbooks through openpyxl in read-only mode: streamed, formulas read as their cached values.

openpyxl parses the workbook's XML with `defusedxml` when it is installed (a dependency of this project), so
a hostile file cannot expand entities. A damaged workbook (not a ZIP, a part missing, invalid XML) is a
`FileReadError` with the exception's type as its detail.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from leadeditor.editing.batch.cell_text import cell_text
from leadeditor.editing.batch.errors import FileProblem, FileReadError

__all__ = ["choose_sheet", "records"]


@contextmanager
def _workbook(path: Path) -> Iterator[Any]:
    import openpyxl  # heavy: only when a workbook is opened

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


def choose_sheet(path: Path, wanted: str | None) -> tuple[str, tuple[str, ...]]:
    """The sheet to read (the user's, else the one the workbook opens on) and all sheet names."""
    with _workbook(path) as book:
        sheets: tuple[str, ...] = tuple(book.sheetnames)
        if wanted is not None:
            if wanted not in sheets:
                raise FileReadError(FileProblem.NO_SUCH_SHEET, sheet=wanted, sheets=sheets)
            return wanted, sheets
        try:
            active = book.active
        except Exception:  # an out-of-range active index in a hand-made file
            active = None
        title = getattr(active, "title", None)
        if not sheets:
            raise FileReadError(FileProblem.EMPTY)
        return (str(title) if title in sheets else sheets[0]), sheets


def records(path: Path, sheet: str | None) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells as text) for every row of the sheet, empty rows included."""
    with _workbook(path) as book:
        sheet_obj = book[sheet] if sheet is not None else book.worksheets[0]
        # the recorded size is ignored: without one openpyxl parses the whole sheet once more to find it, and
        # a wrong one ("A1:XFD1048576" from some exporters) would pad every row to 16,384 cells
        sheet_obj.reset_dimensions()
        number = 0
        try:
            for cells in sheet_obj.iter_rows(min_row=1):
                # the number a cell carries wins: rows missing from the XML are filled, not renumbered
                number = next((c.row for c in cells if getattr(c, "row", None)), number + 1)
                yield number, [cell_text(c.value, getattr(c, "number_format", None)) for c in cells]
        except FileReadError:
            raise
        except Exception as exc:  # damage found while streaming (truncated XML in a sheet part)
            raise FileReadError(FileProblem.DAMAGED_WORKBOOK, detail=type(exc).__name__, row=number) from exc
