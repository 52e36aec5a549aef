"""A fast XLSX reader of our own: zipfile + defusedxml (no entity expansion, no external entities), the
chosen sheet streamed row by row with each row cleared once read (memory bounded).

It yields exactly what the openpyxl path (`xlsx.py`) yields and reuses openpyxl's own rules for what a cell
holds (number casting, date serials with the 1900/1904 systems, ISO dates, built-in formats) and ours
(`cell_text`) for how it reads. Anything it does not understand raises `Unsupported` (or the parser's own
error): the caller then reads the file through openpyxl instead, never a guess.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from defusedxml import ElementTree as SafeET
from openpyxl.styles.numbers import (
    BUILTIN_FORMATS,
    BUILTIN_FORMATS_REVERSE,
    is_date_format,
    is_timedelta_format,
)
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel, from_ISO8601

from leadeditor.editing.batch.cell_text import cell_text
from leadeditor.editing.batch.xlsx_sheet import RawCell, Unsupported, raw_rows

__all__ = ["Book", "Unsupported", "open_book"]

_MAIN: Final = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL: Final = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL: Final = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TYPES: Final = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_WORKBOOK_TYPES: Final = (  # openpyxl's order: templates, macro-enabled, plain
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
)
_STRINGS_TYPE: Final = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_WORKSHEET_REL: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
_CUSTOM_FORMAT_BASE: Final = 164  # openpyxl's BUILTIN_FORMATS_MAX_SIZE

_KNOWN_TYPES: Final = frozenset({"n", "s", "str", "b", "e", "d", "inlineStr"})


@dataclass(frozen=True)
class _Styles:
    formats: tuple[str, ...]  # each cell style's number format (cellXfs index)
    dates: frozenset[int]  # cell styles whose format shows a date
    durations: frozenset[int]  # ... a duration ([h]:mm)


@dataclass(frozen=True)
class Book:
    path: Path
    sheets: tuple[str, ...]
    parts: dict[str, str]  # sheet name -> its part in the ZIP
    active: int
    epoch: dt.datetime
    strings: list[str]
    styles: _Styles

    @property
    def active_title(self) -> str | None:
        return self.sheets[self.active] if 0 <= self.active < len(self.sheets) else None

    def records(self, sheet: str) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells as text) as `xlsx.records` yields them; raises on anything not understood."""
        with zipfile.ZipFile(self.path) as archive, archive.open(self.parts[sheet]) as src:
            yield from _Rows(self).read(src)


def _text(name: str, archive: zipfile.ZipFile) -> Any:
    return SafeET.fromstring(archive.read(name))


def _rels(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id -> (type, target part), targets resolved as openpyxl resolves them."""
    folder, name = posixpath.split(part)
    root = _text(posixpath.join(folder, "_rels", name + ".rels"), archive)
    out: dict[str, tuple[str, str]] = {}
    for rel in root.iter(_PKG_REL + "Relationship"):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            continue
        resolved = (
            target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        )
        out[rel.get("Id", "")] = (rel.get("Type", ""), resolved)
    return out


def _bool(value: str | None) -> bool:
    return value not in (None, "", "false", "f", "0")  # openpyxl's Bool


def _workbook_part(types: Any) -> str:
    overrides = {o.get("ContentType"): o.get("PartName", "") for o in types.iter(_TYPES + "Override")}
    for kind in _WORKBOOK_TYPES:
        if overrides.get(kind):
            return str(overrides[kind])[1:]
    raise Unsupported("workbook part")


def _styles(archive: zipfile.ZipFile) -> _Styles:
    root = _text("xl/styles.xml", archive)
    custom = {
        int(f.get("numFmtId", "")): f.get("formatCode", "")
        for f in root.findall(f"{_MAIN}numFmts/{_MAIN}numFmt")
    }
    xfs = root.findall(f"{_MAIN}cellXfs/{_MAIN}xf")
    if not xfs:  # openpyxl then keeps its defaults
        raise Unsupported("no cell styles")
    formats: list[str] = []
    dates: set[int] = set()
    durations: set[int] = set()
    for index, xf in enumerate(xfs):
        number = int(xf.get("numFmtId", "0"))
        code: str | None
        if number in custom:
            code = custom[number]
            shown = (
                BUILTIN_FORMATS[BUILTIN_FORMATS_REVERSE[code]] if code in BUILTIN_FORMATS_REVERSE else code
            )
        elif number < _CUSTOM_FORMAT_BASE:
            code = BUILTIN_FORMATS.get(number)
            shown = BUILTIN_FORMATS.get(number, "General")
        else:  # a custom id never defined: openpyxl's answer is not worth copying
            raise Unsupported("undefined number format")
        formats.append(shown)
        if is_date_format(code):
            dates.add(index)
        if is_timedelta_format(code):
            durations.add(index)
    return _Styles(tuple(formats), frozenset(dates), frozenset(durations))


def _strings(archive: zipfile.ZipFile, part: str | None) -> list[str]:
    """The shared strings, rich text runs joined (phonetic runs left out), as openpyxl reads them."""
    out: list[str] = []
    if part is None:
        return out
    with archive.open(part) as src:
        for _event, node in SafeET.iterparse(src):
            if node.tag == _MAIN + "si":
                out.append(_joined(node).replace("x005F_", ""))
                node.clear()
    return out


def _joined(node: Any) -> str:
    """A string item's text as openpyxl's `Text.content` has it: its last `<t>`, then each run's last."""
    parts = [t.text or "" for t in node.findall(_MAIN + "t")][-1:]
    for run in node.iterfind(_MAIN + "r"):
        parts.extend([t.text or "" for t in run.findall(_MAIN + "t")][-1:])
    return "".join(parts)


def open_book(path: Path) -> Book:
    """The workbook's sheets, shared strings and styles; raises Unsupported, zip or XML errors otherwise."""
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        types = _text("[Content_Types].xml", archive)
        part = _workbook_part(types)
        workbook = _text(part, archive)
        if workbook.tag != _MAIN + "workbook":
            raise Unsupported("workbook namespace")
        rels = _rels(archive, part)
        sheets: list[str] = []
        parts: dict[str, str] = {}
        for sheet in workbook.iterfind(f"{_MAIN}sheets/{_MAIN}sheet"):
            kind, target = rels.get(sheet.get(_REL + "id", ""), ("", ""))
            name = sheet.get("name")
            if kind != _WORKSHEET_REL or target not in names or name is None or name in parts:
                raise Unsupported("sheet")
            sheets.append(name)
            parts[name] = target
        if not sheets:
            raise Unsupported("no sheets")
        active = 0
        for view in workbook.iterfind(f"{_MAIN}bookViews/{_MAIN}workbookView"):
            tab = view.get("activeTab")
            if tab is not None:
                if not tab.isdigit():
                    raise Unsupported("active tab")
                active = int(tab)
                break
        props = workbook.find(_MAIN + "workbookPr")
        date1904 = props is not None and _bool(props.get("date1904"))
        strings_part = next(
            (
                o.get("PartName", "")[1:]
                for o in types.iter(_TYPES + "Override")
                if o.get("ContentType") == _STRINGS_TYPE
            ),
            None,
        )
        return Book(
            path=path,
            sheets=tuple(sheets),
            parts=parts,
            active=active,
            epoch=CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900,
            strings=_strings(archive, strings_part),
            styles=_styles(archive),
        )


_LETTERS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_COLUMNS: dict[str, int] = {}


def _coordinate(coordinate: str) -> tuple[int, int]:
    """openpyxl's `coordinate_to_tuple` for the usual "AB12", its letters looked up once."""
    digits = coordinate.lstrip(_LETTERS)
    letters = coordinate[: len(coordinate) - len(digits)]
    plain = digits.isdigit() and digits.isascii()
    column = _COLUMNS.get(letters)
    if column is None or not plain:
        number, column = coordinate_to_tuple(coordinate)  # openpyxl's own answer (or error)
        if plain and letters:  # at most 18,278 column names
            _COLUMNS[letters] = column
        return number, column
    return int(digits), column


class _Rows:
    """openpyxl's read-only row walk (`_cells_by_row`, `_get_row`) and `xlsx._records`' numbering, on our
    own cell parsing."""

    def __init__(self, book: Book) -> None:
        self._book = book
        self._formats = book.styles.formats
        self._dates = book.styles.dates
        self._durations = book.styles.durations
        self._strings = book.strings
        self._date_texts: dict[tuple[str, int], str] = {}

    def read(self, src: Any) -> Iterator[tuple[int, list[str]]]:
        counter = 1  # the next row openpyxl yields
        number = 0
        row_counter = 0
        for mark, raw in raw_rows(src):
            row_counter = int(mark) if mark is not None else row_counter + 1
            cells = self._cells(raw, row_counter)
            while counter < row_counter:  # rows missing from the XML
                counter += 1
                number += 1
                yield number, []
            if counter <= row_counter:
                counter += 1
                number, texts = self._fit(cells, number)
                yield number, texts

    def _cells(self, raw: list[RawCell], row_number: int) -> list[tuple[int, int, str]]:
        """(row, column, text) of each cell, in the file's order."""
        out: list[tuple[int, int, str]] = []
        column = 0
        for coordinate, kind, style, value, inline in raw:
            if coordinate:
                number, column = _coordinate(coordinate)
            else:
                number, column = row_number, column + 1
            out.append((number, column, self._value(kind, style, value or None, inline)))
        return out

    def _value(self, kind: str, style_id: str | None, value: str | None, inline: str | None) -> str:
        if kind not in _KNOWN_TYPES:
            raise Unsupported("cell type")
        if kind == "inlineStr":
            return inline or ""
        if value is None:
            return ""
        if kind == "s":
            return self._strings[int(value)]
        if kind == "n":
            style = int(style_id) if style_id is not None else 0
            if style < 0:
                raise Unsupported("style")
            number = float(value) if ("." in value or "E" in value or "e" in value) else int(value)
            if style in self._dates:
                key = (value, style)
                known = self._date_texts.get(key)
                if known is not None:
                    return known
                if len(self._date_texts) >= 4096:  # bounded: dates repeat down a column, or they do not
                    self._date_texts.clear()
                known = self._date_texts[key] = self._date(number, style)
                return known
            return cell_text(number, self._formats[style])
        if kind == "b":
            return cell_text(bool(int(value)))
        if kind == "d":
            return cell_text(from_ISO8601(value))
        return value  # "str" (a formula's cached text), "e" (an error such as #N/A)

    def _date(self, number: float, style: int) -> str:
        try:
            when = from_excel(number, self._book.epoch, timedelta=style in self._durations)
        except (OverflowError, ValueError):
            return "#VALUE!"  # openpyxl's reading of a date serial out of range
        return cell_text(when)

    @staticmethod
    def _fit(cells: list[tuple[int, int, str]], number: int) -> tuple[int, list[str]]:
        """The row as openpyxl's `_get_row` lays it out (as wide as its last cell) and its number."""
        if not cells:
            return number + 1, []
        width = cells[-1][1]
        slots: list[tuple[int, str] | None] = [None] * width
        for row, column, text in cells:
            if 1 <= column <= width:
                slots[column - 1] = (row, text)
        first = next((slot[0] for slot in slots if slot is not None and slot[0]), number + 1)
        return first, ["" if slot is None else slot[1] for slot in slots]
