"""The server's input filters: what `non_agent_api.php` keeps of each request parameter.

These are facts taken from PROTOCOL.md §1.4 (the API's filter block, L799-L1241), used by the client to
predict what will be stored; column parameters are keyed through the column table. The sandbox keeps its own
copy (it plays the server). Both work on
`str` values as PHP sees them after URL decoding; bytes that are not valid UTF-8 are carried as lone
surrogates (Python's ``surrogateescape``), because PHP filters bytes and never decodes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from leadeditor.vicidial import columns as col
from leadeditor.vicidial.parameters import LOGIN_USER

__all__ = [
    "FilterKind",
    "ParamFilter",
    "apply_custom_field_filter",
    "apply_input_filter",
    "filtered_parameters",
    "has_invalid_utf8",
    "param_filter",
]

_SURROGATE = re.compile("[\udc80-\udcff]")


def has_invalid_utf8(value: str) -> bool:
    """True when the value carries bytes that were not valid UTF-8 (surrogate-escaped)."""
    return _SURROGATE.search(value) is not None


class FilterKind(Enum):
    """How a parameter is filtered."""

    KEEP = "keep"  # remove every character not in a set
    STRIP = "strip"  # remove only a few characters (free-text fields)


@dataclass(frozen=True)
class ParamFilter:
    """One parameter's filter, in both non-latin modes.

    ``ascii_chars`` are the characters kept besides letters; ``letters`` says whether letters are kept at all
    (ASCII ``a-zA-Z`` with non_latin=0, any Unicode letter ``\\p{L}`` with non_latin=1 when
    ``unicode_letters``); ``upper_only`` keeps ``A-Z`` alone. ``plus`` says what happens to a surviving ``+``:
    "space", "keep" or "remove" (not in the set at all).
    """

    kind: FilterKind
    ascii_chars: str = ""
    letters: bool = False
    upper_only: bool = False
    unicode_letters: bool = False
    plus: str = "remove"
    strip_chars: str = ""

    @property
    def description(self) -> str:
        """Plain words for what survives, used by explanations."""
        if self.kind is FilterKind.STRIP:
            return "everything except " + " ".join(self.strip_chars)
        parts: list[str] = []
        if self.upper_only:
            parts.append("capital letters A-Z")
        elif self.letters:
            parts.append("letters")
        if "0" in self.ascii_chars:
            parts.append("digits")
        others = [c for c in self.ascii_chars if not c.isdigit()]
        named = {" ": "space", "-": "-", "_": "_"}
        if others:
            parts.append(" ".join(named.get(c, c) for c in others))
        return ", ".join(parts) if parts else "nothing"


_DIGITS = "0123456789"


def _keep(
    chars: str, *, letters: bool = True, unicode_letters: bool = True, plus: str = "remove"
) -> ParamFilter:
    return ParamFilter(
        FilterKind.KEEP,
        ascii_chars=chars,
        letters=letters,
        unicode_letters=unicode_letters and letters,
        plus=plus,
    )


_CODE = _keep("-_" + _DIGITS)  # A-Z a-z 0-9 - _  (+ \p{L} with non_latin)
_CODE_ASCII = _keep("-_" + _DIGITS, unicode_letters=False)
_ALNUM_ASCII = _keep(_DIGITS, unicode_letters=False)
_ONLY_DIGITS = _keep(_DIGITS, letters=False)
_UPPER = ParamFilter(FilterKind.KEEP, upper_only=True)
_FREE_TEXT = ParamFilter(FilterKind.STRIP, strip_chars=';#"', plus="space")
_NAME = _keep("- '+_." + _DIGITS, plus="space")
_ADDRESS = _keep("- '+.:/@_" + _DIGITS, plus="space")

# The filter of each column's own `update_lead` parameter (its name comes from the table: `user_field`, ...).
_COLUMN_FILTERS: dict[str, ParamFilter] = {
    col.STATUS: _CODE,
    col.USER: _CODE,
    col.VENDOR_LEAD_CODE: _FREE_TEXT,
    col.SOURCE_ID: _FREE_TEXT,
    col.LIST_ID: _ONLY_DIGITS,
    col.GMT_OFFSET_NOW: _keep("-_." + _DIGITS, letters=False),
    col.PHONE_CODE: _ONLY_DIGITS,
    col.PHONE_NUMBER: _keep("," + _DIGITS, letters=False),
    col.TITLE: _keep("- '_." + _DIGITS),
    col.FIRST_NAME: _NAME,
    col.MIDDLE_INITIAL: _CODE,
    col.LAST_NAME: _NAME,
    col.ADDRESS1: _ADDRESS,
    col.ADDRESS2: _ADDRESS,
    col.ADDRESS3: _ADDRESS,
    col.CITY: _ADDRESS,
    col.STATE: _keep("- " + _DIGITS),
    col.PROVINCE: _keep("- '+._" + _DIGITS, plus="space"),
    col.POSTAL_CODE: _keep("- '+" + _DIGITS, plus="space"),
    col.COUNTRY_CODE: _CODE,
    col.GENDER: _UPPER,
    col.DATE_OF_BIRTH: _keep("-" + _DIGITS, letters=False),
    col.ALT_PHONE: _keep("- '+_." + _DIGITS, plus="space"),
    col.EMAIL: _keep("- '+.:/@%_" + _DIGITS, plus="space"),
    col.SECURITY_PHRASE: _ADDRESS,
    col.COMMENTS: _FREE_TEXT,
    col.CALLED_COUNT: _ONLY_DIGITS,
    col.RANK: _ONLY_DIGITS,
    col.OWNER: _ADDRESS,
}

# Every other filtered parameter. The search and insert keys are named after the columns they match, but
# are filtered apart from the column's own parameter (`list_id` keeps letters, `list_id_field` does not).
_OTHER_FILTERS: dict[str, ParamFilter] = {
    LOGIN_USER: _CODE,
    "pass": _CODE,
    "function": _CODE_ASCII,
    "source": _keep(_DIGITS),
    "format": _ALNUM_ASCII,
    "custom_fields": _ALNUM_ASCII,
    "list_exists_check": _ALNUM_ASCII,
    "archived_lead": _ALNUM_ASCII,
    "header": _ALNUM_ASCII,
    "stage": _CODE_ASCII,
    "search_method": _CODE_ASCII,
    "tz_method": _CODE_ASCII,
    col.LEAD_ID: _ONLY_DIGITS,
    col.ENTRY_LIST_ID: _ONLY_DIGITS,
    "force_entry_list_id": _ONLY_DIGITS,
    "records": _ONLY_DIGITS,
    "DB": _ONLY_DIGITS,
    col.LIST_ID: _CODE_ASCII,
    "lead_ids": _keep("," + _DIGITS, letters=False),
    "campaign_id": _CODE,
    "callback_status": _CODE,
    "callback_user": _CODE,
    "no_update": _UPPER,
    "delete_lead": _UPPER,
    "delete_cf_data": _UPPER,
    "reset_lead": _UPPER,
    "update_phone_number": _UPPER,
    "insert_if_not_found": _UPPER,
    "add_to_hopper": _UPPER,
    "hopper_local_call_time_check": _UPPER,
    "callback": _UPPER,
    "callback_type": _UPPER,
    "search_location": _UPPER,
    "remove_from_hopper": _keep(_DIGITS),
    "hopper_priority": _keep("-" + _DIGITS, letters=False),
    "callback_datetime": _keep("- +.:/@_" + _DIGITS, unicode_letters=False, plus="keep"),
    "callback_comments": _keep("- +.:/@_" + _DIGITS, plus="keep"),
    "multi_alt_phones": _keep("- +!:_" + _DIGITS, plus="space"),
    "field_name": _CODE,
}


def _column_param(name: str) -> str:
    param = col.column(name).param
    assert param is not None, f"{name} has a filter but no update_lead parameter"
    return param


_FILTERS: dict[str, ParamFilter] = {
    **{_column_param(name): flt for name, flt in _COLUMN_FILTERS.items()},
    **_OTHER_FILTERS,
}


def filtered_parameters() -> frozenset[str]:
    """Every parameter the API filters."""
    return frozenset(_FILTERS)


def param_filter(param: str) -> ParamFilter | None:
    """The filter of a request parameter, or None when the API does not filter it."""
    return _FILTERS.get(param)


def _is_letter(ch: str) -> bool:
    # str.isalpha() is exactly the Unicode categories L* that PCRE's \p{L} matches; combining marks (Mn),
    # non-ASCII digits, emoji and surrogate-escaped bytes are not letters.
    return ch.isalpha()


def _keeper(flt: ParamFilter, non_latin: bool) -> Callable[[str], bool]:
    chars = frozenset(flt.ascii_chars)
    unicode = non_latin and flt.unicode_letters
    if flt.upper_only:
        return lambda ch: "A" <= ch <= "Z"
    if not flt.letters:
        return lambda ch: ch in chars
    if unicode:
        return lambda ch: ch in chars or _is_letter(ch)
    return lambda ch: ch in chars or ("a" <= ch <= "z") or ("A" <= ch <= "Z")


def apply_input_filter(param: str, value: str, *, non_latin: bool = False) -> str | None:
    """What the server keeps of ``value`` for ``param`` (after PHP's URL decoding).

    Returns None when the value is lost entirely: with non_latin=1 the ``\\p{L}`` filters run with the ``/u``
    flag, and PCRE returns NULL for a value that is not valid UTF-8; the field then counts as not sent.
    Parameters the API does not filter come back unchanged.
    """
    flt = _FILTERS.get(param)
    if flt is None:
        return value
    if flt.kind is FilterKind.STRIP:
        kept = "".join(ch for ch in value if ch not in flt.strip_chars)
        return kept.replace("+", " ") if flt.plus == "space" else kept
    if non_latin and flt.unicode_letters and has_invalid_utf8(value):
        return None
    keep = _keeper(flt, non_latin)
    kept = "".join(ch for ch in value if keep(ch))
    if flt.plus == "space":
        kept = kept.replace("+", " ")
    return kept


def apply_custom_field_filter(value: str) -> str:
    """Custom field values on update_lead: `+` to space, `;` and `"` removed, one trailing backslash
    dropped."""
    kept = value.replace("+", " ")
    kept = kept.replace(";", "").replace('"', "")
    if kept.endswith("\\"):
        kept = kept[:-1]
    return kept
