"""A spreadsheet cell as the text the user sees in it, for the values a lead can hold.

Excel stores ZIP codes and phone numbers as numbers: ``02134`` is the number 2134 shown through the format
``00000``, ``7185559999`` may arrive as the float 7185559999.0 or be shown as ``7.19E+09``. Applied here: zero
padding and digit patterns (``00000``, ``00000-0000``, ``(000) 000-0000``), fixed decimals, thousands
separators and percentages. Never a float's ``.0`` and never an exponent: a scientific format is read as the
whole number (it hides digits of a phone number). Dates are written YYYY-MM-DD whatever their format, the
form the API takes.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache
from typing import Final

__all__ = ["cell_text", "number_text"]

_QUOTED: Final = re.compile(r'"[^"]*"|\\.')
_BRACKETS: Final = re.compile(r"\[[^\]]*\]")
_FIXED: Final = re.compile(r"[#0,]*0(?:\.(0+))?")


def _plain(value: Decimal) -> str:
    """A number without exponent and without a trailing ``.0``."""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


@lru_cache(maxsize=256)  # a workbook has a handful of formats, met once per numeric cell
def _section(number_format: str) -> str:
    """The format's first section (positive numbers), with colours and conditions removed."""
    return _BRACKETS.sub("", number_format.split(";", 1)[0]).strip()


@lru_cache(maxsize=256)
def _literal(section: str) -> str | None:
    """The section with its quoted text unquoted, when it is a digit pattern (zeros and literals only)."""
    literal = _QUOTED.sub(lambda m: m.group(0).strip('"').lstrip("\\"), section)
    if "0" not in literal or any(ch in literal for ch in "#?.,%Ee"):
        return None
    return literal


def _digit_pattern(section: str, value: Decimal) -> str | None:
    """``00000``, ``000-00-0000``, ``(000) 000-0000``: a whole number poured into its zero placeholders."""
    literal = _literal(section)
    if literal is None or value != int(value) or value < 0:
        return None
    digits = str(int(value))
    slots = literal.count("0")
    if len(digits) > slots:  # more digits than the pattern: they all go in front, as Excel shows them
        digits, head = digits[len(digits) - slots :], digits[: len(digits) - slots]
    else:
        digits, head = digits.zfill(slots), ""
    out = iter(digits)
    return head + "".join(next(out) if ch == "0" else ch for ch in literal)


def number_text(value: int | float, number_format: str | None) -> str:
    """The text a number shows through its format (see the module's note for what is kept and why)."""
    section = _section(number_format or "General")
    general = section in ("", "General", "@") or "E" in section.upper()
    if general and type(value) is int:  # a lead ID, a phone number: its digits as they are
        return str(value)
    # a float keeps the 15 significant digits Excel keeps: 0.1+0.2 is shown as 0.3
    number = Decimal(format(value, ".15g")) if isinstance(value, float) else Decimal(value)
    if general:
        return _plain(number)
    pattern = _digit_pattern(section, number)
    if pattern is not None:
        return pattern
    percent = section.endswith("%")
    core = section.rstrip("%").strip()
    fixed = _FIXED.fullmatch(core)
    if fixed is None:
        return _plain(number)
    if percent:
        number *= 100
    decimals = len(fixed.group(1) or "")
    grouping = "," if "," in core.split(".")[0] else ""
    text = format(number, f"{grouping}.{decimals}f")
    return text + "%" if percent else text


def cell_text(value: object, number_format: str | None = None) -> str:
    """One cell's value (as openpyxl gives it) as text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, int | float):
        return number_text(value, number_format)
    return str(value)
