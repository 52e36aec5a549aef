"""What the client says about one value before sending it: a reason and its facts, never a sentence.

`fields.refusal` answers a `ValueNote` for a value the client will not send, `fields.explain` a list of them
for each way what is stored differs from what was typed; `ui/texts.note_text` turns one into the sentence the
user reads. `ValueRefused` is the `ValueError` the client raises for a refused value, carrying the note.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

__all__ = ["Kept", "NoteReason", "ValueNote", "ValueRefused"]


class NoteReason(Enum):
    # refusals: the client will not send the value (`fields.refusal`)
    NOT_BLANKABLE = "not_blankable"  # the server ignores --BLANK-- for this field
    EMPTY_VALUE = "empty_value"  # "" leaves the field unchanged
    INVALID_UTF8 = "invalid_utf8"  # bytes that are not UTF-8
    PHONE_DIGITS = "phone_digits"  # data: length (the most digits)
    NEGATIVE = "negative"  # the server drops the sign
    INTEGER_RANGE = "integer_range"  # data: lowest, highest
    PHONE_CODE_DIGITS = "phone_code_digits"  # data: length
    DECIMAL_RANGE = "decimal_range"  # data: highest (the lowest is its negative)
    DATE_FORMAT = "date_format"  # not a real date written YYYY-MM-DD
    ENUM_CHOICE = "enum_choice"  # data: choices
    NOT_TEXT = "not_text"  # a value that is neither text nor BLANK
    PHONE_NEEDS_FLAG = "phone_needs_flag"  # phone_number changes only with update_phone_number
    QUERY_LIKE = "query_like"  # with custom fields, text like "&name=" would be read as a label
    NEEDS_PHONE = "needs_phone"  # update_phone_number without a new phone number
    NOT_A_COLUMN = "not_a_column"  # not a lead column, and custom fields are off
    NOT_CUSTOM = "not_custom"  # a lead column or API parameter name cannot be a custom field
    NEW_PHONE_CODE = "new_phone_code"  # a new lead's phone code must be digits
    NEW_PHONE_NUMBER = "new_phone_number"  # data: lowest, highest (digits)
    NEW_LIST_ID = "new_list_id"  # data: lowest
    NEW_KEY_GIVEN = "new_key_given"  # a key column among a new lead's other values
    NEW_BLANK = "new_blank"  # --BLANK-- would be stored literally on a new lead
    NEW_LEAD_REFUSED = "new_lead_refused"  # the server refused the new lead's phone number, code or list
    # explanations: what the server will store instead (`fields.explain`)
    NOT_SENT = "not_sent"  # data: refused (the refusal note); Lead Editor will not send it
    LEAVES_UNCHANGED = "leaves_unchanged"  # an empty value: use Blank to empty the field
    BLANK_STORES = "blank_stores"  # data: stored (what blanking leaves)
    BLANK_TOKEN_EMPTIES = "blank_token_empties"  # --BLANK-- typed in: the field is emptied
    CR_DROPPED = "cr_dropped"
    PLUS_BECOMES_SPACE = "plus_becomes_space"
    PLUS_REMOVED = "plus_removed"
    DROPPED_WHOLE = "dropped_whole"  # not valid UTF-8: the server drops the whole value
    REMOVED_NON_LATIN = "removed_non_latin"  # data: chars
    REMOVED_BEYOND_BMP = "removed_beyond_bmp"  # data: chars
    REMOVED_STRIPPED = "removed_stripped"  # data: chars (the field's filter always strips them)
    REMOVED_NOT_KEPT = "removed_not_kept"  # data: chars, kept (what the field's filter keeps)
    LINE_BREAK_MARKER = "line_break_marker"  # '!N' reads back as a line break
    BEYOND_BMP_STORED = "beyond_bmp_stored"  # data: stored (the mark: '?' or '????')
    NOTHING_SURVIVES = "nothing_survives"  # the field is left unchanged
    CUT = "cut"  # data: length
    INVALID_DATE = "invalid_date"  # stored as 0000-00-00
    ENUM_EMPTY = "enum_empty"  # data: choices (the server stores an empty value)
    STORED_NUMBER = "stored_number"  # data: stored
    STORED_INTEGER = "stored_integer"  # data: stored, lowest, highest
    STORED_DATE = "stored_date"  # data: stored
    STORED_AS = "stored_as"  # data: stored


@dataclass(frozen=True)
class Kept:
    """What a parameter's filter keeps, as facts: the UI words them ("letters, digits, space and - _")."""

    strip: tuple[str, ...] = ()  # a STRIP filter: everything except these
    upper_only: bool = False
    letters: bool = False
    digits: bool = False
    space: bool = False
    symbols: tuple[str, ...] = ()


@dataclass(frozen=True)
class ValueNote:
    """One fact about a value for one field: the reason, and the data its sentence needs."""

    reason: NoteReason
    field: str = ""  # the column (or the parameter / custom field name)
    label: str = ""  # the field's label in the column table
    chars: tuple[str, ...] = ()  # characters removed, in the order typed
    stored: str = ""
    length: int = 0
    lowest: str = ""
    highest: str = ""
    choices: tuple[str, ...] = ()
    kept: Kept | None = None
    refused: ValueNote | None = None  # NOT_SENT: the refusal itself


class ValueRefused(ValueError):
    """A value the client will not send; nothing reached the server. ``str()`` is for the log."""

    def __init__(self, note: ValueNote) -> None:
        super().__init__(f"{note.field or '?'}: value refused ({note.reason.value})")
        self.note = note
