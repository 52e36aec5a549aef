"""How MySQL (non-strict, VICIdial's 3-byte `utf8`) stores a value in a `vicidial_list` column.

Facts from PROTOCOL.md §4.1 and §5 (items 6, 7, 22): over-long text is cut to the column length in characters,
invalid enum, date and decimal values are coerced, integers are clipped to their range, and characters outside
the Basic Multilingual Plane become question marks. The column types and limits come from `columns.py`; the
sandbox keeps its own copy of these rules (it plays the server).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from leadeditor.vicidial.columns import BY_NAME, SqlType

__all__ = [
    "coerce_date",
    "coerce_decimal",
    "coerce_integer",
    "replace_non_bmp",
    "store",
]


ZERO_DATE = "0000-00-00"


def replace_non_bmp(value: str, *, non_latin: bool) -> str:
    """3-byte `utf8` cannot hold characters above U+FFFF: one `?` each (non_latin=0), `????` (non_latin=1)."""
    if all(ord(ch) <= 0xFFFF for ch in value):
        return value
    mark = "????" if non_latin else "?"
    return "".join(mark if ord(ch) > 0xFFFF else ch for ch in value)


_NUMBER_PREFIX = re.compile(r"\s*([-+]?(?:\d+\.?\d*|\.\d+))")


def coerce_decimal(value: str, *, digits: int = 4, places: int = 2) -> str:
    """A string into DECIMAL(digits, places) the non-strict way: leading number, rounded, clipped."""
    match = _NUMBER_PREFIX.match(value)
    try:
        number = Decimal(match.group(1)) if match else Decimal(0)
    except InvalidOperation:
        number = Decimal(0)
    quantum = Decimal(1).scaleb(-places)
    number = number.quantize(quantum, rounding=ROUND_HALF_UP)
    limit = Decimal(10 ** (digits - places)) - quantum
    number = max(-limit, min(limit, number))
    if number == 0:
        number = abs(number)
    return f"{number:.{places}f}"


_INT_PREFIX = re.compile(r"\s*([-+]?\d+)")


def coerce_integer(value: str, minimum: int, maximum: int) -> str:
    """A string into an integer column: leading integer (0 when none), clipped to the column's range."""
    match = _INT_PREFIX.match(value)
    number = int(match.group(1)) if match else 0
    return str(max(minimum, min(maximum, number)))


_DIGIT_RUN = re.compile(r"\d+")
_TIME_LIMITS = (23, 59, 59)  # hour, minute, second after the date parts


def _date_parts(text: str) -> list[str]:
    """The numeric parts MySQL's `str_to_datetime` reads: fixed widths for bare digits (YYYYMMDD, YYMMDD,
    ...), otherwise every digit run up to the next delimiter (so `17-05-1980` reads day 1980, not 19)."""
    digits = len(text) - len(text.lstrip("0123456789"))
    if digits == len(text):
        year = 4 if digits in (4, 8) or digits >= 14 else 2
        widths = (year, 2, 2, 2, 2, 2)
        parts, pos = [], 0
        for width in widths:
            if pos >= len(text):
                break
            parts.append(text[pos : pos + width])
            pos += width
        return parts
    parts, pos = [], 0
    while len(parts) < 7 and pos < len(text) and text[pos].isdigit():
        run = _DIGIT_RUN.match(text, pos)
        assert run is not None
        parts.append(run.group())
        pos = run.end()
        while pos < len(text) and not text[pos].isalnum():
            pos += 1  # any run of punctuation is one delimiter
    return parts


def _valid_date(year: int, month: int, day: int) -> bool:
    if month == 0 or day == 0:
        return month <= 12 and day <= 31  # zero parts are allowed when NO_ZERO_IN_DATE is off
    if month > 12:
        return False
    days = (
        31,
        29 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    )
    return day <= days[month - 1]


def coerce_date(value: str) -> str:
    """A string into a DATE column the non-strict way: `YYYY-MM-DD` (relaxed delimiters, YYYYMMDD, 2-digit
    years), a time part after the date dropped if valid; anything else `0000-00-00` (PROTOCOL §5.7)."""
    parts = _date_parts(value.lstrip())
    if len(parts) < 3:
        return ZERO_DATE
    numbers = [int(part) for part in parts]
    if any(number > 999999 for number in numbers):
        return ZERO_DATE
    year, month, day = numbers[:3]
    if len(parts[0]) == 2 and any(numbers):
        year += 2000 if year < 70 else 1900
    if year > 9999 or any(n > limit for n, limit in zip(numbers[3:6], _TIME_LIMITS, strict=False)):
        return ZERO_DATE
    if not _valid_date(year, month, day):
        return ZERO_DATE
    return f"{year:04d}-{month:02d}-{day:02d}"


def store(column: str, value: str, *, non_latin: bool = False) -> str:
    """What the column holds after MySQL stores ``value`` (already through the API's filters)."""
    spec = BY_NAME.get(column)
    if spec is None:  # custom fields and unknown columns: only the charset applies here
        return replace_non_bmp(value, non_latin=non_latin)
    if spec.sql is SqlType.VARCHAR:
        return replace_non_bmp(value, non_latin=non_latin)[: spec.length]
    if spec.sql is SqlType.ENUM:
        # _ci collation: enum values match case-insensitively and are stored in the enum's own spelling
        for choice in spec.choices:
            if value.upper() == choice.upper():
                return choice
        return ""
    if spec.sql is SqlType.DATE:
        return coerce_date(value)
    if spec.sql is SqlType.DECIMAL:
        return coerce_decimal(value, digits=spec.digits, places=spec.places)
    if spec.sql is SqlType.INTEGER:
        return coerce_integer(value, spec.minimum, spec.maximum)
    return value
