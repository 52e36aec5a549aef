"""Open a correction file (CSV, TSV, XLSX) and stream its rows as the text the user sees.

`open_table` reads only what the preview needs (encoding, delimiter, header); `Table.rows()` streams the data
rows again from the file on each call, so a 100,000-row file never sits in memory. Every problem is a
`FileReadError` with a reason: nothing has been sent when one is raised.
"""

from __future__ import annotations

import codecs
import csv
import errno
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import BinaryIO, Final, TextIO

from leadeditor.editing.batch import xlsx
from leadeditor.editing.batch.delimiter import DelimiterChoice, detect_delimiter
from leadeditor.editing.batch.encoding import EncodingChoice, EncodingSource, detect_encoding, python_codec
from leadeditor.editing.batch.errors import FileProblem, FileReadError
from leadeditor.editing.batch.table import Column, HeaderIssue, Row, build_columns, fit_row

__all__ = ["FileFormat", "ReadOptions", "Table", "open_table"]

# a cell may hold a long comment, never megabytes: the limit stops a damaged file from filling memory
_FIELD_LIMIT: Final = 1 << 20
csv.field_size_limit(_FIELD_LIMIT)


class FileFormat(Enum):
    CSV = "csv"
    TSV = "tsv"
    XLSX = "xlsx"


_FORMATS: Final = {
    ".csv": FileFormat.CSV,
    ".txt": FileFormat.CSV,
    ".tsv": FileFormat.TSV,
    ".tab": FileFormat.TSV,
    ".xlsx": FileFormat.XLSX,
    ".xlsm": FileFormat.XLSX,
}


@dataclass(frozen=True)
class ReadOptions:
    """The user's overrides of what was detected (None: detect)."""

    encoding: str | None = None
    delimiter: str | None = None  # one character
    sheet: str | None = None

    def __post_init__(self) -> None:
        if self.delimiter is not None and len(self.delimiter) != 1:
            raise ValueError("delimiter")  # the window offers a list; the command line checks its option


@dataclass(frozen=True)
class Table:
    path: Path
    format: FileFormat
    columns: tuple[Column, ...]
    header_row: int
    header_issues: tuple[HeaderIssue, ...] = ()
    encoding: EncodingChoice | None = None  # text files only
    delimiter: DelimiterChoice | None = None  # text files only
    sheet: str | None = None  # workbooks only: the sheet read
    sheets: tuple[str, ...] = field(default=())  # workbooks only: every sheet, for the chooser

    def rows(self) -> Iterator[Row]:
        """The data rows after the header, empty ones included (`Row.is_empty`), read afresh from the file."""
        records = (
            xlsx.records(self.path, self.sheet)
            if self.format is FileFormat.XLSX
            else _text_records(self.path, self._codec(), self._delimiter())
        )
        width = len(self.columns)
        for number, cells in records:
            if number > self.header_row:
                yield fit_row(number, cells, width)

    def preview(self, count: int = 20) -> list[Row]:
        out: list[Row] = []
        for row in self.rows():
            if len(out) >= count:
                break
            if not row.is_empty:
                out.append(row)
        return out

    def _codec(self) -> str:
        assert self.encoding is not None
        return self.encoding.encoding

    def _delimiter(self) -> str:
        assert self.delimiter is not None
        return self.delimiter.delimiter


def _os_error(path: Path, exc: OSError) -> FileReadError:
    if isinstance(exc, FileNotFoundError):
        return FileReadError(FileProblem.NOT_FOUND, path=str(path))
    return FileReadError(FileProblem.UNREADABLE, path=str(path), errno=exc.errno or errno.EIO)


_CHUNK: Final = 1 << 16


def _ascii_compatible(codec: str) -> bool:
    """Whether line ends are the bytes CR and LF in this encoding (not in UTF-16/32)."""
    if codecs.lookup(codec).name == "utf-8-sig":  # its encoder writes a BOM first; its lines are UTF-8
        return True
    return "\r\n".encode(codec, errors="ignore") == b"\r\n"


class _Lines:
    """The file's lines with their ends (CR, LF or CRLF), each decoded strictly on its own so that a byte
    that does not fit the encoding, or a NUL byte, is a typed error naming its row."""

    def __init__(self, fh: BinaryIO, encoding: str) -> None:
        self._fh = fh
        self._encoding = encoding
        # Python's utf-8-sig decoder is written in Python (slow, line by line): plain UTF-8 less a leading
        # BOM is the same text
        self._sig = codecs.lookup(encoding).name == "utf-8-sig"
        self._codec = "utf-8" if self._sig else encoding
        self.row = 1  # the record being read (set by the caller)

    def _decode(self, line: bytes) -> str:
        if b"\0" in line:
            raise FileReadError(FileProblem.BINARY, row=self.row)
        try:
            text = line.decode(self._codec)
        except UnicodeDecodeError as exc:
            raise FileReadError(FileProblem.UNDECODABLE, encoding=self._encoding, row=self.row) from exc
        return text[1:] if self._sig and text.startswith("\ufeff") else text

    def __iter__(self) -> Iterator[str]:
        pending = b""
        while chunk := self._fh.read(_CHUNK):
            lines = (pending + chunk).splitlines(keepends=True)
            pending = lines.pop()
            if pending.endswith(b"\r"):  # maybe the first half of CRLF: wait for the next chunk
                pass
            elif pending.endswith(b"\n"):
                lines.append(pending)
                pending = b""
            for line in lines:
                yield self._decode(line)
        if pending:
            yield self._decode(pending)


def _wide_lines(fh: TextIO, encoding: str, lines: _Lines) -> Iterator[str]:
    """UTF-16/32 files (found by their BOM): decoded by Python's text layer, the row less exact."""
    while True:
        try:
            line = fh.readline()
        except UnicodeDecodeError as exc:
            raise FileReadError(FileProblem.UNDECODABLE, encoding=encoding, row=lines.row) from exc
        if not line:
            return
        if "\0" in line:
            raise FileReadError(FileProblem.BINARY, row=lines.row)
        yield line


def _text_records(path: Path, encoding: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(spreadsheet row, cells) of a text file; CR, LF and CRLF all end a row."""
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise _os_error(path, exc) from exc
    with raw:
        lines = _Lines(raw, encoding)
        source: Iterator[str] | _Lines = lines
        if not _ascii_compatible(encoding):
            source = _wide_lines(io.TextIOWrapper(raw, encoding=encoding, newline=""), encoding, lines)
        reader = csv.reader(source, delimiter=delimiter, strict=False)
        number = 0
        while True:
            number += 1
            lines.row = number
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise FileReadError(FileProblem.DAMAGED_CSV, row=number, detail=str(exc)) from exc
            except OSError as exc:
                raise _os_error(path, exc) from exc
            yield number, record


def _encoding(path: Path, wanted: str | None) -> EncodingChoice:
    if wanted is None:
        try:
            return detect_encoding(path)
        except OSError as exc:
            raise _os_error(path, exc) from exc
    codec = python_codec(wanted)
    if codec is None:
        raise FileReadError(FileProblem.UNKNOWN_ENCODING, encoding=wanted)
    if codec == "utf-8":  # a BOM is not part of the first header, whatever the user picked
        try:
            with path.open("rb") as fh:
                if fh.read(3) == b"\xef\xbb\xbf":
                    codec = "utf-8-sig"
        except OSError as exc:
            raise _os_error(path, exc) from exc
    return EncodingChoice(codec, EncodingSource.USER)


def _open_text(path: Path, fmt: FileFormat, options: ReadOptions) -> Table:
    encoding = _encoding(path, options.encoding)

    def lines() -> Iterator[str]:
        try:
            with path.open(encoding=encoding.encoding, errors="replace", newline="") as fh:
                yield from fh  # "replace": a sample for counting cells; the real read is strict
        except OSError as exc:
            raise _os_error(path, exc) from exc

    preferred = "\t" if fmt is FileFormat.TSV else ","
    delimiter = detect_delimiter(lines(), preferred=preferred, forced=options.delimiter)
    for number, record in _text_records(path, encoding.encoding, delimiter.delimiter):
        if any(cell.strip() for cell in record):
            columns, issues = build_columns(record)
            return Table(path, fmt, columns, number, issues, encoding=encoding, delimiter=delimiter)
    raise FileReadError(FileProblem.EMPTY)


def _open_workbook(path: Path, options: ReadOptions) -> Table:
    sheet, sheets, number, record = xlsx.header(path, options.sheet)
    columns, issues = build_columns(record)
    return Table(path, FileFormat.XLSX, columns, number, issues, sheet=sheet, sheets=sheets)


def open_table(path: Path | str, options: ReadOptions | None = None) -> Table:
    """Read a correction file's header and what was detected; raises FileReadError."""
    path = Path(path)
    options = options or ReadOptions()
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise FileReadError(FileProblem.UNSUPPORTED_FORMAT, suffix=path.suffix.lower())
    if not path.exists():
        raise FileReadError(FileProblem.NOT_FOUND, path=str(path))
    if path.is_dir():
        raise FileReadError(FileProblem.UNREADABLE, path=str(path), errno=errno.EISDIR)
    if fmt is FileFormat.XLSX:
        return _open_workbook(path, options)
    return _open_text(path, fmt, options)
