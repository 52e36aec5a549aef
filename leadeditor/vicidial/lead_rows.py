"""The raw rows of `lead_all_info` and `lead_search`, which the server prints without any escaping
(PROTOCOL §3).

`lead_all_info` is always asked for with ``stage=pipe&header=YES``: the header is repeated before every
record,
so records are cut at header lines (a value holding a line break cannot split a record) and each record's
fields are checked against the header's column count. A record with more fields than columns has a ``|``
inside
a free-text value; `Row.values_with` places the fields once those values are known from `lead_field_info`.
Bytes are decoded per field (UTF-8, else cp1252), so one stray byte spoils nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from leadeditor.vicidial import columns as col
from leadeditor.vicidial.responses import Code, Event, decode_lenient, strip_php_messages

__all__ = [
    "FREE_TEXT",
    "Row",
    "decode_field",
    "parse_lead_search",
    "plausible_value_on_500",
    "split_lead_all_info",
]

# Standard columns whose filter lets `|`, tab, comma and line breaks through (PROTOCOL §1.4); custom
# fields too.
FREE_TEXT = frozenset(c.name for c in col.COLUMNS if c.kind is col.Kind.FREE_TEXT)
_STANDARD = list(col.READ_ORDER)
_HEADER_START = ("|".join(_STANDARD[:5]) + "|").encode()


def decode_field(data: bytes) -> str:
    return decode_lenient(data)


@dataclass(frozen=True)
class Row:
    """One `lead_all_info` record: the header printed before it, and its raw bytes."""

    header: list[str]
    raw: bytes

    def parts(self) -> list[bytes]:
        return self.raw.split(b"|")

    def values(self) -> dict[str, str] | None:
        """Column → value, or None when the field count does not match the header."""
        try:  # fast path: the whole record is UTF-8
            texts = self.raw.decode("utf-8").split("|")
        except UnicodeDecodeError:
            texts = [decode_field(part) for part in self.parts()]
        if len(texts) != len(self.header):
            return None
        return dict(zip(self.header, texts, strict=True))

    def lead_id_text(self) -> str:
        """The lead ID, when it can be located without knowing the free-text values."""
        values = self.values()
        if values is not None:
            return values.get(col.LEAD_ID, "")
        if self.header and self.header[-1] == col.LEAD_ID:
            return decode_field(self.parts()[-1])
        return ""

    def values_with(self, known: dict[str, str]) -> dict[str, str] | None:
        """Place the fields given the true values of the ambiguous columns; None when they do not fit."""
        parts = self.parts()
        widths = [known[c].count("|") + 1 if c in known else 1 for c in self.header]
        if sum(widths) != len(parts):
            return None
        values: dict[str, str] = {}
        at = 0
        for name, width in zip(self.header, widths, strict=True):
            text = decode_field(b"|".join(parts[at : at + width]))
            if name in known and text != known[name]:
                return None  # the lead changed between the two reads
            values[name] = text
            at += width
        return values


def _is_header(line: bytes) -> list[str] | None:
    if not line.startswith(_HEADER_START):
        return None
    names = decode_field(line.rstrip(b"\r")).split("|")
    return names if names[: len(_STANDARD)] == _STANDARD else None


def split_lead_all_info(body: bytes) -> tuple[bytes, list[Row]]:
    """(the lines before the first header, the records), from a ``stage=pipe&header=YES`` body."""
    text, _ = strip_php_messages(body.decode("latin-1"))  # latin-1 round-trips bytes exactly
    lines = text.encode("latin-1").split(b"\n")
    prelude: list[bytes] = []
    rows: list[Row] = []
    header: list[str] | None = None
    buffer: list[bytes] = []

    def flush() -> None:
        if header is None:
            return
        while buffer and buffer[-1] == b"":
            buffer.pop()  # the record's own line end
        if buffer:
            rows.append(Row(header, b"\n".join(buffer)))

    for line in lines:
        names = _is_header(line)
        if names is not None:
            flush()
            header, buffer = names, []
        elif header is None:
            prelude.append(line)
        else:
            buffer.append(line)
    flush()
    return b"\n".join(prelude), rows


_SEARCH_ROW = re.compile(r"^(?P<key>.*)\|(?P<count>\d+)\|(?P<ids>[0-9-]*)$", re.S)


def parse_lead_search(events: list[Event]) -> list[int] | None:
    """Every lead ID of `lead_search`'s ``key|count|id-id-…`` rows; None when there is no such row."""
    found: list[int] = []
    rows = 0
    for event in events:
        if event.code is not Code.RAW:
            continue
        row = _SEARCH_ROW.match(event.line)
        if row is None:
            continue
        rows += 1
        found.extend(int(part) for part in row.group("ids").split("-") if part)
    return found if rows else None


_ERROR_TEXT = re.compile(
    r"<html|<!doctype|</b>|fatal error|stack trace|uncaught |internal server error", re.I
)


def plausible_value_on_500(text: str) -> bool:
    """True when a `lead_field_info` body sent with HTTP 500 is the value itself (see observed.md).

    On PHP 8 the value is printed, then the API's own log INSERT fails on an apostrophe or a backslash in it
    and the script dies with 500. Anything else with 500 (an empty body, an error line, HTML or PHP
    error text) is a real failure.
    """
    if not text or not ("'" in text or "\\" in text):
        return False
    if text.startswith(("ERROR:", "NOTICE:", "SUCCESS:")):
        return False
    return _ERROR_TEXT.search(text) is None
