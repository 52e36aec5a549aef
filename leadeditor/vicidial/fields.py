"""The catalogue of editable lead fields, and what the server will really store for a value.

One row per `vicidial_list` column that `update_lead` can write (PROTOCOL.md §2.5): its API parameter, column
length, whether `--BLANK--` can clear it and what that leaves, and its kind. `predict_stored` runs a value
through the same path as the real request made by `VicidialClient.update` (newline and backslash handling,
the server's input filter, MySQL's column rules), so the user can be told before anything is sent.

Refuse or transform: `to_wire` transforms only what keeps the user's meaning (NFC, CR dropped, newlines and
backslashes encoded in free text, separators and commas left out of a new phone number). `refusal` names the
values the client will not send because the server would store another plausible value (numbers with a sign,
a decimal point or out of range, dates not written YYYY-MM-DD, an invalid gender, phone numbers over 18
digits, bytes that are not UTF-8), as a `ValueNote`; `VicidialClient.update` raises `ValueRefused`
(a ValueError carrying the note) for them and `predict_stored` answers None. Characters the filters remove
and text cut to the column length are sent, and predicted.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any, Final

from leadeditor.lead_keys import ascii_digits, phone_digits
from leadeditor.vicidial import columns as col
from leadeditor.vicidial.columns import Kind, SqlType
from leadeditor.vicidial.filters import (
    FilterKind,
    ParamFilter,
    apply_custom_field_filter,
    apply_input_filter,
    param_filter,
)
from leadeditor.vicidial.storage import replace_non_bmp, store
from leadeditor.vicidial.value_notes import Kept, NoteReason, ValueNote

__all__ = [
    "BLANK",
    "BLANK_TOKEN",
    "FIELDS",
    "Blank",
    "FieldGroup",
    "FieldKind",
    "FieldSpec",
    "NoteReason",
    "ValueNote",
    "custom_to_wire",
    "explain",
    "field",
    "predict_custom_stored",
    "predict_stored",
    "refusal",
    "to_wire",
]

BLANK_TOKEN: Final = "--BLANK--"


class Blank:
    """The sentinel for "blank this field" (sent as ``--BLANK--``)."""

    _instance: Blank | None = None

    def __new__(cls) -> Blank:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "BLANK"

    def __reduce__(self) -> str:
        return "BLANK"


BLANK: Final = Blank()


FieldKind = Kind  # the column table's kinds


class FieldGroup(Enum):
    NAME = "Name"
    CONTACT = "Contact"
    ADDRESS = "Address"
    DIALING = "Dialing"
    NOTES = "Notes"
    SOURCE = "Source"


@dataclass(frozen=True)
class FieldSpec:
    """One editable lead field."""

    column: str
    param: str
    label: str
    group: FieldGroup
    kind: FieldKind
    blankable: bool
    choices: tuple[str, ...] = ()
    hint: str = ""

    @property
    def length(self) -> int:
        """The column length in characters (0 for non-text columns)."""
        return col.column(self.column).length

    @property
    def blank_stores(self) -> str | None:
        """What the column holds after ``--BLANK--``; None when the server cannot blank it."""
        if not self.blankable:
            return None
        return predict_stored(self, BLANK)


def _f(column: str, group: FieldGroup, hint: str = "") -> FieldSpec:
    spec = col.column(column)
    assert spec.param is not None, f"{column} is not writable through update_lead"
    return FieldSpec(column, spec.param, spec.label, group, spec.kind, spec.blankable, spec.choices, hint)


# The form's layout: which columns it edits, in which group and order; the facts come from the column table.
FIELDS: Final[tuple[FieldSpec, ...]] = (
    _f(col.TITLE, FieldGroup.NAME),
    _f(col.FIRST_NAME, FieldGroup.NAME),
    _f(col.MIDDLE_INITIAL, FieldGroup.NAME),
    _f(col.LAST_NAME, FieldGroup.NAME),
    _f(col.GENDER, FieldGroup.NAME, "Blanking leaves it empty, not U"),
    _f(col.DATE_OF_BIRTH, FieldGroup.NAME, "YYYY-MM-DD; blanking stores 0000-00-00"),
    _f(col.PHONE_NUMBER, FieldGroup.CONTACT, "Changed only with “Change phone number”"),
    _f(col.ALT_PHONE, FieldGroup.CONTACT),
    _f(col.EMAIL, FieldGroup.CONTACT),
    _f(col.SECURITY_PHRASE, FieldGroup.CONTACT),
    _f(col.ADDRESS1, FieldGroup.ADDRESS),
    _f(col.ADDRESS2, FieldGroup.ADDRESS),
    _f(col.ADDRESS3, FieldGroup.ADDRESS),
    _f(col.CITY, FieldGroup.ADDRESS),
    _f(col.STATE, FieldGroup.ADDRESS),
    _f(col.PROVINCE, FieldGroup.ADDRESS),
    _f(col.POSTAL_CODE, FieldGroup.ADDRESS),
    _f(col.COUNTRY_CODE, FieldGroup.ADDRESS),
    _f(col.STATUS, FieldGroup.DIALING),
    _f(col.LIST_ID, FieldGroup.DIALING, "Moves the lead to another list"),
    _f(col.OWNER, FieldGroup.DIALING),
    _f(col.USER, FieldGroup.DIALING),
    _f(col.RANK, FieldGroup.DIALING, "0 to 32767"),
    _f(col.CALLED_COUNT, FieldGroup.DIALING, "0 to 65535"),
    _f(col.PHONE_CODE, FieldGroup.DIALING),
    _f(col.GMT_OFFSET_NOW, FieldGroup.DIALING, "-99.99 to 99.99; blanking stores 0.00"),
    _f(col.VENDOR_LEAD_CODE, FieldGroup.SOURCE),
    _f(col.SOURCE_ID, FieldGroup.SOURCE),
    _f(col.COMMENTS, FieldGroup.NOTES),
)

_BY_COLUMN: Final[dict[str, FieldSpec]] = {f.column: f for f in FIELDS}
_BY_PARAM: Final[dict[str, FieldSpec]] = {f.param: f for f in FIELDS}


def field(name: str) -> FieldSpec:
    """The field of a column name (or its API parameter name, e.g. ``user_field``)."""
    spec = _BY_COLUMN.get(name) or _BY_PARAM.get(name)
    if spec is None:
        raise KeyError(f"not an editable lead field: {name!r}")
    return spec


def _spec(f: FieldSpec | str) -> FieldSpec:
    return f if isinstance(f, FieldSpec) else field(f)


_MYSQL_ESCAPES: Final = {"0": "\0", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a"}


def _escape_for_mysql(value: str) -> str:
    """Double every backslash so that MySQL, which reads them as escapes in the unescaped SQL, keeps them."""
    return value.replace("\\", "\\\\")


def _mysql_unescape(value: str) -> str:
    """What MySQL makes of backslashes in a string literal (the server escapes nothing, PROTOCOL §2.5)."""
    out: list[str] = []
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            if nxt in "%_":
                out.append("\\" + nxt)
            else:
                out.append(_MYSQL_ESCAPES.get(nxt, nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


_SURROGATES: Final = re.compile("[\ud800-\udfff]")
# ASCII digits only: "٣" or "１４" must be refused, not read as 3 or 14
_DECIMAL: Final = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)", re.ASCII)
_DATE: Final = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)
_PHONE_LENGTH: Final = col.column(col.PHONE_NUMBER).length
_PHONE_CODE_LENGTH: Final = col.column(col.PHONE_CODE).length


def to_wire(f: FieldSpec | str, value: str | Blank) -> str:
    """The parameter value the client sends for a field.

    NFC first (PROTOCOL §1.4, §5.5: the non-latin filters drop combining marks, so ``e`` + U+0301 would lose
    its accent). CR is dropped (CRLF would be stored as CR followed by ``!N``, §5.9). In the free-text fields,
    the only ones whose filter lets newlines and backslashes reach the SQL (§2.5), newlines become ``!N`` and
    backslashes are doubled so that what the user typed is what is stored; elsewhere the filter removes both.
    A new phone number loses spaces, dashes, dots, brackets and commas (§5 item 12: a comma would be stored).
    """
    if isinstance(value, Blank):
        return BLANK_TOKEN
    spec = _spec(f)
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "")
    if spec.column == col.PHONE_NUMBER:
        return phone_digits(text)
    if spec.kind is FieldKind.FREE_TEXT:
        return _escape_for_mysql(text).replace("\n", "!N")
    return text


def refusal(f: FieldSpec | str, value: str | Blank) -> ValueNote | None:
    """Why `VicidialClient.update` will not send ``value`` for this field (a note), or None when it will.

    The client refuses what the server would turn into a different value that looks valid (PROTOCOL §5
    items 7 and 12): a sign or decimal point dropped from a number, a number clipped to its column's range,
    a date in another format or an impossible date (stored as 0000-00-00), a gender that would be stored
    empty, a phone number cut to 18 digits or stripped of a ``+``, and bytes that are not valid UTF-8 (with
    non_latin=1 they wipe the whole value, §1.4; how MySQL stores them in the free-text fields is not
    specified). Characters the filters remove and text cut to the column length are not refused: they are
    predicted and explained. `predict_stored` still predicts a refused value (what the server would store).
    `ui.texts.note_text` words the note.
    """
    spec = _spec(f)

    def note(reason: NoteReason, **data: Any) -> ValueNote:
        return ValueNote(reason, spec.column, spec.label, **data)

    if value == BLANK_TOKEN:  # typed literally, it does what BLANK does (§1.5)
        value = BLANK
    if isinstance(value, Blank):
        return None if spec.blankable else note(NoteReason.NOT_BLANKABLE)
    if value == "":
        return note(NoteReason.EMPTY_VALUE)
    if _SURROGATES.search(value):
        return note(NoteReason.INVALID_UTF8)
    column = spec.column
    if column in _TEXT_COLUMNS:  # nothing below applies to free text (a batch asks this for every cell)
        return None
    text = value.strip()
    table = col.column(column)
    if column == col.PHONE_NUMBER:
        digits = to_wire(spec, value)
        if not (ascii_digits(digits) and len(digits) <= _PHONE_LENGTH):
            return note(NoteReason.PHONE_DIGITS, length=_PHONE_LENGTH)
    elif table.sql is SqlType.INTEGER:
        if text.startswith("-") and ascii_digits(text[1:]):
            return note(NoteReason.NEGATIVE)
        lowest, highest = table.api_range
        lowest = max(lowest, 1) if column == col.LIST_ID else lowest  # list 0 is no list
        if not ascii_digits(text) or not lowest <= int(text) <= highest:
            return note(NoteReason.INTEGER_RANGE, lowest=str(lowest), highest=str(highest))
    elif column == col.PHONE_CODE:
        code = text[1:] if text.startswith("+") else text
        if not (ascii_digits(code) and len(code) <= _PHONE_CODE_LENGTH):
            return note(NoteReason.PHONE_CODE_DIGITS, length=_PHONE_CODE_LENGTH)
    elif table.sql is SqlType.DECIMAL:
        # the largest value that does not round past DECIMAL(digits, places), e.g. 99.99 for (4, 2)
        top = Decimal(10 ** (table.digits - table.places)) - Decimal(1).scaleb(-table.places)
        limit = top + Decimal(5).scaleb(-table.places - 1)
        if not _DECIMAL.fullmatch(text) or abs(Decimal(text)) >= limit:
            return note(NoteReason.DECIMAL_RANGE, highest=str(top))
    elif table.sql is SqlType.DATE:
        if text != "0000-00-00" and not _real_date(text):
            return note(NoteReason.DATE_FORMAT)
    elif table.sql is SqlType.ENUM:
        kept = apply_input_filter(spec.param, text)
        if kept and kept not in spec.choices:
            return note(NoteReason.ENUM_CHOICE, choices=spec.choices)
    return None


# the columns whose values `refusal` checks only for the blank token, emptiness and valid UTF-8
_TEXT_COLUMNS: Final = frozenset(
    f.column
    for f in FIELDS
    if f.column not in (col.PHONE_NUMBER, col.PHONE_CODE)
    and col.column(f.column).sql not in (SqlType.INTEGER, SqlType.DECIMAL, SqlType.DATE, SqlType.ENUM)
)


def _real_date(text: str) -> bool:
    match = _DATE.fullmatch(text)
    if match is None:
        return False
    year, month, day = (int(part) for part in match.groups())
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return year >= 1000


def _to_display(stored: str) -> str:
    """The stored text as `read_lead` shows it: VICIdial's ``!N`` marker back into newlines."""
    return stored.replace("!N", "\n")


def predict_stored(f: FieldSpec | str, value: str | Blank, *, non_latin: bool = False) -> str | None:
    """Exactly what the server will store when the client sends ``value`` for this field.

    The result is shown the way `VicidialClient.read_lead` returns it (newlines, not ``!N``). None means the
    server will leave the field as it is: an empty value, BLANK for a field the server cannot blank, nothing
    surviving its filter, or (non_latin=1) a value that is not valid UTF-8. This is a pure prediction of the
    server: values that `VicidialClient.update` refuses to send (`refusal`) are still predicted, so that the
    caller can show what the server would have made of them.
    """
    spec = _spec(f)
    wire = to_wire(spec, value)
    filtered = apply_input_filter(spec.param, wire, non_latin=non_latin)
    if filtered is None or filtered == "":
        return None
    return _stored_from_filtered(spec, filtered, non_latin)


def _stored_from_filtered(spec: FieldSpec, filtered: str, non_latin: bool) -> str:
    sql_value = filtered
    if spec.kind is FieldKind.FREE_TEXT:
        sql_value = _mysql_unescape(filtered)
    if filtered == BLANK_TOKEN:
        # the server turns the quoted token "--BLANK--" into "" in the SQL; a filter that mangles the token
        # ('----' for dates and decimals, 'BLANK' for gender) leaves MySQL to coerce the remains
        sql_value = ""
    stored = store(spec.column, sql_value, non_latin=non_latin)
    return _to_display(stored)


def custom_to_wire(value: str | Blank) -> str:
    """The parameter value the client sends for a custom field.

    Custom values reach the SQL unescaped too (PROTOCOL §2.9), after a filter that drops ``;`` and ``"`` and
    one trailing backslash: those two characters are left out here, backslashes doubled, and one more added
    after a trailing backslash for the filter to take, so that backslashes are stored as typed (``C:\\temp\\``
    would otherwise hold a TAB, or break the statement).
    """
    if isinstance(value, Blank):
        return BLANK_TOKEN
    text = _escape_for_mysql(value.replace(";", "").replace('"', ""))
    return text + "\\" if text.endswith("\\") else text


def predict_custom_stored(value: str | Blank, *, non_latin: bool = False) -> str:
    """What a custom field (TEXT type) will hold: an empty value or BLANK clears it."""
    if isinstance(value, Blank):
        return ""
    filtered = apply_custom_field_filter(custom_to_wire(value))
    if filtered == BLANK_TOKEN:
        return ""
    return replace_non_bmp(_mysql_unescape(filtered), non_latin=non_latin)


def _kept(flt: ParamFilter) -> Kept:
    """What a filter keeps, as facts (`ui.texts` words them)."""
    if flt.kind is FilterKind.STRIP:
        return Kept(strip=tuple(flt.strip_chars))
    plus_is_space = flt.plus == "space"  # said separately: "'+' becomes a space"
    symbols = tuple(
        c for c in flt.ascii_chars if not c.isdigit() and c != " " and not (c == "+" and plus_is_space)
    )
    return Kept(
        upper_only=flt.upper_only,
        letters=flt.letters and not flt.upper_only,
        digits="0" in flt.ascii_chars,
        space=" " in flt.ascii_chars,
        symbols=symbols,
    )


def explain(f: FieldSpec | str, value: str | Blank, *, non_latin: bool = False) -> list[ValueNote]:
    """Each difference between what was typed and what will be stored, as notes (`ui.texts.note_text`).

    An empty list means the server stores exactly what was typed.
    """
    spec = _spec(f)

    def note(reason: NoteReason, **data: Any) -> ValueNote:
        return ValueNote(reason, spec.column, spec.label, **data)

    reasons: list[ValueNote] = []
    refused = refusal(spec, value)
    if isinstance(value, Blank):
        if refused is not None:
            return [refused]
        stored = predict_stored(spec, BLANK, non_latin=non_latin)
        if stored:
            reasons.append(note(NoteReason.BLANK_STORES, stored=stored))
        return reasons
    if value == "":
        return [note(NoteReason.LEAVES_UNCHANGED)]
    if refused is not None:
        return [note(NoteReason.NOT_SENT, refused=refused)]
    stored = predict_stored(spec, value, non_latin=non_latin)
    flt = param_filter(spec.param)
    typed = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "")
    if spec.column == col.PHONE_NUMBER:
        typed = to_wire(spec, typed)
    as_filtered = apply_input_filter(spec.param, to_wire(spec, typed), non_latin=non_latin)
    if stored == "" and as_filtered == BLANK_TOKEN:
        return [note(NoteReason.BLANK_TOKEN_EMPTIES)]
    if "\r" in value:
        reasons.append(note(NoteReason.CR_DROPPED))
    removed: list[str] = []
    lost_whole = False
    if flt is not None:
        probe_value = to_wire(spec, typed)
        whole = apply_input_filter(spec.param, probe_value, non_latin=non_latin)
        lost_whole = whole is None
        for ch in dict.fromkeys(typed):
            if ch == "+" or ch == "\n" or ch == "\\":
                continue
            kept = apply_input_filter(spec.param, ch, non_latin=non_latin)
            if kept is None or kept == "":
                removed.append(ch)
        if "+" in typed:
            plus = apply_input_filter(spec.param, "+", non_latin=non_latin)
            if plus == " ":
                reasons.append(note(NoteReason.PLUS_BECOMES_SPACE))
            elif plus == "":
                reasons.append(note(NoteReason.PLUS_REMOVED))
        if "\n" in typed and flt.kind is not FilterKind.STRIP:
            removed.append("\n")
    if lost_whole:
        reasons.append(note(NoteReason.DROPPED_WHOLE))
    non_latin_letters = [ch for ch in removed if ord(ch) > 127 and not non_latin and ch.isalpha()]
    beyond_bmp = [ch for ch in removed if ord(ch) > 0xFFFF and ch not in non_latin_letters]
    others = [ch for ch in removed if ch not in non_latin_letters and ch not in beyond_bmp]
    if non_latin_letters:
        reasons.append(note(NoteReason.REMOVED_NON_LATIN, chars=tuple(non_latin_letters)))
    if beyond_bmp:
        reasons.append(note(NoteReason.REMOVED_BEYOND_BMP, chars=tuple(beyond_bmp)))
    if others:
        if flt is not None and flt.kind is FilterKind.STRIP:
            reasons.append(note(NoteReason.REMOVED_STRIPPED, chars=tuple(others)))
        else:
            reasons.append(
                note(NoteReason.REMOVED_NOT_KEPT, chars=tuple(others), kept=_kept(flt) if flt else None)
            )
    if "!N" in typed and spec.kind is FieldKind.FREE_TEXT:
        reasons.append(note(NoteReason.LINE_BREAK_MARKER))
    if any(ord(ch) > 0xFFFF for ch in as_filtered or ""):
        reasons.append(note(NoteReason.BEYOND_BMP_STORED, stored="????" if non_latin else "?"))
    if stored is None:
        reasons.append(note(NoteReason.NOTHING_SURVIVES))
        return reasons
    column = col.column(spec.column)
    if column.sql is SqlType.VARCHAR:
        wire_len = len(replace_non_bmp(to_wire(spec, typed).replace("\\\\", "\\"), non_latin=non_latin))
        if wire_len > column.length and len(stored.replace("\n", "!N")) >= column.length:
            reasons.append(note(NoteReason.CUT, length=column.length))
    elif stored != typed:
        if column.sql is SqlType.DATE and stored == "0000-00-00":
            reasons.append(note(NoteReason.INVALID_DATE))
        elif column.sql is SqlType.ENUM and stored == "":
            reasons.append(note(NoteReason.ENUM_EMPTY, choices=column.choices))
        elif column.sql is SqlType.DECIMAL:
            reasons.append(note(NoteReason.STORED_NUMBER, stored=stored))
        elif column.sql is SqlType.INTEGER:
            reasons.append(
                note(
                    NoteReason.STORED_INTEGER,
                    stored=stored,
                    lowest=str(column.minimum),
                    highest=str(column.maximum),
                )
            )
        elif column.sql is SqlType.DATE:
            reasons.append(note(NoteReason.STORED_DATE, stored=stored))
    if not reasons and stored != typed:
        reasons.append(note(NoteReason.STORED_AS, stored=stored))
    return reasons
