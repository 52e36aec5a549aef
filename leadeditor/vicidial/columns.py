"""The one table of standard `vicidial_list` columns, as the client knows them (PROTOCOL.md §2.5, §3.1, §4.1).

Every other place in the app that needs a fact about a standard column (storage rules, filters, the field
catalogue, the lead record, the editors' ranges) derives it from here, and names a column through the
constants below, never by a string of its own. The sandbox keeps its own copy of these facts on purpose (it
plays the server); `tests/architecture/test_sandbox_matches_columns.py` fails when the two differ.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Final

__all__ = [
    "BY_NAME",
    "COLUMNS",
    "EDITABLE",
    "READ_ORDER",
    "STANDARD",
    "Column",
    "Kind",
    "SqlType",
    "column",
]

# The column names, each written once in the whole app (outside the sandbox).
LEAD_ID: Final = "lead_id"
ENTRY_DATE: Final = "entry_date"
MODIFY_DATE: Final = "modify_date"
STATUS: Final = "status"
USER: Final = "user"
VENDOR_LEAD_CODE: Final = "vendor_lead_code"
SOURCE_ID: Final = "source_id"
LIST_ID: Final = "list_id"
GMT_OFFSET_NOW: Final = "gmt_offset_now"
CALLED_SINCE_LAST_RESET: Final = "called_since_last_reset"
PHONE_CODE: Final = "phone_code"
PHONE_NUMBER: Final = "phone_number"
TITLE: Final = "title"
FIRST_NAME: Final = "first_name"
MIDDLE_INITIAL: Final = "middle_initial"
LAST_NAME: Final = "last_name"
ADDRESS1: Final = "address1"
ADDRESS2: Final = "address2"
ADDRESS3: Final = "address3"
CITY: Final = "city"
STATE: Final = "state"
PROVINCE: Final = "province"
POSTAL_CODE: Final = "postal_code"
COUNTRY_CODE: Final = "country_code"
GENDER: Final = "gender"
DATE_OF_BIRTH: Final = "date_of_birth"
ALT_PHONE: Final = "alt_phone"
EMAIL: Final = "email"
SECURITY_PHRASE: Final = "security_phrase"
COMMENTS: Final = "comments"
CALLED_COUNT: Final = "called_count"
LAST_LOCAL_CALL_TIME: Final = "last_local_call_time"
RANK: Final = "rank"
OWNER: Final = "owner"
ENTRY_LIST_ID: Final = "entry_list_id"


class SqlType(Enum):
    VARCHAR = "varchar"
    ENUM = "enum"
    DATE = "date"
    DATETIME = "datetime"
    DECIMAL = "decimal"
    INTEGER = "integer"


class Kind(Enum):
    """What a value of the column is, for the editor and the refusal rules."""

    TEXT = "text"  # letters and a few marks, per the field's filter
    FREE_TEXT = "free_text"  # everything except ; # " (and `|`, tab, line breaks reach the output)
    CODE = "code"  # letters, digits, - and _
    DIGITS = "digits"  # phone numbers, IDs and counters
    ENUM = "enum"
    DATE = "date"
    DATETIME = "datetime"  # set by the server only
    DECIMAL = "decimal"


@dataclass(frozen=True)
class Column:
    """One standard `vicidial_list` column.

    ``read_order`` is its position in `lead_all_info`'s output (None when that function does not print it);
    ``param`` the `update_lead` parameter that writes it (None when the API cannot write it); ``blankable``
    whether ``--BLANK--`` empties it through that parameter.
    """

    name: str
    sql: SqlType
    kind: Kind
    label: str
    read_order: int | None = None
    param: str | None = None
    blankable: bool = False
    length: int = 0  # characters, VARCHAR
    choices: tuple[str, ...] = ()  # ENUM values
    minimum: int = 0  # INTEGER range
    maximum: int = 0
    digits: int = 0  # DECIMAL(digits, places)
    places: int = 0

    @property
    def editable(self) -> bool:
        return self.param is not None

    @property
    def api_range(self) -> tuple[int, int]:
        """The integers the API can write: its filter keeps digits only, so nothing below 0."""
        return max(0, self.minimum), self.maximum


_UINT32: Final = 4294967295
_UINT64: Final = 18446744073709551615
_CALL_FLAGS: Final = ("Y", "N", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7", "Y8", "Y9", "Y10", "D")


def _text(
    name: str,
    length: int,
    kind: Kind,
    label: str,
    order: int,
    *,
    param: str | None = None,
    blankable: bool = True,
) -> Column:
    return Column(name, SqlType.VARCHAR, kind, label, order, param or name, blankable, length=length)


# In `vicidial_list`'s own column order (the sandbox's CREATE TABLE follows it).
COLUMNS: Final[tuple[Column, ...]] = (
    Column(LEAD_ID, SqlType.INTEGER, Kind.DIGITS, "Lead ID", 31, minimum=0, maximum=_UINT32),
    Column(ENTRY_DATE, SqlType.DATETIME, Kind.DATETIME, "Entry date"),
    Column(MODIFY_DATE, SqlType.DATETIME, Kind.DATETIME, "Modify date"),
    _text(STATUS, 6, Kind.CODE, "Status", 0),
    _text(USER, 20, Kind.CODE, "User (last agent)", 1, param="user_field"),
    _text(VENDOR_LEAD_CODE, 20, Kind.FREE_TEXT, "Vendor lead code", 2),
    _text(SOURCE_ID, 50, Kind.FREE_TEXT, "Source ID", 3),
    Column(LIST_ID, SqlType.INTEGER, Kind.DIGITS, "List ID", 4, "list_id_field", minimum=0, maximum=_UINT64),
    Column(
        GMT_OFFSET_NOW,
        SqlType.DECIMAL,
        Kind.DECIMAL,
        "GMT offset",
        5,
        GMT_OFFSET_NOW,
        True,
        digits=4,
        places=2,
    ),
    Column(CALLED_SINCE_LAST_RESET, SqlType.ENUM, Kind.ENUM, "Called since last reset", choices=_CALL_FLAGS),
    _text(PHONE_CODE, 10, Kind.DIGITS, "Phone code", 6, blankable=False),
    _text(PHONE_NUMBER, 18, Kind.DIGITS, "Phone number", 7, blankable=False),
    _text(TITLE, 4, Kind.TEXT, "Title", 8),
    _text(FIRST_NAME, 30, Kind.TEXT, "First name", 9),
    _text(MIDDLE_INITIAL, 1, Kind.CODE, "Middle initial", 10),
    _text(LAST_NAME, 30, Kind.TEXT, "Last name", 11),
    _text(ADDRESS1, 100, Kind.TEXT, "Address line 1", 12),
    _text(ADDRESS2, 100, Kind.TEXT, "Address line 2", 13),
    _text(ADDRESS3, 100, Kind.TEXT, "Address line 3", 14),
    _text(CITY, 50, Kind.TEXT, "City", 15),
    _text(STATE, 2, Kind.TEXT, "State", 16),
    _text(PROVINCE, 50, Kind.TEXT, "Province", 17),
    _text(POSTAL_CODE, 10, Kind.TEXT, "Postal code", 18),
    _text(COUNTRY_CODE, 3, Kind.CODE, "Country code", 19),
    Column(GENDER, SqlType.ENUM, Kind.ENUM, "Gender", 20, GENDER, blankable=True, choices=("M", "F", "U")),
    Column(DATE_OF_BIRTH, SqlType.DATE, Kind.DATE, "Date of birth", 21, DATE_OF_BIRTH, blankable=True),
    _text(ALT_PHONE, 12, Kind.TEXT, "Alternate phone", 22),
    _text(EMAIL, 70, Kind.TEXT, "E-mail", 23),
    _text(SECURITY_PHRASE, 100, Kind.TEXT, "Security phrase", 24),
    _text(COMMENTS, 255, Kind.FREE_TEXT, "Comments", 25),
    Column(
        CALLED_COUNT, SqlType.INTEGER, Kind.DIGITS, "Called count", 26, CALLED_COUNT, minimum=0, maximum=65535
    ),
    Column(LAST_LOCAL_CALL_TIME, SqlType.DATETIME, Kind.DATETIME, "Last call", 27),
    Column(RANK, SqlType.INTEGER, Kind.DIGITS, "Rank", 28, RANK, minimum=-32768, maximum=32767),
    _text(OWNER, 20, Kind.TEXT, "Owner", 29),
    Column(ENTRY_LIST_ID, SqlType.INTEGER, Kind.DIGITS, "Entry list", 30, minimum=0, maximum=_UINT64),
)

BY_NAME: Final[dict[str, Column]] = {c.name: c for c in COLUMNS}
STANDARD: Final[frozenset[str]] = frozenset(BY_NAME)
# The columns of `lead_all_info`, in its output order (PROTOCOL §3.1).
READ_ORDER: Final[tuple[str, ...]] = tuple(
    c.name for c in sorted((c for c in COLUMNS if c.read_order is not None), key=lambda c: c.read_order or 0)
)
# Columns `update_lead` can write, by their parameter name.
EDITABLE: Final[dict[str, Column]] = {c.param: c for c in COLUMNS if c.param is not None}


def column(name: str) -> Column:
    """The column of this name; KeyError for a name that is not a standard column (a custom field)."""
    return BY_NAME[name]
