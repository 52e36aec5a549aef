"""Why a correction file cannot be read: a reason and its data, never a sentence (the window and the command
line word it, in `ui/texts.py`)."""

from __future__ import annotations

from enum import Enum
from typing import Any

__all__ = ["FileProblem", "FileReadError"]


class FileProblem(Enum):
    NOT_FOUND = "not_found"  # data: path
    UNREADABLE = "unreadable"  # data: path, errno (permission, a folder, an I/O error)
    UNSUPPORTED_FORMAT = "unsupported_format"  # data: suffix (only .csv, .tsv, .txt, .xlsx, .xlsm)
    EMPTY = "empty"  # no header row at all
    UNKNOWN_ENCODING = "unknown_encoding"  # data: encoding (a name Python does not know)
    UNDECODABLE = "undecodable"  # data: encoding, row (the bytes do not fit the encoding chosen)
    BINARY = "binary"  # data: row (NUL bytes: not a text file, e.g. an .xls saved as .csv)
    DAMAGED_CSV = "damaged_csv"  # data: row, detail (e.g. a cell over the size limit)
    DAMAGED_WORKBOOK = "damaged_workbook"  # data: detail (not a ZIP, a part missing, invalid XML)
    NO_SUCH_SHEET = "no_such_sheet"  # data: sheet, sheets


class FileReadError(Exception):
    """A correction file that cannot be read; nothing was sent. ``reason`` says why, ``data`` the details."""

    def __init__(self, reason: FileProblem, **data: Any) -> None:
        super().__init__(reason.value, data)
        self.reason = reason
        self.data = data
