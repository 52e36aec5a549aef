"""The catalogue of editable lead fields, and what the server will really store for a value.

One row per `vicidial_list` column that `update_lead` can write (PROTOCOL.md §2.5): its API parameter, column
length, whether `--BLANK--` can clear it and what that leaves, and its kind. `predict_stored` runs a value
through the same path as the real request made by `VicidialClient.update` (newline and backslash handling,
the server's input filter, MySQL's column rules), so the user can be told before anything is sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Final

from leadeditor.vicidial.filters import (
    FilterKind,
    ParamFilter,
    apply_custom_field_filter,
    apply_input_filter,
    param_filter,
)
from leadeditor.vicidial.storage import COLUMNS, ColumnType, replace_non_bmp, store

__all__ = [
    "BLANK",
    "BLANK_TOKEN",
    "FIELDS",
    "Blank",
    "FieldGroup",
    "FieldKind",
    "FieldSpec",
    "explain",
    "field",
    "predict_custom_stored",
    "predict_stored",
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


class FieldKind(Enum):
    TEXT = "text"  # letters and a few marks, per the field's filter
    FREE_TEXT = "free_text"  # everything except ; # "
    CODE = "code"  # letters, digits, - and _
    DIGITS = "digits"
    ENUM = "enum"
    DATE = "date"
    DECIMAL = "decimal"


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
        return COLUMNS[self.column].length

    @property
    def blank_stores(self) -> str | None:
        """What the column holds after ``--BLANK--``; None when the server cannot blank it."""
        if not self.blankable:
            return None
        return predict_stored(self, BLANK)


def _f(column: str, label: str, group: FieldGroup, kind: FieldKind, *, param: str | None = None,
       blankable: bool = True, choices: tuple[str, ...] = (), hint: str = "") -> FieldSpec:
    return FieldSpec(column, param or column, label, group, kind, blankable, choices, hint)


FIELDS: Final[tuple[FieldSpec, ...]] = (
    _f("title", "Title", FieldGroup.NAME, FieldKind.TEXT),
    _f("first_name", "First name", FieldGroup.NAME, FieldKind.TEXT),
    _f("middle_initial", "Middle initial", FieldGroup.NAME, FieldKind.CODE),
    _f("last_name", "Last name", FieldGroup.NAME, FieldKind.TEXT),
    _f("gender", "Gender", FieldGroup.NAME, FieldKind.ENUM, choices=("M", "F", "U"),
       hint="Blanking leaves it empty, not U"),
    _f("date_of_birth", "Date of birth", FieldGroup.NAME, FieldKind.DATE,
       hint="YYYY-MM-DD; blanking stores 0000-00-00"),
    _f("phone_number", "Phone number", FieldGroup.CONTACT, FieldKind.DIGITS, blankable=False,
       hint="Changed only with “Change phone number”"),
    _f("alt_phone", "Alternate phone", FieldGroup.CONTACT, FieldKind.TEXT),
    _f("email", "E-mail", FieldGroup.CONTACT, FieldKind.TEXT),
    _f("security_phrase", "Security phrase", FieldGroup.CONTACT, FieldKind.TEXT),
    _f("address1", "Address line 1", FieldGroup.ADDRESS, FieldKind.TEXT),
    _f("address2", "Address line 2", FieldGroup.ADDRESS, FieldKind.TEXT),
    _f("address3", "Address line 3", FieldGroup.ADDRESS, FieldKind.TEXT),
    _f("city", "City", FieldGroup.ADDRESS, FieldKind.TEXT),
    _f("state", "State", FieldGroup.ADDRESS, FieldKind.TEXT),
    _f("province", "Province", FieldGroup.ADDRESS, FieldKind.TEXT),
    _f("postal_code", "Postal code", FieldGroup.ADDRESS, FieldKind.TEXT),
    _f("country_code", "Country code", FieldGroup.ADDRESS, FieldKind.CODE),
    _f("status", "Status", FieldGroup.DIALING, FieldKind.CODE),
    _f("list_id", "List ID", FieldGroup.DIALING, FieldKind.DIGITS, param="list_id_field", blankable=False,
       hint="Moves the lead to another list"),
    _f("owner", "Owner", FieldGroup.DIALING, FieldKind.TEXT),
    _f("user", "User (last agent)", FieldGroup.DIALING, FieldKind.CODE, param="user_field"),
    _f("rank", "Rank", FieldGroup.DIALING, FieldKind.DIGITS, blankable=False, hint="0 to 32767"),
    _f("called_count", "Called count", FieldGroup.DIALING, FieldKind.DIGITS, blankable=False,
       hint="0 to 65535"),
    _f("phone_code", "Phone code", FieldGroup.DIALING, FieldKind.DIGITS, blankable=False),
    _f("gmt_offset_now", "GMT offset", FieldGroup.DIALING, FieldKind.DECIMAL,
       hint="-99.99 to 99.99; blanking stores 0.00"),
    _f("vendor_lead_code", "Vendor lead code", FieldGroup.SOURCE, FieldKind.FREE_TEXT),
    _f("source_id", "Source ID", FieldGroup.SOURCE, FieldKind.FREE_TEXT),
    _f("comments", "Comments", FieldGroup.NOTES, FieldKind.FREE_TEXT),
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


def to_wire(f: FieldSpec | str, value: str | Blank) -> str:
    """The parameter value the client sends for a field: newlines as ``!N``, backslashes doubled.

    CR is dropped (CRLF would be stored as CR followed by ``!N``); backslashes are doubled in the free-text
    fields, the only ones whose filter lets them reach the SQL, so that what the user typed is what is stored.
    """
    if isinstance(value, Blank):
        return BLANK_TOKEN
    spec = _spec(f)
    text = value.replace("\r\n", "\n").replace("\r", "")
    if spec.kind is FieldKind.FREE_TEXT:
        text = _escape_for_mysql(text)
    return text.replace("\n", "!N")


def _to_display(stored: str) -> str:
    """The stored text as `read_lead` shows it: VICIdial's ``!N`` marker back into newlines."""
    return stored.replace("!N", "\n")


def predict_stored(f: FieldSpec | str, value: str | Blank, *, non_latin: bool = False) -> str | None:
    """Exactly what the server will store when the client sends ``value`` for this field.

    The result is shown the way `VicidialClient.read_lead` returns it (newlines, not ``!N``). None means the
    server will leave the field as it is: nothing survived its filter (or, with non_latin=1, the value was not
    valid UTF-8), or ``BLANK`` was given for a field the server cannot blank.
    """
    spec = _spec(f)
    if isinstance(value, Blank):
        if not spec.blankable:
            return None
        wire = BLANK_TOKEN
    else:
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


def predict_custom_stored(value: str | Blank, *, non_latin: bool = False) -> str:
    """What a custom field (TEXT type) will hold: an empty value or BLANK clears it."""
    if isinstance(value, Blank):
        return ""
    filtered = apply_custom_field_filter(value)
    if filtered == BLANK_TOKEN:
        return ""
    return replace_non_bmp(_mysql_unescape(filtered), non_latin=non_latin)


def _describe_char(ch: str) -> str:
    if ch == " ":
        return "space"
    if ch == "\t":
        return "tab"
    if ch == "\n":
        return "line break"
    if "\udc80" <= ch <= "\udcff":
        return "an invalid byte"
    if ord(ch) < 32:
        return f"control character U+{ord(ch):04X}"
    return f"'{ch}'"


def _join_words(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def _removed(chars: list[str]) -> str:
    """"'x' is removed" or "'x', 'y' and 'z' are removed"."""
    verb = "is" if len(chars) == 1 else "are"
    return f"{_join_words([_describe_char(ch) for ch in chars])} {verb} removed"


def _kept_description(flt: ParamFilter) -> str:
    """What a filter keeps, as one phrase: "letters, digits, space and - ' _ ."."""
    if flt.kind is FilterKind.STRIP:
        return "everything except " + " ".join(flt.strip_chars)
    words: list[str] = []
    if flt.upper_only:
        words.append("capital letters A-Z")
    elif flt.letters:
        words.append("letters")
    if "0" in flt.ascii_chars:
        words.append("digits")
    plus_is_space = flt.plus == "space"  # said separately: "'+' becomes a space"
    symbols = [c for c in flt.ascii_chars
               if not c.isdigit() and c != " " and not (c == "+" and plus_is_space)]
    if " " in flt.ascii_chars:
        words.append("space")
    if symbols:
        words.append(" ".join(symbols))
    return _join_words(words) if words else "nothing"


def explain(f: FieldSpec | str, value: str | Blank, *, non_latin: bool = False) -> list[str]:
    """Each difference between what was typed and what will be stored, in plain words.

    An empty list means the server stores exactly what was typed.
    """
    spec = _spec(f)
    reasons: list[str] = []
    if isinstance(value, Blank):
        if not spec.blankable:
            return [f"{spec.label} cannot be blanked: the server ignores --BLANK-- for this field."]
        stored = predict_stored(spec, BLANK, non_latin=non_latin)
        if stored:
            reasons.append(f"Blanking {spec.label.lower()} stores {stored!r}, not an empty value.")
        return reasons
    stored = predict_stored(spec, value, non_latin=non_latin)
    if value == "":
        return ["An empty value leaves the field unchanged; use Blank to empty it."]
    flt = param_filter(spec.param)
    typed = value.replace("\r\n", "\n").replace("\r", "")
    if "\r" in value:
        reasons.append("Carriage returns are dropped.")
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
                reasons.append("'+' becomes a space.")
            elif plus == "":
                reasons.append("'+' is removed.")
        if "\n" in typed and flt.kind is not FilterKind.STRIP:
            removed.append("\n")
    if lost_whole:
        reasons.append("The value is not valid UTF-8, so the server drops it entirely.")
    non_latin_letters = [ch for ch in removed if ord(ch) > 127 and not non_latin and ch.isalpha()]
    beyond_bmp = [ch for ch in removed if ord(ch) > 0xFFFF and ch not in non_latin_letters]
    others = [ch for ch in removed if ch not in non_latin_letters and ch not in beyond_bmp]
    if non_latin_letters:
        reasons.append(f"{_removed(non_latin_letters)}: the server is not in non-latin mode.")
    if beyond_bmp:
        reasons.append(f"{_removed(beyond_bmp)}: the server keeps no emoji or symbols here.")
    if others:
        if flt is not None and flt.kind is FilterKind.STRIP:
            reasons.append(f"{_removed(others)}: the server always strips them from {spec.label.lower()}.")
        else:
            kept = _kept_description(flt) if flt else "some characters"
            end = "" if kept.endswith(".") else "."
            reasons.append(f"{_removed(others)}: {spec.label.lower()} keeps only {kept}{end}")
    if (spec.kind is FieldKind.FREE_TEXT or flt is None) and any(ord(ch) > 0xFFFF for ch in typed):
        mark = "????" if non_latin else "?"
        reasons.append(f"Emoji and other characters beyond U+FFFF are stored as '{mark}' "
                       "(the database uses 3-byte utf8).")
    if stored is None:
        reasons.append("Nothing survives the server's filter, so the field will be left unchanged.")
        return reasons
    column = COLUMNS[spec.column]
    if column.type is ColumnType.VARCHAR:
        wire_len = len(replace_non_bmp(to_wire(spec, typed).replace("\\\\", "\\"), non_latin=non_latin))
        if wire_len > column.length and len(stored.replace("\n", "!N")) >= column.length:
            reasons.append(f"Cut to {column.length} characters (the column's length).")
    elif stored != typed:
        if column.type is ColumnType.DATE and stored == "0000-00-00":
            reasons.append("Not a valid date: the server stores 0000-00-00.")
        elif column.type is ColumnType.ENUM and stored == "":
            reasons.append(f"{spec.label} must be one of {', '.join(column.choices)}; "
                           "the server stores an empty value.")
        elif column.type is ColumnType.DECIMAL:
            reasons.append(f"Stored as the number {stored}.")
        elif column.type is ColumnType.INTEGER:
            reasons.append(f"Stored as the number {stored} (limits {column.minimum} to {column.maximum}).")
        elif column.type is ColumnType.DATE:
            reasons.append(f"Stored as the date {stored}.")
    if not reasons and stored != typed:
        reasons.append(f"The server stores {stored!r}.")
    return reasons
