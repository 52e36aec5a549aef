"""The differential check: our XLSX reader against the openpyxl path, on one workbook."""

from __future__ import annotations

from pathlib import Path

from leadeditor.editing.batch import xlsx, xlsx_stream


def openpyxl_sheets(path: Path) -> tuple[tuple[str, ...], str | None]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    try:
        active = getattr(book.active, "title", None)
        return tuple(book.sheetnames), active
    finally:
        book.close()


def assert_same_as_openpyxl(path: Path) -> int:
    """Every sheet of `path` read both ways must be equal; returns how many sheets were compared (0 when our
    reader declines the file, or openpyxl cannot open it)."""
    try:
        book = xlsx_stream.open_book(path)
        expected = openpyxl_sheets(path)
    except Exception:  # damaged, or declined: the damaged-file tests check what is reported
        return 0
    assert (book.sheets, book.active_title) == expected, path
    for sheet in book.sheets:
        try:
            ours = list(book.records(sheet))
        except Exception:  # declined or damaged mid-sheet: the fallback's own tests cover it
            continue
        assert ours == list(xlsx.openpyxl_records(path, sheet)), (path, sheet)
    return len(book.sheets)
