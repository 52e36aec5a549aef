"""One worksheet part's rows, streamed with expat under defusedxml's protections (an entity declaration or an
external entity is refused, as `defusedxml.expatreader` refuses them).

ElementTree's parser calls Python code for every element (a third of a 100,000-row read); these handlers
keep only what a cell's text needs, and a chunk of the file at a time. The raw cells go to `xlsx_stream`;
anything unexpected inside `<sheetData>` raises `Unsupported`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Final
from xml.parsers import expat

from defusedxml.common import EntitiesForbidden, ExternalReferenceForbidden

__all__ = ["RawCell", "RawRow", "Unsupported", "raw_rows"]

_MAIN: Final = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_CHUNK: Final = 1 << 16

RawCell = tuple[str | None, str, str | None, str | None, str | None]  # r, t, s, <v> text, inline text
RawRow = tuple[str | None, list[RawCell]]  # the row's r, its cells in the file's order


class Unsupported(Exception):
    """Something this reader does not handle: read the file through openpyxl."""


def _protect(parser: expat.XMLParserType) -> None:
    """defusedxml's DefusedExpatParser protections, on a bare expat parser."""

    def entity_decl(
        name: str,
        _is_pe: int,
        value: str | None,
        base: str | None,
        sysid: str | None,
        pubid: str | None,
        notation: str | None,
    ) -> None:
        raise EntitiesForbidden(name, value, base, sysid, pubid, notation)

    def unparsed_entity_decl(
        name: str, base: str | None, sysid: str | None, pubid: str | None, notation: str | None
    ) -> None:
        raise EntitiesForbidden(name, None, base, sysid, pubid, notation)

    def external_entity_ref(context: str, base: str | None, sysid: str | None, pubid: str | None) -> int:
        raise ExternalReferenceForbidden(context, base, sysid, pubid)

    parser.EntityDeclHandler = entity_decl
    parser.UnparsedEntityDeclHandler = unparsed_entity_decl
    parser.ExternalEntityRefHandler = external_entity_ref


def raw_rows(src: IO[bytes]) -> Iterator[RawRow]:
    """Each `<row>`'s number attribute and cells, as the file has them."""
    parser = expat.ParserCreate()
    _protect(parser)
    parser.buffer_text = True
    state = _State()
    parser.StartElementHandler = state.start
    parser.EndElementHandler = state.end
    parser.CharacterDataHandler = state.chars
    while chunk := src.read(_CHUNK):
        parser.Parse(chunk, False)
        yield from state.rows
        state.rows.clear()
    parser.Parse(b"", True)
    yield from state.rows


class _State:
    """What expat's handlers have read so far (a few rows at most)."""

    def __init__(self) -> None:
        self.rows: list[RawRow] = []
        self.root = False
        self.cells: list[RawCell] | None = None  # the row being read
        self.row_r: str | None = None
        self.in_cell = False
        self.cell: tuple[str | None, str, str | None] = (None, "n", None)  # r, t, s
        self.path: list[str] = []  # elements open inside the cell
        self.text: list[str] | None = None  # the <v> or <t> being collected
        self.value: str | None = None
        self.inline: list[str] | None = None  # the runs' texts of <is>
        self.plain: str | None = None  # its own <t>
        self.run: str | None = None  # the text of the run being read
        self.seen_v = self.seen_is = False

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if not self.root:
            self.root = True
            if name != "worksheet" or attrs.get("xmlns") != _MAIN:
                raise Unsupported("sheet namespace")
            return
        if self.text is not None or (self.cells is not None and "xmlns" in attrs):
            raise Unsupported("markup")
        if self.in_cell:
            path = self.path
            path.append(name)
            if path == ["v"]:
                if self.seen_v:
                    raise Unsupported("two values")
                self.seen_v = True
                self.text = []
            elif path == ["is"]:
                if self.seen_is:
                    raise Unsupported("two inline strings")
                self.seen_is = True
                self.inline = []
            elif self.inline is not None:  # openpyxl's Text.content: the last <t>, then each run's last
                if path == ["is", "t"] or path == ["is", "r", "t"]:
                    self.text = []
                elif path == ["is", "r"]:
                    self.run = None
            return
        if name == "c":
            if self.cells is None:
                raise Unsupported("cell outside a row")
            self.in_cell = True
            self.cell = (attrs.get("r"), attrs.get("t", "n"), attrs.get("s"))
            self.seen_v = self.seen_is = False
            self.value = None
            self.inline = None
            self.plain = None
        elif name == "row":
            if self.cells is not None:
                raise Unsupported("row in a row")
            self.cells = []
            self.row_r = attrs.get("r")
        elif self.cells is not None:
            raise Unsupported("row child")

    def end(self, name: str) -> None:
        if self.in_cell and self.path:
            closed = self.path.pop()
            if self.text is not None:
                joined = "".join(self.text)
                self.text = None
                if closed == "v":
                    self.value = joined
                elif len(self.path) == 1:  # <is><t>
                    self.plain = joined
                else:  # <is><r><t>
                    self.run = joined
            elif closed == "r" and self.path == ["is"] and self.inline is not None and self.run is not None:
                self.inline.append(self.run)
            return
        if self.in_cell:  # </c>
            assert self.cells is not None
            r, t, s = self.cell
            inline = None if self.inline is None else (self.plain or "") + "".join(self.inline)
            self.cells.append((r, t, s, self.value, inline))
            self.in_cell = False
        elif name == "row" and self.cells is not None:
            self.rows.append((self.row_r, self.cells))
            self.cells = None

    def chars(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)
